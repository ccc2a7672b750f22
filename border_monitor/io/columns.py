"""Column names of incident files: what we write and which spellings we read.

A header is normalised (case, spaces, hyphens, a GPX extension prefix) and then matched
against the aliases of each model field, the first alias found winning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# What the writers put in a file, in this order. The first block is the incident as the user
# entered it (and what the readers bring back); the rest are derived or bookkeeping fields,
# written for the reader of the file and ignored on import (the store derives them again).
MODEL_FIELDS = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities",
                "description", "source", "status")
DERIVED_EXPORT_FIELDS = ("border", "sector", "distance_to_border_m", "side", "in_zone")
BOOKKEEPING_EXPORT_FIELDS = ("created_at", "created_by", "updated_at", "updated_by", "revision", "origin")
EXPORT_FIELDS = MODEL_FIELDS + DERIVED_EXPORT_FIELDS + BOOKKEEPING_EXPORT_FIELDS

# Fields an incident file must have (lon/lat may come from a point geometry instead).
REQUIRED_FIELDS = ("occurred_at", "country", "type", "lon", "lat")

# Spellings we accept for each field, after normalisation, in order of preference.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid", "incident_id", "guid"),
    "occurred_at": ("occurred_at", "occurred", "datetime", "date_time", "time", "timestamp", "when",
                    "begin", "date"),
    # With separate date and time columns (as spreadsheets keep them), "date" feeds occurred_at
    # and this the time of day; see map_columns.
    "occurred_time": (),
    "country": ("country", "country_code", "reporting_country"),
    "type": ("type", "incident_type", "category", "kind"),
    "lon": ("lon", "lng", "long", "longitude", "x"),
    "lat": ("lat", "latitude", "y"),
    "persons": ("persons", "people", "number_of_persons", "num_persons", "n_persons", "person_count"),
    "nationalities": ("nationalities", "nationality", "citizenship", "citizenships"),
    "description": ("description", "desc", "descr", "notes"),
    "source": ("source", "src", "reported_by"),
    "status": ("status", "state"),
    # Bookkeeping carried over from our own exports (see batch_builder): who made it, when, where.
    "created_at": ("created_at",),
    "created_by": ("created_by",),
    "origin": ("origin",),
}

# Values accepted for the country beyond the codes themselves.
COUNTRY_ALIASES = {
    "ltu": "LT", "lithuania": "LT", "lietuva": "LT",
    "lva": "LV", "latvia": "LV", "latvija": "LV",
    "pol": "PL", "poland": "PL", "polska": "PL",
}

# Fields known to GDAL's GPX waypoints layer; any other field there is an extension.
GPX_STANDARD_FIELDS = frozenset({
    "ele", "time", "magvar", "geoidheight", "name", "cmt", "desc", "src", "sym", "type", "fix", "sat",
    "hdop", "vdop", "pdop", "ageofdgpsdata", "dgpsid",
})


def normalise_header(name: object) -> str:
    """``" Longitude (WGS84)"`` -> ``"longitude_wgs84"``; strips a BOM and quotes."""
    text = str(name).replace("\ufeff", "").strip().strip('"').strip("'").strip().lower()
    text = re.sub(r"[\s\-./()\[\]]+", "_", text)
    return text.strip("_")


@dataclass
class ColumnMap:
    """Which source column feeds which model field."""

    columns: dict[str, int] = field(default_factory=dict)  # field -> index in the source header
    ignored: list[str] = field(default_factory=list)  # source headers that feed no field (ours excepted)

    def missing(self, required=REQUIRED_FIELDS) -> list[str]:
        return [name for name in required if name not in self.columns]


def map_columns(headers: list[str], gpx_extensions: bool = False) -> ColumnMap:
    """Match source headers to model fields.

    ``gpx_extensions``: headers that are not standard GPX fields may carry a namespace prefix
    (``bm_persons``); the prefix is dropped when the rest names a field.
    """
    normal = [normalise_header(h) for h in headers]
    if gpx_extensions:
        present = set(normal)
        normal = [n if n in GPX_STANDARD_FIELDS or n.startswith("link") or _strip_prefix(n) in present
                  else _strip_prefix(n) for n in normal]
    result = ColumnMap()
    used: set[int] = set()
    whole = ("occurred_at", "occurred", "datetime", "date_time", "timestamp", "when", "begin")
    if "date" in normal and "time" in normal and not any(alias in normal for alias in whole):
        result.columns["occurred_at"] = normal.index("date")
        result.columns["occurred_time"] = normal.index("time")
        used.update(result.columns.values())
    for model_field, aliases in ALIASES.items():
        if model_field in result.columns:
            continue
        for alias in aliases:
            if alias in normal:
                k = normal.index(alias)
                if k not in used:
                    result.columns[model_field] = k
                    used.add(k)
                    break
    # data_notice: the notice on exports of synthetic data (domain.data_notice), not a field of the incident.
    ours = set(DERIVED_EXPORT_FIELDS + BOOKKEEPING_EXPORT_FIELDS) | {"name", "timestamp", "data_notice"}
    result.ignored = [str(h) for k, h in enumerate(headers) if k not in used and normal[k] not in ours]
    return result


def _strip_prefix(name: str) -> str:
    prefix, sep, rest = name.partition("_")
    if sep and rest and any(rest in aliases for aliases in ALIASES.values()):
        return rest
    return name
