"""A connection to a TAK network that a command or a window drives: start, send, stop, status.

``TakClient(endpoint, tls, on_status=..., on_events=...)`` runs one background thread that
connects, sends what ``send`` queued, and reads what the server sends (cut into events by
``EventSplitter`` and parsed by ``cot_in.parse_event``, so DTDs and entities are refused). The
callbacks run on that thread: a GUI hands them to its own thread (a queued Qt signal).
``on_status(ClientStatus)`` is told every change of state (connecting, connected, reconnecting,
stopped, failed) with the counts so far. With ``reconnect=True`` (a window's long-lived
connection) a lost connection is retried with a growing pause (1 s doubling to 30 s); without it
(a one-shot command) the first failure ends the client and ``wait_connected`` / ``drain``
raise it. ``stop`` half-closes the stream and reads until the server closes it, so nothing sent
is cut off by a reset.
"""
from __future__ import annotations

import logging
import queue
import socket
import threading
import time
from dataclasses import dataclass
from enum import Enum
from typing import Callable

from .cot_in import CotError, CotEvent, parse_event
from .stream import MAX_EVENT_BYTES, EventSplitter
from .transport import Endpoint, Link, TakConnectionError, TlsFiles, connect

log = logging.getLogger(__name__)

POLL = 0.05  # seconds the thread waits on the socket before looking at its queue again
BACKOFF_MAX = 30.0


class ClientState(str, Enum):
    STOPPED = "stopped"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    FAILED = "failed"


@dataclass(frozen=True)
class ClientStatus:
    state: ClientState
    endpoint: str
    sent: int = 0
    received: int = 0
    refused: int = 0  # received bytes that were not a readable event (DTD, broken XML, over 1 MB)
    message: str = ""


