"""The incident layer follows the state in place: filters, zoom, clicks, selection and the box tool."""
from __future__ import annotations

import html

import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.text.labels import type_label
from border_monitor.ui.map import MapPanel
from border_monitor.ui.map.payload import POINT_MIN_ZOOM, cell_deg_for_zoom, plan_for, points_filter

TIMEOUT = 20_000


def page_view(panel, run_js) -> dict:
    return run_js(panel.web_view, "BM.viewOf(BM.map)")


def test_filter_change_redraws_in_place_with_the_stores_cells(panel, app_state, demo_store, qtbot, run_js):
    view = page_view(panel, run_js)
    cell = cell_deg_for_zoom(view["zoom"])
    everything = demo_store.grid_counts(app_state.filter, cell)
    assert panel.features_drawn() == len(everything.counts)
    assert run_js(panel.web_view, "BM.data.total") == demo_store.count(app_state.filter)
    run_js(panel.web_view, "window.notReloaded = true")

    drawn: list = []
    panel.drawn.connect(drawn.append)
    app_state.update_filter(types={"smuggling"}, countries={"PL"})
    qtbot.waitUntil(lambda: panel.shows(app_state.filter), timeout=TIMEOUT)  # the page said it drew this filter
    assert page_view(panel, run_js)["zoom"] == view["zoom"]
    expected = demo_store.grid_counts(app_state.filter, cell)
    assert drawn[-1] == panel.features_drawn() == len(expected.counts)
    assert 0 < drawn[-1] < len(everything.counts)
    assert run_js(panel.web_view, "BM.data.total") == demo_store.count(app_state.filter)
    assert run_js(panel.web_view, "window.notReloaded") is True

    app_state.set_filter(IncidentFilter(date_from="2030-01-01"))
    qtbot.waitUntil(lambda: panel.shows(app_state.filter), timeout=TIMEOUT)
    assert drawn[-1] == 0
    assert panel.features_drawn() == 0


def test_zooming_in_switches_to_the_points_in_view(panel, app_state, demo_store, qtbot, run_js):
    busy = demo_store.points(IncidentFilter(countries={"PL"}), limit=1)
    lon, lat = float(busy["lon"][0]), float(busy["lat"][0])
    views, counts = [], []
    panel.viewChanged.connect(views.append)
    panel.drawn.connect(counts.append)
    with qtbot.waitSignals([panel.viewChanged, panel.drawn], timeout=TIMEOUT):
        panel.center_on(lon, lat, POINT_MIN_ZOOM + 1)
    assert views[-1] == {"lat": pytest.approx(lat), "lon": pytest.approx(lon), "zoom": POINT_MIN_ZOOM + 1}
    view = page_view(panel, run_js)
    assert view["zoom"] == POINT_MIN_ZOOM + 1
    assert panel.view()["zoom"] == POINT_MIN_ZOOM + 1
    plan = plan_for(view["zoom"], (view["west"], view["south"], view["east"], view["north"]))
    expected = demo_store.points(points_filter(app_state.filter, plan))
    assert counts == [len(expected["lon"])] and counts[0] >= 1
    assert run_js(panel.web_view, "BM.data.mode") == "points"

    with qtbot.waitSignal(panel.drawn, timeout=TIMEOUT) as drawn:
        app_state.update_filter(types={"humanitarian"})
    expected = demo_store.points(points_filter(app_state.filter, plan))
    assert drawn.args == [len(expected["lon"])]


def test_click_selects_and_selection_opens_the_popup(panel, app_state, demo_store, qtbot, run_js):
    target = demo_store.points(IncidentFilter(countries={"LT"}), limit=1)
    with qtbot.waitSignal(panel.drawn, timeout=TIMEOUT):
        panel.center_on(float(target["lon"][0]), float(target["lat"][0]), POINT_MIN_ZOOM + 2)
    # A real click on the screen place of a drawn point in the view, through the page's own handlers.
    where = run_js(panel.web_view, """(function () {
        var size = BM.map.getSize(), r = BM.map.getContainer().getBoundingClientRect();
        for (var i = 0; i < BM.data.len; i++) {
            var p = BM.map.latLngToContainerPoint([BM.data.y[i], BM.data.x[i]]);
            if (p.x < 60 || p.y < 60 || p.x > size.x - 260 || p.y > size.y - 60) continue;  // clear of controls
            var at = {clientX: r.left + p.x, clientY: r.top + p.y, bubbles: true, button: 0};
            var el = document.elementFromPoint(at.clientX, at.clientY);
            if (el.closest && el.closest('.leaflet-control')) continue;  // under the layer control or legend
            el.dispatchEvent(new MouseEvent('mousedown', at));
            el.dispatchEvent(new MouseEvent('click', at));
            return [BM.data.x[i], BM.data.y[i]];
        }
        return null;
    })()""")
    assert where is not None
    qtbot.waitUntil(lambda: len(app_state.selection) == 1, timeout=TIMEOUT)
    chosen = demo_store.get(app_state.focus)
    assert chosen.lon == pytest.approx(where[0], abs=1e-5) and chosen.lat == pytest.approx(where[1], abs=1e-5)
    qtbot.waitUntil(lambda: run_js(panel.web_view, "!!(BM.popup && BM.map.hasLayer(BM.popup))"), timeout=TIMEOUT)
    popup = run_js(panel.web_view, "BM.popup.getContent()")
    assert html.escape(chosen.description)[:40] in popup
    assert type_label(chosen.type) in popup

    # Selecting from elsewhere (the table): the map centres on the incident and shows its popup.
    other = demo_store.points(IncidentFilter(countries={"LV"}), limit=1)
    other_id = str(other["id"][0])
    app_state.select([other_id], other_id)
    incident = demo_store.get(other_id)

    def centred() -> bool:
        v = page_view(panel, run_js)
        return v["west"] < incident.lon < v["east"] and v["south"] < incident.lat < v["north"]

    qtbot.waitUntil(centred, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: run_js(panel.web_view, "BM.popup.getLatLng().lat") == pytest.approx(incident.lat),
                    timeout=TIMEOUT)
    assert run_js(panel.web_view, "BM.incidents._selection.length") == 1


