"""``PostgisReplica``: a PostgreSQL/PostGIS store taking part in sync (its tables: ``store.postgis.sync_tables``).

The store is opened as usual (``PostgisStore``: schema version, role); sync works on a connection of its own,
each write one transaction that holds the store's advisory lock (``schema.CHANGE_LOCK``, as every write to
incidents does) and writes the incident rows, their sync states, the audit entries and the mark that the batch
was applied, so a connection lost between or inside batches leaves every batch applied and marked or not at
all; the next sync goes on from the marks. Workstations that have the store open see the rows through the
change sequence and NOTIFY, as any other program's write.

Roles: a sync needs a supervisor or the database's owner (see ``store.postgis.sync_tables``); a viewer or an
operator is refused before anything is read, with a sentence.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager

import psycopg

from ..domain.errors import StoreError, StoreUnavailable
from ..store import audit_chain
from ..store.postgis import audit_log
from ..store.postgis.connections import is_connection_lost, open_connection
from ..store.postgis.schema import CHANGE_LOCK
from . import gpkg_rows, postgis_rows
from .replica_core import Dialect, SqlReplica

log = logging.getLogger(__name__)

SYNC_LEVELS = ("owner", "supervisor")  # who may sync (a sync writes deletions, statuses, resolutions)
_INSERT_AUDIT = ("INSERT INTO audit_log (id, at, actor, origin, action, incident_uuid, before_json, after_json, "
                 "prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)")
# The change sequence now: a row deleted outright carries a number no remaining row has.
_CHANGE_MARK = ("SELECT greatest((SELECT coalesce(max(change_seq), 0) FROM incidents), "
                "(SELECT coalesce(max(change_seq), 0) FROM incident_removals))")


class PostgisReplica(SqlReplica):
    """Sync on one PostgreSQL store. Give it an open ``PostgisStore`` (``owns_store`` closes it too) or ``open``."""

    dialect = Dialect(p="%s", greatest="greatest", differs="IS DISTINCT FROM", uuid_text="uuid::text",
                      audit_user="actor")

    def __init__(self, store, *, owns_store: bool = False):
        self._store, self._owns = store, owns_store
        level, service = store.role
        if getattr(store, "standby", False):
            raise StoreError(f"The store {store.name} is a read-only standby; sync with the primary server.")
        if level not in SYNC_LEVELS:
            who = store.role_text or "a user with no Border Monitor role"
            raise StoreError(f"{store.name}: user {store._address.user or '(your login)'} is {who}, and only a "  # noqa: SLF001
                             "supervisor or the database's owner may sync (a sync writes deletions, statuses and "
                             "conflict resolutions); nothing was changed.")
        self._origin = store.origin
        if not self._origin:
            raise StoreError(f"The store {store.name} has no origin id; it cannot take part in a sync.")
        self._address = store._address  # noqa: SLF001 - the replica opens its own connection to the same database
        self._conn = open_connection(self._address)

    @classmethod
    def open(cls, url: str) -> "PostgisReplica":
        from ..store.postgis.store import PostgisStore

        store = PostgisStore(url)
        try:
            return cls(store, owns_store=True)
        except BaseException:
            store.close()
            raise

    # -- identity -------------------------------------------------------------------------------------
    @property
    def origin(self) -> str:
        return self._origin

    @property
    def name(self) -> str:
        return self._store.name

    @property
    def store(self):
        return self._store

    @property
    def backend_pid(self) -> int:
        """The server process of the sync's connection."""
        return self._conn.info.backend_pid

    @contextmanager
    def _server(self):
        """The connection; a lost one becomes ``StoreUnavailable`` (what was applied stays), others a sentence."""
        try:
            yield self._conn
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else type(exc).__name__
            if is_connection_lost(exc) or self._conn.broken or self._conn.closed:
                raise StoreUnavailable(
                    f"The connection to {self._address.host}:{self._address.port} ({self.name}) was lost during the "
                    "sync; the batches applied before stay applied: run the sync again to go on from there.") from None
            if isinstance(exc, psycopg.errors.InsufficientPrivilege):
                raise StoreError(f"{self.name} refused the sync for {self._store.role_text}: {reason}; the batch "
                                 "was undone.") from None
            raise StoreError(f"The sync of {self.name} failed and its last step was undone: {reason}.") from None

    @contextmanager
    def _transaction(self):
        with self._server() as conn, conn.transaction():
            conn.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
            yield conn

    def _reading(self):
        return self._server()

    # -- the backend's steps of ``SqlReplica`` ---------------------------------------------------------
    @staticmethod
    def _executemany(conn, statement: str, rows: list[tuple]) -> None:
        with conn.cursor() as cur:
            cur.executemany(statement, rows)

    @staticmethod
    def _flag(value: bool) -> bool:
        return bool(value)

    def _by_uuids(self, conn, select: str, column: str, uuids: list[str]) -> list[tuple]:
        return conn.execute(f"{select} WHERE {column} = ANY(%s::uuid[])", (uuids,)).fetchall()

    def _change_mark(self, conn) -> int:
        return int(conn.execute(_CHANGE_MARK).fetchone()[0])

    def _rows_changed(self, conn, scanned: int) -> list[tuple[str, dict]]:
        raws = conn.execute(f"{postgis_rows.SELECT_ROW} WHERE change_seq > %s", (scanned,)).fetchall()
        return [(raw[0], postgis_rows.row_dict(raw)) for raw in raws]

    def _rows_among(self, conn, uuids: list[str]) -> list[tuple[str, dict]]:
        raws = conn.execute(f"{postgis_rows.SELECT_ROW} WHERE uuid = ANY(%s::uuid[])", (uuids,)).fetchall()
        return [(raw[0], postgis_rows.row_dict(raw)) for raw in raws]

    def _removed_since(self, conn, scanned: int) -> list[str]:
        return [row[0] for row in conn.execute("SELECT uuid::text FROM incident_removals WHERE change_seq > %s "
                                               "ORDER BY change_seq", (scanned,)).fetchall()]

    def _fetch_rows(self, conn, uuids: list[str]) -> dict[str, dict]:
        return postgis_rows.fetch_rows(conn, uuids)

    def _check_row(self, uid: str, values: dict, where: str) -> None:
        gpkg_rows.check_row(uid, values, where)

    def _write_row(self, conn, uid: str, values: dict, exists: bool) -> None:
        postgis_rows.write_row(conn, uid, values, exists=exists)

    def _incident_json(self, conn, uid: str) -> str | None:
        return postgis_rows.incident_json(conn, uid)

    def _append_entries(self, conn, rows: list[tuple]) -> list[int]:
        return _append_entries(conn, rows)

    @property
    def _store_argument(self) -> str:
        return "URL"

    # -- lifetime -------------------------------------------------------------------------------------
    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            if self._owns:
                self._store.close()


def _append_entries(conn, rows: list[tuple]) -> list[int]:
    """Append entries (at, user, origin, action, incident, before_json, after_json) to the hash chain with their
    texts as given (an entry from a peer keeps its origin, time and details); their new local ids. The caller
    holds the store's advisory lock, so the last entry cannot move meanwhile."""
    if not rows:
        return []
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    next_id = (last[0] if last else 0) + 1
    prev = last[1] if last else audit_chain.GENESIS
    entries = [(next_id + k, *row) for k, row in enumerate(rows)]
    links = audit_chain.link(entries, prev)
    with conn.cursor() as cur:
        cur.executemany(_INSERT_AUDIT, [(*e, p, h) for e, (p, h) in zip(entries, links)])
    audit_log.set_head(conn, entries[-1][0], links[-1][1])
    return [e[0] for e in entries]
