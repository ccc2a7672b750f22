"""The map's impact layer: sectors coloured by early-warning level, off by default in the workstation,
turned on in the layer control (Python then computes the levels: what ``alerts`` says), with a legend
section; the reference time follows the filter's last day; its colours stay apart for a deuteranope."""
from __future__ import annotations

import itertools
from datetime import date

import numpy as np

from border_monitor.analysis import early_warning, parse_reference_time
from border_monitor.ui.text import palette
from border_monitor.ui.text.colour_vision import delta_e, hex_rgb, simulate_deuteranopia

LAYER = "Impact level of the sectors"


def control(panel, run_js) -> dict[str, bool]:
    return dict(run_js(panel.web_view, """Array.from(document.querySelectorAll(
        '.leaflet-control-layers-overlays label')).map(function (l) {
            return [l.textContent.trim(), l.querySelector('input').checked]; })"""))


def page_colours(panel, run_js) -> dict[str, str]:
    return run_js(panel.web_view, """(function () { var out = {};
        BM.impactLayer.eachLayer(function (g) { if (g.eachLayer) g.eachLayer(function (l) {
          if (l.options.interactive !== false) out[l.feature.properties.sector] = l.options.color; }); });
        return out; })()""")


def test_off_by_default_in_the_workstation_and_nothing_computed(panel, run_js):
    assert control(panel, run_js)[LAYER] is False
    assert not panel.impact.shown and panel.impact.warning is None
    assert run_js(panel.web_view, "(function () { var s = document.querySelector('.bm-impact-legend');"
                                  " return s === null || s.offsetHeight === 0; })()") is True  # no legend section


def test_turned_on_in_the_layer_control_it_shows_the_levels_alerts_gives(panel, qtbot, run_js, demo_store):
    panel._state.update_filter(date_to=date(2021, 10, 1))  # the reference: the end of the filter's last day
    with qtbot.waitSignal(panel.impact.computed, timeout=10_000):
        run_js(panel.web_view, """(function () { var inputs = document.querySelectorAll(
            '.leaflet-control-layers-overlays label'); for (var i = 0; i < inputs.length; i++) {
            if (inputs[i].textContent.trim() === %r) inputs[i].querySelector('input').click(); } return 1; })()"""
               % LAYER)
    assert panel.impact.shown
    expected = early_warning(demo_store, parse_reference_time("2021-10-01"))
    assert panel.impact.levels == {u.name: u.level.value for u in expected.sectors}
    assert expected.high_sectors()
    qtbot.waitUntil(lambda: run_js(panel.web_view, "BM.impactState.seq") == panel.impact._seq, timeout=5000)
    colours = page_colours(panel, run_js)
    for unit in expected.sectors:
        assert colours[unit.name] == palette.IMPACT_COLORS[unit.level.value], unit.name
    texts = run_js(panel.web_view, "document.querySelector('.bm-impact-legend').innerText")
    assert "high" in texts and "elevated" in texts and "2021-10-01" in texts
    assert run_js(panel.web_view, "document.querySelector('.bm-impact-legend').offsetHeight") > 0
    # another day of the filter: other levels, sent again
    with qtbot.waitSignal(panel.impact.computed, timeout=10_000):
        panel._state.update_filter(date_to=date(2021, 8, 1))
    assert panel.impact.warning.at.end_of_day == date(2021, 8, 1)
    # turned off: the legend section goes, nothing more is computed
    run_js(panel.web_view, "BM.map.removeLayer(BM.impactLayer) && 1")
    qtbot.waitUntil(lambda: not panel.impact.shown, timeout=5000)
    warning = panel.impact.warning
    panel._state.update_filter(date_to=date(2021, 9, 1))
    qtbot.wait(200)
    assert panel.impact.warning is warning


def test_a_new_page_keeps_the_layer_as_the_user_left_it(panel, qtbot, run_js):
    run_js(panel.web_view, "BM.map.addLayer(BM.impactLayer) && 1")
    qtbot.waitUntil(lambda: panel.impact.shown, timeout=5000)
    with qtbot.waitSignal(panel.ready, timeout=20_000):
        panel._load_page()  # e.g. the reference layers were updated
    assert control(panel, run_js)[LAYER] is True


def test_the_three_levels_stay_apart_for_a_deuteranope():
    colours = [hex_rgb(palette.IMPACT_COLORS[level]) for level in ("normal", "elevated", "high")]
    for a, b in itertools.combinations(colours, 2):
        assert float(delta_e(simulate_deuteranopia(a), simulate_deuteranopia(b))) > 30
    assert np.all([palette.impact_color(level) != palette.FALLBACK_COLOR for level in ("normal", "elevated", "high")])
