"""Copying a whole store between a GeoPackage file and a database: incidents with their ids, fids, revisions
and bookkeeping, the audit log entry for entry (so its hash chain and head travel intact, and the history of
each incident still finds the import that brought it by fid), context events, saved filters and metadata.

``geopackage_to_database`` loads a GeoPackage store into a database store that holds no incidents and no audit
entries yet (``db init`` first), in one transaction, with COPY. ``database_to_geopackage`` writes a new
GeoPackage store (made as ``init`` makes one, then filled in one SQLite transaction, then moved into place).
Attachments stay in GeoPackage stores: the count left behind is returned so the command can say so.
"""
from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import StoreError
from ..gpkg import audit as gpkg_audit
from ..gpkg.binary import decode_points, encode_point
from ..gpkg.binary import register_functions
from ..gpkg.incident_rows import COLUMN_NAMES as GPKG_COLUMNS
from ..gpkg.incident_rows import iso_ms
from .audit_log import HEAD_KEY
from .connections import open_connection
from .rows import COLUMN_NAMES, ewkb_hex_array
from .schema import CHANGE_LOCK, check_version
from .url import parse
from .writes import drop_plain_indexes

log = logging.getLogger(__name__)

_KEEP_OUT = {"schema_version", "audit_head", "origin"}  # metadata each store keeps for itself
_AUDIT = "id, at, {user}, origin, action, incident_uuid, before_json, after_json, prev_hash, hash"
_BOOL = ("in_zone", "deleted")
_CHUNK = 50_000


@dataclass(frozen=True)
class Transferred:
    incidents: int
    audit_entries: int
    events: int
    saved_filters: int
    attachments_left: int = 0


