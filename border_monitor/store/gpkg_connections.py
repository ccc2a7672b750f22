"""SQLite connections to one GeoPackage file: one per thread, each with the GeoPackage SQL functions.

WAL mode lets each thread read the last committed state while another thread (or program) writes;
``synchronous = FULL`` makes every commit durable before it returns.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from ..domain.errors import StoreError
from .gpkg_binary import register_functions

log = logging.getLogger(__name__)

CACHE_KIB = 64 * 1024


class Connections:
    """The connections of one store; ``get()`` gives the calling thread its own."""

    def __init__(self, path: Path, busy_timeout: float):
        self.path = path
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.closed = False

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None,
                                   check_same_thread=False)
            register_functions(conn)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("%s: journal mode is %s, not WAL", self.path, mode)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} cannot be opened as a GeoPackage: {exc}.") from None
        with self._lock:
            self._all.append(conn)
        return conn

    def get(self) -> sqlite3.Connection:
        if self.closed:
            raise StoreError(f"The store {self.path.name} is closed.")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    def begin(self, conn: sqlite3.Connection) -> None:
        """BEGIN IMMEDIATE: take the write lock now, waiting up to the busy timeout."""
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"The store {self.path.name} cannot be written now ({exc}): another program may be "
                             "writing to it, or the file is read-only. Try again in a moment.") from None

    @staticmethod
    def rollback(conn: sqlite3.Connection) -> None:
        if conn.in_transaction:
            conn.execute("ROLLBACK")

    def close_all(self) -> None:
        """Close every connection (the last one checkpoints the write-ahead log into the file)."""
        self.closed = True
        with self._lock:
            connections, self._all = self._all, []
        for k, conn in enumerate(connections):
            try:
                if k == len(connections) - 1:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            except sqlite3.Error as exc:
                log.warning("Closing a connection to %s: %s", self.path, exc)
