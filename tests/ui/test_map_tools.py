"""Measuring and grid overlays on the real map page: Python computes, the page draws, Esc ends."""
from __future__ import annotations

import mgrs
import pytest
from pyproj import Geod

from border_monitor.geo.measure import AreaMeasure, PathMeasure, polygon_area

TIMEOUT = 20_000
GEOD = Geod(ellps="WGS84")


def click_at(run_js, view, x: int, y: int) -> None:
    """A real left click (mousedown, mouseup, click) on whatever the page shows at container point x, y."""
    run_js(view, f"""(function () {{
        var r = BM.map.getContainer().getBoundingClientRect(), cx = r.left + {x}, cy = r.top + {y};
        var target = document.elementFromPoint(cx, cy);
        ["mousedown", "mouseup", "click"].forEach(function (kind) {{
            target.dispatchEvent(new MouseEvent(kind, {{bubbles: true, cancelable: true, clientX: cx, clientY: cy, button: 0}}));
        }});
        return 1; }})()""")


def press_escape(run_js, view) -> None:
    run_js(view, "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', keyCode: 27, bubbles: true})), 1")


def page_points(run_js, view) -> list[list[float]]:
    return run_js(view, "BM.measure.points.map(function (ll) { return [ll.lng, ll.lat]; })")


def toggle_layer(run_js, view, name: str) -> None:
    run_js(view, f"""Array.from(document.querySelectorAll('.leaflet-control-layers-overlays label'))
        .filter(function (l) {{ return l.textContent.trim().indexOf({name!r}) === 0; }})[0]
        .querySelector('input').click(), 1""")


def test_distance_segments_and_total_come_from_pyproj(panel, qtbot, run_js):
    tools, view = panel.tools, panel.web_view
    panel.center_on(23.66, 53.45, 10)
    qtbot.waitUntil(lambda: run_js(view, "BM.map.getZoom()") == 10, timeout=TIMEOUT)
    tools.start("line")
    qtbot.waitUntil(lambda: run_js(view, "BM.measure.mode") == "line", timeout=TIMEOUT)
    texts = []
    tools.measured.connect(texts.append)
    for x, y in ((250, 300), (450, 420), (600, 330)):
        with qtbot.waitSignal(tools.measured, timeout=TIMEOUT):
            click_at(run_js, view, x, y)
    points = page_points(run_js, view)
    assert len(points) == 3
    m = tools.last_measure
    assert isinstance(m, PathMeasure) and len(m.segments_m) == 2
    for (lon1, lat1), (lon2, lat2), seg in zip(points, points[1:], m.segments_m):
        assert seg == pytest.approx(GEOD.inv(lon1, lat1, lon2, lat2)[2], rel=1e-9)
    assert texts[-1].startswith("Distance ") and "2 segments" in texts[-1]
    qtbot.waitUntil(lambda: run_js(view, "document.querySelectorAll('.bm-measure-label').length") == 3, timeout=TIMEOUT)
    labels = run_js(view, "Array.from(document.querySelectorAll('.bm-measure-label')).map(function (e) { return e.textContent; })")
    total_km = f"{m.total_m / 1000:.2f} km"
    assert total_km in labels  # the page shows Python's figure
    # no incident got selected by the measuring clicks
    assert panel._state.selection == ()
    press_escape(run_js, view)
    qtbot.waitUntil(lambda: tools.mode == "", timeout=TIMEOUT)
    # (Leaflet fades tooltips out over 200 ms)
    qtbot.waitUntil(lambda: run_js(view, "document.querySelectorAll('.bm-measure-label').length") == 0, timeout=TIMEOUT)
    assert run_js(view, "BM.measure.mode") == ""


def test_area_and_double_click_ends_the_polygon(panel, qtbot, run_js):
    tools, view = panel.tools, panel.web_view
    tools.start("area")
    qtbot.waitUntil(lambda: run_js(view, "BM.measure.mode") == "area", timeout=TIMEOUT)
    for x, y in ((300, 250), (550, 260), (500, 450)):
        with qtbot.waitSignal(tools.measured, timeout=TIMEOUT):
            click_at(run_js, view, x, y)
    run_js(view, """(function () { var r = BM.map.getContainer().getBoundingClientRect();
        document.elementFromPoint(r.left + 500, r.top + 450).dispatchEvent(new MouseEvent('dblclick',
            {bubbles: true, cancelable: true, clientX: r.left + 500, clientY: r.top + 450})); return 1; })()""")
    qtbot.waitUntil(lambda: run_js(view, "BM.measure.done") is True, timeout=TIMEOUT)
    points = page_points(run_js, view)
    m = tools.last_measure
    assert isinstance(m, AreaMeasure)
    expected = polygon_area([p[0] for p in points], [p[1] for p in points])
    assert m.area_m2 == pytest.approx(expected.area_m2) and m.area_m2 > 1e8  # over 100 km² at this zoom
    label = run_js(view, "document.querySelector('.bm-measure-total').textContent")
    assert label.startswith("Area ") and "km²" in label and "perimeter" in label
    tools.stop()
    qtbot.waitUntil(lambda: run_js(view, "BM.measure.mode") == "", timeout=TIMEOUT)


