"""``GeoPackageStore``: incidents in an OGC GeoPackage file, with a columnar index in memory.

The file is a standard GeoPackage 1.2 (QGIS and GDAL read and edit it); ``migrations`` says
what it holds. Reads go to the incident cache (``store.cache``: the numpy columnar index) and fetch only the
rows of a page from SQLite; writes are one transaction each (BEGIN IMMEDIATE ... COMMIT, rolled back on any error,
leaving the file exactly as it was), each with its audit entries, and the index follows after commit.

Threads: every thread gets its own SQLite connection (WAL mode lets readers work while a writer
holds the write lock; a reader sees the last committed state). Writes in this process are
serialised by a lock; another writer (this process or another program) waits up to ``busy_timeout``
seconds. The index is guarded by a lock held only while a query computes its masks and aggregates,
so the GUI thread can query while an import runs in a worker thread: it sees the store as it was
until the import commits. When another program changes the incidents table (QGIS edits, another
Border Monitor), the change sequence moves (``change_log``) and the cache takes in the rows it wrote before the
next query, or at ``refresh()``; rows that program added or moved get their derived fields refilled
(``outside_edits``). The cache's snapshot lives in the user's cache folder (``cache.snapshot``), keyed by the
store's UUID (metadata ``store_uuid``) and path.

The store is composed of parts that own their state: the connections (``connections``), the open-time checks
(``health``), the cache (``cache.incident_cache.IncidentCache`` fed by ``index_source``), the context (metadata,
events, reference layers: ``context``), the saved filters (``saved_filters``) and the attachments
(``attachments``); each part gets a ``StoreAccess`` (the connection and the one write path), not the store.

Every open checks the file (``health``): rows another program made invalid are kept out of the index
(``invalid_rows``), missing index triggers are made again, and a tampered audit log makes the store refuse
writes. ``read_only=True`` opens without ever taking the write lock (``connections``).
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from ...domain.batch import IncidentBatch, datetime_to_ms
from ...domain.errors import ImportCancelled, NotFoundError, StoreError, ValidationError
from ...domain.filters import IncidentFilter, SortKey
from ...domain.incident import Incident
from ..cache.queries import CacheQueries
from . import audit, batch_delete, change_log, write as gpkg_write
from ..base import AuditEntry, Change, ChangeSet, ChangeSource, IncidentStore
from ..cache import snapshot as snapshots
from ..cache.columnar import ColumnarIndex
from ..cache.incident_cache import IncidentCache, RefreshCounts
from ..audit_delta import changed_before
from ..prepared_stream import prepared_batches
from ..saved_filters import SavedFilter
from .access import StoreAccess
from .attachment_tables import Attachment, AttachmentLimits
from .attachments import Attachments
from .connections import CACHE_KIB, Connections
from .context import StoreContext
from .index_source import GpkgIndexSource
from .outside_edits import Refill
from .saved_filters import SavedFilters
from .schema import rtree_name, rtree_trigger_ddl, touch_contents
from .incident_rows import SELECT_COLUMNS, TABLE, UUID_TRIGGER_SQL, iso_ms, row_to_incident
from .index_load import data_version
from .open import check_version, prepare_schema
from .migrations import schema_version
from .netfs import check_local, network_filesystem
from .rtree_bulk import node_size, pack as pack_rtree, write_packed
from .row_check import RowProblem
from .health import StoreHealth
from .store_schema import BUMP_SEQ_SQL, BUMP_VERSION_SQL, CHANGE_SEQ_TRIGGERS, VERSION_TRIGGERS

log = logging.getLogger(__name__)

BULK_RTREE_MIN_ROWS = 5_000
SNAPSHOT_AFTER_ROWS = 50_000
_IMPORT_CACHE_KIB = 512 * 1024
# A streamed import writes its rows in fid order (the table's b-tree appends), so a smaller page cache serves it;
# the cache's dirty pages are what a long write transaction holds in memory.
_STREAM_CACHE_KIB = 64 * 1024
# With the rollback journal (``Connections.rollback_journal``) a page the cache lets go is written into the file, where
# the commit would write it anyway (WAL mode writes it to the -wal file, and again to the file at the checkpoint): a
# small cache costs nothing there. 300k rows into a new file: 1.52 s of CPU with 16 MB as with 64 MB, the peak RSS
# 41 MB lower; into a store of 300k rows (WAL mode) 16 MB took 0.1 s more.
_JOURNAL_CACHE_KIB = 16 * 1024


def _sides(before: Incident, after: Incident) -> tuple[dict, dict]:
    """(before, after) an audit entry of a change to one incident keeps (``audit_delta``)."""
    whole = after.to_dict()
    return changed_before(before.to_dict(), whole), whole


def _utcnow() -> datetime:
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _packed_tree(size: int, index: ColumnarIndex, fids: np.ndarray, lon: np.ndarray, lat: np.ndarray):
    """The packed R-tree (``rtree_bulk.pack``, nodes of ``size`` bytes) of the rows of ``index`` with a position and
    of the new rows ``fids`` at ``lon``/``lat``."""
    ok_old = np.isfinite(index["lon"]) & np.isfinite(index["lat"])
    x, y = np.concatenate([index["lon"][ok_old], lon]), np.concatenate([index["lat"][ok_old], lat])
    return pack_rtree(size, np.concatenate([index["fid"][ok_old], fids]), x, x, y, y)


class GeoPackageStore(CacheQueries, IncidentStore):
    """Incidents, reference layers and context events in one GeoPackage file."""

    def __init__(self, path: str | Path, create: bool = False, *, allow_network: bool = False,
                 busy_timeout: float = 10.0, read_only: bool = False):
        self._path = Path(path)
        self._busy_timeout = float(busy_timeout)
        if read_only and create:
            raise ValueError("a store cannot be created read-only")
        self._connections = Connections(self._path, self._busy_timeout, read_only=read_only, create=create)
        self._health = StoreHealth(self._path.name, read_only)
        self._write_lock = threading.RLock()
        self._closed = False
        self._origin = ""
        self._allow_network = allow_network
        self._identity: snapshots.StoreIdentity | None = None
        access = StoreAccess(self._conn, self._write, self._path.name, lambda: self._origin)
        self._context = StoreContext(access)
        self._saved_filters = SavedFilters(access)
        self._attachments = Attachments(access, self._context.metadata)
        self._source = GpkgIndexSource(self._conn, self._health, incremental=False)
        self._cache = IncidentCache(self._source, self._write_lock, self._path.name)
        self._refill = Refill(self._write, lambda: self._origin, self._path.name, self._health.write_refusal)
        check_local(self._path, allow_network)
        if self._path.is_dir():
            raise StoreError(f"{self._path} is a folder, not a GeoPackage file.")
        exists = self._path.exists() and self._path.stat().st_size > 0
        if not exists and not create:
            raise StoreError(f"There is no store at {self._path}; create one first (or pick another file).")
        if not exists and not self._path.parent.is_dir():
            raise StoreError(f"Cannot create the store {self._path}: the folder {self._path.parent} does not exist.")
        try:
            conn = self._conn()
            if read_only:
                check_version(conn, self._path, new=False, read_only=True)
            else:
                prepare_schema(conn, self._connections, self._path, new=not exists)
            self._health.check(conn, schema_version(conn))
            self._source.incremental = change_log.has_change_seq(conn)
            meta = self.metadata()
            self._origin = meta.get("origin", "")
            store_uuid = meta.get("store_uuid") or self._origin
            self._identity = snapshots.StoreIdentity(store_uuid, str(self._path.resolve())) if store_uuid else None
            stale, invalid = self._cache.open(self._identity, self._health.snapshot_trusted)
            if invalid is not None:
                self._health.set_invalid([RowProblem(**p) for p in invalid])
            if not read_only:
                self._refill(stale)
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"{self._path} cannot be read as a Border Monitor store: {exc}.") from None
        except BaseException:
            self.close()
            raise

    def _conn(self) -> sqlite3.Connection:
        return self._connections.get()

    def _write(self, work: Callable[[sqlite3.Connection, ColumnarIndex], tuple[Change, Callable | None]]) -> Change:
        """Run ``work`` in one transaction; after commit apply its index update. Any error rolls back.

        When another program wrote since the index last looked, the index catches up first (the rows written
        since are read again) and the derived fields that program left stale are refilled in this same
        transaction.
        """
        refusal = self._health.write_refusal()
        if refusal is not None:
            raise StoreError(refusal)
        if not self._write_lock.acquire(timeout=self._busy_timeout):
            raise StoreError(f"The store {self.name} is busy with another change (an import?); "
                             "try again when it has finished.")
        try:
            conn = self._conn()
            self._connections.begin(conn)
            stale, refill = None, None
            try:
                if self._cache.behind():
                    stale = self._cache.catch_up()
                    refill = self._refill.in_transaction(conn, stale)
                change, apply = work(conn, self._cache.index)
                seq = self._source.mark()
                conn.execute("COMMIT")
            except BaseException as exc:
                self._connections.rollback(conn)
                if stale is not None and len(stale):  # the refill was undone with the write: tried again later
                    self._cache.refill_later(stale)
                if isinstance(exc, sqlite3.DatabaseError):
                    raise StoreError(f"The change to {self.name} failed and was undone: {exc}.") from exc
                raise
            self._cache.apply_write((refill, apply), seq)
            return change
        finally:
            self._write_lock.release()

    # -- identity -------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self._path.name

    @property
    def path(self) -> Path:
        return self._path

    @property
    def origin(self) -> str:
        return self._origin

    @property
    def read_only(self) -> bool:
        return self._connections.read_only

    @property
    def invalid_rows(self) -> list[RowProblem]:
        """Rows another program made invalid, by fid and field; they are left out of every query until fixed."""
        return list(self._health.invalid_rows)

    @property
    def audit_problems(self) -> list[str]:
        """What the open-time check found wrong with the audit log (writes are refused while not empty)."""
        return list(self._health.audit_problems)

    @property
    def problems(self) -> list[str]:
        """What the open-time check found wrong with the file: the audit log, the index triggers."""
        return self._health.problems()

    # -- writes ---------------------------------------------------------------------------------
    def add(self, incidents: Iterable[Incident], user: str) -> Change:
        incidents = list(incidents)
        if not incidents:
            return Change()
        now = _utcnow()

        def work(conn, _index):
            stored, fids = gpkg_write.insert_incidents(conn, incidents, user, self.origin, now)
            at = iso_ms(now)
            audit.append_many(conn, [(at, user, self.origin, "create", str(i.id), None, i.to_dict()) for i in stored])
            rows = gpkg_write.index_rows(stored, fids)
            touch_contents(conn, TABLE, _bounds(_index, rows[0]["lon"], rows[0]["lat"]))
            return Change(incidents=frozenset(str(i.id) for i in stored), added=len(stored)), \
                lambda index: index.append(*rows)
        return self._write(work)

    def add_batch(self, batch: IncidentBatch, user: str, progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None, *, source_name: str = "",
                  validated: bool = False) -> Change:
        """Bulk insert (see ``IncidentStore.add_batch``). ``source_name`` (e.g. the file) goes to the audit entry;
        ``validated``: the caller just ran ``batch.validate()`` on these rows (ids are still checked here).

        The returned ``Change`` lists the new ids when the batch has at most 10,000 rows (``added`` always
        counts them). Raises ``ImportRejected`` (bad rows, ids already stored) or ``ImportCancelled``.
        """
        n = len(batch)
        if n == 0:
            return Change()
        if cancel is not None and cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        started = time.perf_counter()
        prepared = gpkg_write.prepare_batch(batch, user, self.origin, source_name, validated)
        if progress is not None:
            progress(0, n)

        def work(conn, index):
            conn.execute(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
            try:
                fids = self._insert_batch(conn, index, prepared, progress, cancel)
            finally:
                conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            at = iso_ms(_utcnow())
            audit.append(conn, at, user, self.origin, "import", None, None, {
                "count": n, "file": source_name, "user": user, "first_fid": fids[0], "last_fid": fids[-1],
            })
            rows = gpkg_write.batch_index_rows(prepared, fids)
            touch_contents(conn, TABLE, _bounds(index, prepared.batch.lon, prepared.batch.lat))
            ids = frozenset(prepared.ids) if n <= 10_000 else frozenset()
            return Change(incidents=ids, added=n), lambda index: index.append(*rows)

        change = self._write(work)
        log.info("%s imported %d incidents into %s in %.1f s", user, n, self.name, time.perf_counter() - started)
        if n >= SNAPSHOT_AFTER_ROWS:
            try:  # after the commit nothing may fail the import: a snapshot not saved now is saved at close
                self.save_index_snapshot()
            except Exception as exc:  # noqa: BLE001
                log.warning("Could not save the index snapshot of %s after the import: %s", self.name, exc)
        return change

    def _bulk_journal(self, new_file: bool):
        """``Connections.rollback_journal`` for an import into a file made for it (``new_file``) whose table is
        empty: one that is removed when the import fails, so a failure need not leave its bytes as they were (the
        journal mode, switched and back, counts in the file's header; WAL mode leaves the file untouched)."""
        index = self._cache.index
        return self._connections.rollback_journal(self._conn(), new_file and index is not None and len(index) == 0)

    def _insert_batch(self, conn, index: ColumnarIndex, prepared, progress, cancel) -> list[int]:
        n = len(prepared.batch)
        bulk = n >= max(BULK_RTREE_MIN_ROWS, (len(index) + n) // 10)
        self._drop_row_triggers(conn, bulk)
        deferred = gpkg_write.DeferredIndexes(conn, len(index))
        deferred.before(0, n)
        fids = gpkg_write.insert_batch(conn, prepared, progress, cancel, with_seq=self._source.incremental)
        deferred.restore(prepared.source_name, lambda at: prepared.batch.rows[at])
        self._remake_row_triggers(conn, index, np.asarray(fids, dtype=np.int64), prepared.batch.lon,
                                  prepared.batch.lat, bulk)
        return fids

    def _drop_row_triggers(self, conn, rtree: bool) -> None:
        """Triggers that would fire per row are dropped, to be made again in this same transaction
        (``_remake_row_triggers``): every row comes with its uuid, the version is bumped once, and with ``rtree``
        the R-tree is packed in bulk."""
        conn.execute("DROP TRIGGER IF EXISTS bm_incidents_version_insert")
        conn.execute("DROP TRIGGER IF EXISTS incidents_uuid_default")
        if self._source.incremental:  # one sequence number for the whole batch, carried by its INSERT
            conn.execute("DROP TRIGGER IF EXISTS bm_incidents_seq_insert")
        if rtree:
            conn.execute(f'DROP TRIGGER IF EXISTS "{rtree_name(TABLE)}_insert"')
        if self._source.incremental:
            conn.execute(BUMP_SEQ_SQL)  # the batch's one sequence number, which every row of it carries

    def _remake_row_triggers(self, conn, index: ColumnarIndex, fids: np.ndarray, lon: np.ndarray, lat: np.ndarray,
                             rtree: bool, pack: bool = True, packed: Future | None = None) -> None:
        """The R-tree entries of the new rows (``fids`` at ``lon``/``lat``) when its trigger was dropped: the whole
        tree packed again with ``pack`` (as ``packed`` gives it when it was worked out already: ``_packed_tree``),
        else the new entries inserted; then the dropped triggers again."""
        name = rtree_name(TABLE)
        if rtree and pack:
            write_packed(conn, name, packed.result() if packed is not None else
                         _packed_tree(node_size(conn, name), index, fids, lon, lat))
        elif rtree:
            conn.executemany(f'INSERT OR REPLACE INTO "{name}" VALUES (?, ?, ?, ?, ?)',
                             zip(fids.tolist(), lon.tolist(), lon.tolist(), lat.tolist(), lat.tolist()))
        if rtree:
            conn.execute(rtree_trigger_ddl(TABLE)[f"{name}_insert"])
        if self._source.incremental:
            conn.execute(CHANGE_SEQ_TRIGGERS["bm_incidents_seq_insert"])
        conn.execute(VERSION_TRIGGERS["bm_incidents_version_insert"])
        conn.execute(UUID_TRIGGER_SQL)
        conn.execute(BUMP_VERSION_SQL)

    def add_batches(self, batches: Iterable[IncidentBatch], user: str,
                    progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None, *,
                    source_name: str = "", on_chunk: Callable[[IncidentBatch, object], None] | None = None,
                    before_commit: Callable[[], None] | None = None, new_file: bool = False) -> Change:
        """``add_batch`` of a stream of validated batches (a file read while it is written), in one transaction
        with one audit entry: memory holds a few batches at a time, not the whole file. The stream may raise to
        abandon the import (everything is rolled back). ``on_chunk(batch, enrichment)`` sees each batch as
        stored, with its derived fields (``geo.enrich.Enrichment``). An item of ``batches`` may be a pair
        ``(batch, enrichment)``: a batch whose positions were measured already (``geo.enrich.enrich``, e.g. by the
        process that read it: ``io.csv_stream_process``). ``progress(done, done)`` after each batch;
        ``before_commit()`` after the last one is stored, before the commit (it may raise to abandon the import).
        ``new_file``: the file was made for this import and is removed if it fails (``import --create``); with no
        other connection to it, it is written with the rollback journal (``Connections.rollback_journal``).

        The positions of each batch are measured (``geo.enrich``: GEOS and numpy, which release the GIL for much of
        it) in a worker thread while this thread reads the next batch; SQLite then stores it alone (a thread that
        wants the GIL back after every row's step would wait for the other one at each row).
        """
        if cancel is not None and cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        started = time.perf_counter()
        out: dict = {}

        def work(conn, index):
            conn.execute(f"PRAGMA cache_size = -{cache_kib}")
            try:
                parts = gpkg_write.StreamedRows(with_descriptions=index.descriptions_loaded)
                self._drop_row_triggers(conn, True)
                with_seq = self._source.incremental
                deferred = gpkg_write.DeferredIndexes(conn, len(index))

                def store_batch(prepared):
                    deferred.before(len(parts), len(prepared.batch))
                    fids = gpkg_write.insert_ready(conn, prepared, with_seq)
                    parts.add(prepared, fids)
                    if on_chunk is not None:
                        on_chunk(prepared.batch, prepared.derived)
                    if progress is not None:
                        progress(len(parts), len(parts))

                for prepared in prepared_batches(batches, user, self.origin, source_name, cancel):
                    store_batch(prepared)
                n = len(parts)
                pack = n >= max(BULK_RTREE_MIN_ROWS, (len(index) + n) // 10)
                with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bm-import-end") as pool:
                    # The packed tree and the index's rows (numpy: about 0.7 s and 0.2 s at 1M rows) are worked out
                    # while SQLite makes the deferred indexes again, which releases the GIL as it sorts: the import's
                    # end at 1M rows (idle 2-core machine), 2.2 -> 1.4 s.
                    packed = None
                    if n:
                        fids, lon, lat = parts.positions()
                        if pack:
                            packed = pool.submit(_packed_tree, node_size(conn, rtree_name(TABLE)), index, fids, lon,
                                                 lat)
                        index_rows = pool.submit(parts.index_rows)
                    deferred.restore(source_name, parts.rows_at)
                    if before_commit is not None:
                        before_commit()
                    if n == 0:
                        raise StoreError("The import holds no incidents; nothing was written.")
                    self._remake_row_triggers(conn, index, fids, lon, lat, True, pack, packed)
                    change = parts.change(index_rows.result())
            finally:
                conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            audit.append(conn, iso_ms(_utcnow()), user, self.origin, "import", None, None, {
                "count": n, "file": source_name, "user": user, "first_fid": int(fids[0]), "last_fid": int(fids[-1]),
            })
            touch_contents(conn, TABLE, _bounds(index, lon, lat))
            out["n"] = n
            return change

        with self._bulk_journal(new_file) as rollback_journal:
            cache_kib = _JOURNAL_CACHE_KIB if rollback_journal else _STREAM_CACHE_KIB
            change = self._write(work)
        log.info("%s imported %d incidents into %s in %.1f s (streamed)", user, out["n"], self.name,
                 time.perf_counter() - started)
        if out["n"] >= SNAPSHOT_AFTER_ROWS:
            try:  # after the commit nothing may fail the import: a snapshot not saved now is saved at close
                self.save_index_snapshot()
            except Exception as exc:  # noqa: BLE001
                log.warning("Could not save the index snapshot of %s after the import: %s", self.name, exc)
        return change

    def update(self, incident: Incident, user: str) -> Change:
        return self.update_many([incident], user)

    def update_many(self, incidents: Iterable[Incident], user: str) -> Change:
        """Replace incidents in one transaction, all or nothing (see ``IncidentStore.update_many``)."""
        incidents = list(incidents)
        if not incidents:
            return Change()
        now = _utcnow()

        def work(conn, index):
            changed = gpkg_write.update_incidents(conn, incidents, user, now, self.name)
            at = iso_ms(now)
            audit.append_many(conn, [(at, user, self.origin, "update", str(a.id), *_sides(b, a))
                                     for _, b, a in changed])
            fids = [f for f, _, _ in changed]
            rows, texts, descriptions = gpkg_write.index_rows([a for _, _, a in changed], fids)
            touch_contents(conn, TABLE, _bounds(index, rows["lon"], rows["lat"]))
            rows.pop("fid")

            def apply(ix: ColumnarIndex):
                ix.set_rows(ix.positions(fids), rows, texts, descriptions)
            return Change(incidents=frozenset(str(a.id) for _, _, a in changed), updated=len(changed)), apply
        return self._write(work)

    def delete(self, ids: Iterable, user: str) -> Change:
        return self._set_deleted(ids, True, user)

    def restore(self, ids: Iterable, user: str) -> Change:
        """Undo soft deletes; the returned ``Change`` counts the restored incidents in ``updated``."""
        return self._set_deleted(ids, False, user)

    def _set_deleted(self, ids: Iterable, deleted: bool, user: str) -> Change:
        ids = list(ids)
        if not ids:
            return Change()
        now = _utcnow()

        def work(conn, index):
            changed = gpkg_write.set_deleted(conn, ids, deleted, user, now, self.name)
            action = "delete" if deleted else "restore"
            audit.append_many(conn, [(iso_ms(now), user, self.origin, action, str(a.id), *_sides(b, a))
                                     for _, b, a in changed])
            if changed:
                touch_contents(conn, TABLE)
            fids = [f for f, _, _ in changed]
            rows = {"deleted": np.full(len(fids), deleted), "revision": np.array([a.revision for _, _, a in changed]),
                    "updated_ms": np.full(len(fids), datetime_to_ms(now), dtype=np.int64)}
            uuids = frozenset(str(a.id) for _, _, a in changed)
            change = Change(incidents=uuids, deleted=len(fids)) if deleted else Change(incidents=uuids, updated=len(fids))
            return change, (lambda ix: ix.set_rows(ix.positions(fids), rows, {}, None)) if fids else None
        return self._write(work)

    def delete_batch(self, ids: Iterable, user: str, reason: str = "") -> Change:
        """Soft-delete a batch (e.g. undoing an import) in one transaction with one audit entry (``batch_delete``)."""
        return self._set_batch_deleted(ids, True, user, reason)

    def restore_batch(self, ids: Iterable, user: str, reason: str = "") -> Change:
        """Restore a batch deleted by ``delete_batch`` (one transaction, one audit entry); ``updated`` counts them."""
        return self._set_batch_deleted(ids, False, user, reason)

    def _set_batch_deleted(self, ids: Iterable, deleted: bool, user: str, reason: str) -> Change:
        ids = list(ids)
        if not ids:
            return Change()
        now = _utcnow()

        def work(conn, index):
            fids, uuids, revisions = batch_delete.flag_batch(conn, ids, deleted, user, self.origin, now, self.name,
                                                             reason)
            if not fids:
                return Change(), None
            touch_contents(conn, TABLE)
            rows = {"deleted": np.full(len(fids), deleted), "revision": revisions,
                    "updated_ms": np.full(len(fids), datetime_to_ms(now), dtype=np.int64)}
            changed = frozenset(uuids)
            change = Change(incidents=changed, deleted=len(fids)) if deleted else Change(incidents=changed,
                                                                                          updated=len(fids))
            return change, lambda ix: ix.set_rows(ix.positions(fids), rows, {}, None)
        return self._write(work)

    # -- reads ----------------------------------------------------------------------------------
    def get(self, incident_id) -> Incident:
        uid = gpkg_write.canonical_id(incident_id)
        row = self._conn().execute(f"SELECT {SELECT_COLUMNS} FROM {TABLE} WHERE uuid = ?", (uid,)).fetchone()
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
        rows = gpkg_write.fetch_by_fid(self._conn(), fids)
        out = []
        for fid in fids:
            row = rows.get(fid)
            if row is None:
                continue  # removed by another program since the index was read
            try:
                out.append(row_to_incident(row))
            except (ValidationError, ValueError, TypeError) as exc:
                log.warning("Left out the incident at fid %d of %s: it holds an invalid value (%s); see "
                            "border-monitor check", fid, self.name, str(exc)[:300])
        return out

    def position(self, flt: IncidentFilter, sort: SortKey, descending: bool, incident_id) -> int | None:
        """The row of an incident in ``page(flt, sort, descending)`` order, from the index (no rows fetched)."""
        try:
            uid = gpkg_write.canonical_id(incident_id)
        except NotFoundError:
            return None
        row = self._conn().execute(f"SELECT fid FROM {TABLE} WHERE uuid = ?", (uid,)).fetchone()
        if row is None:
            return None
        with self._reading() as index:
            try:
                at = int(index.positions([row[0]])[0])
            except KeyError:  # added by another program after the index was read
                return None
            mask = index.mask(flt)
            if not mask[at]:
                return None
            return index.rank(mask, SortKey(sort), descending, at)

    def history(self, incident_id) -> list[AuditEntry]:
        uid = gpkg_write.canonical_id(incident_id)
        conn = self._conn()
        row = conn.execute(f"SELECT fid FROM {TABLE} WHERE uuid = ?", (uid,)).fetchone()
        return audit.history(conn, uid, None if row is None else row[0])

    # -- the change API ---------------------------------------------------------------------------
    def change_seq(self) -> int:
        """The file's change sequence (``change_log``); the data version for a read-only file from before it."""
        return self._source.mark()

    def changes_since(self, seq: int) -> ChangeSet:
        """The incidents written after ``seq`` by anyone (one indexed query). A read-only file from before the
        change sequence cannot tell which: every incident is listed when its data version moved past ``seq``."""
        conn = self._conn()
        if not self._source.incremental:
            version = data_version(conn)
            if version <= seq:
                return ChangeSet(version)
            every = change_log.RowChanges(version, (), tuple(u for (u,) in conn.execute(
                f"SELECT uuid FROM {TABLE}")), ())
            return ChangeSet(version, every.ids())
        changes = change_log.read_consistently(conn, lambda c: change_log.rows_since(c, int(seq)))
        return ChangeSet(changes.seq, changes.ids())

    def refresh(self) -> Change:
        """Catch up with other programs' writes (incrementally: only the rows they wrote are read again) and say
        what they touched; ``Change()`` after one small query when nothing changed."""
        if self._cache.behind():
            with self._write_lock:
                if self._cache.behind():
                    self._refill(self._cache.catch_up())
        return self._cache.take_changes()

    def change_source(self) -> ChangeSource:
        """The file and its write-ahead log (every commit writes the log); polling on a network file system,
        where change notifications from other machines do not arrive."""
        if self._allow_network and network_filesystem(self._path):
            return ChangeSource(poll_seconds=2.0)
        return ChangeSource(paths=(str(self._path), f"{self._path}-wal"))

    # -- the cache ------------------------------------------------------------------------------
    def _reading(self):
        """The cache's index, caught up first (and rows another program wrote refilled) when the file changed."""
        return self._cache.reading(self._refill)

    @property
    def index_source(self) -> str:
        """Where the index came from at open: "snapshot" (the user's cache folder) or "table"."""
        return self._cache.loaded_from

    @property
    def snapshot_path(self) -> Path | None:
        """Where the cache snapshot of this store is kept (in the user's cache folder), or None."""
        return self._identity.path() if self._identity is not None else None

    @property
    def refresh_counts(self) -> RefreshCounts:
        return self._cache.counts

    def save_index_snapshot(self) -> bool:
        """Save the index to the user's cache folder, so the next open is fast; False when it cannot be."""
        if self._identity is None or self._cache.index is None:
            return False
        return self._cache.save_snapshot(self._identity, [p.to_json() for p in self._health.invalid_rows])

    def extent(self, flt: IncidentFilter) -> tuple[float, float, float, float] | None:
        with self._reading() as index:
            return self._cache.extent(index, flt)

    def extent_of(self, ids: Iterable, include_deleted: bool = False) -> tuple[float, float, float, float] | None:
        with self._reading() as index:
            return self._cache.extent_of(index, ids, include_deleted)

    # -- context, saved filters, attachments (parts that own their tables) ----------------------------
    def metadata(self) -> dict[str, str]:
        return self._context.metadata()

    def set_metadata(self, key: str, value: str) -> Change:
        return self._context.set_metadata(key, value)

    def events(self):
        return self._context.events()

    def set_events(self, events, user: str) -> Change:
        return self._context.set_events(events, user)

    def reference_layer(self, name: str) -> dict:
        return self._context.reference_layer(name)

    def reference_layer_text(self, name: str) -> str:
        return self._context.reference_layer_text(name)

    def refresh_reference(self, user: str) -> Change:
        return self._context.refresh_reference(user)

    def saved_filters(self) -> list[SavedFilter]:
        return self._saved_filters.saved_filters()

    def saved_filter(self, name: str) -> IncidentFilter:
        return self._saved_filters.saved_filter(name)

    def save_filter(self, name: str, flt: IncidentFilter, user: str) -> Change:
        return self._saved_filters.save_filter(name, flt, user)

    def delete_filter(self, name: str, user: str) -> Change:
        return self._saved_filters.delete_filter(name, user)

    def attachment_limits(self) -> AttachmentLimits:
        return self._attachments.attachment_limits()

    def attachments(self, incident_id) -> list[Attachment]:
        return self._attachments.attachments(incident_id)

    def attachment(self, attachment_id: int) -> Attachment:
        return self._attachments.attachment(attachment_id)

    def attachment_data(self, attachment_id: int) -> bytes:
        return self._attachments.attachment_data(attachment_id)

    def add_attachment(self, incident_id, name: str, data: bytes, user: str,
                       limits: AttachmentLimits | None = None) -> Change:
        return self._attachments.add_attachment(incident_id, name, data, user, limits)

    def add_attachments(self, items, user: str, limits: AttachmentLimits | None = None) -> Change:
        return self._attachments.add_attachments(items, user, limits)

    def remove_attachment(self, attachment_id: int, user: str) -> Change:
        return self._attachments.remove_attachment(attachment_id, user)

    # -- lifetime -------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._cache.index is not None:
                self.save_index_snapshot()
        except Exception as exc:  # noqa: BLE001 - a cache not saved is rebuilt at the next open; never fail here
            log.warning("Could not save the index snapshot of %s: %s", self.name, exc)
        finally:
            self._closed = True
            self._connections.close_all()


def _bounds(index: ColumnarIndex, lon: np.ndarray, lat: np.ndarray) -> tuple[float, float, float, float] | None:
    """Bounds of the index's points and the given ones (gpkg_contents extent; may be a little wide after edits)."""
    old = index.bounds()
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.any():
        return old
    new = (float(lon[ok].min()), float(lat[ok].min()), float(lon[ok].max()), float(lat[ok].max()))
    if old is None:
        return new
    return min(old[0], new[0]), min(old[1], new[1]), max(old[2], new[2]), max(old[3], new[3])


def open_store(path: str | Path, create: bool = False, *, allow_network: bool = False,
               busy_timeout: float = 10.0, read_only: bool = False) -> GeoPackageStore:
    """Open the store at ``path`` (creating it when ``create`` and it does not exist yet); ``read_only`` for
    commands that only read: no write lock is ever taken, so it works while another program writes."""
    return GeoPackageStore(path, create, allow_network=allow_network, busy_timeout=busy_timeout,
                           read_only=read_only)
