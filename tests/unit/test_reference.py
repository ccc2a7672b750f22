"""The reference geography: real OSM border lines, crossing points, 2021 zones and sectors."""
from __future__ import annotations

import shutil
from datetime import date

import numpy as np
import pyproj
import pytest
import shapely
from shapely.geometry import Point

from border_monitor.assets import data_path
from border_monitor.domain.taxonomy import Border, Country
from border_monitor.geo.reference import (
    LAYER_NAMES,
    Reference,
    crossing_status_on,
    load_reference,
)

GEOD = pyproj.Geod(ellps="WGS84")
LAEA = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
OFFICIAL_KM = {"LT-BY": 678.8, "LV-BY": 172.9, "PL-BY": 418.0}
EU_OF = {"LT-BY": "LT", "LV-BY": "LV", "PL-BY": "PL"}


def metric(geom):
    return shapely.transform(geom, lambda xy: np.column_stack(LAEA.transform(xy[:, 0], xy[:, 1])))


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def test_every_layer_loads_as_features_and_geojson(ref):
    assert LAYER_NAMES == ("countries", "borders", "crossing_points", "zones", "sectors")
    for name in LAYER_NAMES:
        features = ref.layer(name)
        assert features and all(isinstance(props, dict) for props, _ in features)
        doc = ref.geojson(name)
        assert doc["type"] == "FeatureCollection" and len(doc["features"]) == len(features)
        assert "OpenStreetMap" in doc["attribution"]
    doc = ref.geojson("borders")
    doc["features"].clear()
    assert len(ref.geojson("borders")["features"]) == 3  # a fresh copy each time
    assert {p["iso3"] for p, _ in ref.layer("countries")} >= {"LTU", "LVA", "POL", "BLR", "RUS"}
    with pytest.raises(ValueError, match="no reference layer 'roads'"):
        ref.layer("roads")


@pytest.mark.parametrize("border", list(OFFICIAL_KM))
def test_border_length_is_within_ten_percent_of_the_official_figure(ref, border):
    line = ref.border_line(border)
    km = GEOD.geometry_length(line) / 1000
    assert abs(km - OFFICIAL_KM[border]) / OFFICIAL_KM[border] < 0.10
    props = next(p for p, _ in ref.layer("borders") if p["border"] == border)
    assert props["official_km"] == OFFICIAL_KM[border]
    assert props["length_km"] == pytest.approx(km, abs=0.2)


@pytest.mark.parametrize("border", list(OFFICIAL_KM))
def test_border_line_runs_between_its_two_countries(ref, border):
    vertices = shapely.points(np.asarray(metric(ref.border_line(border)).coords))
    eu = metric(ref.eu_polygon(EU_OF[border])).boundary
    by = metric(ref.belarus_polygon())
    near_eu = shapely.distance(vertices, eu) < 300
    near_by = shapely.distance(vertices, by) < 300
    assert near_eu.mean() > 0.95 and near_by.mean() > 0.9
    others = [c for c in EU_OF.values() if c != EU_OF[border]]
    for other in others:  # and not along another EU country
        assert (shapely.distance(vertices, metric(ref.eu_polygon(other))) < 300).mean() < 0.02


def test_lines_run_north_to_south_and_west_to_east(ref):
    for border in ("LT-BY", "PL-BY"):
        coords = np.asarray(ref.border_line(border).coords)
        assert coords[0, 1] > coords[-1, 1]
    lv = np.asarray(ref.border_line(Border.LV_BY).coords)
    assert lv[0, 0] < lv[-1, 0]
    # LT-BY starts at the LT-LV-BY tripoint, where LV-BY starts too; it ends where PL-BY starts
    assert GEOD.inv(*ref.border_line("LT-BY").coords[0], *lv[0])[2] < 3_000
    assert GEOD.inv(*ref.border_line("LT-BY").coords[-1], *ref.border_line("PL-BY").coords[0])[2] < 3_000


