"""The SQL of every write to ``incidents`` in PostgreSQL, each run inside the store's one transaction per write
(which holds the advisory lock ``schema.CHANGE_LOCK``). The rules are the GeoPackage's (``gpkg_write``):
optimistic locking by ``revision``, all or nothing, a sentence naming the incident on refusal.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from typing import Callable, Iterable

import psycopg
from psycopg.copy import QueuedLibpqWriter

from ...domain.errors import ImportRejected, NotFoundError, StoreError
from ...domain.incident import Incident
from ...geo import enrich as geo_enrich
from ..gpkg.write import PreparedBatch, _concat_enrichment, canonical_id, enriched_chunks, stamp_new, with_derived
from ..gpkg.incident_rows import iso_ms
from .copy_text import batch_payload
from .rows import SELECT_SQL, WRITE_COLUMNS, incident_values, row_to_incident

log = logging.getLogger(__name__)

_INSERT = (f"INSERT INTO incidents ({', '.join(WRITE_COLUMNS)}) VALUES "
           f"(%s::uuid, %s::geometry, {', '.join(['%s'] * (len(WRITE_COLUMNS) - 2))}) RETURNING fid")
_UPDATE = (f"UPDATE incidents SET geom = %s::geometry, {', '.join(f'{c} = %s' for c in WRITE_COLUMNS[2:])} "
           "WHERE uuid = %s::uuid AND revision = %s")
_COPY = f"COPY incidents ({', '.join(WRITE_COLUMNS)}) FROM STDIN"
# PostgreSQL refuses COPY FROM into a table whose row-level security binds the session (operators and
# supervisors): their rows are copied into a temporary table first, then inserted by one INSERT ... SELECT,
# which row-level security and the column privileges check as they check any insert.
_STAGE = "bm_import_stage"
_STAGE_CREATE = (f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE} ON COMMIT DROP AS SELECT {', '.join(WRITE_COLUMNS)} "
                 "FROM incidents WITH NO DATA")
_STAGE_COPY = f"COPY {_STAGE} ({', '.join(WRITE_COLUMNS)}) FROM STDIN"
_STAGE_INSERT = (f"INSERT INTO incidents ({', '.join(WRITE_COLUMNS)}) SELECT {', '.join(WRITE_COLUMNS)} "
                 f"FROM {_STAGE}")


# A bulk load into an empty table builds its plain indexes (the spatial one, change_seq, occurred_at and any an
# administrator added) once after the rows, not row by row: the 1M import of benchmarks/perf/import_speed.py took
# 15.1 s against 23.3-25.1 s (a larger maintenance_work_mem for the builds gained nothing). They are dropped and
# made again in the COPY's own savepoint, so a failed import gives them back as they were; nobody reads an empty
# table, so the lock this holds until the commit keeps no one from anything. The indexes backing a constraint (the
# primary key, the unique fid and uuid) stay: they catch a clash of ids.
_PLAIN_INDEXES = """
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = 'incidents'::regclass AND NOT i.indisprimary AND NOT i.indisunique AND c.reltablespace = 0
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
ORDER BY 1"""


def drop_plain_indexes(conn) -> list[str]:
    """Drop the plain indexes of ``incidents`` (those backing no constraint) when the session owns the table (the
    owner alone may drop them); the statements that build them again once the rows are in ([]: none dropped)."""
    owner = conn.execute("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
                         "WHERE oid = 'incidents'::regclass").fetchone()[0]
    if not owner:
        return []
    indexes = conn.execute(_PLAIN_INDEXES).fetchall()
    for name, _definition in indexes:
        conn.execute(f"DROP INDEX {name}")
    return [definition for _name, definition in indexes]


def existing_ids(conn, ids: list[str]) -> set[str]:
    rows = conn.execute("SELECT uuid::text FROM incidents WHERE uuid = ANY(%s::uuid[])", (ids,)).fetchall()
    return {r[0] for r in rows}


def fetch(conn, ids: list[str], lock: bool = False) -> dict[str, tuple[int, Incident]]:
    """uuid -> (fid, Incident) of the stored incidents among ``ids``."""
    rows = conn.execute(SELECT_SQL + " WHERE uuid = ANY(%s::uuid[])" + (" FOR UPDATE" if lock else ""),
                        (ids,)).fetchall()
    return {row[1]: (row[0], row_to_incident(row)) for row in rows}


def fetch_by_fid(conn, fids: list[int]) -> dict[int, tuple]:
    rows = conn.execute(SELECT_SQL + " WHERE fid = ANY(%s::bigint[])", (fids,)).fetchall()
    return {row[0]: row for row in rows}


def insert_incidents(conn, incidents: list[Incident], user: str, origin: str,
                     now: datetime) -> tuple[list[Incident], list[int]]:
    stored = stamp_new(incidents, lambda ids: existing_ids(conn, ids), user, origin, now)
    fids = [conn.execute(_INSERT, incident_values(inc)).fetchone()[0] for inc in stored]
    return stored, fids


def update_incidents(conn, incidents: list[Incident], user: str, now: datetime,
                     store_name: str) -> list[tuple[int, Incident, Incident]]:
    ids = [str(i.id) for i in incidents]
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        twice = next(i for i in ids if i in seen or seen.add(i))
        raise StoreError(f"Incident {twice} appears twice among the incidents to change; nothing was changed.")
    found = fetch(conn, ids, lock=True)
    others = f"; none of the {len(ids)} incidents was changed" if len(ids) > 1 else ""
    for incident, uid in zip(incidents, ids):
        stored = found.get(uid)
        if stored is None:
            raise NotFoundError(f"There is no incident {uid} in {store_name}; it cannot be changed{others}.")
        before = stored[1]
        if before.deleted:
            raise StoreError(f"Incident {uid} is deleted; restore it before changing it{others}.")
        if incident.revision != before.revision:
            when = iso_ms(before.updated_at) or "an unknown time"
            raise StoreError(
                f"Incident {uid} was changed by {before.updated_by or 'someone else'} at {when} (revision "
                f"{before.revision}) after you opened revision {incident.revision}; reload it and make your "
                f"change again{others}.")
    out = []
    for incident, uid, derived in zip(incidents, ids, with_derived(incidents)):
        fid, before = found[uid]
        after = replace(incident, created_at=before.created_at, created_by=before.created_by, origin=before.origin,
                        updated_at=now, updated_by=user, revision=before.revision + 1, deleted=False, **derived)
        out.append((fid, before, after))
    for fid, before, after in out:
        values = incident_values(after)
        cur = conn.execute(_UPDATE, (*values[1:], values[0], before.revision))
        if cur.rowcount != 1:
            raise StoreError(f"Incident {after.id} was changed by someone else while saving; reload and try again.")
    return out


def set_deleted(conn, ids, deleted: bool, user: str, now: datetime,
                store_name: str) -> list[tuple[int, Incident, Incident]]:
    wanted = list(dict.fromkeys(canonical_id(i) for i in ids))
    found = fetch(conn, wanted, lock=True)
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(f"There is no incident {missing[0]} in {store_name}"
                            + (f" (nor {len(missing) - 1} other ids)" if len(missing) > 1 else "")
                            + "; nothing was changed.")
    changed = []
    for uid in wanted:
        fid, before = found[uid]
        if before.deleted == deleted:
            continue
        changed.append((fid, before, replace(before, deleted=deleted, updated_at=now, updated_by=user,
                                             revision=before.revision + 1)))
    with conn.cursor() as cur:
        cur.executemany("UPDATE incidents SET deleted = %s, updated_at = %s, updated_by = %s, revision = %s "
                        "WHERE fid = %s", [(deleted, now, user, a.revision, fid) for fid, _, a in changed])
    return changed


def flag_batch(conn, ids, deleted: bool, user: str, now: datetime, store_name: str):
    """Set ``deleted`` on the incidents whose flag differs (one statement); (fids, uuids, new revisions)."""
    wanted = list(dict.fromkeys(canonical_id(i) for i in ids))
    rows = conn.execute("SELECT uuid::text, fid, deleted, revision FROM incidents WHERE uuid = ANY(%s::uuid[]) "
                        "FOR UPDATE", (wanted,)).fetchall()
    found = {r[0]: r for r in rows}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(f"There is no incident {missing[0]} in {store_name}"
                            + (f" (nor {len(missing) - 1} other ids)" if len(missing) > 1 else "")
                            + "; nothing was changed.")
    changed = [found[u] for u in wanted if bool(found[u][2]) != deleted]
    if not changed:
        return [], [], []
    conn.execute("UPDATE incidents SET deleted = %s, updated_at = %s, updated_by = %s, revision = revision + 1 "
                 "WHERE fid = ANY(%s::bigint[])", (deleted, now, user, [r[1] for r in changed]))
    return [r[1] for r in changed], [r[0] for r in changed], [r[3] + 1 for r in changed]


def insert_batch(conn, prepared: PreparedBatch, progress: Callable[[int, int], None] | None,
                 cancel: Callable[[], bool] | None) -> list[int]:
    """COPY the rows in one stream, a chunk at a time (enriching the next chunk in a worker meanwhile, while the
    server takes in the one sent before); the new fids, consecutive because the writer holds the change lock and
    the rows take them from the column's default in order."""
    n = len(prepared.batch)
    names = geo_enrich.sector_names()
    parts = []

    def chunks():
        for start, stop, derived in enriched_chunks(prepared.batch, cancel):
            parts.append(derived)
            chunk = prepared.batch.take(slice(start, stop))
            bookkeeping = {k: v[start:stop] for k, v in prepared.bookkeeping.items()}
            yield batch_payload(chunk, prepared.ids[start:stop], derived, names, bookkeeping)
            if progress is not None:
                progress(stop, n)

    try:
        fids = list(_copy(conn, chunks(), n))
    except psycopg.errors.UniqueViolation:
        _refuse_known_ids(conn, [(prepared.source_name, prepared.batch.rows, prepared.ids)])
        raise StoreError("An incident id of the import is already in the store; nothing was written.") from None
    prepared.derived = _concat_enrichment(parts)
    return fids


