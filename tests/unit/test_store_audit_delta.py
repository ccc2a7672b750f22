"""Audit entries of a change to one incident keep the whole incident after it and, of the one before, only the
fields it changed; history() gives both whole, also for entries written whole (older stores), and the chain holds;
history() looks the entries up in the index."""
from __future__ import annotations

import json
import sqlite3

from store_support import random_batch

from border_monitor.domain import IncidentFilter
from border_monitor.domain.taxonomy import Status
from border_monitor.store import open_store
from border_monitor.store.gpkg import audit


def test_an_update_keeps_the_changed_fields_before_and_history_gives_both_whole(tmp_path):
    store = open_store(tmp_path / "a.gpkg", create=True)
    store.add_batch(random_batch(50, seed=3), "ana")
    old = store.page(IncidentFilter(statuses=frozenset({Status.REPORTED})), limit=1)[0]
    store.update(old.with_changes(status=Status.CLOSED), "ben")
    store.delete([old.id], "ben")
    conn = sqlite3.connect(store.path)
    rows = conn.execute("SELECT action, before_json, after_json FROM audit_log WHERE incident_uuid = ? ORDER BY id",
                        (str(old.id),)).fetchall()
    assert [r[0] for r in rows] == ["update", "delete"]
    update_before, update_after = json.loads(rows[0][1]), json.loads(rows[0][2])
    assert set(update_before) == {"status", "revision", "updated_at", "updated_by"}  # not the other ~20 fields
    assert update_before["status"] == "reported" and update_before["revision"] == old.revision
    assert update_after == store.history(old.id)[1].after and update_after["description"] == old.description
    assert json.loads(rows[1][1])["deleted"] is False and "description" not in json.loads(rows[1][1])
    [upd, dele] = [e for e in store.history(old.id) if e.action in ("update", "delete")]
    assert upd.before == old.to_dict()  # whole again: every field as it was
    assert upd.after["status"] == "closed" and set(upd.before) == set(upd.after)
    assert dele.before == upd.after and dele.after["deleted"] is True
    assert audit.verify(conn).intact
    conn.close()
    store.close()


def test_an_entry_written_whole_reads_as_it_was(tmp_path):
    store = open_store(tmp_path / "b.gpkg", create=True)
    store.add_batch(random_batch(20, seed=4), "ana")
    old = store.page(IncidentFilter(), limit=1)[0]
    new = old.with_changes(persons=old.persons + 1, revision=old.revision + 1)
    conn = sqlite3.connect(store.path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # as a store from before the change wrote an update (both sides whole)
    audit.append(conn, "2021-08-01T10:00:00.000Z", "eve", "x", "update", str(old.id), old.to_dict(), new.to_dict())
    conn.execute("COMMIT")
    [entry] = [e for e in store.history(old.id) if e.user == "eve"]
    assert entry.before == old.to_dict() and entry.after == new.to_dict()
    assert audit.verify(conn).intact
    conn.close()
    store.close()


# The query history() ran before: one OR over the whole log (a scan of every entry), kept as the reference.
_SCANNING_HISTORY = (
    "SELECT id, at, user, origin, action, incident_uuid, before_json, after_json FROM audit_log "
    "WHERE incident_uuid = ? OR (action = 'import' AND ? IS NOT NULL "
    "AND ? BETWEEN json_extract(after_json, '$.first_fid') AND json_extract(after_json, '$.last_fid')) "
    "OR (action IN ('enrich', 'delete', 'restore') AND incident_uuid IS NULL "
    "AND EXISTS (SELECT 1 FROM json_each(after_json, '$.ids') WHERE value = ?)) ORDER BY id")


def test_history_finds_the_same_entries_through_the_index(tmp_path):
    store = open_store(tmp_path / "c.gpkg", create=True)
    store.add_batch(random_batch(30, seed=5), "ana", source_name="one.csv")
    store.add_batch(random_batch(30, seed=6), "ana", source_name="two.csv")
    some = store.page(IncidentFilter(), limit=60)
    store.update(some[0].with_changes(persons=some[0].persons + 1), "ben")
    store.delete_batch([i.id for i in some[:5]], "ben", reason="undo")
    store.delete([some[7].id], "ben")
    conn = sqlite3.connect(store.path)
    for inc in some:
        fid = conn.execute("SELECT fid FROM incidents WHERE uuid = ?", (str(inc.id),)).fetchone()[0]
        expected = conn.execute(_SCANNING_HISTORY, (str(inc.id), fid, fid, str(inc.id))).fetchall()
        got = [e.id for e in store.history(inc.id)]
        assert got == [r[0] for r in expected] and got
    plan = " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + audit.HISTORY_SQL, ("x", 1, 1, "x")))
    assert "SCAN audit_log" not in plan and "USING INDEX audit_log_incident" in plan
    assert "SCAN audit_log" in " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + _SCANNING_HISTORY,
                                                                   ("x", 1, 1, "x")))
    conn.close()
    store.close()
