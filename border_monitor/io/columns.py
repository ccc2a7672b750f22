"""Column names of incident files: what we write and which spellings we read.

A header is normalised (case, spaces, hyphens, a GPX extension prefix) and then matched
against the aliases of each model field, the first alias found winning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.text_fold import fold
from .header_words import DATE_WORDS, FIELD_NAMES, HEADER_WORDS, TIME_WORDS, WHOLE_MOMENT_WORDS

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

# Spellings we accept for each field, after normalisation, in order of preference; the LT, LV and PL
# words (and more English ones) follow them, from ``header_words``.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid", "incident_id", "guid"),
    "occurred_at": ("occurred_at", "occurred", "datetime", "date_time", "time", "timestamp", "when",
                    "begin", "date"),
    # With separate date and time columns (as spreadsheets keep them), "date" feeds occurred_at
    # and this the time of day; see map_columns.
    "occurred_time": (),
    "country": ("country", "country_code", "reporting_country"),
    "type": ("type", "incident_type", "category", "kind"),
    "lon": ("lon", "lng", "long", "longitude"),
    "lat": ("lat", "latitude"),
    # X and Y: degrees (X longitude, Y latitude) or a grid's two values in the order it writes them
    # (national grids: X northing, Y easting); northing/easting say which is which; or an MGRS reference.
    "x": ("x",),
    "y": ("y",),
    "northing": ("northing", "northings"),
    "easting": ("easting", "eastings"),
    "mgrs": ("mgrs",),
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
#: The column sets a position can come from, in order of preference.
POSITION_SETS = (("lon", "lat"), ("northing", "easting"), ("x", "y"), ("mgrs",))
POSITION_FIELDS = ("lon", "lat", "northing", "easting", "x", "y", "mgrs")

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


class ColumnChoiceError(ValueError):
    """A column named by the user (``--columns``, the import dialog) that the file does not have."""


@dataclass
class ColumnMap:
    """Which source column feeds which model field."""

    columns: dict[str, int] = field(default_factory=dict)  # field -> index in the source header
    ignored: list[str] = field(default_factory=list)  # source headers that feed no field (ours excepted)

    def missing(self, required=REQUIRED_FIELDS) -> list[str]:
        """Required fields without a column; lon and lat are there when any ``POSITION_SETS`` is."""
        has_position = any(all(f in self.columns for f in names) for names in POSITION_SETS)
        return [name for name in required
                if name not in self.columns and not (name in ("lon", "lat") and has_position)]


def missing_text(name: str) -> str:
    """"no lon column (looked for ...)" for a refusal naming what was looked for."""
    if name in ("lon", "lat"):
        return (f"no {name} column (looked for {', '.join(ALIASES[name])} or its Lithuanian, Latvian or Polish "
                "name), nor another pair of position columns (X and Y, northing and easting) or an MGRS column")
    return f"no {name} column (looked for {', '.join(ALIASES[name])} or its Lithuanian, Latvian or Polish name)"


def header_key(name: object) -> str:
    """The form headers are compared in: folded (no case, no diacritics) and normalised."""
    return normalise_header(fold(str(name)))


def _keys(name: str) -> tuple[str, ...]:
    """The header's key, and its key without a bracketed note ("Ilguma (WGS84)" -> "ilguma")."""
    whole = header_key(name)
    bare = header_key(re.sub(r"[(\[].*?[)\]]", " ", str(name)))
    return (whole, bare) if bare and bare != whole else (whole,)


def _words(*groups) -> tuple[str, ...]:
    return tuple(dict.fromkeys(header_key(w) for group in groups for w in group))


_FIELD_WORDS = {name: _words(aliases, HEADER_WORDS.get(name, ())) for name, aliases in ALIASES.items()}
_WHOLE = frozenset(_words(WHOLE_MOMENT_WORDS))
_DATE = frozenset(_words(DATE_WORDS))
_TIME = frozenset(_words(TIME_WORDS))


def field_name(name: str) -> str:
    """``--columns`` field names: the model's (``occurred_at``, ``lat``) or plain ones (``date``, ``latitude``)."""
    key = header_key(name)
    if key in FIELD_NAMES:
        return FIELD_NAMES[key]
    known = ", ".join(sorted(FIELD_NAMES))
    raise ColumnChoiceError(f"--columns names the field '{name}', which an incident does not have; the fields "
                            f"are: {known}")


