"""Ingest into a real GeoPackage store: idempotent by CoT uid, newer events update, t-x-d-d deletes, skips
counted; the follower finds edits, deletes and incidents that left the filter."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from test_tak_cot import foreign, make_incident

from border_monitor.domain import IncidentFilter
from border_monitor.domain.taxonomy import IncidentType, Status
from border_monitor.store import open_store
from border_monitor.tak.cot_in import incident_id, parse_event
from border_monitor.tak.cot_out import delete_bytes, incident_bytes
from border_monitor.tak.follow import StoreFollower
from border_monitor.tak.ingest import Ingestor


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "t.gpkg", create=True)
    yield s
    s.close()


def events(*payloads):
    return [parse_event(p, "test") for p in payloads]


def stamp(delta_minutes: float = 0) -> str:
    moment = datetime.now(timezone.utc) + timedelta(minutes=delta_minutes)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def audit_rows(store) -> int:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def test_same_events_twice_make_no_duplicates_and_no_writes(store):
    ingest = Ingestor(store, "tak")
    batch = [foreign(f"ANDROID-{k}", time=stamp(-30)) for k in range(5)]
    counts, _ = ingest.ingest(events(*batch))
    assert counts.added == 5 and store.count(IncidentFilter()) == 5
    writes = audit_rows(store)
    again, changes = ingest.ingest(events(*batch, *batch))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 10)
    assert changes == [] and audit_rows(store) == writes and store.count(IncidentFilter()) == 5
    incident = store.get(incident_id("ANDROID-3"))
    assert incident.status is Status.REPORTED and incident.source == "PATROL-7"
    assert incident.type is IncidentType.AIRSPACE


def test_a_newer_event_updates_an_older_one_does_not(store):
    ingest = Ingestor(store, "tak")
    ingest.ingest(events(foreign("U1", time=stamp(-60))))
    store.update(store.get(incident_id("U1")).with_changes(status=Status.VERIFIED), "ana")
    older = foreign("U1", time=stamp(-50), lat=54.6)
    counts, _ = ingest.ingest(events(older))
    assert counts.unchanged == 1 and store.get(incident_id("U1")).lat == 54.5
    newer = foreign("U1", time=stamp(1), lat=54.7).replace(b"drone over the road", b"drone landed")
    counts, _ = ingest.ingest(events(newer))
    got = store.get(incident_id("U1"))
    assert counts.updated == 1 and got.lat == 54.7 and got.description == "drone landed"
    assert got.status is Status.VERIFIED  # a service's verification is kept


def test_delete_event_soft_deletes_and_a_newer_event_brings_it_back(store):
    ingest = Ingestor(store, "tak")
    ingest.ingest(events(foreign("D1", time=stamp(-10))))
    delete = delete_bytes("00000000-0000-0000-0000-000000000000").replace(
        b"border-monitor.00000000-0000-0000-0000-000000000000", b"D1")
    counts, _ = ingest.ingest(events(delete))
    assert counts.deleted == 1 and store.count(IncidentFilter()) == 0
    assert store.get(incident_id("D1")).deleted
    counts, _ = ingest.ingest(events(delete))
    assert counts.deleted == 0  # deleting twice changes nothing
    counts, _ = ingest.ingest(events(foreign("D1", time=stamp(2))))
    assert counts.updated == 1 and store.count(IncidentFilter()) == 1


def test_skipped_events_are_counted_by_reason_and_not_stored(store):
    ingest = Ingestor(store, "tak")
    counts, _ = ingest.ingest(events(foreign("far", lat=40.0), foreign("chat", kind="b-t-f"),
                                     foreign("late", time=stamp(60 * 24)), foreign("ok", time=stamp(-1))))
    assert (counts.outside, counts.unmapped, counts.invalid, counts.added) == (1, 1, 1, 1)
    assert store.count(IncidentFilter()) == 1
    assert "1 outside the monitored region, 1 of unmapped types, 1 invalid" in counts.summary()


def test_our_own_events_coming_back_change_nothing(store):
    store.add([make_incident()], "ana")
    stored = store.get(make_incident().id)
    counts, changes = Ingestor(store, "tak").ingest(events(incident_bytes(stored)))
    assert counts.unchanged == 1 and changes == []
    assert store.get(stored.id).revision == stored.revision


def test_our_events_into_another_store_keep_the_incident_id(store, tmp_path):
    incident = make_incident()
    with open_store(tmp_path / "other.gpkg", create=True) as other:
        other.add([incident], "ana")
        sent = other.get(incident.id)
    counts, _ = Ingestor(store, "tak").ingest(events(incident_bytes(sent)))
    got = store.get(incident.id)
    assert counts.added == 1 and got.persons == 5 and got.nationalities == incident.nationalities
    assert got.status is Status.REPORTED


def test_follower_sends_the_filtered_set_then_edits_and_deletes(store):
    a = make_incident()
    b = make_incident(id="6b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c12", type="airspace", persons=0, nationalities="")
    c = make_incident(id="7b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c13", country="PL", lon=23.5, lat=52.5)
    store.add([a, b, c], "ana")
    follower = StoreFollower(store, IncidentFilter(countries=frozenset({"LT"})))
    first = follower.initial()
    assert {i.id for i in first.send} == {a.id, b.id} and first.delete == []
    assert len(follower.changes()) == 0  # nothing written since
    store.update(store.get(a.id).with_changes(description="moved on"), "ana")
    out = follower.changes()
    assert [i.description for i in out.send] == ["moved on"] and out.delete == []
    assert len(follower.changes()) == 0  # the same revision is not sent twice
    store.delete([b.id], "ana")
    store.update(store.get(c.id).with_changes(description="PL edit"), "ana")  # outside the filter: not sent
    out = follower.changes()
    assert out.send == [] and out.delete == [b.id]
    store.update(store.get(a.id).with_changes(country="LV", lon=27.0, lat=55.8), "ana")  # leaves the filter
    out = follower.changes()
    assert out.send == [] and out.delete == [a.id]
    d = make_incident(id="8b1f6a52-3c1e-4a51-9d0b-1b7a0f3f0c14")
    store.add([d], "ana")
    assert [i.id for i in follower.changes().send] == [d.id]
