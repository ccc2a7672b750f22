"""The domain model: validation names the field and the value; batches validate like single incidents."""
from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from border_monitor.domain import (
    Country, Incident, IncidentFilter, IncidentType, Nationality, Status, ValidationError, parse_nationalities,
)
from border_monitor.domain.batch import IncidentBatch, datetime_to_ms, ms_to_datetime

GOOD = dict(occurred_at="2021-08-01T03:30:00+03:00", country="LT", type="apprehension",
            lon=25.01, lat=54.20, persons=7, nationalities="IRQ:5,SYR:2")


def test_incident_normalises_time_to_utc_and_parses_vocabularies():
    i = Incident(**GOOD)
    assert i.occurred_at == datetime(2021, 8, 1, 0, 30, tzinfo=timezone.utc)
    assert i.country is Country.LT and i.type is IncidentType.APPREHENSION and i.status is Status.REPORTED
    assert i.nationalities == (Nationality("IRQ", 5), Nationality("SYR", 2))
    assert isinstance(i.id, uuid.UUID)
    assert i.local_time().hour == 3  # Europe/Vilnius, summer time


@pytest.mark.parametrize("field,value,words", [
    ("occurred_at", "2021-08-01T03:30:00", "no time zone"),
    ("occurred_at", "1999-12-31T23:00:00Z", "before 2000"),
    # a fixed id: the value changes every run (pytest-xdist's workers must collect the same names)
    pytest.param("occurred_at", (datetime.now(timezone.utc) + timedelta(days=2)).isoformat(), "in the future",
                 id="occurred_at-in-two-days-in the future"),
    ("country", "BY", "not one of"),
    ("type", "invasion", "not one of"),
    ("status", "maybe", "not one of"),
    ("lat", float("nan"), "finite"),
    ("lon", 200.0, "outside -180..180"),
    ("lat", 10.0, "outside the monitored region"),
    ("persons", -1, "negative"),
    ("persons", 0, "at least 1"),
    ("persons", "many", "whole number"),
    ("nationalities", "ZZZ:1", "ISO 3166-1"),
    ("nationalities", "IRQ:9", "more than the incident's 7"),
])
def test_validation_error_names_field_and_value(field, value, words):
    data = dict(GOOD, **{field: value})
    with pytest.raises(ValidationError) as err:
        Incident(**data)
    message = str(err.value)
    assert words in message
    assert err.value.field in (field, "location")
    assert message.startswith(err.value.field)


def test_types_without_people_may_have_zero_persons():
    i = Incident(**dict(GOOD, type="barrier_damage", persons=0, nationalities=""))
    assert i.persons == 0


def test_nationalities_merge_and_sort():
    assert parse_nationalities("syr:2; IRQ:3, irq:4,AFG") == (
        Nationality("AFG"), Nationality("IRQ", 7), Nationality("SYR", 2))
    assert parse_nationalities({"IRQ": 2}) == (Nationality("IRQ", 2),)


def test_filter_validates_and_compares_by_value():
    f = IncidentFilter(date_from="2021-08-01", date_to="2021-08-31", countries={"lt", "PL"})
    assert f.date_from == date(2021, 8, 1) and f.countries == {Country.LT, Country.PL}
    assert f == IncidentFilter(date_from=date(2021, 8, 1), date_to=date(2021, 8, 31), countries={"PL", "LT"})
    with pytest.raises(ValidationError, match="date_to"):
        IncidentFilter(date_from="2021-09-01", date_to="2021-08-01")
    with pytest.raises(ValidationError, match="bbox"):
        IncidentFilter(bbox=(26, 54, 25, 55))
    assert IncidentFilter().is_empty and not f.is_empty


def test_to_dict_round_trip():
    i = Incident(**GOOD)
    assert Incident.from_dict(i.to_dict()) == i
    with pytest.raises(ValidationError, match="not a field"):
        Incident.from_dict({**i.to_dict(), "name": "x"})


def test_batch_reports_each_bad_row_with_field():
    good = Incident(**GOOD)
    rows = [good.with_changes(id=uuid.uuid4()) for _ in range(5)]
    batch = IncidentBatch.from_incidents(rows)
    batch.row = np.array([2, 3, 4, 5, 6])
    batch.lat[1] = np.nan
    batch.type[2] = 99
    batch.persons[3] = -4
    batch.nationalities[4] = "XYZ:1"
    errors = batch.validate()
    assert [(e.row, e.field) for e in errors] == [(3, "lat"), (4, "type"), (5, "persons"), (6, "nationalities")]


def test_batch_flags_duplicate_ids_and_future_dates():
    good = Incident(**GOOD)
    batch = IncidentBatch.from_incidents([good, good])
    batch.occurred_at_ms[1] = datetime_to_ms(datetime.now(timezone.utc) + timedelta(days=1))
    fields = {(e.row, e.field) for e in batch.validate()}
    assert (2, "occurred_at") in fields and (2, "id") in fields


@settings(max_examples=60, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 2), max_value=datetime(2025, 1, 1), timezones=st.just(timezone.utc)))
def test_ms_round_trip(moment):
    moment = moment.replace(microsecond=(moment.microsecond // 1000) * 1000)
    assert ms_to_datetime(datetime_to_ms(moment)) == moment


def test_batch_and_incident_agree_on_validity():
    good = Incident(**GOOD)
    batch = IncidentBatch.from_incidents([good])
    assert batch.validate() == []
    assert batch.to_incidents() == [good]


def test_batch_normalises_ids_and_refuses_garbage():
    good = Incident(**GOOD)
    upper = str(uuid.uuid4()).upper()
    batch = IncidentBatch.from_incidents([good, good.with_changes(id=uuid.uuid4()), good.with_changes(id=uuid.uuid4())])
    batch.id[1] = upper
    batch.id[2] = "case-0042"
    errors = batch.validate()
    assert [(e.row, e.field, e.value) for e in errors] == [(3, "id", "case-0042")]
    assert batch.id[1] == upper.lower()
