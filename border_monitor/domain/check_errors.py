"""What ``domain.checks`` finds wrong with a form's values: a code and the values it names, no sentence.

Each side words a ``CheckError`` in its own language: ``domain.check_english`` in English (the CLI, logs,
``str()``), ``ui.text.check_texts`` through Qt's translations (the form). Values are kept as data (a
``datetime``, a ``float``, the text the user typed) so that each side can format them its own way (a
decimal comma, the locale's dates).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class CheckCode(str, Enum):
    """Every finding ``domain.checks`` can report; the values each carries are listed beside it."""

    CHOOSE_VALUE = "choose_value"                  # -
    NOT_ONE_OF = "not_one_of"                      # value, allowed (tuple of codes)
    TIME_MISSING = "time_missing"                  # -
    TIME_UNREADABLE = "time_unreadable"            # value, reason (the model's English reason)
    TIME_BEFORE_2000 = "time_before_2000"          # when (aware datetime, UTC)
    TIME_IN_FUTURE = "time_in_future"              # when
    PERSONS_NOT_WHOLE = "persons_not_whole"        # value
    PERSONS_NEGATIVE = "persons_negative"          # persons (int)
    PERSONS_NEEDED = "persons_needed"              # type (IncidentType value)
    NATIONALITY_UNKNOWN = "nationality_unknown"    # codes (tuple of the unknown codes as typed)
    NATIONALITY_UNREADABLE = "nationality_unreadable"  # value, reason
    NATIONALITIES_EXCEED = "nationalities_exceed"  # counted, persons
    LOCATION_UNREADABLE = "location_unreadable"    # message (the coordinate reader's error, or its sentence)
    LOCATION_MISSING = "location_missing"          # -
    LOCATION_NOT_A_POSITION = "location_not_a_position"  # lat, lon (as given)
    LOCATION_OFF_GLOBE = "location_off_globe"      # lat, lon (floats)
    LOCATION_SWAPPED = "location_swapped"          # lat, lon
    LOCATION_MINUS_SIGN = "location_minus_sign"    # lat, lon
    LOCATION_WRONG_CONTINENT = "location_wrong_continent"  # lat, lon
    LOCATION_OUTSIDE_REGION = "location_outside_region"    # lat, lon, lat_min, lat_max, lon_min, lon_max
    BELARUSIAN_SIDE = "belarusian_side"            # - (a warning)
    FAR_FROM_BORDER = "far_from_border"            # km (float; a warning)
    OTHER_COUNTRYS_BORDER = "other_countrys_border"  # border, country (a warning)


@dataclass(frozen=True)
class CheckError:
    """One finding on one field: ``code`` and the ``values`` its wording fills in."""

    code: CheckCode
    values: dict = field(default_factory=dict)

    def __getitem__(self, name: str):
        return self.values[name]

    def __str__(self) -> str:  # English, for logs, the CLI and tests
        from .check_english import english

        return english(self)
