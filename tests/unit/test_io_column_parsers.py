"""Column parsers of the CSV reader: times in every accepted form, numbers, local times (kept from the removed tokenizer tests)."""
from __future__ import annotations

import numpy as np

from border_monitor.io.column_parsers import parse_floats, parse_times, parse_whole_numbers
from border_monitor.domain.local_time import local_to_utc_ms as local_ms_to_utc_ms


def test_times_in_every_accepted_form():
    texts = ["2021-08-01T12:00:00.123Z", "2021-08-01 12:00:00+03:00", "2021-08-01T12:00+0300", "2021-08-01T12:00-03",
             "01.08.2021 12:00", "2021-08-01", "2021-08-01T12:00:00.123456789z", " 2021-08-01T12:00 "]
    ms, naive, errors = parse_times(np.array(texts))
    got = ms.astype("datetime64[ms]").astype(str).tolist()
    assert got == ["2021-08-01T12:00:00.123", "2021-08-01T09:00:00.000", "2021-08-01T09:00:00.000",
                   "2021-08-01T15:00:00.000", "2021-08-01T12:00:00.000", "2021-08-01T00:00:00.000",
                   "2021-08-01T12:00:00.123", "2021-08-01T12:00:00.000"]
    assert naive.tolist() == [False, False, False, False, True, True, False, True]
    assert errors == {}


def test_times_that_are_not():
    texts = ["today", "", "2021-13-01", "2021-08-01T12:00:00+3:00", "1 Aug 2021", "now", "2021-08-01T25:00"]
    _, _, errors = parse_times(np.array(texts, dtype=object))
    assert errors == {0: "is not an ISO 8601 date and time", 1: "is empty", 2: "is not an ISO 8601 date and time",
                      3: "has a UTC offset that is not +HH:MM", 4: "is not an ISO 8601 date and time",
                      5: "is not an ISO 8601 date and time", 6: "is not an ISO 8601 date and time"}


def test_numbers():
    values, errors = parse_floats(np.array(["54,5", " 1.5 ", "", "x", "nan"]), decimal_comma=True)
    assert values[:2].tolist() == [54.5, 1.5] and np.isnan(values[4])
    assert errors == {2: "is empty", 3: "is not a number"}
    whole, errors = parse_whole_numbers(np.array(["3", "3.0", "", "3.5", "1e12", "abc"]))
    assert whole[:3].tolist() == [3, 3, 0]
    assert set(errors) == {3, 4, 5}


def test_local_time_matches_zoneinfo_through_both_changes_of_2021():
    from datetime import timezone
    from zoneinfo import ZoneInfo

    for zone in ("Europe/Vilnius", "Europe/Riga", "Europe/Warsaw"):
        hours = np.arange(np.datetime64("2021-03-27T00:00"), np.datetime64("2021-11-01T00:00"),
                          np.timedelta64(17, "m")).astype("datetime64[ms]")
        utc = local_ms_to_utc_ms(hours.astype(np.int64), zone).astype("datetime64[ms]")
        for local, got in zip(hours.tolist()[::7], utc.tolist()[::7]):
            expected = local.replace(tzinfo=ZoneInfo(zone)).astimezone(timezone.utc).replace(tzinfo=None)
            assert got == expected, (zone, local)
