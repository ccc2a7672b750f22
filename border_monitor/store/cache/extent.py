"""The extent (bounding box) of what the user is looking at: the incidents in a filter, or some incidents by id.

Computed from the columnar index in one vectorised pass (a mask, then min/max of the finite coordinates),
for "zoom to results" and "zoom to selection" (``IncidentCache.extent``/``extent_of``).
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

from .columnar import ColumnarIndex

Bounds = tuple[float, float, float, float]


def masked_bounds(index: ColumnarIndex, mask: np.ndarray) -> Bounds | None:
    """(min_lon, min_lat, max_lon, max_lat) of the rows in ``mask`` that have a position; None when none has."""
    lon, lat = index["lon"], index["lat"]
    ok = mask & np.isfinite(lon) & np.isfinite(lat)
    if not ok.any():
        return None
    lon, lat = lon[ok], lat[ok]
    return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())


def ids_mask(index: ColumnarIndex, ids: Iterable) -> np.ndarray:
    """Rows whose uuid is one of ``ids`` (texts or UUIDs; unknown ids match nothing)."""
    wanted = np.array([str(i).lower().encode("ascii", "replace") for i in ids], dtype="S36")
    if not len(wanted):
        return np.zeros(len(index), dtype=bool)
    return np.isin(index["uuid"], wanted)
