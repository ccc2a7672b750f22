"""The SQL of every write to incidents, each run inside the store's one transaction per write.

These functions do not commit: ``gpkg.GeoPackageStore`` opens the transaction (BEGIN IMMEDIATE),
calls them, commits, then applies the returned index rows to the columnar index.
"""
from __future__ import annotations

import logging
import sqlite3
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Callable, Iterator

import numpy as np

from ...domain.batch import IncidentBatch, datetime_to_ms
from ...domain.errors import ImportCancelled, ImportRejected, NotFoundError, StoreError
from ...domain.incident import Incident
from ...domain.taxonomy import BORDERS, COUNTRIES, STATUSES, TYPES
from ..base import Change
from ..cache.columnar import row_days
from .incident_rows import (COLUMN_NAMES, INSERT_SQL, SELECT_COLUMNS, SIDES, TABLE, UUID_INDEX,
                            batch_insert_sql, batch_values, incident_row, iso_ms, iso_ms_array, literal_bookkeeping,
                            row_to_incident, uuid7_strings)
from .incident_rows import now_ms as now_ms_value

from .store_schema import SEQ_INDEX, SEQ_SQL

log = logging.getLogger(__name__)

CHUNK = 25_000
ROWS_PER_INSERT = 200  # rows of a bulk insert per INSERT statement (``insert_values``)


def last_fid(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (TABLE,)).fetchone()
    return int(row[0]) if row else 0


def existing_ids(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Which of ``ids`` are already in the table."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found.update(r[0] for r in conn.execute(
            f"SELECT uuid FROM {TABLE} WHERE uuid IN ({', '.join('?' * len(part))})", part))
    return found


def fetch(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[int, Incident]]:
    """uuid -> (fid, Incident) of the stored incidents among ``ids``."""
    out = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for row in conn.execute(f"SELECT {SELECT_COLUMNS} FROM {TABLE} WHERE uuid IN ({', '.join('?' * len(part))})",
                                part):
            out[row[2]] = (row[0], row_to_incident(row))
    return out


def fetch_by_fid(conn: sqlite3.Connection, fids: list[int]) -> dict[int, tuple]:
    out = {}
    for start in range(0, len(fids), 900):
        part = fids[start:start + 900]
        for row in conn.execute(f"SELECT {SELECT_COLUMNS} FROM {TABLE} WHERE fid IN ({', '.join('?' * len(part))})",
                                part):
            out[row[0]] = row
    return out


def canonical_id(value) -> str:
    try:
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    except ValueError:
        raise NotFoundError(f"{value!r} is not an incident id (a UUID).") from None


# -- single incidents ----------------------------------------------------------------------------

def with_derived(incidents: list[Incident]) -> list[dict]:
    """The derived fields of each incident's position (vectorised over the list)."""
    if not incidents:
        return []
    lon = np.array([i.lon for i in incidents], dtype=np.float64)
    lat = np.array([i.lat for i in incidents], dtype=np.float64)
    from ...geo import enrich as geo_enrich  # the reference geography (shapely, pyproj): loaded by a write

    e = geo_enrich.enrich(lon, lat)
    names = geo_enrich.sector_names()
    return [
        {
            "border": None if e.border[k] < 0 else BORDERS[int(e.border[k])],
            "sector": None if e.sector[k] < 0 else names[int(e.sector[k])],
            "distance_to_border_m": float(e.distance_to_border_m[k]),
            "side": None if e.side[k] < 0 else SIDES[int(e.side[k])],
            "in_zone": bool(e.in_zone[k]),
        }
        for k in range(len(incidents))
    ]


