"""The incident: one observed event on or near the border. Pure Python, no I/O."""
from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone

from .errors import ValidationError
from .nationality import Nationality, parse_nationalities
from .taxonomy import TYPES_NEEDING_PERSONS, Border, Country, IncidentType, Side, Status

# The monitored region (lon/lat): the three borders with Belarus and a margin.
REGION_BBOX = (19.0, 50.0, 32.0, 57.5)
EARLIEST = datetime(2000, 1, 1, tzinfo=timezone.utc)
# Clocks of field laptops drift; a report a few minutes "ahead" is not in the future.
FUTURE_TOLERANCE = timedelta(minutes=10)

DERIVED_FIELDS = ("border", "sector", "distance_to_border_m", "side", "in_zone")
BOOKKEEPING_FIELDS = ("created_at", "created_by", "updated_at", "updated_by", "revision", "origin")


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=(datetime.now().microsecond // 1000) * 1000)


def to_utc(value: object, field_name: str) -> datetime:
    """An aware datetime in UTC, from a datetime or an ISO 8601 text; naive values are refused."""
    if isinstance(value, str):
        text = value.strip().replace(" ", "T", 1)
        if text.endswith("Z") or text.endswith("z"):
            text = text[:-1] + "+00:00"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(field_name, value, "is not an ISO 8601 date and time") from None
    if not isinstance(value, datetime):
        raise ValidationError(field_name, value, "is not a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field_name, value.isoformat(), "has no time zone")
    value = value.astimezone(timezone.utc)
    return value.replace(microsecond=(value.microsecond // 1000) * 1000)


@dataclass(frozen=True)
class Incident:
    occurred_at: datetime
    country: Country
    type: IncidentType
    lon: float
    lat: float
    persons: int = 0
    nationalities: tuple[Nationality, ...] = ()
    description: str = ""
    source: str = ""
    status: Status = Status.REPORTED
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    revision: int = 0
    origin: str = ""
    deleted: bool = False
    # Derived on every write by the store (geo.enrich); None until then.
    border: Border | None = None
    sector: str | None = None
    distance_to_border_m: float | None = None
    side: Side | None = None
    in_zone: bool | None = None

    def __post_init__(self) -> None:
        s = object.__setattr__
        try:
            s(self, "id", self.id if isinstance(self.id, uuid.UUID) else uuid.UUID(str(self.id)))
        except ValueError:
            raise ValidationError("id", self.id, "is not a UUID") from None
        s(self, "occurred_at", to_utc(self.occurred_at, "occurred_at"))
        if self.occurred_at < EARLIEST:
            raise ValidationError("occurred_at", self.occurred_at.isoformat(), "is before 2000")
        if self.occurred_at > datetime.now(timezone.utc) + FUTURE_TOLERANCE:
            raise ValidationError("occurred_at", self.occurred_at.isoformat(), "is in the future")
        s(self, "country", Country.parse(self.country, "country"))
        s(self, "type", IncidentType.parse(self.type, "type"))
        s(self, "status", Status.parse(self.status, "status"))
        for name in ("lon", "lat"):
            value = getattr(self, name)
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise ValidationError(name, value, "is not a number") from None
            if not math.isfinite(number):
                raise ValidationError(name, value, "is not a finite number")
            s(self, name, number)
        if not -180 <= self.lon <= 180:
            raise ValidationError("lon", self.lon, "is outside -180..180")
        if not -90 <= self.lat <= 90:
            raise ValidationError("lat", self.lat, "is outside -90..90")
        minx, miny, maxx, maxy = REGION_BBOX
        if not (minx <= self.lon <= maxx and miny <= self.lat <= maxy):
            raise ValidationError(
                "location", f"{self.lat:.5f}, {self.lon:.5f}",
                f"is outside the monitored region (lat {miny}..{maxy}, lon {minx}..{maxx})",
            )
        if isinstance(self.persons, bool) or not isinstance(self.persons, int):
            try:
                as_float = float(self.persons)
                if as_float != int(as_float):
                    raise ValueError
                s(self, "persons", int(as_float))
            except (TypeError, ValueError, OverflowError):
                raise ValidationError("persons", self.persons, "is not a whole number") from None
        if self.persons < 0:
            raise ValidationError("persons", self.persons, "is negative")
        if self.type in TYPES_NEEDING_PERSONS and self.persons == 0:
            raise ValidationError("persons", self.persons, f"must be at least 1 for type {self.type.value}")
        s(self, "nationalities", parse_nationalities(self.nationalities))
        counted = sum(n.count or 0 for n in self.nationalities)
        if counted > self.persons:
            raise ValidationError("nationalities", ",".join(map(str, self.nationalities)),
                                  f"count {counted} persons, more than the incident's {self.persons}")
        for name in ("description", "source", "created_by", "updated_by", "origin"):
            value = getattr(self, name)
            s(self, name, "" if value is None else str(value))
        for name in ("created_at", "updated_at"):
            if getattr(self, name) is not None:
                s(self, name, to_utc(getattr(self, name), name))
        if self.border is not None:
            s(self, "border", Border.parse(self.border, "border"))
        if self.side is not None:
            s(self, "side", Side.parse(self.side, "side"))
        if isinstance(self.revision, bool) or not isinstance(self.revision, int) or self.revision < 0:
            raise ValidationError("revision", self.revision, "is not a whole number >= 0")

    # -- conveniences -------------------------------------------------------
    def with_changes(self, **changes) -> "Incident":
        """A copy with some fields changed, validated again."""
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """Plain JSON-ready values (enums as their values, times as ISO 8601 UTC)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat().replace("+00:00", "Z")
            elif isinstance(value, uuid.UUID):
                value = str(value)
            elif hasattr(value, "value") and isinstance(getattr(value, "value"), str):
                value = value.value
            elif f.name == "nationalities":
                value = {n.code: n.count for n in value}
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict) -> "Incident":
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValidationError(sorted(unknown)[0], data[sorted(unknown)[0]], "is not a field of an incident")
        return cls(**data)

    def local_time(self) -> datetime:
        from zoneinfo import ZoneInfo

        return self.occurred_at.astimezone(ZoneInfo(self.country.timezone))
