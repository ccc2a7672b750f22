"""Derived fields of positions, vectorised: nearest border and sector, distance, side, zone.

``enrich(lon, lat)`` takes arrays (a million points in about a second) and returns numpy arrays;
``enrich_one(lon, lat)`` gives the same for one position as enums and text.

Distances are measured in a transverse Mercator projection centred on 25°E; a plane distance
there, divided by the projection's mean scale factor along it, is within a few centimetres per
kilometre of the geodesic distance anywhere in the monitored region. The nearest segment of the
sector lines (which together make the border lines) is found with a quadtree built once per
process: each leaf lists every segment that can be nearest to some point of the leaf, so each
point measures only its leaf's few candidates, all points at once with numpy. (A per-point GEOS
``STRtree.query_nearest`` costs 5-10 µs a point, too slow for a million.) Far from the line the
tree uses copies of the line simplified by 2 m to 512 m, never more than 0.2 % of the distance,
so that far leaves stay large and few. Side and zone are point-in-polygon tests on prepared
geometries.
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
# The quadtree covers this lon/lat box; points outside it fall back to a per-point tree search.
TREE_REGION = (17.0, 48.5, 34.0, 59.0)
LOD_TOLERANCES = np.array([0.0, 2.0, 8.0, 32.0, 128.0, 512.0])  # metres
RELATIVE_ERROR = 0.002   # a simplified line is used only where its tolerance is below this share
LEAF_CANDIDATES = 12     # a node with more candidate segments is split ...
MIN_LEAF_SIZE = 50.0     # ... unless it is this small (metres)
FAR = 20_000.0           # points farther from the line use a per-point search on simplified lines
FAR_LOD = 3              # ... simplified by LOD_TOLERANCES[3] = 32 m: within 0.16 % there
_BLOCK = 1 << 20          # candidate pairs measured at once


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
    """The segments of the sector lines at every level of detail, in one table.

    ``first``/``last`` index a segment's ends among all original vertices, so a simplified
    segment covers the finer segments whose ``first`` lies in ``[first, last)``. The last row is
    a dummy segment far away that pads candidate lists.
    """

    def __init__(self, pieces: list[tuple[np.ndarray, int, int]]) -> None:
        cols: dict[str, list[np.ndarray]] = {k: [] for k in ("a", "b", "first", "last", "border", "sector", "lod")}
        self.level_start = []
        offset = np.cumsum([0] + [len(xy) for xy, _, _ in pieces])
        for level, tolerance in enumerate(LOD_TOLERANCES):
            self.level_start.append(sum(len(part) for part in cols["a"]))
            for (xy, border, sector), start in zip(pieces, offset):
                keep = np.flatnonzero(np.concatenate([[True], np.any(xy[1:] != xy[:-1], axis=1)]))
                if tolerance:
                    line = shapely.simplify(shapely.linestrings(xy[keep]), tolerance, preserve_topology=False)
                    where = {tuple(p): i for i, p in zip(keep, xy[keep].tolist())}
                    keep = np.array([where[tuple(p)] for p in shapely.get_coordinates(line).tolist()])
                cols["a"].append(xy[keep[:-1]])
                cols["b"].append(xy[keep[1:]])
                cols["first"].append(keep[:-1] + start)
                cols["last"].append(keep[1:] + start)
                for key, value, kind in (("border", border, np.int8), ("sector", sector, np.int16),
                                         ("lod", level, np.int8)):
                    cols[key].append(np.full(len(keep) - 1, value, dtype=kind))
        self.level_start.append(sum(len(part) for part in cols["a"]))
        cols["a"].append(np.array([[1e12, 1e12]]))
        cols["b"].append(np.array([[1e12 + 1.0, 1e12]]))
        for key in ("first", "last", "border", "sector", "lod"):
            cols[key].append(np.zeros(1, dtype=cols[key][0].dtype))
        a, b = np.concatenate(cols["a"]), np.concatenate(cols["b"])
        self.ax, self.ay, self.dx, self.dy = a[:, 0], a[:, 1], b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
        self.len2 = self.dx ** 2 + self.dy ** 2
        self.first, self.last = np.concatenate(cols["first"]), np.concatenate(cols["last"])
        self.border, self.sector = np.concatenate(cols["border"]), np.concatenate(cols["sector"])
        self.tolerance = LOD_TOLERANCES[np.concatenate(cols["lod"])]
        self.dummy = len(self.ax) - 1

    def foot(self, seg, x, y):
        """The nearest point of segment ``seg`` to ``(x, y)`` (arrays broadcast)."""
        ax, ay, dx, dy = self.ax[seg], self.ay[seg], self.dx[seg], self.dy[seg]
        t = np.clip(((x - ax) * dx + (y - ay) * dy) / self.len2[seg], 0.0, 1.0)
        return ax + t * dx, ay + t * dy

    def distance(self, seg, x, y):
        px, py = self.foot(seg, x, y)
        return np.hypot(x - px, y - py)

    def finer(self, seg: np.ndarray, level: int) -> tuple[np.ndarray, np.ndarray]:
        """The level-``level`` segments each of ``seg`` covers: (position in ``seg``, segment)."""
        lo, hi = self.level_start[level], self.level_start[level + 1]
        begin = lo + np.searchsorted(self.first[lo:hi], self.first[seg])
        count = lo + np.searchsorted(self.first[lo:hi], self.last[seg]) - begin
        owner = np.repeat(np.arange(len(seg)), count)
        return owner, np.repeat(begin - (np.cumsum(count) - count), count) + np.arange(count.sum())


def _group_min(values: np.ndarray, group: np.ndarray, groups: int) -> np.ndarray:
    out = np.full(groups, np.inf)
    np.minimum.at(out, group, values)
    return out


class _QuadTree:
    """A quadtree over a square whose leaves list every segment that can be nearest to a point
    of the leaf (at the coarsest level of detail accurate enough there)."""

    def __init__(self, segments: _Segments, x0: float, y0: float, size: float) -> None:
        self.segments = segments
        top = len(LOD_TOLERANCES) - 1
        boxes = [np.array([[x0, y0, size]])]
        links, leaf_ids, leaf_counts, leaf_segs, far_ids = [], [], [], [], []
        count = 1
        ids, box, lod = np.array([0]), boxes[0], np.array([top])
        pair_node = np.zeros(segments.level_start[top + 1] - segments.level_start[top], dtype=np.int64)
        pair_seg = np.arange(segments.level_start[top], segments.level_start[top + 1])
        while len(ids):
            n = len(ids)
            half = box[:, 2] / 2
            cx, cy, h = (box[:, 0] + half)[pair_node], (box[:, 1] + half)[pair_node], half[pair_node]
            centre = segments.distance(pair_seg, cx, cy)
            corner = np.max([segments.distance(pair_seg, cx + sx * h, cy + sy * h)
                             for sx in (-1, 1) for sy in (-1, 1)], axis=0)
            low = centre - h * math.sqrt(2)
            nearest = np.maximum(_group_min(low, pair_node, n) - LOD_TOLERANCES[lod], 0.0)
            needed = np.searchsorted(LOD_TOLERANCES, RELATIVE_ERROR * nearest, side="right") - 1
            # a segment is kept if it may be nearest to a point of the box; while the node still
            # has to move to finer segments, with room for the finer line's departure
            slack = np.where(needed < lod, 2 * LOD_TOLERANCES[lod], 0.0)[pair_node] + 0.01
            keep = low <= _group_min(corner, pair_node, n)[pair_node] + slack
            order = np.argsort(pair_node[keep], kind="stable")
            pair_node, pair_seg = pair_node[keep][order], pair_seg[keep][order]
            counts = np.bincount(pair_node, minlength=n)
            far = nearest >= FAR
            small = box[:, 2] <= MIN_LEAF_SIZE
            refine = ~far & (needed < lod) & ((counts <= LEAF_CANDIDATES) | small |
                                              (half <= 4 * LOD_TOLERANCES[lod]))
            leaf = ~refine & ((counts <= LEAF_CANDIDATES) | small | far)
            split = ~refine & ~leaf
            counts[far] = 0
            leaf[far] = False
            far_ids.append(ids[far])
            leaf_ids.append(ids[leaf])
            leaf_counts.append(counts[leaf])
            leaf_segs.append(pair_seg[leaf[pair_node]])
            split[far] = False
            # refined nodes keep their box and take the finer segments their candidates cover
            refined = np.flatnonzero(refine)
            local = np.full(n, -1)
            local[refined] = np.arange(len(refined))
            new_node, new_seg = [], []
            for level in np.unique(needed[refined]):
                pick = refine[pair_node] & (needed[pair_node] == level)
                owner, fine = segments.finer(pair_seg[pick], int(level))
                new_node.append(local[pair_node[pick]][owner])
                new_seg.append(fine)
            # split nodes give four children their candidates
            parents = np.flatnonzero(split)
            first_child = count + 4 * np.arange(len(parents))
            links.append((ids[parents], first_child))
            count += 4 * len(parents)
            quarter = np.repeat(box[parents], 4, axis=0)
            quarter[:, 2] /= 2
            quarter[:, 0] += np.tile([0, 1, 0, 1], len(parents)) * quarter[:, 2]
            quarter[:, 1] += np.tile([0, 0, 1, 1], len(parents)) * quarter[:, 2]
            boxes.append(quarter)
            slot = np.full(n, -1)
            slot[parents] = len(refined) + 4 * np.arange(len(parents))
            pick = split[pair_node]
            new_node.append((slot[pair_node[pick]][:, None] + np.arange(4)).ravel())
            new_seg.append(np.repeat(pair_seg[pick], 4))
            ids = np.concatenate([ids[refined], (first_child[:, None] + np.arange(4)).ravel()])
            box = np.concatenate([box[refined], quarter])
            lod = np.concatenate([needed[refined], np.repeat(lod[parents], 4)])
            pair_node, pair_seg = np.concatenate(new_node), np.concatenate(new_seg)
        self.box = np.concatenate(boxes)
        self.child = np.full(count, -1, dtype=np.int64)
        for parent, first in links:
            self.child[parent] = first
        leaf_ids = np.concatenate(leaf_ids)
        self.leaf = np.full(count, -1, dtype=np.int64)
        self.leaf[leaf_ids] = np.arange(len(leaf_ids))
        self.leaf[np.concatenate(far_ids)] = -2
        self._pad(np.concatenate(leaf_counts), np.concatenate(leaf_segs))

    def _pad(self, counts: np.ndarray, segs: np.ndarray) -> None:
        """Leaf candidate lists padded (with the dummy segment) to widths 4, 8, 16, ..."""
        self.width = np.maximum(4, 2 ** np.ceil(np.log2(np.maximum(counts, 1)))).astype(np.int64)
        starts = np.cumsum(counts) - counts
        self.tables, self.row = {}, np.zeros(len(counts), dtype=np.int64)
        for width in np.unique(self.width):
            mine = np.flatnonzero(self.width == width)
            table = np.full((len(mine), width), self.segments.dummy, dtype=np.int64)
            cols = np.arange(width)
            valid = cols[None, :] < counts[mine][:, None]
            table[valid] = segs[(starts[mine][:, None] + cols[None, :])[valid]]
            self.tables[int(width)] = table
            self.row[mine] = np.arange(len(mine))

    def leaves(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Each point's leaf; -1 outside the tree's square, -2 farther than ``FAR`` from the line."""
        x0, y0, size = self.box[0]
        node = np.zeros(len(x), dtype=np.int64)
        inside = (x >= x0) & (x < x0 + size) & (y >= y0) & (y < y0 + size)
        todo = np.flatnonzero(inside)
        while len(todo):
            child = self.child[node[todo]]
            todo = todo[child >= 0]
            child = child[child >= 0]
            half = self.box[child, 2]
            node[todo] = child + (x[todo] >= self.box[child, 0] + half) + 2 * (y[todo] >= self.box[child, 1] + half)
        return np.where(inside, self.leaf[node], -1)

    def nearest(self, x: np.ndarray, y: np.ndarray, leaf: np.ndarray) -> np.ndarray:
        """The nearest segment of each point, given its leaf (all >= 0)."""
        seg = np.empty(len(x), dtype=np.int64)
        width = self.width[leaf]
        for w, table in self.tables.items():
            mine = np.flatnonzero(width == w)
            rows = max(1024, _BLOCK // w)
            for block in (mine[k:k + rows] for k in range(0, len(mine), rows)):
                cand = table[self.row[leaf[block]]]
                bx, by = x[block, None], y[block, None]
                px, py = self.segments.foot(cand, bx, by)
                seg[block] = cand[np.arange(len(block)), np.argmin((bx - px) ** 2 + (by - py) ** 2, axis=1)]
        return seg


class _Index:
    """Everything ``enrich`` needs, built once from the reference data (about a second)."""

    def __init__(self, reference: Reference) -> None:
        self.to_local = pyproj.Transformer.from_crs("EPSG:4326", LOCAL_CRS, always_xy=True)
        self.sector_names = reference.sector_names()
        pieces = []
        for code, (props, line) in enumerate(reference.layer("sectors")):
            lon, lat = np.asarray(line.coords).T
            xy = np.column_stack(self.to_local.transform(lon, lat))
            pieces.append((xy, BORDERS.index(Border.parse(props["border"], "border")), code))
        self.sector_border = np.array([border for _, border, _ in pieces], dtype=np.int8)
        self.segments = _Segments(pieces)
        west, south, east, north = TREE_REGION
        edge = np.linspace(0.0, 1.0, 101)
        bx, by = self.to_local.transform(np.concatenate([west + (east - west) * edge, west + (east - west) * edge]),
                                         np.concatenate([np.full(101, south), np.full(101, north)]))
        size = max(bx.max() - bx.min(), by.max() - by.min())
        self.tree = _QuadTree(self.segments, bx.min(), by.min(), size)
        fine = np.arange(self.segments.level_start[FAR_LOD], self.segments.level_start[FAR_LOD + 1])
        self.fallback = shapely.STRtree(shapely.linestrings(np.stack(
            [np.column_stack([self.segments.ax[fine], self.segments.ay[fine]]),
             np.column_stack([self.segments.ax[fine] + self.segments.dx[fine],
                              self.segments.ay[fine] + self.segments.dy[fine]])], axis=1)))
        self.belarus = reference.belarus_polygon()
        self.zones = zone_union(reference)
        shapely.prepare(self.belarus)
        shapely.prepare(self.zones)
        # GEOS builds parts of a prepared geometry lazily on first use: do it now; the lock then
        # keeps two threads from using one prepared geometry at the same time.
        shapely.contains_xy(self.belarus, 25.0, 54.0)
        shapely.contains_xy(self.zones, 25.0, 54.0)
        self.lock = threading.Lock()

    def nearest(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """The nearest segment (row of ``self.segments``) of each point."""
        leaf = self.tree.leaves(x, y)
        seg = np.empty(len(x), dtype=np.int64)
        inside = leaf >= 0
        seg[inside] = self.tree.nearest(x[inside], y[inside], leaf[inside])
        outside = np.flatnonzero(~inside)
        if len(outside):  # far from the line: a per-point search on the simplified lines
            hits = self.fallback.query_nearest(shapely.points(x[outside], y[outside]), all_matches=False)
            seg[outside[hits[0]]] = self.segments.level_start[FAR_LOD] + hits[1]
        return seg


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
    seg = index.nearest(x, y)
    px, py = index.segments.foot(seg, x, y)
    distance = np.hypot(x - px, y - py) / _scale(x, px, lat)
    with index.lock:
        side = shapely.contains_xy(index.belarus, lon, lat)
        in_zone = shapely.contains_xy(index.zones, lon, lat)
    return Enrichment(
        border=index.segments.border[seg],
        sector=index.segments.sector[seg],
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
