"""The window's TAK connection: a ``TakClient`` thread (reconnecting) that sends the incidents of the
state's filter once, then every change the window announces (``StoreFollower``), and hands received events
to the UI thread, where ``Ingestor`` writes them through the one write path (``ui.write_op.run_write``): a
received marker appears as an incident in every view like any other write. Incidents that came from the
TAK network are not sent back to it.
"""
from __future__ import annotations

import logging
import threading
import uuid
from typing import Callable

from PySide6.QtCore import QObject, Signal

from ...store.base import Change
from ...tak.cot_in import incident_id
from ...tak.client import ClientState, ClientStatus, TakClient
from ...tak.cot_out import delete_bytes, incident_bytes
from ...tak.follow import StoreFollower
from ...tak.ingest import IngestCounts, Ingestor
from ..state import AppState
from ..write_op import run_write
from .settings import TakSettings

log = logging.getLogger(__name__)


def merged(changes: list[Change]) -> Change:
    """One Change for the several writes of one batch of events (announced once)."""
    return Change(incidents=frozenset().union(*(c.incidents for c in changes)),
                  added=sum(c.added for c in changes), updated=sum(c.updated for c in changes),
                  deleted=sum(c.deleted for c in changes))


class TakConnection(QObject):
    statusChanged = Signal(object)  # ClientStatus, on the UI thread
    ingested = Signal(object)  # IngestCounts of one batch
    _status_from_thread = Signal(object)
    _events_from_thread = Signal(object)

    def __init__(self, state: AppState, settings: TakSettings, user: Callable[[], str], parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self._user = user
        self.endpoint, tls, self.policy = settings.checked()
        self.client = TakClient(self.endpoint, tls, on_status=self._status_from_thread.emit,
                                on_events=self._events_from_thread.emit if settings.receive else None,
                                reconnect=True, receive=settings.receive)
        self._status_from_thread.connect(self._on_status)
        self._events_from_thread.connect(self._on_events)
        self.status = ClientStatus(ClientState.STOPPED, str(self.endpoint))
        self.counts = IngestCounts()
        self._received: set[uuid.UUID] = set()  # incidents that came from the TAK network
        self._follower: StoreFollower | None = None
        self._ingestor: Ingestor | None = None
        self.sent_incidents = 0
        self._first: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        self._adopt_store()
        self.state.dataChanged.connect(self._on_data)
        self.state.storeChanged.connect(self._on_store)
        self.client.start()

    def stop(self) -> None:
        for signal, slot in ((self.state.dataChanged, self._on_data), (self.state.storeChanged, self._on_store)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.client.stop()
        self._on_status(ClientStatus(ClientState.STOPPED, str(self.endpoint), self.client.sent,
                                     self.client.received, self.client.refused))

    def _adopt_store(self) -> None:
        store = self.state.store
        self._follower = self._ingestor = None
        if store is None:
            return
        if self.settings.receive:
            self._ingestor = Ingestor(store, self._user())
        if self.settings.send:
            self._follower = StoreFollower(store, self.state.filter)
            first = self._follower.initial()
            # The XML of the first (possibly large) send is built off the UI thread (the client's queue may be
            # filled from any thread); a change made meanwhile waits for it (``join`` in ``_on_data``), so the
            # order on the wire stays the order of the writes.
            self._first = threading.Thread(target=self._send, args=(first.send, []), name="tak first send",
                                           daemon=True)
            self._first.start()

    def _on_store(self, _store) -> None:
        self._adopt_store()

    # -- out -------------------------------------------------------------------------------
    def _on_data(self, change: Change) -> None:
        if self._follower is None or not change.touches_incidents:
            return
        out = self._follower.changes()
        if self._first is not None:
            self._first.join()  # the first send goes out before any change
            self._first = None
        self._send([i for i in out.send if i.id not in self._received],
                   [i for i in out.delete if i not in self._received])

    def _send(self, incidents, deletes) -> None:
        if not incidents and not deletes:
            return
        self.client.send([incident_bytes(i, self.policy) for i in incidents] + [delete_bytes(i) for i in deletes])
        self.sent_incidents += len(incidents)

    # -- in --------------------------------------------------------------------------------
    def _on_events(self, events) -> None:
        if self._ingestor is None or self.state.store is None:
            return
        found: list[IngestCounts] = []

        def write() -> Change:
            counts, changes = self._ingestor.ingest(list(events))
            found.append(counts)
            change = merged(changes)
            self._received.update(change.incidents)
            self._received.update(incident_id(e.uid) for e in events if not e.is_delete)
            if self._follower is not None:  # what we just wrote is not news for the TAK network
                self._follower.changes()
            return change

        run_write(self.state, write)
        if found:
            self.counts.add(found[0])
            self.ingested.emit(found[0])

    def _on_status(self, status: ClientStatus) -> None:
        self.status = status
        self.statusChanged.emit(status)