def stamp_new(incidents: list[Incident], existing: Callable[[list[str]], set[str]], user: str, origin: str,
              now: datetime) -> list[Incident]:
    """New incidents checked (no id twice, none already stored: ``existing`` names those that are) and stamped with
    their bookkeeping and derived fields, ready to insert; the same for every backend."""
    ids = [str(i.id) for i in incidents]
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise StoreError(f"Incident {i} appears twice among the incidents to add.")
        seen.add(i)
    clash = existing(ids)
    if clash:
        raise StoreError(f"An incident with id {sorted(clash)[0]} is already in the store "
                         f"({len(clash)} of the {len(ids)} incidents to add are).")
    return [
        replace(inc, created_at=inc.created_at or now, created_by=inc.created_by or user, updated_at=now,
                updated_by=user, revision=max(1, inc.revision), origin=inc.origin or origin, **derived)
        for inc, derived in zip(incidents, with_derived(incidents))
    ]


def insert_incidents(conn: sqlite3.Connection, incidents: list[Incident], user: str, origin: str,
                     now: datetime) -> tuple[list[Incident], list[int]]:
    """Insert new incidents with bookkeeping and derived fields set; (stored incidents, fids)."""
    stored = stamp_new(incidents, lambda ids: existing_ids(conn, ids), user, origin, now)
    conn.executemany(INSERT_SQL, [incident_row(inc) for inc in stored])
    last = last_fid(conn)
    return stored, list(range(last - len(stored) + 1, last + 1))


def update_incidents(conn: sqlite3.Connection, incidents: list[Incident], user: str, now: datetime,
                     store_name: str) -> list[tuple[int, Incident, Incident]]:
    """Replace stored incidents, all or nothing, checking each one's revision; (fid, before, after) of each.

    Every check runs before the first row is written; the first failure raises a sentence naming the incident.
    """
    ids = [str(i.id) for i in incidents]
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        twice = next(i for i in ids if i in seen or seen.add(i))
        raise StoreError(f"Incident {twice} appears twice among the incidents to change; nothing was changed.")
    found = fetch(conn, ids)
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
                f"change again{others}."
            )
    out = []
    for incident, uid, derived in zip(incidents, ids, with_derived(incidents)):
        fid, before = found[uid]
        after = replace(incident, created_at=before.created_at, created_by=before.created_by, origin=before.origin,
                        updated_at=now, updated_by=user, revision=before.revision + 1, deleted=False, **derived)
        out.append((fid, before, after))
    sets = ", ".join(f"{c} = ?" for c in ["geom", *COLUMN_NAMES])
    cursor = conn.executemany(f"UPDATE {TABLE} SET {sets} WHERE fid = ? AND revision = ?",
                              [(*incident_row(after), fid, before.revision) for fid, before, after in out])
    if cursor.rowcount != len(out):
        raise StoreError(f"{'An incident' if len(out) > 1 else f'Incident {ids[0]}'} was changed by someone else "
                         "while saving; reload and try again.")
    return out


def set_deleted(conn: sqlite3.Connection, ids, deleted: bool, user: str, now: datetime,
                store_name: str) -> list[tuple[int, Incident, Incident]]:
    """Flag incidents deleted (or not); (fid, before, after) of those whose flag changed."""
    wanted = list(dict.fromkeys(canonical_id(i) for i in ids))
    found = fetch(conn, wanted)
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(f"There is no incident {missing[0]} in {store_name}"
                            + (f" (nor {len(missing) - 1} other ids)" if len(missing) > 1 else "") + "; nothing was changed.")
    changed = []
    for uid in wanted:
        fid, before = found[uid]
        if before.deleted == deleted:
            continue
        after = replace(before, deleted=deleted, updated_at=now, updated_by=user, revision=before.revision + 1)
        changed.append((fid, before, after))
    conn.executemany(
        f"UPDATE {TABLE} SET deleted = ?, updated_at = ?, updated_by = ?, revision = ? WHERE fid = ?",
        [(int(deleted), iso_ms(a.updated_at), user, a.revision, fid) for fid, _, a in changed],
    )
    return changed


