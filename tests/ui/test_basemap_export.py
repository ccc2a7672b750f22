"""``basemap export``: the built base map drawn into raster MBTiles 1.3 that GDAL opens (``gdalinfo``), with its
metadata, TMS row order (GDAL finds the lake's water colour at the lake's lon/lat) and the limit refused."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from border_monitor.basemap import style
from border_monitor.basemap.build import build
from border_monitor.basemap.tile_math import lonlat_to_tile
from border_monitor.basemap.tile_query import BasemapSource
from border_monitor.cli.main import main
from border_monitor.ui.map.basemap_render import BasemapRenderer
from border_monitor.ui.map.mbtiles import MBTiles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from basemap_osm import LAKE_CENTRE, write_osm  # noqa: E402

BBOX = "25.25,54.50,25.65,54.75"


@pytest.fixture(scope="module")
def base_map(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    return build([write_osm(folder)], folder / "base.gpkg").path


def test_export_writes_mbtiles_that_gdal_and_our_reader_open(base_map, tmp_path, qapp, capsys):
    out = tmp_path / "base.mbtiles"
    assert main(["basemap", "export", str(base_map), "--out", str(out), "--zoom", "9-12", "--bbox", BBOX]) == 0
    assert "tiles with content" in capsys.readouterr().out
    db = sqlite3.connect(out)
    meta = dict(db.execute("SELECT name, value FROM metadata"))
    zooms = [z for (z,) in db.execute("SELECT DISTINCT zoom_level FROM tiles ORDER BY 1")]
    db.close()
    assert meta["format"] == "png" and meta["name"] and "OpenStreetMap" in meta["attribution"]
    assert (meta["minzoom"], meta["maxzoom"], zooms) == ("9", "12", [9, 10, 11, 12])
    assert meta["bounds"] == "25.250000,54.500000,25.650000,54.750000"
    # Our reader flips the TMS row back: the tile at the lake's XYZ address is what the renderer draws there.
    z = 11
    x, y = lonlat_to_tile(*LAKE_CENTRE, z)
    reader = MBTiles(out)
    assert reader.tile(z, x, y) == BasemapRenderer(BasemapSource(base_map)).render_png(z, x, y)
    reader.close()
    if shutil.which("gdalinfo") is None:
        pytest.skip("GDAL's command-line tools (gdal-bin) are not installed")
    info = subprocess.run(["gdalinfo", str(out)], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert "Driver: MBTiles/MBTiles" in info.stdout and "ZOOM_LEVEL=12" in info.stdout
    # GDAL reads rows as TMS: the pixel at the lake's centre is water blue.
    value = subprocess.run(["gdallocationinfo", "-wgs84", "-valonly", str(out), *map(str, LAKE_CENTRE)],
                           capture_output=True, text=True, timeout=60)
    rgb = [int(v) for v in value.stdout.split()[:3]]
    water = [int(style.WATER[i:i + 2], 16) for i in (1, 3, 5)]
    assert all(abs(a - b) <= 3 for a, b in zip(rgb, water)), (rgb, water)


def test_export_refuses_over_the_limit_and_writes_nothing(base_map, tmp_path, qapp, capsys):
    out = tmp_path / "big.mbtiles"
    code = main(["basemap", "export", str(base_map), "--out", str(out), "--zoom", "6-14", "--limit", "100"])
    assert code == 2
    err = capsys.readouterr().err
    assert "over the limit of 100" in err and "Traceback" not in err
    assert not out.exists()