def find_header(headers: list[str], wanted: str) -> int:
    """The index of the header written ``wanted`` (exactly, else ignoring case and diacritics)."""
    exact = [k for k, h in enumerate(headers) if str(h).strip() == wanted.strip()]
    if exact:
        return exact[0]
    folded = [k for k, h in enumerate(headers) if header_key(h) == header_key(wanted)]
    if folded:
        return folded[0]
    raise ColumnChoiceError(f"has no column '{wanted}'; its columns are: {', '.join(map(str, headers)) or '(none)'}")


def map_columns(headers: list[str], gpx_extensions: bool = False,
                overrides: dict[str, str] | None = None, only_overrides: bool = False) -> ColumnMap:
    """Match source headers to model fields.

    Headers are compared folded and normalised, in English, Lithuanian, Latvian and Polish
    (``header_words``). ``overrides``: field -> header the user named (``--columns``); those come first,
    and a header the file does not have raises ``ColumnChoiceError``. ``only_overrides``: no other column is
    matched (the import dialog sends the whole mapping the user sees).
    ``gpx_extensions``: headers that are not standard GPX fields may carry a namespace prefix
    (``bm_persons``); the prefix is dropped when the rest names a field.
    """
    normal = [normalise_header(h) for h in headers]
    if gpx_extensions:
        present = set(normal)
        normal = [n if n in GPX_STANDARD_FIELDS or n.startswith("link") or _strip_prefix(n) in present
                  else _strip_prefix(n) for n in normal]
    keys = [tuple(dict.fromkeys((n, *_keys(h)))) for n, h in zip(normal, headers)]
    result = ColumnMap()
    used: set[int] = set()
    for name, header in (overrides or {}).items():
        model_field = field_name(name)
        try:
            k = find_header([str(h) for h in headers], header)
        except ColumnChoiceError:
            raise ColumnChoiceError(
                f"has no column '{header}' (--columns names it for {name}); its columns are: "
                f"{', '.join(map(str, headers)) or '(none)'}") from None
        result.columns[model_field] = k
        used.add(k)

    def first(words, taken=used) -> int | None:
        return next((k for k, ks in enumerate(keys) if k not in taken and any(key in words for key in ks)), None)

    if only_overrides:
        pass
    elif "occurred_time" not in result.columns:
        whole = first(_WHOLE)
        day = result.columns.get("occurred_at", first(_DATE))
        clock = first(_TIME - _WHOLE)
        day_is_whole = day is not None and any(key in _WHOLE for key in keys[day])
        if clock is not None and day is not None and not day_is_whole and (
                whole is None or "occurred_at" in result.columns):
            result.columns["occurred_at"] = day
            result.columns["occurred_time"] = clock
            used.update((day, clock))
    for model_field, words in _FIELD_WORDS.items():
        if only_overrides or model_field in result.columns or model_field == "occurred_time":
            continue
        for word in words:
            k = next((k for k, ks in enumerate(keys) if k not in used and word in ks), None)
            if k is not None:
                result.columns[model_field] = k
                used.add(k)
                break
    # data_notice: the notice on exports of synthetic data (domain.data_notice), not a field of the incident.
    ours = set(DERIVED_EXPORT_FIELDS + BOOKKEEPING_EXPORT_FIELDS) | {"name", "timestamp", "data_notice"}
    result.ignored = [str(h) for k, h in enumerate(headers) if k not in used and normal[k] not in ours]
    return result


def column_names(columns: dict[str, str], position_fields: tuple[str, ...] = ("lon", "lat"),
                 order: list[str] | None = None) -> dict[str, str]:
    """Field -> how a message names its column in the file: the header, for ``RowError.field``.

    ``columns``: field -> header (``SourceInfo.columns``). ``location`` (the position as a whole) names the
    coordinate columns it came from; ``occurred_at`` read from a day and a time column names both."""
    names = dict(columns)
    position = [columns[f] for f in position_fields if f in columns]
    if order is not None:
        position.sort(key=lambda h: order.index(h) if h in order else len(order))
    if position:
        names["location"] = ", ".join(position)
    if "occurred_time" in columns and "occurred_at" in columns:
        names["occurred_at"] = f"{columns['occurred_at']}, {columns['occurred_time']}"
    return names


def _strip_prefix(name: str) -> str:
    prefix, sep, rest = name.partition("_")
    if sep and rest and any(rest in aliases for aliases in ALIASES.values()):
        return rest
    return name
