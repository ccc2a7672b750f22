"""UTC and the reporting countries' wall clocks, vectorised: the one time-zone engine of the project.

Every conversion between UTC and local time of many values goes through here: the store's local
days, the import of times written without a zone, the demo scenario's clock. The zone of a
country is ``Country.timezone`` (LT Europe/Vilnius, LV Europe/Riga, PL Europe/Warsaw).

How: for each zone and year we find, once, the instants where its UTC offset changes, by asking
``zoneinfo`` at every UTC midnight and bisecting to the second inside a day whose offset changed
(tzdata changes fall on whole seconds, and these zones never change twice within a day). The
years a call needs are joined into one table, and ``np.searchsorted`` gives every value its
offset in one pass. Values outside 1900..2200 (never valid incidents, but shown in messages
about them) are asked of ``zoneinfo`` one distinct value at a time; values beyond what
``datetime`` can hold (years 1..9999) count in UTC.

Times are ``int64`` milliseconds: UTC instants since the epoch, or "wall-clock milliseconds",
the naive local time read as if it were UTC (``2021-03-28T03:30`` -> ms of ``2021-03-28T03:30Z``).

Local -> UTC follows ``zoneinfo``'s ``fold`` exactly. With ``fold=0`` (what every caller uses):
a repeated wall time (the autumn hour) is its first occurrence, in summer time; a wall time that
never happened (the skipped spring hour) is read with the offset in force before the change, so
03:30 on the spring-forward day in Vilnius (UTC+2 -> UTC+3 at 03:00) is 01:30Z, later than the
change itself. ``fold=1`` takes the second occurrence and the offset after the change.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np

MS_PER_DAY = 86_400_000
EPOCH_DAY = date(1970, 1, 1)
TABLE_YEARS = (1900, 2200)  # years served from the offset table; others are asked of zoneinfo
_UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_DAY_S = 86_400


def day_number(value: date) -> int:
    """Days since 1970-01-01."""
    return (value - EPOCH_DAY).days


def day_date(number: int) -> date:
    """The date ``number`` days after 1970-01-01."""
    return EPOCH_DAY + timedelta(days=int(number))


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _offset_s(tz: ZoneInfo, epoch_s: int) -> int:
    return int((_EPOCH + timedelta(seconds=epoch_s)).astimezone(tz).utcoffset().total_seconds())


@lru_cache(maxsize=None)
def _year_changes(zone: str, year: int) -> tuple[tuple[int, int], ...]:
    """((instant_s, offset_s) ...): the offset changes of ``zone`` in (1 Jan ``year``, 1 Jan next year], UTC."""
    tz = _zone(zone)
    t = int((datetime(year, 1, 1, tzinfo=_UTC) - _EPOCH).total_seconds())
    end = int((datetime(year + 1, 1, 1, tzinfo=_UTC) - _EPOCH).total_seconds())
    current = _offset_s(tz, t)
    changes = []
    while t < end:
        nxt = min(t + _DAY_S, end)
        off = _offset_s(tz, nxt)
        if off != current:
            lo, hi = t, nxt  # offset(lo) == current != offset(hi)
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _offset_s(tz, mid) == current:
                    lo = mid
                else:
                    hi = mid
            current = _offset_s(tz, hi)
            changes.append((hi, current))
        t = nxt
    return tuple(changes)


@lru_cache(maxsize=64)
def transitions(zone: str, first_year: int, last_year: int) -> tuple[np.ndarray, np.ndarray]:
    """(instants_ms, offsets_ms): from ``instants_ms[k]`` on, ``zone`` is ``offsets_ms[k]`` ahead of UTC.

    ``instants_ms[0]`` is 1 Jan ``first_year`` 00:00 UTC, the start of the table; it runs to 1 Jan
    of ``last_year + 1``. The arrays are read-only (they are cached).
    """
    start = int((datetime(first_year, 1, 1, tzinfo=_UTC) - _EPOCH).total_seconds())
    pairs = [(start, _offset_s(_zone(zone), start))]
    for year in range(first_year, last_year + 1):
        pairs.extend(_year_changes(zone, year))
    instants = np.array([p[0] for p in pairs], dtype=np.int64) * 1000
    offsets = np.array([p[1] for p in pairs], dtype=np.int64) * 1000
    instants.setflags(write=False)
    offsets.setflags(write=False)
    return instants, offsets


def _years(ms: np.ndarray) -> np.ndarray:
    return ms.astype("datetime64[ms]").astype("datetime64[Y]").astype(np.int64) + 1970


def _table_for(ms: np.ndarray, zone: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mask of values the table serves, instants_ms, offsets_ms) for a non-empty ``ms``.

    The table spans a year either side of the values, so a wall-clock value (off by at most a
    day from its instant) is served as well as a UTC one.
    """
    lo_year, hi_year = TABLE_YEARS
    lo_ms = int((datetime(lo_year, 1, 1, tzinfo=_UTC) - _EPOCH).total_seconds()) * 1000
    hi_ms = int((datetime(hi_year + 1, 1, 1, tzinfo=_UTC) - _EPOCH).total_seconds()) * 1000
    inside = (ms >= lo_ms) & (ms < hi_ms)
    if not inside.any():
        empty = np.zeros(0, dtype=np.int64)
        return inside, empty, empty
    years = _years(np.array([ms[inside].min(), ms[inside].max()]))
    first, last = max(lo_year, int(years[0]) - 1), min(hi_year, int(years[1]) + 1)
    instants, offsets = transitions(zone, first, last)
    return inside, instants, offsets


