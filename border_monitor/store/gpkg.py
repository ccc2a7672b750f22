"""``GeoPackageStore``: incidents in an OGC GeoPackage file, with a columnar index in memory.

The file is a standard GeoPackage 1.2 (QGIS and GDAL read and edit it); ``store.migrations`` says
what it holds. Reads go to the numpy index (``store.columnar``) and fetch only the rows of a page
from SQLite; writes are one transaction each (BEGIN IMMEDIATE ... COMMIT, rolled back on any error,
leaving the file exactly as it was), each with its audit entries, and the index follows after commit.

Threads: every thread gets its own SQLite connection (WAL mode lets readers work while a writer
holds the write lock; a reader sees the last committed state). Writes in this process are
serialised by a lock; another writer (this process or another program) waits up to ``busy_timeout``
seconds. The index is guarded by a lock held only while a query computes its masks and aggregates,
so the GUI thread can query while an import runs in a worker thread: it sees the store as it was
until the import commits. When another program changes the incidents table (QGIS edits, another
Border Monitor), the data version in ``bm_state`` moves and the index is rebuilt before the next query.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Literal

import numpy as np

from ..domain.batch import IncidentBatch, datetime_to_ms
from ..domain.errors import NotFoundError, StoreError, ValidationError
from ..domain.filters import IncidentFilter, SortKey
from ..domain.incident import Incident
from . import aggregates, audit, gpkg_write
from .base import AuditEntry, Change, DailyCounts, GridCounts, IncidentStore, Stats
from .columnar import ColumnarIndex
from .gpkg_connections import CACHE_KIB, Connections
from .gpkg_context import ContextMixin
from .gpkg_schema import is_geopackage, rtree_name, rtree_trigger_ddl, touch_contents
from .gpkg_write import ImportCancelled  # noqa: F401  (re-exported)
from .incident_rows import SELECT_COLUMNS, TABLE, UUID_TRIGGER_SQL, iso_ms, row_to_incident
from .index_load import data_version, load_snapshot, rebuild, save_snapshot
from .migrations import CURRENT_VERSION, migrate, schema_version
from .netfs import check_local
from .rtree_bulk import bulk_load
from .store_schema import BUMP_VERSION_SQL, VERSION_TRIGGERS

log = logging.getLogger(__name__)

BULK_RTREE_MIN_ROWS = 5_000
SNAPSHOT_AFTER_ROWS = 50_000
_IMPORT_CACHE_KIB = 512 * 1024


def _utcnow() -> datetime:
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class GeoPackageStore(ContextMixin, IncidentStore):
    """Incidents, reference layers and context events in one GeoPackage file."""

    def __init__(self, path: str | Path, create: bool = False, *, allow_network: bool = False,
                 busy_timeout: float = 10.0):
        self._path = Path(path)
        self._busy_timeout = float(busy_timeout)
        self._connections = Connections(self._path, self._busy_timeout)
        self._write_lock = threading.RLock()
        self._index_lock = threading.RLock()
        self._closed = False
        self._reference_cache: dict[str, str] = {}
        self._index: ColumnarIndex | None = None
        self._snapshot_version: int | None = None
        self.index_source = ""
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
            self._prepare_schema(conn, new=not exists)
            self._index = self._load_index(conn)
            self._snapshot_version = self._index.version if self.index_source == "snapshot" else None
            self._origin = self.metadata().get("origin", "")
        except BaseException:
            self.close()
            raise

    def _conn(self) -> sqlite3.Connection:
        return self._connections.get()

    def _prepare_schema(self, conn: sqlite3.Connection, new: bool) -> None:
        self._connections.begin(conn)
        try:
            if not new and not is_geopackage(conn):
                raise StoreError(f"{self._path} is not a GeoPackage (no GPKG application id or gpkg_contents table).")
            version = schema_version(conn)
            if not new and version == 0:
                raise StoreError(f"{self._path} is a GeoPackage but not a Border Monitor store; import its layer "
                                 "into a store instead of opening it.")
            if version > CURRENT_VERSION:
                raise StoreError(f"{self._path} was written by a newer Border Monitor (schema version {version}); "
                                 f"this version reads up to schema version {CURRENT_VERSION}.")
            applied = migrate(conn)
            if applied and not new:
                log.info("Migrated %s from schema version %d to %d", self._path, version, applied[-1])
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._connections.rollback(conn)
            raise StoreError(f"{self._path} cannot be read as a Border Monitor store: {exc}.") from None
        except BaseException:
            self._connections.rollback(conn)
            raise

    # -- the index ------------------------------------------------------------------------------
    def _load_index(self, conn: sqlite3.Connection) -> ColumnarIndex:
        index = load_snapshot(conn, self._load_descriptions)
        self.index_source = "snapshot"
        if index is None:
            index = rebuild(conn, self._load_descriptions)
            self.index_source = "table"
        return index

    def _load_descriptions(self) -> list[str]:
        # Runs under the index lock; rows newer than the index are ignored (their writer updates them).
        index = self._index
        rows = self._conn().execute(f"SELECT fid, description FROM {TABLE} ORDER BY fid").fetchall()
        fids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        texts = [""] * len(index)
        pos = np.searchsorted(index["fid"], fids)
        ok = (pos < len(index)) & (index["fid"][np.minimum(pos, max(len(index) - 1, 0))] == fids) if len(index) else \
            np.zeros(len(fids), dtype=bool)
        for p, k in zip(pos[ok].tolist(), np.flatnonzero(ok).tolist()):
            texts[p] = rows[k][1] or ""
        return texts

    def _current_index(self) -> ColumnarIndex:
        """The index, rebuilt first if the table changed behind it (another program wrote)."""
        conn = self._conn()
        if data_version(conn) == self._index.version:
            return self._index
        with self._write_lock:  # waits while a write of ours is between commit and index update
            if data_version(conn) != self._index.version:
                log.info("%s changed outside this store object; rebuilding the incident index", self.name)
                index = rebuild(conn, self._load_descriptions)
                with self._index_lock:
                    self._index = index
        return self._index

    @contextmanager
    def _reading(self):
        self._current_index()
        with self._index_lock:
            yield self._index

    def _write(self, work: Callable[[sqlite3.Connection, ColumnarIndex], tuple[Change, Callable | None]]) -> Change:
        """Run ``work`` in one transaction; after commit apply its index update. Any error rolls back."""
        if not self._write_lock.acquire(timeout=self._busy_timeout):
            raise StoreError(f"The store {self.name} is busy with another change (an import?); "
                             "try again when it has finished.")
        try:
            conn = self._conn()
            self._connections.begin(conn)
            try:
                if data_version(conn) != self._index.version:
                    index = rebuild(conn, self._load_descriptions)
                    with self._index_lock:
                        self._index = index
                change, apply = work(conn, self._index)
                version = data_version(conn)
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                self._connections.rollback(conn)
                raise StoreError(f"The change to {self.name} failed and was undone: {exc}.") from exc
            except BaseException:
                self._connections.rollback(conn)
                raise
            with self._index_lock:
                try:
                    if apply is not None:
                        apply(self._index)
                    self._index.version = version
                except Exception:  # keep going: the next query rebuilds the index from the file
                    log.exception("Updating the incident index failed; it will be rebuilt")
                    self._index.version = -1
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
                  cancel: Callable[[], bool] | None = None, *, source_name: str = "") -> Change:
        """Bulk insert (see ``IncidentStore.add_batch``). ``source_name`` (e.g. the file) goes to the audit entry.

        The returned ``Change`` lists the new ids when the batch has at most 10,000 rows (``added`` always
        counts them). Raises ``ImportRejected`` (bad rows, ids already stored) or ``ImportCancelled``.
        """
        n = len(batch)
        if n == 0:
            return Change()
        if cancel is not None and cancel():
            raise ImportCancelled("The import was cancelled; nothing was written.")
        started = time.perf_counter()
        prepared = gpkg_write.prepare_batch(batch, user, self.origin, source_name)
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
            self.save_index_snapshot()
        return change

    def _insert_batch(self, conn, index: ColumnarIndex, prepared, progress, cancel) -> list[int]:
        n = len(prepared.batch)
        rtree = rtree_name(TABLE)
        insert_trigger = f"{rtree}_insert"
        bulk = n >= max(BULK_RTREE_MIN_ROWS, (len(index) + n) // 10)
        # Triggers that would fire per row are dropped and made again in this same transaction:
        # every row comes with its uuid, the version is bumped once, the R-tree is packed in bulk.
        conn.execute("DROP TRIGGER IF EXISTS bm_incidents_version_insert")
        conn.execute("DROP TRIGGER IF EXISTS incidents_uuid_default")
        if bulk:
            conn.execute(f'DROP TRIGGER IF EXISTS "{insert_trigger}"')
        fids = gpkg_write.insert_batch(conn, prepared, progress, cancel)
        if bulk:
            ok_old = np.isfinite(index["lon"]) & np.isfinite(index["lat"])
            all_fids = np.concatenate([index["fid"][ok_old], np.asarray(fids, dtype=np.int64)])
            lon = np.concatenate([index["lon"][ok_old], prepared.batch.lon])
            lat = np.concatenate([index["lat"][ok_old], prepared.batch.lat])
            bulk_load(conn, rtree, all_fids, lon, lon, lat, lat)
            conn.execute(rtree_trigger_ddl(TABLE)[insert_trigger])
        conn.execute(VERSION_TRIGGERS["bm_incidents_version_insert"])
        conn.execute(UUID_TRIGGER_SQL)
        conn.execute(BUMP_VERSION_SQL)
        return fids

    def update(self, incident: Incident, user: str) -> Change:
        now = _utcnow()

        def work(conn, index):
            fid, before, after = gpkg_write.update_incident(conn, incident, user, now, self.name)
            audit.append(conn, iso_ms(now), user, self.origin, "update", str(after.id), before.to_dict(), after.to_dict())
            rows, texts, descriptions = gpkg_write.index_rows([after], [fid])
            touch_contents(conn, TABLE, _bounds(index, rows["lon"], rows["lat"]))
            rows.pop("fid")

            def apply(ix: ColumnarIndex):
                ix.set_rows(ix.positions([fid]), rows, texts, descriptions)
            return Change(incidents=frozenset([str(after.id)]), updated=1), apply
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
            audit.append_many(conn, [(iso_ms(now), user, self.origin, action, str(a.id), b.to_dict(), a.to_dict())
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

    # -- reads ----------------------------------------------------------------------------------
    def get(self, incident_id) -> Incident:
        uid = gpkg_write.canonical_id(incident_id)
        row = self._conn().execute(f"SELECT {SELECT_COLUMNS} FROM {TABLE} WHERE uuid = ?", (uid,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no incident {uid} in {self.name}.")
        return row_to_incident(row)

    def count(self, flt: IncidentFilter) -> int:
        with self._reading() as index:
            return int(np.count_nonzero(index.mask(flt)))

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
            except ValidationError as exc:
                raise StoreError(f"The incident at fid {fid} in {self.name} holds an invalid value: {exc}") from None
        return out

    def daily_counts(self, flt: IncidentFilter, by: Literal["country", "type"] = "country",
                     measure: Literal["incidents", "persons"] = "incidents") -> DailyCounts:
        with self._reading() as index:
            return aggregates.daily_counts(index, flt, by, measure)

    def grid_counts(self, flt: IncidentFilter, cell_deg: float) -> GridCounts:
        with self._reading() as index:
            return aggregates.grid_counts(index, flt, cell_deg)

    def points(self, flt: IncidentFilter, limit: int | None = None) -> dict[str, np.ndarray]:
        with self._reading() as index:
            return aggregates.points(index, flt, limit)

    def stats(self, flt: IncidentFilter) -> Stats:
        with self._reading() as index:
            return aggregates.stats(index, flt)

    def history(self, incident_id) -> list[AuditEntry]:
        uid = gpkg_write.canonical_id(incident_id)
        conn = self._conn()
        row = conn.execute(f"SELECT fid FROM {TABLE} WHERE uuid = ?", (uid,)).fetchone()
        return audit.history(conn, uid, None if row is None else row[0])

    # -- lifetime -------------------------------------------------------------------------------
    def save_index_snapshot(self) -> bool:
        """Store the index beside the data so the next open is fast; False when the index is not current."""
        with self._write_lock:
            conn = self._conn()
            if self._snapshot_version == self._index.version:
                return True
            self._connections.begin(conn)
            try:
                if data_version(conn) != self._index.version:
                    self._connections.rollback(conn)
                    return False
                with self._index_lock:
                    save_snapshot(conn, self._index)
                conn.execute("COMMIT")
            except BaseException:
                self._connections.rollback(conn)
                raise
            self._snapshot_version = self._index.version
            return True

    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._index is not None and self._index.version >= 0:
                self.save_index_snapshot()
        except (StoreError, sqlite3.Error) as exc:
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
               busy_timeout: float = 10.0) -> GeoPackageStore:
    """Open the store at ``path`` (creating it when ``create`` and it does not exist yet)."""
    return GeoPackageStore(path, create, allow_network=allow_network, busy_timeout=busy_timeout)
