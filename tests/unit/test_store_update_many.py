"""update_many: one transaction, all or nothing with a sentence naming the refused incident, one audit entry
per incident, the index updated once; add_batch(validated=True) skips the second validation only."""
from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from store_support import all_incidents, random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.errors import ImportRejected, NotFoundError, StoreError
from border_monitor.domain.taxonomy import Status
from border_monitor.geo.enrich import enrich_one
from border_monitor.store import open_store


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "u.gpkg", create=True)
    s.add_batch(random_batch(600, seed=21), "ana")
    yield s
    s.close()


def file_state(store) -> tuple:
    conn = sqlite3.connect(store.path)
    state = (conn.execute("SELECT fid, revision, status, persons, updated_by FROM incidents ORDER BY fid").fetchall(),
             conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
             conn.execute("SELECT value FROM bm_state").fetchall())
    conn.close()
    return state


def test_update_many_writes_each_incident_with_its_own_audit_entry(store):
    chosen = store.page(IncidentFilter(statuses=frozenset({Status.REPORTED})), limit=40)
    assert len(chosen) == 40
    before_closed = store.count(IncidentFilter(statuses=frozenset({Status.CLOSED})))
    generation = store._cache.index.generation  # noqa: SLF001 - the index is changed once, not per incident
    targets = [i.with_changes(status=Status.CLOSED, persons=i.persons + k) for k, i in enumerate(chosen)]
    change = store.update_many(targets, "ben")
    assert change.updated == 40 and change.incidents == {str(i.id) for i in chosen}
    assert store._cache.index.generation == generation + 1  # noqa: SLF001
    assert store.count(IncidentFilter(statuses=frozenset({Status.CLOSED}))) == before_closed + 40
    for k, old in enumerate(chosen):
        got = store.get(old.id)
        assert got.status is Status.CLOSED and got.persons == old.persons + k
        assert got.revision == old.revision + 1 and got.updated_by == "ben" and got.created_by == "ana"
        entries = [e for e in store.history(old.id) if e.action == "update"]
        assert len(entries) == 1 and entries[0].user == "ben"
        assert entries[0].before["status"] == old.status.value and entries[0].after["status"] == "closed"
    conn = sqlite3.connect(store.path)
    [(stamps,)] = conn.execute("SELECT count(DISTINCT at) FROM audit_log WHERE action = 'update'").fetchall()
    conn.close()
    assert stamps == 1  # one write: every entry carries the same moment


def test_a_moved_incident_gets_new_derived_fields_and_the_index_follows(store):
    first, second = store.page(IncidentFilter(), limit=2)
    moved = first.with_changes(lon=23.60, lat=53.60)  # beside the Polish border
    store.update_many([moved, second.with_changes(description="checked")], "ben")
    got = store.get(first.id)
    expected = enrich_one(23.60, 53.60)
    assert got.border.value == "PL-BY" and got.border == expected["border"] and got.sector == expected["sector"]
    assert got.distance_to_border_m == pytest.approx(expected["distance_to_border_m"]) and got.side == expected["side"]
    assert store.count(IncidentFilter(text=expected["sector"])) >= 1
    assert store.count(IncidentFilter(bbox=(23.59, 53.59, 23.61, 53.61))) == 1
    assert store.count(IncidentFilter(text="checked")) == 1


@pytest.mark.parametrize("problem", ["stale", "deleted", "unknown", "twice"])
def test_one_refused_incident_refuses_the_whole_call_and_names_it(store, problem):
    chosen = store.page(IncidentFilter(), limit=30)
    targets = [i.with_changes(status=Status.VERIFIED, description="bulk") for i in chosen]
    victim = chosen[17]
    if problem == "stale":
        store.update(victim.with_changes(persons=victim.persons + 1), "cas")  # someone else was faster
        pattern = f"Incident {victim.id} was changed by cas .* none of the 30 incidents was changed"
        error = StoreError
    elif problem == "deleted":
        store.delete([victim.id], "cas")
        pattern = f"Incident {victim.id} is deleted; .* none of the 30 incidents was changed"
        error = StoreError
    elif problem == "unknown":
        targets[17] = targets[17].with_changes(id="00000000-0000-4000-8000-000000000017")
        pattern = "There is no incident 00000000-0000-4000-8000-000000000017 in u.gpkg"
        error = NotFoundError
    else:
        targets[17] = targets[3]
        pattern = f"Incident {chosen[3].id} appears twice"
        error = StoreError
    state = file_state(store)
    described = store.count(IncidentFilter(text="bulk"))
    with pytest.raises(error, match=pattern):
        store.update_many(targets, "ben")
    assert file_state(store) == state
    assert store.count(IncidentFilter(text="bulk")) == described == 0
    assert all(store.get(i.id).description != "bulk" for i in chosen)


def test_update_many_of_nothing_changes_nothing(store):
    state = file_state(store)
    change = store.update_many([], "ben")
    assert not change.any and file_state(store) == state


def test_validated_batches_are_not_validated_twice_but_ids_are_still_checked(store, monkeypatch):
    calls = []
    real = IncidentBatch.validate

    def counted(self, *args, **kwargs):
        calls.append(len(self))
        return real(self, *args, **kwargs)
    monkeypatch.setattr(IncidentBatch, "validate", counted)

    batch = random_batch(300, seed=22)
    batch.ensure_ids()
    assert batch.validate() == [] and calls == [300]  # what a reader does before handing the batch over
    change = store.add_batch(batch, "ana", validated=True, source_name="checked.csv")
    assert change.added == 300 and calls == [300]
    assert store.count(IncidentFilter(include_deleted=True)) == 900

    again = random_batch(50, seed=23)
    again.ensure_ids()
    again.id[[4, 9]] = batch.id[[10, 11]]  # two ids the store already holds
    state = file_state(store)
    with pytest.raises(ImportRejected, match="2 incident id") as refused:
        store.add_batch(again, "ana", validated=True)
    assert sorted(r[1] for r in refused.value.rejects) == [5, 10] and calls == [300]
    assert file_state(store) == state

    store.add_batch(random_batch(20, seed=24), "ana")  # not said to be validated: validated here
    assert calls == [300, 20]


def test_validated_import_stores_what_a_validating_import_stores(tmp_path):
    batch = random_batch(200, seed=25)
    batch.ensure_ids()
    assert batch.validate() == []
    with open_store(tmp_path / "a.gpkg", create=True) as a, open_store(tmp_path / "b.gpkg", create=True) as b:
        a.add_batch(batch, "ana", validated=True)
        b.add_batch(batch, "ana")
        fields = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
                  "source", "status", "border", "sector", "distance_to_border_m", "side", "in_zone")
        rows_a = [tuple(getattr(i, f) for f in fields) for i in all_incidents(a)]
        rows_b = [tuple(getattr(i, f) for f in fields) for i in all_incidents(b)]
    assert rows_a == rows_b and len(rows_a) == 200 and np.all([r[11] is not None for r in rows_a])
