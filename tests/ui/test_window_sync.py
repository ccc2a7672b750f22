"""The main window: one filter and one selection shared by map, table, timeline, filters and details."""
from __future__ import annotations

from datetime import date

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtTest import QTest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.taxonomy import Country, IncidentType
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.map.payload import POINT_MIN_ZOOM, cell_deg_for_zoom
from border_monitor.ui.settings import open_settings
from border_monitor.ui.timeline import series

TIMEOUT = 30_000


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "settings.ini"),
                   restore=False)
    w.resize(1400, 900)
    with qtbot.waitSignal(w.map_panel.drawn, timeout=TIMEOUT):
        w.show()
    yield w
    dispose(w)


def map_cells(window, store) -> int:
    return len(store.grid_counts(window.state.filter, cell_deg_for_zoom(window.map_panel.view()["zoom"])).counts)


def test_start_shows_every_incident_in_every_view(window, demo_store):
    total = demo_store.count(IncidentFilter())
    assert total > 1000
    assert window.table_panel.model.rowCount() == total
    assert window.timeline_panel.bar_sum() == total
    assert window.timeline_panel.events.count() == len(demo_store.events()) > 0
    assert window.map_panel.features_drawn() == map_cells(window, demo_store)
    assert QLocale().toString(total) in window.count_label.text()
    assert demo_store.name in window.store_label.text()


