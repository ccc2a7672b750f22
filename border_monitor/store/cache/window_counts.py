"""Counts in time windows given as UTC instants, per country, border, sector, type or nationality.

The one aggregate the early warning needs that ``daily_counts`` (local calendar days, by country or
type) does not give: windows that end at any instant (the last 24 hours before a reference time) and
a split by sector or nationality, for every key in one ``np.bincount`` over the columnar index.
"""
from __future__ import annotations

import numpy as np

from ...domain.filters import IncidentFilter
from ...domain.taxonomy import BORDERS, COUNTRIES, TYPES
from .aggregates import nationality_persons
from ..base import WindowCounts
from .columnar import ColumnarIndex

_VOCABULARIES = {"country": COUNTRIES, "border": BORDERS, "type": TYPES}
BY_CHOICES = ("country", "border", "sector", "type", "nationality")


def _edges(edges_ms) -> np.ndarray:
    edges = np.asarray(edges_ms, dtype=np.int64)
    if edges.ndim != 1 or len(edges) < 2:
        raise ValueError("window counts need at least two window edges (UTC epoch milliseconds)")
    if np.any(np.diff(edges) <= 0):
        raise ValueError("window edges must increase")
    return edges


def window_counts(index: ColumnarIndex, flt: IncidentFilter, edges_ms, by: str = "country",
                  measure: str = "incidents") -> WindowCounts:
    if by not in BY_CHOICES:
        raise ValueError(f"window counts can be split by {', '.join(map(repr, BY_CHOICES))}, not {by!r}")
    if measure not in ("incidents", "persons"):
        raise ValueError(f"window counts can measure 'incidents' or 'persons', not {measure!r}")
    if by == "nationality" and measure != "persons":
        raise ValueError("window counts by nationality measure persons (an incident can hold several nationalities)")
    edges = _edges(edges_ms)
    n_bins = len(edges) - 1
    ms = index["ms"]
    rows = np.flatnonzero(index.mask(flt) & (ms >= edges[0]) & (ms < edges[-1]))
    window = np.searchsorted(edges, ms[rows], side="right") - 1  # window w: edges[w] <= ms < edges[w + 1]
    if by == "nationality":
        per_window = []
        for w in range(n_bins):
            in_window = np.zeros(len(index), dtype=bool)
            in_window[rows[window == w]] = True
            per_window.append(nationality_persons(index, in_window))
        keys = sorted({code for totals in per_window for code in totals})
        counts = np.array([[totals.get(code, 0) for totals in per_window] for code in keys], dtype=np.int64)
        return WindowCounts(edges_ms=edges, keys=keys, counts=counts.reshape(len(keys), n_bins))
    codes = index[by][rows].astype(np.int64)
    known = codes >= 0
    texts = index.vocab["sector"].texts if by == "sector" else [member.value for member in _VOCABULARIES[by]]
    weights = index["persons"][rows][known] if measure == "persons" else None
    counts = np.bincount(codes[known] * n_bins + window[known], weights=weights, minlength=len(texts) * n_bins)
    counts = np.rint(counts).astype(np.int64).reshape(len(texts), n_bins)
    if by == "sector":  # the sectors with a row in the windows, by name
        used = sorted(np.flatnonzero(counts.any(axis=1)).tolist(), key=texts.__getitem__)
        return WindowCounts(edges_ms=edges, keys=[texts[k] for k in used], counts=counts[used])
    return WindowCounts(edges_ms=edges, keys=texts, counts=counts)
