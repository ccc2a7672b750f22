"""A tiny OpenStreetMap file written by the base map tests: a lake, a primary road, a village (east of Vilnius,
inside the border strip)."""
from __future__ import annotations

import math
from pathlib import Path

LAKE = (25.40, 54.60, 25.50, 54.65)  # west, south, east, north
LAKE_CENTRE = (25.45, 54.625)
VILLAGE = (25.45, 54.70)
VILLAGE_NAME = "Ežerėlis"
ROAD = ((25.30, 54.55), (25.60, 54.56))

OSM = f"""<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="border-monitor tests (made-up data)">
 <node id="1" version="1" lat="{LAKE[1]}" lon="{LAKE[0]}"/>
 <node id="2" version="1" lat="{LAKE[1]}" lon="{LAKE[2]}"/>
 <node id="3" version="1" lat="{LAKE[3]}" lon="{LAKE[2]}"/>
 <node id="4" version="1" lat="{LAKE[3]}" lon="{LAKE[0]}"/>
 <node id="5" version="1" lat="{ROAD[0][1]}" lon="{ROAD[0][0]}"/>
 <node id="6" version="1" lat="{ROAD[1][1]}" lon="{ROAD[1][0]}"/>
 <node id="7" version="1" lat="{VILLAGE[1]}" lon="{VILLAGE[0]}"><tag k="place" v="village"/><tag k="name" v="{VILLAGE_NAME}"/></node>
 <way id="10" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/><tag k="natural" v="water"/><tag k="name" v="Testas"/></way>
 <way id="11" version="1"><nd ref="5"/><nd ref="6"/><tag k="highway" v="primary"/></way>
</osm>
"""


def write_osm(folder: Path, name: str = "test.osm") -> Path:
    path = Path(folder) / name
    path.write_text(OSM, encoding="utf-8")
    return path


def pixel(lon: float, lat: float, z: int, x: int, y: int, size: int = 256) -> tuple[int, int]:
    """Where lon/lat falls in the tile (z, x, y) drawn at ``size`` pixels."""
    n = 2**z
    fx = (lon + 180.0) / 360.0 * n
    fy = (1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n
    return int((fx - x) * size), int((fy - y) * size)
