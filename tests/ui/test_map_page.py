"""The map page: loads offline, asks for nothing outside, shows its layers, draws a non-blank map."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from border_monitor.ui.text import palette
from border_monitor.ui.map import MapPanel, grab_map
from border_monitor.ui.map.page import OSM_ATTRIBUTION
from border_monitor.ui.map.scheme import SCHEME

TIMEOUT = 20_000


def test_page_loads_offline_and_reports_ready(panel, run_js):
    assert panel.features_drawn() > 0
    assert run_js(panel.web_view, "typeof L") == "object"
    assert run_js(panel.web_view, "location.href").startswith(f"{SCHEME}://app/index.html")
    names = run_js(panel.web_view, "Array.from(document.querySelectorAll('.leaflet-control-layers label span'))"
                                   ".map(function (s) { return s.textContent.trim(); })")
    for name in ("Countries", "Borders with Belarus", "Emergency zones (2021)", "Sectors (approximate)",
                 "Crossing points", "Incidents", "Heat map", "No base map"):
        assert name in names
    assert OSM_ATTRIBUTION in run_js(panel.web_view, "document.querySelector('.leaflet-control-attribution').textContent")
    assert run_js(panel.web_view, "document.querySelectorAll('.leaflet-control-scale').length") == 1
    legend = run_js(panel.web_view, "document.querySelector('.bm-legend').textContent")
    assert "Apprehension" in legend and "Prevented entry" in legend
    assert run_js(panel.web_view, "document.querySelectorAll('.bm-crossing').length") == 21
    assert run_js(panel.web_view, "typeof jQuery") == "undefined"  # folium's CDN extras are gone


def test_crossing_points_show_kind_status_and_note(panel, qtbot, run_js):
    icons = run_js(panel.web_view, "Array.from(document.querySelectorAll('.bm-crossing svg rect')).length")
    assert icons == 7  # rail crossings are drawn as squares, road crossings as discs (DOMAIN.md: 7 rail, 14 road)
    run_js(panel.web_view, "document.querySelector('.bm-crossing[title=\"Kuźnica - Bruzgi\"]')"
                           ".dispatchEvent(new MouseEvent('click', {bubbles: true})), 1")
    qtbot.waitUntil(lambda: run_js(panel.web_view, "!!document.querySelector('.leaflet-popup-content')"), timeout=TIMEOUT)
    text = run_js(panel.web_view, "document.querySelector('.leaflet-popup-content').textContent")
    for words in ("Kuźnica - Bruzgi", "road", "PL-BY", "Status in 2021", "closed", "reopened 2025-11-17"):
        assert words in text


def test_no_request_leaves_the_machine(panel, qtbot, run_js):
    urls = panel.requests.urls
    assert f"{SCHEME}://app/lib/leaflet/leaflet.js" in urls
    assert f"{SCHEME}://app/qwebchannel.js" in urls
    assert panel.requests.non_local() == []
    # The recorder does see (and refuses) a request elsewhere: loopback, so nothing could leave anyway.
    run_js(panel.web_view, "fetch('http://127.0.0.1:9/probe.png').catch(function () {}), 1")
    qtbot.waitUntil(lambda: "http://127.0.0.1:9/probe.png" in panel.requests.blocked, timeout=TIMEOUT)


def test_online_layer_is_offered_only_when_configured(qtbot, demo_store, app_state, run_js):
    template = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    panel = MapPanel(demo_store, app_state, online_layers=[{"name": "Local test tiles", "url": template,
                                                             "attribution": "© Loopback"}])
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    with qtbot.waitSignal(panel.ready, timeout=TIMEOUT):
        panel.show()
    qtbot.waitUntil(lambda: run_js(panel.web_view, "Object.keys(BM.baseLayers).length") == 1, timeout=TIMEOUT)
    assert panel.requests.non_local() == []  # offered, not shown: nothing fetched yet
    run_js(panel.web_view, "BM.map.removeLayer(BM.plainBase), BM.baseLayers.o1.addTo(BM.map), 1")
    qtbot.waitUntil(lambda: any(u.startswith("http://127.0.0.1:9/") for u in panel.requests.urls), timeout=TIMEOUT)
    assert not panel.requests.blocked  # the user's own layer is let through
    assert "© Loopback" in run_js(panel.web_view, "document.querySelector('.leaflet-control-attribution').textContent")
    with pytest.raises(ValueError, match="http:// or https://"):
        panel.add_online_layer("bad", "ftp://example/{z}/{x}/{y}", "")


def _near(pixels: np.ndarray, color: str, tol: int = 12) -> int:
    r, g, b = palette.hex_to_rgb(color)
    close = (np.abs(pixels[..., 0] - r) <= tol) & (np.abs(pixels[..., 1] - g) <= tol) & (np.abs(pixels[..., 2] - b) <= tol)
    return int(close.sum())


def test_grab_map_gives_the_drawn_map(panel):
    image = grab_map(panel)
    assert (image.width(), image.height()) == (900, 700)
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    stride = rgb.bytesPerLine()
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * rgb.height())
    pixels = pixels.reshape(rgb.height(), stride)[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).astype(int)
    total = image.width() * image.height()
    assert _near(pixels, palette.BELARUS_FILL) > total * 0.05  # Belarus is drawn
    ramp = ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026")
    # Grid cells, blended over the countries (alpha 0.78): look for their hue, loosely.
    warm = (pixels[..., 0] > 180) & (pixels[..., 2] < 120) & (pixels[..., 0] - pixels[..., 2] > 100)
    assert warm.sum() > 500, f"no incident cells visible ({ramp})"


def test_reference_text_cannot_break_out_of_the_pages_script():
    import json

    from border_monitor.ui.map.page import script_json

    hostile = {"name": "</script><script>alert(1)</script> & 'quoted' \u2028"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "'" not in text and "&" not in text
    assert json.loads(text) == hostile


def layer_in_page(html: str, factory: str):
    """The GeoJSON a page gives ``BM.layers.<factory>(JSON.parse("<text>"), ...)``: the string as JavaScript
    reads it (its escapes are JSON's), then the text as JSON.parse reads it."""
    import json

    start = html.index(f"BM.layers.{factory}(JSON.parse(") + len(f"BM.layers.{factory}(JSON.parse(")
    text, _ = json.JSONDecoder().raw_decode(html, start)
    return json.loads(text)


def test_reference_text_reaches_the_page_as_written_never_read_as_a_template():
    """folium compiles each rendered script again as a Jinja template: data must not pass through that."""
    import json
    import re

    from border_monitor.ui.map.page import build_page

    names = ["{{ 7 * 7 }} zone", "{% raw %}", "{# not a comment #}"]
    zones = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": name, "id": k},
         "geometry": {"type": "Point", "coordinates": [25.0 + k, 54.0]}} for k, name in enumerate(names)]}
    html = build_page({"zones": zones})
    line = next(x for x in html.splitlines() if "BM.layers.zones(" in x)
    data = json.loads(re.match(r"\s*var \w+ = BM\.layers\.zones\((\{.*\}), \{", line).group(1))
    assert [f["properties"]["name"] for f in data["features"]] == names
    html = build_page({"zones": json.dumps(zones)})  # the store's text: the same names
    assert [f["properties"]["name"] for f in layer_in_page(html, "zones")["features"]] == names
    assert "bm-args-" not in html  # every slot was filled


