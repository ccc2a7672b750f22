"""Incidents survive the GeoPackage: add -> get, update with optimistic locking, soft delete/restore, audit."""
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from border_monitor.domain import Incident, IncidentFilter
from border_monitor.domain.errors import NotFoundError, StoreError
from border_monitor.domain.taxonomy import TYPES_NEEDING_PERSONS, Country, IncidentType, Status
from border_monitor.store import open_store
from border_monitor.store.gpkg.migrations import CURRENT_VERSION

USER_FIELDS = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
               "source", "status")
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def incidents(draw):
    seconds = draw(st.integers(min_value=946_684_800, max_value=1_735_603_200))  # 2000 .. 2024-12-31
    occurred = datetime.fromtimestamp(seconds, tz=timezone.utc) + timedelta(milliseconds=draw(st.integers(0, 999)))
    type_ = draw(st.sampled_from(list(IncidentType)))
    persons = draw(st.integers(1 if type_ in TYPES_NEEDING_PERSONS else 0, 200))
    codes = draw(st.lists(st.sampled_from(["IRQ", "SYR", "AFG", "COD", "LTU", "XXA"]), unique=True, max_size=3))
    nationalities, left = [], persons
    for code in codes:
        count = draw(st.one_of(st.none(), st.integers(0, left)))
        left -= count or 0
        nationalities.append(code if count is None else f"{code}:{count}")
    return Incident(
        occurred_at=occurred, country=draw(st.sampled_from(list(Country))), type=type_,
        lon=draw(st.floats(22.0, 28.5)), lat=draw(st.floats(51.5, 56.3)), persons=persons,
        nationalities=",".join(nationalities), description=draw(texts), source=draw(texts),
        status=draw(st.sampled_from(list(Status))),
    )


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "store.gpkg", create=True)
    yield s
    s.close()


def same_user_fields(a: Incident, b: Incident) -> bool:
    return all(getattr(a, f) == getattr(b, f) for f in USER_FIELDS)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(incidents(), min_size=1, max_size=5))
def test_add_then_get_returns_the_same_incident(store, items):
    change = store.add(items, "ana")
    assert change.added == len(items) and change.incidents == {str(i.id) for i in items}
    for item in items:
        got = store.get(item.id)
        assert same_user_fields(got, item)
        assert got.created_by == "ana" and got.updated_by == "ana" and got.revision == 1
        assert got.origin == store.origin and not got.deleted
        assert got.border is not None and got.sector and got.distance_to_border_m >= 0 and got.side is not None
        [entry] = store.history(item.id)
        assert entry.action == "create" and entry.user == "ana" and entry.before is None
        assert entry.after["id"] == str(item.id) and entry.after["persons"] == item.persons


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(incidents(), incidents())
def test_update_delete_restore_with_audit(store, first, second):
    store.add([first], "ana")
    stored = store.get(first.id)
    changed = second.with_changes(id=first.id, revision=stored.revision)
    assert store.update(changed, "ben").updated == 1
    got = store.get(first.id)
    assert same_user_fields(got, changed)
    assert got.revision == 2 and got.updated_by == "ben" and got.created_by == "ana"
    assert store.delete([first.id], "ben").deleted == 1
    assert store.get(first.id).deleted and store.count(IncidentFilter()) == store.count(IncidentFilter()) >= 0
    assert str(first.id) not in {str(i.id) for i in store.page(IncidentFilter(), limit=10_000)}
    assert store.restore([first.id], "cas").updated == 1
    final = store.get(first.id)
    assert not final.deleted and final.revision == 4
    actions = [(e.action, e.user) for e in store.history(first.id)]
    assert actions == [("create", "ana"), ("update", "ben"), ("delete", "ben"), ("restore", "cas")]
    update = store.history(first.id)[1]
    assert update.before["persons"] == first.persons and update.after["persons"] == second.persons


def test_update_with_an_old_revision_is_refused_and_changes_nothing(store, tmp_path):
    item = Incident(occurred_at="2021-08-01T10:00:00Z", country="LT", type="apprehension", lon=25.0, lat=54.3,
                    persons=4)
    store.add([item], "ana")
    mine = store.get(item.id)
    store.update(mine.with_changes(persons=5), "ben")
    with pytest.raises(StoreError, match=r"was changed by ben .* after you opened revision 1; reload it"):
        store.update(mine.with_changes(persons=9), "ana")
    assert store.get(item.id).persons == 5 and len(store.history(item.id)) == 2


def test_unknown_ids_and_duplicates_are_refused(store):
    item = Incident(occurred_at="2021-08-01T10:00:00Z", country="PL", type="smuggling", lon=23.7, lat=53.0)
    with pytest.raises(NotFoundError, match="There is no incident"):
        store.get(item.id)
    with pytest.raises(NotFoundError):
        store.delete([item.id], "ana")
    store.add([item], "ana")
    with pytest.raises(StoreError, match="already in the store"):
        store.add([item], "ana")
    assert store.count(IncidentFilter()) == 1 and len(store.history(item.id)) == 1


def test_audit_log_is_append_only(store):
    item = Incident(occurred_at="2021-08-01T10:00:00Z", country="LV", type="provocation", lon=27.4, lat=55.8)
    store.add([item], "ana")
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError, match="audit_log is append-only"):
        conn.execute("UPDATE audit_log SET user = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="audit_log is append-only"):
        conn.execute("DELETE FROM audit_log")
    conn.close()
    assert [e.user for e in store.history(item.id)] == ["ana"]


def test_events_and_metadata(store):
    from datetime import date

    from border_monitor.domain.errors import ValidationError
    from border_monitor.store import ContextEvent

    events = [ContextEvent(None, date(2021, 9, 10), date(2021, 9, 16), "BY", "Zapad-2021 military drills"),
              ContextEvent(None, date(2021, 7, 2), date(2021, 7, 2), "LT", "Extreme situation declared")]
    assert store.set_events(events, "ana").events
    got = store.events()
    assert [(e.start, e.end, e.country, e.title) for e in got] == \
        [(e.start, e.end, e.country, e.title) for e in sorted(events, key=lambda e: e.start)]
    with pytest.raises(ValidationError, match="before the start"):
        store.set_events([ContextEvent(None, date(2021, 9, 16), date(2021, 9, 10), "PL", "wrong")], "ana")
    assert len(store.events()) == 2
    store.set_metadata("synthetic", "true")
    assert store.metadata()["synthetic"] == "true" and store.metadata()["schema_version"] == str(CURRENT_VERSION) == "11"
