"""The rules of a two-way sync between GeoPackage stores: merges, conflicts, tombstones, resolutions, audit."""
from __future__ import annotations

import pytest
from sync_helpers import audit_report, incident, replica, rows

from border_monitor.store import open_store
from border_monitor.sync import conflict_choice
from border_monitor.sync.errors import SyncError
from border_monitor.sync.exchange import sync_replicas


def _sync(a, b, **kwargs):
    with replica(a) as ra, replica(b) as rb:
        return sync_replicas(ra, rb, **kwargs)


def _shared_incident(a, b, **changes):
    inc = incident(1, **changes)
    with open_store(a) as store:
        store.add([inc], "alice")
    _sync(a, b)
    return inc.id


def _edit(path, uid, user, **changes):
    with open_store(path) as store:
        current = store.get(uid)
        store.update(current.with_changes(**changes), user)


def test_a_new_incident_travels_with_its_audit_entry_and_both_chains_verify(two_stores):
    a, b = two_stores
    uid = _shared_incident(a, b)
    with open_store(b) as store:
        got = store.get(uid)
        history = store.history(uid)
    assert got.description == "incident 1" and got.sector is not None
    with open_store(a) as store:
        origin_a = store.origin
    create = [h for h in history if h.action == "create"]
    assert len(create) == 1 and create[0].origin == origin_a and create[0].user == "alice"
    assert audit_report(a).intact and audit_report(b).intact
    assert rows(a) == rows(b)


def test_different_fields_changed_on_both_sides_merge_field_by_field(two_stores):
    a, b = two_stores
    uid = _shared_incident(a, b)
    _edit(a, uid, "alice", description="seen from the tower")
    _edit(b, uid, "bob", status="verified", persons=5)
    out, back = _sync(a, b)
    for path in (a, b):
        with open_store(path) as store:
            got = store.get(uid)
        assert (got.description, got.status.value, got.persons) == ("seen from the tower", "verified", 5)
    assert out.conflicts == back.conflicts == 0
    with replica(a) as ra:
        assert ra.conflicts() == []
    assert rows(a) == rows(b)


def test_the_same_field_changed_on_both_sides_is_a_conflict_with_the_same_provisional_winner(two_stores):
    a, b = two_stores
    uid = _shared_incident(a, b)
    _edit(a, uid, "alice", description="from A")
    _edit(b, uid, "bob", description="from B")
    _sync(a, b)
    listed = []
    for path in (a, b):
        with replica(path) as r:
            conflicts = r.conflicts()
            assert [c.uuid for c in conflicts] == [str(uid)] and conflicts[0].groups == ("description",)
            values = [conflict_choice.value_text("description", s) for s in conflicts[0].versions("description")]
            listed.append(values)
    assert sorted(listed[0]) == ["from A", "from B"]  # both versions kept
    assert listed[0] == listed[1]  # the same provisional winner on both sides
    assert rows(a) == rows(b)
    with open_store(a) as store:
        assert store.get(uid).description == listed[0][0]  # the row shows the provisional winner


def test_a_resolution_syncs_like_an_edit_and_ends_the_conflict_everywhere(two_stores):
    a, b = two_stores
    uid = _shared_incident(a, b)
    _edit(a, uid, "alice", description="from A")
    _edit(b, uid, "bob", description="from B")
    _sync(a, b)
    with replica(b) as rb:
        conflict = rb.conflict(str(uid))
        choice = conflict_choice.choices_for(conflict, rb.origin, None, {"description": "local"})
        rb.resolve(str(uid), choice, "supervisor")
    _sync(a, b)
    for path in (a, b):
        with replica(path) as r:
            assert r.conflicts() == []
        with open_store(path) as store:
            assert store.get(uid).description == "from B"
            assert [h.user for h in store.history(uid) if h.action == "update"][-1] == "supervisor"
    assert audit_report(a).intact and audit_report(b).intact


def test_delete_on_one_side_and_edit_on_the_other_is_a_conflict(two_stores):
    a, b = two_stores
    uid = _shared_incident(a, b)
    with open_store(a) as store:
        store.delete([uid], "alice")
    _edit(b, uid, "bob", description="still there at 10:40")
    _sync(a, b)
    for path in (a, b):
        with replica(path) as r:
            conflicts = r.conflicts()
        assert [c.groups for c in conflicts] == [("deleted",)]
        texts = {conflict_choice.value_text("deleted", s) for s in conflicts[0].versions("deleted")}
        assert texts == {"deleted", "kept (edited)"}
    assert rows(a) == rows(b)
    with open_store(a) as store:  # the edit is not lost whichever way the conflict goes
        assert store.get(uid).description == "still there at 10:40"


def test_a_tombstone_never_comes_back_through_a_store_holding_the_old_version(tmp_path):
    paths = [tmp_path / f"{n}.gpkg" for n in "abc"]
    for p in paths:
        open_store(p, create=True).close()
    a, b, c = paths
    uid = _shared_incident(a, b)
    _sync(b, c)  # c holds the live version
    with open_store(a) as store:
        store.delete([uid], "alice")
    _sync(a, b)
    _sync(c, b)  # c's old live version meets the tombstone
    _sync(a, c)
    for path in paths:
        with open_store(path) as store:
            assert store.get(uid).deleted
    assert rows(a) == rows(b) == rows(c)


def test_an_edit_made_while_the_other_side_syncs_in_is_merged_not_overwritten(two_stores):
    a, b = two_stores
    uid = _shared_incident(a, b)
    _edit(a, uid, "alice", source="radio")
    with open_store(b) as store:
        # b edits after its last scan; the batch from a arrives before b scans again
        store.update(store.get(uid).with_changes(description="b's note"), "bob")
    with replica(a) as ra, replica(b) as rb:
        from border_monitor.sync.exchange import send_direction

        send_direction(ra, rb)
    with open_store(b) as store:
        got = store.get(uid)
    assert (got.source, got.description) == ("radio", "b's note")


def test_a_store_does_not_sync_with_a_copy_of_its_own_file(two_stores, tmp_path):
    a, _ = two_stores
    copy = tmp_path / "copy.gpkg"
    copy.write_bytes(a.read_bytes())
    with pytest.raises(SyncError, match="same origin id"):
        _sync(a, copy)


def test_a_second_sync_with_nothing_new_changes_nothing(two_stores):
    a, b = two_stores
    _shared_incident(a, b)
    before = rows(a), rows(b)
    out, back = _sync(a, b)
    assert (out.new, out.changed, back.new, back.changed, out.audit, back.audit) == (0, 0, 0, 0, 0, 0)
    assert (rows(a), rows(b)) == before