def test_reference_layers_as_the_stores_text_go_into_the_page_as_written(demo_store):
    """The GeoPackage store's GeoJSON text goes into the page unparsed: made safe for the script, a layer whose
    features have no geometry left out, and the page's copy means the same as the store's dict."""
    import json
    import re

    from border_monitor.ui.map.page import REFERENCE_LAYERS, build_page, page_parts

    texts = {name: demo_store.reference_layer_text(name) for name in REFERENCE_LAYERS}
    for name, text in texts.items():
        assert json.loads(text) == demo_store.reference_layer(name)
    hostile = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "</script><script>alert(1)</script> & 'q' \u2028"},
         "geometry": {"type": "Point", "coordinates": [25.0, 54.0]}},
        {"type": "Feature", "properties": None, "geometry": None}]}
    nothing = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "{\"geometry\": {"},
                                                          "geometry": None}]}
    html = build_page({**texts, "zones": json.dumps(hostile), "crossing_points": json.dumps(nothing)})
    assert "alert(1)</script>" not in html and "BM.layers.crossings(" not in html
    assert "<" not in page_parts(html).script  # nothing in the data can end the script
    assert layer_in_page(html, "zones") == hostile
    assert layer_in_page(html, "countries") == json.loads(texts["countries"])


def test_a_stored_feature_without_geometry_is_left_out_by_the_page(qtbot, demo_store_file, tmp_path, run_js):
    """The store's text comes into the page unfiltered: a zone whose geometry another program (QGIS) emptied is
    dropped by the page, which draws the other zones without an error."""
    import shutil
    import sqlite3

    from border_monitor.store import open_store
    from border_monitor.store.gpkg.binary import register_functions
    from border_monitor.ui.state import AppState

    path = tmp_path / "edited.gpkg"
    shutil.copyfile(demo_store_file, path)
    with sqlite3.connect(path) as conn:
        register_functions(conn)  # the ST_ functions of the R-tree triggers, which GDAL (QGIS) registers too
        zones = conn.execute("SELECT count(*) FROM zones").fetchone()[0]
        conn.execute("UPDATE zones SET geom = NULL WHERE fid = (SELECT min(fid) FROM zones)")
    store = open_store(path)
    try:
        panel = MapPanel(store, AppState())
        qtbot.addWidget(panel)
        panel.resize(900, 700)
        with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
            panel.show()
        assert panel.console_problems() == []
        assert run_js(panel.web_view, "document.querySelectorAll('path[stroke-dasharray=\"6 4\"]').length") == zones - 1
    finally:
        panel.close()
        store.close()


