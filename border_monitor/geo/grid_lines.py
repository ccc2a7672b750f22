"""Grid overlays for the map: MGRS squares and a national grid (LKS-94, LKS-2020, PL-1992) for a view.

For the visible bounds (lon/lat) and the view's width in pixels, the finest spacing of 1 km,
10 km and 100 km whose lines stand at least ``MIN_GAP_PX`` apart is chosen, then a coarser one
while the lines would pass ``MAX_LINES``. Lines are lines of constant easting or northing in the
grid's own projection, sampled, transformed to WGS 84 by pyproj in one call per zone and clipped
(shapely, vectorised) to the view; MGRS lines are also clipped to their grid zone, and the grid
zone boundaries are drawn. When even 100 km lines would be too many, only the zone boundaries are.

Labels: the 100 km square of MGRS (``35U LA``, from the ``mgrs`` library at a point inside the
square), the km within the square for finer MGRS lines (``83``) and the km value of national grid
lines (``E 580``, ``N 6060``).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import mgrs
import numpy as np
import shapely
from pyproj import CRS, Transformer


SPACINGS_M = (1_000, 10_000, 100_000)
MIN_GAP_PX = 48.0
MAX_LINES = 700
MAX_LABELS = 400
SQUARE_LABEL_PX = 90.0  # a 100 km square is named only when it is this wide on screen
MIN_PIECE = 0.15  # nor a piece under this share of the square (or of the view, when that is smaller)
SAMPLES = 24  # vertices per line before clipping
_BANDS = "CDEFGHJKLMNPQRSTUVWX"
_MGRS = mgrs.MGRS()

#: The national grid of each monitored country: (system name, label, EPSG code).
NATIONAL_GRIDS = {
    "LT": ("lks94", "LKS-94", 3346),
    "LV": ("lks2020", "LKS-2020", 10306),  # Latvia's official grid since 1 October 2026 (LKS-92 before)
    "PL": ("pl1992", "PL-1992", 2180),
}


@dataclass(frozen=True)
class GridLabel:
    lon: float
    lat: float
    text: str
    kind: str  # "square" (a 100 km square's name), "e" or "n" (a line's value)


@dataclass(frozen=True)
class Grid:
    """Lines as (lon, lat) arrays with a ``major`` flag each (100 km lines, zone boundaries)."""

    name: str
    spacing_m: int | None  # None: only the MGRS grid zone boundaries
    lines: tuple[np.ndarray, ...]
    major: tuple[bool, ...]
    labels: tuple[GridLabel, ...]


def _view(bounds) -> tuple[float, float, float, float]:
    w, s, e, n = (float(v) for v in bounds)
    if not all(math.isfinite(v) for v in (w, s, e, n)) or w >= e or s >= n:
        raise ValueError(f"The view bounds {bounds!r} are not west < east and south < north.")
    return max(w, -180.0), max(s, -80.0), min(e, 180.0), min(n, 84.0)


def metres_per_pixel(bounds, width_px: float) -> float:
    w, s, e, n = _view(bounds)
    lat = math.radians((s + n) / 2)
    return (e - w) * 111_320.0 * math.cos(lat) / max(float(width_px), 1.0)


def wanted_spacing(bounds, width_px: float) -> int:
    """The finest spacing whose lines are ``MIN_GAP_PX`` apart at the view's centre latitude."""
    mpp = metres_per_pixel(bounds, width_px)
    for spacing in SPACINGS_M:
        if spacing / mpp >= MIN_GAP_PX:
            return spacing
    return SPACINGS_M[-1]


@functools.lru_cache(maxsize=64)
def _transformers(epsg: int) -> tuple[Transformer, Transformer]:
    crs = CRS.from_epsg(epsg)
    return (Transformer.from_crs("EPSG:4326", crs, always_xy=True),
            Transformer.from_crs(crs, "EPSG:4326", always_xy=True))


