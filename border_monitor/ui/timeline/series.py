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


def bulk_days(counts: DailyCounts, share: float = 0.005, lone_share: float = 0.05,
              min_gap_days: int = 30) -> tuple[date, date] | None:
    """The days that hold the bulk of the counts, so a lone outlier far away does not squash the rest.

    First the 0.5th to 99.5th percentile of the counts (weighted by day); then an end group of days
    holding at most ``lone_share`` of the counts is dropped when a gap wider than ``min_gap_days`` and
    than half the span left separates it from the rest (one incident in 2026 beside a year of 2021).
    None without days."""
    if not counts.days:
        return None
    day_totals = np.asarray(totals(counts), dtype=float)
    data = np.flatnonzero(day_totals > 0)
    if not len(data):
        return counts.days[0], counts.days[-1]
    numbers = np.array([day_number(counts.days[i]) for i in data], dtype=np.int64)
    weights = day_totals[data]
    total = float(weights.sum())
    running = np.cumsum(weights)
    lo = int(np.searchsorted(running, share * total, side="right"))
    hi = int(np.searchsorted(running, (1 - share) * total, side="left"))
    lo = min(lo, len(data) - 1)
    hi = max(lo, min(hi, len(data) - 1))
    changed = True
    while changed and hi > lo:
        changed = False
        gaps = np.diff(numbers[lo:hi + 1])
        for k in np.argsort(gaps)[::-1]:  # widest gap first
            k = int(k) + lo
            gap = int(numbers[k + 1] - numbers[k])
            if gap <= min_gap_days:
                break
            left_weight, right_weight = weights[lo:k + 1].sum(), weights[k + 1:hi + 1].sum()
            if right_weight <= lone_share * total and gap > (numbers[k] - numbers[lo]) / 2:
                hi, changed = k, True
                break
            if left_weight <= lone_share * total and gap > (numbers[hi] - numbers[k + 1]) / 2:
                lo, changed = k + 1, True
                break
    return counts.days[int(data[lo])], counts.days[int(data[hi])]


def outside(counts: DailyCounts, x0: float, x1: float) -> tuple[tuple[int, date | None], tuple[int, date | None]]:
    """((count, nearest day) before ``x0``, (count, nearest day) after ``x1``): what the view leaves out
    on each side; the nearest day is the one a widened view reaches first (None when nothing is left out)."""
    centres = bar_centres(counts)
    day_totals = totals(counts)
    before = (centres < x0) & (day_totals > 0)
    after = (centres > x1) & (day_totals > 0)
    left = (int(day_totals[before].sum()), counts.days[int(np.flatnonzero(before)[-1])] if before.any() else None)
    right = (int(day_totals[after].sum()), counts.days[int(np.flatnonzero(after)[0])] if after.any() else None)
    return left, right
