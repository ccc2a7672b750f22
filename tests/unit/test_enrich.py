"""Vectorised enrichment against an independent geodesic computation."""
from __future__ import annotations

import numpy as np
import pyproj
import pytest
import shapely

from border_monitor.domain.taxonomy import BORDERS, Border, Side
from border_monitor.geo.enrich import Enrichment, enrich, enrich_one, sector_borders, sector_names
from border_monitor.geo.reference import load_reference

GEOD = pyproj.Geod(ellps="WGS84")


def geodesic_reference(lon: np.ndarray, lat: np.ndarray):
    """Geodesic distance (m) from each point to each border line (n x 3), and to the nearest.

    The lines are densified to vertices under 3 m apart in lon/lat; a flat-earth distance picks
    each point's 300 nearest vertices and ``Geod.inv`` measures them.
    """
    ref = load_reference()
    vertices, codes = [], []
    for code, border in enumerate(BORDERS):
        line = shapely.segmentize(ref.border_line(border), 0.00003)
        xy = np.asarray(line.coords)
        vertices.append(xy)
        codes.append(np.full(len(xy), code))
    vertices, codes = np.concatenate(vertices), np.concatenate(codes)
    per_border = np.empty((len(lon), len(BORDERS)))
    for i, (x, y) in enumerate(zip(lon, lat)):
        flat = ((vertices[:, 0] - x) * np.cos(np.radians(y))) ** 2 + (vertices[:, 1] - y) ** 2
        for code in range(len(BORDERS)):
            mine = np.flatnonzero(codes == code)
            pick = mine[np.argpartition(flat[mine], 300)[:300]]
            _, _, dist = GEOD.inv(np.full(300, x), np.full(300, y), vertices[pick, 0], vertices[pick, 1])
            per_border[i, code] = dist.min()
    return per_border.min(axis=1), per_border


@pytest.fixture(scope="module")
def sample():
    """240 points at random in the region and 240 within a few km of the lines."""
    rng = np.random.default_rng(20211110)
    lon, lat = rng.uniform(20, 30, 240), rng.uniform(51, 57, 240)
    ref = load_reference()
    near = []
    for border in BORDERS:
        line = ref.border_line(border)
        points = shapely.line_interpolate_point(line, rng.uniform(0, line.length, 80))
        near.append(shapely.get_coordinates(points) + rng.normal(0, 0.02, (80, 2)))
    near = np.concatenate(near)
    lon, lat = np.concatenate([lon, near[:, 0]]), np.concatenate([lat, near[:, 1]])
    return lon, lat, enrich(lon, lat), *geodesic_reference(lon, lat)


def test_distance_matches_geodesic_distance(sample):
    lon, lat, result, expected, _ = sample
    error = np.abs(result.distance_to_border_m - expected)
    assert np.all(error <= np.maximum(5.0, 0.005 * expected)), error.max()
    near = expected < 4_000
    assert near.sum() > 150 and np.all(error[near] <= 3.0)  # exact near the line (3 m: densifying)
    assert expected.max() > 200_000  # the sample reaches far from the line too


def test_nearest_border_matches(sample):
    _, _, result, _, per_border = sample
    ordered = np.sort(per_border, axis=1)
    clear = ordered[:, 1] > ordered[:, 0] * 1.01  # leave out points about as far from two lines
    assert clear.mean() > 0.8
    assert np.array_equal(result.border[clear], np.argmin(per_border, axis=1)[clear])
    # where two lines are about as far, the chosen one is one of them
    chosen = per_border[np.arange(len(per_border)), result.border]
    assert np.all(chosen <= ordered[:, 0] * 1.01 + 5)
    assert set(np.unique(result.border)) == {0, 1, 2}


def test_arrays_have_the_promised_types(sample):
    lon, _, result, _, _ = sample
    assert isinstance(result, Enrichment) and len(result) == len(lon)
    assert result.border.dtype == np.int8 and result.sector.dtype == np.int16
    assert result.side.dtype == np.int8 and result.in_zone.dtype == bool
    assert result.distance_to_border_m.dtype == np.float64
    names = sector_names()
    assert result.sector.min() >= 0 and result.sector.max() < len(names)
    assert np.array_equal(sector_borders()[result.sector], result.border)
    assert "" not in names


def test_points_on_a_sector_line_get_that_sector():
    ref = load_reference()
    names = sector_names()
    mids = [(props["sector"], line.interpolate(0.5, normalized=True)) for props, line in ref.layer("sectors")]
    result = enrich(np.array([p.x for _, p in mids]), np.array([p.y for _, p in mids]))
    assert [names[code] for code in result.sector] == [name for name, _ in mids]
    assert np.all(result.distance_to_border_m < 1.0)


def test_side_zone_and_single_points():
    grodno = enrich_one(23.83, 53.68)
    assert grodno["side"] is Side.BY and grodno["border"] is Border.PL_BY
    vilnius = enrich_one(25.2880, 54.6810)  # old town
    assert vilnius["side"] is Side.EU and vilnius["border"] is Border.LT_BY and not vilnius["in_zone"]
    assert 20_000 < vilnius["distance_to_border_m"] < 40_000
    kuznica = enrich_one(23.63, 53.51)  # Kuźnica village, about 2 km from the line
    assert kuznica["border"] is Border.PL_BY and kuznica["side"] is Side.EU
    assert kuznica["sector"] in {"Kuźnica", "Nowy Dwór", "Szudziałowo", "Płaska"}
    assert kuznica["in_zone"] and kuznica["distance_to_border_m"] < 3_000
    daugavpils = enrich_one(26.536, 55.875)
    assert daugavpils["border"] is Border.LV_BY and daugavpils["in_zone"]
    assert set(vilnius) == {"border", "sector", "distance_to_border_m", "side", "in_zone"}


def test_empty_and_bad_input():
    empty = enrich(np.array([]), np.array([]))
    assert len(empty) == 0 and empty.sector.dtype == np.int16
    with pytest.raises(ValueError, match="Position 1 .*lat 95"):
        enrich(np.array([24.0, 24.0]), np.array([54.0, 95.0]))
    with pytest.raises(ValueError, match="Position 0 .*nan"):
        enrich(np.array([np.nan]), np.array([54.0]))
    with pytest.raises(ValueError, match="same length"):
        enrich(np.array([24.0, 25.0]), np.array([54.0]))
