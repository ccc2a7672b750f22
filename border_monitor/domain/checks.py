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

Each finding is a ``CheckError``: a code and the values it names, no sentence. The form words it in the
user's language (``ui.text.check_texts``), the CLI and ``str()`` in English (``domain.check_english``),
each as a full sentence naming the value.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .check_errors import CheckCode, CheckError
from .errors import ValidationError
from .incident import EARLIEST, FUTURE_TOLERANCE, REGION_BBOX, to_utc
from .nationality import parse_nationalities
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
    """All findings for one state of the form: ``errors`` block saving, ``warnings`` do not."""

    errors: dict[str, CheckError] = field(default_factory=dict)
    warnings: dict[str, CheckError] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def needs_confirmation(self) -> bool:
        """Saving asks the user first (a position on the Belarusian side)."""
        return "side" in self.warnings


def _e(code: CheckCode, **values) -> CheckError:
    return CheckError(code, values)


def check_fields(values: dict, now: datetime | None = None) -> dict[str, CheckError]:
    """Errors by field name (keys from ``FIELDS``); empty when the values make a valid incident."""
    now = now or datetime.now(timezone.utc)
    errors: dict[str, CheckError] = {}
    _put(errors, "occurred_at", _check_time(values.get("occurred_at"), now))
    for name, vocabulary in (("country", Country), ("type", IncidentType), ("status", Status)):
        if name in values:
            _put(errors, name, _check_choice(values.get(name), vocabulary))
    persons, error = _read_persons(values.get("persons", 0))
    _put(errors, "persons", error)
    kind = _parse_or_none(IncidentType, values.get("type"))
    if persons is not None and persons == 0 and kind in TYPES_NEEDING_PERSONS:
        errors["persons"] = _e(CheckCode.PERSONS_NEEDED, type=kind.value)
    _put(errors, "nationalities", _check_nationalities(values.get("nationalities", ""), persons))
    _put(errors, "location", _check_location(values))
    return errors


def check_warnings(values: dict, derived: dict | None = None) -> dict[str, CheckError]:
    """What may be saved but deserves a second look, keyed by field (``side`` for the Belarusian side).

    ``derived`` is ``geo.enrich.enrich_one(lon, lat)`` (border, sector, distance_to_border_m, side,
    in_zone) or ``None`` when the position is not known yet.
    """
    warnings: dict[str, CheckError] = {}
    if not derived:
        return warnings
    side = derived.get("side")
    if side is not None and str(getattr(side, "value", side)) == Side.BY.value:
        warnings["side"] = _e(CheckCode.BELARUSIAN_SIDE)
    distance = derived.get("distance_to_border_m")
    if distance is not None and math.isfinite(float(distance)) and float(distance) > FAR_FROM_BORDER_M:
        warnings["location"] = _e(CheckCode.FAR_FROM_BORDER, km=float(distance) / 1000)
    country = _parse_or_none(Country, values.get("country"))
    border = derived.get("border")
    border_text = None if border is None else str(getattr(border, "value", border))
    if country is not None and border_text and border_text != country.border.value:
        warnings["country"] = _e(CheckCode.OTHER_COUNTRYS_BORDER, border=border_text, country=country.value)
    return warnings


def check_all(values: dict, derived: dict | None = None, now: datetime | None = None) -> Checked:
    return Checked(check_fields(values, now), check_warnings(values, derived))


# -- one field each ---------------------------------------------------------------------------
def _put(errors: dict[str, CheckError], name: str, error: CheckError | None) -> None:
    if error is not None:
        errors[name] = error


def _parse_or_none(vocabulary, value):
    if value is None or value == "":
        return None
    try:
        return vocabulary.parse(value, "value")
    except ValidationError:
        return None


def _check_choice(value, vocabulary) -> CheckError | None:
    if value is None or value == "":
        return _e(CheckCode.CHOOSE_VALUE)
    if _parse_or_none(vocabulary, value) is None:
        return _e(CheckCode.NOT_ONE_OF, value=value, allowed=tuple(m.value for m in vocabulary))
    return None


def _check_time(value, now: datetime) -> CheckError | None:
    if value is None or value == "":
        return _e(CheckCode.TIME_MISSING)
    try:
        when = to_utc(value, "occurred_at")
    except ValidationError as exc:
        return _e(CheckCode.TIME_UNREADABLE, value=exc.value, reason=exc.reason)
    if when < EARLIEST:
        return _e(CheckCode.TIME_BEFORE_2000, when=when)
    if when > now.astimezone(timezone.utc) + FUTURE_TOLERANCE:
        return _e(CheckCode.TIME_IN_FUTURE, when=when)
    return None


def _read_persons(value) -> tuple[int | None, CheckError | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0, None
    not_whole = _e(CheckCode.PERSONS_NOT_WHOLE, value=value)
    if isinstance(value, bool):
        return None, not_whole
    try:
        number = float(value.strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None, not_whole
    if not math.isfinite(number) or number != int(number):
        return None, not_whole
    if number < 0:
        return None, _e(CheckCode.PERSONS_NEGATIVE, persons=int(number))
    return int(number), None


def _check_nationalities(value, persons: int | None) -> CheckError | None:
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
        return _e(CheckCode.NATIONALITY_UNKNOWN, codes=tuple(unknown))
    try:
        items = parse_nationalities(text)
    except ValidationError as exc:
        return _e(CheckCode.NATIONALITY_UNREADABLE, value=exc.value, reason=exc.reason)
    counted = sum(n.count or 0 for n in items)
    if persons is not None and counted > persons:
        return _e(CheckCode.NATIONALITIES_EXCEED, counted=counted, persons=persons)
    return None


def _check_location(values: dict) -> CheckError | None:
    reader_error = values.get("location_error")
    if reader_error:
        return _e(CheckCode.LOCATION_UNREADABLE, message=reader_error)
    lon, lat = values.get("lon"), values.get("lat")
    if lon is None or lat is None:
        return _e(CheckCode.LOCATION_MISSING)
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        return _e(CheckCode.LOCATION_NOT_A_POSITION, lat=lat, lon=lon)
    if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lon) > 180 or abs(lat) > 90:
        return _e(CheckCode.LOCATION_OFF_GLOBE, lat=lat, lon=lon)
    if _inside(lon, lat, REGION_BBOX):
        return None
    if _inside(lat, lon, REGION_BBOX):
        return _e(CheckCode.LOCATION_SWAPPED, lat=lat, lon=lon)
    if _inside(abs(lon), abs(lat), REGION_BBOX):
        return _e(CheckCode.LOCATION_MINUS_SIGN, lat=lat, lon=lon)
    if not _inside(lon, lat, EUROPE_BBOX):
        return _e(CheckCode.LOCATION_WRONG_CONTINENT, lat=lat, lon=lon)
    minx, miny, maxx, maxy = REGION_BBOX
    return _e(CheckCode.LOCATION_OUTSIDE_REGION, lat=lat, lon=lon, lat_min=miny, lat_max=maxy,
              lon_min=minx, lon_max=maxx)


def _inside(lon: float, lat: float, bbox) -> bool:
    minx, miny, maxx, maxy = bbox
    return minx <= lon <= maxx and miny <= lat <= maxy
