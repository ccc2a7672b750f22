"""The map's own panels and keys: the legend and the layer control collapse to buttons on a small map and
open on a large one; popups open clear of every control; a focus popup goes with its incident (an undone
"new incident") and follows it when it moves; "+" and "-" zoom one level; the region is fitted into the
room the controls leave; beyond the reference geography the map shows a hatch, not a sea; the incident
canvas follows the page's device pixel ratio."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from border_monitor.domain import Incident
from border_monitor.ui.editing.controller import EditController
from border_monitor.ui.map import MapPanel
from border_monitor.ui.map.page import DEFAULT_BOUNDS

TIMEOUT = 20_000

STATE_JS = """(function () {
    var lc = document.querySelector('.leaflet-control-layers');
    return {layers: lc.classList.contains('leaflet-control-layers-expanded'), legend: BM.legend.isOpen(),
            compact: BM.map.getContainer().classList.contains('bm-compact')};
})()"""

# Boxes (container px) of the open popup and of every visible control, and the map's size.
BOXES_JS = """(function () {
    var c = BM.map.getContainer().getBoundingClientRect();
    function box(el) { var r = el.getBoundingClientRect(); return [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top]; }
    var popup = document.querySelector('.leaflet-popup');
    var controls = Array.from(document.querySelectorAll('.leaflet-control'))
        .filter(function (el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).map(box);
    return {popup: popup ? box(popup) : null, controls: controls, size: [c.width, c.height]};
})()"""


def overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def resize_and_wait(panel, qtbot, run_js, width, height):
    panel.resize(width, height)
    qtbot.waitUntil(lambda: run_js(panel.web_view, "[BM.map.getSize().x, BM.map.getSize().y]") == [width, height],
                    timeout=TIMEOUT)


def test_small_map_collapses_legend_and_layer_control_and_a_large_one_opens_them(qtbot, demo_store, app_state, run_js):
    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(640, 440)  # the map's share of a 1280x800 window
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        panel.show()
    assert run_js(panel.web_view, STATE_JS) == {"layers": False, "legend": False, "compact": True}
    # Collapsed, both are buttons that open their panel; a click on the map closes them again.
    run_js(panel.web_view, "document.querySelector('.bm-legend-toggle').click(), "
                           "document.querySelector('.leaflet-control-layers-toggle').click(), 1")
    assert run_js(panel.web_view, STATE_JS) == {"layers": True, "legend": True, "compact": True}
    run_js(panel.web_view, "BM.map.fire('click', {latlng: BM.map.getCenter()}), 1")
    assert run_js(panel.web_view, STATE_JS) == {"layers": False, "legend": False, "compact": True}
    # Every layer switch can be reached: nothing covers the open layer list on a small map.
    run_js(panel.web_view, "document.querySelector('.leaflet-control-layers-toggle').click(), 1")
    boxes = run_js(panel.web_view, BOXES_JS)
    switches = run_js(panel.web_view, """Array.from(document.querySelectorAll('.leaflet-control-layers label'))
        .map(function (el) { var r = el.getBoundingClientRect(), c = BM.map.getContainer().getBoundingClientRect();
                             return [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top]; })""")
    legend = run_js(panel.web_view, """(function () { var r = BM.legend.getContainer().getBoundingClientRect(),
        c = BM.map.getContainer().getBoundingClientRect(); return [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top]; })()""")
    assert len(switches) >= 8 and not any(overlaps(s, legend) for s in switches), (switches, legend, boxes)

    resize_and_wait(panel, qtbot, run_js, 1300, 950)
    assert run_js(panel.web_view, STATE_JS) == {"layers": True, "legend": True, "compact": False}
    # The user may close the legend on a large map; a click on the map leaves it as it is.
    run_js(panel.web_view, "document.querySelector('.bm-legend-close').click(), BM.map.fire('click', {latlng: BM.map.getCenter()}), 1")
    assert run_js(panel.web_view, STATE_JS) == {"layers": True, "legend": False, "compact": False}
    resize_and_wait(panel, qtbot, run_js, 640, 440)
    assert run_js(panel.web_view, STATE_JS) == {"layers": False, "legend": False, "compact": True}


def test_the_region_fills_the_map_on_a_large_screen_clear_of_the_controls(qtbot, demo_store, app_state, run_js):
    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(400, 300)  # as a hidden view starts
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        panel.show()
    small_zoom = run_js(panel.web_view, "BM.map.getZoom()")
    resize_and_wait(panel, qtbot, run_js, 2600, 1500)  # the map of a 3840x2160 window
    qtbot.waitUntil(lambda: run_js(panel.web_view, "BM.map.getZoom()") > small_zoom + 2, timeout=TIMEOUT)
    w, s, e, n = DEFAULT_BOUNDS
    corners = run_js(panel.web_view, f"""[BM.map.latLngToContainerPoint([{s}, {w}]),
                                           BM.map.latLngToContainerPoint([{n}, {e}])].map(function (p) {{ return [p.x, p.y]; }})""")
    (left, bottom), (right, top) = corners
    # Fitted between whole zoom levels: the region's height takes most of the map's, not a fraction of it.
    assert bottom - top > 1500 * 0.75
    boxes = run_js(panel.web_view, BOXES_JS)
    region = [left, top, right, bottom]
    assert all(0 <= v for v in region) and right <= 2600 and bottom <= 1500
    assert not any(overlaps(region, c) for c in boxes["controls"]), (region, boxes["controls"])


def test_popups_auto_pan_clear_of_every_control(panel, qtbot, run_js):
    resize_and_wait(panel, qtbot, run_js, 1200, 900)  # large enough for the panels to stay open
    assert run_js(panel.web_view, STATE_JS)["layers"] is True
    # Put the Kuźnica crossing just left of the layer control near the top, then open its popup: it opens
    # above the marker, so Leaflet must pan it down and aside, clear of the layer control.
    run_js(panel.web_view, """(function () {
        var m = document.querySelector('.bm-crossing[title="Kuźnica - Bruzgi"]');
        var target = null;
        BM.map.eachLayer(function (l) { if (l.getElement && l.getElement() === m) target = l; });
        var size = BM.map.getSize();
        BM.map.setView(target.getLatLng(), 10, {animate: false});
        BM.map.panBy([size.x / 2 - (size.x - 260), size.y / 2 - 40], {animate: false});
        target.openPopup();
        return 1;
    })()""")
    qtbot.waitUntil(lambda: run_js(panel.web_view, "!!document.querySelector('.leaflet-popup')"), timeout=TIMEOUT)
    qtbot.wait(600)  # the auto-pan
    boxes = run_js(panel.web_view, BOXES_JS)
    popup = boxes["popup"]
    assert popup is not None
    assert popup[0] >= 0 and popup[1] >= 0 and popup[2] <= boxes["size"][0] and popup[3] <= boxes["size"][1]
    assert not any(overlaps(popup, c) for c in boxes["controls"]), (popup, boxes["controls"])
    close = run_js(panel.web_view, """(function () { var r = document.querySelector('.leaflet-popup-close-button')
        .getBoundingClientRect(), c = BM.map.getContainer().getBoundingClientRect();
        return !!document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
            .closest('.leaflet-popup-close-button'); })()""")
    assert close is True  # the close box is on top, clickable


@pytest.fixture
def edited_map(qtbot, demo_store, app_state):
    window = QMainWindow()
    qtbot.addWidget(window)
    holder = QWidget()
    QVBoxLayout(holder)
    panel = MapPanel(demo_store, app_state)
    holder.layout().addWidget(panel)
    window.setCentralWidget(holder)
    controller = EditController(demo_store, app_state, "officer.test", parent=window)
    controller.install(window, map_panel=panel)
    window.resize(1100, 800)
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        window.show()
    yield panel, controller
    controller.undo_stack.clear()


def open_focus_popup(panel, run_js) -> bool:
    return run_js(panel.web_view, "!!(BM.focusPopup && BM.map.hasLayer(BM.focusPopup.popup))")


def test_a_new_incidents_popup_goes_when_its_creation_is_undone(edited_map, app_state, qtbot, run_js):
    panel, controller = edited_map
    controller.create(Incident(occurred_at="2021-09-01T10:00:00Z", country="LT", type="apprehension",
                               lon=24.20, lat=54.25, persons=2, source="patrol 3"))
    new_id = app_state.focus
    assert new_id is not None
    qtbot.waitUntil(lambda: open_focus_popup(panel, run_js), timeout=TIMEOUT)
    assert run_js(panel.web_view, "BM.focusPopup.id") == new_id
    assert run_js(panel.web_view, "!!BM.focusPopup.popup.getElement().querySelector('.bm-move-start')")
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not open_focus_popup(panel, run_js), timeout=TIMEOUT)
    # No Move button left behind (once the popup has faded out).
    qtbot.waitUntil(lambda: not run_js(panel.web_view, "!!document.querySelector('.bm-move-start')"), timeout=TIMEOUT)
    assert run_js(panel.web_view, "BM.focused") is None
    controller.undo_stack.redo()  # redone: selected again, its popup back
    qtbot.waitUntil(lambda: open_focus_popup(panel, run_js), timeout=TIMEOUT)


def test_the_focus_popup_follows_an_undone_move(edited_map, app_state, demo_store, qtbot, run_js):
    panel, controller = edited_map
    incident = demo_store.page(app_state.filter, limit=1)[0]
    target = str(incident.id)
    app_state.select([target], target)
    qtbot.waitUntil(lambda: open_focus_popup(panel, run_js), timeout=TIMEOUT)
    controller.move_incident(target, round(incident.lon + 0.01, 6), round(incident.lat + 0.01, 6))
    qtbot.waitUntil(lambda: run_js(panel.web_view, "BM.focusPopup && BM.focusPopup.popup.getLatLng().lat")
                    == pytest.approx(incident.lat + 0.01), timeout=TIMEOUT)
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: run_js(panel.web_view, "BM.focusPopup && BM.focusPopup.popup.getLatLng().lat")
                    == pytest.approx(incident.lat), timeout=TIMEOUT)
    assert open_focus_popup(panel, run_js)


def test_plus_and_minus_zoom_one_level_each(panel, qtbot, run_js):
    run_js(panel.web_view, "BM.map.setView([54.0, 25.0], 8, {animate: false}), 1")
    panel.web_view.setFocus()
    run_js(panel.web_view, "BM.map.getContainer().focus(), 1")
    qtbot.waitUntil(lambda: run_js(panel.web_view, "document.activeElement === BM.map.getContainer()"), timeout=TIMEOUT)
    target = panel.web_view.focusProxy() or panel.web_view
    zoom = lambda: run_js(panel.web_view, "BM.map.getZoom()")  # noqa: E731
    QTest.keyClick(target, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)  # "+" as typed on most keyboards
    qtbot.waitUntil(lambda: zoom() != 8, timeout=TIMEOUT)
    qtbot.wait(400)
    assert zoom() == 9
    QTest.keyClick(target, Qt.Key.Key_Minus)
    qtbot.waitUntil(lambda: zoom() != 9, timeout=TIMEOUT)
    qtbot.wait(400)
    assert zoom() == 8
    QTest.keyClick(target, Qt.Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier)  # the number pad's "+"
    qtbot.waitUntil(lambda: zoom() != 8, timeout=TIMEOUT)
    qtbot.wait(400)
    assert zoom() == 9


def test_outside_the_reference_geography_is_hatched_not_sea(panel, run_js):
    container = "BM.map.getContainer()"
    assert run_js(panel.web_view, f"{container}.classList.contains('bm-outside')")
    assert "repeating-linear-gradient" in run_js(panel.web_view, f"getComputedStyle({container}).backgroundImage")
    # Inside the reference geography: the water rectangle, drawn under the countries (the first path).
    assert run_js(panel.web_view, "document.querySelector('.leaflet-overlay-pane path').getAttribute('fill')") == "#cfdde8"
    # Countries switched off: the hatch goes with them (nothing to be outside of).
    run_js(panel.web_view, """(function () {
        var layers = BM.layerControl._layers.filter(function (o) { return o.name === 'Countries'; });
        BM.map.removeLayer(layers[0].layer); return 1; })()""")
    assert not run_js(panel.web_view, f"{container}.classList.contains('bm-outside')")


def test_the_incident_canvas_follows_the_pages_device_pixel_ratio(panel, qtbot, run_js):
    canvas = "document.querySelector('.bm-incident-canvas')"
    assert run_js(panel.web_view, f"{canvas}.width / parseFloat({canvas}.style.width)") == pytest.approx(
        run_js(panel.web_view, "window.devicePixelRatio"))
    panel.web_view.setZoomFactor(2.0)  # as a screen of twice the DPI (or a user's zoom) makes it
    qtbot.waitUntil(lambda: run_js(panel.web_view, "window.devicePixelRatio") == pytest.approx(
        2.0 * panel.web_view.devicePixelRatioF()), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: run_js(panel.web_view, f"{canvas}.width / parseFloat({canvas}.style.width)")
                    == pytest.approx(run_js(panel.web_view, "window.devicePixelRatio")), timeout=TIMEOUT)
    # Text in the page is twice as large in device pixels: the legend's font is 11 CSS px at any ratio.
    assert run_js(panel.web_view, "getComputedStyle(BM.legend.getContainer()).fontSize") == "11px"


def test_the_collapsed_layer_control_is_titled_in_the_programs_words(panel, run_js):
    assert run_js(panel.web_view, "document.querySelector('.leaflet-control-layers-toggle').title") == "Map layers"
    assert run_js(panel.web_view, "document.querySelector('.bm-legend-toggle').title") == "Show the legend"