def test_polygons_by_country_code_and_belarus_without_holes(ref):
    assert ref.eu_polygon(Country.LT) is ref.eu_polygon("LTU")
    vilnius, grodno, bialystok = Point(25.2880, 54.6810), Point(23.83, 53.68), Point(23.16, 53.13)
    assert ref.eu_polygon("LT").contains(vilnius) and ref.belarus_polygon().contains(grodno)
    assert ref.eu_polygon("PL").contains(bialystok) and not ref.belarus_polygon().contains(vilnius)
    assert all(len(p.interiors) == 0 for p in ref.belarus_polygon().geoms)


def test_crossing_points_lie_on_their_own_border(ref):
    crossings = ref.layer("crossing_points")
    assert len(crossings) == 21
    lines = {b.value: metric(ref.border_line(b)) for b in Border}
    for props, point in crossings:
        distances = {b: line.distance(metric(point)) for b, line in lines.items()}
        assert distances[props["border"]] < 5_000, props["name"]
        assert min(distances, key=distances.get) == props["border"], props["name"]
        assert props["kind"] in ("road", "rail")
    names = {p["name"] for p, _ in crossings}
    assert {"Medininkai - Kamenny Log", "Kuźnica - Bruzgi", "Terespol - Brest",
            "Pāternieki - Grigorovshchina"} <= names
    approx = {p["name"]: p["approx"] for p, _ in crossings}
    assert approx["Medininkai - Kamenny Log"] and not approx["Terespol - Brest"]


def test_crossing_status_follows_the_dates(ref):
    by_name = {(p["name"], p["kind"]): p for p, _ in ref.layer("crossing_points")}
    kuznica = by_name[("Kuźnica - Bruzgi", "road")]
    assert kuznica["status_2021"] == "closed" and kuznica["closed_on"] == "2021-11-09"
    assert crossing_status_on(kuznica, date(2021, 11, 1)) == "open"
    assert crossing_status_on(kuznica, date(2021, 11, 16)) == "closed"
    assert crossing_status_on(kuznica, date(2025, 11, 17)) == "open"
    lavoriskes = by_name[("Lavoriškės - Kotlovka", "road")]
    assert crossing_status_on(lavoriskes, date(2023, 6, 1)) == "open"
    assert crossing_status_on(lavoriskes, date(2024, 3, 1)) == "closed"
    polowce = by_name[("Połowce - Pieszczatka", "road")]
    assert crossing_status_on(polowce, date(2021, 9, 1)) == "open"
    assert crossing_status_on(polowce, date(2023, 1, 1)) == "unknown"
    assert crossing_status_on(polowce, date(2026, 1, 1)) == "closed"
    medininkai = by_name[("Medininkai - Kamenny Log", "road")]
    assert {crossing_status_on(medininkai, date(y, 6, 1)) for y in (2021, 2023, 2026)} == {"open"}


def test_zones_lie_on_the_eu_side_with_dates(ref):
    zones = {p["country"]: (p, g) for p, g in ref.layer("zones")}
    assert set(zones) == {"LT", "LV", "PL"}
    belarus = metric(ref.belarus_polygon())
    for country, (props, geom) in zones.items():
        area = metric(geom)
        assert area.intersection(belarus).area < 0.002 * area.area, country
        land = shapely.MultiPolygon([shapely.Polygon(p.exterior) for p in ref.eu_polygon(country).geoms])
        outside = area.difference(metric(land)).area  # lakes count as the country's territory
        assert outside < 0.002 * area.area, country
        assert props["note"]
    assert zones["LT"][0]["valid_from"] == "2021-11-10" and zones["LT"][0]["valid_to"] is None
    assert zones["PL"][0]["valid_from"] == "2021-09-02" and zones["PL"][0]["valid_to"] == "2021-12-01"
    assert zones["LV"][0]["valid_from"] == "2021-08-11" and "APPROXIMATION" in zones["LV"][0]["note"]
    # Daugavpils (city) is in the Latvian zone, Riga is not
    latvia = zones["LV"][1]
    assert latvia.contains(Point(26.536, 55.875)) and not latvia.contains(Point(24.105, 56.949))


