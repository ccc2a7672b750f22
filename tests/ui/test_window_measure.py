"""The Measure tool in the main window: Tools menu, toolbar, map context menu, Esc, ring radii setting."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from border_monitor.domain import Incident
from border_monitor.geo.measure import MeasureError
from border_monitor.store import open_store

TIMEOUT = 20_000


@pytest.fixture
def window(qtbot, tmp_path):
    from border_monitor.ui.main_window import MainWindow

    store = open_store(tmp_path / "window.gpkg", create=True)
    store.add([Incident(occurred_at="2021-08-01T00:30:00Z", country="PL", type="apprehension", lon=23.64,
                        lat=53.50, persons=3, nationalities="IRQ:3", source="patrol")], "seeder")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings=settings, restore=False, user="tester")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.map_panel.drawn, timeout=TIMEOUT):
        win.show()
    yield win, settings
    store.close()


def test_tools_menu_toolbar_and_esc(window, qtbot, run_js):
    win, _ = window
    actions = win.measure_actions
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles.index("Tools") == titles.index("Help") - 1
    assert {a.objectName() for a in win.menus["tools"].actions()} >= {
        "actionMeasureDistance", "actionMeasureArea", "actionRangeRings", "actionStopMeasuring", "actionRangeRingRadii"}
    assert actions.toolbar.actions() == [actions.distance_action, actions.area_action, actions.rings_action]
    actions.distance_action.trigger()
    assert win.map_panel.tools.mode == "line" and actions.stop_action.isEnabled()
    qtbot.waitUntil(lambda: run_js(win.map_panel.web_view, "BM.measure.mode") == "line", timeout=TIMEOUT)
    actions.area_action.trigger()  # one tool at a time
    assert win.map_panel.tools.mode == "area" and not actions.distance_action.isChecked()
    assert actions.stop_action.shortcut().toString() == "Esc"
    actions.stop_action.trigger()
    assert win.map_panel.tools.mode == "" and not actions.area_action.isChecked()
    qtbot.waitUntil(lambda: run_js(win.map_panel.web_view, "BM.measure.mode") == "", timeout=TIMEOUT)
    # Esc on the page ends the tool too, and the toolbar follows
    actions.rings_action.trigger()
    qtbot.waitUntil(lambda: run_js(win.map_panel.web_view, "BM.measure.mode") == "rings", timeout=TIMEOUT)
    run_js(win.map_panel.web_view, "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true})), 1")
    qtbot.waitUntil(lambda: not actions.rings_action.isChecked(), timeout=TIMEOUT)


def test_map_context_menu_draws_rings_here_and_shows_the_figure(window, qtbot, run_js):
    win, _ = window
    actions = win.measure_actions
    menu_names = [a.objectName() for a in win.editing.map_menu.actions()]
    assert "actionRangeRingsHere" in menu_names and "actionMeasureFromHere" in menu_names
    win.map_panel.contextRequested.emit(23.66, 53.5)
    win.editing.map_menu.hide()
    with qtbot.waitSignal(win.map_panel.tools.measured, timeout=TIMEOUT):
        actions.rings_here_action.trigger()
    assert actions.rings_action.isChecked()
    assert "Range rings 1 km, 5 km, 10 km around 53.50000, 23.66000" in win.statusBar().currentMessage()
    actions.distance_here_action.trigger()
    qtbot.waitUntil(lambda: run_js(win.map_panel.web_view, "BM.measure.points.length") == 1, timeout=TIMEOUT)
    assert run_js(win.map_panel.web_view, "[BM.measure.points[0].lng, BM.measure.points[0].lat]") == [23.66, 53.5]


def test_ring_radii_are_kept_in_the_settings_and_checked(window, tmp_path, qtbot):
    win, settings = window
    actions = win.measure_actions
    assert actions.set_radii_text("2, 0.5 ; 20") == (0.5, 2.0, 20.0)
    assert win.map_panel.tools.ring_radii_km == (0.5, 2.0, 20.0)
    assert settings.value("measure/rings") == "0.5, 2, 20"
    with pytest.raises(MeasureError, match="'x' is not a number"):
        actions.set_radii_text("1, x")
    assert win.map_panel.tools.ring_radii_km == (0.5, 2.0, 20.0)  # a wrong entry changes nothing
    # the next window starts with them
    from border_monitor.ui.map.bridge import MapBridge
    from border_monitor.ui.map.measure_actions import MeasureActions
    from border_monitor.ui.map.tools import MapTools

    again = MeasureActions(MapTools(MapBridge()), settings)
    assert again.tools.ring_radii_km == (0.5, 2.0, 20.0)
