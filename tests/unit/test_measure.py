"""Geodesic measuring (geo/measure.py) against pyproj directly, known distances and independent areas."""
from __future__ import annotations

import math

import numpy as np
import pytest
from pyproj import Geod, Transformer

from border_monitor.geo.measure import (MeasureError, parse_ring_radii, path_length, polygon_area,
                                        range_rings)

GEOD = Geod(ellps="WGS84")
VILNIUS = (25.2797, 54.6872)
MINSK = (27.5590, 53.9006)
WARSAW = (21.0122, 52.2297)


def test_vilnius_minsk_is_about_172_km_and_equals_pyproj():
    m = path_length([VILNIUS[0], MINSK[0]], [VILNIUS[1], MINSK[1]])
    assert 170_000 < m.total_m < 175_000
    assert m.total_m == pytest.approx(GEOD.inv(*VILNIUS, *MINSK)[2], abs=1e-6)


def test_path_gives_each_segment_and_their_sum():
    lon, lat = zip(VILNIUS, MINSK, WARSAW)
    m = path_length(lon, lat)
    assert len(m.segments_m) == 2
    assert m.segments_m[1] == pytest.approx(GEOD.inv(*MINSK, *WARSAW)[2], abs=1e-6)
    assert m.total_m == pytest.approx(sum(m.segments_m))
    # geodesic, not a planar degree distance: a degree of longitude at 54 N is ~65.6 km, not 111 km
    assert path_length([25.0, 26.0], [54.0, 54.0]).total_m == pytest.approx(65_600, rel=0.005)


def test_area_of_a_utm_square_agrees_with_the_grid():
    """A 10 km square drawn in UTM 35N at its central meridian: its geodesic area is 100 km^2
    divided by the scale factor squared (0.9996 there), to the vertex sampling error."""
    to_lonlat = Transformer.from_crs("EPSG:32635", "EPSG:4326", always_xy=True)
    t = np.linspace(0, 1, 50, endpoint=False)
    e = 500_000 + np.concatenate([t, np.ones_like(t), 1 - t, np.zeros_like(t)]) * 10_000
    n = 6_000_000 + np.concatenate([np.zeros_like(t), t, np.ones_like(t), 1 - t]) * 10_000
    lon, lat = to_lonlat.transform(e, n)
    a = polygon_area(lon, lat)
    assert a.area_m2 == pytest.approx(1e8 / 0.9996 ** 2, rel=2e-5)
    assert a.perimeter_m == pytest.approx(40_000 / 0.9996, rel=2e-5)
    clockwise = polygon_area(lon[::-1], lat[::-1])
    assert clockwise.area_m2 == pytest.approx(a.area_m2)  # either winding gives a positive area


def test_range_rings_are_geodesic_circles():
    rings = range_rings(*VILNIUS, [1_000, 5_000, 10_000])
    assert [r.radius_m for r in rings] == [1_000, 5_000, 10_000]
    for ring in rings:
        assert (ring.lon[0], ring.lat[0]) == (ring.lon[-1], ring.lat[-1])
        _, _, d = GEOD.inv(np.full(ring.lon.size, VILNIUS[0]), np.full(ring.lon.size, VILNIUS[1]), ring.lon, ring.lat)
        assert np.allclose(d, ring.radius_m, atol=1e-3)
        area = polygon_area(ring.lon, ring.lat).area_m2
        assert area == pytest.approx(math.pi * ring.radius_m ** 2, rel=1e-3)
    # at 54 N a ring is round on the ground, so wider in degrees of longitude than of latitude
    r = rings[2]
    assert (r.lon.max() - r.lon.min()) / (r.lat.max() - r.lat.min()) == pytest.approx(1 / math.cos(math.radians(54.69)), rel=0.01)


def test_bad_input_is_a_sentence_naming_the_point():
    with pytest.raises(MeasureError, match="at least 2 points"):
        path_length([25.0], [54.0])
    with pytest.raises(MeasureError, match="Point 2 of the path"):
        path_length([25.0, float("nan")], [54.0, 54.0])
    with pytest.raises(MeasureError, match="Point 3 of the polygon"):
        polygon_area([25.0, 26.0, 26.0], [54.0, 54.0, 95.0])
    with pytest.raises(MeasureError, match="positive"):
        range_rings(25.0, 54.0, [0])


def test_ring_radii_text():
    assert parse_ring_radii("1, 5, 10") == (1.0, 5.0, 10.0)
    assert parse_ring_radii("10;2.5 5 5") == (2.5, 5.0, 10.0)
    for text, words in (("", "at least one"), ("1, five", "'five' is not a number"), ("0", "outside"),
                        ("-3", "outside"), ("1e9", "outside")):
        with pytest.raises(MeasureError, match=words):
            parse_ring_radii(text)
