"""``PostgisStore``: incidents in a shared PostgreSQL/PostGIS database, answered by the numpy columnar cache.

The cache (``ColumnarIndex`` with the aggregates of ``store.aggregates``) is read from the server in one binary
COPY when the store opens and kept current incrementally through the change sequence: every write (by this
store, another workstation, psql or QGIS) gives the rows it touched the next ``change_seq`` (a trigger), and
``refresh()`` applies only the rows written after the cache's high-water mark. Filters, counts and aggregates
never go to the server; ``page()``, ``get()`` and ``history()`` read the rows themselves.

Writes are one transaction each holding the store's advisory lock (``schema.CHANGE_LOCK``, which the trigger
takes too), so writers take turns and the sequence becomes visible in order. A write first takes in the rows
others wrote since the cache was read (announced by the next ``refresh()``), then applies its own.

Live refresh: ``change_source()`` hands out the socket of a connection that LISTENs on ``border_monitor``
(NOTIFY is sent by a statement trigger with the sequence number); on a hot standby (``pg_is_in_recovery()``)
NOTIFY never arrives, so it asks for polling once a second, and the store is read-only.

When the server goes away, reads of the cache go on; whatever needs the server raises ``StoreUnavailable``
(the picture as of when the connection was lost, read-only, reconnecting) and the next call after a
backoff tries again (``connections``).
"""
from __future__ import annotations

import logging
import threading
import time
import uuid as uuid_module
from contextlib import contextmanager
from datetime import date, datetime, timezone
from typing import Callable, Iterable

import numpy as np
import psycopg

from ...domain import filter_json
from ...domain.batch import IncidentBatch, datetime_to_ms
from ...domain.errors import (BorderMonitorError, ImportCancelled, NotFoundError, StoreError, StoreUnavailable,
                              ValidationError)
from ...domain.filters import IncidentFilter, SortKey
from ...domain.incident import Incident
from ..cache.queries import CacheQueries
from ..base import AuditEntry, Change, ChangeSet, ChangeSource, IncidentStore
from ..cache.columnar import COLUMN_DTYPES, ColumnarIndex, descriptions_in_order
from ..cache.incident_cache import RefreshCounts
from ..cache.extent import ids_mask, masked_bounds
from ..gpkg.context import EVENT_COUNTRIES, _as_date
from ..gpkg.write import StreamedRows, batch_index_rows, canonical_id, index_rows, prepare_batch
from ..gpkg.incident_rows import iso_ms
from ..prepared_stream import prepared_batches
from ..saved_filters import SavedFilter, check_name
from . import audit_log, writes
from .connections import Connections, is_connection_lost
from .rows import SELECT_SQL, load_cache, row_to_incident
from .schema import CHANGE_LOCK, check_version
from .url import Address, parse

log = logging.getLogger(__name__)

FULL_RELOAD_SHARE = 0.25  # more changed rows than this share of the cache: read it whole again
POLL_SECONDS_STANDBY = 1.0
POLL_SECONDS_NO_LISTEN = 2.0


def _utcnow() -> datetime:
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _iso_now() -> str:
    return iso_ms(_utcnow())


