"""Local days in the reporting countries' time zones: vectorised, and equal to zoneinfo around DST changes."""
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.domain.local_time import day_date, day_number, local_days

ZONES = ("Europe/Vilnius", "Europe/Riga", "Europe/Warsaw")
# DST changes (01:00 UTC, last Sundays of March and October) of a few years, and the minutes around them.
CHANGES = [int(datetime(y, m, d, 1, tzinfo=timezone.utc).timestamp() * 1000)
           for y, m, d in [(2019, 3, 31), (2019, 10, 27), (2021, 3, 28), (2021, 10, 31), (2024, 3, 31), (2024, 10, 27)]]


def expected_day(ms: int, zone: str) -> int:
    local = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).astimezone(ZoneInfo(zone))
    return day_number(local.date())


near_change = st.builds(lambda base, delta: base + delta, st.sampled_from(CHANGES),
                        st.integers(min_value=-26 * 3_600_000, max_value=26 * 3_600_000))
any_instant = st.integers(min_value=946_684_800_000, max_value=2_051_222_400_000)  # 2000..2035


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(near_change, any_instant), st.integers(0, 3)), min_size=1, max_size=60))
def test_local_days_equal_zoneinfo(pairs):
    ms = np.array([p[0] for p in pairs], dtype=np.int64)
    codes = np.array([p[1] for p in pairs], dtype=np.int8)  # 3 = not a zone: UTC
    got = local_days(ms, codes, ZONES)
    for k, (m, c) in enumerate(pairs):
        zone = ZONES[c] if c < 3 else "UTC"
        assert got[k] == expected_day(m, zone), (m, zone)


def test_midnight_edges_in_summer_and_winter():
    # 21:00 UTC is midnight in Vilnius in summer (UTC+3) but 23:00 in winter (UTC+2).
    summer = int(datetime(2021, 7, 1, 21, 0, tzinfo=timezone.utc).timestamp() * 1000)
    winter = int(datetime(2021, 12, 1, 21, 0, tzinfo=timezone.utc).timestamp() * 1000)
    days = local_days(np.array([summer - 1, summer, winter, winter + 3_600_000]), np.zeros(4, np.int8), ZONES)
    assert [day_date(d) for d in days] == [date(2021, 7, 1), date(2021, 7, 2), date(2021, 12, 1), date(2021, 12, 2)]
    # Warsaw is an hour behind: 22:00 UTC in summer is its midnight.
    warsaw = local_days(np.array([summer + 3_600_000 - 1, summer + 3_600_000]), np.full(2, 2, np.int8), ZONES)
    assert [day_date(d) for d in warsaw] == [date(2021, 7, 1), date(2021, 7, 2)]
