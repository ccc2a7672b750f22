"""Store queries off the UI thread: one worker thread, answers delivered to the UI thread by a queued signal.

A view submits a query under a key of its own ("map", "table", "timeline") with the function that takes the
answer. Each submit under a key starts a new generation: a query of that key still waiting is replaced before
it runs, and the answer of one already running is dropped when it arrives, so a view only ever shows the
answer to the newest filter. The worker runs one query at a time (the store's index lock is held while a
query computes its masks: a second worker would only wait on it), in the order submitted, except that an ``eager``
query (the map's) waits behind the others submitted with it: their answers are delivered (together) before it
runs, so the UI thread lays out and paints the table and timeline while the worker computes the map, whose page
then draws in its own process. Measured at 1M rows (``benchmarks/perf/filter_views.py``, 2026-12-02, a 2-core
machine): filter change to all three views drawn, median 77.5 -> 65-74 ms, the map first against last.

``synchronous = True`` runs every query at once on the calling thread (the path before this module, kept
for the benchmark's anchor); the answer is still delivered through ``deliver``.

Each run is timed (``last_ms``: key -> milliseconds of the last query; ``ui_thread_ms``: the longest query
that ran on the UI thread, which only the synchronous path does).

While the worker thread runs, Python's switch interval is ``SWITCH_INTERVAL_S`` (1 ms, not 5): a query's Python
code then hands the GIL to a waiting UI thread within about a millisecond (measured: a 100k-text vocabulary
built on the worker held a ticking UI thread up to 11 ms at 5 ms, 3.5 ms at 1 ms).
"""
from __future__ import annotations

import atexit
import logging
import sys
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..thread_priority import make_this_thread_nicer

log = logging.getLogger(__name__)

SWITCH_INTERVAL_S = 0.001
# How much nicer the worker thread is than the UI thread (Linux: nice is per thread). On 2 cores the UI thread, the
# worker and Chromium's processes are often runnable at once, and the UI thread waited for a core: at 1M rows
# (``benchmarks/perf/filter_views.py``) its gaps over 30 ms while the queries alone ran were 30-52 ms of waiting in the
# run queue (``/proc/thread-self/schedstat``), not its own work nor the GIL. Runs with a gap over 16 ms: 4 of 10 with
# the worker as nice as the UI thread, 1 of 10 with it 10 nicer (the views' median and p95 alike).
WORKER_NICE = 10


# Every worker thread running, with what stops it: stopped and joined at interpreter exit (``atexit`` runs before
# finalization). A worker never closed (an AppState that lives to the end) would else be woken during finalization,
# when its ``QObject`` goes in the last garbage collection and ``destroyed`` notifies its thread, and a thread
# that wakes then is made to exit with the process's C++ runtime mid-unwind: "terminate called without an active
# exception", the process aborted (exit status 134; seen at the end of test runs, 2026-12-02).
_ALIVE: dict[threading.Thread, Callable[[], None]] = {}


def stop_all_workers(timeout_s: float = 2.0) -> None:
    """Stop every worker thread and wait for each (a query running finishes first, up to ``timeout_s``)."""
    for stop in list(_ALIVE.values()):
        stop()
    for thread in list(_ALIVE):
        thread.join(timeout_s)


atexit.register(stop_all_workers)


@dataclass
class _Job:
    key: str
    generation: int
    query: Callable[[], Any]
    deliver: Callable[[Any], None]
    failed: Callable[[BaseException], None] | None
    eager: bool = False


