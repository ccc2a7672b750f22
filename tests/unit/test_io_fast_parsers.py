"""The vectorised fast parse of the CSV reader (times in our export's form) gives exactly what the general parse
gives, values, naive flags and messages, on canonical values and on every value near them; a column with one odd
value is read by the general parse, so its message stays word for word."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from border_monitor.io import column_parsers as cp
from border_monitor.io.column_parsers import as_text, parse_times
from border_monitor.io.csv_reader import read_csv

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def canonical(moment: datetime) -> str:
    """A time as our CSV export writes it."""
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def same_times(column) -> tuple:
    """(fast-or-general parse, general parse) of ``column``, each as plain lists."""
    got = parse_times(column)
    want = cp._general_times(as_text(np.asarray(column)))
    return (got[0].tolist(), got[1].tolist(), got[2]), (want[0].tolist(), want[1].tolist(), want[2])


moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59),
                       timezones=st.just(timezone.utc))


@settings(max_examples=150, deadline=None)
@given(st.lists(moments, min_size=1, max_size=40), st.lists(st.booleans(), max_size=40))
def test_canonical_times_read_fast_equal_the_general_parse(stamps, blanks):
    texts = [("" if blank else canonical(m)) for m, blank in zip(stamps, blanks + [False] * len(stamps))]
    column = np.array(texts)
    assert cp._canonical_times(as_text(column)) is not None  # the fast parse took it
    got, want = same_times(column)
    assert got == want
    exact = [round((m.replace(microsecond=m.microsecond // 1000 * 1000) - EPOCH) / timedelta(milliseconds=1))
             for m in stamps]
    assert [g for g, t in zip(got[0], texts) if t] == [e for e, t in zip(exact, texts) if t]


# One character of a canonical time changed to any of these: out-of-range fields, other forms, zones, letters.
ODD_CHARACTERS = "0123456789-:T .Zz+ė=' \u00a0x"


@settings(max_examples=300, deadline=None)
@given(moments, st.integers(0, 23), st.sampled_from(ODD_CHARACTERS), st.integers(1, 30))
@example(datetime(2021, 2, 10, tzinfo=timezone.utc), 8, "3", 1)  # 2021-02-30: no such day
@example(datetime(2024, 2, 29, tzinfo=timezone.utc), 3, "3", 1)  # 2023-02-29: not a leap year
@example(datetime(2021, 8, 1, 23, 59, 59, tzinfo=timezone.utc), 17, "6", 5)  # second 69
def test_a_column_with_one_near_canonical_value_parses_as_the_general_parse(moment, at, char, rows):
    texts = [canonical(moment + timedelta(hours=k)) for k in range(rows)]
    odd = texts[rows // 2]
    texts[rows // 2] = odd[:at] + char + odd[at + 1:]
    got, want = same_times(np.array(texts, dtype=object))
    assert got == want


def test_time_edges_equal_the_general_parse():
    columns = [
        ["2021-08-01T12:00:00.123Z", "2021-08-01T12:00:00.123+03:00"],  # an offset among canonical values
        ["2021-08-01T12:00:00.123Z", "2021-08-01T12:00:00.123z"],
        ["2021-08-01T12:00:00.123Z", "2021-08-01 12:00:00.123Z"],
        ["2021-08-01T12:00:00.123Z", "2021-08-01T12:00:00.123456Z"],  # finer fractions
        ["2021-08-01T12:00:00.123Z", "2021-08-01T12:00:00Z"],
        ["2021-08-01T12:00:00.123Z", "2021-08-01T12:00:00.123"],  # naive: the reporting country's time
        ["2021-08-01T12:00:00.123Z", "", " 2021-08-01T12:00:00.123Z "],  # empty and padded cells
        ["", "", ""],
        ["2021-08-01T12:00:00.123Z", "2021-08-0ėT12:00:00.123Z"],  # a letter of the region
        ["2021-08-01T12:00:00.123Z", "=2021-08-01T12:00:00.12Z"],  # formula-looking
        ["2021-08-01T24:00:00.000Z", "2021-08-01T12:60:00.000Z", "2021-12-31T23:59:60.000Z"],
        ["2020-02-29T00:00:00.000Z", "2100-02-29T00:00:00.000Z", "2000-02-29T00:00:00.000Z"],
        ["0000-01-01T00:00:00.000Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"],
    ]
    for texts in columns:
        got, want = same_times(np.array(texts, dtype=object))
        assert got == want, texts
    _, _, errors = parse_times(np.array(["2021-08-01T12:00:00.123Z", "2021-02-30T12:00:00.000Z", ""]))
    assert errors == {1: "is not an ISO 8601 date and time", 2: "is empty"}


def test_a_file_with_one_odd_value_reads_and_reports_as_before(tmp_path):
    """1,500 canonical rows and one time in another form, one bad day, one bad longitude: the good rows are read
    (also the odd but valid one) and the bad ones refused with the same words as ever."""
    lines = ["id,occurred_at,country,type,lon,lat,persons,nationalities,description,source"]
    start = datetime(2021, 6, 1, tzinfo=timezone.utc)
    for k in range(1500):
        lines.append(f",{canonical(start + timedelta(minutes=7 * k))},LT,smuggling,25.{k % 97:02d}5,54.6,0,,"
                     f"\"Kontrabanda, įvykis {k}\",VSAT")
    lines.append(",2021-08-01T12:00:00+03:00,LT,smuggling,25.5,54.6,0,,odd but valid,VSAT")  # line 1502
    lines.append(",2021-02-30T12:00:00.000Z,LT,smuggling,25.5,54.6,0,,no such day,VSAT")  # line 1503
    lines.append(",2021-08-01T12:00:00.000Z,LT,smuggling,25.5x,54.6,0,,bad longitude,VSAT")  # line 1504
    path = tmp_path / "odd.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_csv(path)
    assert len(result.batch) == 1501
    assert [(e.row, e.field, e.value, e.message) for e in result.rejects] == [
        (1503, "occurred_at", "2021-02-30T12:00:00.000Z", "is not an ISO 8601 date and time"),
        (1504, "lon", "25.5x", "is not a number"),
    ]
    ms = result.batch.occurred_at_ms
    first = round((start - EPOCH) / timedelta(milliseconds=1))
    assert ms[:1500].tolist() == [first + 7 * 60_000 * k for k in range(1500)]
    assert ms[1500] == round((datetime(2021, 8, 1, 9, tzinfo=timezone.utc) - EPOCH) / timedelta(milliseconds=1))
    assert result.batch.lon[:3].tolist() == [25.005, 25.015, 25.025]
    assert result.batch.description[1] == "Kontrabanda, įvykis 1"


def test_a_sign_left_after_the_time_is_refused_with_no_warning_of_numpy():
    import warnings

    texts = ["2021-08-01T12:00:00.123-", "2021-08-01T12:00:00.123-0", "2021-08-01T12:00-05:00:00",
             "2021-08-01T12:00:00 -05:00", "2021-08-01T12:00:00.000Z"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy's UserWarning would reach the user's terminal
        ms, naive, errors = parse_times(np.array(texts, dtype=object))
    assert errors == {0: "is not an ISO 8601 date and time", 1: "is not an ISO 8601 date and time",
                      2: "is not an ISO 8601 date and time"}
    assert ms[3] == ms[4] + 5 * 3_600_000 and not naive[3]  # a space before the offset: 17:00 UTC
