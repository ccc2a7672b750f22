"""Read-only commands never take the write lock; a store path is a plain path, never an SQLite URI."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from store_support import random_batch

from border_monitor.cli.main import main
from border_monitor.domain import IncidentFilter
from border_monitor.domain.errors import StoreError
from border_monitor.store import open_store


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(30, seed=2), "ana")
    return path


def test_stats_export_and_check_work_while_another_program_holds_the_write_lock(store_path, tmp_path, capsys):
    writer = sqlite3.connect(store_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE bm_metadata SET value = 'true' WHERE key = 'synthetic'")
    try:
        assert main(["stats", "--store", str(store_path), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["total"] == 30
        out = tmp_path / "o.csv"
        assert main(["export", "--store", str(store_path), "--out", str(out)]) == 0
        assert len(out.read_text(encoding="utf-8").splitlines()) == 31
        assert main(["check", "--store", str(store_path)]) == 0
        assert main(["audit", "verify", "--store", str(store_path)]) == 0
        with open_store(store_path, read_only=True, busy_timeout=0.2) as store:
            with pytest.raises(StoreError, match="read-only"):
                store.add_batch(random_batch(1, seed=4), "ana")
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_writable_open_would_have_waited_for_that_lock(store_path):
    writer = sqlite3.connect(store_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="cannot be written now"):
            open_store(store_path, busy_timeout=0.2)
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_stats_on_read_only_media(store_path):
    """A read-only bind mount in a private mount namespace (root's chmod would not stop a write)."""
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs unshare and root for a read-only bind mount")
    folder = store_path.parent
    assert not os.path.exists(f"{store_path}-wal")
    script = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} {folder} && "
              f"touch {folder}/probe 2>/dev/null && echo WRITABLE; "
              f"{sys.executable} -m border_monitor.cli.main stats --store {store_path} --json")
    run = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": os.getcwd()})
    if "mount" in run.stderr and run.returncode != 0 and not run.stdout:
        pytest.skip(f"cannot mount here: {run.stderr.strip()}")
    assert "WRITABLE" not in run.stdout
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["total"] == 30
    assert not os.path.exists(folder / "probe")


@pytest.mark.parametrize("name", ["file:x.gpkg", "a?mode=ro#b.gpkg", "100% ü&.gpkg"])
def test_a_store_path_that_looks_like_a_uri_is_a_plain_path(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    with open_store(name, create=True) as store:
        store.add_batch(random_batch(3, seed=1), "ana")
    assert sorted(os.listdir(tmp_path)) == [name]  # no x.gpkg, no "a", nothing else
    with open_store(name, read_only=True) as store:
        assert store.count(IncidentFilter()) == 3
    with open_store(tmp_path / name) as store:
        assert store.count(IncidentFilter()) == 3


def test_a_store_from_before_the_hash_chain_is_read_read_only_and_chained_by_a_writable_open(tmp_path, capsys):
    from border_monitor.store.gpkg.binary import register_functions
    from border_monitor.store.gpkg.migrations import migrate

    path = tmp_path / "v5.gpkg"
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    conn.execute("BEGIN")
    migrate(conn, target=5)
    conn.execute("INSERT INTO audit_log (at, user, origin, action) VALUES ('2021-08-01T00:00:00.000Z', 'a', 'o', "
                 "'import')")
    conn.execute("COMMIT")
    conn.close()
    assert main(["stats", "--store", str(path)]) == 0
    assert main(["check", "--store", str(path)]) == 0  # nothing wrong: only not chained yet
    assert main(["audit", "verify", "--store", str(path)]) == 1
    assert "not hash-chained yet" in capsys.readouterr().out
    open_store(path).close()  # migrates to 6 and chains the entry
    assert main(["audit", "verify", "--store", str(path)]) == 0


def test_a_read_only_open_leaves_no_files_behind(store_path):
    before = sorted(os.listdir(store_path.parent))
    with open_store(store_path, read_only=True) as store:
        assert store.count(IncidentFilter()) == 30
    assert main(["check", "--store", str(store_path)]) == 0
    assert sorted(os.listdir(store_path.parent)) == before == ["s.gpkg"]