class QueryWorker(QObject):
    """Runs submitted queries on one Python thread of its own; ``deliver`` is called on the UI thread."""

    answered = Signal(str)  # a key whose newest answer was just delivered
    _finished = Signal(object)  # [(job, answer, error, ms)], from the worker thread

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self.synchronous = synchronous
        self._generations: dict[str, int] = {}
        self._waiting: dict[str, _Job] = {}  # key -> the newest job not started yet (insertion = run order)
        self._unanswered: set[str] = set()  # keys whose newest job has not been delivered
        self._cond = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None
        self.last_ms: dict[str, float] = {}
        self.ui_thread_ms = 0.0
        self.dropped = 0  # answers dropped because a newer query of their key was submitted
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        cond = self._cond

        def stop_on_destroy(*_args, flags=self) -> None:
            with cond:
                flags._stopped = True
                flags._waiting.clear()
                cond.notify_all()

        self.destroyed.connect(stop_on_destroy)

    # -- API ------------------------------------------------------------------------------
    def submit(self, key: str, query: Callable[[], Any], deliver: Callable[[Any], None],
               failed: Callable[[BaseException], None] | None = None, eager: bool = False) -> int:
        """Run ``query()`` off the UI thread and hand its answer to ``deliver`` (an exception to ``failed``, else
        it is logged), unless another query under ``key`` is submitted meanwhile. Returns the generation.

        Answers of queries submitted together are delivered together (one event, so the window paints them in
        one frame) once no query but eager ones is waiting; an ``eager`` one (the map's: its page still has to
        draw) runs after those and is delivered at once."""
        with self._cond:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation
            self._unanswered.add(key)
            job = _Job(key, generation, query, deliver, failed, eager)
            if not self.synchronous:
                if key in self._waiting:
                    self.dropped += 1
                    del self._waiting[key]
                self._waiting[key] = job
                self._ensure_thread()
                self._cond.notify()
                return generation
        started = time.perf_counter()
        answer, error = None, None
        try:
            answer = query()
        except Exception as exc:  # noqa: BLE001 - handed to the view (or logged) as the threaded path does
            error = exc
        ms = (time.perf_counter() - started) * 1000.0
        self.ui_thread_ms = max(self.ui_thread_ms, ms)
        self._on_finished([(job, answer, error, ms)])
        return generation

    def cancel(self, key: str) -> None:
        """Drop whatever answer under ``key`` is waiting or running (a page reload, a view going away)."""
        with self._cond:
            self._generations[key] = self._generations.get(key, 0) + 1
            self._waiting.pop(key, None)
            self._unanswered.discard(key)

    def busy(self, key: str | None = None) -> bool:
        """Whether a query (under ``key``, or any) is waiting, running or not yet delivered."""
        with self._cond:
            return bool(self._unanswered) if key is None else key in self._unanswered

    def close(self) -> None:
        """Stop the thread (the query it runs finishes; its answer is dropped)."""
        self._stop_thread()

    # -- the thread ---------------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
            self._stopped = False
            self._thread = threading.Thread(target=self._run, name="store-queries", daemon=True)
            _ALIVE[self._thread] = self._stop_thread
            self._thread.start()

    def _stop_thread(self, *_args) -> None:
        with self._cond:
            self._stopped = True
            self._waiting.clear()
            self._cond.notify_all()

    def _run(self) -> None:
        try:
            self._serve()
        finally:
            _ALIVE.pop(threading.current_thread(), None)

    def _serve(self) -> None:
        make_this_thread_nicer(WORKER_NICE)  # where both want a core, the UI thread gets it first
        batch: list[tuple] = []
        while True:
            with self._cond:
                while not self._waiting and not self._stopped:
                    self._cond.wait()
                if self._stopped:
                    return
                # the others first, the eager (map) query last: see the module's docstring
                key = next((k for k, j in self._waiting.items() if not j.eager), None) or next(iter(self._waiting))
                job = self._waiting.pop(key)
            started = time.perf_counter()
            answer, error = None, None
            try:
                answer = job.query()
            except Exception as exc:  # noqa: BLE001 - delivered to the UI thread
                error = exc
            ms = (time.perf_counter() - started) * 1000.0
            with self._cond:
                if self._stopped:
                    return
                batch.append((job, answer, error, ms))
                if not job.eager and any(not j.eager for j in self._waiting.values()):
                    continue  # delivered with the answers still to come
                ready, batch = batch, []
            try:
                self._finished.emit(ready)
            except RuntimeError:  # the QObject is gone (the window closed while a query ran)
                return

    @Slot(object)
    def _on_finished(self, results) -> None:
        for job, answer, error, ms in results:
            with self._cond:
                current = self._generations.get(job.key) == job.generation
                if current:
                    self._unanswered.discard(job.key)
                    self.last_ms[job.key] = ms
                else:
                    self.dropped += 1
            if not current:
                log.debug("query %s #%d answered after a newer one was asked: dropped", job.key, job.generation)
                continue
            try:
                if error is not None:
                    if job.failed is not None:
                        job.failed(error)
                    else:
                        log.warning("store query for the %s failed: %s", job.key, error)
                else:
                    job.deliver(answer)
            finally:
                self.answered.emit(job.key)
