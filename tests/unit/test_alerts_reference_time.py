"""The reference time of an early warning: what a date, a local time and an instant mean, and their windows."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from border_monitor.analysis.reference_time import parse_reference_time
from border_monitor.domain.errors import ValidationError
from border_monitor.domain.taxonomy import Country

HOUR = 3_600_000


def ms(*args, zone: str) -> int:
    return int(datetime(*args, tzinfo=ZoneInfo(zone)).timestamp() * 1000)


def test_a_date_is_the_end_of_that_day_on_each_services_clock():
    at = parse_reference_time("2021-08-01")
    assert at.at(Country.LT) == datetime(2021, 8, 2, tzinfo=ZoneInfo("Europe/Vilnius"))
    assert at.at(Country.PL) == datetime(2021, 8, 2, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert at.at(Country.LT).astimezone(timezone.utc).hour == 21  # Vilnius is UTC+3 in summer
    assert at.at(Country.PL).astimezone(timezone.utc).hour == 22
    edges = at.day_edges_ms(Country.PL, 35)
    assert len(edges) == 36 and edges[-1] == ms(2021, 8, 2, zone="Europe/Warsaw")
    assert edges[-2] == ms(2021, 8, 1, zone="Europe/Warsaw") and edges[0] == ms(2021, 6, 28, zone="Europe/Warsaw")
    assert "end of 2021-08-01" in at.describe()


def test_local_days_follow_the_clock_across_the_autumn_change():
    edges = parse_reference_time("2021-11-01").day_edges_ms(Country.LT, 3)
    # 31 October 2021 had 25 hours in Vilnius
    assert list(np.diff(edges) // HOUR) == [24, 25, 24]


def test_an_instant_is_the_same_for_every_border_and_its_days_are_24_hours():
    at = parse_reference_time("2021-10-01T06:00Z")
    assert at.at(Country.LT) == at.at(Country.PL)
    edges = at.day_edges_ms(Country.LV, 35)
    assert set(np.diff(edges).tolist()) == {24 * HOUR}
    assert edges[-1] == int(datetime(2021, 10, 1, 6, tzinfo=timezone.utc).timestamp() * 1000)
    offset = parse_reference_time("2021-10-01T09:00+03:00")
    assert offset.day_edges_ms(Country.PL, 1)[-1] == edges[-1]
    assert at.describe() == "2021-10-01T06:00Z"


def test_a_time_without_a_zone_is_read_on_each_services_clock():
    at = parse_reference_time("2021-10-01T18:00")
    assert at.day_edges_ms(Country.LT, 1)[-1] == ms(2021, 10, 1, 18, zone="Europe/Vilnius")
    assert at.day_edges_ms(Country.PL, 1)[-1] == ms(2021, 10, 1, 18, zone="Europe/Warsaw")
    assert at.day_edges_ms(Country.PL, 1)[-1] - at.day_edges_ms(Country.LT, 1)[-1] == HOUR


@pytest.mark.parametrize("text", ["", "yesterday", "2021-13-01", "2021-02-30", "01.08.2021", "2021-08-01T25:00"])
def test_bad_text_is_a_sentence_naming_the_option_and_the_value(text):
    with pytest.raises(ValidationError) as caught:
        parse_reference_time(text)
    message = str(caught.value)
    assert message.startswith("--at: ") and repr(text) in message and "2021-08-01" in message
