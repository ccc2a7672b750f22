"""Rows of the PostgreSQL ``incidents`` table <-> ``Incident``, and the columnar cache read in one query.

The cache load asks the server for fixed-width columns only (codes for the small vocabularies, epoch
milliseconds, coordinates, the uuid as 16 bytes, and codes into the distinct sector, nationality and source
texts), packed into one fixed-size binary record per row and all records into one value, so numpy reads the
whole cache without a Python loop (a COPY stream would cost a message per row).
"""
from __future__ import annotations

import logging
import uuid as uuid_module

import numpy as np
from psycopg import sql

from ...domain.batch import datetime_to_ms
from ...domain.incident import Incident
from ...domain.nationality import format_nationalities
from ...domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES
from ..cache.columnar import COLUMN_DTYPES, VOCABULARY_COLUMNS, ColumnarIndex, Vocabulary
from ..gpkg.incident_rows import SIDES, _ENUMS, format_uuids

log = logging.getLogger(__name__)

# Stored columns after uuid and geom, in table order (the GeoPackage's, so rows travel between both).
COLUMN_NAMES = ["occurred_at", "country", "type", "persons", "nationalities", "description", "source", "status",
                "created_at", "created_by", "updated_at", "updated_by", "revision", "origin", "border", "sector",
                "distance_to_border_m", "side", "in_zone", "deleted"]
WRITE_COLUMNS = ["uuid", "geom", *COLUMN_NAMES]
SELECT_SQL = ("SELECT fid, uuid::text, ST_X(geom), ST_Y(geom), " + ", ".join(COLUMN_NAMES) + ", change_seq "
              "FROM incidents")


def ewkb_hex(lon: float, lat: float) -> str | None:
    """Hex EWKB of a point in EPSG:4326 (what PostGIS reads from text), None without a position."""
    return ewkb_hex_array(np.array([lon], dtype=np.float64), np.array([lat], dtype=np.float64))[0]


_POINT = np.dtype([("order", "u1"), ("kind", "<u4"), ("srid", "<u4"), ("x", "<f8"), ("y", "<f8")])


def ewkb_hex_array(lon: np.ndarray, lat: np.ndarray) -> list[str | None]:
    n = len(lon)
    if n == 0:
        return []
    points = np.zeros(n, dtype=_POINT)
    points["order"], points["kind"], points["srid"] = 1, 0x20000001, 4326
    points["x"], points["y"] = lon, lat
    text = points.tobytes().hex()
    out = [text[k:k + 50] for k in range(0, 50 * n, 50)]
    missing = ~(np.isfinite(lon) & np.isfinite(lat))
    for k in np.flatnonzero(missing).tolist():
        out[k] = None
    return out


def incident_values(inc: Incident) -> tuple:
    """The values of ``WRITE_COLUMNS`` for an incident whose bookkeeping and derived fields are set."""
    return (
        str(inc.id), ewkb_hex(inc.lon, inc.lat), inc.occurred_at, inc.country.value, inc.type.value, inc.persons,
        format_nationalities(inc.nationalities), inc.description, inc.source, inc.status.value, inc.created_at,
        inc.created_by, inc.updated_at, inc.updated_by, inc.revision, inc.origin,
        None if inc.border is None else inc.border.value, inc.sector, inc.distance_to_border_m,
        None if inc.side is None else inc.side.value, inc.in_zone, inc.deleted,
    )


def row_to_incident(row) -> Incident:
    """An ``Incident`` from a row of ``SELECT_SQL`` (fid first, change_seq last: both dropped)."""
    (_fid, uid, lon, lat, occurred_at, country, type_, persons, nationalities, description, source, status,
     created_at, created_by, updated_at, updated_by, revision, origin, border, sector, distance, side, in_zone,
     deleted, _seq) = row
    return Incident(
        id=uid, occurred_at=occurred_at, country=_ENUMS.get(country, country), type=_ENUMS.get(type_, type_),
        lon=float("nan") if lon is None else lon, lat=float("nan") if lat is None else lat, persons=persons,
        nationalities=nationalities or "", description=description or "", source=source or "",
        status=_ENUMS.get(status, status), created_at=created_at, created_by=created_by or "",
        updated_at=updated_at, updated_by=updated_by or "", revision=int(revision or 0), origin=origin or "",
        deleted=bool(deleted), border=None if border is None else _ENUMS.get(border, border), sector=sector,
        distance_to_border_m=None if distance is None else float(distance),
        side=None if side is None else _ENUMS.get(side, side), in_zone=in_zone,
    )


# -- the cache, in one COPY ----------------------------------------------------------------------------

def _case(column: str, members, fold: str) -> str:
    whens = " ".join(f"WHEN '{getattr(m, 'value', m).upper() if fold == 'upper' else getattr(m, 'value', m).lower()}'"
                     f" THEN {k}" for k, m in enumerate(members))
    return f"(CASE {fold}({column}) {whens} ELSE -1 END)::int2"


