"""The reference time of an early warning and the daily windows that end at it, per reporting country.

A reference time is either one instant for every border (an ISO date-time with ``Z`` or an offset,
``2021-08-01T18:00+03:00``) or a wall-clock time read on each service's own clock (``2021-08-01T18:00``
is 18:00 in Vilnius, in Riga and in Warsaw), as the store counts local days. A date alone means the
end of that day on each service's clock: ``2021-08-01`` is 2021-08-02 00:00 local, so "the last
24 hours" is the calendar day 2021-08-01 that ``stats --from 2021-08-01 --to 2021-08-01`` counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import numpy as np

from ..domain.errors import ValidationError
from ..domain.taxonomy import COUNTRY_TIMEZONES, Country

_FORMS = "a date (2021-08-01, meaning the end of that day), a local time (2021-08-01T18:00) or an instant " \
         "(2021-08-01T15:00Z, 2021-08-01T18:00+03:00)"


def _ms(moment: datetime) -> int:
    return int(round(moment.timestamp() * 1000))


@dataclass(frozen=True)
class ReferenceTime:
    """When an early warning is computed for: an aware ``instant``, or a naive ``wall_clock`` per service."""

    text: str
    instant: datetime | None = None
    wall_clock: datetime | None = None
    end_of_day: date | None = None  # set when the text was a date alone

    def __post_init__(self) -> None:
        if (self.instant is None) == (self.wall_clock is None):
            raise ValueError("a reference time is an instant or a wall-clock time, one of the two")
        if self.instant is not None and self.instant.tzinfo is None:
            raise ValueError("a reference instant needs a time zone")
        if self.wall_clock is not None and self.wall_clock.tzinfo is not None:
            raise ValueError("a reference wall-clock time has no time zone")

    def at(self, country: Country) -> datetime:
        """The reference time as an aware instant on ``country``'s clock."""
        zone = ZoneInfo(COUNTRY_TIMEZONES[Country.parse(country, "country")])
        if self.instant is not None:
            return self.instant.astimezone(zone)
        return self.wall_clock.replace(tzinfo=zone).astimezone(zone)  # fold=0: the first of a repeated hour

    def day_edges_ms(self, country: Country, days: int) -> np.ndarray:
        """``days + 1`` increasing UTC ms: the ends of ``days`` consecutive windows of one day, the last ending at
        the reference time. A day is 24 hours for an instant, and from the same local clock time to the next
        (23 or 25 hours across a daylight-saving change) for a wall-clock time, so a date gives calendar days."""
        if days < 1:
            raise ValueError(f"{days} windows: at least one is needed")
        if self.instant is not None:
            end = _ms(self.instant)
            return end - np.arange(days, -1, -1, dtype=np.int64) * 86_400_000
        zone = ZoneInfo(COUNTRY_TIMEZONES[Country.parse(country, "country")])
        return np.array([_ms((self.wall_clock - timedelta(days=k)).replace(tzinfo=zone)) for k in range(days, -1, -1)],
                        dtype=np.int64)

    def describe(self) -> str:
        if self.end_of_day is not None:
            return f"end of {self.end_of_day.isoformat()} (each service's local day)"
        if self.wall_clock is not None:
            return f"{self.wall_clock.isoformat(timespec='minutes')} (each service's local time)"
        utc = self.instant.astimezone(timezone.utc)
        return utc.strftime("%Y-%m-%dT%H:%MZ")

    def to_json(self) -> dict:
        return {"text": self.text, "description": self.describe(),
                "at_utc": {c.value: self.at(c).astimezone(timezone.utc).isoformat(timespec="seconds")
                           for c in Country}}


def parse_reference_time(text: str, field: str = "--at") -> ReferenceTime:
    """A ``ReferenceTime`` from the text a user gave; a ``ValidationError`` naming ``field`` otherwise."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(field, text, f"is empty; give {_FORMS}")
    if len(raw) == 10:
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            raise ValidationError(field, text, f"is not a date or time; give {_FORMS}") from None
        return ReferenceTime(text=raw, wall_clock=datetime.combine(day + timedelta(days=1), datetime.min.time()),
                             end_of_day=day)
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(field, text, f"is not a date or time; give {_FORMS}") from None
    if moment.tzinfo is None:
        return ReferenceTime(text=raw, wall_clock=moment)
    return ReferenceTime(text=raw, instant=moment)


def now() -> ReferenceTime:
    """The present instant (the default reference time)."""
    moment = datetime.now(timezone.utc).replace(microsecond=0)
    return ReferenceTime(text=moment.isoformat(), instant=moment)
