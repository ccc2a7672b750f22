"""Local calendar days of UTC instants, vectorised and correct across daylight-saving changes.

An incident's day is the day on the reporting country's clock (Europe/Vilnius, Europe/Riga,
Europe/Warsaw). For each time zone we list the instants where its UTC offset changes (found
with ``zoneinfo`` by a daily scan refined by bisection, once per zone and span of years), then
``np.searchsorted`` gives every instant its offset in one pass.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

MS_PER_DAY = 86_400_000
EPOCH_DAY = date(1970, 1, 1)
_UTC = timezone.utc


def day_number(value: date) -> int:
    """Days since 1970-01-01."""
    return (value - EPOCH_DAY).days


def day_date(number: int) -> date:
    return EPOCH_DAY + timedelta(days=int(number))


def _offset_ms(tz: ZoneInfo, epoch_s: int) -> int:
    moment = datetime.fromtimestamp(epoch_s, tz=_UTC)
    return int(moment.astimezone(tz).utcoffset().total_seconds() * 1000)


@lru_cache(maxsize=64)
def transitions(tz_name: str, year_from: int, year_to: int) -> tuple[np.ndarray, np.ndarray]:
    """(instants_ms, offsets_ms): from ``instants_ms[k]`` on, the zone is ``offsets_ms[k]`` ahead of UTC.

    Covers 1 Jan ``year_from`` to 31 Dec ``year_to`` (UTC) with a margin; the first instant is the start.
    """
    tz = ZoneInfo(tz_name)
    start = int(datetime(year_from, 1, 1, tzinfo=_UTC).timestamp()) - 2 * 86400
    end = int(datetime(year_to + 1, 1, 1, tzinfo=_UTC).timestamp()) + 2 * 86400
    instants = [start * 1000]
    offsets = [_offset_ms(tz, start)]
    t = start
    current = offsets[0]
    while t < end:
        nxt = min(t + 86400, end)
        off = _offset_ms(tz, nxt)
        if off != current:
            lo, hi = t, nxt  # offset(lo) == current, offset(hi) == off
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _offset_ms(tz, mid) == current:
                    lo = mid
                else:
                    hi = mid
            instants.append(hi * 1000)
            offsets.append(_offset_ms(tz, hi))
            current = offsets[-1]
        t = nxt
    return np.array(instants, dtype=np.int64), np.array(offsets, dtype=np.int64)


def _year(ms: int) -> int:
    return datetime.fromtimestamp(ms / 1000, tz=_UTC).year


def local_ms(ms: np.ndarray, tz_name: str) -> np.ndarray:
    """Epoch milliseconds shifted to the wall clock of ``tz_name``."""
    ms = np.asarray(ms, dtype=np.int64)
    if len(ms) == 0:
        return ms.copy()
    lo = max(1900, _year(int(ms.min())) - 1)
    hi = min(2200, _year(int(ms.max())) + 1)
    instants, offsets = transitions(tz_name, lo, hi)
    k = np.searchsorted(instants, ms, side="right") - 1
    np.clip(k, 0, len(offsets) - 1, out=k)
    return ms + offsets[k]


def local_days(ms: np.ndarray, zone_codes: np.ndarray, zone_names: tuple[str, ...]) -> np.ndarray:
    """Local day numbers (days since 1970-01-01, int32) of instants ``ms``.

    ``zone_codes[i]`` indexes ``zone_names``; codes outside it count in UTC.
    """
    ms = np.asarray(ms, dtype=np.int64)
    zone_codes = np.asarray(zone_codes)
    shifted = ms.copy()
    for code, name in enumerate(zone_names):
        sel = np.flatnonzero(zone_codes == code)
        if len(sel):
            shifted[sel] = local_ms(ms[sel], name)
    return np.floor_divide(shifted, MS_PER_DAY).astype(np.int32)
