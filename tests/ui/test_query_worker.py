"""The views' query worker: store queries off the UI thread, answers on it, a newer query superseding an older one;
and in the main window, a filter change queries the store only from the worker."""
from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.query_worker import QueryWorker
from border_monitor.ui.settings import open_settings

TIMEOUT = 30_000
QUERIES = ("count", "page", "daily_counts", "grid_counts", "points", "position", "stats", "get")


@pytest.fixture
def worker(qapp):
    w = QueryWorker()
    yield w
    w.close()
    w.deleteLater()


def test_a_query_runs_off_the_ui_thread_and_its_answer_comes_back_on_it(qtbot, worker):
    ui = threading.get_ident()
    seen = {}
    worker.submit("k", lambda: threading.get_ident(), lambda ident: seen.update(query=ident, deliver=threading.get_ident()))
    qtbot.waitUntil(lambda: not worker.busy(), timeout=TIMEOUT)
    assert seen["query"] != ui and seen["deliver"] == ui
    assert worker.ui_thread_ms == 0.0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="nice is per thread on Linux only")
def test_the_worker_thread_is_nicer_than_the_ui_thread(qtbot, worker):
    """Where the UI thread and the worker both want a core, the UI thread gets it (``WORKER_NICE``)."""
    import os

    from border_monitor.ui import query_worker

    ui_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    seen = {}
    worker.submit("k", lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()),
                  lambda nice: seen.update(nice=nice))
    qtbot.waitUntil(lambda: "nice" in seen, timeout=TIMEOUT)
    assert seen["nice"] == min(19, ui_nice + query_worker.WORKER_NICE) > ui_nice
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == ui_nice  # the UI thread's own is untouched


def test_the_ui_thread_goes_on_while_a_query_runs(qtbot, worker):
    """The query waits for something only the UI thread's event loop does: run on the UI thread, it would not see it."""
    beat = threading.Event()
    answers = []
    worker.submit("k", lambda: "went on" if beat.wait(10) else "blocked", answers.append)
    QTimer.singleShot(1, beat.set)
    qtbot.waitUntil(lambda: bool(answers), timeout=TIMEOUT)
    assert answers == ["went on"]


def test_a_newer_query_supersedes_an_older_one_whose_answer_is_dropped(qtbot, worker):
    release = threading.Event()
    started = threading.Event()
    answers, other = [], []

    def first():
        started.set()
        release.wait(10)
        return "first"

    worker.submit("map", first, answers.append)
    assert started.wait(10)  # running now
    worker.submit("map", lambda: "second", answers.append)  # waits behind it...
    worker.submit("table", lambda: "table", other.append)
    worker.submit("map", lambda: "third", answers.append)  # ...and is replaced before it ran
    assert worker.busy("map") and worker.busy()
    release.set()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=TIMEOUT)
    assert answers == ["third"] and other == ["table"]
    assert worker.dropped == 2  # the running one's answer and the replaced one


def test_the_map_query_runs_after_the_others_waiting_with_it_whose_answers_come_first_in_one_event(qtbot, worker):
    """An eager query (the map's) waiting beside others runs last: their answers are delivered together, before
    it runs, so the window paints the table and timeline while the worker computes the map (its page draws in
    another process). The map's answer is then delivered at once."""
    release = threading.Event()
    started = threading.Event()
    table_shown = threading.Event()
    ran, delivered = [], []

    def blocker():
        started.set()
        release.wait(10)
        return "old"

    def map_query():  # answers "map" only if the table's answer reached the UI thread before this ran
        ran.append("map")
        return "map" if table_shown.wait(5) else "map ran before the table's answer was delivered"

    def show_table(answer):
        delivered.append(answer)
        table_shown.set()

    worker.submit("status", blocker, lambda _a: None)
    assert started.wait(10)
    worker.submit("map", map_query, delivered.append, eager=True)
    worker.submit("table", lambda: ran.append("table") or "table", show_table)
    worker.submit("timeline", lambda: ran.append("timeline") or "timeline", delivered.append)
    release.set()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=TIMEOUT)
    assert ran == ["table", "timeline", "map"]
    assert delivered == ["table", "timeline", "map"]