def index_rows(stored: list[Incident], fids: list[int]) -> tuple[dict, dict, list[str]]:
    """(numeric columns, vocabulary texts, descriptions) of incidents for the columnar index."""
    def code(value, vocabulary):
        return -1 if value is None else vocabulary.index(value)
    rows = {
        "fid": np.array(fids, dtype=np.int64),
        "uuid": np.array([str(i.id) for i in stored], dtype="S36"),
        "ms": np.array([datetime_to_ms(i.occurred_at) for i in stored], dtype=np.int64),
        "updated_ms": np.array([-1 if i.updated_at is None else datetime_to_ms(i.updated_at) for i in stored],
                               dtype=np.int64),
        "country": np.array([code(i.country, COUNTRIES) for i in stored], dtype=np.int8),
        "type": np.array([code(i.type, TYPES) for i in stored], dtype=np.int8),
        "status": np.array([code(i.status, STATUSES) for i in stored], dtype=np.int8),
        "border": np.array([code(i.border, BORDERS) for i in stored], dtype=np.int8),
        "side": np.array([code(i.side, SIDES) for i in stored], dtype=np.int8),
        "in_zone": np.array([-1 if i.in_zone is None else int(i.in_zone) for i in stored], dtype=np.int8),
        "deleted": np.array([i.deleted for i in stored], dtype=bool),
        "lon": np.array([i.lon for i in stored], dtype=np.float64),
        "lat": np.array([i.lat for i in stored], dtype=np.float64),
        "persons": np.array([i.persons for i in stored], dtype=np.int32),
        "distance": np.array([np.nan if i.distance_to_border_m is None else i.distance_to_border_m for i in stored],
                             dtype=np.float64),
        "revision": np.array([i.revision for i in stored], dtype=np.int32),
    }
    texts = {
        "sector": [i.sector for i in stored],
        "nationalities": [",".join(str(n) for n in i.nationalities) for i in stored],
        "source": [i.source for i in stored],
    }
    return rows, texts, [i.description for i in stored]


# -- batches -------------------------------------------------------------------------------------

@dataclass
class PreparedBatch:
    """A validated batch with ids and bookkeeping, ready to insert (``derived`` is set while inserting)."""

    batch: IncidentBatch
    ids: list[str]
    bookkeeping: dict
    source_name: str
    now_ms: int
    derived: object = None  # geo.enrich.Enrichment of the whole batch
    constants: dict = field(default_factory=dict)  # bookkeeping column -> the value of every row (a default)


def prepare_batch(batch: IncidentBatch, user: str, origin: str, source_name: str = "",
                  validated: bool = False) -> PreparedBatch:
    """Validate (raising ImportRejected with every bad row) unless the caller just did, give ids and fill
    bookkeeping. Ids already in the store are found while inserting (``insert_batch``)."""
    n = len(batch)
    errors = [] if validated else batch.validate()
    if errors:
        shown = " (the first 1000 are listed)" if len(errors) >= 1000 else ""
        where = f" of {source_name}" if source_name else ""
        raise ImportRejected(
            f"The import{where} was refused: {len(errors)} row(s) have errors{shown}; nothing was written. "
            f"First: {errors[0]}.",
            [(source_name, e.row, e.field, f"{e.value!r} {e.message}") for e in errors],
        )
    if batch.id is None:
        ids = uuid7_strings(n)
        batch.id = np.array(ids, dtype=object)
    else:
        ids = [str(i) for i in batch.id]
    now_ms = now_ms_value()
    now_text = iso_ms_array(np.array([now_ms]))[0]
    extra = batch.extra

    def times(name: str) -> list:
        if name in extra:
            return iso_ms_array(np.asarray(extra[name], dtype=np.int64))
        return [now_text] * n

    def texts(name: str, default: str) -> list:
        return [str(v) for v in extra[name]] if name in extra else [default] * n

    defaults = {"created_at": now_text, "created_by": user, "updated_at": now_text, "updated_by": user, "revision": 1,
                "origin": origin, "deleted": 0}
    carried = {"created_at": "created_at_ms", "updated_at": "updated_at_ms"}
    constants = {name: value for name, value in defaults.items() if carried.get(name, name) not in extra}
    bookkeeping = {
        "created_at": times("created_at_ms"),
        "created_by": texts("created_by", user),
        "updated_at": times("updated_at_ms"),
        "updated_by": texts("updated_by", user),
        "revision": (np.maximum(np.asarray(extra["revision"], dtype=np.int64), 1).tolist()
                     if "revision" in extra else [1] * n),
        "origin": texts("origin", origin),
        "deleted": (np.asarray(extra["deleted"], dtype=bool).astype(int).tolist() if "deleted" in extra else [0] * n),
    }
    return PreparedBatch(batch, ids, bookkeeping, source_name, now_ms, constants=constants)


