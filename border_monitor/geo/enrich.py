"""Derived fields of positions, vectorised: nearest border and sector, distance, side, zone.

``enrich(lon, lat)`` takes arrays (a million points in about a second) and returns numpy arrays;
``enrich_one(lon, lat)`` gives the same for one position as enums and text.

How the distance is found. Everything metric happens in a transverse Mercator projection centred
on 25°E; a plane distance there, divided by the projection's mean scale factor along it, is within
a few centimetres per kilometre of the geodesic distance anywhere in the monitored region. The
sector lines (which together make the border lines) are cut into straight segments. A per-point
nearest-neighbour search (GEOS ``STRtree.query_nearest``) costs 5-10 µs a point, too slow for a
million, so the search is done once per grid cell instead: for each cell the index keeps every
segment that can be nearest to some point of the cell (those within d + 2h of the cell centre,
d being the centre's distance and h the half-diagonal), and each point then measures only its
cell's candidates, with numpy. Far from the border the candidates would be many, so the grid
comes in tiers: exact segments in 1 km cells up to 6 km from the line, then coarser cells on
lines simplified by 10 m, 50 m and 200 m, used only where the distance is at least 6, 25 and
100 km, which keeps the error from simplifying below 0.2 %. Side and zone are point-in-polygon
tests on prepared geometries.
"""
from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyproj
import shapely

from border_monitor.domain.taxonomy import BORDERS, Border, Side
from border_monitor.geo.reference import Reference, load_reference, zone_union

SIDES = tuple(Side)  # 0 EU, 1 BY
# Transverse Mercator on 25°E (the middle of the three borders): true scale on the meridian,
# scale 1 + x²/2R² off it (x = easting from the meridian), which ``_scale`` divides out.
LOCAL_CRS = "+proj=tmerc +lat_0=0 +lon_0=25 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
_WGS84_A = 6378137.0
_WGS84_E2 = 0.00669437999014
# The grid covers this lon/lat box (the monitored region and a margin); points outside it fall
# back to a per-point tree search.
GRID_REGION = (18.0, 49.5, 33.0, 58.0)
# (simplification tolerance m, cell size m, farthest distance m the tier serves or None)
TIERS = ((0.0, 1_000.0, 6_000.0), (10.0, 3_000.0, 25_000.0), (50.0, 10_000.0, 100_000.0),
         (200.0, 30_000.0, None))
_BLOCK = 200_000  # points measured at once (bounds the memory of the candidate pairs)


@dataclass(frozen=True)
class Enrichment:
    """Derived fields for n points, as arrays of length n (codes index ``BORDERS``,
    ``sector_names()`` and ``SIDES``)."""

    border: np.ndarray                 # int8
    sector: np.ndarray                 # int16
    distance_to_border_m: np.ndarray   # float64
    side: np.ndarray                   # int8
    in_zone: np.ndarray                # bool

    def __len__(self) -> int:
        return len(self.border)


