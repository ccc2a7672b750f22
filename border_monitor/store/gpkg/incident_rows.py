"""The ``incidents`` feature table: its columns, and rows <-> ``Incident`` / ``IncidentBatch``.

Times are ISO 8601 UTC texts with milliseconds (``2021-08-01T10:15:00.000Z``, GeoPackage DATETIME);
``nationalities`` is the canonical text (``IRQ:12,SYR:3,AFG``); BOOLEAN columns hold 0/1.
"""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone

import numpy as np

from ...domain.batch import IncidentBatch, datetime_to_ms
from ...domain.incident import Incident
from ...domain.nationality import format_nationalities
from ...domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES, Side
from .binary import decode_point, encode_point, encode_points

TABLE = "incidents"
SIDES = tuple(Side)  # 0 EU, 1 BY (the codes of geo.enrich)

# SQL type of every column after fid and geom, in table order.
COLUMNS: list[tuple[str, str]] = [
    # Unique by UUID_INDEX (a store made before it: a column UNIQUE, SQLite's autoindex); filled by
    # UUID_TRIGGER_SQL when another program inserts without one.
    ("uuid", "TEXT"),
    ("occurred_at", "DATETIME NOT NULL"),
    ("country", "TEXT NOT NULL"),
    ("type", "TEXT NOT NULL"),
    ("persons", "INTEGER NOT NULL DEFAULT 0"),
    ("nationalities", "TEXT NOT NULL DEFAULT ''"),
    ("description", "TEXT NOT NULL DEFAULT ''"),
    ("source", "TEXT NOT NULL DEFAULT ''"),
    ("status", "TEXT NOT NULL DEFAULT 'reported'"),
    ("created_at", "DATETIME"),
    ("created_by", "TEXT"),
    ("updated_at", "DATETIME"),
    ("updated_by", "TEXT"),
    ("revision", "INTEGER NOT NULL DEFAULT 1"),
    ("origin", "TEXT"),
    ("border", "TEXT"),
    ("sector", "TEXT"),
    ("distance_to_border_m", "REAL"),
    ("side", "TEXT"),
    ("in_zone", "BOOLEAN"),
    ("deleted", "BOOLEAN NOT NULL DEFAULT 0"),
]
COLUMN_NAMES = [name for name, _ in COLUMNS]
INSERT_SQL = (
    f"INSERT INTO {TABLE} (geom, {', '.join(COLUMN_NAMES)}) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})"
)
SELECT_COLUMNS = "fid, geom, " + ", ".join(COLUMN_NAMES)

# The uniqueness of uuid, as a named index a big import can drop and make again in its own transaction
# (``write.DeferredIndexes``); a column UNIQUE constraint (what stores made before it have, an autoindex
# SQLite will not drop) cannot be. GDAL and QGIS read either as they read any index.
UUID_INDEX = "incidents_uuid"
UUID_INDEX_SQL = f"CREATE UNIQUE INDEX {UUID_INDEX} ON {TABLE} (uuid)"

# A version 4 UUID made by SQLite, so rows added by other programs (QGIS) get an id too. It is
# set by a trigger rather than a column DEFAULT, which QGIS would show as a literal default text.
UUID_SQL = (
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) "
    "|| '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' "
    "|| lower(hex(randomblob(6))))"
)


UUID_TRIGGER_SQL = (
    f"CREATE TRIGGER incidents_uuid_default AFTER INSERT ON {TABLE} WHEN NEW.uuid IS NULL "
    f"BEGIN UPDATE {TABLE} SET uuid = {UUID_SQL} WHERE fid = NEW.fid; END"
)


def create_table_sql() -> str:
    cols = ", ".join(f"{name} {decl}" for name, decl in COLUMNS)
    return f"CREATE TABLE {TABLE} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, {cols})"


def iso_ms(value: datetime | None) -> str | None:
    """``YYYY-MM-DDTHH:MM:SS.sssZ`` of an aware datetime (UTC)."""
    if value is None:
        return None
    value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


