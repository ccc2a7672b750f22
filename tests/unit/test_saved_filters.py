"""Named saved filters: a versioned JSON form of IncidentFilter, kept in the store for every workstation."""
from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date

import pytest
from store_support import random_batch

from border_monitor.domain import filter_json
from border_monitor.domain.errors import NotFoundError, StoreError, ValidationError
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.taxonomy import Country, IncidentType, Status
from border_monitor.store import open_store
from border_monitor.store.gpkg import audit

FULL = IncidentFilter(date_from=date(2021, 8, 1), date_to=date(2021, 9, 30),
                      countries=frozenset({Country.LT, Country.PL}),
                      types=frozenset({IncidentType.APPREHENSION, IncidentType.PREVENTED_ENTRY}),
                      statuses=frozenset({Status.VERIFIED}), bbox=(23.41, 54.0, 24.02, 54.3), text="Šalčininkai drone",
                      include_deleted=True)


def test_every_field_of_the_filter_round_trips():
    # Each field differs from its default in FULL, so a field left out of the JSON comes back wrong.
    default = IncidentFilter()
    names = [f.name for f in dataclasses.fields(IncidentFilter)]
    assert set(names) == set(filter_json.FIELDS)  # a new filter field must get a JSON form
    for name in names:
        assert getattr(FULL, name) != getattr(default, name), name
        one = default.with_changes(**{name: getattr(FULL, name)})
        assert filter_json.loads(filter_json.dumps(one)) == one, name
    assert filter_json.loads(filter_json.dumps(FULL)) == FULL
    assert filter_json.loads(filter_json.dumps(default)) == default


def test_the_serialisation_is_stable():
    shuffled = FULL.with_changes(countries=frozenset({Country.PL, Country.LT}))
    assert filter_json.dumps(FULL) == filter_json.dumps(shuffled)
    data = json.loads(filter_json.dumps(FULL))
    assert data["version"] == 1 and data["countries"] == ["LT", "PL"] and data["bbox"] == [23.41, 54.0, 24.02, 54.3]
    assert data["date_from"] == "2021-08-01" and data["text"] == "Šalčininkai drone"


def test_a_newer_version_is_refused_with_a_sentence():
    data = filter_json.to_dict(FULL) | {"version": 2, "radius_km": 5}
    with pytest.raises(ValidationError, match=r"version: 2 of saved filter 'Night patrol' is newer than this "
                                              r"Border Monitor reads \(up to 1\)"):
        filter_json.from_dict(data, "Night patrol")


@pytest.mark.parametrize("change, field", [
    ({"version": "1"}, "version"), ({"countries": "LT"}, "countries"), ({"countries": ["XX"]}, "country"),
    ({"date_from": "1 Aug"}, "date_from"), ({"date_from": 20210801}, "date_from"), ({"bbox": [1, 2, 0, 3]}, "bbox"),
    ({"text": 5}, "text"), ({"include_deleted": "yes"}, "include_deleted"), ({"colour": "red"}, "filter"),
])
def test_bad_json_names_the_field(change, field):
    with pytest.raises(ValidationError) as err:
        filter_json.from_dict(filter_json.to_dict(FULL) | change, "x")
    assert err.value.field == field


def test_two_workstations_see_each_others_saved_filters(tmp_path):
    path = tmp_path / "shared.gpkg"
    open_store(path, create=True).close()
    with open_store(path) as vilnius, open_store(path) as riga:
        vilnius.save_filter("Night patrol", FULL, "ana")
        assert [(s.name, s.filter, s.author) for s in riga.saved_filters()] == [("Night patrol", FULL, "ana")]
        riga.save_filter("Latvia only", IncidentFilter(countries={"LV"}), "ben")
        riga.save_filter("Night patrol", FULL.with_changes(text="boat"), "ben")  # replaced, not doubled
        seen = {s.name: s for s in vilnius.saved_filters()}
        assert sorted(seen) == ["Latvia only", "Night patrol"]
        assert seen["Night patrol"].filter.text == "boat" and seen["Night patrol"].author == "ben"
        assert seen["Night patrol"].created <= seen["Night patrol"].updated
        assert vilnius.saved_filter("Latvia only") == IncidentFilter(countries={"LV"})
        vilnius.delete_filter("Latvia only", "ana")
        assert [s.name for s in riga.saved_filters()] == ["Night patrol"]
        with pytest.raises(NotFoundError, match="no saved filter 'Latvia only'"):
            riga.delete_filter("Latvia only", "ben")