def test_range_rings_around_a_point(panel, qtbot, run_js):
    tools, view = panel.tools, panel.web_view
    panel.center_on(23.66, 53.5, 11)
    tools.set_ring_radii_km((1, 2.5, 5))
    with qtbot.waitSignal(tools.measured, timeout=TIMEOUT) as blocker:
        tools.start("rings", at=(23.66, 53.5))
    assert "1 km, 2.5 km, 5 km" in blocker.args[0]
    qtbot.waitUntil(lambda: run_js(view, "document.querySelectorAll('.bm-measure-label').length") == 3, timeout=TIMEOUT)
    rings = tools.last_measure
    assert [r.radius_m for r in rings] == [1000, 2500, 5000]
    # the drawn ring's north point is 5 km from the centre
    north = run_js(view, "(function () { var ll = null; BM.measure.layer.eachLayer(function (l) {"
                         " if (l instanceof L.Polygon) ll = l.getLatLngs()[0][0]; }); return [ll.lng, ll.lat]; })()")
    assert GEOD.inv(23.66, 53.5, north[0], north[1])[2] == pytest.approx(5000, abs=1.0)
    press_escape(run_js, view)
    qtbot.waitUntil(lambda: tools.mode == "", timeout=TIMEOUT)


def test_grids_follow_the_view_and_turn_off(panel, qtbot, run_js):
    tools, view = panel.tools, panel.web_view
    with qtbot.waitSignal(tools.gridSent, timeout=TIMEOUT, check_params_cb=lambda k, n: k == "mgrs"):
        toggle_layer(run_js, view, "MGRS grid")
    assert tools.grids == {"mgrs"} and tools.last_grid["mgrs"].spacing_m == 100_000
    count = lambda: run_js(view, "document.querySelectorAll('.bm-grid-mgrs').length")  # noqa: E731
    qtbot.waitUntil(lambda: count() == len(tools.last_grid["mgrs"].labels), timeout=TIMEOUT)
    # zoom in near Kuźnica: 10 km lines, labelled with the km in their 100 km square
    with qtbot.waitSignal(tools.gridSent, timeout=TIMEOUT):
        panel.center_on(23.66, 53.5, 11)
    qtbot.waitUntil(lambda: tools.last_grid["mgrs"].spacing_m in (1_000, 10_000), timeout=TIMEOUT)
    square = mgrs.MGRS().toMGRS(53.5, 23.66, MGRSPrecision=0)  # the 100 km square at the centre, per the mgrs package
    squares = "Array.from(document.querySelectorAll('.bm-grid-label-square')).map(function (e) { return e.textContent; })"
    qtbot.waitUntil(lambda: f"{square[:3]} {square[3:]}" in run_js(view, squares), timeout=TIMEOUT)
    with qtbot.waitSignal(tools.gridSent, timeout=TIMEOUT, check_params_cb=lambda k, n: k == "national"):
        toggle_layer(run_js, view, "National grid")
    assert tools.last_grid["national"].name == "PL-1992"
    qtbot.waitUntil(lambda: "PL-1992 (EPSG:2180)" in (run_js(view, "document.querySelector('.bm-grid-caption').textContent") or ""),
                    timeout=TIMEOUT)
    with qtbot.waitSignal(tools.gridSent, timeout=TIMEOUT, check_params_cb=lambda k, n: k == "national"):
        panel.center_on(25.28, 54.69, 11)  # Vilnius
    assert tools.last_grid["national"].name == "LKS-94"
    toggle_layer(run_js, view, "MGRS grid")
    toggle_layer(run_js, view, "National grid")
    qtbot.waitUntil(lambda: tools.grids == frozenset(), timeout=TIMEOUT)
    assert count() == 0 and run_js(view, "document.querySelectorAll('.bm-grid-caption').length") == 0