# Epoch milliseconds of 0001-01-01T00:00:00.000Z and of 9999-12-31T23:59:59.999Z: the years of four digits.
_FIRST_MS, _LAST_MS = -62_135_596_800_000, 253_402_300_799_999
_ISO_TEMPLATE = np.array([ord(c) for c in "0000-00-00T00:00:00.000Z"], dtype=np.uint32)


def iso_ms_array(ms: np.ndarray) -> list[str]:
    """ISO texts (``YYYY-MM-DDTHH:MM:SS.sssZ``) of epoch milliseconds, vectorised.

    Hand-written because it pays: the texts are laid out as the characters of a numpy unicode array (the date from
    the day number by H. Hinnant's civil_from_days, as numpy counts days), which ``tolist`` makes strings of, where
    ``np.datetime_as_string`` plus the "Z" of each (object additions) took 2.4 times as long: 4.4 against 10.5 ms
    for 25,000 values (a streamed import formats two such columns per chunk, in the process that also writes them).
    Values outside the years 1-9999 are formatted by numpy, as before."""
    ms = np.asarray(ms, dtype=np.int64)
    n = len(ms)
    if n == 0:
        return []
    if int(ms.min()) < _FIRST_MS or int(ms.max()) > _LAST_MS:
        text = np.datetime_as_string(ms.astype("datetime64[ms]"), unit="ms")
        return (text.astype(object) + "Z").tolist()
    days, rest = np.divmod(ms, 86_400_000)
    z = days + 719_468
    era = z // 146_097
    doe = z - era * 146_097
    yoe = (doe - doe // 1460 + doe // 36_524 - doe // 146_096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = np.where(mp < 10, mp + 3, mp - 9)
    year = yoe + era * 400 + (month <= 2)
    hour, rest = np.divmod(rest, 3_600_000)
    minute, rest = np.divmod(rest, 60_000)
    second, milli = np.divmod(rest, 1000)
    out = np.empty((n, 24), dtype=np.uint32)
    out[:] = _ISO_TEMPLATE
    for start, width, value in ((0, 4, year), (5, 2, month), (8, 2, day), (11, 2, hour), (14, 2, minute),
                                (17, 2, second), (20, 3, milli)):
        for k in range(start + width - 1, start - 1, -1):
            value, digit = np.divmod(value, 10)
            out[:, k] = digit + 48
    return out.view("U24").reshape(n).tolist()


def now_ms() -> int:
    return datetime_to_ms(datetime.now(timezone.utc))


def incident_row(inc: Incident) -> tuple:
    """The values of INSERT_SQL for an incident whose bookkeeping and derived fields are set."""
    return (
        encode_point(inc.lon, inc.lat), str(inc.id), iso_ms(inc.occurred_at), inc.country.value, inc.type.value,
        inc.persons, format_nationalities(inc.nationalities), inc.description, inc.source, inc.status.value,
        iso_ms(inc.created_at), inc.created_by, iso_ms(inc.updated_at), inc.updated_by, inc.revision, inc.origin,
        None if inc.border is None else inc.border.value, inc.sector,
        inc.distance_to_border_m, None if inc.side is None else inc.side.value,
        None if inc.in_zone is None else int(inc.in_zone), int(inc.deleted),
    )


def row_to_incident(row) -> Incident:
    """An ``Incident`` from a row of ``SELECT {SELECT_COLUMNS}`` (fid first, which is dropped)."""
    (_fid, geom, uid, occurred_at, country, type_, persons, nationalities, description, source, status,
     created_at, created_by, updated_at, updated_by, revision, origin, border, sector, distance, side,
     in_zone, deleted) = row
    lon, lat = decode_point(geom) if geom is not None else (float("nan"), float("nan"))
    return Incident(
        id=uid, occurred_at=occurred_at, country=_ENUMS.get(country, country), type=_ENUMS.get(type_, type_),
        lon=lon, lat=lat, persons=persons, nationalities=nationalities or "", description=description or "",
        source=source or "", status=_ENUMS.get(status, status), created_at=created_at,
        created_by=created_by or "", updated_at=updated_at, updated_by=updated_by or "",
        revision=int(revision or 0), origin=origin or "", deleted=bool(deleted),
        border=None if border is None else _ENUMS.get(border, border), sector=sector,
        distance_to_border_m=None if distance is None else float(distance),
        side=None if side is None else _ENUMS.get(side, side), in_zone=None if in_zone is None else bool(in_zone),
    )


# Stored texts -> enum members (Incident accepts either; members skip its case-insensitive parse).
# The texts of the vocabularies do not overlap, so one map serves every column.
_ENUMS = {m.value: m for vocabulary in (COUNTRIES, TYPES, STATUSES, BORDERS, SIDES) for m in vocabulary}


BOOKKEEPING = ("created_at", "created_by", "updated_at", "updated_by", "revision", "origin", "deleted")


def sql_literal(value) -> str | None:
    """``value`` written as an SQLite literal that stores exactly what binding it stores (TEXT, INTEGER), or None
    when it is not written so (a text with a NUL, which SQL text cannot hold; any other type)."""
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return None
        return "'" + value.replace("'", "''") + "'"
    return None


def literal_bookkeeping(constants: dict) -> dict[str, str]:
    """The bookkeeping columns among ``constants`` (column -> the value of every row) written as SQL literals."""
    out = {}
    for name in BOOKKEEPING:
        if name in constants:
            literal = sql_literal(constants[name])
            if literal is not None:
                out[name] = literal
    return out


def batch_insert_sql(literals: dict[str, str], with_seq: bool, seq: int | None = None, rows: int = 1) -> str:
    """INSERT_SQL (with ``with_seq``, a bulk insert with the per-row triggers dropped: each row carries the change
    sequence the batch bumped once: ``seq`` when given, which the caller read after the bump, else read by each
    row) with the columns of ``literals`` written as those literals,
    not bound: a value the same on every row of an import is given once, not bound again on every row.
    (The literal sequence: 0.97 s of CPU for 300k rows against 1.03 s with the subquery in every row.)
    ``rows``: that many rows in one statement (``VALUES (...), (...)``), bound from one flat list
    (``batch_values``)."""
    names = ["geom", *COLUMN_NAMES]
    values = [literals.get(name, "?") for name in names]
    if with_seq:
        names.append("change_seq")
        values.append(str(int(seq)) if seq is not None else "(SELECT seq FROM bm_change_counter WHERE id = 1)")
    one = f"({', '.join(values)})"
    return f"INSERT INTO {TABLE} ({', '.join(names)}) VALUES {', '.join([one] * rows)}"


def batch_values(batch: IncidentBatch, ids: list[str], derived, sector_names, bookkeeping: dict,
                 start: int, stop: int, literals: dict[str, str] | None = None) -> tuple[list, int]:
    """(the values of ``batch_insert_sql(literals)`` for rows ``start:stop`` of a validated batch, row after row in
    one flat list; how many values each row binds): the columns of ``literals`` left out.

    Each column goes into its place of the flat list at once (a slice with a step): no tuple is made per row.
    ``derived``: the ``geo.enrich.Enrichment`` of those rows only; ``bookkeeping`` holds whole-batch
    lists ``created_at``, ``created_by``, ``updated_at``, ``updated_by``, ``revision``, ``origin``, ``deleted``.
    """
    s = slice(start, stop)
    literals = literals or {}

    def kept(name):
        return () if name in literals else (bookkeeping[name][s],)

    columns = [
        _blobs(encode_points(batch.lon[s], batch.lat[s])), ids[s], iso_ms_array(batch.occurred_at_ms[s]),
        _texts(COUNTRIES, batch.country[s]), _texts(TYPES, batch.type[s]), batch.persons[s].tolist(),
        _plain(batch.nationalities[s]), _plain(batch.description[s]), _plain(batch.source[s]),
        _texts(STATUSES, batch.status[s]),
        *kept("created_at"), *kept("created_by"), *kept("updated_at"), *kept("updated_by"), *kept("revision"),
        *kept("origin"),
        _texts(BORDERS, derived.border), _texts(sector_names, derived.sector),
        derived.distance_to_border_m.tolist(), _texts(SIDES, derived.side),
        derived.in_zone.astype(np.int8).tolist(), *kept("deleted"),
    ]
    width, n = len(columns), stop - start
    flat: list = [None] * (width * n)
    for k, column in enumerate(columns):
        flat[k::width] = column
    return flat, width


def _blobs(points: list[bytes]) -> list[bytearray]:
    """The point blobs as bytearrays, which store the same BLOB: Python's sqlite3 (3.11) binds a bytearray at once
    but sends a bytes object (and None) through its adapter lookup first. Measured at 300k rows (15 values each,
    2-core machine shared with other work): executemany 0.85 s of CPU with bytes, 0.73 s with bytearrays, which
    cost 0.025 s to make."""
    return list(map(bytearray, points))


def _texts(vocabulary, codes: np.ndarray) -> list:
    """Texts of codes into ``vocabulary`` (enums give their value), None for -1."""
    lookup = np.array([getattr(v, "value", v) for v in vocabulary] + [None], dtype=object)
    return lookup[np.asarray(codes, dtype=np.int64)].tolist()


def _plain(values: np.ndarray) -> list[str]:
    """Python str of every value (what sqlite3 binds fastest)."""
    return [v if type(v) is str else str(v) for v in values.tolist()]


def uuid7_strings(n: int, now_ms_value: int | None = None) -> list[str]:
    """``n`` new time-ordered (version 7) UUID texts, increasing within the call.

    Time-ordered ids go to the end of the uuid index, which makes bulk inserts much faster than
    random version 4 ids; they are as unique (a 26-bit counter within the call and 48 random bits).
    """
    if n == 0:
        return []
    if n >= 1 << 26:
        raise ValueError("at most 67 million ids per call")
    ms = now_ms() if now_ms_value is None else now_ms_value
    raw = np.frombuffer(os.urandom(16 * n), dtype=np.uint8).reshape(n, 16).copy()
    raw[:, 0:6] = np.frombuffer(int(ms).to_bytes(6, "big"), dtype=np.uint8)
    counter = np.arange(n, dtype=np.uint32)  # 12 bits of rand_a + 14 bits after the variant: 26-bit counter
    raw[:, 6] = 0x70 | ((counter >> 22) & 0x0F).astype(np.uint8)
    raw[:, 7] = ((counter >> 14) & 0xFF).astype(np.uint8)
    raw[:, 8] = 0x80 | ((counter >> 8) & 0x3F).astype(np.uint8)
    raw[:, 9] = (counter & 0xFF).astype(np.uint8)
    return format_uuids(raw)


def format_uuids(raw: np.ndarray) -> list[str]:
    """Canonical texts of UUIDs given as an (n, 16) uint8 array."""
    n = len(raw)
    hexed = np.frombuffer(raw.tobytes().hex().encode("ascii"), dtype=np.uint8).reshape(n, 32)
    out = np.full((n, 36), ord("-"), dtype=np.uint8)
    out[:, 0:8], out[:, 9:13], out[:, 14:18] = hexed[:, 0:8], hexed[:, 8:12], hexed[:, 12:16]
    out[:, 19:23], out[:, 24:36] = hexed[:, 16:20], hexed[:, 20:32]
    text = out.tobytes().decode("ascii")
    return [text[i:i + 36] for i in range(0, 36 * n, 36)]


def uuid_bytes(ids) -> np.ndarray:
    """(n, 16) uint8 of UUID texts (canonical or not)."""
    return np.frombuffer(b"".join(uuid.UUID(str(i)).bytes for i in ids), dtype=np.uint8).reshape(-1, 16)
