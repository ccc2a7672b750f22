"""The uuid index of a big import is dropped while its rows go in and made again at its end, in the same
transaction (``gpkg.write.DeferredIndexes``): a clash must still refuse the import naming the rows, a failure
must leave the store as it was, stores made before the named index (a column UNIQUE) must keep working as they
did, and GDAL must read what the deferred path wrote."""
from __future__ import annotations

import sqlite3
import uuid

import numpy as np
import pyogrio
import pyogrio.raw
import pytest
from store_support import random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.domain.errors import ImportRejected
from border_monitor.store import ImportCancelled, open_store
from border_monitor.store.gpkg import migrations, write as gpkg_write
from border_monitor.store.gpkg.binary import register_functions


def uuid_indexes(path) -> list[tuple[str, str | None]]:
    """(name, sql) of every index on incidents.uuid (an autoindex has no sql)."""
    with sqlite3.connect(path) as conn:
        out = []
        for _, name, unique, *_ in conn.execute("PRAGMA index_list(incidents)"):
            columns = [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]
            if columns == ["uuid"]:
                assert unique == 1, name
                sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
                out.append((name, sql[0] if sql else None))
        return out


def file_state(path) -> tuple:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT count(*), coalesce(max(fid), 0) FROM incidents").fetchone(),
                conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone(),
                conn.execute("SELECT count(*) FROM audit_log").fetchone(),
                conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall())


def with_ids(batch, ids=None):
    batch.id = np.array(ids or [str(uuid.uuid4()) for _ in range(len(batch))], dtype=object)
    return batch


@pytest.fixture()
def drops(monkeypatch):
    """(rows of the import before, rows about to go in) each time an import dropped the uuid index."""
    seen = []
    before = gpkg_write.DeferredIndexes.before

    def watched(self, added, adding):
        was = self.dropped
        before(self, added, adding)
        if self.dropped and not was and "incidents_uuid" in self.names:
            seen.append((added, adding))
    monkeypatch.setattr(gpkg_write.DeferredIndexes, "before", watched)
    return seen


@pytest.fixture()
def old_store(tmp_path, monkeypatch):
    """A store as the builds before the named index made it: uuid TEXT UNIQUE (SQLite's autoindex)."""
    new_table = migrations.create_table_sql
    monkeypatch.setattr(migrations, "create_table_sql", lambda: new_table().replace("uuid TEXT,", "uuid TEXT UNIQUE,"))
    monkeypatch.setattr(migrations, "UUID_INDEX_SQL", "SELECT 1")
    path = tmp_path / "old.gpkg"
    open_store(path, create=True).close()
    monkeypatch.undo()
    return path


def test_a_new_store_holds_the_uuid_uniqueness_as_a_named_index(tmp_path):
    path = tmp_path / "n.gpkg"
    open_store(path, create=True).close()
    assert uuid_indexes(path) == [("incidents_uuid", "CREATE UNIQUE INDEX incidents_uuid ON incidents (uuid)")]


def test_an_import_into_an_empty_store_drops_the_index_and_makes_it_again(tmp_path, drops):
    path = tmp_path / "e.gpkg"
    with open_store(path, create=True) as s:
        s.add_batch(random_batch(3000, seed=1), "ana")
        assert len(drops) == 1
        s.add_batch(random_batch(50, seed=2), "ana")  # far fewer than stored: the index is kept
        assert len(drops) == 1
    assert uuid_indexes(path)[0][0] == "incidents_uuid"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN SELECT fid FROM incidents WHERE uuid = 'x'"))
        assert "incidents_uuid" in plan  # lookups by uuid (sync, push/pull) use it again
    info = pyogrio.read_info(path, layer="incidents")  # GDAL opens the file the deferred path wrote
    assert info["features"] == 3050
    _meta, _fids, _geometry, (uuids,) = pyogrio.raw.read(path, layer="incidents", columns=["uuid"])
    assert len(set(uuids.tolist())) == 3050


