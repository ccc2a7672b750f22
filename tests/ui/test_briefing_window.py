"""The briefing window: sizes that follow the screen, the map's impact layer on, the figures and alerts of
the same reference time, the tour, F11 and Esc from the workstation, and no editing."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from border_monitor.analysis import early_warning, parse_reference_time
from border_monitor.ui.briefing.capture import grab_briefing, wait_drawn
from border_monitor.ui.briefing.window import BriefingWindow
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.text import palette


@pytest.fixture
def briefing(qtbot, demo_store):
    made = []

    def make(at="2021-08-01", size=(1920, 1080), **kwargs):
        window = BriefingWindow(demo_store, at=at, **kwargs)
        made.append(window)
        window.resize(*size)
        window.show()
        wait_drawn(window, 60)
        return window
    yield make
    for window in made:
        dispose(window)  # before the store closes: no timer of its map may read a closed store


@pytest.fixture
def workstation(qtbot, demo_store, tmp_path):
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings

    window = MainWindow(demo_store, settings=open_settings(tmp_path / "s.ini"), restore=False)
    window.show()
    yield window
    if window.briefing.briefing is not None:
        dispose(window.briefing.briefing)
    dispose(window)


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.width() * image.height() * 4)
    return raw.reshape(image.height(), image.width(), 4)[..., 2::-1].copy()  # BGRA -> RGB, owned (not the image's)


@pytest.mark.parametrize("size", [(1920, 1080), (3840, 2160)])
def test_type_grows_with_the_screen_and_the_frame_is_dark_with_the_map_drawn(briefing, tmp_path, size, locale_c):
    window = briefing(at="2021-10-01", size=size)  # Poland's record: high sectors on the PL-BY border
    assert window.sizes.scale == pytest.approx(size[1] / 1080)
    figure = window.figures_panel.cells["all"]["week"]
    assert figure.font().pixelSize() >= round(28 * size[1] / 1080)  # the scope row, read across a room
    assert window.clock_label.font().pixelSize() == round(48 * size[1] / 1080)
    assert window.map_panel.web_view.zoomFactor() == pytest.approx(max(1.0, 1.2 * size[1] / 1080), abs=0.01)
    image = grab_briefing(window, 60)
    image.save(str(tmp_path / f"briefing-{size[0]}.png"))
    rgb = pixels(image)
    assert rgb.shape[:2] == (size[1], size[0])
    assert rgb[2, 2].max() < 40  # the dark theme's background in the corner
    view = window.map_panel.web_view
    origin = view.mapTo(window, view.rect().topLeft())
    map_part = rgb[origin.y():origin.y() + view.height(), origin.x():origin.x() + view.width()].reshape(-1, 3)
    high = np.array([int(palette.IMPACT_COLORS["high"][k:k + 2], 16) for k in (1, 3, 5)])
    assert (np.abs(map_part.astype(int) - high).sum(axis=1) < 12).sum() > 100  # high sectors drawn in their colour
    assert np.median(map_part.max(axis=1)) > 150  # a light map in the dark frame, not a blank view


def test_map_alerts_and_figures_show_the_same_reference_time(briefing, demo_store, run_js, locale_c):
    window = briefing(at="2021-10-01")
    expected = early_warning(demo_store, parse_reference_time("2021-10-01"))
    assert expected.high_sectors()  # Poland's sectors on its record day
    assert window.map_panel.impact.levels == {u.name: u.level.value for u in expected.sectors}
    assert window.alerts_panel.warning.high_sectors() == expected.high_sectors()
    shown = window.alerts_panel.shown_sectors()
    assert shown[:len(expected.high_sectors())] and set(expected.high_sectors()) <= set(shown)
    page = run_js(window.map_panel.web_view,
                  "BM.impactLayer && BM.map.hasLayer(BM.impactLayer) ? BM.impactState.levels : null")
    assert page == window.map_panel.impact.levels
    colours = run_js(window.map_panel.web_view, """(function () { var out = {};
        BM.impactLayer.eachLayer(function (g) { if (g.eachLayer) g.eachLayer(function (l) {
          if (l.options.interactive !== false) out[l.feature.properties.sector] = l.options.color; }); });
        return out; })()""")
    for unit in expected.sectors:
        assert colours[unit.name] == palette.IMPACT_COLORS[unit.level.value], unit.name
    week = window.figures_panel.figures()["LT"].week
    assert window.figures_panel.text_of("LT", "week") == str(week) and week > 0
    flt = window.state.filter
    assert (flt.date_from.isoformat(), flt.date_to.isoformat()) == ("2021-09-25", "2021-10-01")  # the map: 7 days
    assert "2021-10-01" in window.simulated_label.text()


def test_a_stale_store_is_shown_as_of_its_newest_day(briefing, locale_c):
    window = briefing(at=None)
    assert window.time.kind == "newest"
    assert window.simulated_label.isVisible() and "2021-12-31" in window.simulated_label.text()


def test_the_tour_moves_through_the_whole_border_and_each_service(briefing, qtbot):
    window = briefing()
    assert not window.touring and window.scope == "all"
    seen = []
    window.scopeChanged.connect(seen.append)
    window.set_tour(0.3)
    assert window.touring
    qtbot.waitUntil(lambda: len(seen) >= 4, timeout=10_000)
    assert seen[:4] == ["LT", "LV", "PL", "all"]
    window.set_tour(None)
    window.set_scope("PL")
    assert window.state.filter.countries == frozenset({"PL"})
    borders = {u.name: u.border for u in window.alerts_panel.warning.sectors}
    assert {borders[name] for name in window.alerts_panel.shown_sectors()} <= {"PL-BY"}
    before = window.timeline.total()
    window.set_scope("all")
    assert window.timeline.total() > before  # the timeline of the whole border holds more than Poland's


def test_the_briefing_window_offers_no_editing(briefing, qtbot, run_js):
    window = briefing()
    panel = window.map_panel
    assert not panel._can_move()  # the focused incident's popup offers no "Move"
    assert panel.receivers("2contextRequested(double,double)") == 0  # no "New incident here" menu
    window.activateWindow()
    for key, modifier in ((Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window, key, modifier)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_f11_from_the_workstation_and_esc_back_keep_store_filter_and_selection(qtbot, demo_store, workstation):
    window = workstation
    window.state.update_filter(countries=frozenset({"LV"}), text="group")
    incident = demo_store.page(window.state.filter, limit=1)[0]
    window.state.select([str(incident.id)], str(incident.id))
    flt, selection = window.state.filter, window.state.selection
    edit = window.editing
    assert edit.new_action.isEnabled() and edit.delete_action.isEnabled()
    assert window.briefing.action.shortcut().toString() == "F11"
    assert window.briefing.action in window.menus["view"].actions()
    window.briefing.action.trigger()
    briefing = window.briefing.briefing
    assert briefing is not None and briefing.isVisible() and not window.isVisible()
    assert briefing.store is demo_store
    assert all(not item.isEnabled() for item in window.briefing.edit_actions())  # no editing in this mode
    assert not edit.new_action.isEnabled() and not edit.undo_action.isEnabled()
    assert briefing.state.filter.countries == frozenset()  # the briefing's own filter ...
    assert window.state.filter == flt  # ... leaves the workstation's alone
    wait_drawn(briefing, 60)
    with qtbot.waitSignal(window.briefing.left, timeout=5000):
        qtbot.keyClick(briefing, Qt.Key.Key_Escape)
    assert window.isVisible() and window.briefing.briefing is None
    assert window.state.store is demo_store and window.state.filter == flt and window.state.selection == selection
    assert edit.new_action.isEnabled() and edit.delete_action.isEnabled()


def test_a_write_the_workstation_announces_reaches_the_briefing_without_a_reload(qtbot, demo_store, workstation,
                                                                                  locale_c):
    from border_monitor.domain.incident import Incident
    from border_monitor.ui.write_op import run_write

    window = workstation
    briefing = window.briefing.enter(at="2021-08-01", show=False)
    briefing.resize(1600, 900)
    briefing.show()
    wait_drawn(briefing, 60)
    loads, today = briefing.map_panel._loads, briefing.figures_panel.figures()["LV"].today
    with qtbot.waitSignal(briefing.refreshed, timeout=5000):
        run_write(window.state, lambda: demo_store.add([Incident(
            occurred_at="2021-08-01T09:00:00Z", country="LV", type="apprehension", lon=27.6, lat=55.9, persons=4,
            nationalities="IRQ:4", source="patrol")], "tester"))
    assert briefing.figures_panel.figures()["LV"].today == today + 1
    assert briefing.figures_panel.text_of("LV", "today") == str(today + 1)
    qtbot.waitUntil(briefing.map_panel.is_settled, timeout=10_000)
    assert briefing.map_panel._loads == loads  # the map took the new data over the bridge: no page reload
    window.briefing.leave()
    assert window.briefing.briefing is None and window.isVisible()