def test_a_page_loaded_while_hidden_fits_the_borders_once_shown(qtbot, demo_store, app_state, run_js):
    """A hidden view is ~100x30 px: the first fit there zooms out to the world; showing it must fit again."""
    from border_monitor.ui.map.page import DEFAULT_BOUNDS

    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.ready, timeout=TIMEOUT):
        pass  # the page loads in the hidden view
    small = run_js(panel.web_view, "BM.viewOf(BM.map)")
    assert small["width"] < 300
    panel.resize(900, 700)
    panel.show()
    w, s, e, n = DEFAULT_BOUNDS

    def fitted() -> bool:
        v = run_js(panel.web_view, "BM.viewOf(BM.map)")
        return v["width"] == 900 and v["west"] <= w and v["east"] >= e and v["south"] <= s and v["north"] >= n \
            and v["zoom"] >= 6
    qtbot.waitUntil(fitted, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.view().get("zoom", 0) >= 6, timeout=TIMEOUT)  # Python was told the new view


def test_every_page_has_the_head_of_the_shell_the_engine_starts_on(demo_store):
    """The engine started early loads the page's head before any store is known (``shell_page``); a panel fills it
    only if its page has that head, so the head must not change with the store, the view or the look."""
    from border_monitor.ui.map.page import REFERENCE_LAYERS, build_page, page_parts, shell_head, shell_page

    texts = {name: demo_store.reference_layer_text(name) for name in REFERENCE_LAYERS}
    for options in ({}, {"view": {"lat": 54.6, "lon": 25.3, "zoom": 11}}, {"wall": True}, {"impact_shown": True}):
        parts = page_parts(build_page(texts, **options))
        assert parts.head == shell_head() and 'id="map_bm"' in parts.body and "BM.init(map_bm" in parts.script
    assert page_parts(build_page({})).head == shell_head()
    assert "<script src=" in shell_head() and "<body>\n</body>" in shell_page()
