"""The columnar index of a ``GeoPackageStore`` (a mixin): loading it, keeping it current when another
program writes, refilling the derived fields such writes left stale, and its snapshot.

The store provides ``_conn()``, ``_connections``, ``_write(work)``, ``_write_lock``, ``_index_lock``,
``_index``, ``_snapshot_version``, ``_health`` (``store_health.StoreHealth``), ``origin`` and ``name``.
See ``outside_edits`` for which rows are refilled and why.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone

import numpy as np

from ..domain.errors import StoreError
from . import audit, outside_edits, row_check
from .base import Change
from .columnar import ColumnarIndex
from .gpkg_schema import touch_contents
from .incident_rows import TABLE, iso_ms
from .index_load import data_version, load_snapshot, rebuild, save_snapshot, snapshot_invalid

log = logging.getLogger(__name__)


class IndexMixin:
    _index: ColumnarIndex | None
    _index_lock: threading.RLock
    _write_lock: threading.RLock
    _snapshot_version: int | None
    index_source: str

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
        return previous, outside_edits.stale_fids(previous, index)

    def _current_index(self) -> ColumnarIndex:
        """The index, rebuilt first if the table changed behind it (another program wrote)."""
        conn = self._conn()
        if data_version(conn) == self._index.version:
            return self._index
        with self._write_lock:  # waits while a write of ours is between commit and index update
            if data_version(conn) != self._index.version:
                log.info("%s changed outside this store object; rebuilding the incident index", self.name)
                _previous, stale = self._rebuild_index(conn)
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
