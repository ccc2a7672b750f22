"""Rows added or moved by another program (QGIS, through plain SQLite with the GeoPackage triggers) get
their derived fields refilled on open, on the next query and on the next write, with one "enrich" audit entry."""
from __future__ import annotations

import sqlite3

import pytest
from store_support import random_batch, validate_gpkg

from border_monitor.domain import IncidentFilter
from border_monitor.geo.enrich import enrich_one
from border_monitor.store import open_store
from border_monitor.store.gpkg.binary import encode_point, register_functions

DERIVED = ("border", "sector", "distance_to_border_m", "side", "in_zone")
NEW_AT = (25.60, 54.30)
MOVED_TO = (23.70, 53.30)


def qgis(path) -> sqlite3.Connection:
    """A connection as QGIS (GDAL) has it: no Border Monitor code, the ST_ functions its R-tree triggers call."""
    conn = sqlite3.connect(path)
    register_functions(conn)
    return conn


def qgis_insert(conn, lon: float, lat: float, description: str = "added in QGIS") -> str:
    conn.execute("INSERT INTO incidents (geom, occurred_at, country, type, persons, description) "
                 "VALUES (?, '2021-08-03T10:00:00.000Z', 'LT', 'apprehension', 3, ?)",
                 (encode_point(lon, lat), description))
    return conn.execute("SELECT uuid FROM incidents WHERE fid = last_insert_rowid()").fetchone()[0]


def stored_derived(path, incident_id) -> dict:
    conn = sqlite3.connect(path)
    row = conn.execute(f"SELECT {', '.join(DERIVED)} FROM incidents WHERE uuid = ?", (str(incident_id),)).fetchone()
    conn.close()
    return dict(zip(DERIVED, row))


def expected_derived(lon: float, lat: float) -> dict:
    e = enrich_one(lon, lat)
    return {"border": e["border"].value, "sector": e["sector"], "distance_to_border_m": e["distance_to_border_m"],
            "side": e["side"].value, "in_zone": int(e["in_zone"])}


def assert_filled(path, incident_id, lon, lat) -> None:
    got, want = stored_derived(path, incident_id), expected_derived(lon, lat)
    assert got["distance_to_border_m"] == pytest.approx(want.pop("distance_to_border_m"), abs=1e-6)
    assert {k: got[k] for k in want} == want


def enrich_entries(path) -> list[tuple]:
    import json

    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, user, after_json FROM audit_log WHERE action = 'enrich' ORDER BY id").fetchall()
    conn.close()
    return [(i, user, json.loads(after)) for i, user, after in rows]


@pytest.fixture()
def path(tmp_path):
    path = tmp_path / "shared.gpkg"
    with open_store(path, create=True) as store:
        store.add_batch(random_batch(300, seed=31), "ana")
    return path


def test_rows_added_and_moved_in_qgis_are_filled_when_the_store_opens(path):
    with open_store(path) as store:
        moved, edited = store.page(IncidentFilter(), limit=2)
    edited_derived = stored_derived(path, edited.id)
    conn = qgis(path)
    new_id = qgis_insert(conn, *NEW_AT)
    conn.execute("UPDATE incidents SET geom = ? WHERE uuid = ?", (encode_point(*MOVED_TO), str(moved.id)))
    conn.execute("UPDATE incidents SET persons = persons + 1 WHERE uuid = ?", (str(edited.id),))
    conn.commit()
    conn.close()
    assert stored_derived(path, new_id) == dict.fromkeys(DERIVED)

    with open_store(path) as store:
        assert store.index_source == "table"  # the snapshot of the last close is stale
        new = store.get(new_id)
        assert new.border is not None and new.sector == expected_derived(*NEW_AT)["sector"]
        assert store.get(moved.id).revision == moved.revision  # a refill is not an edit
        assert store.count(IncidentFilter(text=new.sector)) >= 1  # the index holds the refilled sector
        assert [e.action for e in store.history(new_id)] == ["enrich"]
        assert "enrich" in [e.action for e in store.history(moved.id)]
        assert "enrich" not in [e.action for e in store.history(edited.id)]
    assert_filled(path, new_id, *NEW_AT)
    assert_filled(path, moved.id, *MOVED_TO)
    assert stored_derived(path, edited.id) == edited_derived and edited_derived["border"] is not None
    [(_, user, after)] = enrich_entries(path)
    assert after["count"] == 2 and set(after["ids"]) == {new_id, str(moved.id)} and user

    with open_store(path) as store:  # nothing left to refill: no second entry
        assert store.count(IncidentFilter()) == 301
    assert len(enrich_entries(path)) == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
    conn.close()
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ERROR" not in result.stdout + result.stderr


