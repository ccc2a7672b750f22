"""A base map built from a small .osm file written here (a lake, a road, a village), drawn with QPainter:
water pixels where the lake is, the village's name drawn, crisp 512 px tiles at @2x, the tile cache, and
the map page showing it with no request leaving the machine."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from border_monitor.basemap import style
from border_monitor.basemap.build import build
from border_monitor.basemap.tile_cache import TileCache
from border_monitor.basemap.tile_math import lonlat_to_tile
from border_monitor.basemap.tile_query import BasemapSource
from border_monitor.ui.map import MapPanel
from border_monitor.ui.map.basemap_render import BasemapRenderer
from border_monitor.ui.map.scheme import ROOT

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from basemap_osm import LAKE, LAKE_CENTRE, ROAD, VILLAGE, pixel, write_osm  # noqa: E402


@pytest.fixture(scope="module")
def base_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("basemap")
    out = folder / "base.gpkg"
    build([write_osm(folder)], out)
    return out


def colour(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def dark_pixels(image: QImage, left: int, top: int, width: int, height: int) -> int:
    count = 0
    for x in range(max(0, left), min(image.width(), left + width)):
        for y in range(max(0, top), min(image.height(), top + height)):
            if QColor(image.pixel(x, y)).lightness() < 90:
                count += 1
    return count


def test_lake_is_water_where_it_is_and_only_there(base_map, qapp):
    renderer = BasemapRenderer(BasemapSource(base_map))
    z = 11
    x, y = lonlat_to_tile(*LAKE_CENTRE, z)
    image = renderer.render(z, x, y)
    assert (image.width(), image.height()) == (256, 256)
    cx, cy = pixel(*LAKE_CENTRE, z, x, y)
    assert colour(image, cx, cy) == style.WATER
    # Just inside each edge of the lake: water; just outside the west and north edges: paper.
    west, north = pixel(LAKE[0], LAKE[3], z, x, y)
    assert colour(image, west + 3, cy) == style.WATER
    assert colour(image, cx, north + 3) == style.WATER
    assert colour(image, west - 4, cy) == style.BACKGROUND
    assert colour(image, cx, north - 4) == style.BACKGROUND


def test_village_name_and_road_are_drawn(base_map, qapp):
    renderer = BasemapRenderer(BasemapSource(base_map))
    z = 12
    x, y = lonlat_to_tile(*VILLAGE, z)
    image = renderer.render(z, x, y)
    vx, vy = pixel(*VILLAGE, z, x, y)
    # The name is written to the right of the village's dot: dark letters there, none on the left.
    right = dark_pixels(image, vx + 4, vy - 8, 70, 16)
    left = dark_pixels(image, vx - 74, vy - 8, 70, 16)
    assert right > 40 and left == 0, (right, left)
    # Below the zoom where villages are named, the same place has no letters.
    z9x, z9y = lonlat_to_tile(*VILLAGE, 9)
    low = renderer.render(9, z9x, z9y)
    lx, ly = pixel(*VILLAGE, 9, z9x, z9y)
    assert dark_pixels(low, lx + 4, ly - 8, 70, 16) == 0
    # The primary road, halfway along: its colour (or its casing) across the line.
    mid = ((ROAD[0][0] + ROAD[1][0]) / 2, (ROAD[0][1] + ROAD[1][1]) / 2)
    rx, ry = lonlat_to_tile(*mid, 12)
    road = renderer.render(12, rx, ry)
    px, py = pixel(*mid, 12, rx, ry)
    seen = {colour(road, px, py + d) for d in range(-3, 4)}
    assert style.ROAD_COLOURS["primary"][0] in seen


def test_2x_tiles_are_512_pixels_and_drawn_at_the_same_places(base_map, qapp):
    renderer = BasemapRenderer(BasemapSource(base_map))
    z = 11
    x, y = lonlat_to_tile(*LAKE_CENTRE, z)
    big = renderer.render(z, x, y, scale=2)
    assert (big.width(), big.height()) == (512, 512)
    cx, cy = pixel(*LAKE_CENTRE, z, x, y, size=512)
    west, _ = pixel(LAKE[0], LAKE[3], z, x, y, size=512)
    assert colour(big, cx, cy) == style.WATER
    assert colour(big, west + 2, cy) == style.WATER and colour(big, west - 3, cy) == style.BACKGROUND
    # Crisp: paper, at most 2 of the 512 pixels of shore line, then water (an enlarged 256 px tile blurs the
    # shore over 3 or more).
    row = [colour(big, west + d, cy) for d in range(-3, 5)]
    between = [c for c in row if c not in (style.WATER, style.BACKGROUND)]
    assert row[0] == style.BACKGROUND and row[-1] == style.WATER and len(between) <= 2, row


def test_tile_cache_keeps_tiles_in_memory_and_on_disk(tmp_path):
    cache = TileCache("some base map", folder=tmp_path, memory_tiles=2)
    assert cache.get(1, 0, 0) is None
    cache.put(1, 0, 0, 1, b"one")
    cache.put(1, 1, 0, 2, b"two")
    cache.put(1, 1, 1, 1, b"three")  # pushes (1, 0, 0) out of memory
    assert len(cache) == 2
    assert cache.get(1, 0, 0) == b"one" and cache.disk_hits == 1  # back from the disk
    assert cache.get(1, 1, 0, 2) == b"two" and cache.get(1, 1, 0, 1) is None  # @2x is a tile of its own
    other = TileCache("another base map", folder=tmp_path)
    assert other.get(1, 0, 0) is None  # another base map (or style) never sees these tiles


def test_panel_shows_the_built_base_map_offline(base_map, qtbot, demo_store, app_state, run_js, tmp_path,
                                                 monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    with qtbot.waitSignal(panel.ready, timeout=20_000):
        panel.show()
    key = panel.add_basemap(base_map)
    z = 11
    x, y = lonlat_to_tile(*LAKE_CENTRE, z)
    panel.center_on(*LAKE_CENTRE, z)
    src = f"{ROOT}/tiles/{key}/{z}/{x}/{y}.png"
    loaded = ("Array.from(document.querySelectorAll('img.leaflet-tile-loaded')).filter(function (i) {"
              f" return i.src === '{src}' && i.naturalWidth === 256; }}).length")
    qtbot.waitUntil(lambda: run_js(panel.web_view, loaded) == 1, timeout=30_000)
    assert panel.requests.non_local() == []
    assert "OpenStreetMap" in run_js(panel.web_view,
                                     "document.querySelector('.leaflet-control-attribution').textContent")
    assert "OpenStreetMap (offline)" in run_js(panel.web_view,
                                               "document.querySelector('.leaflet-control-layers-base').textContent")
    # Over a tile base map the countries layer keeps its outlines only (no hatch, no opaque fills hiding it).
    assert run_js(panel.web_view, "document.querySelector('.bm-outside') === null") is True
    assert any((tmp_path / "cache").rglob("*.png"))  # drawn once, kept in the user cache folder