def _outside_offsets(values: np.ndarray, offset_of) -> np.ndarray:
    """Offsets (ms) of values outside the table: ``offset_of(ms)`` once per distinct value, 0 when
    ``datetime`` cannot hold the value."""
    distinct, inverse = np.unique(values, return_inverse=True)
    out = np.empty(len(distinct), dtype=np.int64)
    for k, value in enumerate(distinct.tolist()):
        try:
            out[k] = int(round(offset_of(value).total_seconds() * 1000))
        except (OverflowError, ValueError):
            out[k] = 0
    return out[inverse.reshape(-1)]


def utc_offsets_ms(utc_ms: np.ndarray, zone: str) -> np.ndarray:
    """How far (ms) the wall clock of ``zone`` is ahead of UTC at each instant ``utc_ms``."""
    utc_ms = np.asarray(utc_ms, dtype=np.int64)
    out = np.zeros(utc_ms.shape, dtype=np.int64)
    if utc_ms.size == 0:
        return out
    flat = utc_ms.reshape(-1)
    inside, instants, offsets = _table_for(flat, zone)
    result = out.reshape(-1)
    if len(instants):
        k = np.searchsorted(instants, flat[inside], side="right") - 1
        result[inside] = offsets[np.clip(k, 0, len(offsets) - 1)]
    if not inside.all():
        tz = _zone(zone)
        result[~inside] = _outside_offsets(
            flat[~inside], lambda v: (_EPOCH + timedelta(milliseconds=v)).astimezone(tz).utcoffset())
    return out


def utc_offset_ms(utc_ms: int, zone: str) -> int:
    """``utc_offsets_ms`` of one instant, the same answer by a path for one value: the table of the instant's year
    (a year either side) and one search in it. Written for the table's cells: the array path costs ~0.2 ms a
    value in numpy calls on one-element arrays, this ~10 us."""
    utc_ms = int(utc_ms)
    lo_year, hi_year = TABLE_YEARS
    try:
        year = (_EPOCH + timedelta(milliseconds=utc_ms)).year
    except OverflowError:
        return int(utc_offsets_ms(np.array([utc_ms], dtype=np.int64), zone)[0])
    if not lo_year <= year <= hi_year:
        return int(utc_offsets_ms(np.array([utc_ms], dtype=np.int64), zone)[0])
    instants, offsets = transitions(zone, max(lo_year, year - 1), min(hi_year, year + 1))
    k = int(instants.searchsorted(utc_ms, side="right")) - 1
    return int(offsets[min(max(k, 0), len(offsets) - 1)])


def utc_to_local_ms(utc_ms: np.ndarray, zone: str) -> np.ndarray:
    """Wall-clock milliseconds of ``zone`` at the instants ``utc_ms``."""
    utc_ms = np.asarray(utc_ms, dtype=np.int64)
    return utc_ms + utc_offsets_ms(utc_ms, zone)


def utc_to_local_day(utc_ms: np.ndarray, zone: str) -> np.ndarray:
    """Local calendar day (days since 1970-01-01, int64) of each instant in ``zone``; ``day_date``
    turns one into a ``date``."""
    return np.floor_divide(utc_to_local_ms(utc_ms, zone), MS_PER_DAY)


def local_days(utc_ms: np.ndarray, zone_codes: np.ndarray, zone_names: tuple[str, ...]) -> np.ndarray:
    """Local day numbers (int32) of instants ``utc_ms``, each in the zone ``zone_names[zone_codes[i]]``.

    Codes outside ``zone_names`` (an unknown country) count in UTC.
    """
    utc_ms = np.asarray(utc_ms, dtype=np.int64)
    zone_codes = np.asarray(zone_codes)
    local = utc_ms.copy()
    for code, name in enumerate(zone_names):
        sel = np.flatnonzero(zone_codes == code)
        if len(sel):
            local[sel] = utc_to_local_ms(utc_ms[sel], name)
    return np.floor_divide(local, MS_PER_DAY).astype(np.int32)


def local_to_utc_ms(local_ms: np.ndarray, zone: str, fold: int = 0) -> np.ndarray:
    """UTC instants (ms) of wall-clock milliseconds ``local_ms`` in ``zone``, as ``zoneinfo`` reads
    ``datetime(..., tzinfo=zone, fold=fold)``: see the module's notes on gaps and folds.

    A change at instant T from offset a to offset b splits the wall clock at T + max(a, b) for
    ``fold=0`` and at T + min(a, b) for ``fold=1``: earlier wall times take a, later ones b.
    """
    if fold not in (0, 1):
        raise ValueError(f"fold must be 0 or 1, not {fold!r}")
    local_ms = np.asarray(local_ms, dtype=np.int64)
    offsets_out = np.zeros(local_ms.shape, dtype=np.int64)
    if local_ms.size == 0:
        return local_ms.copy()
    flat = local_ms.reshape(-1)
    result = offsets_out.reshape(-1)
    inside, instants, offsets = _table_for(flat, zone)
    if len(instants):
        pick = np.maximum if fold == 0 else np.minimum
        walls = instants[1:] + pick(offsets[:-1], offsets[1:])
        result[inside] = offsets[np.searchsorted(walls, flat[inside], side="right")]
    if not inside.all():
        tz = _zone(zone)
        result[~inside] = _outside_offsets(
            flat[~inside],
            lambda v: (_EPOCH_NAIVE + timedelta(milliseconds=v)).replace(tzinfo=tz, fold=fold).utcoffset())
    return local_ms - offsets_out
