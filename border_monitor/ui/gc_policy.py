"""When Python's cycle collector walks the store's index: at a quiet moment, not in the middle of a filter change.

A full collection visits every element of every container the collector tracks, and a numpy array of objects
is one: the columnar index's text columns (a string per incident) are walked element by element. With a 100k
store open, one full pass took 33-43 ms (110k tracked objects, measured with the window drawn); at 1M,
67-139 ms (issue 13's benchmark), and it holds the GIL whichever thread triggers it, so a query on the worker
thread that happened to cross the collector's threshold froze the UI for that long. After ``gc.freeze()`` the
objects alive at that moment are left out of every later pass (0.001 ms for the same pass).

So: once the window is idle after the store was opened, swapped or written (``IDLE_MS`` after the last such
change, or after the user's last filter or selection change while a pass is due), the young generations are
collected (cheap: they hold only what was made since the last pass) and then what is alive is frozen. The
passes triggered later by a filter change only walk what was made since. Objects frozen and later dropped are
freed by their reference count as ever; only a reference cycle among frozen objects that dies is never
collected (a small leak, the price of never walking the index again).

The frozen objects are never unfrozen and collected in one go: a first version did that (unfreeze, full pass,
freeze) and the test suite, which makes and deletes hundreds of windows and web views, crashed three times in
that full pass (a segmentation fault inside ``gc.collect`` while a window was being deleted; the object at
fault was not pinned down). Young passes are what Python runs all the time anyway.
"""
from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

IDLE_MS = 1500


class CollectorPolicy(QObject):
    """Runs ``collect_and_freeze`` once the window has been idle ``IDLE_MS`` after ``changed()``."""

    def __init__(self, parent: QObject | None = None, idle_ms: int = IDLE_MS):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self.collect_and_freeze)
        self.passes = 0
        self.last_ms = 0.0

    def changed(self, *_args) -> None:
        """The store was opened, swapped or written: collect when things are quiet again."""
        self._timer.start()

    def postpone(self, *_args) -> None:
        """The user is working (a filter or selection change): a pass that is due waits until they pause."""
        if self._timer.isActive():
            self._timer.start()

    def collect_and_freeze(self) -> None:
        started = time.perf_counter()
        gc.collect(1)
        gc.freeze()
        self.passes += 1
        self.last_ms = (time.perf_counter() - started) * 1000
        log.debug("cycle collector: young pass and freeze in %.1f ms (%d objects frozen)", self.last_ms,
                  gc.get_freeze_count())


def install(state, parent: QObject) -> CollectorPolicy:
    """A policy following ``state``'s store and writes (``ui.state.AppState``), started for the store open now."""
    policy = CollectorPolicy(parent)
    state.storeChanged.connect(policy.changed)
    state.dataChanged.connect(policy.changed)
    state.filterChanged.connect(policy.postpone)
    state.selectionChanged.connect(policy.postpone)
    policy.changed()
    return policy
