"""Grid overlays (geo/grid_lines.py): MGRS squares agree with the mgrs package, national grid lines
are lines of constant easting or northing, density follows the view, line counts stay capped."""
from __future__ import annotations

import warnings

import mgrs
import numpy as np
import pytest
import shapely
from pyproj import Transformer

from border_monitor.geo.grid_lines import (MAX_LINES, grid_zone_cells, mgrs_grid, national_grid,
                                           view_country, wanted_spacing)
from border_monitor.geo.reference import load_reference

M = mgrs.MGRS()
REGION = (22.8, 51.3, 28.4, 56.3)
NEAR_KUZNICA = (23.45, 53.35, 23.85, 53.6)   # ~27 km wide
VILNIUS = (25.20, 54.65, 25.35, 54.72)       # ~10 km wide


def _corner(reference: str) -> tuple[float, float]:
    with warnings.catch_warnings():  # a corner outside its latitude band: the package warns, and answers
        warnings.simplefilter("ignore", RuntimeWarning)
        lat, lon = M.toLatLon(reference)
    return lon, lat


def test_spacing_follows_the_view():
    assert wanted_spacing(REGION, 900) == 100_000
    assert wanted_spacing(NEAR_KUZNICA, 900) == 10_000
    assert wanted_spacing(VILNIUS, 900) == 1_000
    assert wanted_spacing(NEAR_KUZNICA, 3840) == 1_000  # a wide screen shows the finer grid


def test_mgrs_square_corners_are_the_mgrs_packages():
    grid = mgrs_grid(REGION, 900)
    assert grid.spacing_m == 100_000
    squares = [lab for lab in grid.labels if lab.kind == "square"]
    assert len(squares) > 20
    for lab in squares:
        # the label is the square the mgrs package puts that point in
        assert lab.text.replace(" ", "") == M.toMGRS(lab.lat, lab.lon, MGRSPrecision=0)
    # every square's south-west corner (mgrs "...0000000000") lies on one of the drawn lines
    lines = shapely.MultiLineString([np.asarray(c) for c in grid.lines])
    checked = 0
    for lab in squares:
        ref = lab.text.replace(" ", "")
        lon, lat = _corner(ref + "0000000000")
        zone_west = -180 + 6 * (int(ref[:2]) - 1)
        inside_zone = zone_west + 0.01 < lon < zone_west + 6 - 0.01  # a square cut by its zone's edge has it outside
        if inside_zone and REGION[0] + 0.01 < lon < REGION[2] - 0.01 and REGION[1] + 0.01 < lat < REGION[3] - 0.01:
            checked += 1
            # within 1e-4 degrees (~10 m; a pixel here is ~400 m): lines are sampled every ~20 km
            assert shapely.distance(lines, shapely.Point(lon, lat)) < 1e-4, ref
    assert checked >= 10


def test_square_names_only_where_they_fit():
    assert not [lab for lab in mgrs_grid(REGION, 300).labels if lab.kind == "square"]  # 100 km = 80 px: no names
    names = [lab.text for lab in mgrs_grid(REGION, 900).labels if lab.kind == "square"]
    assert len(names) == len(set(names))  # one name per square piece, no slivers at a zone's edge twice


def test_finer_mgrs_lines_are_whole_kilometres_in_the_square():
    grid = mgrs_grid(VILNIUS, 900)
    assert grid.spacing_m == 1_000
    assert len(grid.lines) > 10
    for coords in grid.lines[:20]:
        for lon, lat in coords[1:-1:5]:
            digits = M.toMGRS(lat, lon, MGRSPrecision=5)[5:]
            easting, northing = int(digits[:5]), int(digits[5:])
            off_e = min(easting % 1000, 1000 - easting % 1000)
            off_n = min(northing % 1000, 1000 - northing % 1000)
            assert min(off_e, off_n) <= 1  # on a whole km of easting or northing, to the metre
    texts = {lab.text for lab in grid.labels if lab.kind in ("e", "n")}
    assert all(len(t) == 2 and t.isdigit() for t in texts)


def test_grid_zone_boundaries_and_the_cap():
    cells = grid_zone_cells(REGION)
    assert {(z, b) for z, b, _ in cells} == {(34, "U"), (35, "U"), (34, "V"), (35, "V")}
    grid = mgrs_grid(REGION, 900)
    boundary = [c for c in grid.lines if np.allclose(c[:, 0], 24.0)]
    assert boundary  # the 34/35 zone meridian is drawn
    europe = mgrs_grid((-40, 30, 60, 70), 1000)
    assert europe.spacing_m is None and len(europe.lines) <= MAX_LINES  # only zone boundaries
    assert len(mgrs_grid(REGION, 3840).lines) <= MAX_LINES


def test_norway_exception_zone_32v():
    cells = grid_zone_cells((2.0, 57.0, 6.0, 59.0))
    assert (32, "V", (3.0, 57.0, 6.0, 59.0)) in cells


@pytest.mark.parametrize("country,epsg", [("LT", 3346), ("LV", 10306), ("PL", 2180)])
def test_national_grid_lines_are_constant_easting_or_northing(country, epsg):
    bounds = {"LT": (25.0, 54.5, 25.6, 54.8), "LV": (26.8, 55.7, 27.4, 56.0), "PL": (23.4, 53.3, 24.0, 53.6)}[country]
    grid = national_grid(bounds, 900, country)
    assert grid.spacing_m == 10_000 and len(grid.lines) > 4
    to_grid = Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True)
    axes = []
    for coords, label in zip(grid.lines, grid.labels):
        x, y = to_grid.transform(coords[:, 0], coords[:, 1])
        # the sampled vertices lie on the grid line to the millimetre; the two ends, cut at the view's
        # edge on a chord between samples, to well under a metre
        if np.ptp(x[1:-1]) < 1e-3:
            axes.append("e")
            value = x[1]
            assert np.abs(x[[0, -1]] - value).max() < 0.5
            assert label.text == f"E {round(value / 1000)}"
        else:
            assert np.ptp(y[1:-1]) < 1e-3
            axes.append("n")
            value = y[1]
            assert np.abs(y[[0, -1]] - value).max() < 0.5
            assert label.text == f"N {round(value / 1000)}"
        assert min(value % 10_000, 10_000 - value % 10_000) < 1e-3
    assert {"e", "n"} <= set(axes)


def test_national_grid_outside_its_area_is_none():
    assert national_grid((100.0, 10.0, 101.0, 11.0), 900, "PL") is None


def test_the_views_country():
    ref = load_reference()
    countries = {c: ref.eu_polygon(c) for c in ("LT", "LV", "PL")}
    assert view_country(NEAR_KUZNICA, countries) == "PL"   # centre in Poland
    assert view_country(VILNIUS, countries) == "LT"
    assert view_country((27.0, 55.6, 28.0, 56.2), countries) == "LV"
    assert view_country((26.5, 53.0, 27.5, 53.5), countries) in ("LT", "PL")  # in Belarus: the nearest
