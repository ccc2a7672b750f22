"""Tools of the filters panel and View menu: named saved filters, zoom to results / selection, the area line."""
from __future__ import annotations

import getpass
import math
import shutil

import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.store import open_store
from border_monitor.ui.filters_panel import FiltersPanel, area_text
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings
from border_monitor.ui.state import AppState
from border_monitor.ui.zoom_to import view_for_bounds

TIMEOUT = 60_000
NIGHT = IncidentFilter(countries={"LT"}, types={"apprehension"}, text="forest", bbox=(23.41, 54.0, 24.02, 54.3))


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False,
                   user="officer.test")
    w.resize(1400, 900)
    w.show()
    qtbot.waitUntil(w.map_panel.is_settled, timeout=TIMEOUT)
    yield w
    dispose(w)


def test_saving_choosing_and_deleting_a_named_filter(qtbot, demo_store):
    state = AppState()
    panel = FiltersPanel(demo_store, state)
    qtbot.addWidget(panel)
    box = panel.saved
    state.set_filter(NIGHT)
    assert box.save_as("Night patrol") and box.names == ["Night patrol"]
    assert box.current_name == "Night patrol" and box.delete_button.isEnabled()
    (saved,) = demo_store.saved_filters()
    assert saved.filter == NIGHT and saved.author == getpass.getuser()  # a panel on its own: the OS account
    state.set_filter(IncidentFilter())
    assert box.current_name is None and not box.delete_button.isEnabled()  # the filter is no saved one
    box.combo.activated.emit(0)  # the user picks it in the combo
    assert state.filter == NIGHT and box.current_name == "Night patrol"
    # The panel's widgets follow: Lithuania only, the text, the area line.
    assert panel.text_edit.text() == "forest" and not panel.country_boxes["PL"].isChecked()
    assert box.delete("Night patrol") and box.names == [] and demo_store.saved_filters() == []


def test_another_workstations_filter_shows_when_the_combo_opens(qtbot, demo_store):
    state = AppState()
    panel = FiltersPanel(demo_store, state)
    qtbot.addWidget(panel)
    with open_store(demo_store.path) as other:  # a second workstation on the same store file
        other.save_filter("Riga shift", IncidentFilter(countries={"LV"}), "ben")
    assert panel.saved.names == []
    panel.saved.combo.showPopup()
    assert panel.saved.names == ["Riga shift"]
    panel.saved.combo.hidePopup()
    assert panel.saved.choose("Riga shift") and state.filter == IncidentFilter(countries={"LV"})


def test_a_write_refused_says_why(qtbot, demo_store_file, tmp_path):
    path = tmp_path / "ro.gpkg"
    shutil.copyfile(demo_store_file, path)
    with open_store(path, read_only=True) as store:
        state = AppState()
        panel = FiltersPanel(store, state)
        qtbot.addWidget(panel)
        assert not panel.saved.save_button.isEnabled()
        with qtbot.waitSignal(panel.saved.failed) as said:
            assert not panel.saved.save_as("x")
        assert "read-only" in said.args[0]


def test_the_area_line_shows_the_box_and_clears_it(qtbot, demo_store):
    state = AppState()
    panel = FiltersPanel(demo_store, state)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.area_row.isHidden()
    state.update_filter(bbox=(23.41, 54.0, 24.02, 54.3), countries={"LT"})
    assert not panel.area_row.isHidden()
    assert panel.area_label.text() == "Area: 23.41\u201324.02 E, 54.00\u201354.30 N"
    panel.clear_button.click()  # "Clear filter" keeps the area ...
    assert state.filter == IncidentFilter(bbox=(23.41, 54.0, 24.02, 54.3)) and not panel.area_row.isHidden()
    panel.area_clear.click()  # ... its own button clears it
    assert state.filter.bbox is None and panel.area_row.isHidden()
    assert area_text((-3.5, -1.25, 2.0, 4.0)) == "3.50 W\u20132.00 E, 1.25 S\u20134.00 N"


def test_view_for_bounds_fits_and_does_not_overshoot():
    wide = view_for_bounds((23.0, 53.0, 28.0, 56.5), 900, 700)
    assert abs(wide["lon"] - 25.5) < 1e-9 and 54.5 < wide["lat"] < 55.0

    def size_px(zoom):  # the box's width and height in pixels at a zoom (Web Mercator, plainly)
        merc = lambda lat: math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))  # noqa: E731
        world = 256 * 2 ** zoom
        return world * 5 / 360, world * (merc(56.5) - merc(53.0)) / (2 * math.pi)

    w, h = size_px(wide["zoom"])
    assert w <= 900 and h <= 700  # it fits ...
    w, h = size_px(wide["zoom"] + 1)
    assert w > 900 * 0.84 or h > 700 * 0.84  # ... and one level more would not (less the margins)
    assert wide["zoom"] == 7
    assert view_for_bounds((25.0, 54.0, 25.0, 54.0), 900, 700) == {"lat": pytest.approx(54.0), "lon": 25.0,
                                                                   "zoom": 15}


def _near(view: dict, lat: float, lon: float, zoom: int) -> bool:
    return view and view["zoom"] == zoom and abs(view["lat"] - lat) < 1e-3 and abs(view["lon"] - lon) < 1e-3


def test_zoom_to_results_and_to_selection_move_the_map(window, demo_store, qtbot):
    state = window.state
    state.update_filter(countries={"PL"})
    bounds = demo_store.extent(IncidentFilter(countries={"PL"}))
    window.zoom.results_action.trigger()
    web = window.map_panel.web_view
    expected = view_for_bounds(bounds, web.width() / web.zoomFactor(), web.height() / web.zoomFactor())
    qtbot.waitUntil(lambda: _near(window.map_panel.view(), expected["lat"], expected["lon"], expected["zoom"]),
                    timeout=TIMEOUT)
    # The filters panel's button does the same for the filter as it is now.
    state.update_filter(countries={"LV"})
    window.filters_panel.zoom_button.click()
    lv = view_for_bounds(demo_store.extent(IncidentFilter(countries={"LV"})), web.width() / web.zoomFactor(),
                         web.height() / web.zoomFactor())
    qtbot.waitUntil(lambda: _near(window.map_panel.view(), lv["lat"], lv["lon"], lv["zoom"]), timeout=TIMEOUT)
    assert (lv["lat"], lv["lon"]) != (expected["lat"], expected["lon"])

    assert not window.zoom.selection_action.isEnabled()
    one = demo_store.page(IncidentFilter(countries={"LV"}), limit=1)[0]
    state.select([str(one.id)])
    assert window.zoom.selection_action.isEnabled()
    window.zoom.selection_action.trigger()
    qtbot.waitUntil(lambda: _near(window.map_panel.view(), one.lat, one.lon, 15), timeout=TIMEOUT)


def test_the_window_saves_as_its_user(window, demo_store):
    assert window.filters_panel.saved.save_as("Mine")
    assert [s.author for s in demo_store.saved_filters()] == ["officer.test"]


def test_nothing_to_zoom_to_is_said(window):
    window.state.update_filter(text="words no incident holds anywhere")
    assert window.zoom.zoom_to_results() is None
    assert "No incident in the filter" in window.statusBar().currentMessage()


def test_view_menu_offers_both(window):
    texts = [a.text() for a in window.menus["view"].actions()]
    assert "Zoom to filtered &results" in texts and "Zoom to &selection" in texts
