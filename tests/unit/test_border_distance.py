"""Nearest crossing point and the distance along the border (geo/border_distance.py), near Kuźnica."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import Point
from shapely.ops import substring

from border_monitor.geo.border_distance import BorderCrossings
from border_monitor.geo.reference import load_reference

GEOD = Geod(ellps="WGS84")
# An apprehension 2 km west of the PL-BY line, south of Kuźnica.
NEAR_KUZNICA = (23.64, 53.50)


@pytest.fixture(scope="module")
def crossings():
    ref = load_reference()
    return BorderCrossings(ref.layer("borders"), ref.layer("crossing_points"))


def _along_independently(lon, lat, c_lon, c_lat) -> float:
    """The same figure another way: shapely's substring of the line in LAEA, measured geodesically."""
    fwd = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    back = Transformer.from_crs("EPSG:3035", "EPSG:4326", always_xy=True)
    line = shapely.transform(load_reference().border_line("PL-BY"), lambda c: np.column_stack(fwd.transform(c[:, 0], c[:, 1])))
    a = line.project(Point(fwd.transform(lon, lat)))
    b = line.project(Point(fwd.transform(c_lon, c_lat)))
    part = shapely.transform(substring(line, min(a, b), max(a, b)), lambda c: np.column_stack(back.transform(c[:, 0], c[:, 1])))
    return GEOD.geometry_length(part)


def test_incident_near_kuznica_finds_the_road_crossing_and_its_distance_along_the_border(crossings):
    found = crossings.nearest(*NEAR_KUZNICA, border="PL-BY", day=date(2021, 10, 1))
    c = found.chosen
    assert c.name == "Kuźnica - Bruzgi" and c.kind == "road" and c.status == "open"
    assert found.nearer is None
    assert c.along_border_m == pytest.approx(_along_independently(*NEAR_KUZNICA, c.lon, c.lat), rel=1e-3)
    assert 1_000 < c.along_border_m < 5_000
    assert c.straight_m == pytest.approx(GEOD.inv(*NEAR_KUZNICA, c.lon, c.lat)[2])
    assert 1_500 < c.offset_m < 3_000  # the incident lies about 2 km off the line


def test_open_crossings_are_preferred_and_a_nearer_closed_one_is_named(crossings):
    # 15 Nov 2021: Kuźnica - Bruzgi was closed (9 Nov), the rail crossing further north was open.
    found = crossings.nearest(*NEAR_KUZNICA, border="PL-BY", day=date(2021, 11, 15))
    assert found.chosen.name == "Kuźnica - Grodno" and found.chosen.status == "open"
    assert found.nearer.name == "Kuźnica - Bruzgi" and found.nearer.status == "closed"
    assert found.nearer.current_status == "open"  # reopened since
    assert found.nearer.along_border_m < found.chosen.along_border_m


def test_distance_along_the_border_is_never_shorter_than_the_straight_line(crossings):
    # from Kuźnica - Bruzgi to Bobrowniki the line winds: along it is longer than the geodesic between them
    found = crossings.nearest(23.8979, 53.125, border="PL-BY", day=date(2026, 1, 5))
    assert found.chosen.name == "Bobrowniki - Bierestowica"
    far = crossings.nearest(23.70, 53.33, border="PL-BY", day=date(2021, 10, 1))
    direct = GEOD.inv(23.70, 53.33, far.chosen.lon, far.chosen.lat)[2]
    assert far.chosen.along_border_m >= direct - far.chosen.offset_m - 500


def test_without_a_border_the_nearest_line_is_used(crossings):
    assert crossings.nearest_border(*NEAR_KUZNICA) == "PL-BY"
    assert crossings.nearest_border(26.0, 55.2) == "LT-BY"
    assert crossings.nearest(27.4, 55.85, day=date(2026, 1, 5)).chosen.border == "LV-BY"


def test_built_from_the_stores_geojson(crossings):
    ref = load_reference()
    again = BorderCrossings.from_geojson(ref.geojson("borders"), ref.geojson("crossing_points"))
    a = again.nearest(*NEAR_KUZNICA, day=date(2021, 10, 1)).chosen
    assert a == crossings.nearest(*NEAR_KUZNICA, border="PL-BY", day=date(2021, 10, 1)).chosen
    assert BorderCrossings.from_geojson({"features": []}, {"features": []}).nearest(23.6, 53.5) is None


def test_built_from_a_real_stores_layers(tmp_path, crossings):
    """A GeoPackage store gives the border lines back as MultiLineStrings: the same answer comes out."""
    from border_monitor.store import open_store

    store = open_store(tmp_path / "ref.gpkg", create=True)
    try:
        from_store = BorderCrossings.from_geojson(store.reference_layer("borders"), store.reference_layer("crossing_points"))
    finally:
        store.close()
    assert set(from_store.borders) == {"LT-BY", "LV-BY", "PL-BY"}
    a = from_store.nearest(*NEAR_KUZNICA, border="PL-BY", day=date(2021, 10, 1)).chosen
    b = crossings.nearest(*NEAR_KUZNICA, border="PL-BY", day=date(2021, 10, 1)).chosen
    assert a.name == b.name and a.along_border_m == pytest.approx(b.along_border_m, abs=1.0)
