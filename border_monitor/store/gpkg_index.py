"""The columnar index of a ``GeoPackageStore`` (a mixin): loading it, keeping it current when another
program writes, refilling the derived fields such writes left stale, and its snapshot.

The store provides ``_conn()``, ``_connections``, ``_write(work)``, ``_write_lock``, ``_index_lock``,
``_index``, ``_snapshot_version``, ``_health`` (``store_health.StoreHealth``), ``origin`` and ``name``.
See ``outside_edits`` for which rows are refilled and why.

Following other programs' writes is incremental (``_catch_up``): the change sequence (``change_log``) names
the rows written since the index last looked; only those are read again (and those deleted outright dropped),
and their ids wait in ``_pending`` until ``refresh()`` hands them out as a ``Change``. A file without the
change sequence (read-only, before schema version 9) is rebuilt whole instead.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone

import numpy as np

from ..domain.errors import StoreError
from . import audit, change_log, outside_edits, row_check
from .base import Change
from .columnar import ColumnarIndex
from .gpkg_schema import touch_contents
from .incident_rows import TABLE, iso_ms
from .index_load import data_version, descriptions_of, load_snapshot, rebuild, save_snapshot, snapshot_invalid

log = logging.getLogger(__name__)


class PendingChanges:
    """What other programs wrote that the index took in and ``refresh()`` has not handed out yet."""

    def __init__(self):
        self.ids: set = set()  # uuid.UUID
        self.added = self.updated = self.deleted = 0
        self.everything = False  # rebuilt whole (no change sequence): any incident may have changed

    def take(self) -> Change:
        if self.everything:
            change = Change(updated=max(1, self.added + self.updated + self.deleted))
        elif not (self.ids or self.added or self.updated or self.deleted):
            change = Change()
        else:
            change = Change(incidents=frozenset(str(u) for u in self.ids), added=self.added, updated=self.updated,
                            deleted=self.deleted)
        self.__init__()
        return change


class RefreshCounts:
    """How the index followed other programs' writes (for tests and benchmarks): full rebuilds, incremental
    catch-ups and the rows they read again."""

    def __init__(self):
        self.rebuilds = 0
        self.catch_ups = 0
        self.rows_read = 0


class IndexMixin:
    _index: ColumnarIndex | None
    _index_lock: threading.RLock
    _write_lock: threading.RLock
    _snapshot_version: int | None
    _seq: int
    _has_change_seq: bool
    _pending: PendingChanges
    _refill_later: set
    index_source: str
    refresh_counts: RefreshCounts

    # -- loading --------------------------------------------------------------------------------
    def _load_index(self, conn: sqlite3.Connection) -> tuple[ColumnarIndex, np.ndarray]:
        """(the index, fids whose derived fields need a refill). A stale snapshot (the table changed since the
        last close, e.g. in QGIS) is what the rebuilt index is compared with. Rows another program made invalid
        are left out (``row_check``): listed in the snapshot when it is current, else found again."""
        index, invalid = None, None
        if self._health.snapshot_trusted:
            index = load_snapshot(conn, self._load_descriptions)
            invalid = None if index is None else snapshot_invalid(conn)
        previous = None
        self.index_source = "snapshot"
        if index is None or invalid is None:
            previous = load_snapshot(conn, None, any_version=True, warn=index is None and invalid is None
                                     and not self._health.snapshot_trusted)
            index = self._rebuild_valid(conn)
            self.index_source = "table"
        else:
            self._health.set_invalid([row_check.RowProblem(**p) for p in invalid])
        return index, outside_edits.stale_fids(previous, index)

    def _rebuild_valid(self, conn: sqlite3.Connection) -> ColumnarIndex:
        """The index of the valid rows of the table; the invalid ones go to the store's health report."""
        problems = row_check.find_invalid(conn, full=False)
        dropped: list[int] = []
        index = rebuild(conn, self._load_descriptions, sorted({p.fid for p in problems}), dropped)
        problems += row_check.uuid_problems(conn, dropped)
        self._health.set_invalid(sorted(problems, key=lambda p: (p.fid, p.field)))
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

    # -- keeping it current ------------------------------------------------------------------------
    def _rebuild_index(self, conn: sqlite3.Connection) -> tuple[ColumnarIndex, np.ndarray]:
        """Rebuild from the table and swap in; (the index it replaced, fids that need a refill)."""
        previous = self._index
        index = self._rebuild_valid(conn)
        with self._index_lock:
            self._index = index
        self.refresh_counts.rebuilds += 1
        return previous, outside_edits.stale_fids(previous, index)

    def _behind(self, conn: sqlite3.Connection) -> bool:
        """Whether another program (or connection) wrote since the index last looked (one small query)."""
        if self._index.version < 0:  # an index update failed: rebuilt whole
            return True
        if self._has_change_seq:
            return change_log.current_seq(conn) != self._seq
        return data_version(conn) != self._index.version

    def _catch_up(self, conn: sqlite3.Connection) -> np.ndarray:
        """Bring the index level with the table (under the write lock): read again only the rows written since
        the index last looked, drop those deleted outright, note their ids for ``refresh()``; the fids whose
        derived fields need a refill. Without the change sequence the index is rebuilt whole."""
        if not self._has_change_seq or self._index.version < 0:
            log.info("%s changed outside this store object; rebuilding the incident index", self.name)
            if self._has_change_seq:
                self._seq = change_log.current_seq(conn)  # read first: rows newer than it are read again later
            _previous, stale = self._rebuild_index(conn)
            with self._index_lock:
                self._pending.everything = True
            return stale
        index = self._index
        loaded = index.descriptions_loaded

        def read(c: sqlite3.Connection):
            changes = change_log.rows_since(c, self._seq)
            version = data_version(c)
            part, problems, descriptions = None, [], None
            if changes.fids:
                problems = row_check.find_invalid(c, full=False, fids=changes.fids)
                dropped: list[int] = []
                part = rebuild(c, None, sorted({p.fid for p in problems}), dropped, only=changes.fids)
                problems += row_check.uuid_problems(c, dropped)
                descriptions = descriptions_of(c, part["fid"]) if loaded else None
            return changes, version, part, problems, descriptions

        changes, version, part, problems, descriptions = change_log.read_consistently(conn, read)
        stale = np.zeros(0, dtype=np.int64)
        removed = {f for f, _u in changes.removed}
        with self._index_lock:
            own = index["fid"]
            if part is not None:
                removed |= set(changes.fids) - set(part["fid"].tolist())  # now invalid: out of the index
                held = np.isin(part["fid"], own)
                previous = index.take(index.positions(part["fid"][held]))
                stale = outside_edits.stale_fids(previous, part)
                added = int((~held).sum())
            else:
                added = 0
                part = index.take(np.zeros(0, dtype=np.int64))
            gone = int(np.isin(np.fromiter(removed, dtype=np.int64, count=len(removed)), own).sum())
            index.upsert(part, descriptions, removed)
            index.version = version
            self._seq = changes.seq
            self._pending.ids |= changes.ids()
            self._pending.added += added
            self._pending.deleted += gone
            self._pending.updated += max(0, len(changes.fids) + len(changes.removed) - added - gone)
        touched = set(changes.fids) | removed
        kept = [p for p in self._health.invalid_rows if p.fid not in touched]
        self._health.set_invalid(sorted(kept + problems, key=lambda p: (p.fid, p.field)))
        self.refresh_counts.catch_ups += 1
        self.refresh_counts.rows_read += len(changes.fids)
        if changes:
            log.info("%s: took in %d row(s) written and %d deleted by another program", self.name,
                     len(changes.fids), len(changes.removed))
        if self._refill_later:
            stale = np.union1d(stale, np.fromiter(self._refill_later, dtype=np.int64, count=len(self._refill_later)))
            self._refill_later = set()
        return stale

    def _current_index(self) -> ColumnarIndex:
        """The index, caught up first if the table changed behind it (another program wrote)."""
        conn = self._conn()
        if not self._behind(conn):
            return self._index
        with self._write_lock:  # waits while a write of ours is between commit and index update
            if self._behind(conn):
                stale = self._catch_up(conn)
                self._refill_outside_edits(stale)
        return self._index

    @contextmanager
    def _reading(self):
        self._current_index()
        with self._index_lock:
            yield self._index

    # -- derived fields of rows written by another program ---------------------------------------------
    def _refill_work(self, fids: np.ndarray):
        """The ``_write`` work that refills the derived fields of ``fids`` where they differ, with one audit entry."""
        def work(conn: sqlite3.Connection, _index: ColumnarIndex):
            written, rows, texts = outside_edits.refill(conn, fids)
            if not written:
                return Change(), None
            after = outside_edits.audit_after(conn, written)
            now = datetime.now(timezone.utc)
            audit.append(conn, iso_ms(now), outside_edits.login_name(), self.origin, "enrich", None, None, after)
            touch_contents(conn, TABLE)
            log.info("Refilled the derived fields of %d incident(s) of %s changed outside Border Monitor",
                     len(written), self.name)

            def apply(ix: ColumnarIndex) -> None:
                ix.set_rows(ix.positions(written), rows, texts, None)
            return Change(incidents=frozenset(after["ids"]), updated=len(written)), apply
        return work

    def _refill_in_transaction(self, conn: sqlite3.Connection, fids: np.ndarray):
        """Refill inside the caller's transaction (a savepoint: a failure here leaves the caller's write to go
        on); the index update to apply after commit, or None."""
        if not len(fids):
            return None
        conn.execute("SAVEPOINT bm_refill")
        try:
            apply = self._refill_work(fids)(conn, self._index)[1]
        except (sqlite3.Error, ValueError) as exc:
            conn.execute("ROLLBACK TO bm_refill")
            conn.execute("RELEASE bm_refill")
            log.warning("Could not fill the derived fields of %d incident(s) changed outside Border Monitor in "
                        "%s: %s", len(fids), self.name, exc)
            return None
        conn.execute("RELEASE bm_refill")
        return apply

    def _refill_outside_edits(self, fids: np.ndarray) -> Change:
        """Refill in a write of its own; a store that cannot be written now is left as it is (a row still
        missing a derived field is tried again at the next open or rebuild)."""
        if not len(fids):
            return Change()
        refusal = self._health.write_refusal()
        if refusal is not None:
            log.info("%d incident(s) of %s changed outside Border Monitor keep their derived fields: %s", len(fids),
                     self.name, refusal)
            return Change()
        try:
            return self._write(self._refill_work(fids))
        except (StoreError, sqlite3.Error, ValueError) as exc:
            log.warning("Could not fill the derived fields of %d incident(s) changed outside Border Monitor in "
                        "%s: %s", len(fids), self.name, exc)
            return Change()

    # -- snapshot ---------------------------------------------------------------------------------
    def save_index_snapshot(self) -> bool:
        """Store the index beside the data so the next open is fast; False when the index is not current."""
        with self._write_lock:
            conn = self._conn()
            if self._snapshot_version == self._index.version:
                return True
            if self._health.write_refusal() is not None:
                return False
            self._connections.begin(conn)
            try:
                if data_version(conn) != self._index.version:
                    self._connections.rollback(conn)
                    return False
                with self._index_lock:
                    save_snapshot(conn, self._index, self._health.invalid_rows)
                conn.execute("COMMIT")
            except BaseException:
                self._connections.rollback(conn)
                raise
            self._snapshot_version = self._index.version
            return True