def test_a_deferred_import_of_ids_already_stored_names_their_rows(tmp_path, drops):
    path = tmp_path / "k.gpkg"
    with open_store(path, create=True) as s:
        first = with_ids(random_batch(500, seed=3))
        s.add_batch(first, "ana")
        before = file_state(path)
        second = with_ids(random_batch(2000, seed=4))
        second.row = np.arange(2, 2002)
        second.id[1500], second.id[700] = first.id[9], first.id[42]
        with pytest.raises(ImportRejected, match="2 incident id.s. are already in the store .first at row 702.") \
                as info:
            s.add_batch(second, "ana", source_name="more.csv")
        assert len(drops) == 2  # the deferred path (first import into the empty store, then this one)
        assert info.value.rejects == [("more.csv", 702, "id", f"{first.id[42]!r} is already in the store"),
                                      ("more.csv", 1502, "id", f"{first.id[9]!r} is already in the store")]
        assert file_state(path) == before  # the index dropped for it is back: the file is as it was
        assert s.count(IncidentFilter()) == 500


def test_a_deferred_streamed_import_names_an_id_twice_among_its_batches(tmp_path, drops):
    path = tmp_path / "t.gpkg"
    with open_store(path, create=True) as s:
        before = file_state(path)
        a, b = with_ids(random_batch(300, seed=5)), with_ids(random_batch(300, seed=6))
        a.row, b.row = np.arange(2, 302), np.arange(302, 602)
        b.id[10] = a.id[20]
        with pytest.raises(ImportRejected, match="1 incident id.s. appear more than once") as info:
            s.add_batches(iter([a, b]), "ana", source_name="twice.csv")
        assert drops
        assert info.value.rejects == [("twice.csv", 312, "id", f"{a.id[20]!r} repeats the id of row 22")]
        assert file_state(path) == before
        assert s.count(IncidentFilter()) == 0
        s.add_batches(iter([with_ids(random_batch(300, seed=7))]), "ana")  # the store still takes imports
        assert s.count(IncidentFilter()) == 300
    assert uuid_indexes(path)[0][0] == "incidents_uuid"


def test_a_streamed_import_drops_the_index_once_it_has_as_many_rows_as_the_store(tmp_path, drops):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as s:
        s.add_batch(with_ids(random_batch(400, seed=8)), "ana")
        drops.clear()
        stored_id = s.page(IncidentFilter(), limit=1)[0].id
        parts = [with_ids(random_batch(150, seed=10 + k)) for k in range(4)]  # 150, 300, 450: dropped at the 3rd
        parts[3].id[5] = str(stored_id)
        parts[3].row = np.arange(452, 602)
        with pytest.raises(ImportRejected, match="already in the store") as info:
            s.add_batches(iter(parts), "ana", source_name="s.csv")
        assert drops == [(300, 150)] and info.value.rejects[0][1] == 457
        s.add_batches(iter(parts[:3]), "ana")
        assert s.count(IncidentFilter()) == 850
    assert uuid_indexes(path)[0][0] == "incidents_uuid"


def test_a_cancelled_deferred_import_leaves_the_index(tmp_path, drops):
    path = tmp_path / "c.gpkg"
    with open_store(path, create=True) as s:
        before = file_state(path)
        calls = []

        def cancel():
            calls.append(1)
            return len(calls) > 4  # after the first batches went in
        with pytest.raises(ImportCancelled):
            s.add_batches(iter([random_batch(100, seed=k) for k in range(5)]), "ana", cancel=cancel)
        assert drops and file_state(path) == before


def test_an_old_store_keeps_its_unique_column_and_refuses_clashes_as_before(old_store, drops):
    assert uuid_indexes(old_store) == [("sqlite_autoindex_incidents_1", None)]
    with open_store(old_store) as s:
        first = with_ids(random_batch(200, seed=12))
        s.add_batch(first, "ana")  # into an empty table, but nothing to drop: inserted with the autoindex
        second = with_ids(random_batch(400, seed=13))
        second.id[399] = first.id[0]
        with pytest.raises(ImportRejected, match="already in the store") as info:
            s.add_batch(second, "ana", source_name="old.csv")
        assert info.value.rejects == [("old.csv", 400, "id", f"{first.id[0]!r} is already in the store")]
        s.add_batches(iter([with_ids(random_batch(300, seed=14))]), "ana")
        assert s.count(IncidentFilter()) == 500
    assert not drops
    assert uuid_indexes(old_store) == [("sqlite_autoindex_incidents_1", None)]