def copy_prepared(conn, batches: Iterable[PreparedBatch], on_stored: Callable[[PreparedBatch], None]) -> range:
    """COPY the rows of a stream of prepared, measured batches (``store.prepared_stream``) in one stream; each batch
    is handed to ``on_stored`` once sent. The new fids (a range). A clash of ids raises ImportRejected naming the
    ids already stored and their rows."""
    names = geo_enrich.sector_names()
    seen: list[tuple[str, object, list[str]]] = []  # (source name, rows, ids) of each batch sent

    def chunks():
        for prepared in batches:
            seen.append((prepared.source_name, prepared.batch.rows, prepared.ids))
            yield batch_payload(prepared.batch, prepared.ids, prepared.derived, names, prepared.bookkeeping)
            on_stored(prepared)

    try:
        return _copy(conn, chunks(), None)
    except psycopg.errors.UniqueViolation:
        _refuse_known_ids(conn, seen)
        raise StoreError("An incident id appears twice in the import; nothing was written.") from None


def next_fid(conn) -> int:
    """The fid the next inserted row takes (while this writer holds the change lock)."""
    last_value, called = conn.execute("SELECT last_value, is_called FROM incidents_fid_seq").fetchone()
    return last_value + 1 if called else last_value


def _copy(conn, payloads: Iterable[bytes], n: int | None) -> range:
    """One COPY (into the staging table when row-level security binds the session) of the COPY-text payloads, in a
    savepoint (so that after a clash of ids the ids can be looked up; into an empty table, with its plain indexes
    built after the rows); the fids the rows took, checked against the sequence (``n`` rows when given, else as
    many as the COPY counted)."""
    staged = bool(conn.execute("SELECT row_security_active('incidents'::regclass)").fetchone()[0])
    first = next_fid(conn)
    with conn.transaction(), conn.cursor() as cur:
        if staged:
            cur.execute(_STAGE_CREATE)
            cur.execute(f"TRUNCATE {_STAGE}")
        empty = not staged and not cur.execute("SELECT EXISTS (SELECT 1 FROM incidents)").fetchone()[0]
        deferred = drop_plain_indexes(cur) if empty else []  # built again after the rows (_PLAIN_INDEXES)
        # The queued writer sends on a thread of its own (psycopg's): the next chunk's COPY text is made while the
        # server takes in the one before, instead of after it.
        with cur.copy(_STAGE_COPY if staged else _COPY, writer=QueuedLibpqWriter(cur)) as copy:
            for payload in payloads:
                copy.write(payload)
        copied = cur.rowcount
        if staged:
            cur.execute(_STAGE_INSERT)
        for definition in deferred:
            cur.execute(definition)
    count = copied if n is None else n
    if count <= 0:
        return range(first, first)
    last = conn.execute("SELECT currval('incidents_fid_seq')").fetchone()[0]
    if last - first + 1 != count:
        raise StoreError(f"expected {count} new fids from {first}, the table ends at {last}")
    return range(first, last + 1)


def _refuse_known_ids(conn, batches: list[tuple[str, object, list[str]]]) -> None:
    """Raise ImportRejected naming the rows whose id is already stored, among ``batches`` of (source name, file
    rows, ids), if any is."""
    rejects, clash = [], set()
    for source_name, rows, ids in batches:
        known = existing_ids(conn, ids)
        clash |= known
        rejects += [(source_name, int(r), "id", f"{i!r} is already in the store")
                    for r, i in zip(rows, ids) if i in known]
    if rejects:
        raise ImportRejected(
            f"The import was refused: {len(clash)} incident id(s) are already in the store (first at row "
            f"{rejects[0][1]}); nothing was written.", rejects) from None
