"""What the map page is sent: zoom -> cell size or points, and the compact encoding (no Qt needed)."""
from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.store.base import GridCounts
from border_monitor.ui.map.payload import (
    CELL_LADDER, POINT_MIN_ZOOM, Plan, cell_deg_for_zoom, encode_grid, encode_points, intersect, padded, plan_for,
    points_filter,
)


def _ints(text: str, dtype: str) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=dtype)


def test_cells_shrink_as_the_map_zooms_in():
    sizes = [cell_deg_for_zoom(z) for z in range(3, POINT_MIN_ZOOM)]
    assert sizes == sorted(sizes, reverse=True)
    assert all(s in CELL_LADDER for s in sizes)
    # About 32 px on screen: at zoom 7 a degree is ~91 px, so a quarter degree (~23 px) is nearest in log scale.
    assert cell_deg_for_zoom(7) == 0.25
    assert cell_deg_for_zoom(9) == 0.1


def test_points_from_the_point_zoom_on_within_the_padded_view():
    view = (23.0, 53.0, 24.0, 53.5)
    assert plan_for(POINT_MIN_ZOOM - 1, view).mode == "grid"
    plan = plan_for(POINT_MIN_ZOOM, view)
    assert plan.mode == "points"
    assert plan.bbox == pytest.approx((22.5, 52.75, 24.5, 53.75))
    assert plan.covers((23.4, 53.1, 24.4, 53.6))  # a small pan: the page already has those points
    assert not plan.covers((24.0, 53.0, 25.0, 53.5))  # a pan by a whole view: query again


def test_padding_stays_on_the_globe():
    assert padded((-179.5, 84.0, 179.5, 85.0)) == (-180.0, 83.5, 180.0, 85.06)


def test_points_filter_narrows_the_users_box_to_the_view():
    plan = Plan("points", bbox=(23.0, 53.0, 24.0, 54.0))
    flt = IncidentFilter(bbox=(23.5, 52.0, 30.0, 53.5), types={"smuggling"})
    narrowed = points_filter(flt, plan)
    assert narrowed.bbox == (23.5, 53.0, 24.0, 53.5)
    assert narrowed.types == flt.types
    assert points_filter(IncidentFilter(bbox=(25.0, 55.0, 26.0, 56.0)), plan) is None
    assert intersect((1, 2, 3, 4), None) == (1, 2, 3, 4)


def test_grid_encoding_round_trips():
    grid = GridCounts(cell_deg=0.25, lon=np.array([23.125, 25.375]), lat=np.array([53.875, 54.625]),
                      counts=np.array([3, 1200]), persons=np.array([10, 5000]))
    msg = json.loads(encode_grid(7, grid))
    assert (msg["op"], msg["seq"], msg["mode"], msg["len"], msg["total"], msg["cell"]) == ("incidents", 7, "grid", 2, 1203, 0.25)
    assert _ints(msg["x"], "<i4").tolist() == [2312500, 2537500]
    assert _ints(msg["y"], "<i4").tolist() == [5387500, 5462500]
    assert _ints(msg["n"], "<i4").tolist() == [3, 1200]
    assert _ints(msg["p"], "<i4").tolist() == [10, 5000]


def test_points_encoding_is_compact_and_exact_to_a_metre():
    rng = np.random.default_rng(3)
    n = 10_000
    lon, lat = rng.uniform(23, 27, n), rng.uniform(52, 56, n)
    text = encode_points(1, {"lon": lon, "lat": lat, "type": rng.integers(0, 12, n)}, truncated=True)
    msg = json.loads(text)
    assert msg["len"] == n and msg["truncated"] is True
    assert np.abs(_ints(msg["x"], "<i4") / 1e5 - lon).max() <= 0.5e-5
    assert np.abs(_ints(msg["y"], "<i4") / 1e5 - lat).max() <= 0.5e-5
    assert len(text) < 12.1 * n  # int32 x2 + uint8 = 9 bytes, 12 in base64, plus a little JSON around them
