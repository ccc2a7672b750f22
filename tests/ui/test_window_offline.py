"""File > Make a base map available offline...: the dialog's estimate and limit, a download from a tile server
on loopback into MBTiles, then offered as a base map; and File > Add base map... with a built GeoPackage."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from border_monitor.basemap.build import build
from border_monitor.basemap.tile_math import count_tiles
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.map.online_layers import OnlineLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from basemap_osm import write_osm  # noqa: E402
from test_basemap_download import TileServer  # noqa: E402

from test_window_map_layers import TIMEOUT, base_layers, make_window  # noqa: E402


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    win = make_window(qtbot, demo_store, tmp_path / "settings.ini")
    yield win
    dispose(win)


def test_offline_download_from_loopback_is_estimated_limited_and_offered(window, qtbot, tmp_path, run_js):
    server = TileServer()
    try:
        assert window.map_layers.add_online_layer(OnlineLayer("Loopback", server.url, "© Loopback tiles", 12))
        actions = window.offline_maps
        assert actions.action in window.menus["file"].actions()
        dialog = actions.choose()
        dialog.strip_radio.setChecked(True)
        dialog.min_zoom.setValue(5)
        dialog.max_zoom.setValue(7)
        dialog.rate_spin.setValue(10.0)
        dialog.file_edit.setText(str(tmp_path / "loop.mbtiles"))
        job = dialog.current_job()
        expected = count_tiles(job.bbox, job.zooms)
        assert f"{expected:,} tiles" in dialog.estimate_label.text()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.limit_spin.setValue(expected - 1)  # over the limit: refused, cannot start
        assert not ok.isEnabled() and "over the limit" in dialog.estimate_label.text()
        dialog.limit_spin.setValue(expected)
        assert ok.isEnabled()
        with qtbot.waitSignal(actions.finished, timeout=120_000) as done:
            ok.click()
        assert done.args == ["offline", True]
        assert actions.last_result.fetched == expected and sum(server.served.values()) == expected
        qtbot.waitUntil(lambda: "Loopback" in base_layers(window, run_js), timeout=TIMEOUT)
        assert any(name == "Loopback" for name in window.map_panel.base_layers().values())
    finally:
        server.close()


def test_add_base_map_takes_a_built_geopackage(window, qtbot, tmp_path, run_js, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    out = tmp_path / "base.gpkg"
    build([write_osm(tmp_path)], out)
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.add_mbtiles(out)
    assert done.args == ["mbtiles", True]
    qtbot.waitUntil(lambda: base_layers(window, run_js).get("OpenStreetMap (offline)") is True, timeout=TIMEOUT)
    assert window.map_panel.requests.non_local() == []