def _gpkg_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def geopackage_to_database(gpkg: str | Path, url: str, progress=None) -> Transferred:
    from ..gpkg.store import open_store as open_geopackage

    gpkg = Path(gpkg)
    with open_geopackage(gpkg, read_only=True) as source:  # checks the file is a store and reads its health
        problems = list(source.audit_problems)
    if problems:
        raise StoreError(f"The audit log of {gpkg} is broken ({problems[0]}); it is not copied into a shared store. "
                         f"See: border-monitor audit verify --store {gpkg}")
    address = parse(url)
    src = _gpkg_readonly(gpkg)
    conn = open_connection(address)
    try:
        check_version(conn, address.name)
        with conn.transaction():
            conn.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
            held = conn.execute("SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM audit_log)").fetchone()
            if held[0] or held[1]:
                raise StoreError(f"The database {address.name} already holds {held[0]:,} incidents and {held[1]:,} "
                                 "audit entries; a GeoPackage store is loaded only into a new one (db init).")
            conn.execute("SET LOCAL bm.keep_fid = 'on'")
            deferred = drop_plain_indexes(conn)  # a new store: the table is empty and nobody reads it
            columns = ["fid", "uuid", "geom", *COLUMN_NAMES]
            total = src.execute("SELECT count(*) FROM incidents").fetchone()[0]
            done = 0
            rows = src.execute(f"SELECT fid, uuid, geom, {', '.join(COLUMN_NAMES)} FROM incidents ORDER BY fid")
            with conn.cursor() as cur, cur.copy(f"COPY incidents ({', '.join(columns)}) FROM STDIN") as copy:
                # A chunk's points decoded and written as EWKB in one numpy pass; the GeoPackage's 0/1 of in_zone
                # and deleted go as they are (PostgreSQL reads 1 and 0 as booleans).
                for chunk in iter(lambda: rows.fetchmany(_CHUNK), []):
                    lon, lat = decode_points([r[2] for r in chunk])
                    for row, point in zip(chunk, ewkb_hex_array(lon, lat)):
                        copy.write_row((row[0], row[1], point) + row[3:])
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
            for definition in deferred:
                conn.execute(definition)
            conn.execute("SELECT setval('incidents_fid_seq', greatest((SELECT max(fid) FROM incidents), 1))")
            entries = 0
            with conn.cursor() as cur, cur.copy(f"COPY audit_log ({_AUDIT.format(user='actor')}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {_AUDIT.format(user='user')} FROM audit_log ORDER BY id"):
                    copy.write_row(row)
                    entries += 1
            events = src.execute("SELECT start_date, end_date, country, title FROM events ORDER BY id").fetchall()
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO events (start_date, end_date, country, title) VALUES (%s, %s, %s, %s)",
                                events)
                filters = _rows_if(src, "saved_filters", "SELECT name, filter_json, author, created, updated "
                                                         "FROM saved_filters")
                cur.executemany("INSERT INTO saved_filters (name, filter_json, author, created, updated) VALUES "
                                "(%s, %s, %s, %s, %s)", filters)
                metadata = [(k, v) for k, v in src.execute("SELECT key, value FROM bm_metadata") if k not in _KEEP_OUT]
                head = src.execute("SELECT value FROM bm_metadata WHERE key = 'audit_head'").fetchone()
                if head is not None:
                    metadata.append((HEAD_KEY, head[0]))
                cur.executemany("INSERT INTO bm_metadata (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                                "SET value = excluded.value", metadata)
        attachments = _rows_if(src, "incident_media", "SELECT count(*) FROM incident_media")
        return Transferred(done, entries, len(events), len(filters), attachments[0][0] if attachments else 0)
    finally:
        src.close()
        conn.close()


def _rows_if(conn: sqlite3.Connection, table: str, query: str) -> list:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is None:
        return []
    return conn.execute(query).fetchall()


def database_to_geopackage(url: str, out: str | Path, created_by: str = "") -> Transferred:
    from ..gpkg.new_store import check_new_store, create_store

    out = Path(out)
    if not out.exists():  # an existing file (the command checked --overwrite) is replaced once all is written
        check_new_store(out)
    partial = out.with_name(f".{out.stem}.{secrets.token_hex(4)}.export.gpkg")
    address = parse(url)
    conn = open_connection(address)
    try:
        check_version(conn, address.name)
        create_store(partial, created_by=created_by)
        dst = sqlite3.connect(partial, isolation_level=None)
        register_functions(dst)  # the R-tree triggers call the GeoPackage's ST_ functions
        try:
            dst.execute("BEGIN IMMEDIATE")
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                count = _copy_incidents(conn, dst)
                entries = _copy_audit(conn, dst)
                events = conn.execute("SELECT start_date, end_date, country, title FROM events ORDER BY id").fetchall()
                dst.execute("DELETE FROM events")
                dst.executemany("INSERT INTO events (start_date, end_date, country, title) VALUES (?, ?, ?, ?)",
                                [(s.isoformat(), e.isoformat(), c, t) for s, e, c, t in events])
                filters = conn.execute("SELECT name, filter_json, author, created, updated FROM saved_filters").fetchall()
                dst.executemany("INSERT INTO saved_filters (name, filter_json, author, created, updated) VALUES "
                                "(?, ?, ?, ?, ?)", filters)
                for key, value in conn.execute("SELECT key, value FROM bm_metadata").fetchall():
                    if key in _KEEP_OUT:
                        continue
                    dst.execute("INSERT INTO bm_metadata (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                "value = excluded.value", (key, value))
                head = conn.execute("SELECT value FROM bm_metadata WHERE key = %s", (HEAD_KEY,)).fetchone()
                if head is not None:
                    dst.execute("INSERT INTO bm_metadata (key, value) VALUES ('audit_head', ?) ON CONFLICT(key) DO "
                                "UPDATE SET value = excluded.value", (head[0],))
            dst.execute("COMMIT")
        finally:
            dst.close()
        os.replace(partial, out)
    finally:
        conn.close()
        for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
    return Transferred(count, entries, len(events), len(filters))


def _copy_incidents(conn, dst: sqlite3.Connection) -> int:
    from .rows import SELECT_SQL

    insert = (f"INSERT INTO incidents (fid, geom, {', '.join(GPKG_COLUMNS)}) VALUES "
              f"({', '.join('?' * (len(GPKG_COLUMNS) + 2))})")
    count = 0
    with conn.cursor(name="bm_export") as cur:
        cur.itersize = 20_000
        cur.execute(SELECT_SQL + " ORDER BY fid")
        batch = []
        for row in cur:
            fid, uid, lon, lat = row[:4]
            values = list(row[4:-1])
            for k, name in enumerate(COLUMN_NAMES):
                value = values[k]
                if name in ("occurred_at", "created_at", "updated_at"):
                    values[k] = iso_ms(value)
                elif name in _BOOL and value is not None:
                    values[k] = int(value)
            geom = None if lon is None else encode_point(lon, lat)
            batch.append((fid, geom, uid, *values))
            if len(batch) >= 20_000:
                dst.executemany(insert, batch)
                count += len(batch)
                batch = []
        dst.executemany(insert, batch)
        count += len(batch)
    if count:
        dst.execute("UPDATE sqlite_sequence SET seq = max(seq, (SELECT max(fid) FROM incidents)) "
                    "WHERE name = 'incidents'")
    return count


def _copy_audit(conn, dst: sqlite3.Connection) -> int:
    if dst.execute("SELECT count(*) FROM audit_log").fetchone()[0]:
        raise StoreError("the new GeoPackage store already holds audit entries")
    rows = conn.execute(f"SELECT {_AUDIT.format(user='actor')} FROM audit_log ORDER BY id").fetchall()
    dst.executemany(f"INSERT INTO audit_log ({_AUDIT.format(user='user')}) VALUES ({', '.join('?' * 10)})", rows)
    return len(rows)


__all__ = ["Transferred", "geopackage_to_database", "database_to_geopackage", "gpkg_audit"]