def test_saved_filter_writes_are_audited_and_chained(tmp_path):
    path = tmp_path / "a.gpkg"
    with open_store(path, create=True) as store:
        change = store.save_filter("  Night   patrol ", FULL, "ana")
        assert change.saved_filters and change.any and not change.touches_incidents
        store.save_filter("Night patrol", IncidentFilter(), "ben")
        store.delete_filter("Night patrol", "cas")
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT user, action, incident_uuid, before_json, after_json FROM audit_log "
                        "WHERE action = 'filter' ORDER BY id").fetchall()
    assert [(u, a, i) for u, a, i, _, _ in rows] == [("ana", "filter", None), ("ben", "filter", None),
                                                     ("cas", "filter", None)]
    assert rows[0][3] is None and json.loads(rows[0][4])["filter"]["text"] == "Šalčininkai drone"
    assert json.loads(rows[1][3])["name"] == "Night patrol" and json.loads(rows[2][4] or "null") is None
    assert audit.verify(conn).intact
    kind = conn.execute("SELECT data_type FROM gpkg_contents WHERE table_name = 'saved_filters'").fetchone()
    assert kind == ("attributes",)


def test_a_filter_saved_by_a_newer_version_is_listed_with_its_problem(tmp_path):
    path = tmp_path / "n.gpkg"
    with open_store(path, create=True) as store:
        store.save_filter("Future", FULL, "ana")
    conn = sqlite3.connect(path)
    newer = json.dumps(filter_json.to_dict(FULL) | {"version": 9})
    conn.execute("UPDATE saved_filters SET filter_json = ?", (newer,))
    conn.commit()
    conn.close()
    with open_store(path) as store:
        (saved,) = store.saved_filters()
        assert saved.filter is None and "newer than this Border Monitor reads" in saved.problem
        with pytest.raises(ValidationError, match="version: 9 of saved filter 'Future' is newer"):
            store.saved_filter("Future")


def test_bad_names_are_refused_and_nothing_is_written(tmp_path):
    with open_store(tmp_path / "b.gpkg", create=True) as store:
        for name in ("", "   ", "x" * 200):
            with pytest.raises(ValidationError, match="of the saved filter"):
                store.save_filter(name, FULL, "ana")
        assert store.saved_filters() == []


def test_a_read_only_store_refuses_saving(tmp_path):
    path = tmp_path / "r.gpkg"
    with open_store(path, create=True) as store:
        store.save_filter("Kept", FULL, "ana")
    with open_store(path, read_only=True) as store:
        assert [s.name for s in store.saved_filters()] == ["Kept"]
        with pytest.raises(StoreError, match="read-only"):
            store.save_filter("New", FULL, "ana")


def test_extent_of_the_filter_and_of_ids_from_the_index(tmp_path):
    with open_store(tmp_path / "e.gpkg", create=True) as store:
        store.add_batch(random_batch(3000, seed=3), "ana")
        pts = store.points(IncidentFilter())
        lon, lat = pts["lon"], pts["lat"]
        assert store.extent(IncidentFilter()) == (lon.min(), lat.min(), lon.max(), lat.max())
        lt = store.points(IncidentFilter(countries={"LT"}))
        assert store.extent(IncidentFilter(countries={"LT"})) == (
            lt["lon"].min(), lt["lat"].min(), lt["lon"].max(), lt["lat"].max())
        ids = list(pts["id"][[5, 17, 900]])
        picked = [k for k in (5, 17, 900)]
        assert store.extent_of(ids + ["not-an-id"]) == (lon[picked].min(), lat[picked].min(), lon[picked].max(),
                                                        lat[picked].max())
        assert store.extent_of([ids[0]]) == (lon[5], lat[5], lon[5], lat[5])
        assert store.extent_of([]) is None
        assert store.extent(IncidentFilter(text="no such words anywhere")) is None
        store.delete([ids[0]], "ana")
        assert store.extent_of([ids[0]]) is None
        assert store.extent_of([ids[0]], include_deleted=True) == (lon[5], lat[5], lon[5], lat[5])