def _grid_lines(epsg: int, rect, spacing: int, count_only: bool = False):
    """Lines of constant easting and northing in ``epsg`` over the lon/lat rectangle ``rect``,
    clipped to it: (lines, values, axes) or, with ``count_only``, the number of lines."""
    w, s, e, n = rect
    forward, inverse = _transformers(epsg)
    xmin, ymin, xmax, ymax = forward.transform_bounds(w, s, e, n, densify_pts=21)
    xs = np.arange(math.ceil(xmin / spacing), math.floor(xmax / spacing) + 1) * float(spacing)
    ys = np.arange(math.ceil(ymin / spacing), math.floor(ymax / spacing) + 1) * float(spacing)
    if count_only:
        return len(xs) + len(ys)
    t = np.linspace(0.0, 1.0, SAMPLES)
    ex = np.repeat(xs[:, None], SAMPLES, axis=1)
    ey = np.broadcast_to(ymin + t * (ymax - ymin), ex.shape)
    ny = np.repeat(ys[:, None], SAMPLES, axis=1)
    nx = np.broadcast_to(xmin + t * (xmax - xmin), ny.shape)
    gx = np.concatenate([ex, nx]) if len(xs) + len(ys) else np.empty((0, SAMPLES))
    gy = np.concatenate([ey, ny]) if len(xs) + len(ys) else np.empty((0, SAMPLES))
    values = np.concatenate([xs, ys])
    axes = np.array(["e"] * len(xs) + ["n"] * len(ys))
    if values.size == 0:
        return [], values, axes
    lon, lat = inverse.transform(gx.ravel(), gy.ravel())
    coords = np.stack([np.reshape(lon, gx.shape), np.reshape(lat, gy.shape)], axis=-1)
    lines = shapely.linestrings(coords)
    clipped = shapely.clip_by_rect(lines, w, s, e, n)
    parts, index = shapely.get_parts(clipped, return_index=True)
    keep = ~shapely.is_empty(parts) & (shapely.get_type_id(parts) == 1)
    parts, index = parts[keep], index[keep]
    return [shapely.get_coordinates(p) for p in parts], values[index], axes[index]


def _line_label(coords: np.ndarray, axis: str, text: str) -> GridLabel:
    """At the line's southern end (eastings) or western end (northings): the edge of the view."""
    i = int(np.argmin(coords[:, 1] if axis == "e" else coords[:, 0]))
    return GridLabel(float(coords[i, 0]), float(coords[i, 1]), text, axis)


# -- MGRS ----------------------------------------------------------------------------------------------


def _band_zones(band: str) -> list[tuple[int, float, float]]:
    """(zone, west, east) of the grid zones in a latitude band, with the Norway and Svalbard exceptions."""
    zones = [(z, -180.0 + 6 * (z - 1), -180.0 + 6 * z) for z in range(1, 61)]
    if band == "V":
        zones = [z for z in zones if z[0] not in (31, 32)] + [(31, 0.0, 3.0), (32, 3.0, 12.0)]
    elif band == "X":
        zones = [z for z in zones if z[0] not in range(31, 38)] + [
            (31, 0.0, 9.0), (33, 9.0, 21.0), (35, 21.0, 33.0), (37, 33.0, 42.0)]
    return sorted(zones, key=lambda z: z[1])


def _band_range(i: int) -> tuple[float, float]:
    south = -80.0 + 8 * i
    return south, (84.0 if _BANDS[i] == "X" else south + 8)


def grid_zone_cells(bounds) -> list[tuple[int, str, tuple[float, float, float, float]]]:
    """(zone, band, lon/lat rectangle) of every grid zone piece in the view."""
    w, s, e, n = _view(bounds)
    cells = []
    for i, band in enumerate(_BANDS):
        b_s, b_n = _band_range(i)
        if b_n <= s or b_s >= n:
            continue
        for zone, z_w, z_e in _band_zones(band):
            if z_e <= w or z_w >= e:
                continue
            cells.append((zone, band, (max(w, z_w), max(s, b_s), min(e, z_e), min(n, b_n))))
    return cells


