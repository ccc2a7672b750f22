"""The country colours stay apart for normal and deuteranope vision (Machado 2009 simulation, CIE76 delta E)."""
from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from border_monitor.ui.text import palette
from border_monitor.ui.text.colour_vision import delta_e, hex_rgb, simulate_deuteranopia

MIN_DELTA_E = 30.0  # well above "clearly different" (~10) for small marks on a map and thin bars


def test_the_simulation_keeps_greys_and_merges_red_with_green():
    grey = np.array([0.5, 0.5, 0.5])
    assert np.allclose(simulate_deuteranopia(grey), grey, atol=0.01)
    red, green = hex_rgb("#d62728"), hex_rgb("#2ca02c")
    assert delta_e(red, green) > 60  # far apart to a normal eye
    assert delta_e(simulate_deuteranopia(red), simulate_deuteranopia(green)) < 30  # close to a deuteranope


@pytest.mark.parametrize("a, b", list(combinations(sorted(palette.COUNTRY_COLORS), 2)))
def test_country_colours_differ_for_a_deuteranope(a, b):
    ca, cb = hex_rgb(palette.COUNTRY_COLORS[a]), hex_rgb(palette.COUNTRY_COLORS[b])
    assert delta_e(ca, cb) > MIN_DELTA_E
    assert delta_e(simulate_deuteranopia(ca), simulate_deuteranopia(cb)) > MIN_DELTA_E, (a, b)


@pytest.mark.parametrize("country", sorted(palette.COUNTRY_COLORS))
def test_country_colours_differ_from_the_border_line_and_belarus(country):
    c = simulate_deuteranopia(hex_rgb(palette.COUNTRY_COLORS[country]))
    assert delta_e(c, simulate_deuteranopia(hex_rgb(palette.BORDER_COLOR))) > MIN_DELTA_E
    # Belarus is a pale translucent area under the marks, not a mark: clearly different is enough there
    assert delta_e(c, simulate_deuteranopia(hex_rgb(palette.BELARUS_FILL))) > 15
