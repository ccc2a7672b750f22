"""Reading the columnar index from the incidents table: every row (in chunks, a few seconds per million), or only
some (the rows another program just wrote). The snapshot that spares the read at open is the cache's
(``cache.snapshot``, in the user's cache folder).
"""
from __future__ import annotations

import json
import logging
import sqlite3

import numpy as np

from ...domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES
from ..cache.columnar import COLUMN_DTYPES, VOCABULARY_COLUMNS, ColumnarIndex, Vocabulary
from .binary import decode_points
from .row_check import uuid_digits_ok

log = logging.getLogger(__name__)

_CHUNK = 100_000


def data_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM bm_state WHERE key = 'data_version'").fetchone()
    return int(row[0]) if row else 0


def _case(column: str, values, fold: str) -> str:
    whens = " ".join(f"WHEN '{fold_value(v, fold)}' THEN {k}" for k, v in enumerate(values))
    return f"CASE {fold}({column}) {whens} ELSE -1 END"


def fold_value(member, fold: str) -> str:
    return member.value.upper() if fold == "upper" else member.value.lower()


def _ms(column: str) -> str:
    return f"CAST(round((julianday({column}) - 2440587.5) * 86400000.0) AS INTEGER)"


# The small codes travel packed into one integer (4 bits each, stored + 1 so -1 becomes 0): fewer
# Python objects per row is what makes the rebuild faster.
_PACKED = ("country", "type", "status", "border", "side", "in_zone", "deleted")
_PACKED_SQL = " + ".join(
    f"(({expr}) + 1) * {16 ** k}" for k, expr in enumerate([
        _case("country", COUNTRIES, "upper"), _case("type", TYPES, "lower"), _case("status", STATUSES, "lower"),
        _case("border", BORDERS, "upper"), "CASE upper(side) WHEN 'EU' THEN 0 WHEN 'BY' THEN 1 ELSE -1 END",
        "coalesce(in_zone, -1)", "coalesce(deleted, 0)",
    ])
)
REBUILD_SQL = (
    "SELECT fid, uuid, coalesce(" + _ms("occurred_at") + ", 0), coalesce(" + _ms("updated_at") + ", -1), "
    + _PACKED_SQL + ", coalesce(persons, 0), coalesce(distance_to_border_m, 1e999), coalesce(revision, 0), "
    + "geom, sector, nationalities, source FROM incidents "
)
_ORDER = " ORDER BY fid"
_NUMERIC = ("fid", None, "ms", "updated_ms", None, "persons", "distance", "revision")


def rebuild(conn: sqlite3.Connection, description_loader=None, exclude=(),
            dropped: list | None = None, only=None) -> ColumnarIndex:
    """The index of every row of the incidents table (read in chunks) but the fids ``exclude`` (invalid rows) and
    those whose uuid is not lower-case hex (their fids appended to ``dropped``). ``only``: of those fids alone
    (rows another program just wrote: ``ColumnarIndex.upsert`` takes the result)."""
    version = data_version(conn)
    parts: dict[str, list[np.ndarray]] = {name: [] for name in COLUMN_DTYPES}
    vocab = {name: Vocabulary() for name in VOCABULARY_COLUMNS}
    where, params = [], []
    if len(exclude):
        where.append("fid NOT IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(f) for f in exclude]))
    if only is not None:
        where.append("fid IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(f) for f in only]))
    cursor = conn.execute(REBUILD_SQL + (f"WHERE {' AND '.join(where)}" if where else "") + _ORDER, params)
    while True:
        rows = cursor.fetchmany(_CHUNK)
        if not rows:
            break
        cols = list(zip(*rows))
        for k, name in enumerate(_NUMERIC):
            if name is not None:
                parts[name].append(np.array(cols[k], dtype=np.float64 if name == "distance" else np.int64))
        packed = np.array(cols[4], dtype=np.int64)
        for k, name in enumerate(_PACKED):
            parts[name].append(((packed >> (4 * k)) & 15) - 1)
        parts["uuid"].append(np.array([u or "" for u in cols[1]], dtype="S36"))
        lon, lat = decode_points(list(cols[8]))
        parts["lon"].append(lon)
        parts["lat"].append(lat)
        for k, name in zip((9, 10, 11), VOCABULARY_COLUMNS):
            parts[name].append(vocab[name].encode(cols[k]))
    columns = {}
    for name, dtype in COLUMN_DTYPES.items():
        columns[name] = (np.concatenate(parts[name]) if parts[name] else np.zeros(0)).astype(dtype)
    columns["distance"][~np.isfinite(columns["distance"])] = np.nan
    bad = ~uuid_digits_ok(columns["uuid"])
    if bad.any():
        log.info("Left %d row(s) whose uuid is not lower-case hex out of the index", int(bad.sum()))
        if dropped is not None:
            dropped.extend(columns["fid"][bad].tolist())
        columns = {name: values[~bad] for name, values in columns.items()}
    if only is None:
        log.info("Rebuilt the incident index from the table: %d incidents", len(columns["fid"]))
    return ColumnarIndex(columns, vocab, version, description_loader)


def descriptions_of(conn: sqlite3.Connection, fids: np.ndarray) -> list[str]:
    """The descriptions of the rows ``fids`` (in that order; "" for a row not found)."""
    rows = dict(conn.execute(f"SELECT fid, description FROM incidents WHERE fid IN (SELECT value FROM json_each(?))",
                             (json.dumps([int(f) for f in fids]),)).fetchall())
    return [rows.get(int(f)) or "" for f in fids]


def load_descriptions(conn: sqlite3.Connection) -> list[str]:
    return [r[0] or "" for r in conn.execute("SELECT description FROM incidents ORDER BY fid")]
