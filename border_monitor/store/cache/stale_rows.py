"""Rows whose derived fields may not fit their position after another program wrote them (backend-neutral).

Border Monitor computes ``border``, ``sector``, ``distance_to_border_m``, ``side`` and ``in_zone`` from the
position on every write of its own; another program (QGIS, psql) does not. When the cache takes in rows it did
not write (a catch-up, a rebuild), it compares them with the rows it held: a row with a position in the region
and a derived field missing, or whose position or derived fields moved, is "stale" and the backend recomputes
it (``gpkg.outside_edits``), writing only what differs.
"""
from __future__ import annotations

import numpy as np

from ...domain.incident import REGION_BBOX
from .columnar import ColumnarIndex

DERIVED_COLUMNS = ("border", "sector", "distance_to_border_m", "side", "in_zone")


def in_region(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    minx, miny, maxx, maxy = REGION_BBOX
    with np.errstate(invalid="ignore"):
        return np.isfinite(lon) & np.isfinite(lat) & (lon >= minx) & (lon <= maxx) & (lat >= miny) & (lat <= maxy)


def missing_derived(index: ColumnarIndex) -> np.ndarray:
    """Rows with a position in the region and at least one derived field NULL."""
    c = index.cols
    missing = (c["border"] < 0) | (c["side"] < 0) | (c["in_zone"] < 0) | (c["sector"] < 0) | np.isnan(c["distance"])
    return missing & in_region(c["lon"], c["lat"])


def _differs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.dtype.kind == "f":
        return ~((a == b) | (np.isnan(a) & np.isnan(b)))
    return a != b


def stale_fids(previous: ColumnarIndex | None, index: ColumnarIndex) -> np.ndarray:
    """Fids of the rows of ``index`` whose derived fields may not fit their position (see the module text)."""
    stale = missing_derived(index)
    if previous is not None and len(previous) and len(index):
        fid, old_fid = index["fid"], previous["fid"]
        at = np.minimum(np.searchsorted(old_fid, fid), len(old_fid) - 1)
        common = old_fid[at] == fid
        new_rows, old_rows = np.flatnonzero(common), at[common]
        moved = np.zeros(len(new_rows), dtype=bool)
        for name in ("lon", "lat", "border", "side", "in_zone", "distance"):
            moved |= _differs(index[name][new_rows], previous[name][old_rows])
        # Sector codes index each index's own vocabulary: compare through the new one.
        remap = np.array([index.vocab["sector"].codes.get(t, -2) for t in previous.vocab["sector"].texts] + [-1],
                         dtype=np.int64)
        moved |= remap[previous["sector"][old_rows]] != index["sector"][new_rows]
        outside = new_rows[moved]
        stale[outside] |= in_region(index["lon"][outside], index["lat"][outside])
    return index["fid"][stale]
