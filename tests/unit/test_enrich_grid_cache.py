"""The border's near grid (most of the enrichment index's build) is cached in the user's cache folder: a process that
reads it measures exactly what one that built it measures; a damaged or unfitting file, or other segments, are never
trusted (the grid is built again)."""
from __future__ import annotations

import numpy as np
import pytest

from border_monitor.geo import enrich
from border_monitor.geo.reference import load_reference


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDER_MONITOR_CACHE_DIR", str(tmp_path))
    return tmp_path


def grid_arrays(grid) -> dict:
    arrays = {name: getattr(grid, name) for name in ("width", "row", "cell")}
    arrays.update({f"table_{w}": t for w, t in grid.tables.items()})
    return arrays


def points(n: int = 4000):
    """Positions near and far from the three borders."""
    rng = np.random.default_rng(7)
    return rng.uniform(21.0, 29.5, n), rng.uniform(52.0, 58.0, n)


def measured(index: enrich._Index):
    lon, lat = points()
    x, y = index.to_local.transform(lon, lat)
    return index.nearest(np.asarray(x), np.asarray(y))


def assert_same_arrays(got_grid, want_grid) -> None:
    """Every array of two grids alike, dtypes included."""
    want, got = grid_arrays(want_grid), grid_arrays(got_grid)
    assert want.keys() == got.keys()
    for name in want:
        assert got[name].dtype == want[name].dtype and np.array_equal(got[name], want[name]), name


def test_a_cached_grid_measures_what_a_built_one_does(cache):
    reference = load_reference()
    built = enrich._Index(reference)
    files = list((cache / "geo").glob("near-grid-*.npz"))
    assert len(files) == 1  # saved for the next process
    read = enrich._Index(reference)
    assert read.grid is not built.grid
    assert_same_arrays(read.grid, built.grid)
    assert np.array_equal(measured(read), measured(built))
    assert (read.grid.nx, read.grid.ny, read.grid.x0, read.grid.y0) == (built.grid.nx, built.grid.ny, built.grid.x0,
                                                                        built.grid.y0)


def test_a_damaged_or_unfitting_cache_file_is_built_again(cache, caplog):
    reference = load_reference()
    first = enrich._Index(reference)
    (path,) = (cache / "geo").glob("near-grid-*.npz")
    path.write_bytes(b"PK\x03\x04 not a zip")
    with caplog.at_level("WARNING"):
        again = enrich._Index(reference)
    assert "unreadable" in caplog.text
    assert np.array_equal(again.grid.cell, first.grid.cell)
    # a readable file whose arrays do not fit the segments (a cell pointing past the last segment)
    arrays = grid_arrays(first.grid)
    width = next(iter(first.grid.tables))
    arrays[f"table_{width}"] = np.full_like(arrays[f"table_{width}"], np.iinfo(arrays[f"table_{width}"].dtype).max)
    np.savez_compressed(path, **arrays)
    caplog.clear()
    with caplog.at_level("WARNING"):
        third = enrich._Index(reference)
    assert "does not fit" in caplog.text
    assert np.array_equal(third.grid.tables[width], first.grid.tables[width])
    assert np.array_equal(measured(third), measured(first))


def test_other_segments_or_another_box_have_another_key():
    index = enrich._index()
    segments, box = index.segments, (index.grid.x0, index.grid.y0, 1.0, 2.0)
    key = enrich._grid_key(segments, box)
    assert enrich._grid_key(segments, box) == key
    assert enrich._grid_key(segments, (box[0] + 1.0, *box[1:])) != key
    moved = enrich._Segments.__new__(enrich._Segments)
    vars(moved).update(vars(segments))
    moved.ax = segments.ax.copy()
    moved.ax[0] += 0.5
    assert enrich._grid_key(moved, box) != key


def test_the_far_grid_is_made_when_first_needed_and_cached(cache):
    reference = load_reference()
    built = enrich._Index(reference)
    near_lon, near_lat = np.array([23.9]), np.array([54.0])  # at the LT-BY line: the near grid measures it
    x, y = built.to_local.transform(near_lon, near_lat)
    built.nearest(np.atleast_1d(x), np.atleast_1d(y))
    assert not list((cache / "geo").glob("far-grid-*.npz"))  # a process measuring near points never makes it
    first = measured(built)  # points up to hundreds of km away
    assert len(list((cache / "geo").glob("far-grid-*.npz"))) == 1
    read = enrich._Index(reference)
    assert read.far_grid is not built.far_grid
    assert_same_arrays(read.far_grid, built.far_grid)
    assert np.array_equal(measured(read), first)
