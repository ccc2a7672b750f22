"""GDAL reads the store as a valid GeoPackage: validate_gpkg, ogrinfo (layers, counts, spatial index), pyogrio."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import numpy as np
import pyogrio
import pytest
from store_support import random_batch, validate_gpkg

from border_monitor.domain import IncidentFilter
from border_monitor.geo.reference import LAYER_NAMES, load_reference
from border_monitor.store import open_store

needs_ogrinfo = pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL command line tools not installed")


@pytest.fixture(scope="module")
def store_file(tmp_path_factory):
    """A store with a bulk import (packed R-tree), single adds and edits (R-tree triggers), deletions."""
    path = tmp_path_factory.mktemp("gdal") / "incidents.gpkg"
    store = open_store(path, create=True)
    store.add_batch(random_batch(6000, seed=3), "ana", source_name="first.csv")
    store.add_batch(random_batch(300, seed=4), "ana", source_name="second.csv")  # small: triggers fill the R-tree
    some = store.page(IncidentFilter(), limit=50)
    store.update(some[0].with_changes(lon=some[0].lon + 0.5, lat=some[0].lat - 0.25), "ben")
    store.delete([i.id for i in some[10:20]], "ben")
    store.close()
    return path


def test_validate_gpkg_finds_no_error(store_file):
    result = validate_gpkg(store_file)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ERROR" not in result.stdout + result.stderr


@needs_ogrinfo
def test_ogrinfo_lists_every_layer_with_its_feature_count(store_file):
    out = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(store_file)], capture_output=True, text=True,
                         check=True).stdout
    counts = dict(re.findall(r"Layer name: (\w+).*?Feature Count: (\d+)", out, flags=re.S))
    reference = load_reference()
    expected = {name: len(reference.layer(name)) for name in LAYER_NAMES}
    expected.update({"incidents": 6300, "audit_log": 2 + 1 + 10, "bm_metadata": 7,  # 7: with audit_head and store_uuid
                     "events": 0, "saved_filters": 0,
                     "incident_media": 0, "incidents_incident_media": 0})  # attachments (Related Tables)
    assert {k: int(v) for k, v in counts.items()} == expected
    assert "Geometry: Point" in out and "Geometry: Multi Polygon" in out and "Geometry: Multi Line String" in out


@needs_ogrinfo
@pytest.mark.parametrize("bbox", [(24.0, 54.0, 25.5, 55.0), (23.0, 52.0, 24.2, 53.5), (27.0, 55.5, 28.5, 56.5)])
def test_spatial_index_answers_bbox_queries_like_the_store(store_file, bbox):
    out = subprocess.run(["ogrinfo", "-ro", "-so", "-spat", *map(str, bbox), str(store_file), "incidents"],
                         capture_output=True, text=True, check=True).stdout
    gdal_count = int(re.search(r"Feature Count: (\d+)", out).group(1))
    with open_store(store_file) as store:
        ours = store.count(IncidentFilter(bbox=bbox, include_deleted=True))
    assert gdal_count == ours > 0


def test_rtree_holds_exactly_the_points(store_file):
    import sqlite3

    conn = sqlite3.connect(store_file)
    assert conn.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
    rtree = np.array(conn.execute("SELECT id, minx, maxx, miny, maxy FROM rtree_incidents_geom ORDER BY id").fetchall())
    conn.close()
    with open_store(store_file) as store:
        pts = store.points(IncidentFilter(include_deleted=True))
        fids = store._cache.index["fid"][pts["row"]]  # noqa: SLF001 - compare with the file's own fids
    order = np.argsort(fids)
    assert np.array_equal(rtree[:, 0], fids[order])
    lon, lat = pts["lon"][order], pts["lat"][order]
    assert np.all(rtree[:, 1] <= lon) and np.all(rtree[:, 2] >= lon)
    assert np.all(rtree[:, 3] <= lat) and np.all(rtree[:, 4] >= lat)
    assert np.all(rtree[:, 2] - rtree[:, 1] < 1e-5)


def test_pyogrio_reads_every_layer_and_feature(store_file):
    layers = {name for name, _geom in pyogrio.list_layers(store_file)}
    assert {"incidents", "audit_log", "events", "bm_metadata", *LAYER_NAMES} <= layers
    meta, fids, geometry, fields = pyogrio.raw.read(store_file, layer="incidents", return_fids=True)
    assert len(fids) == 6300 and meta["crs"] == "EPSG:4326" and meta["geometry_type"] == "Point"
    columns = dict(zip(meta["fields"], fields))
    assert {"uuid", "occurred_at", "country", "nationalities", "border", "sector", "in_zone", "deleted"} <= set(columns)
    assert int(np.sum(columns["deleted"])) == 10
    with open_store(store_file) as store:
        first = store.get(columns["uuid"][0])
    import shapely

    point = shapely.from_wkb(geometry[0])
    assert (point.x, point.y) == (first.lon, first.lat)
    for name in LAYER_NAMES:
        info = pyogrio.read_info(store_file, layer=name)
        assert info["features"] == len(load_reference().layer(name))
        _meta, _fids, geoms, _fields = pyogrio.raw.read(store_file, layer=name)
        assert len(geoms) == info["features"] and all(g is not None for g in geoms)


def test_reference_layers_round_trip_through_the_store(store_file):
    import shapely
    from shapely.geometry import shape

    reference = load_reference()
    with open_store(store_file) as store:
        for name in LAYER_NAMES:
            layer = store.reference_layer(name)
            original = reference.layer(name)
            assert len(layer["features"]) == len(original)
            for feature, (props, geom) in zip(layer["features"], original):
                assert shapely.equals(shape(feature["geometry"]), geom)
                assert {k: v for k, v in feature["properties"].items()} == props


@pytest.mark.skipif(sys.platform.startswith("win"), reason="ogrinfo path handling")
def test_validate_gpkg_on_a_new_empty_store(tmp_path):
    path = tmp_path / "empty.gpkg"
    open_store(path, create=True).close()
    result = validate_gpkg(path)
    assert result.returncode == 0, result.stdout + result.stderr