def _enrich(batch: IncidentBatch, start: int, stop: int):
    from ...geo import enrich as geo_enrich

    return geo_enrich.enrich(batch.lon[start:stop], batch.lat[start:stop])


def enriched_chunks(batch: IncidentBatch, cancel: Callable[[], bool] | None) -> Iterator[tuple[int, int, object]]:
    """``(start, stop, derived)`` for each ``CHUNK`` of the batch's rows with its ``geo.enrich`` fields; the next
    chunk is measured in a worker thread while the caller writes this one (both release the GIL for most of their
    work). Raises ImportCancelled between chunks when ``cancel()`` says so."""
    n = len(batch)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bm-enrich") as pool:
        pending = pool.submit(_enrich, batch, 0, min(n, CHUNK))
        for start in range(0, n, CHUNK):
            stop = min(n, start + CHUNK)
            derived = pending.result()
            if cancel is not None and cancel():
                raise ImportCancelled("The import was cancelled; nothing was written.")
            if stop < n:
                pending = pool.submit(_enrich, batch, stop, min(n, stop + CHUNK))
            yield start, stop, derived


def _concat_enrichment(parts):
    if len(parts) == 1:
        return parts[0]
    return type(parts[0])(**{f.name: np.concatenate([getattr(p, f.name) for p in parts]) for f in fields(parts[0])})


def insert_batch(conn: sqlite3.Connection, prepared: PreparedBatch,
                 progress: Callable[[int, int], None] | None, cancel: Callable[[], bool] | None,
                 with_seq: bool = False) -> list[int]:
    """Enrich and insert the rows in chunks (calling ``progress``, honouring ``cancel``); the new fids.

    The next chunk is enriched in a worker thread while SQLite writes this one (both release the
    GIL for most of their work), so the import takes about the longer of the two, not their sum.
    """
    from ...geo import enrich as geo_enrich

    n = len(prepared.batch)
    names = geo_enrich.sector_names()
    first = last_fid(conn) + 1
    parts = []
    literals = literal_bookkeeping(prepared.constants)
    seq = _batch_seq(conn, with_seq)
    for start, stop, derived in enriched_chunks(prepared.batch, cancel):
        parts.append(derived)
        values = batch_values(prepared.batch, prepared.ids, derived, names, prepared.bookkeeping, start, stop, literals)
        _insert_chunk(conn, lambda rows: batch_insert_sql(literals, with_seq, seq, rows), values, prepared, start, stop)
        if progress is not None:
            progress(stop, n)
    prepared.derived = _concat_enrichment(parts)
    return _new_fids(conn, first, n)


def _insert_chunk(conn: sqlite3.Connection, sql_of: Callable[[int], str], values: tuple[list, int],
                  prepared: PreparedBatch, start: int, stop: int) -> None:
    """Rows ``start:stop`` of ``prepared`` inserted, or none of them (ImportRejected when their ids are stored).
    ``values``: what ``incident_rows.batch_values`` gives for them; ``sql_of(k)`` the INSERT of ``k`` rows."""
    conn.execute("SAVEPOINT bm_chunk")
    try:
        insert_values(conn, sql_of, *values)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO bm_chunk")  # drop this chunk's rows: what remains was stored before
        _refuse_known_ids(conn, prepared, start, stop)
        raise
    conn.execute("RELEASE bm_chunk")


