"""MBTiles base maps: the reader (TMS row flip, metadata, refusals) and a tile served to the page."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from border_monitor.ui.map import MapPanel
from border_monitor.ui.map.mbtiles import MBTiles, MBTilesError
from border_monitor.ui.map.scheme import ROOT

# The XYZ tile (Leaflet's numbering) east of Vilnius at zoom 8 (lon 25.31..26.72, lat 54.16..54.98),
# and its row as MBTiles stores it (counted from the south).
Z, X, Y = 8, 146, 81
TMS_ROW = 2**Z - 1 - Y


def png_tile(color: str) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def make_mbtiles(path, tiles: dict[tuple[int, int, int], bytes], **metadata) -> None:
    """tiles: (z, x, tms_row) -> image bytes."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    db.executemany("INSERT INTO metadata VALUES (?, ?)", list(metadata.items()))
    db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(z, x, r, data) for (z, x, r), data in tiles.items()])
    db.commit()
    db.close()


@pytest.fixture
def one_tile_file(tmp_path, qapp):
    path = tmp_path / "base.mbtiles"
    make_mbtiles(path, {(Z, X, TMS_ROW): png_tile("#3366cc")}, name="Test base", format="png",
                 attribution="© Test maps", minzoom="8", maxzoom="8", bounds="24.0,54.0,26.0,55.0")
    return path


def test_reader_flips_rows_and_reads_metadata(one_tile_file):
    tiles = MBTiles(one_tile_file)
    assert tiles.tile(Z, X, Y).startswith(b"\x89PNG")
    assert tiles.tile(Z, X, TMS_ROW) is None  # the file's own row number is not Leaflet's
    assert tiles.tile(Z, X + 1, Y) is None
    assert tiles.tile(Z, 2**Z, Y) is None  # outside the zoom level's grid
    info = tiles.info
    assert (info.name, info.format, info.mime, info.attribution) == ("Test base", "png", "image/png", "© Test maps")
    assert (info.min_zoom, info.max_zoom, info.bounds) == (8, 8, (24.0, 54.0, 26.0, 55.0))
    tiles.close()


def test_format_is_sniffed_when_metadata_lacks_it(tmp_path, qapp):
    path = tmp_path / "nofmt.mbtiles"
    make_mbtiles(path, {(0, 0, 0): png_tile("#ff0000")}, name="x")
    assert MBTiles(path).info.format == "png"


def test_refuses_what_it_cannot_show(tmp_path):
    text = tmp_path / "notes.mbtiles"
    text.write_text("not a database at all, just some words " * 20)
    with pytest.raises(MBTilesError, match="notes.mbtiles"):
        MBTiles(text)
    vector = tmp_path / "vector.mbtiles"
    make_mbtiles(vector, {(0, 0, 0): b"\x1a\x00"}, name="v", format="pbf")
    with pytest.raises(MBTilesError, match="format 'pbf'"):
        MBTiles(vector)
    empty = tmp_path / "empty.mbtiles"
    sqlite3.connect(empty).execute("CREATE TABLE other (a)").connection.close()
    with pytest.raises(MBTilesError, match="no table metadata, tiles"):
        MBTiles(empty)
    with pytest.raises(MBTilesError, match="does not exist"):
        MBTiles(tmp_path / "missing.mbtiles")


def test_panel_serves_the_tile_as_a_base_map(one_tile_file, qtbot, demo_store, app_state, run_js):
    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    with qtbot.waitSignal(panel.ready, timeout=20_000):
        panel.show()
    panel.add_mbtiles(one_tile_file)
    panel.center_on(26.0, 54.55, Z)
    src = f"{ROOT}/tiles/m1/{Z}/{X}/{Y}.png"
    loaded = ("Array.from(document.querySelectorAll('img.leaflet-tile-loaded')).filter(function (i) {"
              f" return i.src === '{src}' && i.naturalWidth === 256; }}).length")
    qtbot.waitUntil(lambda: run_js(panel.web_view, loaded) == 1, timeout=20_000)
    assert src in panel.requests.urls
    assert panel.requests.non_local() == []
    assert "© Test maps" in run_js(panel.web_view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert "Test base" in run_js(panel.web_view, "document.querySelector('.leaflet-control-layers-base').textContent")
    # A tile the file lacks is asked for, answered "not found", and drawn as nothing.
    missing = f"{ROOT}/tiles/m1/{Z}/{X - 1}/{Y}.png"  # inside the bounds of the file: asked for
    qtbot.waitUntil(lambda: missing in panel.requests.urls, timeout=20_000)