def _zone_strips(cells) -> list[tuple[int, tuple[float, float, float, float]]]:
    """Cells of one zone with the same longitudes, one above the other, merged (a UTM line runs on)."""
    strips: dict[tuple[int, float, float], list[float]] = {}
    for zone, _band, (w, s, e, n) in cells:
        key = (zone, w, e)
        if key in strips and strips[key][1] == s:
            strips[key][1] = n
        elif key in strips:
            strips[(zone, w, e, s)] = [s, n]  # not contiguous (does not occur with real zones)
        else:
            strips[key] = [s, n]
    return [(k[0], (k[1], v[0], k[2], v[1])) for k, v in strips.items()]


def _utm_epsg(zone: int, lat: float) -> int:
    return (32600 if lat >= 0 else 32700) + zone


def _zone_boundaries(bounds, cells) -> list[np.ndarray]:
    w, s, e, n = _view(bounds)
    lines = []
    for _zone, _band, (cw, cs, ce, cn) in cells:
        if cw > w:  # a zone's western meridian inside the view
            lines.append(np.array([[cw, cs], [cw, cn]]))
        if cs > s:  # a band's southern parallel inside the view
            lines.append(np.column_stack([np.linspace(cw, ce, SAMPLES), np.full(SAMPLES, cs)]))
    return lines


def _square_labels(cells, spacing_cap: int = MAX_LABELS) -> list[GridLabel]:
    """The name of every 100 km square piece in the view, at a point inside it."""
    points_lon, points_lat = [], []
    for zone, _band, rect in cells:
        w, s, e, n = rect
        epsg = _utm_epsg(zone, (s + n) / 2)
        forward, inverse = _transformers(epsg)
        xmin, ymin, xmax, ymax = forward.transform_bounds(w, s, e, n, densify_pts=21)
        ix = np.arange(math.floor(xmin / 1e5), math.ceil(xmax / 1e5))
        iy = np.arange(math.floor(ymin / 1e5), math.ceil(ymax / 1e5))
        if ix.size * iy.size > spacing_cap:
            return []
        gx, gy = np.meshgrid(ix * 1e5, iy * 1e5)
        gx, gy = gx.ravel(), gy.ravel()
        # each square as a polygon (its edges sampled), in lon/lat, clipped to the cell
        t = np.linspace(0.0, 1.0, 9)[:-1]
        ring_x = np.concatenate([t, np.ones_like(t), 1 - t, np.zeros_like(t)]) * 1e5
        ring_y = np.concatenate([np.zeros_like(t), t, np.ones_like(t), 1 - t]) * 1e5
        px = gx[:, None] + ring_x[None, :]
        py = gy[:, None] + ring_y[None, :]
        lon, lat = inverse.transform(px.ravel(), py.ravel())
        coords = np.stack([np.reshape(lon, px.shape), np.reshape(lat, py.shape)], axis=-1)
        whole = shapely.polygons(coords)
        squares = shapely.clip_by_rect(whole, w, s, e, n)
        # a sliver of a square at a zone's edge is not named (the view may be smaller than one square)
        least = MIN_PIECE * np.minimum(shapely.area(whole), (e - w) * (n - s))
        keep = ~shapely.is_empty(squares) & (shapely.area(squares) > least)
        squares = squares[keep]
        # the name in the upper left of the piece, clear of the view's centre where the user works
        # (a point inside the piece when that spot is outside it)
        box = shapely.bounds(squares)
        x = box[:, 0] + 0.25 * (box[:, 2] - box[:, 0])
        y = box[:, 3] - 0.12 * (box[:, 3] - box[:, 1])
        inside = shapely.point_on_surface(squares)
        ok = shapely.contains_xy(squares, x, y)
        points_lon.extend(np.where(ok, x, shapely.get_x(inside)))
        points_lat.extend(np.where(ok, y, shapely.get_y(inside)))
    if not points_lon or len(points_lon) > spacing_cap:
        return []
    flat = np.ascontiguousarray(np.column_stack([points_lat, points_lon]).ravel())
    records = bytes(_MGRS.toMGRSArray(flat, MGRSPrecision=0))
    labels = []
    for k, (lon, lat) in enumerate(zip(points_lon, points_lat)):
        text = records[k * 15:(k + 1) * 15].rstrip(b"\x00").decode("ascii")
        labels.append(GridLabel(float(lon), float(lat), f"{text[:-2]} {text[-2:]}", "square"))
    return labels


