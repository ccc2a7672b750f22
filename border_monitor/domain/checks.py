"""Field-by-field checks of an incident being typed in a form: pure Python, no Qt.

``Incident`` refuses a bad value with the first error it meets; a form wants every message at
once, each next to its own field, while the user types. ``check_fields`` gives those errors (the
form disables Save while there are any); ``check_warnings`` gives what is allowed but worth a
second look (a position on the Belarusian side asks for a confirmation on save).

``values`` holds what the form has so far, each key optional:

- ``occurred_at``: an aware ``datetime`` (or ISO text), ``None`` when the field is empty;
- ``country``, ``type``, ``status``: enum members or their text;
- ``persons``: an ``int`` or the typed text;
- ``nationalities``: text such as ``"IRQ:5, SYR:2"``;
- ``lon``, ``lat``: floats in WGS 84, ``None`` when the position cannot be read;
- ``location_error``: the coordinate reader's sentence when the typed text cannot be read.

Messages are short phrases fit to stand under the field ("is in the future", ...), each a full
sentence naming the value.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .errors import ValidationError
from .incident import EARLIEST, FUTURE_TOLERANCE, REGION_BBOX, to_utc
from .nationality import parse_nationalities
from .value_text import shorten
from .taxonomy import TYPES_NEEDING_PERSONS, Country, IncidentType, Side, Status

# lon_min, lat_min, lon_max, lat_max of Europe (with Iceland, the Azores and the Urals), to tell a
# position in the wrong part of Europe from one on another continent (often swapped or unsigned axes).
EUROPE_BBOX = (-31.5, 34.0, 60.0, 72.0)
# Distances from the border, in metres, past which a border incident is worth a second look.
FAR_FROM_BORDER_M = 50_000.0

FIELDS = ("occurred_at", "country", "type", "persons", "nationalities", "location", "description",
          "source", "status")


@dataclass(frozen=True)
class Checked:
    """All messages for one state of the form: ``errors`` block saving, ``warnings`` do not."""

    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def needs_confirmation(self) -> bool:
        """Saving asks the user first (a position on the Belarusian side)."""
        return "side" in self.warnings


def check_fields(values: dict, now: datetime | None = None) -> dict[str, str]:
    """Errors by field name (keys from ``FIELDS``); empty when the values make a valid incident."""
    now = now or datetime.now(timezone.utc)
    errors: dict[str, str] = {}
    _put(errors, "occurred_at", _check_time(values.get("occurred_at"), now))
    for name, vocabulary in (("country", Country), ("type", IncidentType), ("status", Status)):
        if name in values:
            _put(errors, name, _check_choice(values.get(name), vocabulary))
    persons, message = _read_persons(values.get("persons", 0))
    _put(errors, "persons", message)
    kind = _parse_or_none(IncidentType, values.get("type"))
    if persons is not None and persons == 0 and kind in TYPES_NEEDING_PERSONS:
        errors["persons"] = (f"An incident of type {kind.value} needs the number of persons (at least 1).")
    _put(errors, "nationalities", _check_nationalities(values.get("nationalities", ""), persons))
    _put(errors, "location", _check_location(values))
    return errors


def check_warnings(values: dict, derived: dict | None = None) -> dict[str, str]:
    """What may be saved but deserves a second look, keyed by field (``side`` for the Belarusian side).

    ``derived`` is ``geo.enrich.enrich_one(lon, lat)`` (border, sector, distance_to_border_m, side,
    in_zone) or ``None`` when the position is not known yet.
    """
    warnings: dict[str, str] = {}
    if not derived:
        return warnings
    side = derived.get("side")
    if side is not None and str(getattr(side, "value", side)) == Side.BY.value:
        warnings["side"] = ("This position lies on the Belarusian side of the border. An observation "
                            "across the line may be recorded; saving will ask you to confirm.")
    distance = derived.get("distance_to_border_m")
    if distance is not None and math.isfinite(float(distance)) and float(distance) > FAR_FROM_BORDER_M:
        warnings["location"] = (f"This position is {float(distance) / 1000:.0f} km from the border with "
                                "Belarus; check the coordinates.")
    country = _parse_or_none(Country, values.get("country"))
    border = derived.get("border")
    border_text = None if border is None else str(getattr(border, "value", border))
    if country is not None and border_text and border_text != country.border.value:
        warnings["country"] = (f"The nearest border is {border_text}, but the reporting country is "
                               f"{country.value}; check the country or the position.")
    return warnings


def check_all(values: dict, derived: dict | None = None, now: datetime | None = None) -> Checked:
    return Checked(check_fields(values, now), check_warnings(values, derived))


# -- one field each ---------------------------------------------------------------------------
def _put(errors: dict[str, str], name: str, message: str | None) -> None:
    if message:
        errors[name] = message


def _parse_or_none(vocabulary, value):
    if value is None or value == "":
        return None
    try:
        return vocabulary.parse(value, "value")
    except ValidationError:
        return None


def _check_choice(value, vocabulary) -> str | None:
    if value is None or value == "":
        return "Choose a value."
    if _parse_or_none(vocabulary, value) is None:
        allowed = ", ".join(m.value for m in vocabulary)
        return f"'{shorten(value)}' is not one of: {allowed}."
    return None


def _check_time(value, now: datetime) -> str | None:
    if value is None or value == "":
        return "Enter the date and time of the incident."
    try:
        when = to_utc(value, "occurred_at")
    except ValidationError as exc:
        return f"'{shorten(exc.value)}' {exc.reason}."
    if when < EARLIEST:
        return f"{when:%Y-%m-%d %H:%M} UTC is before 2000; incidents start in 2000."
    if when > now.astimezone(timezone.utc) + FUTURE_TOLERANCE:
        return f"{when:%Y-%m-%d %H:%M} UTC is in the future."
    return None


def _read_persons(value) -> tuple[int | None, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0, None
    if isinstance(value, bool):
        return None, f"'{shorten(value)}' is not a whole number of persons."
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None, f"'{shorten(value)}' is not a whole number of persons."
    if not math.isfinite(number) or number != int(number):
        return None, f"'{shorten(value)}' is not a whole number of persons."
    if number < 0:
        return None, f"{int(number)} persons is negative; enter 0 or more."
    return int(number), None


def _check_nationalities(value, persons: int | None) -> str | None:
    text = "" if value is None else str(value)
    if not text.strip():
        return None
    unknown = []
    for part in text.replace(";", ",").split(","):
        code = part.partition(":")[0].strip()
        if code:
            try:
                parse_nationalities(code)
            except ValidationError:
                unknown.append(code)
    if unknown:
        listed = ", ".join(f"'{shorten(c)}'" for c in unknown)
        verb = "is not a known nationality code" if len(unknown) == 1 else "are not known nationality codes"
        return f"{listed} {verb} (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG)."
    try:
        items = parse_nationalities(text)
    except ValidationError as exc:
        return f"'{shorten(exc.value)}' {exc.reason}."
    counted = sum(n.count or 0 for n in items)
    if persons is not None and counted > persons:
        return f"The nationalities count {counted} persons, more than the incident's {persons}."
    return None


def _check_location(values: dict) -> str | None:
    reader_error = values.get("location_error")
    if reader_error:
        return str(reader_error)
    lon, lat = values.get("lon"), values.get("lat")
    if lon is None or lat is None:
        return "Enter the position of the incident."
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        return f"'{shorten(lat)}, {shorten(lon)}' is not a position."
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90:
        return f"Latitude {lat:g}, longitude {lon:g} is not on the globe."
    if _inside(lon, lat, REGION_BBOX):
        return None
    where = f"Latitude {lat:.5f}, longitude {lon:.5f}"
    if _inside(lat, lon, REGION_BBOX):
        return f"{where} is outside the monitored region; latitude and longitude look swapped."
    if _inside(abs(lon), abs(lat), REGION_BBOX):
        return f"{where} is outside the monitored region: a minus sign too many (the region is north and east)."
    if not _inside(lon, lat, EUROPE_BBOX):
        return f"{where} is not in Europe: the position is on the wrong continent."
    minx, miny, maxx, maxy = REGION_BBOX
    return (f"{where} is outside the monitored region (latitude {miny:g}..{maxy:g}, "
            f"longitude {minx:g}..{maxx:g}).")


def _inside(lon: float, lat: float, bbox) -> bool:
    minx, miny, maxx, maxy = bbox
    return minx <= lon <= maxx and miny <= lat <= maxy
