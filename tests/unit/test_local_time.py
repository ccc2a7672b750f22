"""The time-zone engine against ``zoneinfo`` itself, at every DST change of 2000-2035 in the three zones.

The changes are found here by scanning ``zoneinfo`` (a day, then an hour, a minute and a second at
a time), not by the engine's own search, so a wrong table in the engine cannot agree with itself.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from border_monitor.domain.local_time import (
    day_date,
    day_number,
    local_days,
    local_to_utc_ms,
    utc_offset_ms,
    utc_offsets_ms,
    utc_to_local_day,
    utc_to_local_ms,
)

ZONES = ("Europe/Vilnius", "Europe/Riga", "Europe/Warsaw")
UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EPOCH_NAIVE = datetime(1970, 1, 1)
MS = timedelta(milliseconds=1)
QUARTER = timedelta(minutes=15)


def to_ms(moment: datetime) -> int:
    return (moment - EPOCH) // MS


def naive_ms(wall: datetime) -> int:
    return (wall - EPOCH_NAIVE) // MS


def offset(tz: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(tz).utcoffset()


@lru_cache(maxsize=None)
def changes(zone: str) -> tuple[tuple[datetime, timedelta, timedelta], ...]:
    """(instant, offset before, offset after) of every offset change of ``zone`` in 2000-2035, by scanning."""
    tz = ZoneInfo(zone)
    found = []
    day = datetime(2000, 1, 1, tzinfo=UTC)
    while day.year < 2036:
        nxt = day + timedelta(days=1)
        if offset(tz, day) != offset(tz, nxt):
            t = day
            for step in (timedelta(hours=1), timedelta(minutes=1), timedelta(seconds=1)):
                while offset(tz, t + step) == offset(tz, day):
                    t += step
            found.append((t + timedelta(seconds=1), offset(tz, t), offset(tz, t + timedelta(seconds=1))))
        day = nxt
    return tuple(found)


def test_the_scan_finds_every_change_including_the_years_without_summer_time():
    for zone in ZONES:
        found = changes(zone)
        assert all(a != b for _, a, b in found)
        assert all(earlier[0] < later[0] for earlier, later in zip(found, found[1:]))
    # Warsaw kept EU summer time all along; Lithuania had none from 31 Oct 1999 to 30 Mar 2003,
    # Latvia none in 2000 (changes of 2001 on).
    assert len(changes("Europe/Warsaw")) == 72
    assert len(changes("Europe/Vilnius")) == 66
    assert len(changes("Europe/Riga")) == 70


@pytest.mark.parametrize("zone", ZONES)
def test_instants_around_every_change_have_zoneinfos_wall_clock_and_day(zone):
    tz = ZoneInfo(zone)
    moments = []
    for instant, _, _ in changes(zone):
        moments += [instant + k * QUARTER for k in range(-4, 5)] + [instant - MS, instant + MS]
    ms = np.array([to_ms(m) for m in moments], dtype=np.int64)
    wall = utc_to_local_ms(ms, zone)
    days = utc_to_local_day(ms, zone)
    for k, moment in enumerate(moments):
        local = moment.astimezone(tz)
        assert wall[k] == naive_ms(local.replace(tzinfo=None)), (zone, moment)
        assert day_date(days[k]) == local.date(), (zone, moment)
        assert utc_offsets_ms(ms[k:k + 1], zone)[0] == local.utcoffset() // MS


@pytest.mark.parametrize("zone", ZONES)
def test_local_midnights_either_side_of_every_change_day(zone):
    """The day before, of and after each change: an instant 1 ms before local midnight is the day
    before; midnight and 1 ms after it are the new day (in every zone, per zone code)."""
    tz = ZoneInfo(zone)
    code = ZONES.index(zone)
    moments, want = [], []
    for instant, _, _ in changes(zone):
        change_day = instant.astimezone(tz).date()
        for d in range(-1, 3):
            day = change_day + timedelta(days=d)
            midnight = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
            assert midnight.astimezone(tz).time() == time(0)  # midnight is never skipped in these zones
            moments += [midnight - MS, midnight, midnight + MS]
            want += [day - timedelta(days=1), day, day]
    ms = np.array([to_ms(m) for m in moments], dtype=np.int64)
    got = local_days(ms, np.full(len(ms), code, np.int8), ZONES)
    assert got.dtype == np.int32
    assert [day_date(d) for d in got] == want
    assert [day_date(d) for d in utc_to_local_day(ms, zone)] == want


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("fold", [0, 1])
def test_wall_clock_around_every_gap_and_fold_reads_as_zoneinfo_does(zone, fold):
    """Every quarter hour from an hour before the skipped or repeated hour to an hour after it,
    and 1 ms either side of each end, read with ``fold`` as ``datetime(..., fold=fold)`` reads it."""
    tz = ZoneInfo(zone)
    walls = []
    for instant, before, after in changes(zone):
        start = (instant + min(before, after)).replace(tzinfo=None)  # the gap or fold on the wall
        end = (instant + max(before, after)).replace(tzinfo=None)
        t = start - timedelta(hours=1)
        while t <= end + timedelta(hours=1):
            walls.append(t)
            t += QUARTER
        walls += [start - MS, start, start + MS, end - MS, end, end + MS]
    got = local_to_utc_ms(np.array([naive_ms(w) for w in walls], dtype=np.int64), zone, fold=fold)
    want = [to_ms(w.replace(tzinfo=tz, fold=fold).astimezone(UTC)) for w in walls]
    assert got.tolist() == want


def test_gaps_and_folds_behave_as_the_callers_rely_on():
    vilnius = "Europe/Vilnius"
    spring = naive_ms(datetime(2021, 3, 28, 3, 30))  # never on the clock: read at UTC+2
    autumn = naive_ms(datetime(2021, 10, 31, 3, 30))  # twice on the clock: the first, at UTC+3
    got = local_to_utc_ms(np.array([spring, autumn]), vilnius)
    assert got.tolist() == [to_ms(datetime(2021, 3, 28, 1, 30, tzinfo=UTC)),
                            to_ms(datetime(2021, 10, 31, 0, 30, tzinfo=UTC))]
    later = local_to_utc_ms(np.array([spring, autumn]), vilnius, fold=1)
    assert later.tolist() == [to_ms(datetime(2021, 3, 28, 0, 30, tzinfo=UTC)),
                              to_ms(datetime(2021, 10, 31, 1, 30, tzinfo=UTC))]
    with pytest.raises(ValueError, match="fold"):
        local_to_utc_ms(np.array([spring]), vilnius, fold=2)


@pytest.mark.parametrize("zone", ZONES)
def test_round_trip_and_shapes(zone):
    rng = np.random.default_rng(3)
    ms = rng.integers(to_ms(datetime(2000, 1, 1, tzinfo=UTC)), to_ms(datetime(2036, 1, 1, tzinfo=UTC)), 5000)
    wall = utc_to_local_ms(ms, zone)
    # An instant's wall clock reads back to the instant, save the second pass of a repeated hour.
    back = local_to_utc_ms(wall, zone)
    again = local_to_utc_ms(wall, zone, fold=1)
    assert np.all((back == ms) | (again == ms))
    grid = ms[:12].reshape(3, 4)
    assert utc_to_local_ms(grid, zone).shape == (3, 4)
    assert local_to_utc_ms(grid, zone).shape == (3, 4)
    assert utc_to_local_ms(np.zeros(0, np.int64), zone).shape == (0,)
    assert local_to_utc_ms(np.zeros(0, np.int64), zone).shape == (0,)


@pytest.mark.parametrize("zone", ZONES)
def test_far_years_agree_with_zoneinfo_too(zone):
    """Outside the table (before 1900, after 2200) and in its first and last years, incl. local
    mean time with its odd seconds; values datetime cannot hold count in UTC."""
    tz = ZoneInfo(zone)
    moments = [datetime(y, m, 15, 12, 34, 56, 789000, tzinfo=UTC)
               for y in (1, 1850, 1879, 1890, 1900, 1915, 1944, 2040, 2199, 2200, 2300, 9998) for m in (1, 7)]
    ms = np.array([to_ms(m) for m in moments], dtype=np.int64)
    assert utc_to_local_ms(ms, zone).tolist() == [naive_ms(m.astimezone(tz).replace(tzinfo=None)) for m in moments]
    walls = [m.replace(tzinfo=None) for m in moments]
    assert local_to_utc_ms(np.array([naive_ms(w) for w in walls]), zone).tolist() == \
        [to_ms(w.replace(tzinfo=tz).astimezone(UTC)) for w in walls]
    # The nights of the last Sundays of March and October 2300 hold a gap and a fold (EU rules).
    nights = [datetime(2300, month, day, hour, minute) for month in (3, 10) for day in range(24, 32)
              for hour in (1, 2, 3, 4) for minute in (0, 30)]
    for fold in (0, 1):
        assert local_to_utc_ms(np.array([naive_ms(w) for w in nights]), zone, fold=fold).tolist() == \
            [to_ms(w.replace(tzinfo=tz, fold=fold).astimezone(UTC)) for w in nights]
    beyond = np.array([np.iinfo(np.int64).max // 2, np.iinfo(np.int64).min // 2], dtype=np.int64)
    assert utc_to_local_ms(beyond, zone).tolist() == beyond.tolist()
    assert local_to_utc_ms(beyond, zone).tolist() == beyond.tolist()


def test_zone_codes_pick_the_zone_and_unknown_codes_count_in_utc():
    summer = to_ms(datetime(2021, 7, 1, 21, 30, tzinfo=UTC))  # 00:30 in Vilnius and Riga, 23:30 in Warsaw
    ms = np.full(5, summer, np.int64)
    got = local_days(ms, np.array([0, 1, 2, 3, -1], np.int8), ZONES)
    assert [day_date(d) for d in got] == [date(2021, 7, 2), date(2021, 7, 2)] + [date(2021, 7, 1)] * 3
    assert day_number(date(1970, 1, 1)) == 0 and day_date(day_number(date(2021, 7, 2))) == date(2021, 7, 2)


@pytest.mark.parametrize("zone", ZONES)
def test_the_one_value_offset_is_zoneinfos_around_every_change_and_in_far_years(zone):
    """``utc_offset_ms`` (the table's cells: one instant at a time) answers as zoneinfo and the array path do."""
    tz = ZoneInfo(zone)
    moments = [instant + k * QUARTER for instant, _, _ in changes(zone) for k in (-1, 0, 1)]
    moments += [instant - MS for instant, _, _ in changes(zone)]
    moments += [datetime(y, m, 1, 0, 30, tzinfo=UTC) for y in (1, 1850, 1899, 1900, 1944, 2199, 2200, 2201, 9999)
                for m in (1, 7)]
    for moment in moments:
        assert utc_offset_ms(to_ms(moment), zone) == offset(tz, moment) // MS, (zone, moment)
    for beyond in (np.iinfo(np.int64).max // 2, np.iinfo(np.int64).min // 2):
        assert utc_offset_ms(beyond, zone) == utc_offsets_ms(np.array([beyond]), zone)[0] == 0
