"""WMTS in the GUI, against the loopback WMTS server of tests/basemap/wmts_server.py: the online layer dialog
reads the capabilities and lists layers, styles, formats and sets, refuses a layer with no web-Mercator set
with the sentence naming its sets; the chosen layer shows on the map with the right tile matrix, row and
column per zoom, is kept in the settings, and "Make available offline" downloads it into MBTiles."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from border_monitor.basemap import wmts
from border_monitor.basemap.tile_math import count_tiles, lonlat_to_tile, tiles_in
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.map.online_layer_dialog import OnlineLayerDialog
from border_monitor.ui.map.online_layers import OnlineLayer, load_layers

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "basemap"))
from wmts_server import WmtsServer  # noqa: E402

from test_window_map_layers import TIMEOUT, base_layers, make_window  # noqa: E402

VILNIUS = (25.2797, 54.6872)


@pytest.fixture
def server():
    s = WmtsServer()
    yield s
    s.close()


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    win = make_window(qtbot, demo_store, tmp_path / "settings.ini")
    yield win
    dispose(win)


def items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_dialog_reads_capabilities_lists_layers_and_refuses_one_without_web_mercator(qtbot, server, tmp_path):
    dialog = OnlineLayerDialog(["Taken"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.url_edit.isVisible() and not dialog.capabilities_edit.isVisible()
    dialog.wmts_radio.click()
    assert not dialog.url_edit.isVisible() and dialog.capabilities_edit.isVisible()
    qtbot.keyClicks(dialog.capabilities_edit, server.rest_url)
    with qtbot.waitSignal(dialog.capabilities_read, timeout=TIMEOUT) as read:
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    assert read.args == [True]
    assert items(dialog.layer_combo) == ["Orthophoto (ortho)", "Roads (roads)",
                                         "Topographic map (LKS-92) (lks) (not in web Mercator)"]
    assert dialog.name_edit.text() == "Orthophoto"
    assert dialog.attribution_edit.text() == "Loopback Mapping Agency — Loopback orthophoto service"
    assert items(dialog.set_combo) == ["GoogleMapsCompatible (zooms 0-18)"]
    assert items(dialog.encoding_combo) == ["RESTful (tile address template)", "KVP (GetTile requests)"]
    assert "zooms 0-18 (RESTful requests)" in dialog.wmts_status.text()
    dialog.grab().save(str(tmp_path / "wmts-dialog.png"))

    dialog.layer_combo.setCurrentIndex(2)  # only LKS-92 and an EPSG:3857 set of other scales
    status = dialog.wmts_status.text()
    assert "has no tile matrix set in web Mercator" in status and "LKS92 (EPSG:3059), Odd3857 (EPSG:3857)" in status
    assert items(dialog.set_combo) == ["LKS92 (EPSG:3059): not web Mercator", "Odd3857 (EPSG:3857): not web Mercator"]
    dialog.grab().save(str(tmp_path / "wmts-dialog-refused.png"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.layer is None  # stays open, saying why
    assert "LKS92 (EPSG:3059)" in dialog.error_label.text()

    dialog.layer_combo.setCurrentIndex(1)
    assert dialog.name_edit.text() == "Roads"  # filled from the capabilities, replaced with the layer
    assert items(dialog.style_combo) == ["main", "night"] and items(dialog.format_combo) == ["image/jpeg", "image/png"]
    assert items(dialog.set_combo) == ["EPSG:3857 (zooms 0-14)", "LKS92 (EPSG:3059): not web Mercator"]
    assert items(dialog.encoding_combo) == ["KVP (GetTile requests)"]
    dialog.style_combo.setCurrentIndex(1)
    dialog.format_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    layer = dialog.layer
    assert layer is not None and not dialog.isVisible()
    assert (layer.name, layer.wmts.layer, layer.wmts.style, layer.wmts.format, layer.wmts.encoding, layer.max_zoom) == (
        "Roads", "roads", "night", "image/png", "kvp", 14)
    assert layer.url == layer.wmts.template and "STYLE=night" in layer.url


def test_dialog_says_when_the_capabilities_cannot_be_read(qtbot, server):
    dialog = OnlineLayerDialog()
    qtbot.addWidget(dialog)
    dialog.wmts_radio.setChecked(True)
    dialog.capabilities_edit.setText(f"{server.base}/evil/WMTSCapabilities.xml")
    with qtbot.waitSignal(dialog.capabilities_read, timeout=TIMEOUT) as read:
        dialog.read_capabilities()
    assert read.args == [False] and "refused" in dialog.wmts_status.text()
    assert dialog.layer_combo.count() == 0
    dialog.accept()
    assert dialog.layer is None and dialog.error_label.text()


def test_wmts_layer_shows_on_the_map_with_the_tile_matrix_per_zoom_and_is_kept(window, qtbot, run_js, server):
    caps = wmts.fetch(server.rest_url)
    source = caps.resolve("ortho")
    panel = window.map_panel
    assert window.map_layers.add_online_layer(OnlineLayer.checked("Orthophoto", source.template, caps.attribution, 18,
                                                                  wmts=source))
    qtbot.waitUntil(lambda: "Orthophoto" in base_layers(window, run_js), timeout=TIMEOUT)
    with qtbot.waitSignal(panel.viewChanged, timeout=TIMEOUT):
        panel.center_on(*VILNIUS, 10)
    assert panel.requests.non_local() == []  # offered, not chosen: nothing fetched
    run_js(panel.web_view, """Array.from(document.querySelectorAll('.leaflet-control-layers-base label'))
        .filter(function (l) { return l.textContent.trim() === 'Orthophoto'; })[0].querySelector('input').click()""")
    x, y = lonlat_to_tile(*VILNIUS, 10)
    qtbot.waitUntil(lambda: ("ortho", "L10", y, x) in server.served, timeout=TIMEOUT)
    assert not panel.requests.blocked  # the user's layer is let through
    assert all(parts[:4] == ["default", "2024", "GoogleMapsCompatible", "L10"] for parts in server.rest)
    assert "Loopback Mapping Agency" in run_js(
        panel.web_view, "document.querySelector('.leaflet-control-attribution').textContent")
    with qtbot.waitSignal(panel.viewChanged, timeout=TIMEOUT):
        panel.center_on(*VILNIUS, 12)
    x12, y12 = lonlat_to_tile(*VILNIUS, 12)
    qtbot.waitUntil(lambda: ("ortho", "L12", y12, x12) in server.served, timeout=TIMEOUT)
    window.settings.sync()
    kept = load_layers(window.settings)
    assert [layer.name for layer in kept] == ["Orthophoto"] and kept[0].wmts == source


def test_make_available_offline_downloads_a_wmts_layer(window, qtbot, tmp_path, server):
    caps = wmts.fetch(server.kvp_url)
    source = caps.resolve("roads")
    assert window.map_layers.add_online_layer(OnlineLayer.checked("Roads", source.template, caps.attribution, 14,
                                                                  wmts=source))
    dialog = window.offline_maps.choose()
    assert dialog.max_zoom.maximum() == 14  # the layer's deepest tile matrix
    dialog.strip_radio.setChecked(True)
    dialog.min_zoom.setValue(5)
    dialog.max_zoom.setValue(7)
    dialog.rate_spin.setValue(10.0)
    dialog.file_edit.setText(str(tmp_path / "roads.mbtiles"))
    job = dialog.current_job()
    assert job.wmts == source
    expected = count_tiles(job.bbox, job.zooms)
    assert f"{expected:,} tiles" in dialog.estimate_label.text()
    with qtbot.waitSignal(window.offline_maps.finished, timeout=120_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args == ["offline", True]
    wanted = {("roads", f"EPSG:3857:{z}", y, x) for z, x, y in tiles_in(job.bbox, job.zooms)}
    assert set(server.served) == wanted and all(n == 1 for n in server.served.values())


def test_kvp_wmts_layer_shows_on_the_map_through_the_request_filter(window, qtbot, run_js, server):
    caps = wmts.fetch(server.kvp_url)
    source = caps.resolve("roads")
    panel = window.map_panel
    assert window.map_layers.add_online_layer(OnlineLayer.checked("Roads", source.template, caps.attribution, 14,
                                                                  wmts=source))
    qtbot.waitUntil(lambda: "Roads" in base_layers(window, run_js), timeout=TIMEOUT)
    with qtbot.waitSignal(panel.viewChanged, timeout=TIMEOUT):
        panel.center_on(*VILNIUS, 10)
    run_js(panel.web_view, """Array.from(document.querySelectorAll('.leaflet-control-layers-base label'))
        .filter(function (l) { return l.textContent.trim() === 'Roads'; })[0].querySelector('input').click()""")
    x, y = lonlat_to_tile(*VILNIUS, 10)
    qtbot.waitUntil(lambda: ("roads", "EPSG:3857:10", y, x) in server.served, timeout=TIMEOUT)
    assert not panel.requests.blocked
    assert all((q["LAYER"], q["STYLE"], q["FORMAT"]) == ("roads", "main", "image/jpeg") for q in server.kvp)
    with qtbot.waitSignal(panel.viewChanged, timeout=TIMEOUT):
        panel.center_on(*VILNIUS, 16)  # deeper than the set's zoom 14: its tiles enlarged, none asked for
    qtbot.wait(500)
    assert max(int(q["TILEMATRIX"].rsplit(":", 1)[1]) for q in server.kvp) <= 14
