"""Filling the columnar index: from a snapshot table when it is current, else from the incidents table.

The snapshot (table ``bm_index_snapshot``) holds the index columns as ``.npy`` blobs and is keyed
by the data version of the incidents table (``bm_state.data_version``, which triggers bump on every
change by any program, QGIS included). Opening a store with a current snapshot reads a few blobs
(a fraction of a second for a million incidents); otherwise the index is rebuilt from the table in
chunks (a few seconds per million) and the snapshot rewritten when the store next closes or imports.
"""
from __future__ import annotations

import io
import json
import logging
import sqlite3

import numpy as np

from ..domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES
from .columnar import COLUMN_DTYPES, VOCABULARY_COLUMNS, ColumnarIndex, Vocabulary
from .gpkg_binary import decode_points
from .row_check import uuid_digits_ok

log = logging.getLogger(__name__)

SNAPSHOT_TABLE = "bm_index_snapshot"
SNAPSHOT_FORMAT = 1
_CHUNK = 100_000
_UUID_DASHES = (8, 13, 18, 23)


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


# -- snapshot ---------------------------------------------------------------------------------

def _uuid_raw(uuids: np.ndarray) -> bytes:
    if len(uuids) == 0:
        return b""
    chars = uuids.astype("S36").view(np.uint8).reshape(-1, 36)
    keep = np.ones(36, dtype=bool)
    keep[list(_UUID_DASHES)] = False
    return bytes.fromhex(chars[:, keep].tobytes().decode("ascii"))


def _uuid_text(raw: bytes) -> np.ndarray:
    n = len(raw) // 16
    if n == 0:
        return np.zeros(0, dtype="S36")
    hexed = np.frombuffer(raw.hex().encode("ascii"), dtype=np.uint8).reshape(n, 32)
    out = np.full((n, 36), ord("-"), dtype=np.uint8)
    keep = np.ones(36, dtype=bool)
    keep[list(_UUID_DASHES)] = False
    out[:, keep] = hexed
    return out.view("S36").ravel()


def _npy(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def save_snapshot(conn: sqlite3.Connection, index: ColumnarIndex, invalid: list | None = None) -> None:
    """Write the index columns keyed by its data version (inside the caller's transaction), with the
    ``invalid`` rows (``row_check.RowProblem``) the index leaves out."""
    meta = {
        "format": SNAPSHOT_FORMAT,
        "version": index.version,
        "rows": len(index),
        "vocabularies": {name: index.vocab[name].texts for name in VOCABULARY_COLUMNS},
        "invalid": [p.to_json() for p in invalid or []],
    }
    conn.execute(f"DELETE FROM {SNAPSHOT_TABLE}")
    rows = [("meta", json.dumps(meta).encode("utf-8"))]
    for name in COLUMN_DTYPES:
        blob = _uuid_raw(index[name]) if name == "uuid" else _npy(index[name])
        rows.append((name, blob))
    conn.executemany(f"INSERT INTO {SNAPSHOT_TABLE} (name, data) VALUES (?, ?)", rows)


def load_snapshot(conn: sqlite3.Connection, description_loader=None, any_version: bool = False,
                  warn: bool = True) -> ColumnarIndex | None:
    """The index from the snapshot when it matches the table's data version, else None. With ``any_version``,
    the snapshot whatever its version (what the table held when it was saved; None when there is none).

    A damaged snapshot (another program wrote into it, a disk error) is not trusted: it is logged and None
    returned, so the index is rebuilt from the table (and the snapshot rewritten at the next close).
    The rows it left out as invalid are in ``snapshot_invalid(conn)``.
    """
    try:
        meta = _snapshot_meta(conn)
        if meta is None:
            return None
        if not any_version and meta.get("version") != data_version(conn):
            return None
        return _snapshot_index(conn, meta, description_loader)
    except (ValueError, TypeError, KeyError, OverflowError, EOFError, OSError, AttributeError,
            sqlite3.DatabaseError) as exc:
        (log.warning if warn else log.debug)("The index snapshot of the store is damaged (%s); rebuilding the index from the incidents "
                    "table", str(exc)[:200])
        return None


def _snapshot_meta(conn: sqlite3.Connection) -> dict | None:
    row = conn.execute(f"SELECT data FROM {SNAPSHOT_TABLE} WHERE name = 'meta'").fetchone()
    if row is None:
        return None
    meta = json.loads(bytes(row[0]).decode("utf-8"))
    if not isinstance(meta, dict) or meta.get("format") != SNAPSHOT_FORMAT:
        return None
    return meta


def snapshot_invalid(conn: sqlite3.Connection) -> list[dict] | None:
    """The invalid rows listed in the snapshot's meta (as ``RowProblem.to_json``), None when unreadable."""
    try:
        meta = _snapshot_meta(conn)
    except (ValueError, TypeError, sqlite3.DatabaseError):
        return None
    invalid = None if meta is None else meta.get("invalid")
    keys = {"fid", "field", "value", "reason"}
    if not isinstance(invalid, list) or not all(isinstance(p, dict) and set(p) == keys for p in invalid):
        return None
    return invalid


def _snapshot_index(conn: sqlite3.Connection, meta: dict, description_loader) -> ColumnarIndex | None:
    rows = int(meta["rows"])
    columns = {}
    for name, data in conn.execute(f"SELECT name, data FROM {SNAPSHOT_TABLE} WHERE name != 'meta'"):
        if name == "uuid":
            columns[name] = _uuid_text(bytes(data))
        elif name in COLUMN_DTYPES:
            columns[name] = np.load(io.BytesIO(bytes(data)), allow_pickle=False)
    if set(columns) != set(COLUMN_DTYPES) or any(v.ndim != 1 or len(v) != rows for v in columns.values()):
        log.warning("The index snapshot is incomplete; rebuilding the index from the incidents table")
        return None
    for name, dtype in COLUMN_DTYPES.items():
        if name != "uuid" and not np.can_cast(columns[name].dtype, dtype, casting="same_kind"):
            raise ValueError(f"column {name} holds {columns[name].dtype}, not {np.dtype(dtype)}")
    fid = columns["fid"]
    if rows and (np.any(np.diff(fid) <= 0) or fid[0] < 1):
        raise ValueError("the fids are not increasing")
    vocabularies = meta["vocabularies"]
    vocab = {}
    for name in VOCABULARY_COLUMNS:
        texts = vocabularies.get(name, [])
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            raise ValueError(f"the vocabulary {name} is not a list of texts")
        vocab[name] = Vocabulary(texts)
        codes = columns[name]
        if rows and (codes.min() < -1 or codes.max() >= len(texts)):
            raise ValueError(f"column {name} holds codes outside its vocabulary")
    for name, members in _CODED.items():
        codes = columns[name]
        if rows and (codes.min() < -1 or codes.max() >= members):
            raise ValueError(f"column {name} holds codes outside -1..{members - 1}")
    return ColumnarIndex(columns, vocab, int(meta["version"]), description_loader)


_CODED = {"country": len(COUNTRIES), "type": len(TYPES), "status": len(STATUSES), "border": len(BORDERS),
          "side": 2, "in_zone": 2, "deleted": 2}
