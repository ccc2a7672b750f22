"""Local wall-clock times of the reporting country to UTC, vectorised (daylight saving included)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

_HOUR_MS = 3_600_000


@lru_cache(maxsize=None)
def _offset_steps(tz_name: str, first_year: int, last_year: int) -> tuple[np.ndarray, np.ndarray]:
    """UTC instants (ms) where the zone's offset changes, and the offset (ms) from each instant on."""
    tz = ZoneInfo(tz_name)
    start = datetime(first_year - 1, 12, 31, tzinfo=timezone.utc)
    hours = int((datetime(last_year + 1, 1, 2, tzinfo=timezone.utc) - start).total_seconds() // 3600)
    starts, offsets = [], []
    previous = None
    for h in range(hours + 1):
        t = start + timedelta(hours=h)
        off = int(t.astimezone(tz).utcoffset().total_seconds() * 1000)
        if off != previous:
            starts.append(int(t.timestamp() * 1000))
            offsets.append(off)
            previous = off
    return np.array(starts, dtype=np.int64), np.array(offsets, dtype=np.int64)


def offset_at_utc(utc_ms: np.ndarray, tz_name: str, first_year: int = 2021, last_year: int = 2021) -> np.ndarray:
    starts, offsets = _offset_steps(tz_name, first_year, last_year)
    k = np.clip(np.searchsorted(starts, utc_ms, side="right") - 1, 0, len(offsets) - 1)
    return offsets[k]


def local_to_utc_ms(local_ms: np.ndarray, tz_name: str, first_year: int = 2021, last_year: int = 2021) -> np.ndarray:
    """UTC epoch ms of naive local times given as "epoch ms of the wall clock".

    A repeated hour (autumn) resolves to its first occurrence; a skipped hour (spring) is read
    with the offset before the change, as ``zoneinfo`` does with ``fold=0``.
    """
    local_ms = np.asarray(local_ms, dtype=np.int64)
    _, offsets = _offset_steps(tz_name, first_year, last_year)
    result = np.full(local_ms.shape, np.iinfo(np.int64).min, dtype=np.int64)
    # Try the largest offset first: it gives the earlier instant, the first of a repeated hour.
    for off in sorted(set(offsets.tolist()), reverse=True):
        candidate = local_ms - off
        ok = (result == np.iinfo(np.int64).min) & (offset_at_utc(candidate, tz_name, first_year, last_year) == off)
        result[ok] = candidate[ok]
    missing = result == np.iinfo(np.int64).min
    if missing.any():  # in a spring gap: no offset fits; use the one in force just before
        candidate = local_ms[missing] - offset_at_utc(local_ms[missing] - 4 * _HOUR_MS, tz_name, first_year, last_year)
        result[missing] = candidate
    return result


def utc_to_local_day(utc_ms: np.ndarray, tz_name: str, first_year: int = 2021, last_year: int = 2021) -> np.ndarray:
    """Local calendar day of each instant, as days since 1970-01-01."""
    utc_ms = np.asarray(utc_ms, dtype=np.int64)
    local = utc_ms + offset_at_utc(utc_ms, tz_name, first_year, last_year)
    return np.floor_divide(local, 86_400_000)
