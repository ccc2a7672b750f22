"""Live refresh: another process writes to the store file; the open window's table, map and timeline show it
without user action, and the store read back only the rows that process wrote (no rebuild, no reopen)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import numpy as np
import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.taxonomy import Status
from border_monitor.store import ChangeSource
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.live_refresh import DEBOUNCE_MS, LiveRefresh
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.map.payload import cell_deg_for_zoom
from border_monitor.ui.settings import open_settings
from test_state import CountingStore

TIMEOUT = 30_000
WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, timezone
    from border_monitor.domain.incident import Incident
    from border_monitor.store import open_store
    lon, lat = float(sys.argv[2]), float(sys.argv[3])
    with open_store(sys.argv[1]) as store:
        inc = Incident(occurred_at=datetime(2021, 9, 14, 3, 0, tzinfo=timezone.utc), country="LT",
                       type="apprehension", lon=lon, lat=lat, persons=4, description="written by workstation B")
        change = store.add([inc], "officer.b")
        print(next(iter(change.incidents)))
""")


def empty_cell(store, cell_deg: float) -> tuple[float, float]:
    """The centre of a map cell near the LT border (in the region) that holds no incident yet."""
    grid = store.grid_counts(IncidentFilter(), cell_deg)
    taken = set(zip(np.floor(grid.lon / cell_deg).astype(int).tolist(), np.floor(grid.lat / cell_deg).astype(int).tolist()))
    for gy in range(int(54.0 / cell_deg), int(56.0 / cell_deg)):
        for gx in range(int(24.5 / cell_deg), int(26.5 / cell_deg)):
            if (gx, gy) not in taken:
                return (gx + 0.5) * cell_deg, (gy + 0.5) * cell_deg
    pytest.fail("no empty map cell near the LT border")


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    counted = CountingStore(demo_store)
    w = MainWindow(counted, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False,
                   user="officer.a")
    w.resize(1400, 900)
    w.show()
    qtbot.waitUntil(w.map_panel.is_settled, timeout=TIMEOUT)
    # The map can be drawn before the live refresh's debounce of the store's own opening writes is over: let
    # that refresh happen before a test counts the calls.
    qtbot.wait(DEBOUNCE_MS + 150)
    qtbot.waitUntil(w.map_panel.is_settled, timeout=TIMEOUT)
    yield w, counted
    dispose(w)


def test_another_process_writes_and_every_view_shows_it_without_user_action(window, demo_store, qtbot, settle):
    w, counted = window
    assert w.live_refresh.source == ChangeSource(paths=(str(demo_store.path), f"{demo_store.path}-wal"))
    rows, bars = w.table_panel.model.rowCount(), w.timeline_panel.bar_sum()
    cell = cell_deg_for_zoom(w.map_panel.view()["zoom"])
    cells = w.map_panel.features_drawn()
    lon, lat = empty_cell(demo_store, cell)
    counted.calls.clear()
    refreshed_before = w.live_refresh.refreshes  # the store's own opening (its -wal made) may have had one
    drawn: list[int] = []
    w.map_panel.drawn.connect(drawn.append)
    changes = []
    w.live_refresh.refreshed.connect(changes.append)

    started = time.monotonic()
    writer = subprocess.run([sys.executable, "-c", WRITER, str(demo_store.path), str(lon), str(lat)],
                            capture_output=True, text=True, timeout=120)
    written = time.monotonic()
    assert writer.returncode == 0, writer.stderr
    new_id = writer.stdout.strip()

    qtbot.waitUntil(lambda: w.table_panel.model.rowCount() == rows + 1 and w.timeline_panel.bar_sum() == bars + 1
                    and w.map_panel.features_drawn() == cells + 1, timeout=TIMEOUT)
    shown = time.monotonic()
    print(f"\nlive refresh: the other process took {written - started:.2f} s; its write was on screen "
          f"{shown - written:.2f} s after it returned")
    assert [set(c.incidents) for c in changes] == [{new_id}]  # announced once, naming the one incident
    assert drawn and drawn[-1] == cells + 1
    # Only the row that process wrote was read again: no rebuild of the index, no reopening of the store.
    assert demo_store.refresh_counts.rebuilds == 0 and demo_store.refresh_counts.rows_read == 1
    methods = [m for _view, m in counted.calls]
    assert "close" not in methods and methods.count("refresh") == w.live_refresh.refreshes - refreshed_before >= 1
    assert not {"get"} & {m for v, m in counted.calls if v in ("table", "timeline", "map")}
    # ... and the views asked their one query each, as after any write.
    per_view: dict[str, list[str]] = {}
    for view, method in counted.calls:
        per_view.setdefault(view, []).append(method)
    assert per_view["table"].count("count") == 1
    assert per_view["timeline"].count("daily_counts") == 1
    assert [m for m in per_view["map"] if m in ("grid_counts", "points")] == ["grid_counts"]
    # The row is there for the user: found by its text in the table.
    w.state.update_filter(text="workstation B")
    settle(w.state)
    assert w.table_panel.model.rowCount() == 1 and str(w.table_panel.model.incident(0).id) == new_id


def test_our_own_writes_are_not_announced_twice(window, demo_store, qtbot):
    w, _counted = window
    changes = []
    w.state.dataChanged.connect(changes.append)
    target = demo_store.page(IncidentFilter(), limit=1)[0]
    w.state.select([str(target.id)])
    w.editing.set_status(Status.CLOSED if target.status != Status.CLOSED else Status.REPORTED)
    assert len(changes) == 1
    refreshes = w.live_refresh.refreshes
    qtbot.waitUntil(lambda: w.live_refresh.refreshes > refreshes, timeout=TIMEOUT)  # the file watcher woke it
    qtbot.wait(400)
    assert len(changes) == 1  # ... and refresh found nothing that was not announced already


def test_a_store_switch_moves_the_watch_and_polling_is_honoured(qtbot, demo_store, tmp_path, app_state):
    live = LiveRefresh(app_state)
    app_state.adopt_store(demo_store)
    live._follow(demo_store)
    assert live.source.paths[0] == str(demo_store.path)

    class Polled:  # a store whose changes arrive by polling only (a hot standby): its refresh is counted
        name = "standby"
        calls = 0

        def change_source(self):
            return ChangeSource(poll_seconds=0.1)

        def refresh(self):
            Polled.calls += 1
            from border_monitor.store import Change
            return Change()

    app_state.set_store(Polled())
    assert live.source == ChangeSource(poll_seconds=0.1)
    qtbot.waitUntil(lambda: Polled.calls >= 2, timeout=TIMEOUT)
    app_state.set_store(None)
    assert live.source is None
    calls = Polled.calls
    qtbot.wait(400)
    assert Polled.calls == calls
