"""Store size (issue 13 goal 3): the page size of new stores, existing files keeping theirs, and the benchmark's
anchor holding the same rows and columns as our export."""
from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

import pyogrio
import pytest
from store_support import random_batch, validate_gpkg

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.store.gpkg.schema import PAGE_SIZE

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _pragma(path: Path, name: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _rtree_ok_and_bbox_count(path: Path, bbox) -> tuple[str, int]:
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM rtree_incidents_geom WHERE minx <= ? AND maxx >= ? "
                             "AND miny <= ? AND maxy >= ?", (bbox[2], bbox[0], bbox[3], bbox[1])).fetchone()[0]
        return check, count
    finally:
        conn.close()


def test_a_new_store_has_the_store_page_size_and_gdal_reads_it(tmp_path):
    assert PAGE_SIZE != 4096  # SQLite's default: the test below would pass without the setting
    path = tmp_path / "new.gpkg"
    store = open_store(path, create=True)
    store.add_batch(random_batch(3000, seed=5), "ana", source_name="a.csv")  # packed R-tree, nodes of the page size
    store.add_batch(random_batch(40, seed=6), "ana", source_name="b.csv")
    store.close()
    assert _pragma(path, "page_size") == PAGE_SIZE
    bbox = (24.0, 54.0, 25.5, 55.0)
    check, count = _rtree_ok_and_bbox_count(path, bbox)
    assert check == "ok"
    info = pyogrio.read_info(path, layer="incidents")
    assert info["features"] == 3040
    _meta, table = pyogrio.read_arrow(path, layer="incidents", bbox=bbox, columns=["uuid"])  # GDAL's R-tree reader
    assert table.num_rows == count > 0
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_existing_store_keeps_its_page_size_and_its_r_tree_stays_valid(tmp_path):
    path = tmp_path / "old.gpkg"
    store = open_store(path, create=True)
    store.add_batch(random_batch(500, seed=7), "ana")
    store.close()
    conn = sqlite3.connect(path, isolation_level=None)  # as a file made with SQLite's default page size
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")
    conn.close()
    assert _pragma(path, "page_size") == 4096
    store = open_store(path)
    store.add_batch(random_batch(3000, seed=8), "ana")  # the bulk R-tree path on nodes of the old page size
    assert store.count(IncidentFilter()) == 3500
    store.close()
    assert _pragma(path, "page_size") == 4096
    check, count = _rtree_ok_and_bbox_count(path, (23.0, 52.0, 28.5, 56.5))
    assert check == "ok" and count > 3000


@pytest.fixture(scope="module")
def size_run(tmp_path_factory):
    sys.path.insert(0, str(BENCHMARKS / "perf"))
    import store_size

    return store_size, store_size.measure(400, tmp_path_factory.mktemp("size"))


def test_the_size_benchmark_compares_the_same_rows_and_columns(size_run):
    store_size, m = size_run
    export = m["store"].with_name(m["store"].name.replace("_store.gpkg", "_export.csv"))
    with open(export, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert {"border", "sector", "distance_to_border_m", "created_at", "updated_by", "origin"} <= set(header)
    gdal = pyogrio.read_info(m["anchor"], layer="incidents")
    assert gdal["features"] == 400 == pyogrio.read_info(m["store"], layer="incidents")["features"]
    assert list(gdal["fields"]) == [h for h in header if h not in ("lon", "lat")]
    assert _pragma(m["anchor"], "page_size") > 0 and m["gdal"] == m["anchor"].stat().st_size
    [row] = store_size.figures(m)
    assert row["ratio"] == f"{m['ours'] / m['gdal']:.2f}x" and row["target"] == "<= 1.3x"
    names = dict(store_size.breakdown(m["store"]))
    assert sum(names.values()) == m["ours"]  # every page of the file is counted once
    assert {"incidents", "rtree_incidents_geom_node", "incidents_uuid"} <= names.keys()
