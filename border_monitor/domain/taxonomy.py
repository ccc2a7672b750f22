"""The fixed vocabularies of the model: countries, incident types, statuses, borders."""
from __future__ import annotations

from enum import Enum


class _Vocabulary(str, Enum):
    """A str-valued enum whose ``parse`` names the field on a bad value."""

    @classmethod
    def parse(cls, value: object, field: str):
        from .errors import ValidationError

        if isinstance(value, cls):
            return value
        text = str(value).strip()
        for member in cls:
            if text.lower() == member.value.lower() or text.lower() == member.name.lower():
                return member
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(field, value, f"is not one of: {allowed}")

    def __str__(self) -> str:
        return self.value


class Country(_Vocabulary):
    """The reporting service's country."""

    LT = "LT"
    LV = "LV"
    PL = "PL"

    @property
    def timezone(self) -> str:
        return COUNTRY_TIMEZONES[self]

    @property
    def iso3(self) -> str:
        return {"LT": "LTU", "LV": "LVA", "PL": "POL"}[self.value]

    @property
    def border(self) -> "Border":
        return Border(f"{self.value}-BY")


COUNTRY_TIMEZONES = {
    Country.LT: "Europe/Vilnius",
    Country.LV: "Europe/Riga",
    Country.PL: "Europe/Warsaw",
}


class IncidentType(_Vocabulary):
    APPREHENSION = "apprehension"
    PREVENTED_ENTRY = "prevented_entry"
    RETURN_TO_BELARUS = "return_to_belarus"
    SMUGGLING = "smuggling"
    TRAFFICKING = "trafficking"
    BARRIER_DAMAGE = "barrier_damage"
    USE_OF_FORCE = "use_of_force"
    PROVOCATION = "provocation"
    MILITARY_ACTIVITY = "military_activity"
    AIRSPACE = "airspace"
    HUMANITARIAN = "humanitarian"
    OTHER = "other"


# Types whose record is about people: they need persons > 0.
TYPES_NEEDING_PERSONS = frozenset(
    {IncidentType.APPREHENSION, IncidentType.PREVENTED_ENTRY, IncidentType.RETURN_TO_BELARUS}
)


class Status(_Vocabulary):
    REPORTED = "reported"
    VERIFIED = "verified"
    CLOSED = "closed"


class Border(_Vocabulary):
    LT_BY = "LT-BY"
    LV_BY = "LV-BY"
    PL_BY = "PL-BY"


class Side(_Vocabulary):
    EU = "EU"
    BY = "BY"


# Stable small-integer codes, used by the columnar index and aggregates.
COUNTRIES = tuple(Country)
TYPES = tuple(IncidentType)
STATUSES = tuple(Status)
BORDERS = tuple(Border)
