"""Raw columns (text as read from a file) -> a validated ``IncidentBatch`` plus row errors.

Shared by every reader. Parsing errors (a number that is not a number, an unknown type, a
time that is not ISO 8601) are found here; the rules of the model (ranges, the region, dates
in the future, nationality codes, persons) by ``IncidentBatch.validate`` on the rows that
parsed. Each bad row is reported with every field that is wrong, and left out of the batch.
"""
from __future__ import annotations

import functools
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from ..domain.batch import IncidentBatch, RowError, datetime_to_ms
from ..domain.incident import EARLIEST
from ..domain.taxonomy import COUNTRIES, STATUSES, TYPES, IncidentType, Status
from .column_parsers import (
    Errors,
    as_object_text,
    as_text,
    parse_codes,
    parse_floats,
    parse_times,
    parse_whole_numbers,
    vocabulary_lookup,
)
from .columns import COUNTRY_ALIASES, POSITION_FIELDS
from .position_columns import read_positions
from ..domain.local_time import local_to_utc_ms
from ..domain.nationality_words import nationalities_text
from ..domain.value_words import COUNTRY_WORDS, STATUS_WORDS, TYPE_WORDS, word_key, word_table

log = logging.getLogger(__name__)

def _words_lookup(members, words, aliases=None):
    """The model's own spellings first (``vocabulary_lookup``), then the LT, LV, PL and English words."""
    exact = vocabulary_lookup(members, aliases)
    table = {key: members.index(value) for key, value in word_table(words).items()}

    def lookup(text: str) -> int | None:
        code = exact(text)
        return code if code is not None else table.get(word_key(text))

    return lookup


_COUNTRY = _words_lookup(COUNTRIES, COUNTRY_WORDS, COUNTRY_ALIASES)
_TYPE = _words_lookup(TYPES, TYPE_WORDS)
_STATUS = _words_lookup(STATUSES, STATUS_WORDS)
_DEFAULT_STATUS = STATUSES.index(Status.REPORTED)


@dataclass
class BuiltBatch:
    batch: IncidentBatch  # the good rows only
    rejects: list[RowError]
    total: int  # rows read
    notes: list[str] = field(default_factory=list)
    position_fields: tuple[str, ...] = ("lon", "lat")  # the columns the positions came from
    crs: str | None = None  # the system they were read in (None: WGS 84 degrees)


