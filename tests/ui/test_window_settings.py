"""What the window remembers between runs: layout, geometry, map view, last store (QSettings)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from border_monitor.ui.app import choose_store, default_store_path
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import WindowSettings, open_settings

TIMEOUT = 30_000


def make_window(qtbot, store, settings_file: Path) -> MainWindow:
    window = MainWindow(store, store_path=store.path, settings=open_settings(settings_file))
    with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT):
        window.show()
    return window


def test_a_second_window_restores_layout_geometry_map_view_and_store(qtbot, demo_store, tmp_path):
    settings_file = tmp_path / "settings.ini"
    first = make_window(qtbot, demo_store, settings_file)
    try:
        first.resize(761, 563)  # within the offscreen screen (800x600): restoreGeometry fits windows to the screen
        first.docks["details"].hide()
        first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.docks["table"])
        first.timeline_panel.set_by("type")
        with qtbot.waitSignal(first.map_panel.viewChanged, timeout=TIMEOUT):
            first.map_panel.center_on(25.4, 54.6, 9)
        qtbot.waitUntil(lambda: first.map_panel.view().get("zoom") == 9, timeout=TIMEOUT)
        saved_view = first.map_panel.view()
    finally:
        dispose(first)  # closing saves
    assert settings_file.exists()

    second = make_window(qtbot, demo_store, settings_file)
    try:
        assert (second.width(), second.height()) == (761, 563)
        assert not second.docks["details"].isVisible()
        assert second.docks["filters"].isVisible()
        assert second.dockWidgetArea(second.docks["table"]) == Qt.DockWidgetArea.RightDockWidgetArea
        assert second.timeline_panel.by == "type"
        qtbot.waitUntil(lambda: second.map_panel.view().get("zoom") == 9, timeout=TIMEOUT)
        view = second.map_panel.view()
        assert view["lat"] == pytest.approx(saved_view["lat"], abs=1e-3)
        assert view["lon"] == pytest.approx(saved_view["lon"], abs=1e-3)
    finally:
        dispose(second)
    settings = WindowSettings(open_settings(settings_file))
    assert settings.last_store == str(demo_store.path)
    assert choose_store(None, settings) == (Path(demo_store.path), False)


def test_without_a_last_store_the_demo_store_in_the_data_folder_is_chosen(qapp, tmp_path):
    settings = WindowSettings(open_settings(tmp_path / "empty.ini"))
    path, create = choose_store(None, settings)
    assert create is True and path == default_store_path()
    assert path.name.endswith(".gpkg")
    assert choose_store(tmp_path / "x.gpkg", settings) == (tmp_path / "x.gpkg", False)
    settings.last_store = tmp_path / "gone.gpkg"  # a remembered store that was deleted meanwhile
    assert choose_store(None, settings) == (default_store_path(), True)