class TakClient:
    def __init__(self, endpoint: Endpoint | str, tls: TlsFiles | None = None, *,
                 on_status: Callable[[ClientStatus], None] | None = None,
                 on_events: Callable[[list[CotEvent]], None] | None = None,
                 reconnect: bool = False, receive: bool = True, timeout: float = 10.0,
                 max_event_bytes: int = MAX_EVENT_BYTES):
        self.endpoint = endpoint if isinstance(endpoint, Endpoint) else Endpoint.parse(endpoint)
        self.tls = tls
        self.on_status = on_status
        self.on_events = on_events
        self.reconnect = reconnect
        self.receive = receive
        self.timeout = timeout
        self.max_event_bytes = max_event_bytes
        self._queue: queue.Queue[bytes] = queue.Queue()
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._idle = threading.Condition()
        self._pending = 0
        self._thread: threading.Thread | None = None
        self._error: TakConnectionError | None = None
        self._state = ClientState.STOPPED
        self.sent = self.received = self.refused = 0

    # -- the API a command or a window uses ------------------------------------------------
    def start(self) -> "TakClient":
        if self._thread is not None and self._thread.is_alive():
            return self
        self._stop.clear()
        self._error = None
        self._thread = threading.Thread(target=self._run, name=f"tak {self.endpoint}", daemon=True)
        self._thread.start()
        return self

    def send(self, events: bytes | list[bytes]) -> None:
        """Queue events (bytes of ``cot_out``) to send, in order."""
        items = [events] if isinstance(events, bytes) else list(events)
        with self._idle:
            self._pending += len(items)
        for item in items:
            self._queue.put(item)

    def wait_connected(self, timeout: float | None = None) -> None:
        """Block until connected; raise the failure when the client gave up (``reconnect=False``)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._connected.wait(POLL):
            self._raise_failure()
            if deadline is not None and time.monotonic() > deadline:
                raise TakConnectionError(f"Cannot connect to {self.endpoint}: no connection within {timeout:g} s.")
        self._raise_failure()

    def drain(self, timeout: float | None = None) -> None:
        """Block until every queued event is sent (or raise the failure that stopped it)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._idle:
            while self._pending:
                if self._error is not None and not self.reconnect:
                    break
                if not self._idle.wait(POLL) and deadline is not None and time.monotonic() > deadline:
                    raise TakConnectionError(f"Sending to {self.endpoint}: {self._pending} events still queued "
                                             f"after {timeout:g} s.")
        self._raise_failure()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    @property
    def status(self) -> ClientStatus:
        return ClientStatus(self._state, str(self.endpoint), self.sent, self.received, self.refused,
                            str(self._error or ""))

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ----------------------------------------------------------------------------
    def _raise_failure(self) -> None:
        if self._error is not None and not self.reconnect:
            raise self._error

    def _set(self, state: ClientState, message: str = "") -> None:
        self._state = state
        if self.on_status is not None:
            try:
                self.on_status(ClientStatus(state, str(self.endpoint), self.sent, self.received, self.refused,
                                            message))
            except Exception:  # noqa: BLE001 - a failing listener must not kill the connection
                log.exception("TAK status callback failed")

    def _run(self) -> None:
        pause = 1.0
        self._set(ClientState.CONNECTING)
        while not self._stop.is_set():
            try:
                link = connect(self.endpoint, self.tls, timeout=self.timeout, listen=self.receive)
            except TakConnectionError as exc:
                if not self._retry(exc, pause):
                    return
                pause = min(pause * 2, BACKOFF_MAX)
                continue
            pause = 1.0
            self._connected.set()
            self._set(ClientState.CONNECTED)
            try:
                self._serve(link)
            except TakConnectionError as exc:
                self._connected.clear()
                if not self._retry(exc, pause):
                    return
                continue
            finally:
                self._close(link)
            break
        self._connected.clear()
        self._set(ClientState.STOPPED)

    def _retry(self, exc: TakConnectionError, pause: float) -> bool:
        self._error = exc
        if not self.reconnect or self._stop.is_set():
            self._set(ClientState.FAILED, str(exc))
            with self._idle:
                self._idle.notify_all()
            return False
        log.warning("%s; trying again in %.0f s", exc, pause)
        self._set(ClientState.RECONNECTING, str(exc))
        self._stop.wait(pause)
        return not self._stop.is_set()

    def _serve(self, link: Link) -> None:
        splitter = EventSplitter(self.max_event_bytes)
        link.settimeout(POLL)
        receiving = self.receive or link.endpoint.scheme != "udp"
        while not self._stop.is_set():
            self._send_queued(link)
            if not receiving:
                self._stop.wait(POLL)
                continue
            try:
                chunk = link.receive()
            except socket.timeout:
                continue
            if not chunk:
                if link.endpoint.scheme == "udp":
                    continue
                raise TakConnectionError(f"The TAK server {self.endpoint} closed the connection.")
            # One datagram is one event: what it does not finish is dropped with it.
            self._take(EventSplitter(self.max_event_bytes) if link.endpoint.scheme == "udp" else splitter, chunk)
        self._send_queued(link)

    def _send_queued(self, link: Link) -> None:
        """Send what is queued; a send may wait up to ``timeout`` for a slow server, reads only ``POLL``."""
        if self._queue.empty():
            return
        link.settimeout(self.timeout)
        try:
            self._send_items(link)
        finally:
            link.settimeout(POLL)

    def _send_items(self, link: Link) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            try:
                link.send(item)
            except TakConnectionError:
                self._queue.queue.appendleft(item)  # sent again after the reconnection
                raise
            self.sent += 1
            with self._idle:
                self._pending -= 1
                if not self._pending:
                    self._idle.notify_all()

    def _take(self, splitter: EventSplitter, chunk: bytes) -> None:
        before = splitter.refused
        pieces = splitter.feed(chunk)
        self.refused += splitter.refused - before
        events = []
        for piece in pieces:
            try:
                events.append(parse_event(piece, f"an event from {self.endpoint}"))
            except CotError as exc:
                self.refused += 1
                log.warning("%s", exc)
        self.received += len(events)
        if events and self.on_events is not None:
            try:
                self.on_events(events)
            except Exception:  # noqa: BLE001 - logged; the connection keeps running
                log.exception("handling events from %s failed", self.endpoint)

    def _close(self, link: Link) -> None:
        """Half-close, read what the server still sends until it closes, then close."""
        if link.endpoint.scheme != "udp":
            try:
                link.sock.shutdown(socket.SHUT_WR)
                link.settimeout(0.5)
                deadline = time.monotonic() + 2.0
                while time.monotonic() < deadline and link.sock.recv(65536):
                    pass
            except OSError:
                pass
        link.close()
