"""A process killed in the middle of a large import leaves a valid store holding all or none of the batch."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from store_support import random_batch, validate_gpkg

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from store_support import random_batch
    from border_monitor.store import open_store

    store = open_store({path!r})
    batch = random_batch(200_000, seed=21)

    def progress(done, total):
        if done > 0:
            print("inserting", done, flush=True)
    store.add_batch(batch, "crash-test", progress=progress)
    print("committed", flush=True)
    store.close()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after_lines", [1, 4, 8])  # 8: after the last chunk, in R-tree/commit
def test_sigkill_during_import(tmp_path, kill_after_lines):
    path = tmp_path / "crash.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(1000, seed=20), "ana")
    script = CHILD.format(tests=str(Path(__file__).parents[1]), path=str(path))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    lines = []
    deadline = time.monotonic() + 300
    while len(lines) < kill_after_lines and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line.strip())
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert lines and lines[0].startswith("inserting"), lines  # killed inside the import's transaction
    assert Path(str(path) + "-wal").exists()  # the half-written transaction is in the log
    with open_store(path) as store:
        count = store.count(IncidentFilter())
        assert count in (1000, 201_000)
        assert store.count(IncidentFilter(text="")) == count
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0] == count
    assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == count
    conn.close()