def build_batch(raw: dict[str, object], n: int, rows: np.ndarray, decimal_comma: bool = False,
                now: datetime | None = None, known_errors: dict[str, Errors] | None = None,
                known_values: dict[str, object] | None = None, crs=None,
                headers: dict[str, str] | None = None) -> BuiltBatch:
    """``raw``: model field -> column of n values (text, or numbers from GDAL); a position is required: lon/lat,
    X/Y or northing/easting (in ``crs``, or the grid the values fit: ``position_columns``), or MGRS.

    ``known_errors``: field -> {position: message} the reader found already (e.g. a list where a
    value belongs), with ``known_values`` the columns to quote in their messages. ``headers``: field -> the
    file's header, for messages about the coordinate columns. Raises ``PositionColumnsError`` when the
    coordinate columns as a whole are no position."""
    rows = np.asarray(rows, dtype=np.int64)
    errors: dict[str, Errors] = {}
    notes: list[str] = []

    def column(name):
        return raw.get(name)

    country, errors["country"] = parse_codes(column("country"), _COUNTRY, None, "is not LT, LV or PL")
    kind, errors["type"] = parse_codes(column("type"), _TYPE, None,
                                       "is not a known incident type (" + ", ".join(t.value for t in TYPES) + ")")
    if column("status") is not None:
        status, errors["status"] = parse_codes(column("status"), _STATUS, _DEFAULT_STATUS,
                                               "is not a known status (" + ", ".join(s.value for s in STATUSES) + ")")
    else:
        status = np.full(n, _DEFAULT_STATUS, dtype=np.int8)
    positions = read_positions(raw, n, headers or {}, decimal_comma, crs, country)
    lon, lat = positions.lon, positions.lat
    errors.update(positions.errors)
    notes.extend(positions.notes)
    if column("persons") is not None:
        persons, errors["persons"] = parse_whole_numbers(column("persons"), decimal_comma)
    else:
        persons = np.zeros(n, dtype=np.int64)
    when = column("occurred_at")
    if column("occurred_time") is not None:  # separate date and time columns
        day, clock = as_text(when), as_text(column("occurred_time"))
        clock = np.where(np.strings.find(clock, ":") == 1, np.strings.add("0", clock), clock)  # 2:30 -> 02:30
        when = np.where(clock == "", day, np.strings.add(np.strings.add(day, " "), clock))
    ms, naive, errors["occurred_at"] = parse_times(when)
    ms = _local_to_utc(ms, naive, country)

    def text(name):
        values = column(name)
        return np.full(n, "", dtype=object) if values is None else as_object_text(values)

    ids = None
    if column("id") is not None:
        ids, id_note = _ids(column("id"))
        if id_note:
            notes.append(id_note)

    batch = IncidentBatch(
        occurred_at_ms=ms, country=country, type=kind, lon=lon, lat=lat,
        persons=np.clip(persons, -1, 2**31 - 1).astype(np.int32),
        nationalities=_nationalities(text("nationalities")),
        description=text("description"), source=text("source"), status=status, id=ids, row=rows,
    )

    created_ms = None
    if column("created_at") is not None:
        created_ms, created_naive, created_errors = parse_times(column("created_at"))
        created_ms = _local_to_utc(created_ms, created_naive, country)
        empty = as_text(column("created_at")) == ""
        created_ms[empty] = -1
        errors["created_at"] = {i: m for i, m in created_errors.items() if not empty[i]}

    # Cells that did not parse get a harmless stand-in so that the model's rules can still
    # check the rest of the row: the user learns every problem of a row at once.
    for name, field_errors in (known_errors or {}).items():
        errors.setdefault(name, {}).update(field_errors)
    original = {name: when if name == "occurred_at" else column(name) for name in errors}
    original.update(known_values or {})
    bad = np.zeros(n, dtype=bool)
    parse_failed: set[tuple[int, str]] = set()
    rejects: list[RowError] = []
    for name, field_errors in errors.items():
        if not field_errors:
            continue
        at = np.fromiter(field_errors, dtype=np.int64, count=len(field_errors))
        _stand_in(batch, name, at)
        bad[at] = True
        for i, message in field_errors.items():
            rejects.append(RowError(int(rows[i]), name, _raw_value(original[name], i), message))
            parse_failed.add((int(rows[i]), name))
            if name in POSITION_FIELDS:
                parse_failed.add((int(rows[i]), "location"))
    model_errors = [e for e in batch.validate(now=now, max_errors=max(1000, 4 * n + 10))
                    if (e.row, e.field) not in parse_failed]
    rejects.extend(model_errors)
    if model_errors:
        bad |= np.isin(rows, np.array(sorted({e.row for e in model_errors}), dtype=np.int64))
    _carry_bookkeeping(batch, created_ms, column("created_by"), column("origin"))
    good = batch.take(~bad) if bad.any() else batch
    _drop_incomplete_bookkeeping(good)
    rejects.sort(key=lambda e: (e.row, e.field))
    return BuiltBatch(good, rejects, n, notes, positions.fields, positions.system)


def _nationalities(column: np.ndarray) -> np.ndarray:
    """Names in LT, LV, PL or English ("Irakas 5, Sirija") as the model's codes, each distinct cell once."""
    if not len(column):
        return column
    values = column.tolist()
    table = {value: _nationalities_text(value) for value in set(values)}
    return np.array(list(map(table.__getitem__, values)), dtype=object)


# The same few cells come back in every chunk of a big file: each is worded once per process.
_nationalities_text = functools.lru_cache(maxsize=1 << 14)(nationalities_text)


