"""The vectorised CSV tokenizer agrees with Python's csv module; times and numbers parse as documented."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.io import csv_reader
from border_monitor.io.column_parsers import parse_floats, parse_times, parse_whole_numbers
from border_monitor.io.csv_tokenizer import tokenize
from border_monitor.domain.local_time import local_to_utc_ms as local_ms_to_utc_ms

HEADER = ["occurred_at", "country", "type", "lon", "lat", "description", "source"]
cells = st.lists(st.sampled_from(list('ab ,;"\n\tąėł1.x') + ['""', "\r\n"]), max_size=6).map("".join)


def outcome(read):
    try:
        return read()
    except Exception as exc:  # both paths must fail alike
        return f"{type(exc).__name__}: {exc}"


def both_ways(data: bytes, separator: str):
    text = data.decode("utf-8")
    tokens = tokenize(data, "utf-8", separator)
    fast = outcome(lambda: csv_reader._fields_from_tokens(Path("t.csv"), tokens, separator)) \
        if tokens is not None else None
    slow = outcome(lambda: csv_reader._fields_from_csv_module(Path("t.csv"), text, separator))
    return fast, slow


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=len(HEADER) + 2), max_size=12),
       separator=st.sampled_from([",", ";"]), crlf=st.booleans(), final_newline=st.booleans())
def test_tokenizer_matches_the_csv_module(rows, separator, crlf, final_newline):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n" if crlf else "\n").writerows([HEADER] + rows)
    text = buffer.getvalue()
    if not final_newline:
        text = text.rstrip("\r\n")
    fast, slow = both_ways(text.encode("utf-8"), separator)
    assert fast is not None, text  # a file written by the csv module is regular
    if isinstance(slow, str) or isinstance(fast, str):
        assert fast == slow
        return
    header_f, _, raw_f, lines_f, errors_f = fast
    header_s, _, raw_s, lines_s, errors_s = slow
    assert header_f == header_s
    assert lines_f.tolist() == lines_s.tolist()
    assert [(e.row, e.field, e.message) for e in errors_f] == [(e.row, e.field, e.message) for e in errors_s]
    for name in raw_s:
        assert [str(v) for v in raw_f[name]] == [str(v) for v in raw_s[name]], name


@pytest.mark.parametrize("text", [
    'occurred_at,country,type,lon,lat\n2021-08-01,LT,other,25,"54"x\n',  # text after a closing quote
    'occurred_at,country,type,lon,lat\n2021-08-01,LT,oth"er,25,54\n',  # a quote inside an unquoted field
    'occurred_at,country,type,lon,lat\r2021-08-01,LT,other,25,54\r',  # old Mac line ends
    'occurred_at,country,type,lon,lat\n2021-08-01,LT,other,25,"54\n',  # unclosed quote
    'occurred_at,country,type,lon,lat\n2021-08-01,LT,other,25,54\r1\n',  # a carriage return alone
])
def test_irregular_files_go_to_the_csv_module(text):
    assert tokenize(text.encode(), "utf-8", ",") is None


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
