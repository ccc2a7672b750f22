"""``incident_rows.iso_ms_array`` lays the texts out itself (a streamed import's hot path): every value must read
exactly as numpy's ``datetime_as_string`` with a "Z" wrote it, across the whole range of four-digit years, at the
edges of days, months, leap years and the epoch, and beyond that range (where numpy itself formats)."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.store.gpkg.incident_rows import _FIRST_MS, _LAST_MS, iso_ms_array


def numpy_texts(ms) -> list[str]:
    text = np.datetime_as_string(np.asarray(ms, dtype=np.int64).astype("datetime64[ms]"), unit="ms")
    return [t + "Z" for t in text.tolist()]


def test_the_edges_of_days_months_leap_years_and_the_epoch():
    days = np.array(["0001-01-01", "1600-02-29", "1899-12-31", "1900-02-28", "1900-03-01", "1969-12-31",
                     "1970-01-01", "2000-02-29", "2021-03-28", "2021-10-31", "2024-02-29", "9999-12-31"],
                    dtype="datetime64[D]").astype("datetime64[ms]").astype(np.int64)
    ms = (days[:, None] + np.array([0, 1, 999, 59_999, 3_599_999, 86_399_999])[None, :]).ravel()
    ms = ms[(ms >= _FIRST_MS) & (ms <= _LAST_MS)]
    assert iso_ms_array(ms) == numpy_texts(ms)
    assert iso_ms_array(np.array([_FIRST_MS, _LAST_MS])) == ["0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(_FIRST_MS, _LAST_MS), min_size=1, max_size=300))
def test_any_time_of_the_four_digit_years_reads_as_numpy_writes_it(values):
    ms = np.array(values, dtype=np.int64)
    assert iso_ms_array(ms) == numpy_texts(ms)


def test_a_million_random_times_and_times_beyond_the_years_numpy_formats():
    rng = np.random.default_rng(7)
    ms = rng.integers(_FIRST_MS, _LAST_MS, 1_000_000)
    assert iso_ms_array(ms) == numpy_texts(ms)
    beyond = np.array([_FIRST_MS - 1, 0, _LAST_MS + 1], dtype=np.int64)
    assert iso_ms_array(beyond) == numpy_texts(beyond)
    assert iso_ms_array(np.zeros(0, dtype=np.int64)) == []
