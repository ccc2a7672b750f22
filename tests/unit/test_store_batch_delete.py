"""delete_batch / restore_batch: one transaction, one audit entry, all or nothing, listed in each history."""
from __future__ import annotations

import sqlite3
import uuid

import pytest

from store_support import random_batch

from border_monitor.domain.errors import NotFoundError
from border_monitor.domain.filters import IncidentFilter
from border_monitor.store import open_store


@pytest.fixture()
def small_store(tmp_path):
    s = open_store(tmp_path / "d.gpkg", create=True)
    s.add_batch(random_batch(200, seed=5), "ana")
    yield s
    s.close()


def test_delete_batch_writes_one_entry_and_restore_brings_them_back(small_store):
    store = small_store
    ids = [str(i.id) for i in store.page(IncidentFilter(), limit=5)]
    total = store.count(IncidentFilter())
    with sqlite3.connect(store.path) as conn:
        before = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    change = store.delete_batch(ids, "ana", "undo of the import of a.csv")
    assert change.deleted == 5 and change.incidents == frozenset(ids)
    assert store.count(IncidentFilter()) == total - 5
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT action, incident_uuid, json_extract(after_json, '$.count'), "
                            "json_extract(after_json, '$.reason') FROM audit_log WHERE id > ?", (before,)).fetchall()
    assert rows == [("delete", None, 5, "undo of the import of a.csv")]
    assert [e.action for e in store.history(ids[0])][-1] == "delete"
    assert store.get(ids[0]).deleted and store.get(ids[0]).revision == 2
    change = store.restore_batch(ids, "ana", "redo")
    assert change.updated == 5 and store.count(IncidentFilter()) == total
    assert [e.action for e in store.history(ids[3])][-2:] == ["delete", "restore"]
    assert store.get(ids[3]).revision == 3
    reopened = open_store(store.path)  # the audit chain holds after the batch entries
    try:
        assert reopened.audit_problems == [] and reopened.count(IncidentFilter()) == total
    finally:
        reopened.close()


def test_an_unknown_id_changes_nothing(small_store):
    store = small_store
    ids = [str(i.id) for i in store.page(IncidentFilter(), limit=3)]
    total = store.count(IncidentFilter())
    with pytest.raises(NotFoundError, match="no incident"):
        store.delete_batch([*ids, str(uuid.uuid4())], "ana")
    assert store.count(IncidentFilter()) == total
    assert not any(store.get(i).deleted for i in ids)


def test_rows_deleted_already_are_skipped(small_store):
    store = small_store
    ids = [str(i.id) for i in store.page(IncidentFilter(), limit=3)]
    store.delete([ids[0]], "ana")
    change = store.delete_batch(ids, "ana")
    assert change.deleted == 2 and ids[0] not in change.incidents
