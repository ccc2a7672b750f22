"""Geodesic measuring on the WGS 84 ellipsoid (pyproj.Geod): path lengths, polygon areas, range rings.

The map page only draws what these functions return; every figure a user reads comes from here.
Positions are (lon, lat) in degrees; lengths in metres, areas in square metres.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from pyproj import Geod

GEOD = Geod(ellps="WGS84")
#: Vertices of one range ring (a geodesic circle); at 10 km the chord error is under 5 m.
RING_VERTICES = 180
#: Range rings offered until the user sets others (km).
DEFAULT_RING_RADII_KM = (1.0, 5.0, 10.0)
MAX_RINGS = 12
MAX_RING_KM = 2000.0
MAX_VERTICES = 10_000


class MeasureError(ValueError):
    """A measurement cannot be made from what was given; the message says what is wrong."""


@dataclass(frozen=True)
class PathMeasure:
    """A polyline: the geodesic length of each segment and the total, in metres."""

    segments_m: tuple[float, ...]
    total_m: float


@dataclass(frozen=True)
class AreaMeasure:
    """A polygon (closed by its first vertex): geodesic area (m², positive) and perimeter (m)."""

    area_m2: float
    perimeter_m: float


@dataclass(frozen=True)
class RangeRing:
    """A geodesic circle: every vertex lies ``radius_m`` from the centre along the ellipsoid."""

    radius_m: float
    lon: np.ndarray
    lat: np.ndarray


def _positions(lon, lat, minimum: int, what: str) -> tuple[np.ndarray, np.ndarray]:
    lon = np.asarray(lon, dtype=float).ravel()
    lat = np.asarray(lat, dtype=float).ravel()
    if lon.shape != lat.shape:
        raise MeasureError(f"The {what} has {lon.size} longitudes but {lat.size} latitudes.")
    if lon.size < minimum:
        raise MeasureError(f"A {what} needs at least {minimum} points; {lon.size} given.")
    if lon.size > MAX_VERTICES:
        raise MeasureError(f"A {what} of {lon.size} points is more than the {MAX_VERTICES} measured at once.")
    bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90.0) & (np.abs(lon) <= 540.0))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise MeasureError(f"Point {i + 1} of the {what} (longitude {lon[i]!r}, latitude {lat[i]!r}) "
                           "is not a place on Earth.")
    return lon, lat


def path_length(lon, lat) -> PathMeasure:
    """Geodesic length of the polyline through the points, per segment and in total."""
    lon, lat = _positions(lon, lat, 2, "path")
    _, _, dist = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    segments = np.atleast_1d(np.asarray(dist, dtype=float))
    return PathMeasure(tuple(float(d) for d in segments), float(segments.sum()))


def polygon_area(lon, lat) -> AreaMeasure:
    """Geodesic area and perimeter of the polygon the points outline (either winding)."""
    lon, lat = _positions(lon, lat, 3, "polygon")
    if lon[0] == lon[-1] and lat[0] == lat[-1] and lon.size > 3:
        lon, lat = lon[:-1], lat[:-1]  # the ring came closed; Geod closes it itself
    area, perimeter = GEOD.polygon_area_perimeter(lon, lat)
    return AreaMeasure(abs(float(area)), float(perimeter))


def range_rings(lon: float, lat: float, radii_m, vertices: int = RING_VERTICES) -> list[RangeRing]:
    """Geodesic circles of the given radii around (lon, lat), each as a closed ring of vertices."""
    (lon,), (lat,) = _positions([lon], [lat], 1, "ring centre")
    radii = np.asarray(radii_m, dtype=float).ravel()
    if radii.size == 0 or not np.all(np.isfinite(radii)) or np.any(radii <= 0):
        raise MeasureError(f"Range ring radii must be positive distances; {list(radii)} given.")
    azimuths = np.linspace(0.0, 360.0, vertices, endpoint=False)
    rings = []
    for radius in radii:
        lons, lats, _ = GEOD.fwd(np.full(vertices, lon), np.full(vertices, lat), azimuths, np.full(vertices, radius))
        lons = np.append(lons, lons[0])
        lats = np.append(lats, lats[0])
        rings.append(RangeRing(float(radius), np.asarray(lons), np.asarray(lats)))
    return rings


def parse_ring_radii(text: str) -> tuple[float, ...]:
    """Radii in km from text such as ``1, 5, 10`` (comma, semicolon or space between; ``2.5`` or ``2,5``
    not both: a comma separates). Sorted, duplicates dropped. Raises MeasureError with a sentence."""
    parts = [p for p in re.split(r"[;,\s]+", str(text).strip()) if p]
    if not parts:
        raise MeasureError("Give at least one range ring radius in km, e.g. 1, 5, 10.")
    radii = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise MeasureError(f"Range ring radius {part!r} is not a number of km; write e.g. 1, 5, 10.") from None
        if not math.isfinite(value) or value <= 0 or value > MAX_RING_KM:
            raise MeasureError(f"Range ring radius {part!r} km is outside 0 to {MAX_RING_KM:g} km.")
        radii.append(value)
    radii = sorted(set(radii))
    if len(radii) > MAX_RINGS:
        raise MeasureError(f"{len(radii)} range rings is more than {MAX_RINGS}; give fewer radii.")
    return tuple(radii)
