"""WMTS online layers against a WMTS server this test runs on loopback (``wmts_server``): capabilities read
by REST and KVP, a web-Mercator set found by CRS, scales and corner (not by its name), the tile at the right
row and column for a known place at zoom 10 by the RESTful template and by KVP GetTile, "Make available
offline" cut and resumed ending with every tile once, and what is refused: a capabilities with a DTD or an
entity, a layer with no web-Mercator set."""
from __future__ import annotations

import sqlite3
import sys
import urllib.request
from pathlib import Path

import pytest

from border_monitor.basemap import wmts
from border_monitor.basemap.errors import BasemapError
from border_monitor.basemap.tile_download import TileJob, download, plan
from border_monitor.basemap.tile_math import tiles_in
from border_monitor.cli.main import main

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wmts_server import WmtsServer  # noqa: E402

VILNIUS = (25.2797, 54.6872)
VILNIUS_Z10 = (583, 325)  # col = floor(205.2797 / 360 * 1024); row = floor((1 - asinh(tan(lat)) / pi) / 2 * 1024)


@pytest.fixture
def server():
    s = WmtsServer()
    yield s
    s.close()


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read()


def test_capabilities_are_read_by_rest_and_by_kvp_with_layers_styles_formats_and_sets(server):
    rest = wmts.fetch(server.rest_url)
    kvp = wmts.fetch(server.kvp_url)  # a bare endpoint: SERVICE=WMTS&REQUEST=GetCapabilities added
    assert server.requests[-1].startswith("/wmts?SERVICE=WMTS&REQUEST=GetCapabilities")
    for caps in (rest, kvp):
        assert [layer.identifier for layer in caps.layers] == ["ortho", "roads", "lks"]
        assert set(caps.matrix_sets) == {"GoogleMapsCompatible", "EPSG:3857", "LKS92", "Odd3857"}
        assert caps.attribution == "Loopback Mapping Agency — Loopback orthophoto service"
        assert caps.kvp_url == f"{server.base}/wmts?"
    roads = rest.layer("roads")
    assert roads.styles == ("main", "night") and roads.default_style == "main"
    assert roads.formats == ("image/jpeg", "image/png") and roads.matrix_sets == ("LKS92", "EPSG:3857")
    ortho = rest.layer("ortho")
    assert [(d.identifier, d.default) for d in ortho.dimensions] == [("Time", "2024")]
    assert ortho.bounds == (20.0, 53.0, 29.0, 58.0)
    # Web Mercator by CRS, scale series and corner: each zoom's own matrix identifier.
    google = rest.matrix_sets["GoogleMapsCompatible"].web_mercator_zooms()
    assert google == {z: f"L{z:02d}" for z in range(19)}
    assert rest.matrix_sets["EPSG:3857"].web_mercator_zooms()[10] == "EPSG:3857:10"
    assert rest.matrix_sets["LKS92"].web_mercator_zooms() == {}
    assert rest.matrix_sets["Odd3857"].web_mercator_zooms() == {}  # EPSG:3857, but not the scales
    assert rest.usable_sets(roads) == ["EPSG:3857"]


def test_restful_tile_at_the_right_row_and_col_for_vilnius_at_zoom_10(server):
    from border_monitor.basemap.tile_math import lonlat_to_tile

    source = wmts.fetch(server.rest_url).resolve("ortho")
    assert (source.encoding, source.matrix_set, source.style, source.format) == (
        "rest", "GoogleMapsCompatible", "default", "image/png")
    # Identifiers L00..L18 are not the zoom: the template keeps {TileMatrix}, looked up per zoom.
    assert source.template == f"{server.base}/rest/ortho/default/2024/GoogleMapsCompatible/{{TileMatrix}}/{{y}}/{{x}}.png"
    assert (source.min_zoom, source.max_zoom) == (0, 18)
    x, y = lonlat_to_tile(*VILNIUS, 10)
    assert (x, y) == VILNIUS_Z10
    data = get(source.tile_url(10, x, y))
    assert data.startswith(b"\x89PNG")
    assert server.rest[-1] == ["default", "2024", "GoogleMapsCompatible", "L10", "325", "583"]


def test_kvp_gettile_at_the_right_row_and_col_for_vilnius_at_zoom_10(server):
    caps = wmts.fetch(server.kvp_url)
    source = caps.resolve("roads")  # KVP only (no ResourceURL), the one web-Mercator set of two
    assert (source.encoding, source.matrix_set, source.style, source.format) == ("kvp", "EPSG:3857", "main",
                                                                                 "image/jpeg")
    assert "TILEMATRIX=EPSG:3857:{z}&TILEROW={y}&TILECOL={x}" in source.template  # identifiers = prefix + zoom
    get(source.tile_url(10, *VILNIUS_Z10))
    got = server.kvp[-1]
    assert (got["SERVICE"], got["REQUEST"], got["VERSION"], got["LAYER"], got["STYLE"], got["FORMAT"]) == (
        "WMTS", "GetTile", "1.0.0", "roads", "main", "image/jpeg")
    assert (got["TILEMATRIXSET"], got["TILEMATRIX"], got["TILEROW"], got["TILECOL"]) == (
        "EPSG:3857", "EPSG:3857:10", "325", "583")
    night = caps.resolve("roads", style="night", format="image/png")
    assert "STYLE=night" in night.template and "FORMAT=image/png" in night.template
    with pytest.raises(BasemapError, match="no style “dusk”.*main, night"):
        caps.resolve("roads", style="dusk")
    with pytest.raises(BasemapError, match="no RESTful tile address"):
        caps.resolve("roads", encoding="rest")
    assert wmts.WmtsSource.from_dict(night.to_dict()) == night  # kept in the settings as JSON


