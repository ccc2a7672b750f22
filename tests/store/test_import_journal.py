"""A streamed import into a file made for it (``add_batches(new_file=True)``, what ``import --create`` does) with
nobody else on the file writes with the rollback journal (``Connections.rollback_journal``), every page once; any
other import keeps WAL mode. Either way the file must be what it was after a failure or a kill at any moment, end
in WAL mode, and be read by GDAL."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pyogrio
import pytest
from store_support import random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.gpkg.new_store import create_store

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def batches(n: int, rows: int = 300, seed: int = 0) -> list:
    out = []
    for k in range(n):
        batch = random_batch(rows, seed=seed + k)
        assert batch.validate() == []  # the stream's batches come validated
        out.append(batch)
    return out


def journal_mode(conn) -> str:
    return conn.execute("PRAGMA journal_mode").fetchone()[0]


def content(path) -> tuple:
    """What the file holds, read by a plain SQLite connection (which rolls back a hot journal first)."""
    with closing(sqlite3.connect(path)) as conn:  # closed at once: a connection left open keeps the file in WAL mode
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (conn.execute("SELECT count(*), coalesce(max(fid), 0), coalesce(sum(persons), 0) FROM incidents")
                .fetchone(),
                conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone(),
                conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM bm_change_counter").fetchall(),
                conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall())


def test_an_import_into_a_file_made_for_it_writes_no_wal_and_ends_in_wal_mode(tmp_path):
    path = create_store(tmp_path / "new.gpkg").path
    with open_store(path) as s:
        conn = s._conn()  # this thread's connection: the one the import writes with
        modes, wal_files = [], []
        s.add_batches(batches(4), "ana", new_file=True, on_chunk=lambda batch, derived: (
            modes.append((journal_mode(conn), conn.execute("PRAGMA cache_size").fetchone()[0])),
            wal_files.append(Path(f"{path}-wal").exists())))
        assert modes == [("delete", -16 * 1024)] * 4 and wal_files == [False] * 4  # a small cache: pages go to the file
        assert journal_mode(conn) == "wal"
        assert s.count(IncidentFilter()) == 1200
    with closing(sqlite3.connect(path)) as conn:
        assert journal_mode(conn) == "wal"  # in the file's header: what any program opens it in
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0] == 1200
    assert pyogrio.read_info(path, layer="incidents")["features"] == 1200


def test_an_import_keeps_wal_mode_while_another_connection_reads_the_file(tmp_path):
    path = create_store(tmp_path / "open.gpkg").path
    reader = sqlite3.connect(path)  # another program that has the store open
    try:
        assert reader.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
        with open_store(path) as s:
            conn = s._conn()
            seen = []
            s.add_batches(batches(3), "ana", new_file=True, on_chunk=lambda batch, derived: seen.append(
                (journal_mode(conn), reader.execute("SELECT count(*) FROM incidents").fetchone()[0])))
            assert seen == [("wal", 0)] * 3  # never locked out: it reads the last committed state
        assert reader.execute("SELECT count(*) FROM incidents").fetchone()[0] == 900
    finally:
        reader.close()


@pytest.mark.parametrize("new_file", [True, False], ids=["rollback-journal", "wal"])
def test_a_failed_import_leaves_the_file_as_it_was(tmp_path, new_file):
    path = create_store(tmp_path / "f.gpkg").path
    if not new_file:  # an import into a store holding rows keeps WAL mode, whatever the caller says
        with open_store(path) as s:
            s.add_batches(batches(1, seed=40), "ana")
    before, digest = content(path), hashlib.sha256(path.read_bytes()).hexdigest()

    def failing():
        yield from batches(3, seed=50)
        raise ValueError("the file ends in the middle of a record")
    with open_store(path) as s:
        with pytest.raises(ValueError, match="middle of a record"):
            s.add_batches(failing(), "ana", new_file=True)
        assert journal_mode(s._conn()) == "wal"
    assert content(path) == before
    if not new_file:  # WAL mode never wrote the file itself (a file made for the import is removed instead)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    with open_store(path) as s:
        s.add_batches(batches(1, seed=60), "ana", new_file=new_file)  # the store still takes imports
        assert s.count(IncidentFilter()) == before[0][0] + 300


_KILLED_IMPORT = """
import sys, time
sys.path.insert(0, sys.argv[3])
from store_support import random_batch
import border_monitor.store.gpkg.store as gpkg_store
gpkg_store._STREAM_CACHE_KIB = gpkg_store._JOURNAL_CACHE_KIB = 256  # a small page cache: the rows spill into the
# file (or the -wal file) long before the commit
from border_monitor.store import open_store

def stream():
    for k in range(12):
        batch = random_batch(2000, seed=k)
        batch.validate()
        yield batch
    print("stalled", flush=True)  # the rows of 11 batches are written, uncommitted
    time.sleep(600)
    yield random_batch(10, seed=99)

store = open_store(sys.argv[1])
store.add_batches(stream(), "ana", new_file=sys.argv[2] == "1")
"""


@pytest.mark.parametrize("new_file", [True, False], ids=["rollback-journal", "wal"])
def test_an_import_killed_midway_leaves_the_store_as_it_was(tmp_path, new_file):
    path = create_store(tmp_path / "k.gpkg").path
    if not new_file:
        with open_store(path) as s:
            s.add_batches(batches(2, seed=30), "ana")
    before = content(path)
    size = path.stat().st_size
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, str(path), "1" if new_file else "0", str(TESTS)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path, text=True)
    try:
        line = child.stdout.readline()
        assert line.strip() == "stalled", child.stderr.read()
        journal, wal = Path(f"{path}-journal"), Path(f"{path}-wal")
        if new_file:  # rows spilled into the file itself, the pages it had kept in the journal
            assert journal.exists() and path.stat().st_size > size + 2_000_000
        else:  # rows spilled into the -wal file only
            assert wal.stat().st_size > 2_000_000 and hashlib.sha256(path.read_bytes()).hexdigest() == digest
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()
    after = content(path)  # a plain SQLite connection rolls back what the killed import left
    assert after == before
    assert path.stat().st_size == size
    with open_store(path) as s:
        assert journal_mode(s._conn()) == "wal" and s.count(IncidentFilter()) == before[0][0]
        s.add_batches(batches(1, seed=70), "ana")
        assert s.count(IncidentFilter()) == before[0][0] + 300
    assert pyogrio.read_info(path, layer="incidents")["features"] == before[0][0] + 300