def mgrs_grid(bounds, width_px: float, max_lines: int = MAX_LINES) -> Grid:
    """MGRS squares for the view: 1, 10 or 100 km lines per UTM zone, zone boundaries, square names."""
    cells = grid_zone_cells(bounds)
    strips = _zone_strips(cells)
    spacing: int | None = wanted_spacing(bounds, width_px)
    while spacing is not None:
        count = sum(_grid_lines(_utm_epsg(z, (r[1] + r[3]) / 2), r, spacing, count_only=True) for z, r in strips)
        if count <= max_lines:
            break
        coarser = [s for s in SPACINGS_M if s > spacing]
        spacing = coarser[0] if coarser else None
    lines: list[np.ndarray] = []
    major: list[bool] = []
    labels: list[GridLabel] = []
    if spacing is not None:
        for zone, rect in strips:
            parts, values, axes = _grid_lines(_utm_epsg(zone, (rect[1] + rect[3]) / 2), rect, spacing)
            for coords, value, axis in zip(parts, values, axes):
                lines.append(coords)
                is_major = bool(value % 100_000 == 0)
                major.append(is_major)
                if spacing < 100_000:
                    labels.append(_line_label(coords, axis, f"{int(value % 100_000) // 1000:02d}"))
        labels = labels[:MAX_LABELS]
        if 100_000 / metres_per_pixel(bounds, width_px) >= SQUARE_LABEL_PX:
            labels += _square_labels(cells)
    for boundary in _zone_boundaries(bounds, cells):
        lines.append(boundary)
        major.append(True)
    return Grid("MGRS", spacing, tuple(lines), tuple(major), tuple(labels[:MAX_LABELS * 2]))


# -- national grids ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def area_of_use(epsg: int) -> tuple[float, float, float, float]:
    area = CRS.from_epsg(epsg).area_of_use
    return area.west, area.south, area.east, area.north


def national_grid(bounds, width_px: float, country: str, max_lines: int = MAX_LINES) -> Grid | None:
    """The national grid of ``country`` (LT, LV, PL) over the view, within the grid's area of use
    (with a margin of one degree). None when the view lies outside that area."""
    _system, label, epsg = NATIONAL_GRIDS[country]
    w, s, e, n = _view(bounds)
    aw, as_, ae, an = area_of_use(epsg)
    rect = (max(w, aw - 1), max(s, as_ - 1), min(e, ae + 1), min(n, an + 1))
    if rect[0] >= rect[2] or rect[1] >= rect[3]:
        return None
    spacing = wanted_spacing(bounds, width_px)
    while _grid_lines(epsg, rect, spacing, count_only=True) > max_lines and spacing < SPACINGS_M[-1]:
        spacing = [sp for sp in SPACINGS_M if sp > spacing][0]
    parts, values, axes = _grid_lines(epsg, rect, spacing)
    labels = [_line_label(c, a, f"{'E' if a == 'e' else 'N'} {int(round(v / 1000))}")
              for c, v, a in zip(parts, values, axes)]
    major = tuple(bool(v % 100_000 == 0) for v in values)
    return Grid(label, spacing, tuple(parts), major, tuple(labels[:MAX_LABELS]))


def view_country(bounds, countries: dict[str, object]) -> str | None:
    """The monitored country (LT, LV, PL) at the view's centre, else the nearest to it.
    ``countries`` maps the codes to their shapely (multi)polygons in lon/lat."""
    if not countries:
        return None
    w, s, e, n = _view(bounds)
    centre = shapely.Point((w + e) / 2, (s + n) / 2)
    for code, polygon in countries.items():
        if polygon.contains(centre):
            return code
    return min(countries, key=lambda code: countries[code].distance(centre))
