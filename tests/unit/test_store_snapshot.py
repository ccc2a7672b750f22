"""The cache snapshot lives in the user's cache folder, keyed by the store's identity, and is used only when it is
at the store's change sequence; migrating a file drops the snapshot table it used to carry."""
from __future__ import annotations

import logging
import sqlite3
import sys

import numpy as np
import pytest
from store_support import random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.cache import snapshot as snapshots
from border_monitor.store.gpkg.binary import encode_point, register_functions
from border_monitor.store.gpkg.migrations import migrate


def test_the_cache_folder_is_the_users_unless_the_environment_names_one(monkeypatch, tmp_path):
    monkeypatch.setenv(snapshots.CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert snapshots.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(snapshots.CACHE_DIR_ENV)
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert snapshots.cache_dir() == tmp_path / "xdg" / "border-monitor"
    else:
        assert snapshots.cache_dir().name.lower().startswith("border-monitor") or "border-monitor" in str(
            snapshots.cache_dir())


def test_a_store_keeps_its_snapshot_in_the_cache_folder_not_in_the_file(tmp_path):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(500, seed=1), "ana")
        assert store.index_source == "table"
        where = store.snapshot_path
    assert where.is_file() and where.parent.parent == snapshots.cache_dir()
    assert not where.is_relative_to(tmp_path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bm_index_snapshot'").fetchone()[0] == 0
    uuid_text = conn.execute("SELECT value FROM bm_metadata WHERE key = 'store_uuid'").fetchone()[0]
    conn.close()
    assert snapshots.StoreIdentity(uuid_text, str(path.resolve())).path() == where
    with open_store(path) as store:
        assert store.index_source == "snapshot" and store.count(IncidentFilter()) == 500


def test_a_snapshot_made_stale_by_another_program_is_not_used_and_the_edit_is_seen(tmp_path):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(300, seed=2), "ana")
        moved = store.page(IncidentFilter(), limit=1)[0]
    conn = sqlite3.connect(path)
    register_functions(conn)
    conn.execute("UPDATE incidents SET geom = ?, persons = 77 WHERE uuid = ?", (encode_point(23.7, 53.3), str(moved.id)))
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.index_source == "table"
        got = store.get(moved.id)
        assert got.persons == 77 and (got.lon, got.lat) == (23.7, 53.3)
        assert got.border is not None and got.border.value == "PL-BY"  # the stale snapshot told which row moved
        assert store.count(IncidentFilter(countries={"LT", "LV", "PL"})) == 300


def test_save_and_load_give_the_same_index_and_refuse_another_sequence(tmp_path):
    with open_store(tmp_path / "s.gpkg", create=True) as store:
        store.add_batch(random_batch(200, seed=3), "ana")
        index = store._cache.index  # noqa: SLF001 - the index itself is what is saved
        identity = snapshots.StoreIdentity("0f6b4a0e-5c1f-4e0e-9d4a-3f1c2b4a5e61", "/somewhere/s.gpkg")
        snapshots.save(identity, index, [{"fid": 3, "field": "country", "value": "'XX'", "reason": "bad"}])
        again = snapshots.load(identity, seq=index.version)
        assert snapshots.load(identity, seq=index.version + 1) is None
        for name in index.cols:
            assert np.array_equal(again.index[name], index[name], equal_nan=index[name].dtype.kind == "f"), name
        assert again.invalid == [{"fid": 3, "field": "country", "value": "'XX'", "reason": "bad"}]
        other = snapshots.StoreIdentity(identity.store_uuid, "/elsewhere/s.gpkg")
        assert other.path() != identity.path()


def test_migrating_a_version_8_file_drops_its_snapshot_table_and_gives_it_an_identity(tmp_path, caplog):
    path = tmp_path / "v8.gpkg"
    conn = sqlite3.connect(path, isolation_level=None)
    register_functions(conn)
    conn.execute("BEGIN")
    migrate(conn, target=8)
    conn.execute("INSERT INTO bm_index_snapshot (name, data) VALUES ('meta', x'7b7d')")
    conn.execute("COMMIT")
    conn.close()
    with caplog.at_level(logging.INFO, logger="border_monitor.store"):
        open_store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'bm_index_snapshot'").fetchone()[0] == 0
    assert conn.execute("SELECT value FROM bm_metadata WHERE key = 'store_uuid'").fetchone() is not None
    conn.close()


def test_store_uuid_is_the_stores_own(tmp_path):
    from border_monitor.domain.errors import ValidationError

    with open_store(tmp_path / "s.gpkg", create=True) as store:
        with pytest.raises(ValidationError, match="kept by the store"):
            store.set_metadata("store_uuid", "mine")


def test_the_snapshot_carries_the_local_days_and_refuses_days_that_do_not_fit_the_times(tmp_path, caplog):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(300, seed=5), "ana")
        index = store._cache.index  # noqa: SLF001 - the index itself is what is saved
        days = index["day"].copy()
        identity = snapshots.StoreIdentity("0f6b4a0e-5c1f-4e0e-9d4a-3f1c2b4a5e61", "/somewhere/s.gpkg")
        snapshots.save(identity, index, [])
        loaded = snapshots.load(identity, seq=index.version)
        assert np.array_equal(loaded.index["day"], days)  # taken from the file ...
        index.cols["day"] = days + 2  # ... and checked there: two days off is refused
        snapshots.save(identity, index, [])
        with caplog.at_level(logging.WARNING, logger="border_monitor.store"):
            assert snapshots.load(identity, seq=index.version) is None
        assert "local days" in caplog.text
        index.cols["day"] = days


@pytest.mark.skipif(sys.platform == "win32", reason="Windows reads the snapshot into memory (a mapped file cannot "
                                                    "be replaced there)")
def test_an_open_maps_the_columns_from_the_file_and_a_change_in_memory_never_reaches_it(tmp_path):
    with open_store(tmp_path / "s.gpkg", create=True) as store:
        store.add_batch(random_batch(200, seed=4), "ana")
        index = store._cache.index  # noqa: SLF001
        identity = snapshots.StoreIdentity("0f6b4a0e-5c1f-4e0e-9d4a-3f1c2b4a5e61", "/somewhere/s.gpkg")
        old = identity.path().with_suffix(".npz")  # a snapshot of format 3 (numpy's zip) left from before
        old.parent.mkdir(parents=True, exist_ok=True)
        old.write_bytes(b"PK\x05\x06" + b"\0" * 18)
        path = snapshots.save(identity, index, [])
        assert not old.exists()  # replaced by the new one, not left behind
        before = path.read_bytes()
        loaded = snapshots.load(identity, seq=index.version)
        lon = loaded.index["lon"]
        assert isinstance(lon.base, np.ndarray) and not lon.flags.owndata  # a view of the mapped file, no copy
        assert all(loaded.index[name].ctypes.data % 64 == 0 for name in loaded.index.cols)  # aligned columns
        lon[:] = 0.0  # copy-on-write: the index may change in memory ...
        assert path.read_bytes() == before  # ... the file stays as saved
        again = snapshots.load(identity, seq=index.version)
        assert np.array_equal(again.index["lon"], index["lon"])
