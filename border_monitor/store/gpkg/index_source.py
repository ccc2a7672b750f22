"""``GpkgIndexSource``: how the incident cache (``cache.incident_cache``) reads a GeoPackage store.

Its change sequence (``change_log``; the data version for a read-only file from before schema version 9), every
valid row (``index_load.rebuild``, leaving out the rows another program made invalid, which go to the store's
health report: ``row_check``), or only the rows written after a sequence number, read in one read transaction
with the sequence it reports, so the pair is consistent.
"""
from __future__ import annotations

import logging
import sqlite3
from typing import Callable

from ..cache.columnar import ColumnarIndex, descriptions_in_order
from ..cache.incident_cache import CacheDelta
from . import change_log, row_check
from .health import StoreHealth
from .incident_rows import TABLE
from .index_load import data_version, descriptions_of, rebuild

log = logging.getLogger(__name__)


class GpkgIndexSource:
    def __init__(self, conn: Callable[[], sqlite3.Connection], health: StoreHealth, incremental: bool):
        self._conn = conn
        self._health = health
        self.incremental = incremental

    def mark(self) -> int:
        conn = self._conn()
        return change_log.current_seq(conn) if self.incremental else data_version(conn)

    def load_all(self, description_loader: Callable[[], list[str]]) -> ColumnarIndex:
        """The index of the valid rows of the table; the invalid ones go to the store's health report."""
        conn = self._conn()

        def read(c: sqlite3.Connection) -> ColumnarIndex:
            seq = self.mark()
            problems = row_check.find_invalid(c, full=False)
            dropped: list[int] = []
            index = rebuild(c, description_loader, sorted({p.fid for p in problems}), dropped)
            problems += row_check.uuid_problems(c, dropped)
            self._health.set_invalid(sorted(problems, key=lambda p: (p.fid, p.field)))
            index.version = seq
            return index
        return change_log.read_consistently(conn, read)

    def load_delta(self, seq: int, with_descriptions: bool) -> CacheDelta:
        """The rows written after ``seq``: the valid ones read again, the invalid ones and those deleted outright
        to drop; the health report's list of invalid rows follows."""
        def read(c: sqlite3.Connection):
            changes = change_log.rows_since(c, seq)
            part, problems, descriptions = None, [], None
            if changes.fids:
                problems = row_check.find_invalid(c, full=False, fids=changes.fids)
                dropped: list[int] = []
                part = rebuild(c, None, sorted({p.fid for p in problems}), dropped, only=changes.fids)
                problems += row_check.uuid_problems(c, dropped)
                descriptions = descriptions_of(c, part["fid"]) if with_descriptions else None
            return changes, part, problems, descriptions

        changes, part, problems, descriptions = change_log.read_consistently(self._conn(), read)
        removed = {f for f, _u in changes.removed}
        if part is not None:
            removed |= set(changes.fids) - set(part["fid"].tolist())  # now invalid: out of the index
            part.version = changes.seq
        touched = set(changes.fids) | removed
        if touched:
            kept = [p for p in self._health.invalid_rows if p.fid not in touched]
            self._health.set_invalid(sorted(kept + problems, key=lambda p: (p.fid, p.field)))
        return CacheDelta(changes.seq, part, changes.fids, frozenset(removed), changes.ids(), descriptions)

    def descriptions(self, index: ColumnarIndex) -> list[str]:
        cursor = self._conn().execute(f"SELECT fid, description FROM {TABLE} ORDER BY fid")
        try:
            return descriptions_in_order(index["fid"], cursor)
        finally:
            cursor.close()
