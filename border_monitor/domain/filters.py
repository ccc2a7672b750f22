"""What the user is looking at: the filter, the sort and the selection, as values."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum

from .errors import ValidationError
from .taxonomy import Country, IncidentType, Status


class SortKey(str, Enum):
    OCCURRED_AT = "occurred_at"
    COUNTRY = "country"
    BORDER = "border"
    SECTOR = "sector"
    TYPE = "type"
    PERSONS = "persons"
    NATIONALITIES = "nationalities"
    DISTANCE = "distance_to_border_m"
    STATUS = "status"
    DESCRIPTION = "description"
    UPDATED_AT = "updated_at"


@dataclass(frozen=True)
class IncidentFilter:
    """A filter over incidents. Empty sets and None mean "all".

    ``date_from``/``date_to`` are inclusive calendar days in the reporting
    country's own time zone (Europe/Vilnius, Europe/Riga, Europe/Warsaw).
    ``bbox`` is (min_lon, min_lat, max_lon, max_lat) in WGS84.
    ``text`` matches description, source, sector and nationality codes, case-insensitive.
    """

    date_from: date | None = None
    date_to: date | None = None
    countries: frozenset[Country] = field(default_factory=frozenset)
    types: frozenset[IncidentType] = field(default_factory=frozenset)
    statuses: frozenset[Status] = field(default_factory=frozenset)
    bbox: tuple[float, float, float, float] | None = None
    text: str = ""
    include_deleted: bool = False

    def __post_init__(self) -> None:
        s = object.__setattr__
        s(self, "countries", frozenset(Country.parse(c, "country") for c in self.countries))
        s(self, "types", frozenset(IncidentType.parse(t, "type") for t in self.types))
        s(self, "statuses", frozenset(Status.parse(t, "status") for t in self.statuses))
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if isinstance(value, str):
                try:
                    s(self, name, date.fromisoformat(value))
                except ValueError:
                    raise ValidationError(name, value, "is not an ISO date (YYYY-MM-DD)") from None
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("date_to", self.date_to.isoformat(), f"is before date_from {self.date_from}")
        if self.bbox is not None:
            try:
                bbox = tuple(float(v) for v in self.bbox)
            except (TypeError, ValueError):
                raise ValidationError("bbox", self.bbox, "is not four numbers") from None
            if len(bbox) != 4 or not (bbox[0] <= bbox[2] and bbox[1] <= bbox[3]):
                raise ValidationError("bbox", self.bbox, "is not min_lon,min_lat,max_lon,max_lat")
            s(self, "bbox", bbox)
        s(self, "text", (self.text or "").strip())

    def with_changes(self, **changes) -> "IncidentFilter":
        return replace(self, **changes)

    @property
    def is_empty(self) -> bool:
        return self == IncidentFilter(include_deleted=self.include_deleted)
