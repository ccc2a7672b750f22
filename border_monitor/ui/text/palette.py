"""The one colour palette shared by the map, the timeline and the table.

Plain hex strings (``#rrggbb``), no Qt: the map page (JavaScript) and the Qt views both read
them, so an incident of Poland is the same red on the map and in the timeline's stacked bars.

- ``COUNTRY_COLORS``: the reporting country, from the Okabe-Ito colour-blind-safe set (LT bluish
  green, LV vermillion, PL blue): the three stay apart for a deuteranope too (``colour_vision``;
  tests/unit/test_palette_colour_vision.py). LV and PL were both red before.
- ``TYPE_COLORS``: incident types (a qualitative palette, distinct from the country colours
  where it can be).
- ``BORDER_COLOR``: the EU-Belarus border line; ``BELARUS_FILL``: Belarus' territory.
- ``SELECTION_COLOR``: selected incidents, the focus incident's day on the timeline.
- ``EVENT_COLOR`` / ``EVENT_RANGE_COLOR``: context events on the timeline.
"""
from __future__ import annotations

COUNTRY_COLORS: dict[str, str] = {
    "LT": "#009e73",  # Okabe-Ito bluish green
    "LV": "#d55e00",  # Okabe-Ito vermillion (near the Latvian carmine)
    "PL": "#0072b2",  # Okabe-Ito blue
}

TYPE_COLORS: dict[str, str] = {
    "apprehension": "#1f77b4",
    "prevented_entry": "#ff7f0e",
    "return_to_belarus": "#9467bd",
    "smuggling": "#8c564b",
    "trafficking": "#e377c2",
    "barrier_damage": "#7f7f7f",
    "use_of_force": "#d62728",
    "provocation": "#bcbd22",
    "military_activity": "#17becf",
    "airspace": "#393b79",
    "humanitarian": "#2ca02c",
    "other": "#c7c7c7",
}

BORDER_COLOR = "#1a1aff"  # the border with Belarus: strong blue, unlike any incident colour
BELARUS_FILL = "#b0b0b0"
SELECTION_COLOR = "#00e5ff"
EVENT_COLOR = "#444444"
EVENT_RANGE_COLOR = "#8080800c"  # #rrggbbaa, translucent grey
FALLBACK_COLOR = "#999999"


def country_color(code: str) -> str:
    return COUNTRY_COLORS.get(str(code), FALLBACK_COLOR)


def type_color(code: str) -> str:
    return TYPE_COLORS.get(str(code), FALLBACK_COLOR)


def category_color(by: str, key: str) -> str:
    """Colour of a category key of ``DailyCounts`` stacked ``by`` "country" or "type"."""
    return country_color(key) if by == "country" else type_color(key)


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    text = color.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_to_rgba(color: str) -> tuple[int, int, int, int]:
    """``#rrggbb`` (opaque) or ``#rrggbbaa`` as (r, g, b, a)."""
    text = color.lstrip("#")
    alpha = int(text[6:8], 16) if len(text) >= 8 else 255
    return (*hex_to_rgb(color), alpha)

# Impact levels of the early warning (normal, elevated, high): green, amber, dark crimson; they stay apart for a
# deuteranope (CIE76 > 30 after simulation; tests/unit/test_palette_colour_vision.py), and the map draws the
# higher levels thicker as well.
IMPACT_COLORS: dict[str, str] = {
    "normal": "#66bb6a",
    "elevated": "#ffb000",
    "high": "#9c0d38",
}


def impact_color(level: str) -> str:
    return IMPACT_COLORS.get(str(level), FALLBACK_COLOR)
