"""What the map page is sent for the incident layer, and in which compact form. No Qt here.

At low zoom the page gets counted grid cells (``store.grid_counts``) whose size follows the
zoom; from ``POINT_MIN_ZOOM`` on it gets single points (``store.points``) inside the view
padded on every side, at most ``POINT_CAP`` of them. Coordinates travel as base64 of
little-endian int32 (degrees x 1e5, about 1 m), types as uint8: a point costs ~11 bytes.
"""
from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass

import numpy as np

from ...domain.filters import IncidentFilter
from ...store.base import GridCounts

POINT_CAP = 10_000
POINT_MIN_ZOOM = 10
COORD_SCALE = 100_000
# Cell sizes in degrees; the one nearest (in log scale) to ~32 screen pixels is used.
CELL_LADDER = (2.0, 1.0, 0.5, 0.25, 0.1, 0.05)
CELL_PIXELS = 32
# The points query covers the view plus this fraction of its size on every side, so
# small pans redraw from what the page already has.
VIEW_PAD = 0.5


@dataclass(frozen=True)
class Plan:
    """One incident-layer query: grid cells of ``cell_deg`` or points within ``bbox``."""

    mode: str  # "grid" or "points"
    cell_deg: float | None = None
    bbox: tuple[float, float, float, float] | None = None

    def covers(self, bounds: tuple[float, float, float, float]) -> bool:
        """Whether the data of this plan still serves a view with these bounds."""
        if self.mode == "grid":
            return True
        if self.bbox is None:
            return False
        w, s, e, n = bounds
        return self.bbox[0] <= w and self.bbox[1] <= s and self.bbox[2] >= e and self.bbox[3] >= n


def cell_deg_for_zoom(zoom: float) -> float:
    """The grid cell size (degrees) drawn at a Web Mercator zoom level."""
    target = 360.0 * CELL_PIXELS / (256.0 * 2.0 ** float(zoom))
    return min(CELL_LADDER, key=lambda c: abs(math.log(c / target)))


def padded(bounds: tuple[float, float, float, float], pad: float = VIEW_PAD) -> tuple[float, float, float, float]:
    w, s, e, n = bounds
    dx, dy = (e - w) * pad, (n - s) * pad
    return (max(-180.0, w - dx), max(-85.06, s - dy), min(180.0, e + dx), min(85.06, n + dy))


def intersect(a, b) -> tuple[float, float, float, float] | None:
    """Intersection of two (w, s, e, n) boxes; ``b`` None means no limit; None if they do not meet."""
    if b is None:
        return tuple(a)
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[0] <= box[2] and box[1] <= box[3] else None


def plan_for(zoom: float, bounds: tuple[float, float, float, float]) -> Plan:
    """What to query for a view: grid cells below ``POINT_MIN_ZOOM``, else points in the padded view."""
    if zoom < POINT_MIN_ZOOM:
        return Plan("grid", cell_deg=cell_deg_for_zoom(zoom))
    return Plan("points", bbox=padded(bounds))


def points_filter(flt: IncidentFilter, plan: Plan) -> IncidentFilter | None:
    """The filter for a points plan: the user's filter narrowed to the plan's box (None: nothing can match)."""
    box = intersect(plan.bbox, flt.bbox)
    return None if box is None else flt.with_changes(bbox=box)


def _b64(values: np.ndarray, dtype: str) -> str:
    return base64.b64encode(np.ascontiguousarray(values, dtype=dtype).tobytes()).decode("ascii")


def _coords(values) -> str:
    return _b64(np.rint(np.asarray(values, dtype=np.float64) * COORD_SCALE), "<i4")


def encode_grid(seq: int, grid: GridCounts) -> str:
    counts = np.asarray(grid.counts)
    return json.dumps({
        "op": "incidents", "seq": seq, "mode": "grid", "cell": grid.cell_deg, "len": int(counts.size),
        "total": int(counts.sum()), "x": _coords(grid.lon), "y": _coords(grid.lat),
        "n": _b64(counts, "<i4"), "p": _b64(np.asarray(grid.persons), "<i4"),
    }, separators=(",", ":"))


def encode_points(seq: int, points: dict[str, np.ndarray], truncated: bool) -> str:
    lon = np.asarray(points["lon"])
    return json.dumps({
        "op": "incidents", "seq": seq, "mode": "points", "len": int(lon.size), "truncated": bool(truncated),
        "x": _coords(lon), "y": _coords(points["lat"]), "t": _b64(np.asarray(points["type"]), "<u1"),
    }, separators=(",", ":"))


def encode_empty(seq: int, mode: str) -> str:
    return json.dumps({"op": "incidents", "seq": seq, "mode": mode, "len": 0, "total": 0, "truncated": False,
                       "x": "", "y": "", "n": "", "p": "", "t": ""}, separators=(",", ":"))
