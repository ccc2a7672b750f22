"""Grid aggregates put each incident in the cell floor(x / cell) and report that cell's exact centre."""
from __future__ import annotations

import math
from datetime import datetime, timezone

import numpy as np
import pytest

from border_monitor.domain.batch import IncidentBatch
from border_monitor.domain.filters import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.cache.aggregates import grid_counts
from border_monitor.store.cache.columnar import COLUMN_DTYPES, ColumnarIndex

JULY = int(datetime(2021, 7, 1, 12, tzinfo=timezone.utc).timestamp() * 1000)


def expected_cells(lon, lat, persons, cell):
    """{(centre lon, centre lat): (count, persons)} written from the definition."""
    cells: dict = {}
    for x, y, p in zip(lon, lat, persons):
        if not (math.isfinite(x) and math.isfinite(y)):
            continue
        key = ((math.floor(x / cell) + 0.5) * cell, (math.floor(y / cell) + 0.5) * cell)
        n, s = cells.get(key, (0, 0))
        cells[key] = (n + 1, s + int(p))
    return cells


def assert_grid_is(grid, want, cell):
    assert grid.cell_deg == cell
    assert len(grid.lon) == len(want)
    got = sorted(zip(grid.lon.tolist(), grid.lat.tolist(), grid.counts.tolist(), grid.persons.tolist()))
    for (x, y, n, p), ((wx, wy), (wn, wp)) in zip(got, sorted(want.items())):
        assert abs(x - wx) <= 1e-9 and abs(y - wy) <= 1e-9, ((x, y), (wx, wy))
        assert (n, p) == (wn, wp), (wx, wy)


# Points on cell edges, just inside them, and in the middle, in the monitored region.
REGION_LON = [24.0, 24.0, 24.25, 24.2499999, 24.125, 24.3, 25.5, 25.75, 23.0000001]
REGION_LAT = [54.0, 54.5, 54.25, 54.2499999, 54.375, 54.7, 53.5, 55.75, 52.9999999]


@pytest.mark.parametrize("cell", [0.25, 0.1, 0.5, 1.0])
def test_grid_centres_from_a_real_store_are_exact(tmp_path, cell):
    n = len(REGION_LON)
    persons = np.arange(1, n + 1, dtype=np.int32)
    batch = IncidentBatch(
        occurred_at_ms=np.full(n, JULY, np.int64), country=np.zeros(n, np.int8), type=np.zeros(n, np.int8),
        lon=np.array(REGION_LON), lat=np.array(REGION_LAT), persons=persons,
        nationalities=np.array([""] * n, dtype=object), description=np.array(["x"] * n, dtype=object),
        source=np.array([""] * n, dtype=object), status=np.zeros(n, np.int8),
    )
    store = open_store(tmp_path / "grid.gpkg", create=True)
    try:
        store.add_batch(batch, "ana")
        grid = store.grid_counts(IncidentFilter(), cell)
    finally:
        store.close()
    assert_grid_is(grid, expected_cells(REGION_LON, REGION_LAT, persons, cell), cell)


def index_of(lon, lat, persons) -> ColumnarIndex:
    """A columnar index holding rows at these positions (what a store loads; other programs may
    write rows anywhere on the globe, or without a position)."""
    n = len(lon)
    columns = {name: np.zeros(n, dtype=dtype) for name, dtype in COLUMN_DTYPES.items()}
    columns.update(fid=np.arange(1, n + 1), ms=np.full(n, JULY), lon=np.array(lon, float), lat=np.array(lat, float),
                   persons=np.array(persons), sector=np.full(n, -1), nationalities=np.full(n, -1),
                   source=np.full(n, -1), border=np.full(n, -1), side=np.full(n, -1), in_zone=np.full(n, -1))
    return ColumnarIndex(columns, {}, version=1)


@pytest.mark.parametrize("cell", [0.25, 0.1, 2.0])
def test_grid_centres_on_both_sides_of_zero_and_on_edges(cell):
    lon = [-0.5, -0.25, -0.2, -1e-12, 0.0, 1e-12, 0.25, 0.3, -179.9, 179.9, 12.0, float("nan"), -7.75]
    lat = [-0.5, 0.25, -0.05, -1e-12, 0.0, 0.1, -0.25, 0.3, -89.9, 89.9, -12.0, 1.0, float("nan")]
    persons = list(range(10, 10 + len(lon)))
    grid = grid_counts(index_of(lon, lat, persons), IncidentFilter(), cell)
    want = expected_cells(lon, lat, persons, cell)
    assert len(want) >= 7  # the points fall in distinct cells
    assert_grid_is(grid, want, cell)
    # A point just below zero is in the cell west/south of zero, centred at -cell/2, not at +cell/2.
    assert any(abs(x + cell / 2) <= 1e-9 and abs(y + cell / 2) <= 1e-9 for x, y in zip(grid.lon, grid.lat))


def test_daily_persons_of_incidents_without_persons_are_empty_not_an_error(tmp_path):
    """Found by test_store_filters' Hypothesis run: a filter matching only rows of 0 persons."""
    from datetime import date

    from border_monitor.domain.taxonomy import TYPES, IncidentType

    n = 3
    batch = IncidentBatch(
        occurred_at_ms=JULY + np.arange(n, dtype=np.int64) * 86_400_000, country=np.zeros(n, np.int8),
        type=np.full(n, TYPES.index(IncidentType.SMUGGLING), np.int8), lon=np.full(n, 24.0),
        lat=np.full(n, 54.0), persons=np.zeros(n, np.int32), nationalities=np.array([""] * n, dtype=object),
        description=np.array(["x"] * n, dtype=object), source=np.array([""] * n, dtype=object),
        status=np.zeros(n, np.int8),
    )
    store = open_store(tmp_path / "zero.gpkg", create=True)
    try:
        store.add_batch(batch, "ana")
        persons = store.daily_counts(IncidentFilter(), measure="persons")
        incidents = store.daily_counts(IncidentFilter(), measure="incidents")
        bounded = store.daily_counts(IncidentFilter(date_from=date(2021, 7, 2)), measure="persons")
    finally:
        store.close()
    assert persons.days == [] and persons.counts.shape == (3, 0)
    assert incidents.days == [date(2021, 7, 1), date(2021, 7, 2), date(2021, 7, 3)]
    assert incidents.counts[0].tolist() == [1, 1, 1]
    assert bounded.days == [date(2021, 7, 2)] and bounded.counts.tolist() == [[0], [0], [0]]