def test_a_dropped_uuid_index_is_made_again_by_a_store_that_may_write(tmp_path, caplog):
    path = tmp_path / "s.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(5, seed=2), "k")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX incidents_uuid")  # as another program might
    with open_store(path, read_only=True) as store:  # reading leaves the file alone
        assert store.count(IncidentFilter()) == 5
    assert uuid_indexes(path) == []
    with caplog.at_level("WARNING"):
        with open_store(path) as store:
            assert store.count(IncidentFilter()) == 5
    assert "made it again" in caplog.text
    assert [name for name, _ in uuid_indexes(path)] == ["incidents_uuid"]
    with sqlite3.connect(path) as conn:
        register_functions(conn)  # the ST_ functions of the R-tree triggers (GDAL registers them too)
        conn.execute("DROP INDEX incidents_uuid")
        conn.execute("INSERT INTO incidents (uuid, occurred_at, country, type, persons, status) SELECT uuid, "
                     "occurred_at, country, type, persons, status FROM incidents WHERE fid = 1")  # an id twice
    caplog.clear()
    with caplog.at_level("WARNING"):
        with open_store(path) as store:  # opens; says why the index cannot be made
            assert store.count(IncidentFilter()) >= 5
    assert "appear more than once" in caplog.text and uuid_indexes(path) == []


def seq_index(conn) -> str | None:
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'incidents_change_seq'").fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("store_kind", ["new", "old"])
def test_the_change_seq_index_is_made_again_after_a_big_import_and_answers_changes_since(request, tmp_path,
                                                                                         store_kind):
    """Dropped while the rows of a big import go in (an old store's uuid autoindex stays), the same index again
    after it; the rows of each import are what ``changes_since`` reads through it."""
    path = request.getfixturevalue("old_store") if store_kind == "old" else tmp_path / "q.gpkg"
    with open_store(path, create=store_kind == "new") as s:
        conn = s._conn()  # this thread's connection: the one the import writes with, inside its transaction
        made = seq_index(conn)
        assert made == "CREATE INDEX incidents_change_seq ON incidents (change_seq)"
        during = []
        s.add_batches(iter([with_ids(random_batch(300, seed=k)) for k in range(3)]), "ana",
                      on_chunk=lambda batch, derived: during.append(seq_index(conn)))
        assert during == [None, None, None] and seq_index(conn) == made
        seq = s.change_seq()
        more = with_ids(random_batch(900, seed=9))  # as many as stored: deferred again
        s.add_batches(iter([more]), "ana")
        assert seq_index(conn) == made
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT fid, uuid FROM incidents WHERE change_seq > 1"))
        assert "incidents_change_seq" in plan
        assert s.changes_since(seq).ids == frozenset(uuid.UUID(i) for i in more.id)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = "sqlite_autoindex_incidents_1" if store_kind == "old" else "incidents_uuid"
    assert uuid_indexes(path)[0][0] == kept


def test_the_indexes_are_sorted_with_a_small_cache_and_the_connection_gets_its_own_back(tmp_path, monkeypatch):
    """``restore`` sorts with a page cache of ``SORT_CACHE_KIB``, then sets the import's own back, also when a clash
    refuses the import."""
    seen = []
    restore = gpkg_write.DeferredIndexes.restore

    def watched(self, source_name, rows_at):
        conn = self._conn
        conn.execute("PRAGMA cache_size = -12345")

        def trace(sql):
            if sql.startswith("CREATE"):
                seen.append((sql.split(" ON ")[0].split()[-1], conn.execute("PRAGMA cache_size").fetchone()[0]))
        conn.set_trace_callback(trace)
        try:
            restore(self, source_name, rows_at)
        finally:
            conn.set_trace_callback(None)
            seen.append(("after", conn.execute("PRAGMA cache_size").fetchone()[0]))
    monkeypatch.setattr(gpkg_write.DeferredIndexes, "restore", watched)
    path = tmp_path / "p.gpkg"
    with open_store(path, create=True) as s:
        first = with_ids(random_batch(300, seed=11))
        s.add_batch(first, "ana")
        sort = -gpkg_write.SORT_CACHE_KIB
        assert seen == [("incidents_uuid", sort), ("incidents_change_seq", sort), ("after", -12345)]
        seen.clear()
        again = with_ids(random_batch(400, seed=12))
        again.id[3] = first.id[5]
        with pytest.raises(ImportRejected, match="already in the store"):
            s.add_batch(again, "ana")
        assert seen[-1] == ("after", -12345)