def test_box_drawing_sets_and_clears_the_filters_bbox(panel, app_state, demo_store, qtbot, run_js):
    with qtbot.waitSignal(app_state.filterChanged, timeout=TIMEOUT):
        corners = run_js(panel.web_view, """(function () {
            var c = BM.map.getContainer(), r = c.getBoundingClientRect();
            function at(x, y, shift) {
                return {clientX: r.left + x, clientY: r.top + y, bubbles: true, button: 0, shiftKey: shift};
            }
            c.dispatchEvent(new MouseEvent('mousedown', at(200, 150, true)));
            document.dispatchEvent(new MouseEvent('mousemove', at(500, 450, true)));
            document.dispatchEvent(new MouseEvent('mouseup', at(500, 450, true)));
            var a = BM.map.containerPointToLatLng([200, 150]), b = BM.map.containerPointToLatLng([500, 450]);
            return [a.lng, b.lat, b.lng, a.lat];
        })()""")
    assert app_state.filter.bbox == pytest.approx(tuple(corners), abs=1e-4)
    qtbot.waitUntil(lambda: panel.features_drawn() == len(
        demo_store.grid_counts(app_state.filter, cell_deg_for_zoom(panel.view()["zoom"])).counts), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: run_js(panel.web_view, "!!BM.bboxLayer"), timeout=TIMEOUT)

    with qtbot.waitSignal(app_state.filterChanged, timeout=TIMEOUT):
        run_js(panel.web_view, "document.querySelector('.bm-box-clear').click(), 1")
    assert app_state.filter.bbox is None
    qtbot.waitUntil(lambda: run_js(panel.web_view, "!BM.bboxLayer"), timeout=TIMEOUT)


def test_cursor_and_right_click_report_map_positions(panel, qtbot, run_js):
    script = """(function () {
        var c = BM.map.getContainer(), r = c.getBoundingClientRect();
        var at = {clientX: r.left + 300, clientY: r.top + 200, bubbles: true, button: 2};
        c.dispatchEvent(new MouseEvent('%s', at));
        var ll = BM.map.containerPointToLatLng([300, 200]);
        return [ll.lng, ll.lat];
    })()"""
    with qtbot.waitSignal(panel.cursorMoved, timeout=TIMEOUT) as moved:
        expected = run_js(panel.web_view, script % "mousemove")
    assert moved.args == [pytest.approx(expected[0]), pytest.approx(expected[1])]
    with qtbot.waitSignal(panel.contextRequested, timeout=TIMEOUT) as menu:
        run_js(panel.web_view, script % "contextmenu")
    assert menu.args == [pytest.approx(expected[0]), pytest.approx(expected[1])]


def test_another_store_gets_a_new_page(panel, app_state, qtbot, tmp_path, run_js):
    from border_monitor.store import open_store

    empty = open_store(tmp_path / "empty.gpkg", create=True)
    try:
        counts = []
        panel.drawn.connect(counts.append)
        with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
            app_state.set_store(empty)
        assert counts == [0]
        assert run_js(panel.web_view, "BM.data.len") == 0
        assert run_js(panel.web_view, "document.querySelectorAll('.bm-crossing').length") == 21
    finally:
        empty.close()


def test_calls_before_the_page_is_ready_wait_in_the_queue(qtbot, demo_store, app_state, run_js):
    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(800, 600)
    assert panel.view() == {}
    panel.set_view({"lat": 54.6, "lon": 25.3, "zoom": 7})
    panel.set_view({"lat": 53.1, "lon": 23.9, "zoom": 9})  # replaces the queued one
    app_state.update_filter(countries={"LT"})
    counts = []
    panel.drawn.connect(counts.append)
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        panel.show()
    qtbot.waitUntil(lambda: panel.view().get("zoom") == 9, timeout=TIMEOUT)
    # Within a pixel (~0.003 degrees at zoom 9): a view set while the page was hidden moves by the rounding
    # of Leaflet's resize (it keeps the centre in whole pixels) when the panel is shown.
    assert run_js(panel.web_view, "[BM.map.getCenter().lat, BM.map.getCenter().lng]") == [
        pytest.approx(53.1, abs=0.003), pytest.approx(23.9, abs=0.003)]
    qtbot.waitUntil(panel.is_settled, timeout=TIMEOUT)
    assert counts[-1] == len(demo_store.grid_counts(app_state.filter, cell_deg_for_zoom(9)).counts)
    assert run_js(panel.web_view, "BM.data.total") == demo_store.count(app_state.filter)


def test_the_page_reports_the_stages_of_each_update_after_its_frame_painted(panel, app_state, qtbot):
    """What the benchmark's profile reads: decode, canvas, heat, frame, paint (page clock) and the transfer."""
    timings: list = []
    panel._bridge.timingReported.connect(timings.append)
    app_state.update_filter(countries={"LV"})
    qtbot.waitUntil(lambda: panel.shows(app_state.filter), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: any(t.get("seq") == panel._seq for t in timings), timeout=TIMEOUT)
    timing = next(t for t in timings if t.get("seq") == panel._seq)
    for stage in ("decode", "incidents", "heat", "frame", "painted", "transfer"):
        assert stage in timing and timing[stage] >= -5.0, (stage, timing)  # the page's and Python's clocks
    assert timing["done"] >= timing["received"] >= panel._bridge.sent_at[panel._seq] - 5.0
