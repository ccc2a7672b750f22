"""The cycle collector's policy (``ui.gc_policy``): one full pass and a freeze when the window is idle after the
store changed, so that later passes (triggered by a query on the worker) leave the big index out."""
from __future__ import annotations

import gc
import weakref

import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui import gc_policy


class _Cycle:
    def __init__(self):
        self.me = self


@pytest.fixture
def no_automatic_collection():
    was = gc.isenabled()
    gc.disable()
    yield
    gc.unfreeze()
    if was:
        gc.enable()


def test_the_idle_pass_frees_dead_cycles_and_freezes_what_lives(qtbot, app_state, no_automatic_collection):
    policy = gc_policy.CollectorPolicy(idle_ms=50)
    dead = _Cycle()
    gone = weakref.ref(dead)
    del dead
    alive = [_Cycle() for _ in range(1000)]
    policy.changed()
    assert policy.passes == 0 and gone() is not None  # not before the window has been idle
    qtbot.waitUntil(lambda: policy.passes == 1, timeout=5000)
    assert gone() is None
    assert gc.get_freeze_count() >= len(alive)
    # the alive objects are left out of the next full pass: it walks far fewer objects than are alive
    assert len(gc.get_objects()) < gc.get_freeze_count()


def test_a_change_restarts_the_wait(qtbot, no_automatic_collection):
    policy = gc_policy.CollectorPolicy(idle_ms=300)
    policy.changed()
    for _ in range(4):  # changes every 100 ms: never idle for 300 ms
        qtbot.wait(100)
        policy.changed()
    assert policy.passes == 0
    qtbot.waitUntil(lambda: policy.passes == 1, timeout=5000)
    policy.postpone()  # a filter change when no pass is due schedules none
    qtbot.wait(600)
    assert policy.passes == 1


def test_the_window_collects_once_idle_after_opening_and_after_a_write(qtbot, demo_store, tmp_path,
                                                                      no_automatic_collection, monkeypatch):
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings

    monkeypatch.setattr(gc_policy, "IDLE_MS", 200)
    window = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"),
                        restore=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.collector.passes == 1, timeout=20_000)
    from border_monitor.domain.taxonomy import Country
    from border_monitor.ui.write_op import run_write

    window.state.set_filter(IncidentFilter(countries={Country.PL}))  # no pass is due: a filter schedules none
    qtbot.wait(500)
    assert window.collector.passes == 1

    incident = demo_store.page(IncidentFilter(), limit=1)[0]
    run_write(window.state, lambda: demo_store.update(incident.with_changes(description="seen from the tower"), "t"))
    qtbot.waitUntil(lambda: window.collector.passes == 2, timeout=20_000)