def stored(path) -> dict[tuple[int, int, int], bytes]:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles").fetchall()
    db.close()
    return {(z, x, (1 << z) - 1 - r): bytes(d) for z, x, r, d in rows}


def test_offline_download_cut_and_resumed_ends_with_every_tile_once(server, tmp_path):
    caps = wmts.fetch(server.rest_url)
    source = caps.resolve("ortho")
    bbox, zooms = (25.0, 54.4, 25.6, 54.8), range(8, 12)
    out = tmp_path / "ortho.mbtiles"

    def job():
        return TileJob(url=source.template, bbox=bbox, zooms=zooms, out=out, attribution=caps.attribution,
                       name="Orthophoto", rate=500.0, retries=0, wmts=source)

    everything = set(tiles_in(bbox, zooms))
    # Zoom 8's TileMatrixSetLimits allow rows 80-81 of column 145 only: the others are not asked for.
    outside = {(z, x, y) for z, x, y in everything if z == 8 and not (80 <= y <= 81 and x == 145)}
    wanted = everything - outside
    assert outside and len(wanted) > 20
    server.cut_after = 7
    with pytest.raises(BasemapError, match="run the same job again"):
        download(job())
    assert len(stored(out)) == 7
    assert plan(job()).present == 7
    server.cut_after = None
    result = download(job())
    assert result.skipped == 7 and result.fetched == len(wanted) - 7 and result.missing == len(outside)
    assert set(stored(out)) == wanted
    expected = {("ortho", f"L{z:02d}", y, x) for z, x, y in wanted}
    assert set(server.served) == expected and all(n == 1 for n in server.served.values())
    db = sqlite3.connect(out)
    meta = dict(db.execute("SELECT name, value FROM metadata"))
    db.close()
    assert meta["attribution"] == "Loopback Mapping Agency — Loopback orthophoto service"
    assert meta["format"] == "png" and (meta["minzoom"], meta["maxzoom"]) == ("8", "11")
    with pytest.raises(BasemapError, match="zooms 0-14 only"):
        plan(TileJob(url="", bbox=bbox, zooms=range(12, 16), out=tmp_path / "r.mbtiles", attribution="x",
                     wmts=caps.resolve("roads")))


def test_capabilities_with_a_dtd_or_entity_are_refused(server):
    with pytest.raises(BasemapError, match="are refused: they declare a document type or an entity"):
        wmts.fetch(f"{server.base}/evil/WMTSCapabilities.xml")
    with pytest.raises(BasemapError, match="not readable XML"):
        wmts.parse(b"<Capabilities", "http://example.invalid/c.xml")
    report = (b'<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1"><ows:Exception>'
              b'<ows:ExceptionText>Layer unknown</ows:ExceptionText></ows:Exception></ows:ExceptionReport>')
    with pytest.raises(BasemapError, match="with an error: Layer unknown"):
        wmts.parse(report, "http://example.invalid/c.xml")


def test_a_layer_with_only_epsg_3059_is_refused_naming_its_sets(server):
    caps = wmts.fetch(server.rest_url)
    with pytest.raises(BasemapError) as refused:
        caps.resolve("lks")
    text = str(refused.value)
    assert "“Topographic map (LKS-92)” has no tile matrix set in web Mercator" in text
    assert "it has: LKS92 (EPSG:3059), Odd3857 (EPSG:3857)" in text
    with pytest.raises(BasemapError, match="LKS92 \\(EPSG:3059\\) of the WMTS layer “roads” is not in web"):
        caps.resolve("roads", matrix_set="LKS92")
    with pytest.raises(BasemapError, match="no layer “nope”.*ortho, roads, lks"):
        caps.resolve("nope")


def test_cli_download_of_a_wmts_layer_and_its_listing(server, tmp_path, capsys):
    assert main(["basemap", "wmts", server.rest_url]) == 0
    listing = capsys.readouterr().out
    assert "ortho" in listing and "GoogleMapsCompatible (zooms 0-18)" in listing
    assert "lks" in listing and "no web-Mercator set" in listing
    out = tmp_path / "roads.mbtiles"
    assert main(["basemap", "download", server.kvp_url, "--wmts-layer", "roads", "--bbox", "25.2,54.6,25.4,54.7",
                 "--zoom", "9-10", "--out", str(out), "--rate", "200"]) == 0
    assert "Wrote" in capsys.readouterr().out
    tiles = stored(out)
    assert tiles and set(tiles) == set(tiles_in((25.2, 54.6, 25.4, 54.7), range(9, 11)))
    assert (10, *VILNIUS_Z10) in tiles
    assert main(["basemap", "download", server.rest_url, "--wmts-layer", "lks", "--bbox", "25.2,54.6,25.4,54.7",
                 "--zoom", "9-10", "--out", str(tmp_path / "lks.mbtiles")]) == 2
    assert "no tile matrix set in web Mercator" in capsys.readouterr().err
    assert not (tmp_path / "lks.mbtiles").exists()
