"""Web Mercator (EPSG:3857) tile arithmetic for XYZ tiles (row 0 at the north), as Leaflet numbers them."""
from __future__ import annotations

import math
from typing import Iterator

EARTH_HALF = 20037508.342789244  # half the width of the Web Mercator square, in metres
MAX_LAT = 85.0511287798066


def lonlat_to_tile(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The XYZ tile (x, y) holding lon/lat at zoom ``z`` (clamped to the grid)."""
    n = 1 << z
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    x = int((lon + 180.0) / 360.0 * n)
    rad = math.radians(lat)
    y = int((1.0 - math.asinh(math.tan(rad)) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def tile_bounds_3857(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(minx, miny, maxx, maxy) of the tile in Web Mercator metres."""
    size = 2 * EARTH_HALF / (1 << z)
    minx = -EARTH_HALF + x * size
    maxy = EARTH_HALF - y * size
    return minx, maxy - size, minx + size, maxy


def tile_bounds_lonlat(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the tile in degrees."""
    n = 1 << z
    west = x / n * 360.0 - 180.0
    east = (x + 1) / n * 360.0 - 180.0
    north = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    south = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * (y + 1) / n))))
    return west, south, east, north


def tile_ranges(bbox: tuple[float, float, float, float], z: int) -> tuple[range, range]:
    """The x and y ranges of the tiles at zoom ``z`` that cover ``bbox`` (west, south, east, north)."""
    west, south, east, north = bbox
    x0, y0 = lonlat_to_tile(west, north, z)
    x1, y1 = lonlat_to_tile(east, south, z)
    return range(x0, x1 + 1), range(y0, y1 + 1)


def count_tiles(bbox: tuple[float, float, float, float], zooms: range) -> int:
    total = 0
    for z in zooms:
        xs, ys = tile_ranges(bbox, z)
        total += len(xs) * len(ys)
    return total


def tiles_in(bbox: tuple[float, float, float, float], zooms: range) -> Iterator[tuple[int, int, int]]:
    """Every (z, x, y) covering ``bbox`` at the zooms, zoom by zoom, row by row."""
    for z in zooms:
        xs, ys = tile_ranges(bbox, z)
        for y in ys:
            for x in xs:
                yield z, x, y


def metres_per_pixel(z: int, tile_size: int = 256) -> float:
    """Web Mercator metres per pixel at zoom ``z`` (at the equator; the map's own scale)."""
    return 2 * EARTH_HALF / (tile_size * (1 << z))
