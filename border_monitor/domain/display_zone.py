"""The zone in which times are shown: the reporter's (each incident in its country's zone), the
workstation's, or UTC. One choice for the table, the details panel and the timeline alike.

Conversions go through ``domain.local_time`` (the one time-zone engine); the result is an aware
``datetime`` with a fixed offset, so a formatter can print the wall-clock time and its offset.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from enum import Enum

from .local_time import utc_offset_ms

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class DisplayZone(str, Enum):
    REPORTER = "reporter"  # each incident in its reporting country's zone
    WORKSTATION = "workstation"  # the zone of the computer the program runs on
    UTC = "utc"

    @classmethod
    def parse(cls, value: object) -> "DisplayZone":
        """The choice named ``value`` (a saved setting); anything else is the default, the reporter's zone."""
        try:
            return cls(str(value))
        except ValueError:
            return cls.REPORTER


def zone_name(choice: DisplayZone, reporter_zone: str, workstation_zone: str) -> str:
    """The IANA name of the zone ``choice`` shows an incident reported in ``reporter_zone`` in."""
    if choice is DisplayZone.UTC:
        return "UTC"
    if choice is DisplayZone.WORKSTATION:
        return workstation_zone
    return reporter_zone


def in_zone(value: datetime, zone: str) -> datetime:
    """The aware instant ``value`` as wall-clock time of ``zone`` (a fixed-offset tzinfo)."""
    if value.tzinfo is None:
        raise ValueError(f"{value.isoformat()} has no time zone")
    if zone == "UTC":
        return value.astimezone(timezone.utc)
    utc = value.astimezone(timezone.utc)
    ms = (utc - _EPOCH) // timedelta(milliseconds=1)
    offset_ms = utc_offset_ms(ms, zone)
    return utc.astimezone(timezone(timedelta(milliseconds=offset_ms)))


def display_time(value: datetime, reporter_zone: str, choice: DisplayZone, workstation_zone: str) -> datetime:
    """``value`` (aware) as the wall-clock time ``choice`` shows for an incident reported in ``reporter_zone``."""
    return in_zone(value, zone_name(choice, reporter_zone, workstation_zone))
