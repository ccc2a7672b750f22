"""Bulk imports: all or nothing, rejects with row numbers, cancel, progress, and the same result as single adds."""
from __future__ import annotations

import sqlite3
import uuid

import numpy as np
import pytest
from store_support import all_incidents, random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.errors import ImportRejected
from border_monitor.store import ImportCancelled, open_store
from border_monitor.store.gpkg.binary import register_functions


def file_state(path) -> tuple:
    conn = sqlite3.connect(path)
    state = (conn.execute("SELECT count(*), coalesce(max(fid), 0) FROM incidents").fetchone(),
             conn.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone(),
             conn.execute("SELECT count(*) FROM audit_log").fetchone(),
             conn.execute("SELECT value FROM bm_state").fetchall(),
             conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall())
    conn.close()
    return state


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "b.gpkg", create=True)
    yield s
    s.close()


def test_batch_equals_single_adds(tmp_path):
    batch = random_batch(400, seed=11)
    one = open_store(tmp_path / "one.gpkg", create=True)
    one.add_batch(batch, "ana")
    two = open_store(tmp_path / "two.gpkg", create=True)
    two.add(batch.to_incidents(), "ana")
    fields = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
              "source", "status", "border", "sector", "distance_to_border_m", "side", "in_zone", "deleted", "revision")
    a = {str(i.id): i for i in all_incidents(one)}
    b = {str(i.id): i for i in all_incidents(two)}
    assert a.keys() == b.keys() and len(a) == 400
    for k in a:
        assert all(getattr(a[k], f) == getattr(b[k], f) for f in fields), k
    # The packed R-tree of the bulk path holds what the triggers of the single path made.
    rows = {}
    for name, s in (("one", one), ("two", two)):
        conn = sqlite3.connect(s.path)
        rows[name] = conn.execute("SELECT i.uuid, r.minx, r.maxx, r.miny, r.maxy FROM rtree_incidents_geom r "
                                  "JOIN incidents i ON i.fid = r.id ORDER BY i.uuid").fetchall()
        assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
        conn.close()
    assert rows["one"] == rows["two"]
    [entry] = [e for e in one.history(next(iter(a))) if e.action == "import"]
    assert entry.after["count"] == 400 and entry.user == "ana"
    one.close()
    two.close()


def test_bad_rows_reject_the_whole_batch_with_row_numbers(store):
    store.add_batch(random_batch(50, seed=1), "ana")
    before = file_state(store.path)
    batch = random_batch(100, seed=2)
    batch.row = np.arange(2, 102)  # the CSV lines
    batch.lat[10] = 61.0
    batch.persons[20] = -3
    batch.country[30] = 9
    with pytest.raises(ImportRejected) as info:
        store.add_batch(batch, "ana", source_name="bad.csv")
    rejects = info.value.rejects
    assert [(r[0], r[1], r[2]) for r in rejects] == [("bad.csv", 12, "location"), ("bad.csv", 22, "persons"),
                                                     ("bad.csv", 32, "country")]
    assert "bad.csv" in str(info.value) and "nothing was written" in str(info.value)
    assert file_state(store.path) == before and store.count(IncidentFilter()) == 50


def test_known_ids_reject_the_batch_and_leave_the_store_as_it_was(store):
    first = random_batch(8000, seed=5)
    store.add_batch(first, "ana")
    before = file_state(store.path)
    second = random_batch(30_000, seed=6)
    second.id = np.array([str(uuid.uuid4()) for _ in range(30_000)], dtype=object)
    second.id[28_000] = first.id[3]  # in the second chunk: the first was already written, then rolled back
    with pytest.raises(ImportRejected, match="already in the store") as info:
        store.add_batch(second, "ana")
    assert info.value.rejects[0][1:3] == (28_001, "id")
    assert file_state(store.path) == before
    assert store.count(IncidentFilter()) == 8000
    assert store.count(IncidentFilter(text="zzz-never")) == 0


def test_cancel_rolls_back_and_progress_is_reported(store):
    store.add_batch(random_batch(30, seed=8), "ana")
    before = file_state(store.path)
    seen = []
    batch = random_batch(60_000, seed=9)
    with pytest.raises(ImportCancelled):
        store.add_batch(batch, "ana", progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) >= 2)
    assert seen[0] == (0, 60_000) and seen[1][0] > 0
    assert file_state(store.path) == before and store.count(IncidentFilter()) == 30
    seen.clear()
    store.add_batch(random_batch(60_000, seed=10), "ana", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (60_000, 60_000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert store.count(IncidentFilter()) == 60_030


def test_exception_in_progress_rolls_back(store):
    before = file_state(store.path)

    def explode(done, total):
        if done > 0:
            raise RuntimeError("the progress dialog went away")
    with pytest.raises(RuntimeError):
        store.add_batch(random_batch(30_000, seed=12), "ana", progress=explode)
    assert file_state(store.path) == before
    store.add_batch(random_batch(10, seed=13), "ana")
    assert store.count(IncidentFilter()) == 10


def test_empty_batch_and_given_bookkeeping(store):
    empty = random_batch(0)
    assert not store.add_batch(empty, "ana").any
    batch = random_batch(20, seed=14)
    batch.extra = {"created_by": np.array(["field-laptop-7"] * 20, dtype=object),
                   "created_at_ms": np.full(20, 1_630_000_000_000), "revision": np.full(20, 3)}
    change = store.add_batch(batch, "sync")
    assert change.added == 20 and len(change.incidents) == 20
    got = store.get(batch.id[0])
    assert got.created_by == "field-laptop-7" and got.revision == 3 and got.updated_by == "sync"
    assert got.created_at.isoformat().startswith("2021-08-26T17:46:40")


def test_index_snapshot_reopens_equal_to_a_rebuild(tmp_path):
    path = tmp_path / "snap.gpkg"
    store = open_store(path, create=True)
    store.add_batch(random_batch(60_000, seed=15), "ana")  # big enough to save the snapshot right away
    some = store.page(IncidentFilter(), limit=3)
    store.update(some[0].with_changes(persons=some[0].persons + 2), "ben")
    store.delete([some[1].id], "ben")
    store.close()
    snap = open_store(path)
    assert snap.index_source == "snapshot"
    conn = sqlite3.connect(path)
    register_functions(conn)  # the R-tree triggers of the file call them
    conn.execute("UPDATE incidents SET persons = persons WHERE fid = 1")  # another program wrote: the snapshot is stale
    conn.commit()
    conn.close()
    rebuilt = open_store(path)
    assert rebuilt.index_source == "table"
    for name in snap._cache.index.cols:  # noqa: SLF001
        a, b = snap._cache.index[name], rebuilt._cache.index[name]  # noqa: SLF001
        if name in ("sector", "nationalities", "source"):  # codes may differ; the texts must not
            a = np.array(snap._cache.index.vocab[name].texts + [None], dtype=object)[a]  # noqa: SLF001
            b = np.array(rebuilt._cache.index.vocab[name].texts + [None], dtype=object)[b]  # noqa: SLF001
        assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), name
    snap.close()
    rebuilt.close()


def test_batch_columns_must_have_equal_lengths(store):
    batch = random_batch(5)
    bad = IncidentBatch(**{**batch.__dict__, "lat": batch.lat[:3]})
    with pytest.raises(ValueError, match="column lat has 3 values"):
        store.add_batch(bad, "ana")
