"""What the base map keeps of OpenStreetMap, per output layer: the OSM tags that select a feature, the class
it is drawn as, the first zoom it is drawn at, and whether the surrounding area (outside the border strip)
keeps it too. The GDAL OSM driver's default ``osmconf.ini`` makes these tags columns of its layers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .tile_math import metres_per_pixel

ROAD_CLASSES = {  # OSM highway=* -> (class, first zoom)
    "motorway": ("motorway", 5), "motorway_link": ("motorway", 10),
    "trunk": ("trunk", 5), "trunk_link": ("trunk", 10),
    "primary": ("primary", 7), "primary_link": ("primary", 11),
    "secondary": ("secondary", 9), "secondary_link": ("secondary", 12),
    "tertiary": ("tertiary", 10), "tertiary_link": ("tertiary", 12),
    "unclassified": ("minor", 12), "residential": ("minor", 13), "living_street": ("minor", 14),
}
ROAD_COARSE = frozenset({"motorway", "trunk", "primary", "secondary"})
RAIL_CLASSES = {"rail": ("rail", 8), "narrow_gauge": ("rail", 10)}
WATERWAY_CLASSES = {"river": ("river", 8), "canal": ("canal", 10), "stream": ("stream", 12)}
WATERWAY_COARSE = frozenset({"river", "canal"})
PLACE_CLASSES = {"city": ("city", 5), "town": ("town", 8), "village": ("village", 11), "hamlet": ("hamlet", 13)}
PLACE_COARSE = frozenset({"city", "town", "village"})
# Polygons: (column, value) -> class
AREA_CLASSES = {("natural", "water"): "water", ("landuse", "reservoir"): "water", ("landuse", "basin"): "water",
                ("landuse", "forest"): "forest", ("natural", "wood"): "forest", ("natural", "wetland"): "wetland"}
AREA_MIN_ZOOM = {"water": 6, "forest": 7, "wetland": 8}
AREA_MIN_PIXELS = 40.0  # a polygon is drawn from the zoom where it covers this many pixels
COARSE_MIN_AREA_M2 = 250_000.0  # outside the strip, polygons smaller than this (in Web Mercator m²) are left out
COARSE_SIMPLIFY_M = 60.0  # outside the strip, lines and polygons simplified to this tolerance (Web Mercator m)
STRIP_SIMPLIFY_M = 2.0  # inside the strip, only what no zoom up to 16 can show is removed


@dataclass(frozen=True)
class Source:
    """One output layer: which OSM driver layer feeds it, its columns and filter, its geometry type."""

    layer: str  # output layer in the GeoPackage
    osm_layer: str  # layer of GDAL's OSM driver
    columns: tuple[str, ...]
    where: str
    geometry_type: str


def _in(column: str, values) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in sorted(values))})"


SOURCES = (
    Source("places", "points", ("osm_id", "name", "place", "other_tags"), _in("place", PLACE_CLASSES), "Point"),
    Source("roads", "lines", ("osm_id", "name", "highway", "other_tags"), _in("highway", ROAD_CLASSES), "LineString"),
    Source("railways", "lines", ("osm_id", "name", "railway"), _in("railway", RAIL_CLASSES), "LineString"),
    Source("waterways", "lines", ("osm_id", "name", "waterway"), _in("waterway", WATERWAY_CLASSES), "LineString"),
    Source("areas", "multipolygons", ("osm_id", "osm_way_id", "name", "natural", "landuse"),
           " OR ".join([_in("natural", {"water", "wood", "wetland"}), _in("landuse", {"forest", "reservoir", "basin"})]),
           "MultiPolygon"),
)
LAYERS = tuple(s.layer for s in SOURCES)
LINE_LAYERS = ("roads", "railways", "waterways")


def classify(layer: str, columns: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(class, first zoom, kept outside the strip) for each feature of a chunk of ``layer`` (object arrays in,
    class '' for a feature the layer does not keep)."""
    if layer == "areas":
        natural, landuse = columns["natural"], columns["landuse"]
        cls = np.full(len(natural), "", dtype=object)
        for (column, value), name in AREA_CLASSES.items():
            source = natural if column == "natural" else landuse
            cls[(cls == "") & (source == value)] = name
        zoom = np.array([AREA_MIN_ZOOM.get(c, 99) for c in cls], dtype=np.int16)
        return cls, zoom, cls != ""
    table, key, coarse = {
        "places": (PLACE_CLASSES, "place", PLACE_COARSE),
        "roads": (ROAD_CLASSES, "highway", ROAD_COARSE),
        "railways": (RAIL_CLASSES, "railway", frozenset({"rail"})),
        "waterways": (WATERWAY_CLASSES, "waterway", WATERWAY_COARSE),
    }[layer]
    found = [table.get(v) for v in columns[key]]
    cls = np.array([f[0] if f else "" for f in found], dtype=object)
    zoom = np.array([f[1] if f else 99 for f in found], dtype=np.int16)
    keep_coarse = np.array([c in coarse for c in cls], dtype=bool)
    if layer == "roads":  # links of coarse classes stay in the strip only
        keep_coarse &= np.array([not str(v).endswith("_link") for v in columns[key]], dtype=bool)
    return cls, zoom, keep_coarse


def area_min_zoom(area_m2: np.ndarray, class_zoom: np.ndarray) -> np.ndarray:
    """The first zoom a polygon of ``area_m2`` (Web Mercator m²) covers AREA_MIN_PIXELS pixels, not before its
    class's zoom, at most 14."""
    with np.errstate(divide="ignore"):
        z = 0.5 * np.log2(AREA_MIN_PIXELS * metres_per_pixel(0) ** 2 / np.maximum(area_m2, 1e-6))
    return np.clip(np.maximum(np.ceil(z), class_zoom), 0, 14).astype(np.int16)


def population(other_tags: np.ndarray) -> np.ndarray:
    """The ``population`` tag from the OSM driver's ``other_tags`` (hstore text), 0 when absent or not a number."""
    out = np.zeros(len(other_tags), dtype=np.int64)
    for i, text in enumerate(other_tags):
        if not text or '"population"=>"' not in text:
            continue
        value = text.split('"population"=>"', 1)[1].split('"', 1)[0].replace(" ", "").replace(",", "")
        if value.isdigit():
            out[i] = int(value)
    return out


def ref_tag(other_tags: np.ndarray) -> np.ndarray:
    """The ``ref`` tag (road number) from ``other_tags``."""
    out = np.full(len(other_tags), "", dtype=object)
    for i, text in enumerate(other_tags):
        if text and '"ref"=>"' in text:
            out[i] = text.split('"ref"=>"', 1)[1].split('"', 1)[0][:16]
    return out


def label_zoom(cls: str) -> int:
    """The first zoom a place's name is written at."""
    return {"city": 6, "town": 9, "village": 11, "hamlet": 13}.get(cls, 99)


assert math.isclose(metres_per_pixel(0), 156543.03392804097)
