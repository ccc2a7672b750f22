"""``GeoPackageReplica``: a GeoPackage store taking part in sync (its tables: ``store.gpkg.sync_tables``).

The store is opened as usual (``open_store``: migrations, the open-time health check); sync writes go through
a connection of its own, each one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) holding the incident rows,
their sync states, the audit entries and the mark that the batch was applied, so a process killed between or
inside batches leaves every batch either applied and marked or not at all. A window that has the store open
sees the rows move as it sees any other program's write (the store's data version).
"""
from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import StoreError
from ..store import audit_chain
from ..store.gpkg import audit, change_log
from ..store.gpkg.connections import Connections
from ..store.gpkg.schema import touch_contents
from ..store.gpkg.incident_rows import TABLE, row_to_incident
from . import gpkg_rows
from .replica_core import Dialect, SqlReplica

log = logging.getLogger(__name__)

_CHANGED_SQL = (
    f"SELECT i.uuid, {gpkg_rows.columns_of('i')} FROM {TABLE} i LEFT JOIN bm_sync_items s ON s.uuid = i.uuid WHERE i.uuid IS NOT NULL AND (s.uuid IS NULL "
    "OR s.seen_revision IS NOT i.revision OR s.seen_deleted IS NOT i.deleted "
    "OR s.seen_updated_at IS NOT i.updated_at)"
)
_INSERT_AUDIT = ("INSERT INTO audit_log (id, at, user, origin, action, incident_uuid, before_json, after_json, "
                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


class GeoPackageReplica(SqlReplica):
    """Sync on one GeoPackage store. Give it an open store (``owns_store`` closes it too) or use ``open``."""

    # the states compact (schema version 11: an older Border Monitor refuses the file rather than misread them)
    dialect = Dialect(p="?", greatest="max", differs="IS NOT", uuid_text="uuid", audit_user="user",
                      compact_states=True)

    def __init__(self, store, *, owns_store: bool = False, busy_timeout: float = 30.0):
        self._store = store
        self._owns = owns_store
        path = getattr(store, "path", None)
        if path is None:
            raise StoreError(f"The store {store.name} is not a GeoPackage file; it cannot sync as one.")
        if getattr(store, "read_only", False):
            raise StoreError(f"The store {store.name} was opened read-only; it cannot take part in a sync.")
        problems = list(getattr(store, "audit_problems", []))
        if problems:
            raise StoreError(f"The store {store.name} will not be synced: {problems[0]}. Run border-monitor audit "
                             f"verify --store {store.name}.")
        self._path = Path(path)
        self._connections = Connections(self._path, busy_timeout)
        self._origin = store.origin
        if not self._origin:
            raise StoreError(f"The store {store.name} has no origin id; it cannot take part in a sync.")

    @classmethod
    def open(cls, path: str | Path) -> "GeoPackageReplica":
        from ..store import open_store

        return cls(open_store(path), owns_store=True)

    # -- identity -------------------------------------------------------------------------------------
    @property
    def origin(self) -> str:
        return self._origin

    @property
    def name(self) -> str:
        return self._store.name

    @property
    def path(self) -> Path:
        return self._path

    @property
    def store(self):
        return self._store

    def _conn(self) -> sqlite3.Connection:
        return self._connections.get()

    def _transaction(self):
        return _Transaction(self._connections, self._conn())

    @contextmanager
    def _reading(self):
        yield self._conn()

    # -- the backend's steps of ``SqlReplica`` ---------------------------------------------------------
    @staticmethod
    def _executemany(conn, statement: str, rows: list[tuple]) -> None:
        conn.executemany(statement, rows)

    @staticmethod
    def _flag(value: bool) -> int:
        return int(value)

    def _by_uuids(self, conn, select: str, column: str, uuids: list[str]) -> list[tuple]:
        out = []
        for start in range(0, len(uuids), 500):
            part = uuids[start:start + 500]
            out += conn.execute(f"{select} WHERE {column} IN ({', '.join('?' * len(part))})", part).fetchall()
        return out

    def _change_mark(self, conn) -> int | None:
        return change_log.current_seq(conn) if change_log.has_change_seq(conn) else None

    def _rows_changed(self, conn, scanned: int) -> list[tuple[str, dict]]:
        if change_log.has_change_seq(conn):
            # the rows written since the last scan (by anyone: a QGIS edit that keeps the revision too), from the
            # change sequence's index; the rows sync wrote itself come back once and are found unchanged
            raws = conn.execute(f"SELECT uuid, {gpkg_rows.columns_of(TABLE)} FROM {TABLE} WHERE change_seq > ? "
                                "AND uuid IS NOT NULL", (scanned,)).fetchall()
        else:
            raws = conn.execute(_CHANGED_SQL).fetchall()
        return [(raw[0], gpkg_rows.row_dict(raw[1:])) for raw in raws]

    def _rows_among(self, conn, uuids: list[str]) -> list[tuple[str, dict]]:
        raws = []
        for start in range(0, len(uuids), 500):
            part = uuids[start:start + 500]
            raws += conn.execute(f"{_CHANGED_SQL} AND i.uuid IN ({', '.join('?' * len(part))})", part).fetchall()
        return [(raw[0], gpkg_rows.row_dict(raw[1:])) for raw in raws]

    def _removed_since(self, conn, scanned: int) -> list[str]:
        return [uid for _fid, uid in conn.execute(change_log.REMOVED_SINCE_SQL, (scanned,)).fetchall()]

    def _fetch_rows(self, conn, uuids: list[str]) -> dict[str, dict]:
        return gpkg_rows.fetch_rows(conn, uuids)

    def _check_row(self, uid: str, values: dict, where: str) -> None:
        gpkg_rows.check_row(uid, values, where)

    def _write_row(self, conn, uid: str, values: dict, exists: bool) -> None:
        gpkg_rows.write_row(conn, uid, values, exists=exists)

    def _incident_json(self, conn, uid: str) -> str | None:
        raw = conn.execute(f"{gpkg_rows.SELECT_FID_ROW} WHERE uuid = ?", (uid,)).fetchone()
        return None if raw is None else _incident_json(raw)

    def _append_entries(self, conn, rows: list[tuple]) -> list[int]:
        return _append_entries(conn, rows)

    def _rows_written(self, conn) -> None:
        touch_contents(conn, TABLE)

    # -- lifetime -------------------------------------------------------------------------------------
    def close(self) -> None:
        self._connections.close_all()
        if self._owns:
            self._store.close()


def _incident_json(raw) -> str | None:
    try:
        return json.dumps(row_to_incident(raw).to_dict(), ensure_ascii=False, sort_keys=True)
    except (ValueError, TypeError):
        return None


def _append_entries(conn, rows: list[tuple]) -> list[int]:
    """Append entries (at, user, origin, action, incident, before_json, after_json) to the hash-chained log with
    their texts as given (an entry from a peer keeps its origin, time and details); their new local ids."""
    if not rows:
        return []
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    next_id = max(last[0] if last else 0, seq[0] if seq else 0) + 1
    prev = last[1] if last and last[1] else audit_chain.GENESIS
    entries = [(next_id + k, *row) for k, row in enumerate(rows)]
    links = audit_chain.link(entries, prev)
    conn.executemany(_INSERT_AUDIT, [(*e, p, h) for e, (p, h) in zip(entries, links)])
    audit.set_head(conn, entries[-1][0], links[-1][1])
    return [e[0] for e in entries]


class _Transaction:
    """``with`` block: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any error (a database error worded)."""

    def __init__(self, connections: Connections, conn: sqlite3.Connection):
        self._connections, self._conn = connections, conn

    def __enter__(self) -> sqlite3.Connection:
        self._connections.begin(self._conn)
        return self._conn

    def __exit__(self, kind, exc, tb) -> bool:
        if kind is None:
            self._conn.execute("COMMIT")
            return False
        self._connections.rollback(self._conn)
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"The sync of {self._connections.path.name} failed and its last step was undone: "
                             f"{exc}.") from exc
        return False
