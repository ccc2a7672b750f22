"""Derived fields of positions, vectorised: nearest border and sector, distance, side, zone.

``enrich(lon, lat)`` takes arrays and returns numpy arrays; ``enrich_one(lon, lat)`` gives the
same for one position as enums and text.

Distances are measured in a transverse Mercator projection centred on 25°E; a plane distance
there, divided by the projection's mean scale factor along it, is within a few centimetres per
kilometre of the geodesic distance anywhere in the monitored region. The sector lines (which
together make the border lines) are cut into straight segments. Near the line (within 4 km, where
nearly all incidents are) a grid of 500 m cells lists for each cell every segment that can be
nearest to a point of the cell, so each point measures only its cell's candidates, all points at
once with numpy: exact, and several times faster than a per-point tree search. Farther points are measured
to the line simplified by 8 m (at most 0.2 % of their distance): up to 20 km from it with a second, coarser grid
of that line (1 km cells; its candidate lists are longer, but numpy still measures them in about half the time of
GEOS), beyond with a per-point GEOS ``STRtree.query_nearest``. The far grid gives every point the very result the
GEOS search gives (the same border, sector and distance, to the bit): where two candidates are as near as each
other to within rounding (a vertex shared by two segments) and give a different sector or foot, the point is left
to GEOS, whose choice among equals is its own. Side and zone are point-in-polygon tests on prepared geometries.

The grids are most of the index's build time (about 0.6 s and 1.5 s; the far one is read or built only when a
point lies beyond the near one); each is saved in the user's cache folder
(``assets.cache_dir``, numpy's zip, no pickles) under a hash of everything it is built from (the
segments, this module's code, the library versions), so later processes read it in milliseconds. A cached grid
that is missing, damaged or does not fit the segments is built again.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import os
import tempfile
import threading
import zipfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pyproj
import shapely

from border_monitor.domain.taxonomy import BORDERS, Border, Side
from border_monitor.geo.reference import Reference, load_reference, zone_union

log = logging.getLogger(__name__)

SIDES = tuple(Side)  # 0 EU, 1 BY
# Transverse Mercator on 25°E (the middle of the three borders): true scale on the meridian,
# scale 1 + x²/2R² off it (x = easting from the meridian), which ``_scale`` divides out.
LOCAL_CRS = "+proj=tmerc +lat_0=0 +lon_0=25 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
_WGS84_A = 6378137.0
_WGS84_E2 = 0.00669437999014
# The near grid covers this lon/lat box (the monitored region and a margin).
GRID_REGION = (18.0, 49.5, 33.0, 58.0)
NEAR = 4_000.0          # points this close to the line use the near grid ...
NEAR_CELL = 500.0       # ... of cells this size (metres)
FAR = 20_000.0          # points farther, but not this far, use the far grid (of the simplified line) ...
FAR_CELL = 1_000.0      # ... of cells this size
# Farther points are measured to the line simplified by 8 m (at most 0.2 % of their distance).
LOD_TOLERANCES = np.array([0.0, 8.0])  # metres: the full line, and the one for farther points
_BLOCK = 1 << 16        # candidate pairs measured at once


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
    """The straight segments of the sector lines at each level of detail, in one table (rows
    ``level_start[k]`` to ``level_start[k + 1]`` are level k), with each segment's border and
    sector code. The last row is a dummy segment far away that pads candidate lists."""

    def __init__(self, pieces: list[tuple[np.ndarray, int, int]]) -> None:
        self.lines = [shapely.linestrings(xy) for xy, _, _ in pieces]
        starts, ends, borders, sectors, self.level_start = [], [], [], [], [0]
        for tolerance in LOD_TOLERANCES:
            for (xy, border, sector), line in zip(pieces, self.lines):
                if tolerance:
                    xy = shapely.get_coordinates(shapely.simplify(line, tolerance, preserve_topology=False))
                xy = xy[np.concatenate([[True], np.any(xy[1:] != xy[:-1], axis=1)])]
                starts.append(xy[:-1])
                ends.append(xy[1:])
                borders.append(np.full(len(xy) - 1, border, dtype=np.int8))
                sectors.append(np.full(len(xy) - 1, sector, dtype=np.int16))
            self.level_start.append(sum(len(part) for part in starts))
        a = np.concatenate(starts + [np.array([[1e12, 1e12]])])
        b = np.concatenate(ends + [np.array([[1e12 + 1.0, 1e12]])])
        self.ax, self.ay, self.dx, self.dy = a[:, 0], a[:, 1], b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
        self.len2 = self.dx ** 2 + self.dy ** 2
        self.border = np.concatenate(borders + [np.zeros(1, np.int8)])
        self.sector = np.concatenate(sectors + [np.zeros(1, np.int16)])
        self.dummy = len(self.ax) - 1

    def foot(self, seg, x, y):
        """The nearest point of segment ``seg`` to ``(x, y)`` (arrays broadcast)."""
        ax, ay, dx, dy = self.ax[seg], self.ay[seg], self.dx[seg], self.dy[seg]
        t = np.clip(((x - ax) * dx + (y - ay) * dy) / self.len2[seg], 0.0, 1.0)
        return ax + t * dx, ay + t * dy

    def distance(self, seg, x, y):
        px, py = self.foot(seg, x, y)
        return np.hypot(x - px, y - py)


@dataclass(frozen=True)
class GridSpec:
    """What a candidate grid covers: points within ``reach`` of the line at level ``level``, in cells of ``cell``
    metres; ``name`` names its cache file."""

    name: str
    cell: float
    reach: float
    level: int


NEAR_GRID = GridSpec("near-grid", NEAR_CELL, NEAR, 0)
FAR_GRID = GridSpec("far-grid", FAR_CELL, FAR, 1)
_SAME = 1e-9  # squared distances this close (relatively) are equal to within rounding: GEOS may pick either


class _NearGrid:
    """Square cells near the line, each listing every segment (of the line at the spec's level) that can
    be nearest to a point of the cell: those within d + 2h of its centre, d being the centre's
    distance to the line and h the cell's half-diagonal. The lists are padded (with the dummy
    segment) to widths 4, 8, 16, ... so that points are measured in dense blocks."""

    def __init__(self, segments: _Segments, tree: shapely.STRtree, box, spec: GridSpec = NEAR_GRID) -> None:
        self._frame(segments, box, spec)
        size = spec.cell
        half_diagonal = size * math.sqrt(0.5)
        level = slice(segments.level_start[spec.level], segments.level_start[spec.level + 1])
        # cells near points sampled along the line, grown by the reach, then kept if their centre
        # is within the reach + h of the line (so every point nearer than the reach lies in a kept cell)
        samples = shapely.get_coordinates(shapely.segmentize(shapely.multilinestrings(segments.lines), size / 2))
        reach = int(math.ceil((spec.reach + 2 * half_diagonal) / size))
        si = np.floor((samples[:, 0] - self.x0) / size).astype(np.int64)
        sj = np.floor((samples[:, 1] - self.y0) / size).astype(np.int64)
        di, dj = (a.ravel() for a in np.meshgrid(np.arange(-reach, reach + 1), np.arange(-reach, reach + 1)))
        found = []
        step = max(1, (1 << 18) // len(di))  # in blocks of samples: the cells around all of them at once take GBs
        for k in range(0, len(si), step):
            ci, cj = (si[k:k + step, None] + di[None, :]).ravel(), (sj[k:k + step, None] + dj[None, :]).ravel()
            ok = (ci >= 0) & (ci < self.nx) & (cj >= 0) & (cj < self.ny)
            found.append(np.unique(cj[ok] * self.nx + ci[ok]))
        cells = np.unique(np.concatenate(found))
        cx = self.x0 + (cells % self.nx + 0.5) * size
        cy = self.y0 + (cells // self.nx + 0.5) * size
        _, near = tree.query_nearest(shapely.points(cx, cy), all_matches=False, return_distance=True)
        kept = near <= spec.reach + half_diagonal
        cells, cx, cy, near = cells[kept], cx[kept], cy[kept], near[kept]
        pairs = [self._candidates(segments, tree, level.start, size, cx[k:k + 2048], cy[k:k + 2048],
                                  near[k:k + 2048], k)
                 for k in range(0, len(cells), 2048)]  # in blocks of cells: a cell's list depends on it alone
        cell_of = np.concatenate([c for c, _ in pairs])
        seg = np.concatenate([s for _, s in pairs])
        order = np.lexsort((seg, cell_of))
        cell_of, seg = cell_of[order], seg[order]
        counts = np.bincount(cell_of, minlength=len(cells))
        starts = np.cumsum(counts) - counts
        self.width = np.maximum(4, 2 ** np.ceil(np.log2(counts))).astype(np.int64)
        self.tables, self.row = {}, np.zeros(len(cells), dtype=np.int64)
        for width in np.unique(self.width):
            mine = np.flatnonzero(self.width == width)
            cols = np.arange(width)
            valid = cols[None, :] < counts[mine][:, None]
            table = np.full((len(mine), width), segments.dummy, dtype=_table_type(segments))
            table[valid] = seg[(starts[mine][:, None] + cols[None, :])[valid]]
            self.tables[int(width)] = table
            self.row[mine] = np.arange(len(mine))
        self.cell = np.full(self.nx * self.ny, -1, dtype=np.int32)  # millions of cells: int32 halves them
        self.cell[cells] = np.arange(len(cells))

    def _frame(self, segments: _Segments, box, spec: GridSpec) -> None:
        self.segments, self.spec, self.x0, self.y0 = segments, spec, box[0], box[1]
        self.nx = int(math.ceil((box[2] - box[0]) / spec.cell))
        self.ny = int(math.ceil((box[3] - box[1]) / spec.cell))

    @staticmethod
    def _candidates(segments: _Segments, tree, first: int, size: float, cx, cy, near, offset: int):
        """(cell, segment) of every segment that can be nearest to a point of one of these cells."""
        half_diagonal = size * math.sqrt(0.5)
        cell_of, seg = tree.query(shapely.points(cx, cy), predicate="dwithin",
                                  distance=near + 2 * half_diagonal + 0.01)
        seg = seg + first
        # prune: keep a segment only if its lower bound (centre distance - h) is at most the
        # smallest upper bound (largest corner distance) of the cell's segments
        h = size / 2
        corner = np.max([segments.distance(seg, cx[cell_of] + sx * h, cy[cell_of] + sy * h)
                         for sx in (-1, 1) for sy in (-1, 1)], axis=0)
        upper = np.full(len(cx), np.inf)
        np.minimum.at(upper, cell_of, corner)
        keep = segments.distance(seg, cx[cell_of], cy[cell_of]) - half_diagonal <= upper[cell_of] + 0.01
        return cell_of[keep] + offset, seg[keep]

    def cells(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Each point's cell, -1 where it is not within the grid's reach of the line."""
        i = np.floor((x - self.x0) / self.spec.cell).astype(np.int64)
        j = np.floor((y - self.y0) / self.spec.cell).astype(np.int64)
        inside = (i >= 0) & (i < self.nx) & (j >= 0) & (j < self.ny)
        return np.where(inside, self.cell[np.where(inside, j * self.nx + i, 0)], -1).astype(np.int64)

    def nearest(self, x: np.ndarray, y: np.ndarray, cell: np.ndarray) -> np.ndarray:
        """The nearest segment of each point, given its cell (all >= 0)."""
        return self._nearest(x, y, cell, sure=None)

    def nearest_sure(self, x: np.ndarray, y: np.ndarray, cell: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``nearest``, and whether any segment GEOS's search may pick gives the same border, sector and distance:
        False where another candidate is as near to within rounding yet has another sector or foot."""
        sure = np.empty(len(x), dtype=bool)
        return self._nearest(x, y, cell, sure=sure), sure

    def _nearest(self, x, y, cell, sure):
        seg = np.empty(len(x), dtype=np.int64)
        width = self.width[cell]
        for w, table in self.tables.items():
            mine = np.flatnonzero(width == w)
            rows = max(256, _BLOCK // w)
            for block in (mine[k:k + rows] for k in range(0, len(mine), rows)):
                cand = table[self.row[cell[block]]]
                bx, by = x[block, None], y[block, None]
                px, py = self.segments.foot(cand, bx, by)
                d2 = (bx - px) ** 2 + (by - py) ** 2
                best = np.argmin(d2, axis=1)
                at = np.arange(len(block))
                seg[block] = cand[at, best]
                if sure is not None:
                    tied = d2 <= (d2[at, best] * (1.0 + _SAME))[:, None]
                    same = ((px == px[at, best][:, None]) & (py == py[at, best][:, None])
                            & (self.segments.sector[cand] == self.segments.sector[seg[block]][:, None]))
                    sure[block] = ~np.any(tied & ~same, axis=1)
        return seg


def _table_type(segments: _Segments) -> type:
    """The narrowest integer that holds every segment's row: the tables are the grids' memory."""
    return np.int16 if segments.dummy < 2 ** 15 else np.int32


# Bumped when ``_NearGrid`` is built another way (the cache key also holds this module's own text).
GRID_FORMAT = 2
_GRID_ARRAYS = ("width", "row", "cell")


def _grid_key(segments: _Segments, box, spec: GridSpec = NEAR_GRID) -> str:
    """What a grid is built from: the segments, the box, its spec, the constants, this code and the libraries."""
    digest = hashlib.sha256()
    for part in (segments.ax, segments.ay, segments.dx, segments.dy, np.asarray(segments.level_start),
                 np.asarray(box, dtype=np.float64), np.array([spec.cell, spec.reach, spec.level, GRID_FORMAT],
                                                             dtype=np.float64)):
        digest.update(np.ascontiguousarray(part).tobytes())
    digest.update(Path(__file__).read_bytes())
    digest.update(f"{np.__version__} {shapely.__version__} {shapely.geos_version_string}".encode())
    return digest.hexdigest()[:32]


def _grid_path(segments: _Segments, box, spec: GridSpec = NEAR_GRID) -> Path:
    from ..assets import cache_dir

    return cache_dir() / "geo" / f"{spec.name}-{_grid_key(segments, box, spec)}.npz"


def _near_grid(segments: _Segments, tree: shapely.STRtree, box, spec: GridSpec = NEAR_GRID) -> _NearGrid:
    """The grid of ``segments`` for ``spec``: read from the user's cache folder when it was built before from the very
    same segments, box and code (most of the index's build time), else built and saved there for the next process."""
    path = _grid_path(segments, box, spec)
    grid = _load_grid(path, segments, box, spec)
    if grid is not None:
        return grid
    grid = _NearGrid(segments, tree, box, spec)
    arrays = {name: getattr(grid, name) for name in _GRID_ARRAYS}
    arrays.update({f"table_{width}": table for width, table in grid.tables.items()})
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{spec.name}-", suffix=".npz",
                                         delete=False) as out:
            temporary = out.name
            np.savez_compressed(out, **arrays)
        os.replace(temporary, path)  # a reader never sees half a file
    except OSError as exc:
        log.warning("the border's %s is not cached (%s): it is built again in the next process",
                    spec.name.replace("-", " "), exc)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return grid


def _load_grid(path: Path, segments: _Segments, box, spec: GridSpec = NEAR_GRID) -> _NearGrid | None:
    """The cached grid at ``path``, or None when there is none or it does not check out (then it is rebuilt)."""
    try:
        with np.load(path, allow_pickle=False) as saved:
            arrays = {name: saved[name] for name in saved.files}
    except FileNotFoundError:
        return None
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        log.warning("the cached %s %s is unreadable (%s): it is built again", spec.name.replace("-", " "), path, exc)
        return None
    grid = _NearGrid.__new__(_NearGrid)
    grid._frame(segments, box, spec)
    level = (segments.level_start[spec.level], segments.level_start[spec.level + 1])
    try:
        grid.width, grid.row, grid.cell = (arrays.pop(name) for name in _GRID_ARRAYS)
        grid.tables = {int(name.removeprefix("table_")): table for name, table in arrays.items()}
    except (KeyError, ValueError):
        return None
    kept = int((grid.cell >= 0).sum())
    sound = (grid.cell.shape == (grid.nx * grid.ny,) and grid.cell.dtype == np.int32 and len(grid.width) == kept
             and len(grid.row) == kept and grid.width.dtype == np.int64 and grid.row.dtype == np.int64
             and set(grid.tables) == {int(w) for w in np.unique(grid.width)}
             and all(t.dtype == _table_type(segments) and t.ndim == 2 and t.shape[1] == w and len(t) == int((grid.width == w).sum())
                     and bool(np.all((t == segments.dummy) | ((t >= level[0]) & (t < level[1]))))
                     for w, t in grid.tables.items()))
    if not sound:
        log.warning("the cached %s %s does not fit the border's segments: it is built again",
                    spec.name.replace("-", " "), path)
        return None
    return grid


class _Index:
    """Everything ``enrich`` needs, built once per process from the reference data (about a second)."""

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
        self.trees = [self._tree(level) for level in range(len(LOD_TOLERANCES))]
        west, south, east, north = GRID_REGION
        edge = np.linspace(0.0, 1.0, 101)
        bx, by = self.to_local.transform(np.concatenate([west + (east - west) * edge] * 2),
                                         np.concatenate([np.full(101, south), np.full(101, north)]))
        self.box = (bx.min(), by.min(), bx.max(), by.max())
        self.grid = _near_grid(self.segments, self.trees[0], self.box)
        self.belarus = reference.belarus_polygon()
        self.zones = zone_union(reference)
        shapely.prepare(self.belarus)
        shapely.prepare(self.zones)
        # GEOS builds parts of a prepared geometry lazily on first use: do it now; the lock then
        # keeps two threads from using one prepared geometry at the same time.
        shapely.contains_xy(self.belarus, 25.0, 54.0)
        shapely.contains_xy(self.zones, 25.0, 54.0)
        self.lock = threading.Lock()

    @cached_property
    def far_grid(self) -> _NearGrid | None:
        """The far grid, read (or built) the first time a point lies beyond the near grid; None: GEOS measures them
        all."""
        return _near_grid(self.segments, self.trees[1], self.box, FAR_GRID)

    def _tree(self, level: int) -> shapely.STRtree:
        rows = slice(self.segments.level_start[level], self.segments.level_start[level + 1])
        s = self.segments
        ends = np.stack([np.column_stack([s.ax[rows], s.ay[rows]]),
                         np.column_stack([s.ax[rows] + s.dx[rows], s.ay[rows] + s.dy[rows]])], axis=1)
        return shapely.STRtree(shapely.linestrings(ends), node_capacity=4)

    def nearest(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """The nearest segment (row of ``self.segments``) of each point."""
        seg = np.full(len(x), -1, dtype=np.int64)
        cell = self.grid.cells(x, y)
        near = cell >= 0
        seg[near] = self.grid.nearest(x[near], y[near], cell[near])
        rest = np.flatnonzero(~near)
        if len(rest) and self.far_grid is not None:
            far = self.far_grid.cells(x[rest], y[rest])
            inside = np.flatnonzero(far >= 0)
            found, sure = self.far_grid.nearest_sure(x[rest[inside]], y[rest[inside]], far[inside])
            seg[rest[inside[sure]]] = found[sure]
            rest = np.delete(rest, inside[sure])
        if len(rest):  # a per-point tree search (GEOS) for the farthest points, and those the far grid leaves it
            hits = self.trees[1].query_nearest(shapely.points(x[rest], y[rest]), all_matches=False)
            seg[rest[hits[0]]] = self.segments.level_start[1] + hits[1]
        return seg


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index(load_reference())


def build_index() -> None:
    """Build what ``enrich`` measures with now (about a second, once per process), e.g. in a thread ahead of use."""
    _index()


@lru_cache(maxsize=1)
def sector_names() -> tuple[str, ...]:
    """Every sector name, in the order ``Enrichment.sector`` codes index (stable for given data); read from the
    reference data alone, without building the index (a process that only stores measured batches needs no more)."""
    return load_reference().sector_names()


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
