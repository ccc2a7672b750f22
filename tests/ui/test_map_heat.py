"""The heat layer, switched on through the layer control: heat colours where incidents are, none elsewhere."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.ui.map import MapPanel, grab_map
from border_monitor.ui.map.payload import POINT_MIN_ZOOM
from border_monitor.ui.map.scheme import HEAT_PATH, SCHEME

TIMEOUT = 20_000
LAT = 54.25
CLUSTERS = (23.75, 24.35)  # two clusters in Lithuania, 0.6 degrees of longitude apart, each inside one 0.1° cell
PER_CLUSTER = 120


@pytest.fixture
def cluster_store(tmp_path):
    rng = np.random.default_rng(7)
    incidents = []
    for lon in CLUSTERS:
        for dx, dy in rng.normal(0.0, 0.006, size=(PER_CLUSTER, 2)):
            incidents.append(Incident(occurred_at="2021-09-01T10:00:00Z", country="LT", type="apprehension",
                                      lon=lon + float(dx), lat=LAT + float(dy), persons=1))
    store = open_store(tmp_path / "clusters.gpkg", create=True)
    store.add(incidents, "tester")
    yield store
    store.close()


def rgb_array(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    stride = rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * rgb.height()).reshape(rgb.height(), stride)
    return raw[:, : rgb.width() * 3].reshape(rgb.height(), rgb.width(), 3).astype(int)


def toggle_layer(panel, run_js, name: str) -> None:
    """Click the layer control's checkbox of a layer, as a user would."""
    clicked = run_js(panel.web_view, """(function () {
        var labels = document.querySelectorAll('.leaflet-control-layers-overlays label');
        for (var i = 0; i < labels.length; i++) {
            if (labels[i].textContent.trim() === %r) { labels[i].querySelector('input').click(); return true; }
        }
        return false; })()""" % name)
    assert clicked, f"no layer {name!r} in the layer control"


def distance_to(shape, points) -> np.ndarray:
    yy, xx = np.mgrid[0: shape[0], 0: shape[1]]
    return np.min([np.hypot(xx - x, yy - y) for x, y in points], axis=0)


@pytest.mark.parametrize("zoom", [9, POINT_MIN_ZOOM], ids=["grid-cells", "points"])
def test_heat_layer_colours_the_clusters_and_nothing_far_away(qtbot, cluster_store, app_state, run_js, zoom):
    panel = MapPanel(cluster_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        panel.show()
    panel.center_on(sum(CLUSTERS) / 2, LAT, zoom)
    qtbot.waitUntil(lambda: panel.is_settled() and panel.view().get("zoom") == zoom, timeout=TIMEOUT)
    assert run_js(panel.web_view, "BM.data.mode") == ("grid" if zoom < POINT_MIN_ZOOM else "points")
    toggle_layer(panel, run_js, "Incidents")  # off: what changes next is the heat alone
    qtbot.waitUntil(lambda: not run_js(panel.web_view, "BM.map.hasLayer(BM.incidents)"), timeout=TIMEOUT)
    before = rgb_array(grab_map(panel))  # after frames painted without the incident canvas
    centres = [run_js(panel.web_view, f"(function () {{ var p = BM.map.latLngToContainerPoint([{LAT}, {lon}]);"
                                      " return [p.x, p.y]; })()") for lon in CLUSTERS]
    distance = distance_to(before.shape, centres)
    near, far = distance <= 8, distance >= 90
    for left, top, right, bottom in run_js(panel.web_view, """Array.from(document.querySelectorAll('.leaflet-control'))
            .map(function (c) { var r = c.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"""):
        far[max(0, int(top) - 2): int(bottom) + 2, max(0, int(left) - 2): int(right) + 2] = False  # a ticked box

    toggle_layer(panel, run_js, "Heat map")
    changed: list = []

    def heat_shows() -> bool:
        after = rgb_array(grab_map(panel))
        changed[:] = [after, np.abs(after - before).max(axis=2) > 40]
        return bool(changed[1][near].mean() > 0.9)

    qtbot.waitUntil(heat_shows, timeout=TIMEOUT)
    after, moved = changed
    assert run_js(panel.web_view, "document.querySelectorAll('.leaflet-bmHeat-pane canvas')"
                                  ".length") == 1
    assert not moved[far].any(), f"{int(moved[far].sum())} pixels far from every incident changed colour"
    for x, y in centres:  # the middle of each cluster is at the hot (red) end of the heat ramp
        r, g, b = after[int(round(y)), int(round(x))]
        assert r > 180 and b < 110 and r - b > 100, (x, y, (r, g, b))
    blue_edge = (after[..., 2] - after[..., 0] > 40) & moved  # ...and its rim at the cool (blue) end
    assert blue_edge.sum() > 30
    assert f"{SCHEME}://app/{HEAT_PATH}" in panel.requests.urls
    assert panel.requests.non_local() == []
    assert panel.console_problems() == []


def test_the_heat_plugin_is_the_folium_packages_own_copy(qapp):
    from pathlib import Path

    import folium

    from border_monitor.assets import resource_path
    from border_monitor.ui.map.scheme import MapSchemeHandler

    shipped = Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js"
    data, mime = MapSchemeHandler()._resolve("app", HEAT_PATH)
    assert data == shipped.read_bytes() and mime == "text/javascript"
    ours = b"".join(p.read_bytes() for p in Path(resource_path("map")).glob("*.js"))
    assert b"simpleheat" in data and b"getImageData" not in ours  # no heat drawing of our own left