def test_filter_change_from_the_filters_panel_reaches_map_table_and_timeline(window, demo_store, qtbot, settle):
    before = window.map_panel.features_drawn()
    with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT) as drawn:
        window.filters_panel.country_boxes[Country.LT].setChecked(False)
        window.filters_panel.country_boxes[Country.LV].setChecked(False)
        qtbot.waitUntil(lambda: window.state.filter.countries == {Country.PL}, timeout=TIMEOUT)
    settle(window.state)
    flt = window.state.filter
    expected = demo_store.count(flt)
    assert 0 < expected < demo_store.count(IncidentFilter())
    model = window.table_panel.model
    assert model.rowCount() == expected
    assert {model.incident(r).country for r in range(0, expected, max(1, expected // 50))} == {Country.PL}
    assert window.timeline_panel.bar_sum() == expected
    pl = window.timeline_panel.counts.keys.index("PL")
    assert window.timeline_panel.counts.counts[pl].sum() == expected
    qtbot.waitUntil(lambda: window.map_panel.features_drawn() == map_cells(window, demo_store), timeout=TIMEOUT)
    assert drawn.args[0] <= before
    assert QLocale().toString(expected) in window.count_label.text()

    # A type as well, from the state: the filters panel shows it, the views follow.
    with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT):
        window.state.update_filter(types={IncidentType.APPREHENSION})
    settle(window.state)
    assert window.filters_panel.type_boxes[IncidentType.APPREHENSION].isChecked()
    assert not window.filters_panel.type_boxes[IncidentType.SMUGGLING].isChecked()
    narrowed = demo_store.count(window.state.filter)
    assert narrowed < expected
    assert window.table_panel.model.rowCount() == narrowed
    assert window.timeline_panel.bar_sum() == narrowed

    # Clear: everything again.
    window.filters_panel.clear_button.click()
    assert window.state.filter == IncidentFilter()
    settle(window.state)
    assert window.table_panel.model.rowCount() == demo_store.count(IncidentFilter())


def drag(widget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    """A real left-button drag (QTest.mouseMove does not carry the pressed button)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(p), QPointF(widget.mapToGlobal(p)),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
        QTest.qWait(10)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_dragging_the_timeline_window_sets_the_dates_for_every_view(window, demo_store, qtbot, settle):
    timeline = window.timeline_panel
    # First narrow the window to August through the state; it moves without echoing back.
    seen = []
    window.state.filterChanged.connect(seen.append)
    window.state.update_filter(date_from=date(2021, 8, 1), date_to=date(2021, 8, 31))
    assert len(seen) == 1
    x0, x1 = timeline.region.getRegion()
    assert series.region_to_days(x0, x1) == (window.state.filter.date_from, window.state.filter.date_to)
    assert timeline.window_total() == demo_store.count(window.state.filter)

    # Now drag the middle of the window two weeks later with the mouse.
    QTest.qWait(50)
    plot = timeline.plot
    vb = plot.getPlotItem().getViewBox()
    y = vb.viewRange()[1][0] + 0.5 * (vb.viewRange()[1][1] - vb.viewRange()[1][0])
    middle = (x0 + x1) / 2

    def to_widget(x):
        scene = vb.mapViewToScene(pg.Point(x, y))
        return plot.mapFromScene(scene)

    start, end = to_widget(middle), to_widget(middle + 14 * series.DAY)
    with qtbot.waitSignal(window.state.filterChanged, timeout=TIMEOUT):
        drag(plot.viewport(), start, end)
    settle(window.state)
    flt = window.state.filter
    assert flt.date_from is not None and flt.date_to is not None
    assert 10 <= (flt.date_from - date(2021, 8, 1)).days <= 18
    assert (flt.date_to - flt.date_from).days == 30  # moved, not resized
    assert series.region_to_days(*timeline.region.getRegion()) == (flt.date_from, flt.date_to)
    expected = demo_store.count(flt)
    assert window.table_panel.model.rowCount() == expected
    assert timeline.window_total() == expected
    assert timeline.bar_sum() == demo_store.count(flt.with_changes(date_from=None, date_to=None))
    assert window.filters_panel.from_check.isChecked()
    assert window.filters_panel.from_edit.date().toPython() == flt.date_from
    qtbot.waitUntil(lambda: window.map_panel.features_drawn() == map_cells(window, demo_store), timeout=TIMEOUT)
    assert len(seen) == 2  # the drag gave one filter change: no echo from the views


def test_selecting_a_row_selects_in_the_state_centres_the_map_and_marks_the_day(window, demo_store, qtbot):
    view = window.table_panel.view
    rect = view.visualRect(window.table_panel.model.index(4, 3))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    incident = window.table_panel.model.incident(4)
    assert window.state.selection == (str(incident.id),)
    assert window.state.focus == str(incident.id)
    assert window.details_panel.incident is not None and window.details_panel.incident.id == incident.id
    assert incident.description[:30] in window.details_panel.browser.toPlainText()
    assert window.timeline_panel.focus_day == incident.local_time().date()
    assert window.timeline_panel.focus_line.isVisible()

    def centred() -> bool:
        v = window.map_panel.view()
        return bool(v) and v["zoom"] >= POINT_MIN_ZOOM and abs(v["lat"] - incident.lat) < 0.01 \
            and abs(v["lon"] - incident.lon) < 0.01

    qtbot.waitUntil(centred, timeout=TIMEOUT)


def test_selection_from_elsewhere_selects_the_row_far_down_and_marks_the_timeline(window, demo_store, qtbot):
    model = window.table_panel.model
    total = model.rowCount()
    far = demo_store.page(IncidentFilter(), model.sort_key, model.descending, total - 3, 1)[0]
    window.state.select([str(far.id)])
    qtbot.waitUntil(lambda: window.table_panel.selected_ids() == [str(far.id)], timeout=TIMEOUT)
    rows = window.table_panel.view.selectionModel().selectedRows()
    assert [r.row() for r in rows] == [total - 3]
    assert window.timeline_panel.focus_day == far.local_time().date()
    window.state.select([])
    assert window.table_panel.selected_ids() == []
    assert not window.timeline_panel.focus_line.isVisible()
    assert window.details_panel.incident is None


def test_a_click_on_the_map_selects_the_table_row_and_marks_the_day(window, demo_store, qtbot, run_js):
    target = demo_store.points(IncidentFilter(countries={"LT"}), limit=1)
    with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT):
        window.map_panel.center_on(float(target["lon"][0]), float(target["lat"][0]), POINT_MIN_ZOOM + 2)
    with qtbot.waitSignal(window.state.selectionChanged, timeout=TIMEOUT):
        run_js(window.map_panel.web_view, """(function () {
            var size = BM.map.getSize(), best = null, bestD = Infinity;
            for (var i = 0; i < BM.data.x.length; i++) {  // the drawn point nearest the centre
                var q = BM.map.latLngToContainerPoint([BM.data.y[i], BM.data.x[i]]);
                var d = Math.pow(q.x - size.x / 2, 2) + Math.pow(q.y - size.y / 2, 2);
                if (d < bestD) { bestD = d; best = q; }
            }
            var p = best;
            var r = BM.map.getContainer().getBoundingClientRect();
            var at = {clientX: r.left + p.x, clientY: r.top + p.y, bubbles: true, button: 0};
            var el = document.elementFromPoint(at.clientX, at.clientY);
            el.dispatchEvent(new MouseEvent('mousedown', at));
            el.dispatchEvent(new MouseEvent('click', at));
            return 1;
        })()""")
    chosen = demo_store.get(window.state.focus)
    assert window.table_panel.selected_ids() == [str(chosen.id)]
    row = window.table_panel.view.selectionModel().selectedRows()[0].row()
    assert window.table_panel.model.incident_id(row) == str(chosen.id)
    assert window.timeline_panel.focus_day == chosen.local_time().date()
    assert window.details_panel.incident.id == chosen.id


def test_search_box_filters_every_view_after_a_pause(window, demo_store, qtbot, settle):
    sample = demo_store.page(IncidentFilter(countries={"LV"}), limit=1)[0]
    word = sample.sector
    assert word
    search = window.filters_panel.text_edit
    QTest.keyClicks(search, word)
    assert window.state.filter.text == ""  # debounced: nothing yet
    qtbot.waitUntil(lambda: window.state.filter.text == word, timeout=TIMEOUT)
    settle(window.state)
    expected = demo_store.count(IncidentFilter(text=word))
    assert 0 < expected < demo_store.count(IncidentFilter())
    assert window.table_panel.model.rowCount() == expected
    assert window.timeline_panel.bar_sum() == expected
    assert window.filters_panel.text_edit.text() == word
    model = window.table_panel.model
    assert all(word.lower() in " ".join([model.incident(r).sector or "", model.incident(r).description,
                                         model.incident(r).source]).lower() for r in range(min(expected, 20)))


def test_status_bar_shows_the_cursor_position(window, qtbot):
    window.map_panel.cursorMoved.emit(25.28, 54.68)
    assert QLocale().toString(54.68, "f", 5) in window.cursor_label.text()
    assert QLocale().toString(25.28, "f", 5) in window.cursor_label.text()


def test_view_menu_toggles_the_docks_and_about_names_the_store_and_the_data(window, demo_store, qtbot):
    actions = {a.text(): a for a in window.menus["view"].actions()}
    assert len(actions) >= 4
    table_toggle = window.docks["table"].toggleViewAction()
    assert table_toggle in window.menus["view"].actions()
    table_toggle.trigger()
    assert not window.docks["table"].isVisible()
    table_toggle.trigger()
    assert window.docks["table"].isVisible()
    dialog = window.show_about()
    text = dialog.label.text()
    assert "OpenStreetMap" in text and "ODbL" in text
    assert demo_store.name in text
    assert "synthetic" in text  # the demo store's metadata says so
    dialog.close()
