"""Moving an incident on the map: only the focused one, only after "Move this incident", once on drop, Esc
cancels; and the overview keeps the borders above the incident cells with small crossing icons."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.text import palette
from border_monitor.ui.map import MapPanel, grab_map
from border_monitor.ui.map.payload import POINT_MIN_ZOOM

TIMEOUT = 20_000
QUIET_MS = 400  # how long "nothing more is emitted" is watched

# A real drag through Leaflet's own handlers: press on the handle, move in steps, let go.
DRAG_JS = """(function (dx, dy, release) {
    var icon = document.querySelector('.bm-move-handle');
    var r = icon.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
    var c = BM.map.getContainer().getBoundingClientRect();
    var target = BM.map.containerPointToLatLng([x - c.left + dx, y - c.top + dy]);
    function at(px, py) { return {clientX: px, clientY: py, bubbles: true, cancelable: true, button: 0, buttons: 1}; }
    icon.dispatchEvent(new MouseEvent('mousedown', at(x, y)));
    for (var k = 1; k <= 5; k++) icon.dispatchEvent(new MouseEvent('mousemove', at(x + dx * k / 5, y + dy * k / 5)));
    if (release) icon.dispatchEvent(new MouseEvent('mouseup', at(x + dx, y + dy)));
    return [target.lng, target.lat];
})(%d, %d, %s)"""

DRAGGABLE_JS = """(function () {
    var n = 0;
    BM.map.eachLayer(function (l) { if (l instanceof L.Marker && l.dragging && l.dragging.enabled()) n++; });
    return [n, document.querySelectorAll('.leaflet-marker-draggable').length];
})()"""


def pick(store, country: str, n: int = 1) -> list[str]:
    return [str(i) for i in store.points(IncidentFilter(countries={country}), limit=n)["id"]]


def focus_on(panel, state, incident_id, qtbot, run_js) -> None:
    """Select an incident as the table would; wait for its popup at the single-points zoom."""
    state.select([incident_id], incident_id)
    qtbot.waitUntil(lambda: run_js(panel.web_view, "!!(BM.popup && BM.map.hasLayer(BM.popup))"), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.is_settled() and run_js(panel.web_view, "BM.data.mode") == "points",
                    timeout=TIMEOUT)
    assert run_js(panel.web_view, "BM.map.getZoom()") >= POINT_MIN_ZOOM


MOVE_BUTTON = "BM.popup.getElement().querySelector('.bm-move-start')"  # in the open popup (a closed one fades out)


def press_move(panel, qtbot, run_js) -> None:
    assert run_js(panel.web_view, f"{MOVE_BUTTON}.textContent") == "Move this incident"
    run_js(panel.web_view, f"{MOVE_BUTTON}.click(), 1")
    qtbot.waitUntil(lambda: run_js(panel.web_view, DRAGGABLE_JS) == [1, 1], timeout=TIMEOUT)


def test_move_action_then_drop_emits_marker_moved_once(panel, app_state, demo_store, qtbot, run_js):
    moves: list = []
    panel.markerMoved.connect(lambda *args: moves.append(args))
    target = pick(demo_store, "LT")[0]
    incident = demo_store.get(target)
    focus_on(panel, app_state, target, qtbot, run_js)
    assert run_js(panel.web_view, DRAGGABLE_JS) == [0, 0]

    press_move(panel, qtbot, run_js)
    handle = run_js(panel.web_view, "(function (m) { var p = m.getLatLng(); return [p.lng, p.lat]; })"
                                    "(BM.move.active.marker)")
    assert handle == [pytest.approx(incident.lon, abs=1e-9), pytest.approx(incident.lat, abs=1e-9)]
    assert run_js(panel.web_view, "BM.map.hasLayer(BM.popup)") is False  # the popup made way for the handle

    with qtbot.waitSignal(panel.markerMoved, timeout=TIMEOUT) as moved:
        expected = run_js(panel.web_view, DRAG_JS % (60, -40, "true"))
    assert moved.args[0] == target
    assert moved.args[1:] == [pytest.approx(expected[0], abs=2e-6), pytest.approx(expected[1], abs=2e-6)]
    assert abs(moved.args[1] - incident.lon) > 1e-3 and abs(moved.args[2] - incident.lat) > 1e-3
    # Once: the handle is gone, and a late dragend (or a second drop) sends nothing.
    assert run_js(panel.web_view, DRAGGABLE_JS) == [0, 0]
    assert run_js(panel.web_view, "BM.move.drop()") is False
    qtbot.wait(QUIET_MS)
    assert len(moves) == 1


def test_dropping_the_handle_moves_the_incident_in_the_store_and_on_the_map(panel, app_state, demo_store, qtbot,
                                                                              run_js):
    from border_monitor.ui.editing.controller import EditController

    window = QMainWindow()
    qtbot.addWidget(window)
    controller = EditController(demo_store, app_state, "officer.test", parent=window)
    controller.install(window, map_panel=panel)  # connects markerMoved to move_incident
    target = pick(demo_store, "PL")[0]
    before = demo_store.get(target)
    focus_on(panel, app_state, target, qtbot, run_js)
    press_move(panel, qtbot, run_js)
    drawn_before = panel.features_drawn()
    with qtbot.waitSignal(app_state.dataChanged, timeout=TIMEOUT):
        expected = run_js(panel.web_view, "(function (m) { m.setLatLng(BM.map.containerPointToLatLng("
                                          "BM.map.latLngToContainerPoint(m.getLatLng()).add([-50, 30])));"
                                          " m.fire('dragend'); var p = m.getLatLng(); return [p.lng, p.lat]; })"
                                          "(BM.move.active.marker)")
    after = demo_store.get(target)
    assert (after.lon, after.lat) == (pytest.approx(expected[0], abs=2e-6), pytest.approx(expected[1], abs=2e-6))
    assert after.lon < before.lon and after.lat < before.lat
    # The layer redraws from the store: the point and the selection ring are at the new place.
    qtbot.waitUntil(lambda: panel.is_settled() and run_js(
        panel.web_view, "BM.incidents._selection.length === 1 && BM.incidents._selection[0][0]") == pytest.approx(
        after.lon, abs=1e-6), timeout=TIMEOUT)
    found = run_js(panel.web_view, """(function (lon, lat) {
        for (var i = 0; i < BM.data.len; i++)
            if (Math.abs(BM.data.x[i] - lon) < 2e-5 && Math.abs(BM.data.y[i] - lat) < 2e-5) return true;
        return false;
    })(%r, %r)""" % (after.lon, after.lat))
    assert found is True
    assert panel.features_drawn() == drawn_before  # moved, not added or lost
    controller.undo_stack.undo()
    assert (demo_store.get(target).lon, demo_store.get(target).lat) == (before.lon, before.lat)
    controller.undo_stack.clear()


def test_nothing_is_draggable_without_the_move_action(panel, app_state, demo_store, qtbot, run_js):
    # Nobody acts on a move: the popup offers none.
    first = pick(demo_store, "LV")[0]
    focus_on(panel, app_state, first, qtbot, run_js)
    assert run_js(panel.web_view, f"{MOVE_BUTTON}") is None

    moves: list = []
    panel.markerMoved.connect(lambda *args: moves.append(args))
    target = pick(demo_store, "LT")[0]
    focus_on(panel, app_state, target, qtbot, run_js)
    assert run_js(panel.web_view, f"!!{MOVE_BUTTON}") is True
    assert run_js(panel.web_view, DRAGGABLE_JS) == [0, 0]
    assert run_js(panel.web_view, "BM.move.active") is None
    # A drag on the incident's point pans the map; a drop without a move, or a move of another incident, does nothing.
    run_js(panel.web_view, """(function () {
        var p = BM.map.latLngToContainerPoint([BM.focused.lat, BM.focused.lon]);
        var c = BM.map.getContainer(), r = c.getBoundingClientRect(), x = r.left + p.x, y = r.top + p.y;
        function at(px, py) { return {clientX: px, clientY: py, bubbles: true, button: 0, buttons: 1}; }
        var el = document.elementFromPoint(x, y);
        el.dispatchEvent(new MouseEvent('mousedown', at(x, y)));
        el.dispatchEvent(new MouseEvent('mousemove', at(x + 30, y + 30)));
        el.dispatchEvent(new MouseEvent('mouseup', at(x + 30, y + 30)));
        return 1;
    })()""")
    assert run_js(panel.web_view, "BM.move.drop()") is False
    assert run_js(panel.web_view, "BM.move.start('%s')" % first) is False
    assert run_js(panel.web_view, DRAGGABLE_JS) == [0, 0]
    run_js(panel.web_view, "BM.call('moved', '%s', 25.0, 54.0), 1" % first)  # a page claiming another incident
    qtbot.wait(QUIET_MS)
    assert moves == []
    assert app_state.focus == target


def test_escape_cancels_before_and_during_a_drag(panel, app_state, demo_store, qtbot, run_js):
    moves: list = []
    panel.markerMoved.connect(lambda *args: moves.append(args))
    target = pick(demo_store, "PL")[0]
    before = demo_store.get(target)
    focus_on(panel, app_state, target, qtbot, run_js)

    # Esc from the keyboard (a real key press into the web view) before any drag.
    press_move(panel, qtbot, run_js)
    panel.web_view.setFocus()
    QTest.keyClick(panel.web_view.focusProxy(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: run_js(panel.web_view, DRAGGABLE_JS) == [0, 0], timeout=TIMEOUT)
    assert run_js(panel.web_view, "BM.move.active") is None

    # A click on the selected incident's point shows its popup again (through the panel).
    run_js(panel.web_view, """(function (lon, lat) {
        for (var i = 0; i < BM.data.len; i++)
            if (Math.abs(BM.data.x[i] - lon) < 2e-5 && Math.abs(BM.data.y[i] - lat) < 2e-5) {
                BM.call('clicked', BM.data.seq, i);
                return i;
            }
        return -1;
    })(%r, %r)""" % (before.lon, before.lat))
    qtbot.waitUntil(lambda: run_js(panel.web_view, f"BM.map.hasLayer(BM.popup) && !!{MOVE_BUTTON}"), timeout=TIMEOUT)
    # Esc in the middle of a drag: letting go afterwards sends nothing.
    press_move(panel, qtbot, run_js)
    run_js(panel.web_view, DRAG_JS % (40, 40, "false"))
    assert run_js(panel.web_view, "document.body.classList.contains('leaflet-dragging')") is True
    run_js(panel.web_view, "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true})), 1")
    assert run_js(panel.web_view, DRAGGABLE_JS) == [0, 0]
    run_js(panel.web_view, "document.body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0})), 1")
    qtbot.wait(QUIET_MS)
    assert moves == []
    after = demo_store.get(target)
    assert (after.lon, after.lat) == (before.lon, before.lat)


def test_another_selection_or_zooming_out_ends_the_move(panel, app_state, demo_store, qtbot, run_js):
    moves: list = []
    panel.markerMoved.connect(lambda *args: moves.append(args))
    first, second = pick(demo_store, "LT", 2)
    focus_on(panel, app_state, first, qtbot, run_js)
    press_move(panel, qtbot, run_js)
    app_state.select([second], second)
    qtbot.waitUntil(lambda: run_js(panel.web_view, "BM.focused && BM.focused.id") == second, timeout=TIMEOUT)
    assert run_js(panel.web_view, DRAGGABLE_JS) == [0, 0]

    press_move(panel, qtbot, run_js)
    assert run_js(panel.web_view, "BM.move.active.id") == second
    run_js(panel.web_view, "BM.map.setZoom(%d, {animate: false}), 1" % (POINT_MIN_ZOOM - 2))
    qtbot.waitUntil(lambda: run_js(panel.web_view, DRAGGABLE_JS) == [0, 0], timeout=TIMEOUT)
    qtbot.wait(QUIET_MS)
    assert moves == []


# -- the overview: draw order and icon size -----------------------------------------------------------------

BORDER_SAMPLES_JS = """(function () {
    // Screen points every ~3 px along each border line that lie inside a drawn grid cell, clear of labels,
    // crossing icons and controls.
    var out = {}, size = BM.map.getSize(), r = BM.map.getContainer().getBoundingClientRect();
    var avoid = Array.from(document.querySelectorAll('.bm-crossing, .leaflet-tooltip, .leaflet-control'))
        .map(function (el) { return el.getBoundingClientRect(); });
    BM.map.eachLayer(function (l) {
        if (!(l instanceof L.Polyline) || !l.feature || l.options.pane !== 'bmBorders' || l.options.interactive === false) return;
        var border = l.feature.properties.border, pts = (out[border] = out[border] || []);
        var parts = l.feature.geometry.type === 'LineString' ? [l.feature.geometry.coordinates]
                                                              : l.feature.geometry.coordinates;
        parts.forEach(function (part) {
            var carry = 0;
            for (var i = 1; i < part.length; i++) {
                var a = BM.map.latLngToContainerPoint([part[i - 1][1], part[i - 1][0]]);
                var b = BM.map.latLngToContainerPoint([part[i][1], part[i][0]]);
                var len = a.distanceTo(b);
                for (var d = carry; d < len; d += 3) {
                    var p = a.add(b.subtract(a).multiplyBy(d / len)), ll = BM.map.containerPointToLatLng(p);
                    var x = r.left + p.x, y = r.top + p.y;
                    if (BM.incidents.hitCell(ll.lng, ll.lat) < 0) continue;
                    if (p.x < 5 || p.y < 5 || p.x > size.x - 5 || p.y > size.y - 5) continue;
                    if (avoid.some(function (q) { return x > q.left - 4 && x < q.right + 4 && y > q.top - 4 && y < q.bottom + 4; }))
                        continue;
                    pts.push([Math.round(x), Math.round(y)]);
                }
                carry = (d - len);
            }
        });
    });
    return out;
})()"""


def _pixels(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    stride = rgb.bytesPerLine()
    flat = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * rgb.height())
    return flat.reshape(rgb.height(), stride)[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).astype(int)


def test_borders_are_drawn_above_the_incident_cells_at_the_overview(qtbot, demo_store, app_state, run_js):
    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)  # a main window's map: the three borders fit at zoom 7
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        panel.show()
    assert run_js(panel.web_view, "BM.map.getZoom()") == 7
    z = run_js(panel.web_view, "[+BM.map.getPane('bmBorders').style.zIndex, +BM.map.getPane('bmIncidents').style.zIndex,"
                               " +BM.map.getPane('markerPane').style.zIndex || 600]")
    assert z[1] < z[0] < z[2]
    image = grab_map(panel)
    pixels = _pixels(image)
    samples = run_js(panel.web_view, BORDER_SAMPLES_JS)
    assert set(samples) == {"LT-BY", "LV-BY", "PL-BY"}
    for border, points in samples.items():
        assert len(points) >= 5, f"{border}: too few border points over cells to judge"
        color = np.array(palette.hex_to_rgb(palette.COUNTRY_COLORS[border[:2]]))
        # The line is 4 px wide: the sample or a neighbour (antialiasing, rounding) shows the pure colour.
        hits = sum(
            any(np.abs(pixels[y + dy, x + dx] - color).max() <= 15 for dx in (-1, 0, 1) for dy in (-1, 0, 1))
            for x, y in points)
        assert hits >= 0.8 * len(points), f"{border}: line hidden under the cells at {hits}/{len(points)} points"


def test_crossing_icons_are_small_at_the_overview_and_full_size_close_up(panel, qtbot, run_js):
    sizes = "Array.from(document.querySelectorAll('.bm-crossing')).map(function (e) { return e.getBoundingClientRect().width; })"
    assert run_js(panel.web_view, "BM.map.getZoom()") <= 7
    overview = run_js(panel.web_view, sizes)
    assert len(overview) == 21 and max(overview) <= 14
    run_js(panel.web_view, "BM.map.setZoom(%d, {animate: false}), 1" % POINT_MIN_ZOOM)
    qtbot.waitUntil(lambda: run_js(panel.web_view, sizes) == [22] * 21, timeout=TIMEOUT)
    assert run_js(panel.web_view, "document.querySelectorAll('.bm-crossing svg rect').length") == 7