def insert_values(conn: sqlite3.Connection, sql_of: Callable[[int], str], flat: list, width: int) -> None:
    """Rows given as one flat list of ``width`` values each, inserted ``ROWS_PER_INSERT`` rows per statement
    (``sql_of(k)``: the INSERT of ``k`` rows; each size is compiled once, Python's sqlite3 caches the statement).

    A statement per row (``executemany``) steps, resets and updates the table's AUTOINCREMENT sequence once per row;
    measured at 300k rows into the incidents table without its indexes (2-core machine shared with other work):
    0.82 s of CPU with ``executemany`` of tuples, 0.69 s at 10 rows a statement, 0.58 s at 200, 0.60 s at 1000."""
    rows = len(flat) // width
    per = max(1, min(ROWS_PER_INSERT, _variable_limit(conn) // width))
    full = rows // per * per
    if full:
        sql, step = sql_of(per), per * width
        for at in range(0, full * width, step):
            conn.execute(sql, flat[at:at + step])
    if full < rows:
        conn.execute(sql_of(rows - full), flat[full * width:])


def _variable_limit(conn: sqlite3.Connection) -> int:
    """How many values one statement may bind (SQLite's default before 3.32, when Python cannot ask: 999)."""
    getlimit = getattr(conn, "getlimit", None)  # Python 3.11
    return getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if getlimit is not None else 999


def load_enrichment() -> None:
    """Build the reference geography ``geo.enrich`` measures with (about a second, once per process)."""
    from ...geo import enrich as geo_enrich

    geo_enrich.build_index()


def enrich_prepared(prepared: PreparedBatch) -> PreparedBatch:
    """``prepared`` with its derived fields (``geo.enrich``), for a worker thread while SQLite writes."""
    prepared.derived = _enrich(prepared.batch, 0, len(prepared.batch))
    return prepared


def insert_ready(conn: sqlite3.Connection, prepared: PreparedBatch, with_seq: bool) -> list[int]:
    """Insert a prepared batch whose derived fields are set (all its rows or none); its new fids."""
    from ...geo import enrich as geo_enrich

    n = len(prepared.batch)
    first = last_fid(conn) + 1
    literals = literal_bookkeeping(prepared.constants)
    values = batch_values(prepared.batch, prepared.ids, prepared.derived, geo_enrich.sector_names(),
                          prepared.bookkeeping, 0, n, literals)
    seq = _batch_seq(conn, with_seq)
    _insert_chunk(conn, lambda rows: batch_insert_sql(literals, with_seq, seq, rows), values, prepared, 0, n)
    return _new_fids(conn, first, n)


def _batch_seq(conn: sqlite3.Connection, with_seq: bool) -> int | None:
    """The change sequence every row of a bulk insert carries (bumped once for it before), when it carries one."""
    return conn.execute(SEQ_SQL).fetchone()[0] if with_seq else None


def _new_fids(conn: sqlite3.Connection, first: int, n: int) -> list[int]:
    """The fids ``first`` .. ``first + n - 1`` the insert of ``n`` rows just gave (checked against the table)."""
    last = last_fid(conn)
    if last - first + 1 != n:
        raise StoreError(f"expected {n} new fids from {first}, the table ends at {last}")
    return list(range(first, last + 1))


def _refuse_known_ids(conn: sqlite3.Connection, prepared: PreparedBatch, start: int, stop: int) -> None:
    """Raise ImportRejected naming the rows whose id is already stored (if that caused the failure)."""
    clash = existing_ids(conn, prepared.ids[start:stop])
    if not clash:
        return
    # Every id of the batch from this chunk on: later chunks were never inserted (earlier ones
    # were, without a clash), so the message counts all the ids the store already holds.
    clash |= existing_ids(conn, prepared.ids[stop:])
    rows_of = prepared.batch.rows[start:]
    rejects = [(prepared.source_name, int(r), "id", f"{i!r} is already in the store")
               for r, i in zip(rows_of, prepared.ids[start:]) if i in clash]
    raise ImportRejected(
        f"The import was refused: {len(clash)} incident id(s) are already in the store (first at row "
        f"{rejects[0][1]}); nothing was written.", rejects) from None


# The page cache SQLite sorts an index made again with (``DeferredIndexes.restore``): its sorter sorts runs of the
# cache's size in memory and merges them, and runs of 4 MB fit the processor's caches better than the import's
# 16-64 MB (a cache too small for the table is no loss here: the index is made in one scan of it). Measured on 1M
# rows (idle 2-core machine), uuid / change_seq indexes: 0.74 / 0.29 s with the 16 MB cache, 0.57 / 0.26 s with 4 MB.
# A sorter thread (``PRAGMA threads``) saved 0.1 s on the uuid index alone, but slowed the R-tree packed meanwhile
# (``GeoPackageStore.add_batches``) by more.
SORT_CACHE_KIB = 4_000


class DeferredIndexes:
    """The uuid index (``incident_rows.UUID_INDEX``) and the change sequence's (``store_schema.SEQ_INDEX``) dropped
    while a big import inserts its rows and made again at its end (each from the SQL it was made with), in the
    import's own transaction (a failure rolls all back: the store is left as it was).

    An import's ids are random (v4) more often than not: each insert then lands at a random place of the uuid index.
    Into an empty table (300k rows, a 2-core machine shared with other work) the rows went in with the index in 1.01 s
    of CPU and in 0.71 s with the index made afterwards; into a table of 300k rows, 300k more took 1.27 s vs 1.16 s
    and 75k more 0.33 s vs 0.49 s (the index is made again over all the rows). So they are dropped when the import
    has brought at least as many rows as the table held before (``before``: at once into an empty table). The
    change sequence's index gets every row of an import at its end (one sequence number for the import): 300k rows
    into an empty table 2.14 -> 2.06 s of CPU for the whole import with the index made at the end (0.08 s of it).
    Stores made before the named uuid index have the column's UNIQUE (an autoindex, which cannot be dropped): their
    imports keep that index, as they always did.

    A clash (an id twice among the imported rows, or one stored already) fails the uuid index; ``restore`` then
    names the rows as ``ImportRejected``, as an insert with the index does (``_refuse_known_ids``).
    """

    def __init__(self, conn: sqlite3.Connection, stored: int) -> None:
        self._conn = conn
        self._stored = stored
        made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND name IN (?, ?) AND sql IS NOT NULL", (TABLE, UUID_INDEX, SEQ_INDEX)))
        self._sql = {name: made[name] for name in (UUID_INDEX, SEQ_INDEX) if name in made}  # the uuid index first
        self.first_fid = last_fid(conn) + 1  # the import's first fid: rows before it were stored already
        self.dropped = False

    @property
    def names(self) -> tuple[str, ...]:
        """The indexes this import drops (or dropped) and makes again."""
        return tuple(self._sql)

    def before(self, added: int, adding: int) -> None:
        """Before inserting ``adding`` more rows after the ``added`` of this import: drop the indexes once the import
        reaches as many rows as the table held."""
        if self._sql and not self.dropped and added + adding >= self._stored:
            for name in self._sql:
                self._conn.execute(f"DROP INDEX {name}")
            self.dropped = True

    def restore(self, source_name: str, rows_at: Callable[[np.ndarray], np.ndarray]) -> None:
        """Make the indexes again (when they were dropped); on a clash raise ImportRejected naming the rows, by
        ``rows_at(positions)``: the file rows of the import's rows at those positions (fid - first fid)."""
        if not self.dropped:
            return
        conn = self._conn
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
        try:
            for sql in self._sql.values():
                try:
                    conn.execute(sql)
                except sqlite3.IntegrityError:
                    raise self._clash(source_name, rows_at) from None
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
        self.dropped = False

    def _clash(self, source_name: str, rows_at: Callable[[np.ndarray], np.ndarray]) -> ImportRejected:
        twice = self._conn.execute(
            f"SELECT fid, uuid FROM {TABLE} WHERE uuid IN (SELECT uuid FROM {TABLE} GROUP BY uuid "
            "HAVING count(*) > 1) ORDER BY fid").fetchall()
        first_of: dict[str, int] = {}
        new = []  # (fid, uuid, fid of the first row with that uuid)
        for fid, uid in twice:
            first = first_of.setdefault(uid, fid)
            if fid >= self.first_fid:
                new.append((fid, uid, first))
        mine = sorted({f for f, _, _ in new} | {f for _, _, f in new if f >= self.first_fid})
        row_of = dict(zip(mine, rows_at(np.array(mine, dtype=np.int64) - self.first_fid).tolist()))
        stored = [(row_of[fid], uid) for fid, uid, first in new if first < self.first_fid]
        if stored:  # what an insert with the index says (``_refuse_known_ids``)
            rejects = sorted((source_name, int(r), "id", f"{uid!r} is already in the store") for r, uid in stored)
            return ImportRejected(
                f"The import was refused: {len({uid for _, uid in stored})} incident id(s) are already in the store "
                f"(first at row {rejects[0][1]}); nothing was written.", rejects)
        rejects = sorted((source_name, int(row_of[fid]), "id", f"{uid!r} repeats the id of row {row_of[first]}")
                         for fid, uid, first in new if fid != first)
        where = f" of {source_name}" if source_name else ""
        return ImportRejected(
            f"The import{where} was refused: {len({uid for _, uid, _ in new})} incident id(s) appear more than once "
            f"among its rows (first at row {rejects[0][1]}); nothing was written.", rejects)


def batch_index_rows(prepared: PreparedBatch, fids: list[int]) -> tuple[dict, dict, list[str]]:
    from ...geo import enrich as geo_enrich

    b, d = prepared.batch, prepared.derived
    names = geo_enrich.sector_names()
    keep = prepared.bookkeeping
    if "updated_at_ms" in b.extra:
        updated_ms = np.asarray(b.extra["updated_at_ms"], dtype=np.int64)
    else:
        updated_ms = np.full(len(b), prepared.now_ms, dtype=np.int64)
    rows = {
        "fid": np.array(fids, dtype=np.int64),
        "uuid": np.array(prepared.ids, dtype="S36"),
        "ms": np.asarray(b.occurred_at_ms, dtype=np.int64),
        "updated_ms": updated_ms,
        "country": b.country, "type": b.type, "status": b.status,
        "border": d.border, "side": d.side, "in_zone": d.in_zone.astype(np.int8),
        "deleted": np.asarray(keep["deleted"], dtype=bool),
        "lon": b.lon, "lat": b.lat, "persons": b.persons, "distance": d.distance_to_border_m,
        "revision": np.asarray(keep["revision"], dtype=np.int32),
    }
    texts = {
        "sector": [None if c < 0 else names[c] for c in d.sector.tolist()],
        "nationalities": [str(v) for v in b.nationalities],
        "source": [str(v) for v in b.source],
    }
    return rows, texts, [str(v) for v in b.description]


class StreamedRows:
    """The columnar-index rows of the batches of a streamed import (``GeoPackageStore.add_batches``), kept compact
    while the next batches are read: numbers as arrays, the texts of the vocabulary columns as codes."""

    def __init__(self, with_descriptions: bool = False) -> None:
        self._parts: list[dict] = []
        self._texts: dict[str, dict[str, int]] = {"nationalities": {}, "source": {}}
        self._codes: dict[str, list[np.ndarray]] = {"sector": [], "nationalities": [], "source": []}
        self._descriptions: list[str] | None = [] if with_descriptions else None
        self._rows: list[np.ndarray] = []  # the file row of each row, for a refusal's sentence
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def add(self, prepared: PreparedBatch, fids: list[int]) -> None:
        b, d = prepared.batch, prepared.derived
        rows = {
            "fid": np.asarray(fids, dtype=np.int64),
            "uuid": np.array(prepared.ids, dtype="S36"),
            "ms": np.asarray(b.occurred_at_ms, dtype=np.int64),
            "updated_ms": (np.asarray(b.extra["updated_at_ms"], dtype=np.int64) if "updated_at_ms" in b.extra
                           else np.full(len(b), prepared.now_ms, dtype=np.int64)),
            "country": b.country, "type": b.type, "status": b.status,
            "border": d.border, "side": d.side, "in_zone": d.in_zone.astype(np.int8),
            "deleted": np.asarray(prepared.bookkeeping["deleted"], dtype=bool),
            "lon": b.lon, "lat": b.lat, "persons": b.persons, "distance": d.distance_to_border_m,
            "revision": np.asarray(prepared.bookkeeping["revision"], dtype=np.int32),
        }
        self._parts.append(rows)
        self._rows.append(np.asarray(b.rows, dtype=np.int64))
        self._codes["sector"].append(np.asarray(d.sector, dtype=np.int32))
        for name, values in (("nationalities", b.nationalities), ("source", b.source)):
            texts = [v if type(v) is str else str(v) for v in values.tolist()]
            table = self._texts[name]
            for text in sorted(dict.fromkeys(texts)):  # new texts numbered in sorted order, as they always were
                table.setdefault(text, len(table))
            self._codes[name].append(np.fromiter(map(table.__getitem__, texts), dtype=np.int32, count=len(texts)))
        if self._descriptions is not None:
            self._descriptions.extend(str(v) for v in b.description)
        self._n += len(fids)

    def rows_at(self, positions: np.ndarray) -> np.ndarray:
        """The file rows of the rows at ``positions`` (in the order they were added)."""
        return np.concatenate(self._rows)[positions] if self._rows else np.zeros(0, dtype=np.int64)

    def positions(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(fid, lon, lat) of every row."""
        return tuple(np.concatenate([p[name] for p in self._parts]).astype(dtype, copy=False)
                     for name, dtype in (("fid", np.int64), ("lon", np.float64), ("lat", np.float64)))

    def change(self, rows: tuple | None = None) -> tuple:
        """(the import's ``Change``, listing its ids when there are at most 10,000; what applies its rows to the
        columnar index after the commit); ``rows``: what ``index_rows()`` gave, when it was called already."""
        rows = self.index_rows() if rows is None else rows
        return (Change(incidents=self.ids_if_few(10_000), added=self._n),
                lambda index: index.append_coded(*rows, owned=True))

    def ids_if_few(self, most: int) -> frozenset:
        if self._n > most:
            return frozenset()
        return frozenset(v.decode("ascii") for p in self._parts for v in p["uuid"].tolist())

    def index_rows(self) -> tuple[dict, dict, list[str]]:
        """What ``ColumnarIndex.append_coded`` takes, for every row (the descriptions only when the index holds
        them): each vocabulary column as its distinct texts and each row's position among them (-1: NULL)."""
        rows = {}
        for name in list(self._parts[0]):  # each column's parts let go as it is joined: never two copies of all
            rows[name] = np.concatenate([p.pop(name) for p in self._parts])
        self._parts = [{"fid": rows["fid"], "uuid": rows["uuid"]}]
        rows["day"] = row_days(rows)  # here, in the import's end-phase thread, not after its commit
        from ...geo import enrich as geo_enrich
        distinct = {"sector": list(geo_enrich.sector_names())}
        distinct.update({name: list(table) for name, table in self._texts.items()})
        coded = {name: (distinct[name], np.concatenate(parts)) for name, parts in self._codes.items()}
        return rows, coded, self._descriptions or []
