"""The far grid (points 4 to 20 km from the border measured with numpy, not a per-point GEOS search) gives every point
the result the GEOS search gives: the same border and sector, the same distance to the bit, on the demo's positions,
on a dense grid of the region around the lines, and on points placed where two segments are equally near (around the
vertices, the sector ends above all, where GEOS's choice among equals decides the sector)."""
from __future__ import annotations

import numpy as np
import pytest

from border_monitor.geo import enrich


@pytest.fixture(scope="module")
def index():
    return enrich._index()


def both_ways(index, lon, lat):
    """enrich() with the far grid, and with the GEOS search alone (as before the far grid)."""
    with_grid = enrich.enrich(lon, lat)
    far_grid = index.far_grid
    index.far_grid = None
    try:
        by_geos = enrich.enrich(lon, lat)
    finally:
        index.far_grid = far_grid
    return with_grid, by_geos


def assert_identical(got, want):
    assert np.array_equal(got.border, want.border)
    assert np.array_equal(got.sector, want.sector), np.flatnonzero(got.sector != want.sector)[:10]
    assert np.array_equal(got.distance_to_border_m.view(np.int64), want.distance_to_border_m.view(np.int64))
    assert np.array_equal(got.side, want.side) and np.array_equal(got.in_zone, want.in_zone)


def far_grid_share(index, lon, lat) -> float:
    """How many of the points the far grid measures (not near the line, within the far grid's reach)."""
    x, y = index.to_local.transform(lon, lat)
    x, y = np.asarray(x), np.asarray(y)
    far = index.grid.cells(x, y) < 0
    return float(np.mean(far & (index.far_grid.cells(x, y) >= 0)))


def test_dense_grid_of_the_region(index):
    lon, lat = (a.ravel() for a in np.meshgrid(np.arange(22.6, 28.9, 0.011), np.arange(51.2, 56.6, 0.0071)))
    assert far_grid_share(index, lon, lat) > 0.08  # some 50,000 points: the grid is what is tested
    assert_identical(*both_ways(index, lon, lat))


def test_demo_positions(index):
    from border_monitor.scenario.demo2021 import generate

    batch = generate(4000, seed=11).batch
    rng = np.random.default_rng(3)
    # the demo's own positions (near the line), and the same moved 3 to 25 km away in any direction
    angle, reach = rng.uniform(0, 2 * np.pi, len(batch)), rng.uniform(3_000, 25_000, len(batch))
    lon = np.concatenate([batch.lon, batch.lon + reach * np.cos(angle) / 66_000])
    lat = np.concatenate([batch.lat, batch.lat + reach * np.sin(angle) / 111_000])
    assert far_grid_share(index, lon, lat) > 0.2
    assert_identical(*both_ways(index, lon, lat))


def test_around_vertices_and_sector_ends(index):
    s = index.segments
    level = slice(s.level_start[1], s.level_start[2])
    ax, ay, sector = s.ax[level], s.ay[level], s.sector[level]
    ends = np.flatnonzero(np.diff(sector) != 0)  # the last segment of a sector: its end is the next one's start
    vx = np.concatenate([ax, ax[ends] + s.dx[level][ends], ax[ends + 1]])
    vy = np.concatenate([ay, ay[ends] + s.dy[level][ends], ay[ends + 1]])
    at_ends = np.zeros(len(vx), dtype=bool)
    at_ends[len(ax):] = True
    rng = np.random.default_rng(5)
    reach = np.array([4_500.0, 7_000.0, 12_000.0, 19_000.0])
    angles = np.linspace(0, 2 * np.pi, 24, endpoint=False)
    px = (vx[:, None, None] + reach[None, :, None] * np.cos(angles)[None, None, :])
    py = (vy[:, None, None] + reach[None, :, None] * np.sin(angles)[None, None, :])
    chosen = at_ends[:, None, None] | (rng.random(px.shape) < 0.02)  # every sector end, a sample of the rest
    chosen = np.broadcast_to(chosen, px.shape)
    lon, lat = index.to_local.transform(px[chosen], py[chosen], direction="INVERSE")
    lon, lat = np.asarray(lon), np.asarray(lat)
    assert far_grid_share(index, lon, lat) > 0.4
    with_grid, by_geos = both_ways(index, lon, lat)
    assert_identical(with_grid, by_geos)
    # and the points measured in the plane exactly at the sector ends, where two sectors are equally near
    x, y = vx[at_ends][:, None] + reach[None, :] * np.cos(0.3), vy[at_ends][:, None] + reach[None, :] * np.sin(0.3)
    x, y = x.ravel(), y.ravel()
    cell = index.far_grid.cells(x, y)
    inside = cell >= 0
    seg, sure = index.far_grid.nearest_sure(x[inside], y[inside], cell[inside])
    hits = index.trees[1].query_nearest(enrich.shapely.points(x[inside], y[inside]), all_matches=False)
    geos = np.empty(int(inside.sum()), dtype=np.int64)
    geos[hits[0]] = s.level_start[1] + hits[1]
    assert np.array_equal(s.sector[seg[sure]], s.sector[geos[sure]])
    fx, fy = s.foot(seg[sure], x[inside][sure], y[inside][sure])
    gx, gy = s.foot(geos[sure], x[inside][sure], y[inside][sure])
    assert np.array_equal(fx, gx) and np.array_equal(fy, gy)


def test_far_grid_lists_only_segments_of_the_simplified_line(index):
    level = (index.segments.level_start[1], index.segments.level_start[2])
    for table in index.far_grid.tables.values():
        assert np.all((table == index.segments.dummy) | ((table >= level[0]) & (table < level[1])))
    # and points beyond its reach are not in it (they are left to GEOS)
    x, y = index.to_local.transform(np.array([24.0, 31.5]), np.array([50.0, 57.8]))
    assert np.all(index.far_grid.cells(np.asarray(x), np.asarray(y)) == -1)
