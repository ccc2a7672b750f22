"""A stable, versioned JSON form of ``IncidentFilter`` (for named saved filters shared through the store).

Version 1 holds every field of the filter under its own name::

    {"version": 1, "date_from": "2021-08-01" | null, "date_to": ... | null,
     "countries": ["LT", ...], "types": ["apprehension", ...], "statuses": ["reported", ...],
     "bbox": [min_lon, min_lat, max_lon, max_lat] | null, "text": "...", "include_deleted": false}

Sets are written sorted and keys in a fixed order, so one filter always gives the same text. A filter
written by a newer Border Monitor (a higher ``version``) is refused with a sentence, not half read.
"""
from __future__ import annotations

import json

from .errors import ValidationError
from .filters import IncidentFilter

VERSION = 1
FIELDS = ("date_from", "date_to", "countries", "types", "statuses", "bbox", "text", "include_deleted")


def to_dict(flt: IncidentFilter) -> dict:
    return {
        "version": VERSION,
        "date_from": flt.date_from.isoformat() if flt.date_from else None,
        "date_to": flt.date_to.isoformat() if flt.date_to else None,
        "countries": sorted(c.value for c in flt.countries),
        "types": sorted(t.value for t in flt.types),
        "statuses": sorted(s.value for s in flt.statuses),
        "bbox": list(flt.bbox) if flt.bbox is not None else None,
        "text": flt.text,
        "include_deleted": bool(flt.include_deleted),
    }


def dumps(flt: IncidentFilter) -> str:
    return json.dumps(to_dict(flt), ensure_ascii=False, separators=(",", ":"))


def from_dict(data: object, name: str = "the filter") -> IncidentFilter:
    """The filter a ``to_dict`` result describes; ``ValidationError`` naming ``name`` and what is wrong."""
    if not isinstance(data, dict):
        raise ValidationError("filter", name, "is not a JSON object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValidationError("version", version, f"of saved filter {name!r} is not a filter format version")
    if version > VERSION:
        raise ValidationError("version", version, f"of saved filter {name!r} is newer than this Border Monitor "
                              f"reads (up to {VERSION}); update Border Monitor to use it")
    unknown = sorted(set(data) - {"version", *FIELDS})
    if unknown:
        raise ValidationError("filter", name, f"holds unknown field(s) {', '.join(unknown)}")
    for key in ("countries", "types", "statuses"):
        if not isinstance(data.get(key, []), list):
            raise ValidationError(key, data.get(key), f"of saved filter {name!r} is not a list")
    for key in ("date_from", "date_to"):
        if not isinstance(data.get(key), (str, type(None))):
            raise ValidationError(key, data.get(key), f"of saved filter {name!r} is not an ISO date (YYYY-MM-DD)")
    text = data.get("text", "")
    if not isinstance(text, str):
        raise ValidationError("text", text, f"of saved filter {name!r} is not a text")
    deleted = data.get("include_deleted", False)
    if not isinstance(deleted, bool):
        raise ValidationError("include_deleted", deleted, f"of saved filter {name!r} is not true or false")
    return IncidentFilter(
        date_from=data.get("date_from"), date_to=data.get("date_to"),
        countries=frozenset(data.get("countries", [])), types=frozenset(data.get("types", [])),
        statuses=frozenset(data.get("statuses", [])), bbox=data.get("bbox"), text=text, include_deleted=deleted,
    )


def loads(text: str, name: str = "the filter") -> IncidentFilter:
    try:
        data = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise ValidationError("filter", name, f"is not valid JSON ({exc})") from None
    return from_dict(data, name)
