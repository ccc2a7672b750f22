"""The base map's look, close to a topographic map: water blue, forest green, wetland hatched green-blue,
roads by class (motorway red, trunk and primary orange, secondary yellow, smaller white with a casing),
railways black and white, place names in the local language (OSM ``name``). Qt-free values; the
QPainter renderer (``ui.map.basemap_render``) reads them. ``STYLE_VERSION`` is part of the tile cache key:
change it when the look changes.
"""
from __future__ import annotations

STYLE_VERSION = "1"

BACKGROUND = "#f4f1e8"  # paper
WATER = "#9cc3e6"
WATER_LINE = "#5d9bd3"
WATER_LABEL = "#1f5f99"
FOREST = "#b9d7a1"
WETLAND = "#cfe3d6"
WETLAND_HATCH = "#6fa6b6"
AREA_DRAW_ORDER = ("forest", "wetland", "water")

# road class -> (fill colour, casing colour)
ROAD_COLOURS = {
    "motorway": ("#e0524a", "#9c2a23"),
    "trunk": ("#f08a3c", "#a8561c"),
    "primary": ("#f6b24f", "#a8741f"),
    "secondary": ("#f7e27a", "#9f8d2c"),
    "tertiary": ("#ffffff", "#8f8f8f"),
    "minor": ("#ffffff", "#a8a8a8"),
}
ROAD_DRAW_ORDER = ("minor", "tertiary", "secondary", "primary", "trunk", "motorway")
# road class -> width in CSS pixels at zoom 8, 11, 14 (interpolated, held outside)
ROAD_WIDTHS = {
    "motorway": (1.6, 3.2, 7.0),
    "trunk": (1.4, 3.0, 6.5),
    "primary": (1.1, 2.6, 6.0),
    "secondary": (0.8, 2.0, 5.0),
    "tertiary": (0.5, 1.4, 4.0),
    "minor": (0.3, 0.8, 2.6),
}
WATERWAY_WIDTHS = {"river": (0.8, 1.6, 3.5), "canal": (0.6, 1.2, 2.5), "stream": (0.3, 0.6, 1.2)}
RAIL_WIDTH = (0.8, 1.4, 2.5)
RAIL_COLOUR = "#3c3c3c"
RAIL_DASH = "#ffffff"

LABEL_COLOUR = "#222222"
LABEL_HALO = "#ffffff"
# place class -> (point size at zoom 8, 11, 14, bold)
PLACE_FONTS = {
    "city": ((10.0, 12.5, 15.0), True),
    "town": ((8.5, 10.0, 12.5), True),
    "village": ((7.5, 8.5, 10.5), False),
    "hamlet": ((7.0, 7.5, 9.0), False),
}
PLACE_PRIORITY = {"city": 0, "town": 1, "village": 2, "hamlet": 3}
FONT_FAMILY = "DejaVu Sans"  # has every letter of Lithuanian, Latvian, Polish and Belarusian names


def at_zoom(values: tuple[float, float, float], z: float) -> float:
    """A (zoom 8, 11, 14) triple interpolated at ``z`` (held below 8 and above 14, halved per zoom below 8)."""
    z8, z11, z14 = values
    if z <= 8:
        return z8 * (0.75 ** (8 - z))
    if z <= 11:
        return z8 + (z11 - z8) * (z - 8) / 3
    if z <= 14:
        return z11 + (z14 - z11) * (z - 11) / 3
    return z14 * (1.25 ** min(z - 14, 3))
