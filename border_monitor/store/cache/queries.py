"""The read queries a store answers from its ``IncidentCache`` alone, written once for every backend.

A store class lists ``CacheQueries`` before ``IncidentStore`` among its bases and supplies ``_reading()``: a
context manager that yields the cache's columnar index, caught up with what other programs wrote (each backend
catches up its own way: the GeoPackage by its change sequence and refilled rows, PostGIS by one sequence query).
Queries that need rows or geometry from the backend itself (``page``, ``position``, ``extent``) stay in the stores.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Literal

import numpy as np

from ...domain.filters import IncidentFilter
from ..base import DailyCounts, GridCounts, Stats, WindowCounts
from . import aggregates, window_counts
from .columnar import ColumnarIndex


class CacheQueries:
    """``count``, ``daily_counts``, ``window_counts``, ``grid_counts``, ``points`` and ``stats`` of the store
    interface, answered from the cache the store's ``_reading()`` yields."""

    def _reading(self) -> AbstractContextManager[ColumnarIndex]:
        raise NotImplementedError  # every store that composes the cache supplies it

    def count(self, flt: IncidentFilter) -> int:
        with self._reading() as index:
            return int(np.count_nonzero(index.mask(flt)))

    def daily_counts(self, flt: IncidentFilter, by: Literal["country", "type"] = "country",
                     measure: Literal["incidents", "persons"] = "incidents", zone: str | None = None) -> DailyCounts:
        with self._reading() as index:
            return aggregates.daily_counts(index, flt, by, measure, zone)

    def window_counts(self, flt: IncidentFilter, edges_ms, by: str = "country",
                      measure: str = "incidents") -> WindowCounts:
        with self._reading() as index:
            return window_counts.window_counts(index, flt, edges_ms, by, measure)

    def grid_counts(self, flt: IncidentFilter, cell_deg: float) -> GridCounts:
        with self._reading() as index:
            return aggregates.grid_counts(index, flt, cell_deg)

    def points(self, flt: IncidentFilter, limit: int | None = None) -> dict[str, np.ndarray]:
        with self._reading() as index:
            return aggregates.points(index, flt, limit)

    def stats(self, flt: IncidentFilter) -> Stats:
        with self._reading() as index:
            return aggregates.stats(index, flt)
