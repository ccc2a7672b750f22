"""The form's field checks (domain/checks.py): every rule gives its message on its field, and only there."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from border_monitor.domain import Incident
from border_monitor.domain.check_english import english
from border_monitor.domain.check_errors import CheckCode, CheckError
from border_monitor.domain.checks import Checked, check_all, check_fields, check_warnings

NOW = datetime(2021, 10, 1, 12, 0, tzinfo=timezone.utc)
GOOD = dict(occurred_at=datetime(2021, 8, 1, 0, 30, tzinfo=timezone.utc), country="LT", type="apprehension",
            persons=7, nationalities="IRQ:5, SYR:2", lon=25.01, lat=54.20, status="reported",
            description="group of 7 at the fence", source="patrol 12")


def with_(**changes):
    values = dict(GOOD)
    values.update(changes)
    return values


def test_good_values_have_no_errors_and_make_an_incident():
    assert check_fields(GOOD, NOW) == {}
    Incident(**{k: v for k, v in GOOD.items()})  # the model agrees


@pytest.mark.parametrize("changes,field,words", [
    (dict(occurred_at=NOW + timedelta(hours=1)), "occurred_at", "in the future"),
    (dict(occurred_at=datetime(1999, 12, 31, 23, tzinfo=timezone.utc)), "occurred_at", "before 2000"),
    (dict(occurred_at=None), "occurred_at", "Enter the date"),
    (dict(occurred_at="2021-08-01T03:30:00"), "occurred_at", "no time zone"),
    (dict(persons=-3), "persons", "negative"),
    (dict(persons="2.5"), "persons", "not a whole number"),
    (dict(persons="many"), "persons", "not a whole number"),
    (dict(persons=0, nationalities=""), "persons", "needs the number of persons"),
    (dict(type="prevented_entry", persons="", nationalities=""), "persons", "prevented_entry"),
    (dict(type="return_to_belarus", persons=0, nationalities=""), "persons", "at least 1"),
    (dict(nationalities="IRQ:5, XYZ:2"), "nationalities", "'XYZ' is not a known nationality code"),
    (dict(nationalities="QQQ, ZZZ"), "nationalities", "are not known"),
    (dict(nationalities="IRQ:5, SYR:x"), "nationalities", "not a whole number"),
    (dict(nationalities="IRQ:6, SYR:2"), "nationalities", "count 8 persons, more than the incident's 7"),
    (dict(lon=None, lat=None), "location", "Enter the position"),
    (dict(lon=54.2, lat=25.01), "location", "swapped"),
    (dict(lon=-25.01, lat=54.2), "location", "minus sign too many"),
    (dict(lon=25.01, lat=-54.2), "location", "minus sign too many"),
    (dict(lon=-70.0, lat=-33.0), "location", "wrong continent"),
    (dict(lon=120.0, lat=30.0), "location", "wrong continent"),
    (dict(lon=2.35, lat=48.85), "location", "outside the monitored region"),
    (dict(lon=200.0, lat=54.0), "location", "not on the globe"),
    (dict(location_error="'abc' is not a position."), "location", "'abc' is not a position."),
    (dict(country="BY"), "country", "not one of"),
    (dict(type="invasion"), "type", "not one of"),
    (dict(status=""), "status", "Choose"),
])
def test_each_bad_value_gives_its_message_on_its_field_only(changes, field, words):
    errors = check_fields(with_(**changes), NOW)
    assert list(errors) == [field], errors
    assert words in str(errors[field])  # the English wording (domain.check_english)


def test_a_type_without_persons_needs_none():
    assert check_fields(with_(type="barrier_damage", persons=0, nationalities=""), NOW) == {}


def test_ten_minutes_of_clock_drift_is_not_the_future():
    assert check_fields(with_(occurred_at=NOW + timedelta(minutes=9)), NOW) == {}
    assert "occurred_at" in check_fields(with_(occurred_at=NOW + timedelta(minutes=11)), NOW)


def test_lowercase_codes_and_unknown_counts_are_fine():
    assert check_fields(with_(nationalities="irq, syr:2"), NOW) == {}


def test_belarusian_side_is_a_warning_that_asks_for_confirmation():
    derived = dict(border="LT-BY", sector="Varėna", distance_to_border_m=800.0, side="BY", in_zone=False)
    checked = check_all(GOOD, derived, NOW)
    assert checked.ok and checked.needs_confirmation
    assert "Belarusian side" in str(checked.warnings["side"])
    eu = check_all(GOOD, dict(derived, side="EU"), NOW)
    assert eu.warnings == {} and not eu.needs_confirmation


def test_warnings_for_far_positions_and_a_border_of_another_country():
    derived = dict(border="PL-BY", sector="x", distance_to_border_m=75_000.0, side="EU", in_zone=False)
    warnings = check_warnings(GOOD, derived)
    assert "75 km" in str(warnings["location"])
    assert "PL-BY" in str(warnings["country"]) and "LT" in str(warnings["country"])
    assert check_warnings(with_(country="PL"), dict(derived, distance_to_border_m=100.0)) == {}


def test_no_position_no_warnings():
    assert check_warnings(GOOD, None) == {}
    assert Checked().ok and not Checked().needs_confirmation


def test_errors_are_a_code_and_values_not_a_sentence():
    errors = check_fields(with_(persons=-3, nationalities="QQQ, ZZZ", occurred_at=NOW + timedelta(hours=1),
                                lon=54.2, lat=25.01), NOW)
    assert errors["persons"] == CheckError(CheckCode.PERSONS_NEGATIVE, {"persons": -3})
    assert errors["nationalities"].code is CheckCode.NATIONALITY_UNKNOWN
    assert errors["nationalities"]["codes"] == ("QQQ", "ZZZ")
    assert errors["occurred_at"].values == {"when": NOW + timedelta(hours=1)}
    assert errors["location"] == CheckError(CheckCode.LOCATION_SWAPPED, {"lat": 25.01, "lon": 54.2})
    derived = dict(border="PL-BY", sector="x", distance_to_border_m=75_000.0, side="BY", in_zone=False)
    warnings = check_warnings(GOOD, derived)
    assert warnings["side"].code is CheckCode.BELARUSIAN_SIDE and warnings["location"]["km"] == 75.0
    assert warnings["country"].values == {"border": "PL-BY", "country": "LT"}


@pytest.mark.parametrize("changes,sentence", [
    (dict(persons=-3), "-3 persons is negative; enter 0 or more."),
    (dict(nationalities="IRQ:6, SYR:2"), "The nationalities count 8 persons, more than the incident's 7."),
    (dict(occurred_at=datetime(1999, 12, 31, 23, tzinfo=timezone.utc)),
     "1999-12-31 23:00 UTC is before 2000; incidents start in 2000."),
    (dict(lon=2.35, lat=48.85), "Latitude 48.85000, longitude 2.35000 is outside the monitored region "
                                "(latitude 50..57.5, longitude 19..32)."),
])
def test_the_english_wording_keeps_the_sentences_users_know(changes, sentence):
    (error,) = check_fields(with_(**changes), NOW).values()
    assert english(error) == str(error) == sentence
