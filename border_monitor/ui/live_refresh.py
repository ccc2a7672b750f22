"""Every window follows writes made by other programs (another workstation, QGIS, a sync) without user action.

``LiveRefresh(state)`` asks the state's store how it can learn of outside writes (``store.change_source()``,
a Qt-free ``ChangeSource``) and maps that to Qt: a ``QFileSystemWatcher`` on a GeoPackage and its ``-wal``,
a ``QSocketNotifier`` on a PostgreSQL LISTEN connection (``drain()`` when readable), or a ``QTimer`` where
neither reaches (a hot standby, a network file system). A burst of signals (one commit writes the log many
times) is debounced into one ``store.refresh()`` ``DEBOUNCE_MS`` after the first; the ``Change`` it returns goes
out through the one write path (``write_op.announce_external``), so the views redraw as after any write. A
store switch moves the watch to the new store. Our own writes wake it too: ``refresh()`` then finds nothing
new after one small query and nothing is announced.
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QFileSystemWatcher, QObject, QSocketNotifier, QTimer, Signal

from ..domain.errors import StoreError
from ..store.base import Change, ChangeSource, IncidentStore
from .state import AppState
from .write_op import announce_external
from .failure_text import failure_text

log = logging.getLogger(__name__)

DEBOUNCE_MS = 200


class LiveRefresh(QObject):
    refreshed = Signal(object)  # the Change announced (after the views were told)
    failed = Signal(str)  # a sentence: the refresh could not read the store
    reconnected = Signal()  # the store answers again after a failed refresh (a database server came back)

    RETRY_MS = 2000  # while a database store is away: how often to try again

    def __init__(self, state: AppState, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._state = state
        self._source: ChangeSource | None = None
        self._watcher: QFileSystemWatcher | None = None
        self._notifier: QSocketNotifier | None = None
        self._poll: QTimer | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.refresh_now)
        self.refreshes = 0  # store.refresh() calls made (for tests)
        self._failing = False
        state.storeChanged.connect(self._follow)
        self._follow(state.store)

    @property
    def source(self) -> ChangeSource | None:
        return self._source

    # -- following a store ----------------------------------------------------------------
    def _follow(self, store: IncidentStore | None) -> None:
        self._stop()
        if store is None:
            return
        try:
            source = store.change_source()
        except (StoreError, OSError) as exc:
            log.warning("%s: no way to follow outside changes: %s", getattr(store, "name", store), exc)
            return
        self._source = source
        if source.paths:
            self._watcher = QFileSystemWatcher(self)
            self._watch_paths()
            self._watcher.fileChanged.connect(self._file_changed)
        if source.fileno is not None:
            self._notifier = QSocketNotifier(source.fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._readable)
        if source.poll_seconds:
            self._poll = QTimer(self)
            self._poll.setInterval(max(100, int(source.poll_seconds * 1000)))
            self._poll.timeout.connect(self.schedule)
            self._poll.start()

    def _stop(self) -> None:
        self._debounce.stop()
        for part in (self._watcher, self._notifier, self._poll):
            if part is None:
                continue
            if isinstance(part, QSocketNotifier):
                part.setEnabled(False)
            elif isinstance(part, QTimer):
                part.stop()
            part.deleteLater()
        self._watcher = self._notifier = self._poll = None
        self._source = None

    def _retry_while_away(self) -> None:
        """A database store whose server went away: its socket is dead, so poll (each refresh tries to
        reconnect) until it answers again."""
        self._failing = True
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if self._poll is None:
            self._poll = QTimer(self)
            self._poll.setInterval(self.RETRY_MS)
            self._poll.timeout.connect(self.schedule)
            self._poll.start()

    def _watch_paths(self) -> None:
        """Watch the source's files that exist now (a -wal that appears later is added at the next signal)."""
        watched = set(self._watcher.files())
        missing = [p for p in self._source.paths if p not in watched and os.path.exists(p)]
        if missing:
            self._watcher.addPaths(missing)

    def _file_changed(self, _path: str) -> None:
        self._watch_paths()  # a file replaced or made again drops out of the watch
        self.schedule()

    def _readable(self, *_args) -> None:
        source = self._source
        if source is not None and source.drain is not None:
            try:
                if source.drain() == -1 and self._notifier is not None:  # the connection is gone: stop
                    self._notifier.setEnabled(False)  # watching its socket; the refresh says why
            except Exception as exc:  # noqa: BLE001 - a lost connection is the store's to report on refresh
                log.warning("draining the change notifications failed: %s", exc)
        self.schedule()

    # -- refreshing ------------------------------------------------------------------------
    def schedule(self) -> None:
        """Refresh ``DEBOUNCE_MS`` from the first signal of a burst (later ones in the burst change nothing)."""
        if not self._debounce.isActive():
            self._debounce.start()

    def refresh_now(self) -> Change:
        """Ask the store what other programs wrote and announce it (an empty Change announces nothing)."""
        store = self._state.store
        if store is None:
            return Change()
        self.refreshes += 1
        try:
            change = store.refresh()
        except StoreError as exc:
            log.warning("Could not follow the changes to %s: %s", store.name, exc)
            self._retry_while_away()
            self.failed.emit(failure_text(exc, worded=True))
            return Change()
        if self._failing:  # back: follow the store's (new) connection again
            self._failing = False
            self._follow(store)
            self.reconnected.emit()
        if store is not self._state.store:  # switched meanwhile
            return Change()
        if change.any:
            announce_external(self._state, change)
            self.refreshed.emit(change)
        return change
