"""SQLite connections to one GeoPackage file: one per thread, each with the GeoPackage SQL functions.

WAL mode lets each thread read the last committed state while another thread (or program) writes;
``synchronous = FULL`` makes every commit durable before it returns. A big import into an empty table with no other
connection to the file writes with the rollback journal instead (``rollback_journal``): every page goes to the file
once, not to the ``-wal`` file first and then again by the checkpoint.

The file name is always given to SQLite as a URI that this module builds (``store_uri``), so a path that
looks like a URI (``file:x.gpkg``, a ``?`` or ``#`` in a name) is still the plain path it is. A read-only
store (``read_only=True``) never takes the write lock (``query_only``, no write transaction), so it can be
read while another program writes; on read-only media it is opened ``mode=ro``, and without a ``-wal``
file there (so no writer can exist) ``immutable=1``.
"""
from __future__ import annotations

import logging
import sqlite3
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from ...domain.errors import StoreError
from .binary import register_functions
from .schema import PAGE_SIZE

log = logging.getLogger(__name__)

CACHE_KIB = 64 * 1024


def store_uri(path: Path, mode: str, immutable: bool = False) -> str:
    """The SQLite URI of a plain file path: absolute, every character that means something in a URI quoted."""
    text = quote(os.path.abspath(path), safe="/")
    return f"file:{text}?mode={mode}" + ("&immutable=1" if immutable else "")


def no_writer_possible(path: Path) -> bool:
    """True when nobody can write ``path`` now: its folder cannot be written (no journal or ``-wal`` can be made)
    and no ``-wal`` file exists (WAL mode, where a writer only needs the ``-wal`` file, is not in use)."""
    folder = path.parent if str(path.parent) else Path(".")
    wal = Path(f"{path}-wal")
    return not _writable(folder) and not wal.exists()


def _writable(folder: Path) -> bool:
    """Whether a process of this user may make files in ``folder`` (False on read-only media, even for root)."""
    return os.access(folder, os.W_OK)


class Connections:
    """The connections of one store; ``get()`` gives the calling thread its own."""

    def __init__(self, path: Path, busy_timeout: float, read_only: bool = False, create: bool = False):
        self.path = path
        self.busy_timeout = busy_timeout
        self.read_only = read_only
        self.immutable = read_only and no_writer_possible(path)
        # A read-only store in a folder this process may write is opened "rw" with query_only and never a write
        # transaction: it takes no write lock either, and SQLite removes the -wal and -shm files it made when the
        # last connection closes (a "ro" connection would leave them behind in the user's folder).
        media_read_only = not (os.access(path, os.W_OK) and _writable(path.parent if str(path.parent) else Path(".")))
        self._mode = ("ro" if media_read_only else "rw") if read_only else ("rwc" if create else "rw")
        if self.immutable:
            log.info("%s is on read-only media with no write-ahead log: opened immutable", path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.closed = False

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(store_uri(self.path, self._mode, self.immutable), timeout=self.busy_timeout,
                                   isolation_level=None, check_same_thread=False, uri=True)
            register_functions(conn)
            if self.read_only:
                conn.execute("PRAGMA query_only = ON")
            else:
                if self._mode == "rwc":  # before WAL, which fixes the page size of a new (empty) file
                    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
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
        if self.read_only:
            raise StoreError(f"The store {self.path.name} was opened read-only; it cannot be changed.")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"The store {self.path.name} cannot be written now ({exc}): another program may be "
                             "writing to it, or the file is read-only. Try again in a moment.") from None

    @contextmanager
    def rollback_journal(self, conn: sqlite3.Connection, wanted: bool) -> Iterator[bool]:
        """With ``wanted``, while nobody else has the file open (no other connection of this process, none of
        another program: SQLite refuses to leave WAL mode then), the transactions inside the block use the rollback
        journal (``journal_mode = DELETE``, still ``synchronous = FULL``), and WAL mode is back after it; whether
        they do. Crash safety is SQLite's either way: a transaction cut short leaves a hot journal that the next
        open rolls back (the file as it was, its old size too). While the block runs, a program that opens the file
        waits for the transaction (it cannot read it as WAL lets it), so this is for big imports only.

        Measured at 300k rows into an empty store (2-core machine shared with other work): the import 2.39 s wall
        (2.24 s CPU) with WAL, whose checkpoint copies the 127 MB the ``-wal`` file took into the file again, and
        2.03 s (1.97 s) with the rollback journal, which journals only the pages the table had before."""
        switched = False
        if wanted and not self.read_only and len(self._all) == 1 and not conn.in_transaction:
            try:
                switched = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower() == "delete"
            except sqlite3.OperationalError as exc:  # another connection has the file open ("database is locked")
                log.info("%s stays in WAL mode for this import: %s", self.path, exc)
        try:
            yield switched
        finally:
            if switched:
                self._back_to_wal(conn)

    def _back_to_wal(self, conn: sqlite3.Connection) -> None:
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.Error as exc:
            mode = exc
        if str(mode).lower() != "wal":  # a program opened the file meanwhile; the next connection sets WAL again
            log.warning("%s: journal mode is %s after the import, not WAL", self.path, mode)

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
                if k == len(connections) - 1 and not self.read_only:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            except sqlite3.Error as exc:
                log.warning("Closing a connection to %s: %s", self.path, exc)
