"""Connections of a ``PostgisStore`` to its server: one per thread for queries and writes, one listening for
``NOTIFY border_monitor``, and what a failure to connect is called in words.

Every connection is in autocommit mode (reads never leave a transaction open); writes open their own
(``with conn.transaction()``). The session time zone is UTC. A server that went away makes a call raise
``StoreUnavailable`` (a sentence naming the host, never the password); the next call after ``retry_after``
seconds tries again, doubling the wait up to ``MAX_BACKOFF`` while the server stays away.
"""
from __future__ import annotations

import logging
import threading
import time

import psycopg

from ...domain.errors import StoreError, StoreUnavailable
from .schema import CHANNEL
from .url import Address, redact

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5
MAX_BACKOFF = 30.0


def connect_error(exc: Exception, address: Address) -> StoreError:
    """A sentence for a failed connection (no password in it)."""
    text = redact(str(exc)).strip()
    where = f"{address.host}:{address.port}"
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered \
            or "password is required" in lowered or "scram" in lowered and "authentication" in lowered:
        return StoreError(f"The server at {where} refused the password of user {address.user or '(your login)'} "
                          "(or needs one): give it in PGPASSWORD, ~/.pgpass or the system keyring.")
    if "does not exist" in lowered and "database" in lowered:
        return StoreError(f"There is no database {address.database} on the server at {where}; create it first "
                          "(createdb), then: border-monitor db init --store URL.")
    if "role" in lowered and "does not exist" in lowered:
        return StoreError(f"The server at {where} has no user {address.user or '(your login)'}.")
    if "no pg_hba.conf entry" in lowered:
        return StoreError(f"The server at {where} does not let user {address.user or '(your login)'} connect from "
                          "here (pg_hba.conf).")
    reason = text.splitlines()[-1] if text else type(exc).__name__
    if "refused" in lowered or "timeout" in lowered or "timed out" in lowered or "could not translate" in lowered \
            or "no route" in lowered or "name or service" in lowered:
        return StoreUnavailable(f"No PostgreSQL server answers at {where} ({_last_words(reason)}).")
    return StoreUnavailable(f"Cannot connect to the PostgreSQL server at {where}: {_last_words(reason)}.")


def _last_words(text: str) -> str:
    text = text.rstrip(".")
    if ": " in text:
        text = text.rsplit(": ", 1)[-1]
    return text[:200]


def open_connection(address: Address, *, autocommit: bool = True) -> psycopg.Connection:
    try:
        conn = psycopg.connect(address.url, autocommit=autocommit, connect_timeout=CONNECT_TIMEOUT,
                               application_name="border-monitor")
    except psycopg.Error as exc:
        raise connect_error(exc, address) from None
    conn.execute("SET TIME ZONE 'UTC'")
    return conn


def is_connection_lost(exc: BaseException) -> bool:
    return isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) and not isinstance(
        exc, psycopg.errors.QueryCanceled)


class Connections:
    """Per-thread connections to one database, and the listening one."""

    def __init__(self, address: Address):
        self.address = address
        self._local = threading.local()
        self._all: list[psycopg.Connection] = []
        self._lock = threading.Lock()
        self._listener: psycopg.Connection | None = None
        self._dead: list[psycopg.Connection] = []  # broken listeners, closed with the store
        self._backoff = 1.0
        self._next_try = 0.0
        self.lost_at: float | None = None  # time.time() when the server went away, None while connected
        self._connected_once = False

    def get(self) -> psycopg.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed and not conn.broken:
            return conn
        if conn is not None:
            self._forget(conn)
        now = time.monotonic()
        if self.lost_at is not None and now < self._next_try:
            raise self.unavailable()
        try:
            conn = open_connection(self.address)
        except StoreUnavailable:
            if not self._connected_once:  # never reached: say why, not "lost"
                raise
            self._lost()
            raise self.unavailable() from None
        self._connected_once = True
        self._local.conn = conn
        with self._lock:
            self._all.append(conn)
        if self.lost_at is not None:
            log.info("Connected to %s again", self.address.shown)
        self.lost_at = None
        self._backoff = 1.0
        return conn

    def _lost(self) -> None:
        if self.lost_at is None:
            self.lost_at = time.time()
            log.warning("The connection to %s was lost", self.address.shown)
        self._next_try = time.monotonic() + self._backoff
        self._backoff = min(MAX_BACKOFF, self._backoff * 2)

    def unavailable(self) -> StoreUnavailable:
        when = time.strftime("%H:%M", time.localtime(self.lost_at or time.time()))
        return StoreUnavailable(f"Connection to {self.address.host} lost; showing the picture as of {when}, "
                                "read-only; reconnecting...")

    def connection_lost(self, conn: psycopg.Connection | None = None) -> StoreUnavailable:
        """Record that the server went away (seen on ``conn``); the error to raise."""
        if conn is not None:
            self._forget(conn)
        self._lost()
        return self.unavailable()

    def _forget(self, conn: psycopg.Connection) -> None:
        with self._lock:
            if conn in self._all:
                self._all.remove(conn)
        if getattr(self._local, "conn", None) is conn:
            self._local.conn = None
        try:
            conn.close()
        except psycopg.Error:
            pass

    # -- LISTEN -------------------------------------------------------------------------------------
    def listener(self) -> psycopg.Connection | None:
        """The connection listening on the channel (made on first use); None while the server is away."""
        conn = self._listener
        if conn is not None and not conn.closed and not conn.broken:
            return conn
        self._listener = None
        try:
            conn = open_connection(self.address)
            conn.execute(f"LISTEN {CHANNEL}")
        except (StoreError, psycopg.Error) as exc:
            log.info("Cannot listen for changes on %s: %s", self.address.shown, exc)
            return None
        self._listener = conn
        return conn

    def drain(self) -> int:
        """Read the notifications that arrived (without waiting); how many, or -1 when the listening connection
        is gone (its socket stays open, at end of file, until the store closes: a watcher should stop then)."""
        conn = self._listener
        if conn is None:
            return -1
        count = 0
        try:
            for _ in conn.notifies(timeout=0, stop_after=None):
                count += 1
        except psycopg.Error:
            self._listener = None
            self._dead.append(conn)
            return -1
        return count

    def close_all(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        if self._listener is not None:
            conns.append(self._listener)
            self._listener = None
        conns += self._dead
        self._dead = []
        for conn in conns:
            try:
                conn.close()
            except psycopg.Error:
                pass
