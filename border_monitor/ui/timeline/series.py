"""Numbers behind the timeline: days as plot x values, stacked bars, window sums.

The x axis is seconds since 1970-01-01 UTC (what pyqtgraph's DateAxisItem reads, with
``utcOffset=0``); day d spans [d*86400, (d+1)*86400) and its bar sits at the middle.
"""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from ...store.base import DailyCounts

DAY = 86400.0
EPOCH = date(1970, 1, 1)


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_from_number(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def day_start_x(day: date) -> float:
    return day_number(day) * DAY


def day_at_x(x: float) -> date:
    """The day whose span holds ``x``."""
    return day_from_number(int(np.floor(x / DAY)))


def region_to_days(x0: float, x1: float) -> tuple[date, date]:
    """A region [x0, x1] snapped to whole days: (first day, last day), inclusive, at least one day."""
    first = int(round(x0 / DAY))
    end = int(round(x1 / DAY))  # exclusive
    if end <= first:
        end = first + 1
    return day_from_number(first), day_from_number(end - 1)


def days_to_region(first: date, last: date) -> tuple[float, float]:
    return day_start_x(first), day_start_x(last) + DAY


def bar_centres(counts: DailyCounts) -> np.ndarray:
    return np.array([day_start_x(d) + DAY / 2 for d in counts.days], dtype=float)


def stacked(counts: DailyCounts) -> tuple[np.ndarray, np.ndarray]:
    """(bottoms, heights), each shaped like ``counts.counts``: key k's bars sit on keys 0..k-1."""
    heights = np.asarray(counts.counts, dtype=float).reshape(len(counts.keys), len(counts.days))
    bottoms = np.zeros_like(heights)
    if len(heights):
        bottoms[1:] = np.cumsum(heights, axis=0)[:-1]
    return bottoms, heights


def totals(counts: DailyCounts) -> np.ndarray:
    """The height of each day's stack."""
    if not len(counts.keys):
        return np.zeros(len(counts.days), dtype=np.int64)
    return np.asarray(counts.counts).sum(axis=0)


def window_mask(counts: DailyCounts, first: date | None, last: date | None) -> np.ndarray:
    numbers = np.array([day_number(d) for d in counts.days], dtype=np.int64)
    mask = np.ones(len(numbers), dtype=bool)
    if first is not None:
        mask &= numbers >= day_number(first)
    if last is not None:
        mask &= numbers <= day_number(last)
    return mask


def window_sum(counts: DailyCounts, first: date | None, last: date | None) -> int:
    return int(totals(counts)[window_mask(counts, first, last)].sum())


def day_index(counts: DailyCounts, day: date) -> int | None:
    if not counts.days:
        return None
    i = day_number(day) - day_number(counts.days[0])
    return i if 0 <= i < len(counts.days) and counts.days[i] == day else None