class PostgisStore(CacheQueries, IncidentStore):
    """The shared store in a PostgreSQL database with PostGIS (schema: ``store.postgis.schema``)."""

    supports_attachments = False  # attachments stay in GeoPackage stores (the GUI says so)

    def __init__(self, url: str, *, read_only: bool = False):
        self._address: Address = parse(url)
        self._connections = Connections(self._address)
        self._write_lock = threading.RLock()
        self._index_lock = threading.RLock()
        self._closed = False
        self._reference_cache: dict[str, dict] = {}
        self._unannounced: list[Change] = []
        self._seq = 0
        self._counts = RefreshCounts()
        self.index_source = "server"
        try:
            conn = self._connections.get()
            check_version(conn, self._address.name)
            self._standby = bool(conn.execute("SELECT pg_is_in_recovery()").fetchone()[0])
            self._level, self._service = conn.execute("SELECT bm_user_level(), bm_user_service()").fetchone()
            self._read_only = read_only or self._standby or self._level not in ("owner", "operator", "supervisor")
            self._origin = self.metadata().get("origin", "")
            started = time.perf_counter()
            self._index, self._seq = self._load(conn)
            log.info("Read the cache of %d incidents from %s in %.2f s", len(self._index), self.name,
                     time.perf_counter() - started)
        except BaseException as exc:
            self._connections.close_all()
            if isinstance(exc, psycopg.Error):
                raise StoreError(f"{self._address.shown} cannot be read as a Border Monitor store: "
                                 f"{str(exc).strip().splitlines()[0]}.") from None
            raise

    # -- connections ------------------------------------------------------------------------------
    def _load(self, conn) -> tuple[ColumnarIndex, int]:
        index, high = load_cache(conn)
        index._description_loader = self._load_descriptions  # noqa: SLF001 - the cache's hook for lazy texts
        return index, high

    @contextmanager
    def _server(self):
        """A connection; a lost server becomes ``StoreUnavailable``, other database errors a ``StoreError``."""
        conn = self._connections.get()
        try:
            yield conn
        except psycopg.Error as exc:
            if is_connection_lost(exc) or conn.broken or conn.closed:
                raise self._connections.connection_lost(conn) from None
            reason = str(exc).strip().splitlines()[0].rstrip(".")
            if isinstance(exc, psycopg.errors.InsufficientPrivilege):
                raise StoreError(f"{self.name} refused it for {self.role_text or 'this user'}: {reason}; "
                                 "nothing was changed.") from None
            raise StoreError(f"{self.name}: {reason}.") from None

    @property
    def connection_problem(self) -> str:
        """"" while the server answers, else the sentence to show (the picture as of when it was lost)."""
        return "" if self._connections.lost_at is None else str(self._connections.unavailable())

    @property
    def host(self) -> str:
        return self._address.host

    @property
    def connection_lost_at(self) -> str:
        """"" while the server answers, else the local time (HH:MM) the connection was lost."""
        lost = self._connections.lost_at
        return "" if lost is None else time.strftime("%H:%M", time.localtime(lost))

    @property
    def available(self) -> bool:
        """Whether the server answered the last time it was asked."""
        return self._connections.lost_at is None

    def _load_descriptions(self) -> list[str]:
        with self._server() as conn:
            with conn.cursor() as cursor:
                cursor.execute("SELECT fid, description FROM incidents ORDER BY fid")
                return descriptions_in_order(self._index["fid"], cursor)

    @contextmanager
    def _reading(self):
        self._catch_up()
        with self._index_lock:
            yield self._index

    def _catch_up(self) -> None:
        """Reads keep themselves current (as a GeoPackage's do): one small query for the sequence; what others
        wrote since is taken in and announced by the next ``refresh()``. Without the server: the cache as it is."""
        if self._closed or not self._write_lock.acquire(blocking=False):
            return  # a write of this store is under way (it takes in what others wrote itself)
        try:
            with self._server() as conn:
                high = conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                                    "(SELECT max(change_seq) FROM incident_removals), 0)").fetchone()[0]
            if int(high) == self._seq:
                return
            with self._server() as conn:
                with conn.transaction():
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    pending = self._pending(conn)
            change = self._take_in(pending)
            if change.any:
                self._unannounced.append(change)
        except StoreError as exc:
            log.debug("reading %s from its cache: %s", self.name, exc)
        finally:
            self._write_lock.release()

    @property
    def refresh_counts(self) -> RefreshCounts:
        """How the cache followed other programs' writes: full reloads and rows read again."""
        return self._counts

    # -- identity ----------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._address.name

    @property
    def url(self) -> str:
        """The address without its password."""
        return self._address.shown

    @property
    def origin(self) -> str:
        return self._origin

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def standby(self) -> bool:
        return self._standby

    @property
    def role(self) -> tuple[str, str]:
        """(level, service) of the connected user: ("operator", "LT"); ("owner", "") for the database's owner
        or a superuser; ("", "") for a user with no Border Monitor role (who reads nothing)."""
        return self._level or "", self._service or ""

    @property
    def role_text(self) -> str:
        """The role for the status bar: "operator LT", "viewer PL", "owner"."""
        level, service = self.role
        return " ".join(p for p in (level, service) if p)

    def may(self, action: str, country: str | None = None) -> bool:
        """Whether the connected role may ``action`` ("create", "edit", "verify", "close", "delete", "restore",
        "events") an incident of ``country`` (the database refuses it anyway; the GUI greys it out)."""
        level, service = self.role
        if self._read_only or level not in ("owner", "operator", "supervisor"):
            return False
        if level == "owner":
            return True
        if country is not None and str(getattr(country, "value", country)) != service:
            return False
        return level == "supervisor" or action in ("create", "edit")

    def countries_of(self, ids: Iterable) -> set[str]:
        """The services ("LT", "LV", "PL") of these incidents, from the cache: what ``may`` needs to grey out an
        action on a selection without asking the server ("" stands for an id the cache does not hold)."""
        from ...domain.taxonomy import COUNTRIES

        wanted = {str(i).lower() for i in ids}
        with self._reading() as index:
            mask = ids_mask(index, wanted)
            codes = np.unique(index["country"][mask]).tolist()
            held = int(np.count_nonzero(mask))
        out = {COUNTRIES[c].value if 0 <= c < len(COUNTRIES) else "" for c in codes}
        if held < len(wanted):
            out.add("")
        return out

    @property
    def problems(self) -> list[str]:
        return []

    def metadata(self) -> dict[str, str]:
        with self._server() as conn:
            out = {k: v for k, v in conn.execute("SELECT key, value FROM bm_metadata ORDER BY key")}
            out["schema_version"] = str(conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0])
        return out

    def set_metadata(self, key: str, value: str) -> Change:
        key = str(key).strip()
        if not key:
            raise ValidationError("key", key, "is empty")
        if key in ("schema_version", audit_log.HEAD_KEY):
            raise ValidationError("key", key, "is kept by the store itself")

        def work(conn, _index):
            conn.execute("INSERT INTO bm_metadata (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET "
                         "value = excluded.value", (key, str(value)))
            return Change(), None
        return self._write(work)

    # -- the change API --------------------------------------------------------------------------------
    def change_seq(self) -> int:
        with self._server() as conn:
            return int(conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                                    "(SELECT max(change_seq) FROM incident_removals), 0)").fetchone()[0])

    def changes_since(self, seq: int) -> ChangeSet:
        with self._server() as conn:
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                ids = conn.execute("SELECT uuid FROM incidents WHERE change_seq > %s UNION "
                                   "SELECT uuid FROM incident_removals WHERE change_seq > %s",
                                   (int(seq), int(seq))).fetchall()
                high = conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                                    "(SELECT max(change_seq) FROM incident_removals), %s)", (int(seq),)).fetchone()[0]
        return ChangeSet(seq=int(high), ids=frozenset(r[0] for r in ids))

    @property
    def seen_seq(self) -> int:
        """The change sequence number the cache is current to."""
        return self._seq

    def refresh(self) -> Change:
        """Take in what other programs wrote since the cache last looked (only those rows); the ``Change``."""
        with self._write_lock:
            with self._server() as conn:
                with conn.transaction():
                    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    pending = self._pending(conn)
            change = self._take_in(pending)
            earlier, self._unannounced = self._unannounced, []
        return _merge([*earlier, change])

    def _pending(self, conn):
        """(rows written after the cache's mark, fids removed outright, the new mark), in the caller's snapshot."""
        seq = self._seq
        high = int(conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                                "(SELECT max(change_seq) FROM incident_removals), %s)", (seq,)).fetchone()[0])
        if high == seq:
            return [], [], seq
        count = conn.execute("SELECT count(*) FROM incidents WHERE change_seq > %s", (seq,)).fetchone()[0]
        if count > max(10_000, FULL_RELOAD_SHARE * len(self._index)):
            return None, None, high  # cheaper to read the whole cache again
        rows = conn.execute(SELECT_SQL + " WHERE change_seq > %s ORDER BY fid", (seq,)).fetchall()
        removed = conn.execute("SELECT fid, uuid::text FROM incident_removals WHERE change_seq > %s",
                               (seq,)).fetchall()
        return rows, removed, high

    def _take_in(self, pending) -> Change:
        rows, removed, high = pending
        if rows is None:
            with self._server() as conn:
                index, high = self._load(conn)
            with self._index_lock:
                old = self._index
                self._index = index
                self._seq = high
            self._counts.rebuilds += 1
            log.info("Read the whole cache of %s again (%d incidents)", self.name, len(index))
            return Change(incidents=frozenset(), added=max(0, len(index) - len(old)), updated=len(index))
        if not rows and not removed:
            self._seq = max(self._seq, high)
            return Change()
        with self._index_lock:
            change = self._apply_rows(rows, removed)
            self._seq = high
        self._counts.catch_ups += 1
        self._counts.rows_read += len(rows) + len(removed)
        return change

    def _apply_rows(self, rows, removed) -> Change:
        """Put rows read from the server into the cache (in place where it holds them, appended after it)."""
        index = self._index
        incidents, fids, invalid = [], [], []
        for row in rows:
            try:
                incidents.append(row_to_incident(row))
                fids.append(row[0])
            except (ValidationError, ValueError, TypeError) as exc:
                invalid.append(row[0])
                log.warning("Left the incident at fid %d of %s out of the picture: %s", row[0], self.name,
                            str(exc)[:300])
        gone = [fid for fid, _ in removed] + invalid
        uuids = {str(i.id) for i in incidents} | {u for _, u in removed}
        known = np.isin(np.asarray(fids, dtype=np.int64), index["fid"])
        last = int(index["fid"][-1]) if len(index) else 0
        new_fids = [f for f, k in zip(fids, known) if not k]
        if gone or (new_fids and min(new_fids) <= last):
            self._index = index = _without(index, gone)
            last = int(index["fid"][-1]) if len(index) else 0
            if new_fids and min(new_fids) <= last:  # rows between held fids (another program's doing): rebuild
                with self._server() as conn:
                    self._index, self._seq = self._load(conn)
                return Change(incidents=frozenset(uuids), updated=len(uuids))
            known = np.isin(np.asarray(fids, dtype=np.int64), index["fid"])
        deleted = 0
        if known.any():
            have = [i for i, k in zip(incidents, known) if k]
            have_fids = [f for f, k in zip(fids, known) if k]
            positions = index.positions(have_fids)
            deleted = int(np.count_nonzero(np.array([i.deleted for i in have]) & ~index["deleted"][positions]))
            columns, texts, descriptions = index_rows(have, have_fids)
            columns.pop("fid")
            index.set_rows(positions, columns, texts, descriptions)
        if not known.all():
            fresh = [i for i, k in zip(incidents, known) if not k]
            index.append(*index_rows(fresh, new_fids))
        return Change(incidents=frozenset(uuids), added=int((~known).sum()), updated=int(known.sum()),
                      deleted=deleted + len(removed))

    def change_source(self) -> ChangeSource:
        if self._standby:
            return ChangeSource(poll_seconds=POLL_SECONDS_STANDBY)
        listener = self._connections.listener()
        if listener is None:
            return ChangeSource(poll_seconds=POLL_SECONDS_NO_LISTEN)
        return ChangeSource(fileno=listener.fileno(), drain=self._connections.drain)

    # -- writes ------------------------------------------------------------------------------------
    def _write(self, work: Callable) -> Change:
        if self._read_only:
            what = "a read-only standby" if self._standby else "opened read-only"
            raise StoreError(f"The store {self.name} is {what}; changes go to the primary server.")
        with self._write_lock:
            with self._server() as conn:
                try:
                    with conn.transaction():
                        conn.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
                        pending = self._pending(conn)
                        change, apply = work(conn, self._index)
                        high = conn.execute("SELECT greatest((SELECT max(change_seq) FROM incidents), "
                                            "(SELECT max(change_seq) FROM incident_removals), 0)").fetchone()[0]
                except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as exc:
                    raise StoreError(f"The change to {self.name} failed and was undone: "
                                     f"{str(exc).strip().splitlines()[0]}.") from None
            # Committed. Others' rows first (announced by the next refresh), then this write's.
            try:
                if pending[0] is None:  # so much changed outside that the cache is read whole, this write too
                    self._unannounced.append(self._take_in(pending))
                    return change
                outside = self._take_in(pending)
                if outside.any:
                    self._unannounced.append(outside)
                with self._index_lock:
                    if apply is not None:
                        apply(self._index)
                    self._seq = max(self._seq, int(high))
                    self._index.version = self._seq
            except (StoreUnavailable, psycopg.Error):
                raise
            except Exception:  # keep going: read the cache whole on the next refresh
                log.exception("Updating the cache of %s failed; it will be read again", self.name)
                self._seq = -1
            return change

    def add(self, incidents: Iterable[Incident], user: str) -> Change:
        incidents = list(incidents)
        if not incidents:
            return Change()
        now = _utcnow()

        def work(conn, _index):
            stored, fids = writes.insert_incidents(conn, incidents, user, self.origin, now)
            audit_log.append_many(conn, [(iso_ms(now), user, self.origin, "create", str(i.id), None, i.to_dict())
                                         for i in stored])
            rows = index_rows(stored, fids)
            return Change(incidents=frozenset(str(i.id) for i in stored), added=len(stored)), \
                lambda index: index.append(*rows)
        return self._write(work)

    def add_batch(self, batch: IncidentBatch, user: str, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None, *, source_name: str = "",
                  validated: bool = False) -> Change:
        """Bulk insert with COPY, all or nothing (see ``IncidentStore.add_batch``)."""
        n = len(batch)
        if n == 0:
            return Change()
        if cancel is not None and cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        started = time.perf_counter()
        prepared = prepare_batch(batch, user, self.origin, source_name, validated)
        if progress is not None:
            progress(0, n)

        def work(conn, _index):
            fids = writes.insert_batch(conn, prepared, progress, cancel)
            audit_log.append(conn, _iso_now(), user, self.origin, "import", None, None, {
                "count": n, "file": source_name, "user": user, "first_fid": fids[0], "last_fid": fids[-1]})
            rows = batch_index_rows(prepared, fids)
            ids = frozenset(prepared.ids) if n <= 10_000 else frozenset()
            return Change(incidents=ids, added=n), lambda index: index.append(*rows)

        change = self._write(work)
        log.info("%s imported %d incidents into %s in %.1f s", user, n, self.name, time.perf_counter() - started)
        return change

    def add_batches(self, batches: Iterable, user: str, progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None, *, source_name: str = "",
                    on_chunk: Callable[[IncidentBatch, object], None] | None = None,
                    before_commit: Callable[[], None] | None = None) -> Change:
        """``add_batch`` of a stream of validated batches (a file read while it is sent), in one COPY, one
        transaction and one audit entry: memory holds a few batches, not the file (see
        ``GeoPackageStore.add_batches``, whose arguments these are). The stream may raise to abandon the import."""
        if cancel is not None and cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        started = time.perf_counter()
        out: dict = {}

        def work(conn, index):
            parts = StreamedRows(with_descriptions=index.descriptions_loaded)
            first = writes.next_fid(conn)  # the rows take the fids from here on, in order (the writer holds the lock)

            def stored(prepared):
                parts.add(prepared, range(first + len(parts), first + len(parts) + len(prepared.batch)))
                if on_chunk is not None:
                    on_chunk(prepared.batch, prepared.derived)
                if progress is not None:
                    progress(len(parts), len(parts))

            fids = writes.copy_prepared(conn, prepared_batches(batches, user, self.origin, source_name, cancel),
                                        stored)
            if cancel is not None and cancel():
                raise ImportCancelled("The import was cancelled; nothing was written.")
            if before_commit is not None:
                before_commit()
            n = len(parts)
            if n == 0:
                raise StoreError("The import holds no incidents; nothing was written.")
            if fids != range(first, first + n):
                raise StoreError(f"expected {n} new fids from {first}, the COPY gave {fids}")
            audit_log.append(conn, _iso_now(), user, self.origin, "import", None, None, {
                "count": n, "file": source_name, "user": user, "first_fid": fids[0], "last_fid": fids[-1]})
            out["n"] = n
            return parts.change()

        change = self._write(work)
        log.info("%s imported %d incidents into %s in %.1f s (streamed)", user, out["n"], self.name,
                 time.perf_counter() - started)
        return change

    def update(self, incident: Incident, user: str) -> Change:
        return self.update_many([incident], user)

    def update_many(self, incidents: Iterable[Incident], user: str) -> Change:
        incidents = list(incidents)
        if not incidents:
            return Change()
        now = _utcnow()

        def work(conn, _index):
            changed = writes.update_incidents(conn, incidents, user, now, self.name)
            audit_log.append_many(conn, [(iso_ms(now), user, self.origin, "update", str(a.id), b.to_dict(),
                                          a.to_dict()) for _, b, a in changed])
            fids = [f for f, _, _ in changed]
            rows, texts, descriptions = index_rows([a for _, _, a in changed], fids)
            rows.pop("fid")

            def apply(ix: ColumnarIndex):
                ix.set_rows(ix.positions(fids), rows, texts, descriptions)
            return Change(incidents=frozenset(str(a.id) for _, _, a in changed), updated=len(changed)), apply
        return self._write(work)

    def delete(self, ids: Iterable, user: str) -> Change:
        return self._set_deleted(ids, True, user)

    def restore(self, ids: Iterable, user: str) -> Change:
        return self._set_deleted(ids, False, user)

    def _set_deleted(self, ids: Iterable, deleted: bool, user: str) -> Change:
        ids = list(ids)
        if not ids:
            return Change()
        now = _utcnow()

        def work(conn, _index):
            changed = writes.set_deleted(conn, ids, deleted, user, now, self.name)
            action = "delete" if deleted else "restore"
            audit_log.append_many(conn, [(iso_ms(now), user, self.origin, action, str(a.id), b.to_dict(),
                                          a.to_dict()) for _, b, a in changed])
            fids = [f for f, _, _ in changed]
            revisions = np.array([a.revision for _, _, a in changed], dtype=np.int32)
            return self._flag_change(fids, [str(a.id) for _, _, a in changed], revisions, deleted, now)
        return self._write(work)

    def delete_batch(self, ids: Iterable, user: str, reason: str = "") -> Change:
        return self._set_batch_deleted(ids, True, user, reason)

    def restore_batch(self, ids: Iterable, user: str, reason: str = "") -> Change:
        return self._set_batch_deleted(ids, False, user, reason)

    def _set_batch_deleted(self, ids: Iterable, deleted: bool, user: str, reason: str) -> Change:
        ids = list(ids)
        if not ids:
            return Change()
        now = _utcnow()

        def work(conn, _index):
            fids, uuids, revisions = writes.flag_batch(conn, ids, deleted, user, now, self.name)
            if not fids:
                return Change(), None
            audit_log.append(conn, iso_ms(now), user, self.origin, "delete" if deleted else "restore", None, None,
                             {"count": len(uuids), "reason": reason, "ids": uuids})
            return self._flag_change(fids, uuids, np.asarray(revisions, dtype=np.int32), deleted, now)
        return self._write(work)

    @staticmethod
    def _flag_change(fids, uuids, revisions, deleted: bool, now: datetime):
        rows = {"deleted": np.full(len(fids), deleted), "revision": revisions,
                "updated_ms": np.full(len(fids), datetime_to_ms(now), dtype=np.int64)}
        changed = frozenset(uuids)
        change = Change(incidents=changed, deleted=len(fids)) if deleted else Change(incidents=changed,
                                                                                      updated=len(fids))
        if not fids:
            return change, None
        return change, lambda ix: ix.set_rows(ix.positions(fids), rows, {}, None)

    # -- reads -------------------------------------------------------------------------------------
    def get(self, incident_id) -> Incident:
        uid = canonical_id(incident_id)
        with self._server() as conn:
            row = conn.execute(SELECT_SQL + " WHERE uuid = %s::uuid", (uid,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no incident {uid} in {self.name}.")
        return row_to_incident(row)

    def page(self, flt: IncidentFilter, sort: SortKey = SortKey.OCCURRED_AT, descending: bool = False,
             offset: int = 0, limit: int = 200) -> list[Incident]:
        if offset < 0 or limit < 0:
            raise ValidationError("offset" if offset < 0 else "limit", offset if offset < 0 else limit, "is negative")
        with self._reading() as index:
            positions = index.sorted_positions(index.mask(flt), SortKey(sort), descending, offset, limit)
            fids = index["fid"][positions].tolist()
        if not fids:
            return []
        with self._server() as conn:
            rows = writes.fetch_by_fid(conn, fids)
        out = []
        for fid in fids:
            row = rows.get(fid)
            if row is None:
                continue  # removed by another program since the cache was read
            try:
                out.append(row_to_incident(row))
            except (ValidationError, ValueError, TypeError) as exc:
                log.warning("Left out the incident at fid %d of %s: %s", fid, self.name, str(exc)[:300])
        return out

    def position(self, flt: IncidentFilter, sort: SortKey, descending: bool, incident_id) -> int | None:
        try:
            uid = canonical_id(incident_id)
        except NotFoundError:
            return None
        with self._reading() as index:
            hits = np.flatnonzero(index["uuid"] == uid.encode("ascii"))
            if not len(hits):
                return None
            at = int(hits[0])
            mask = index.mask(flt)
            if not mask[at]:
                return None
            return index.rank(mask, SortKey(sort), descending, at)

    def extent(self, flt: IncidentFilter):
        with self._reading() as index:
            return masked_bounds(index, index.mask(flt))

    def extent_of(self, ids: Iterable, include_deleted: bool = False):
        ids = list(ids)
        with self._reading() as index:
            mask = ids_mask(index, ids)
            if not include_deleted:
                mask &= ~index["deleted"]
            return masked_bounds(index, mask)

    def history(self, incident_id) -> list[AuditEntry]:
        uid = canonical_id(incident_id)
        with self._server() as conn:
            row = conn.execute("SELECT fid FROM incidents WHERE uuid = %s::uuid", (uid,)).fetchone()
            return audit_log.history(conn, uid, None if row is None else row[0])

    def verify_audit(self):
        """Walk the audit log's hash chain (``audit_chain.ChainReport``)."""
        with self._server() as conn:
            return audit_log.verify(conn)

    # -- saved filters -----------------------------------------------------------------------------
    def saved_filters(self) -> list[SavedFilter]:
        with self._server() as conn:
            rows = conn.execute("SELECT name, filter_json, author, created, updated FROM saved_filters "
                                "ORDER BY lower(name), name").fetchall()
        out = []
        for name, text, author, created, updated in rows:
            try:
                flt, problem = filter_json.loads(text, name), ""
            except ValidationError as exc:
                flt, problem = None, str(exc)
            out.append(SavedFilter(name, flt, author, created, updated, problem))
        return out

    def saved_filter(self, name: str) -> IncidentFilter:
        name = check_name(name)
        with self._server() as conn:
            row = conn.execute("SELECT filter_json FROM saved_filters WHERE name = %s", (name,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no saved filter {name!r} in {self.name}.")
        return filter_json.loads(row[0], name)

    def save_filter(self, name: str, flt: IncidentFilter, user: str) -> Change:
        from ..gpkg.saved_filters import _entry

        name = check_name(name)
        text = filter_json.dumps(flt)

        def work(conn, _index):
            at = _iso_now()
            old = conn.execute("SELECT filter_json FROM saved_filters WHERE name = %s", (name,)).fetchone()
            conn.execute("INSERT INTO saved_filters (name, filter_json, author, created, updated) VALUES "
                         "(%s, %s, %s, %s, %s) ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json, "
                         "author = excluded.author, updated = excluded.updated", (name, text, user, at, at))
            audit_log.append(conn, at, user, self.origin, "filter", None, _entry(name, old[0] if old else None),
                             _entry(name, text))
            return Change(saved_filters=True), None
        return self._write(work)

    def delete_filter(self, name: str, user: str) -> Change:
        from ..gpkg.saved_filters import _entry

        name = check_name(name)

        def work(conn, _index):
            old = conn.execute("SELECT filter_json FROM saved_filters WHERE name = %s", (name,)).fetchone()
            if old is None:
                raise NotFoundError(f"There is no saved filter {name!r} in {self.name}.")
            conn.execute("DELETE FROM saved_filters WHERE name = %s", (name,))
            audit_log.append(conn, _iso_now(), user, self.origin, "filter", None, _entry(name, old[0]), None)
            return Change(saved_filters=True), None
        return self._write(work)

    # -- context events and reference layers ---------------------------------------------------------
    def events(self):
        from ..base import ContextEvent

        with self._server() as conn:
            rows = conn.execute("SELECT id, start_date, end_date, country, title FROM events "
                                "ORDER BY start_date, end_date, id").fetchall()
        return [ContextEvent(id=i, start=s, end=e, country=c or "", title=t) for i, s, e, c, t in rows]

    def set_events(self, events, user: str) -> Change:
        rows = []
        for ev in events:
            start, end = _as_date(ev.start, "start", ev.title), _as_date(ev.end, "end", ev.title)
            if end < start:
                raise ValidationError("end", end.isoformat(), f"is before the start {start} of event {ev.title!r}")
            country = (ev.country or "").strip().upper()
            if country not in EVENT_COUNTRIES:
                raise ValidationError("country", ev.country, f"of event {ev.title!r} is not LT, LV, PL, BY or empty")
            if not str(ev.title).strip():
                raise ValidationError("title", ev.title, f"of the event starting {start} is empty")
            rows.append((start, end, country, str(ev.title).strip()))

        def work(conn, _index):
            conn.execute("DELETE FROM events")
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO events (start_date, end_date, country, title) VALUES (%s, %s, %s, %s)",
                                rows)
            log.info("%s set %d context events in %s", user, len(rows), self.name)
            return Change(events=True), None
        return self._write(work)

    def reference_layer(self, name: str) -> dict:
        from ...geo.reference import LAYER_NAMES
        from .reference import read_layer

        if name not in LAYER_NAMES:
            raise ValidationError("layer", name, f"is not a reference layer ({', '.join(LAYER_NAMES)})")
        cached = self._reference_cache.get(name)
        if cached is None:
            with self._server() as conn:
                cached = self._reference_cache[name] = read_layer(conn, name)
        return {"type": cached["type"], "name": cached["name"], "features": [dict(f) for f in cached["features"]]}

    def refresh_reference(self, user: str) -> Change:
        from ...geo.reference import LAYER_NAMES, load_reference
        from .reference import write_reference

        def work(conn, _index):
            write_reference(conn, load_reference(), LAYER_NAMES)
            log.info("%s rewrote the reference layers of %s", user, self.name)
            return Change(reference=True), None
        change = self._write(work)
        self._reference_cache.clear()
        return change

    # -- lifetime ----------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._connections.close_all()


def _merge(changes: list[Change]) -> Change:
    changes = [c for c in changes if c.any]
    if not changes:
        return Change()
    if len(changes) == 1:
        return changes[0]
    return Change(incidents=frozenset().union(*(c.incidents for c in changes)),
                  added=sum(c.added for c in changes), updated=sum(c.updated for c in changes),
                  deleted=sum(c.deleted for c in changes), reference=any(c.reference for c in changes),
                  events=any(c.events for c in changes), saved_filters=any(c.saved_filters for c in changes))


def _without(index: ColumnarIndex, fids) -> ColumnarIndex:
    """The cache without the rows of ``fids`` (a new one: the index has no row removal of its own)."""
    drop = np.isin(index["fid"], np.asarray(list(fids), dtype=np.int64))
    if not drop.any():
        return index
    keep = ~drop
    columns = {name: index[name][keep] for name in COLUMN_DTYPES}
    out = ColumnarIndex(columns, index.vocab, index.version, index._description_loader)  # noqa: SLF001
    return out
