"""``basemap build`` from a real .osm.pbf: the test's small .osm (a lake, a road, a village) is written as PBF
by libosmium (the ``osmium`` package, a test-only extra), then built through GDAL's OSM driver. The result
holds the same features as the build from the XML, its tile has water pixels where the lake is, and the
village name is drawn."""
from __future__ import annotations

import sys
from pathlib import Path

import pyogrio
import pytest
import shapely
from PySide6.QtGui import QColor

from border_monitor.basemap import style
from border_monitor.basemap.build import build, read_info
from border_monitor.basemap.tile_math import lonlat_to_tile
from border_monitor.basemap.tile_query import BasemapSource

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from basemap_osm import LAKE, LAKE_CENTRE, VILLAGE, VILLAGE_NAME, pixel, write_osm  # noqa: E402

osmium = pytest.importorskip("osmium", reason="the osmium package (pip install -e '.[test]') writes the PBF")

LAYERS = ("places", "roads", "railways", "waterways", "areas")


def to_pbf(osm: Path, pbf: Path) -> Path:
    """Every node, way and relation of ``osm`` written to ``pbf`` by libosmium."""
    with osmium.SimpleWriter(str(pbf)) as writer:
        for obj in osmium.FileProcessor(str(osm)):
            writer.add(obj)
    return pbf


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pbf")
    osm = write_osm(folder)
    pbf = to_pbf(osm, folder / "test.osm.pbf")
    from_xml = build([osm], folder / "from-xml.gpkg")
    from_pbf = build([pbf], folder / "from-pbf.gpkg")
    return pbf, from_xml, from_pbf


def features(path: Path) -> dict[str, list[tuple]]:
    """Each layer's rows as (attributes..., WKT rounded to 1 m), sorted."""
    out = {}
    for layer in LAYERS:
        meta, _, geometry, fields = pyogrio.raw.read(path, layer=layer)
        geoms = shapely.from_wkb(geometry)
        wkt = [shapely.to_wkt(shapely.set_precision(g, 1.0), rounding_precision=0) for g in geoms]
        rows = [tuple(str(f[i]) for f in fields) + (wkt[i],) for i in range(len(wkt))]
        out[layer] = sorted(rows)
    return out


def test_the_file_is_pbf_and_gdal_reads_it_with_the_osm_driver(built):
    pbf, _, _ = built
    assert pbf.read_bytes()[4:15] == b"\n\tOSMHeader"  # a PBF blob header, not XML
    assert pyogrio.read_info(pbf, layer="points")["driver"] == "OSM"


def test_pbf_builds_the_same_features_as_the_xml(built):
    _, from_xml, from_pbf = built
    xml, pbf = features(from_xml.path), features(from_pbf.path)
    assert pbf == xml
    assert from_pbf.features == from_xml.features
    assert [VILLAGE_NAME in row for row in pbf["places"]] == [True]
    assert len(pbf["areas"]) == 1 and len(pbf["roads"]) == 1
    assert "OpenStreetMap" in read_info(from_pbf.path)["attribution"]


def test_tile_from_the_pbf_build_has_the_lake_and_the_village_name(built, qapp):
    from border_monitor.ui.map.basemap_render import BasemapRenderer

    renderer = BasemapRenderer(BasemapSource(built[2].path))
    z = 11
    x, y = lonlat_to_tile(*LAKE_CENTRE, z)
    image = renderer.render(z, x, y)
    cx, cy = pixel(*LAKE_CENTRE, z, x, y)
    west, _ = pixel(LAKE[0], LAKE[3], z, x, y)
    assert QColor(image.pixel(cx, cy)).name() == style.WATER
    assert QColor(image.pixel(west + 3, cy)).name() == style.WATER
    assert QColor(image.pixel(west - 4, cy)).name() == style.BACKGROUND
    z = 12
    x, y = lonlat_to_tile(*VILLAGE, z)
    image = renderer.render(z, x, y)
    vx, vy = pixel(*VILLAGE, z, x, y)

    def dark(left: int) -> int:
        return sum(1 for px in range(max(0, left), min(256, left + 70)) for py in range(vy - 8, vy + 8)
                   if QColor(image.pixel(px, py)).lightness() < 90)

    assert dark(vx + 4) > 40 and dark(vx - 74) == 0  # the name, to the right of the village's dot