class _Segments:
    """Straight segments of lines, with the border and sector code of each."""

    def __init__(self, pieces: list[tuple[np.ndarray, int, int]], tolerance: float) -> None:
        starts, ends, borders, sectors, self.lines = [], [], [], [], []
        for xy, border, sector in pieces:
            if tolerance:
                xy = shapely.get_coordinates(shapely.simplify(shapely.linestrings(xy), tolerance))
            self.lines.append(shapely.linestrings(xy))
            keep = np.any(xy[1:] != xy[:-1], axis=1)
            starts.append(xy[:-1][keep])
            ends.append(xy[1:][keep])
            borders.append(np.full(keep.sum(), border, dtype=np.int8))
            sectors.append(np.full(keep.sum(), sector, dtype=np.int16))
        a, b = np.concatenate(starts), np.concatenate(ends)
        self.ax, self.ay = a[:, 0].copy(), a[:, 1].copy()
        self.dx, self.dy = b[:, 0] - self.ax, b[:, 1] - self.ay
        self.len2 = self.dx ** 2 + self.dy ** 2
        self.border = np.concatenate(borders)
        self.sector = np.concatenate(sectors)
        self.geoms = shapely.linestrings(np.stack([a, b], axis=1))
        self.tree = shapely.STRtree(self.geoms, node_capacity=4)

    def foot(self, seg: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The nearest point of segment ``seg[i]`` to ``(x[i], y[i])``."""
        ax, ay, dx, dy = self.ax[seg], self.ay[seg], self.dx[seg], self.dy[seg]
        t = np.clip(((x - ax) * dx + (y - ay) * dy) / self.len2[seg], 0.0, 1.0)
        return ax + t * dx, ay + t * dy


class _Tier:
    """A grid whose cells each list the segments that can be nearest to a point of the cell."""

    def __init__(self, segments: _Segments, cell: float, reach: float | None, box) -> None:
        self.segments, self.cell = segments, cell
        self.x0, self.y0 = box[0], box[1]
        self.nx = int(math.ceil((box[2] - box[0]) / cell))
        self.ny = int(math.ceil((box[3] - box[1]) / cell))
        jj, ii = np.divmod(np.arange(self.nx * self.ny), self.nx)
        cx, cy = self.x0 + (ii + 0.5) * cell, self.y0 + (jj + 0.5) * cell
        half_diagonal = cell * math.sqrt(0.5)
        if reach is None:
            member = np.ones(len(cx), dtype=bool)
        else:  # cells whose centre is within reach + h: beyond them every point is farther than reach
            # buffer a simplified copy (fast), grown by the simplification and because the
            # buffer's polygonal arcs lie inside the true circle arcs
            slack = 0.02 * reach
            lines = shapely.simplify(shapely.multilinestrings(segments.lines), slack)
            grown = (reach + half_diagonal + slack) / math.cos(math.pi / 32) + 1.0
            area = shapely.buffer(lines, grown, quad_segs=8)
            shapely.prepare(area)
            member = shapely.contains_xy(area, cx, cy)
        cells = np.flatnonzero(member)
        centres = shapely.points(cx[cells], cy[cells])
        _, near = segments.tree.query_nearest(centres, all_matches=False, return_distance=True)
        pairs = segments.tree.query(centres, predicate="dwithin", distance=near + 2 * half_diagonal + 1.0)
        order = np.lexsort((pairs[1], pairs[0]))
        self.candidates = pairs[1][order].astype(np.int32)
        counts = np.bincount(pairs[0], minlength=len(cells))
        self.pointer = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self.row = np.full(self.nx * self.ny, -1, dtype=np.int32)
        self.row[cells] = np.arange(len(cells), dtype=np.int32)

    def rows(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Each point's cell row, -1 where the point's cell is not in this tier."""
        i = np.floor((x - self.x0) / self.cell).astype(np.int64)
        j = np.floor((y - self.y0) / self.cell).astype(np.int64)
        inside = (i >= 0) & (i < self.nx) & (j >= 0) & (j < self.ny)
        rows = np.full(len(x), -1, dtype=np.int32)
        rows[inside] = self.row[j[inside] * self.nx + i[inside]]
        return rows

    def nearest(self, x: np.ndarray, y: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The nearest segment of each point (all points must have a row)."""
        counts = self.pointer[rows + 1] - self.pointer[rows]
        first = np.cumsum(counts) - counts
        pair_point = np.repeat(np.arange(len(x)), counts)
        within = np.arange(int(counts.sum())) - np.repeat(first, counts)
        seg = self.candidates[np.repeat(self.pointer[rows], counts) + within]
        px, py = self.segments.foot(seg, x[pair_point], y[pair_point])
        d2 = (x[pair_point] - px) ** 2 + (y[pair_point] - py) ** 2
        best = np.minimum.reduceat(d2, first)
        hit = np.flatnonzero(d2 == np.repeat(best, counts))
        hit = hit[np.concatenate([[True], pair_point[hit[1:]] != pair_point[hit[:-1]]])]
        return seg[hit]


class _Index:
    """Everything ``enrich`` needs, built once from the reference data (about half a second)."""

    def __init__(self, reference: Reference) -> None:
        self.to_local = pyproj.Transformer.from_crs("EPSG:4326", LOCAL_CRS, always_xy=True)
        self.sector_names = reference.sector_names()
        pieces = []
        for code, (props, line) in enumerate(reference.layer("sectors")):
            lon, lat = np.asarray(line.coords).T
            xy = np.column_stack(self.to_local.transform(lon, lat))
            pieces.append((xy, BORDERS.index(Border.parse(props["border"], "border")), code))
        self.sector_border = np.array([b for _, b, _ in pieces], dtype=np.int8)
        west, south, east, north = GRID_REGION
        edge = np.linspace(0.0, 1.0, 200)
        bx, by = self.to_local.transform(
            np.concatenate([west + (east - west) * edge, np.full(200, east), west + (east - west) * edge,
                            np.full(200, west)]),
            np.concatenate([np.full(200, south), south + (north - south) * edge, np.full(200, north),
                            south + (north - south) * edge]))
        box = (bx.min(), by.min(), bx.max(), by.max())
        self.tiers = [_Tier(_Segments(pieces, tolerance), cell, reach, box)
                      for tolerance, cell, reach in TIERS]
        self.belarus = reference.belarus_polygon()
        self.zones = zone_union(reference)
        shapely.prepare(self.belarus)
        shapely.prepare(self.zones)
        # GEOS builds parts of a prepared geometry lazily on first use: do it here, then a lock
        # keeps two threads from using one prepared geometry at the same time.
        shapely.contains_xy(self.belarus, 25.0, 54.0)
        shapely.contains_xy(self.zones, 25.0, 54.0)
        self.lock = threading.Lock()

    def nearest(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each point: border code, sector code and the nearest point (px, py) on the line."""
        n = len(x)
        border = np.empty(n, dtype=np.int8)
        sector = np.empty(n, dtype=np.int16)
        px, py = np.empty(n), np.empty(n)
        todo = np.arange(n)
        for tier in self.tiers:
            rows = tier.rows(x[todo], y[todo])
            mine, todo = todo[rows >= 0], todo[rows < 0]
            rows = rows[rows >= 0]
            for k in range(0, len(mine), _BLOCK):
                pts, r = mine[k:k + _BLOCK], rows[k:k + _BLOCK]
                seg = tier.nearest(x[pts], y[pts], r)
                self._put(tier.segments, seg, pts, x, y, border, sector, px, py)
        if len(todo):  # outside the grid: a per-point search on the coarsest lines
            segments = self.tiers[-1].segments
            hits = segments.tree.query_nearest(shapely.points(x[todo], y[todo]), all_matches=False)
            seg = np.empty(len(todo), dtype=np.intp)
            seg[hits[0]] = hits[1]
            self._put(segments, seg, todo, x, y, border, sector, px, py)
        return border, sector, px, py

    @staticmethod
    def _put(segments, seg, pts, x, y, border, sector, px, py) -> None:
        border[pts] = segments.border[seg]
        sector[pts] = segments.sector[seg]
        px[pts], py[pts] = segments.foot(seg, x[pts], y[pts])


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(load_reference())


def sector_names() -> tuple[str, ...]:
    """Every sector name, in the order ``Enrichment.sector`` codes index (stable for given data)."""
    return _index().sector_names


def sector_borders() -> np.ndarray:
    """For each sector code, the code of its border (index into ``BORDERS``)."""
    return _index().sector_border.copy()


def _as_coordinates(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    lon = np.asarray(lon, dtype=np.float64)
    lat = np.asarray(lat, dtype=np.float64)
    if lon.ndim != 1 or lon.shape != lat.shape:
        raise ValueError(f"lon and lat must be one-dimensional arrays of the same length "
                         f"(got shapes {lon.shape} and {lat.shape})")
    bad = ~(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lon) <= 180) & (np.abs(lat) <= 90))
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ValueError(f"Position {row} (lon {lon[row]}, lat {lat[row]}) is not a WGS 84 longitude and "
                         f"latitude; {int(bad.sum())} such position(s) in all.")
    return lon, lat


def _scale(x1: np.ndarray, x2: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Mean scale factor of the projection along the straight line from easting x1 to x2."""
    s2 = np.sin(np.radians(lat)) ** 2
    w = 1.0 - _WGS84_E2 * s2
    radius2 = _WGS84_A ** 2 * (1.0 - _WGS84_E2) / w ** 2  # M * N, Gaussian radius squared
    mean_x2 = (x1 * x1 + x1 * x2 + x2 * x2) / 3.0
    return 1.0 + mean_x2 / (2.0 * radius2) + mean_x2 ** 2 / (24.0 * radius2 ** 2)


def enrich(lon, lat) -> Enrichment:
    """Derived fields for arrays of WGS 84 longitudes and latitudes (degrees)."""
    lon, lat = _as_coordinates(lon, lat)
    index = _index()
    n = len(lon)
    if n == 0:
        return Enrichment(np.zeros(0, np.int8), np.zeros(0, np.int16), np.zeros(0), np.zeros(0, np.int8),
                          np.zeros(0, bool))
    x, y = index.to_local.transform(lon, lat)
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        row = int(np.flatnonzero(~(np.isfinite(x) & np.isfinite(y)))[0])
        raise ValueError(f"Position {row} (lon {lon[row]}, lat {lat[row]}) is too far from the monitored "
                         "region to measure its distance to the border.")
    border, sector, px, py = index.nearest(x, y)
    distance = np.hypot(x - px, y - py) / _scale(x, px, lat)
    with index.lock:
        side = shapely.contains_xy(index.belarus, lon, lat)
        in_zone = shapely.contains_xy(index.zones, lon, lat)
    return Enrichment(
        border=border,
        sector=sector,
        distance_to_border_m=distance,
        side=side.astype(np.int8),
        in_zone=in_zone,
    )


def enrich_one(lon: float, lat: float) -> dict:
    """Derived fields of one position: ``border`` (Border), ``sector`` (name),
    ``distance_to_border_m`` (float), ``side`` (Side) and ``in_zone`` (bool)."""
    result = enrich(np.array([lon], dtype=np.float64), np.array([lat], dtype=np.float64))
    return {
        "border": BORDERS[int(result.border[0])],
        "sector": sector_names()[int(result.sector[0])],
        "distance_to_border_m": float(result.distance_to_border_m[0]),
        "side": SIDES[int(result.side[0])],
        "in_zone": bool(result.in_zone[0]),
    }