_FIXED = [  # (name, SQL, numpy big-endian type)
    ("fid", "i.fid", ">i8"),
    ("uuid", "i.uuid", "V16"),
    ("ms", "(extract(epoch FROM i.occurred_at) * 1000)::int8", ">i8"),
    ("updated_ms", "coalesce((extract(epoch FROM i.updated_at) * 1000)::int8, -1)", ">i8"),
    ("country", _case("i.country", COUNTRIES, "upper"), ">i2"),
    ("type", _case("i.type", TYPES, "lower"), ">i2"),
    ("status", _case("i.status", STATUSES, "lower"), ">i2"),
    ("border", _case("i.border", BORDERS, "upper"), ">i2"),
    ("side", _case("i.side", SIDES, "upper"), ">i2"),
    ("in_zone", "(CASE WHEN i.in_zone IS NULL THEN -1 WHEN i.in_zone THEN 1 ELSE 0 END)::int2", ">i2"),
    ("deleted", "i.deleted::int4::int2", ">i2"),
    ("persons", "i.persons", ">i4"),
    ("distance", "coalesce(i.distance_to_border_m, 'NaN')::float8", ">f8"),
    ("revision", "i.revision", ">i4"),
    ("lon", "coalesce(ST_X(i.geom), 'NaN')::float8", ">f8"),
    ("lat", "coalesce(ST_Y(i.geom), 'NaN')::float8", ">f8"),
    ("sector", "coalesce(vs.k - 1, -1)::int4", ">i4"),
    ("nationalities", "coalesce(vn.k - 1, -1)::int4", ">i4"),
    ("source", "coalesce(vo.k - 1, -1)::int4", ">i4"),
    ("change_seq", "i.change_seq", ">i8"),
]
_SEND = {">i8": "int8send", ">i4": "int4send", ">i2": "int2send", ">f8": "float8send", "V16": "uuid_send"}
_RECORD = np.dtype([(name, kind) for name, _, kind in _FIXED])
_ROW_BYTES = " || ".join(f"{_SEND[kind]}({expr})" for _, expr, kind in _FIXED)


def load_cache(conn, where: str = "", params: tuple = ()) -> tuple[ColumnarIndex, int]:
    """(the cache of every incident, its change sequence high-water mark), read in one REPEATABLE READ snapshot
    so the two agree. The server packs each row's fixed-width fields into one binary record (the types' send
    functions, big-endian) and the records into one bytea in fid order, which numpy reads as it is."""
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        vocab = {}
        for name in VOCABULARY_COLUMNS:
            texts = conn.execute(f"SELECT coalesce(array_agg(DISTINCT {name}), '{{}}') FROM incidents "
                                 f"WHERE {name} IS NOT NULL").fetchone()[0]
            vocab[name] = Vocabulary(sorted(texts))
        query = sql.SQL(
            "SELECT string_agg(" + _ROW_BYTES + ", ''::bytea ORDER BY i.fid) FROM incidents i "
            "LEFT JOIN unnest({s}::text[]) WITH ORDINALITY AS vs(t, k) ON vs.t = i.sector "
            "LEFT JOIN unnest({n}::text[]) WITH ORDINALITY AS vn(t, k) ON vn.t = i.nationalities "
            "LEFT JOIN unnest({o}::text[]) WITH ORDINALITY AS vo(t, k) ON vo.t = i.source"
            + (f" WHERE {where}" if where else "")
        ).format(s=sql.Literal(vocab["sector"].texts), n=sql.Literal(vocab["nationalities"].texts),
                 o=sql.Literal(vocab["source"].texts))
        with conn.cursor(binary=True) as cur:
            raw = cur.execute(query, params or None).fetchone()[0] or b""
        high = conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                            "(SELECT max(change_seq) FROM incident_removals), 0)").fetchone()[0]
        conn.execute("COMMIT")
    except BaseException:
        if not conn.closed and not conn.broken:
            conn.execute("ROLLBACK")
        raise
    records = np.frombuffer(raw, dtype=_RECORD)
    columns = {}
    for name, _, kind in _FIXED:
        if name == "uuid":
            raw_ids = np.frombuffer(np.ascontiguousarray(records["uuid"]).tobytes(), dtype=np.uint8).reshape(-1, 16)
            columns[name] = np.array(format_uuids(raw_ids), dtype="S36") if len(records) else np.zeros(0, dtype="S36")
        elif name != "change_seq":
            columns[name] = records[name].astype(COLUMN_DTYPES[name])
    return ColumnarIndex(columns, vocab, int(high)), int(high)


def index_rows_of(incidents: list[Incident], fids: list[int]):
    """(numeric columns, vocabulary texts, descriptions) of stored incidents for the cache."""
    from ..gpkg.write import index_rows

    return index_rows(incidents, fids)


def uuid_text(value) -> str:
    return str(value if isinstance(value, uuid_module.UUID) else uuid_module.UUID(str(value)))


def ms_of(value) -> int:
    return datetime_to_ms(value)
