"""The nearest crossing point to a position, and the distance along the border line to it.

A position is projected onto its border line (the incident's border, else the nearest of the
three); each crossing point of that border is projected onto the same line; the distance along
the border is the geodesic length of the line between the two projections. The projection is
found in ETRS89 / LAEA Europe (EPSG:3035, equal-area, metric); every length is geodesic on
WGS 84 (``pyproj.Geod``), summed from the line's own vertices, so no planar distortion enters
the figure. Open crossings (on the given day) are preferred; the nearest of any state is also
given when it is nearer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, shape

from border_monitor.geo.measure import GEOD
from border_monitor.geo.reference import crossing_status_on

METRIC_CRS = "EPSG:3035"
_TO_METRIC = Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)
_TO_LONLAT = Transformer.from_crs(METRIC_CRS, "EPSG:4326", always_xy=True)


@dataclass(frozen=True)
class CrossingDistance:
    """One crossing point seen from a position."""

    name: str
    kind: str
    border: str
    status: str  # on the day asked about (``open``, ``closed``, ``uncertain``, ``unknown``)
    current_status: str
    lon: float
    lat: float
    along_border_m: float  # between the projections of the position and the crossing on the line
    straight_m: float  # geodesic, position to crossing point
    offset_m: float  # from the position to the border line


@dataclass(frozen=True)
class NearestCrossing:
    """``chosen``: the nearest open crossing (the nearest of any state when none is open);
    ``nearer``: a crossing that is not open but nearer along the border, else None."""

    chosen: CrossingDistance
    nearer: CrossingDistance | None


def _one_line(geom) -> LineString | None:
    """The border as one line (a GeoPackage layer holds it as a MultiLineString of one part)."""
    if geom.geom_type == "MultiLineString":
        geom = shapely.line_merge(geom)
        if geom.geom_type == "MultiLineString":  # parts that do not join: the longest one
            geom = max(geom.geoms, key=lambda g: g.length)
    return geom if geom.geom_type == "LineString" and len(geom.coords) >= 2 else None


class _Line:
    """A border line with its vertices' chainage: metric (for projecting) and geodesic (for lengths)."""

    def __init__(self, line: LineString):
        coords = np.asarray(line.coords)[:, :2]
        self.lon, self.lat = coords[:, 0], coords[:, 1]
        x, y = _TO_METRIC.transform(self.lon, self.lat)
        self.metric = LineString(np.column_stack([x, y]))
        self.planar = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
        _, _, seg = GEOD.inv(self.lon[:-1], self.lat[:-1], self.lon[1:], self.lat[1:])
        self.geodesic = np.concatenate([[0.0], np.cumsum(seg)])

    def chainage(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Geodesic distance from the line's start to each position's projection, and the metric
        distance of each position from the line (arrays)."""
        x, y = _TO_METRIC.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        points = shapely.points(np.atleast_1d(x), np.atleast_1d(y))
        along = shapely.line_locate_point(self.metric, points)
        offset = shapely.distance(self.metric, points)
        seg = np.clip(np.searchsorted(self.planar, along, side="right") - 1, 0, len(self.planar) - 2)
        foot = shapely.line_interpolate_point(self.metric, along)
        fx, fy = shapely.get_x(foot), shapely.get_y(foot)
        flon, flat = _TO_LONLAT.transform(fx, fy)
        _, _, part = GEOD.inv(self.lon[seg], self.lat[seg], np.atleast_1d(flon), np.atleast_1d(flat))
        return self.geodesic[seg] + np.asarray(part), np.asarray(offset)


class BorderCrossings:
    """The crossing points of each border, ready to answer ``nearest`` for any position."""

    def __init__(self, borders: list[tuple[dict, object]], crossings: list[tuple[dict, object]]):
        self._lines = {str(p["border"]): _Line(line) for p, g in borders if (line := _one_line(g)) is not None}
        self._crossings: dict[str, list[dict]] = {b: [] for b in self._lines}
        self._chainage: dict[str, np.ndarray] = {}
        for props, geom in crossings:
            border = str(props.get("border", ""))
            if geom.geom_type == "MultiPoint" and len(geom.geoms) == 1:
                geom = geom.geoms[0]
            if border in self._lines and geom.geom_type == "Point":
                self._crossings[border].append({**props, "_lon": float(geom.x), "_lat": float(geom.y)})
        for border, items in self._crossings.items():
            if items:
                along, _ = self._lines[border].chainage([c["_lon"] for c in items], [c["_lat"] for c in items])
                self._chainage[border] = along

    @classmethod
    def from_geojson(cls, borders: dict, crossings: dict) -> "BorderCrossings":
        def features(fc: dict) -> list[tuple[dict, object]]:
            return [(dict(f.get("properties") or {}), shape(f["geometry"]))
                    for f in (fc or {}).get("features", []) if f.get("geometry")]
        return cls(features(borders), features(crossings))

    @property
    def borders(self) -> tuple[str, ...]:
        return tuple(self._lines)

    def nearest_border(self, lon: float, lat: float) -> str | None:
        best, best_d = None, np.inf
        for border, line in self._lines.items():
            _, offset = line.chainage([lon], [lat])
            if offset[0] < best_d:
                best, best_d = border, float(offset[0])
        return best

    def nearest(self, lon: float, lat: float, border: str | None = None, day: date | None = None) -> NearestCrossing | None:
        """The nearest crossing point along ``border`` (default: the nearest border line) from the
        position, preferring those open on ``day`` (default: today). None without crossings."""
        border = border if border in self._lines else self.nearest_border(lon, lat)
        items = self._crossings.get(border or "", [])
        if not items:
            return None
        day = day or date.today()
        line = self._lines[border]
        (here,), (offset,) = line.chainage([lon], [lat])
        along = np.abs(self._chainage[border] - here)
        c_lon = np.array([c["_lon"] for c in items])
        c_lat = np.array([c["_lat"] for c in items])
        _, _, straight = GEOD.inv(np.full(len(items), lon), np.full(len(items), lat), c_lon, c_lat)
        straight = np.atleast_1d(straight)
        statuses = [crossing_status_on(c, day) for c in items]
        order = np.lexsort((straight, along))  # along the border first, the straight line breaks ties

        def entry(i: int) -> CrossingDistance:
            c = items[i]
            return CrossingDistance(str(c.get("name", "")), str(c.get("kind", "")), border, statuses[i],
                                    str(c.get("current_status", "")), c["_lon"], c["_lat"], float(along[i]),
                                    float(straight[i]), float(offset))

        open_ = [i for i in order if statuses[i] == "open"]
        chosen = int(open_[0] if open_ else order[0])
        nearer = int(order[0]) if int(order[0]) != chosen else None
        return NearestCrossing(entry(chosen), None if nearer is None else entry(nearer))