def test_worker_threads_still_running_at_exit_are_stopped_and_joined_before_finalization(qtbot, worker):
    """A worker never closed (an AppState alive to the end) is stopped at exit; one woken during finalization
    aborts the process (exit status 134)."""
    from border_monitor.ui import query_worker

    worker.submit("k", lambda: 1, lambda _a: None)
    qtbot.waitUntil(lambda: not worker.busy(), timeout=TIMEOUT)
    thread = worker._thread
    assert thread.is_alive() and thread in query_worker._ALIVE
    query_worker.stop_all_workers()
    assert not thread.is_alive() and thread not in query_worker._ALIVE
    # in a process of its own: a handler registered before the module runs after the module's own (last in, first
    # out) and sees the thread already stopped
    script = (
        "import atexit, sys, threading\n"
        "atexit.register(lambda: print('workers alive at exit:', sum(t.name == 'store-queries' and t.is_alive()"
        " for t in threading.enumerate())))\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from border_monitor.ui.query_worker import QueryWorker\n"
        "workers = [QueryWorker() for _ in range(5)]\n"
        "for w in workers:\n"
        "    w.submit('k', lambda: 1, lambda _a: None)\n"
        "import time; time.sleep(0.3)\n")
    import subprocess

    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "workers alive at exit: 0" in done.stdout, done.stdout


def test_a_failed_query_goes_to_its_handler_and_a_cancelled_one_to_nobody(qtbot, worker):
    errors, answers = [], []

    def broken():
        raise ValueError("no such column")

    worker.submit("k", broken, answers.append, errors.append)
    qtbot.waitUntil(lambda: not worker.busy(), timeout=TIMEOUT)
    assert [str(e) for e in errors] == ["no such column"] and answers == []
    release = threading.Event()
    worker.submit("k", lambda: release.wait(10) and "late", answers.append)
    worker.cancel("k")
    assert not worker.busy("k")
    release.set()
    worker.submit("j", lambda: "after", answers.append)
    qtbot.waitUntil(lambda: answers == ["after"], timeout=TIMEOUT)


def test_the_synchronous_path_answers_at_once_on_the_calling_thread(qapp):
    worker = QueryWorker(synchronous=True)
    answers = []
    worker.submit("k", lambda: threading.get_ident(), answers.append)
    assert answers == [threading.get_ident()] and not worker.busy()
    worker.deleteLater()


class ThreadRecordingStore:
    """A real store; records the thread of every query made on it."""

    def __init__(self, store):
        self._store = store
        self.calls: list[tuple[str, str]] = []

    def __getattr__(self, name):
        value = getattr(self._store, name)
        if name not in QUERIES:
            return value

        def call(*args, **kwargs):
            self.calls.append((name, threading.current_thread().name))
            return value(*args, **kwargs)

        return call


def test_a_filter_change_queries_the_store_only_off_the_ui_thread_and_the_views_show_the_newest(
        qtbot, demo_store, tmp_path, settle):
    store = ThreadRecordingStore(demo_store)
    w = MainWindow(store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False)
    try:
        w.resize(1600, 1000)
        w.show()
        qtbot.waitUntil(lambda: w.map_panel.is_settled() and w.table_panel.is_settled()
                        and w.timeline_panel.is_settled(), timeout=TIMEOUT)
        store.calls.clear()
        older, newest = IncidentFilter(countries={"LT"}), IncidentFilter(countries={"PL"}, types={"apprehension"})
        w.state.set_filter(older)
        w.state.set_filter(newest)  # before the older one's answers came
        settle(w.state)
        qtbot.waitUntil(w.map_panel.is_settled, timeout=TIMEOUT)
        names = {name for _query, name in store.calls}
        assert {"count", "daily_counts", "grid_counts"} <= {query for query, _name in store.calls}
        assert names == {"store-queries"}, store.calls
        expected = demo_store.count(newest)
        assert 0 < expected < demo_store.count(older)
        assert w.table_panel.model.rowCount() == expected and w.table_panel.model.filter == newest
        assert {w.table_panel.model.incident(r).country.value for r in range(min(expected, 50))} == {"PL"}
        assert w.timeline_panel.bar_sum() == expected
        assert w.map_panel.features_drawn() == len(demo_store.grid_counts(
            newest, w.map_panel._sent[1].cell_deg).counts)
        assert f"{expected:,}".replace(",", "") in w.count_label.text().replace(",", "").replace("\u00a0", "")
    finally:
        dispose(w)