def _carry_bookkeeping(batch: IncidentBatch, created_ms, created_by, origin) -> None:
    """Who created an incident, when and where, as our own exports carry them (``extra`` columns
    the store honours); the store sets them itself when a file does not say."""
    if created_ms is not None:
        batch.extra["created_at_ms"] = created_ms
    if created_by is not None:
        batch.extra["created_by"] = _stripped(created_by)
    if origin is not None:
        batch.extra["origin"] = _stripped(origin)


def _stripped(column) -> np.ndarray:
    """``[str(v).strip() for v in as_object_text(column)]`` as an object array; a unicode column (a CSV's) stripped
    by numpy, whose blanks are Python's (every code point checked: tests/unit/test_io_csv_arrow)."""
    arr = np.asarray(column)
    if arr.dtype.kind == "U":
        return np.strings.strip(arr).astype(object)
    return np.array([str(v).strip() for v in as_object_text(arr)], dtype=object)


def _drop_incomplete_bookkeeping(batch: IncidentBatch) -> None:
    """Carried only when every row has it: a half-filled column would write blanks."""
    for name in list(batch.extra):
        values = batch.extra[name]
        missing = (values < 0) if name.endswith("_ms") else (values == "")
        if len(values) == 0 or missing.any():
            del batch.extra[name]


_MIDDLE_OF_REGION = (25.5, 54.5)


def _stand_in(batch: IncidentBatch, name: str, at: np.ndarray) -> None:
    """Valid placeholder values in cells that failed to parse (their rows are rejected anyway)."""
    if name == "country":
        batch.country[at] = 0
    elif name == "type":
        batch.type[at] = TYPES.index(IncidentType.OTHER)
    elif name == "status":
        batch.status[at] = _DEFAULT_STATUS
    elif name == "lon":
        batch.lon[at] = _MIDDLE_OF_REGION[0]
    elif name == "lat":
        batch.lat[at] = _MIDDLE_OF_REGION[1]
    elif name in POSITION_FIELDS:  # a grid value or MGRS reference: the row has no position
        batch.lon[at], batch.lat[at] = _MIDDLE_OF_REGION
    elif name == "persons":
        batch.persons[at] = 2**31 - 1  # never fewer than the nationalities count
    elif name == "occurred_at":
        batch.occurred_at_ms[at] = datetime_to_ms(EARLIEST)


def _local_to_utc(ms: np.ndarray, naive: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Times without a zone are wall-clock times of the reporting country."""
    if not naive.any():
        return ms
    out = ms.copy()
    for code, member in enumerate(COUNTRIES):
        mask = naive & (country == code)
        if mask.any():
            out[mask] = local_to_utc_ms(ms[mask], member.timezone)
    return out


def _ids(column) -> tuple[np.ndarray | None, str | None]:
    """Ids as text; empty ones get new UUIDs. A column with no UUID at all (a spreadsheet's
    running number, a KML placemark's own id) is not ours: new ids are made for every row."""
    values = as_object_text(column).tolist()
    try:
        stripped = list(map(str.strip, values))  # all str (a CSV's), stripped in C
    except TypeError:
        stripped = [v.strip() if isinstance(v, str) else str(v) for v in values]
    text = np.array(stripped, dtype=object)
    filled = text != ""
    sample = text[filled][:1000].tolist()
    if filled.any() and not any(_is_uuid(v) for v in sample):
        return None, f"the id column holds no UUIDs (e.g. {sample[0]!r}); new ids were made"
    for i in np.flatnonzero(~filled):
        text[i] = str(uuid.uuid4())
    return text, None


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
        return True
    except ValueError:
        return False


def _raw_value(column, i: int):
    if column is None:
        return ""
    value = np.asarray(column)[i] if not isinstance(column, (list, tuple)) else column[i]
    if isinstance(value, np.generic):
        value = value.item()
    return "" if value is None else value