def test_a_row_added_while_the_store_is_open_is_filled_before_the_next_query(path):
    with open_store(path) as store:
        before = store.count(IncidentFilter())
        conn = qgis(path)
        new_id = qgis_insert(conn, *NEW_AT)
        conn.commit()
        conn.close()
        sector = expected_derived(*NEW_AT)["sector"]
        assert store.count(IncidentFilter()) == before + 1
        assert store.get(new_id).sector == sector
        lon, lat = NEW_AT
        points = store.points(IncidentFilter(bbox=(lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6)))
        assert [str(i) for i in points["id"]] == [new_id]
        # the index columns were refilled too: the incident sorts by its distance like the others
        flt = IncidentFilter(text="added in qgis")
        [page] = store.page(flt, limit=5)
        assert page.distance_to_border_m == pytest.approx(expected_derived(*NEW_AT)["distance_to_border_m"])
    assert_filled(path, new_id, *NEW_AT)
    assert len(enrich_entries(path)) == 1


def test_the_next_write_fills_a_row_moved_meanwhile_in_the_same_transaction(path):
    with open_store(path) as store:
        moved, other = store.page(IncidentFilter(), limit=2)
        store.count(IncidentFilter())
        conn = qgis(path)
        conn.execute("UPDATE incidents SET geom = ? WHERE uuid = ?", (encode_point(*MOVED_TO), str(moved.id)))
        conn.commit()
        conn.close()
        store.update(other.with_changes(persons=other.persons + 1), "ben")  # no query in between
        assert_filled(path, moved.id, *MOVED_TO)
        [(enrich_id, _, after)] = enrich_entries(path)
        assert after["ids"] == [str(moved.id)]
        [update] = [e for e in store.history(other.id) if e.action == "update"]
        assert update.id == enrich_id + 1
        got = store.points(IncidentFilter(bbox=(MOVED_TO[0] - 1e-6, MOVED_TO[1] - 1e-6,
                                                MOVED_TO[0] + 1e-6, MOVED_TO[1] + 1e-6)))
        assert [str(i) for i in got["id"]] == [str(moved.id)]


def test_changes_by_another_border_monitor_need_no_refill(path):
    with open_store(path) as mine, open_store(path) as theirs:
        target = mine.page(IncidentFilter(), limit=1)[0]
        theirs.update(target.with_changes(lon=MOVED_TO[0], lat=MOVED_TO[1]), "ben")  # derived fields set by them
        theirs.add_batch(random_batch(20, seed=32), "ben")
        assert mine.count(IncidentFilter()) == 320
        assert mine.get(target.id).sector == expected_derived(*MOVED_TO)["sector"]
    assert enrich_entries(path) == []


def test_a_row_without_a_position_is_left_alone(path):
    conn = qgis(path)
    conn.execute("INSERT INTO incidents (geom, occurred_at, country, type, persons) "
                 "VALUES (NULL, '2021-08-03T10:00:00.000Z', 'PL', 'smuggling', 0)")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.count(IncidentFilter(bbox=(19.0, 50.0, 32.0, 57.5))) == 300
    assert enrich_entries(path) == []
