"""The standalone HTML map in a real browser engine (QtWebEngine, offscreen): a click on an incident opens its
popup, written in the page from the compact data (type, title, time, sector); the layer control lists the
reference layers and the incidents; the legend counts what the page holds."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView

from border_monitor.domain.filters import IncidentFilter
from border_monitor.report.html_map import write_html_map

BBOX = (23.5, 52.5, 24.2, 52.9)


def test_a_click_on_an_incident_opens_its_popup(qtbot, demo_store, tmp_path, run_js):
    flt = IncidentFilter(bbox=BBOX)
    out = tmp_path / "map.html"
    count = write_html_map(demo_store, flt, out, store_path=demo_store.path)
    assert count == demo_store.count(flt) > 20
    view = QWebEngineView()
    qtbot.addWidget(view)
    view.resize(1000, 800)
    with qtbot.waitSignal(view.loadFinished, timeout=30_000):
        view.load(QUrl.fromLocalFile(str(out)))
    view.show()
    qtbot.waitUntil(lambda: run_js(view, "window.BM && BM.data ? BM.data.len : 0") == count, timeout=20_000)
    assert str(count) in run_js(view, "document.querySelector('.bm-status').textContent").replace(",", "")
    layers = run_js(view, "Array.from(document.querySelectorAll('.leaflet-control-layers-overlays span'))"
                          ".map(function (s) { return s.textContent.trim(); })")
    assert {"Countries", "Sectors (approximate)", "Borders with Belarus", "Incidents", "Crossing points"} <= set(layers)
    # the incident drawn nearest the middle of the view, clicked where the canvas drew it
    point = run_js(view, """(function () {
        var m = BM.map, c = m.getSize().divideBy(2), best = -1, bd = 1e18;
        for (var i = 0; i < BM.data.len; i++) {
          var p = m.latLngToContainerPoint([BM.data.y[i], BM.data.x[i]]), d = p.distanceTo(c);
          if (d < bd) { bd = d; best = i; }
        }
        var q = m.latLngToContainerPoint([BM.data.y[best], BM.data.x[best]]), r = m.getContainer().getBoundingClientRect();
        return {x: q.x + r.left, y: q.y + r.top, lon: BM.data.x[best], lat: BM.data.y[best]};
    })()""")
    run_js(view, f"""(function () {{
        var el = document.elementFromPoint({point['x']}, {point['y']});
        ['mousedown', 'mouseup', 'click'].forEach(function (t) {{
          el.dispatchEvent(new MouseEvent(t, {{clientX: {point['x']}, clientY: {point['y']}, bubbles: true}}));
        }});
        return true;
    }})()""")
    qtbot.waitUntil(lambda: run_js(view, "document.querySelector('.leaflet-popup-content') !== null"), timeout=5000)
    text = run_js(view, "document.querySelector('.leaflet-popup-content').textContent")
    assert "When (UTC)" in text and "UTC" in text and "Sector" in text
    near = demo_store.page(IncidentFilter(bbox=(point["lon"] - 0.002, point["lat"] - 0.002,
                                                point["lon"] + 0.002, point["lat"] + 0.002)), limit=50)
    assert any(i.description.splitlines()[0][:60] in text for i in near)  # the popup of an incident drawn there