def test_lithuanian_zone_is_a_five_km_strip(ref):
    """Points inside Lithuania at 4 km from the LT-BY line are in the zone, at 7 km they are not."""
    local = pyproj.Transformer.from_crs("EPSG:4326", "+proj=tmerc +lon_0=25 +ellps=WGS84", always_xy=True)
    back = pyproj.Transformer.from_crs("+proj=tmerc +lon_0=25 +ellps=WGS84", "EPSG:4326", always_xy=True)
    line = shapely.transform(ref.border_line("LT-BY"), lambda xy: np.column_stack(local.transform(*xy.T)))
    lt = ref.eu_polygon("LT")
    zone = next(g for p, g in ref.layer("zones") if p["country"] == "LT")
    checked = 0
    for fraction in np.linspace(0.01, 0.99, 150):
        a = line.interpolate(fraction - 0.001, normalized=True)
        b = line.interpolate(fraction + 0.001, normalized=True)
        mid = line.interpolate(fraction, normalized=True)
        nx, ny = -(b.y - a.y), b.x - a.x
        norm = np.hypot(nx, ny)
        for sign in (1, -1):
            inside4 = Point(*back.transform(mid.x + sign * 4000 * nx / norm, mid.y + sign * 4000 * ny / norm))
            inside7 = Point(*back.transform(mid.x + sign * 7000 * nx / norm, mid.y + sign * 7000 * ny / norm))
            four = shapely.Point(local.transform(inside4.x, inside4.y)).distance(line)
            seven = shapely.Point(local.transform(inside7.x, inside7.y)).distance(line)
            # only where the offset really stays 4 / 7 km from the (winding) line and inside LT
            if lt.contains(inside4) and abs(four - 4000) < 100:
                assert zone.contains(inside4), (fraction, four)
                checked += 1
            if lt.contains(inside7) and seven > 6000:
                assert not zone.contains(inside7), (fraction, seven)
                checked += 1
    assert checked > 30


def test_sectors_cut_each_border_into_named_stretches(ref):
    sectors = ref.layer("sectors")
    names = ref.sector_names()
    assert len(names) == len(sectors) == len(set(names))
    for border in Border:
        mine = [(p, g) for p, g in sectors if p["border"] == border.value]
        lengths = [GEOD.geometry_length(g) / 1000 for _, g in mine]
        assert all(10 <= km <= 40 for km in lengths) and all(km >= 20 for km in lengths[:-1]), lengths
        assert [p["length_km"] for p, _ in mine] == pytest.approx(lengths, abs=0.05)
        line = ref.border_line(border)
        assert sum(lengths) == pytest.approx(GEOD.geometry_length(line) / 1000, rel=0.002)
        ends = [(g.coords[0], g.coords[-1]) for _, g in mine]
        assert Point(ends[0][0]).distance(Point(line.coords[0])) < 1e-5
        assert Point(ends[-1][1]).distance(Point(line.coords[-1])) < 1e-5
        for (_, end), (start, _) in zip(ends[:-1], ends[1:]):
            assert Point(end).distance(Point(start)) < 1e-5
        assert all("pproximation" in p["note"] for p, _ in mine)
    pl = [p["sector"] for p, _ in sectors if p["border"] == "PL-BY"]
    assert pl.index("Kuźnica") < pl.index("Białowieża") < pl.index("Terespol") < pl.index("Włodawa")


def test_missing_layer_file_is_reported_with_its_path(tmp_path):
    for name in LAYER_NAMES:
        if name != "zones":
            shutil.copy(data_path("reference", f"{name}.geojson"), tmp_path)
    with pytest.raises(FileNotFoundError, match=r"zones\.geojson.*build_reference"):
        Reference.from_folder(tmp_path)
    (tmp_path / "zones.geojson").write_text('{"type": "FeatureCollection"}', encoding="utf-8")
    with pytest.raises(ValueError, match="zones"):
        Reference.from_folder(tmp_path)
