"""AppState: equality guard, no echo, one emit per change; the store switch as one step (one query per view,
none on the old store); every write announced once through the one write path."""
from __future__ import annotations

import inspect
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.taxonomy import Status
from border_monitor.store import open_store
from border_monitor.store.base import Change
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.map.page import REFERENCE_LAYERS
from border_monitor.ui.settings import open_settings
from border_monitor.ui.state import AppState

TIMEOUT = 60_000
PACKAGE = Path(__file__).resolve().parents[2] / "border_monitor"


class Spy:
    """Every emit of the state's four signals, in order, as (signal name, args)."""

    def __init__(self, state: AppState):
        self.seen: list[tuple[str, tuple]] = []
        for name in ("filterChanged", "selectionChanged", "dataChanged", "storeChanged"):
            getattr(state, name).connect(lambda *args, n=name: self.seen.append((n, args)))

    def names(self) -> list[str]:
        return [n for n, _args in self.seen]


@pytest.fixture
def state(qapp):
    s = AppState()
    yield s
    s.deleteLater()


@pytest.fixture
def two_stores(demo_store_file, tmp_path):
    stores = []
    for name in ("a.gpkg", "b.gpkg"):
        shutil.copyfile(demo_store_file, tmp_path / name)
        stores.append(open_store(tmp_path / name))
    yield stores
    for store in stores:
        store.close()


# -- the value guards ---------------------------------------------------------------------------------
def test_setting_an_equal_filter_or_selection_emits_nothing(state):
    spy = Spy(state)
    state.set_filter(IncidentFilter())
    state.update_filter(text="")
    state.select([])
    assert spy.seen == []
    state.update_filter(countries={"LT"})
    state.set_filter(IncidentFilter(countries={"LT"}))  # equal to the current one, a new object
    state.select(["a", "b"])
    state.select(["a", "b"], "b")  # the focus defaults to the last id: the same selection
    assert spy.names() == ["filterChanged", "selectionChanged"]


def test_a_slot_that_pushes_the_value_back_causes_no_second_emit(state):
    """A widget that shows a value by setting it (a date edit, a pyqtgraph region) calls back into the state."""
    spy = Spy(state)
    state.filterChanged.connect(lambda flt: state.set_filter(flt.with_changes()))
    state.selectionChanged.connect(lambda ids, focus: state.select(list(ids), focus))
    state.update_filter(date_from=date(2021, 11, 1))
    state.select(["x", "y"], "x")
    assert spy.names() == ["filterChanged", "selectionChanged"]
    assert state.filter.date_from == date(2021, 11, 1) and state.selection == ("x", "y") and state.focus == "x"


def test_each_change_emits_once_and_an_empty_change_nothing(state, two_stores):
    first, second = two_stores
    spy = Spy(state)
    state.set_filter(IncidentFilter(types={"apprehension"}))
    assert spy.names() == ["filterChanged"]
    state.update_filter(date_from=date(2021, 8, 1), date_to=date(2021, 8, 31), bbox=(23.0, 53.0, 26.0, 55.0))
    assert spy.names() == ["filterChanged"] * 2
    state.select(["id-1"])
    assert spy.names()[-1] == "selectionChanged" and len(spy.seen) == 3
    state.notify_changed(Change())
    state.notify_changed(Change(reference=False, events=False))
    assert len(spy.seen) == 3
    state.notify_changed(Change(updated=1, incidents=frozenset({"id-1"})))
    assert spy.names()[-1] == "dataChanged" and len(spy.seen) == 4

    spy.seen.clear()
    assert state.set_store(first, "/tmp/a.gpkg") is None
    # One step: the dates and the box reset, the selection cleared, then one storeChanged (no filter emit).
    assert spy.seen == [("storeChanged", (first,))]
    assert state.store is first and state.store_path == "/tmp/a.gpkg"
    assert state.filter == IncidentFilter(types={"apprehension"})
    assert state.selection == () and state.focus is None
    assert state.set_store(first) is first  # the same store again: nothing to tell
    assert len(spy.seen) == 1
    assert state.set_store(second) is first  # the caller closes the one shown before
    assert spy.names() == ["storeChanged", "storeChanged"]


def test_a_view_cannot_bring_a_store_other_than_the_states(state, two_stores):
    first, second = two_stores
    state.adopt_store(first)
    state.adopt_store(first)
    assert state.store is first
    with pytest.raises(ValueError, match="state shows"):
        state.adopt_store(second)


# -- Change ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, touches, any_", [
    (Change(), False, False),
    (Change(reference=True), False, True),
    (Change(events=True), False, True),
    (Change(added=5), True, True),
    (Change(updated=1), True, True),
    (Change(deleted=2), True, True),
    (Change(incidents=frozenset({"x"})), True, True),
])
def test_change_says_whether_it_touched_incidents(change, touches, any_):
    assert change.touches_incidents is touches
    assert change.any is any_


# -- the store switch -----------------------------------------------------------------------------------
VIEWS = {  # the module a store call comes from -> the view that made it
    "border_monitor.ui.table": "table", "border_monitor.ui.timeline": "timeline",
    "border_monitor.ui.filters_panel": "filters", "border_monitor.ui.details_panel": "details",
    "border_monitor.ui.editing.history": "history", "border_monitor.ui.editing": "editing",
    "border_monitor.ui.map": "map", "border_monitor.ui.main_window": "status bar",
    "border_monitor.ui.saved_filters_box": "saved filters", "border_monitor.ui.live_refresh": "live refresh",
}


def _caller_view() -> str:
    for frame in inspect.stack()[2:]:
        module = frame.frame.f_globals.get("__name__", "")
        for prefix in sorted(VIEWS, key=len, reverse=True):
            if module == prefix or module.startswith(prefix + "."):
                return VIEWS[prefix]
    return "other"


class CountingStore:
    """A real GeoPackageStore, instrumented: records (view, method) of every call made on it."""

    def __init__(self, store):
        self._store = store
        self.calls: list[tuple[str, str]] = []

    def __getattr__(self, name):
        value = getattr(self._store, name)
        if not callable(value):
            return value

        def call(*args, **kwargs):
            self.calls.append((_caller_view(), name))
            return value(*args, **kwargs)

        return call


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False,
                   user="officer.test")
    w.show()
    qtbot.waitUntil(w.map_panel.is_settled, timeout=TIMEOUT)
    yield w
    dispose(w)


def test_a_store_switch_costs_one_query_per_view_and_none_on_the_old_store(qtbot, two_stores, tmp_path):
    old, new = (CountingStore(s) for s in two_stores)
    window = MainWindow(old, store_path=tmp_path / "a.gpkg", settings=open_settings(tmp_path / "s.ini"),
                        restore=False, user="officer.test")
    try:
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)
        state = window.state
        chosen = two_stores[0].page(IncidentFilter(countries={"LT"}), limit=1)[0]
        state.update_filter(countries={"LT"}, date_from=date(2021, 10, 1), date_to=date(2021, 11, 30),
                            bbox=(23.0, 53.5, 27.0, 56.0))
        state.select([str(chosen.id)])
        window.editing.set_status(Status.CLOSED if chosen.status != Status.CLOSED else Status.REPORTED)
        assert window.editing.undo_stack.count() == 1
        qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)
        spy = Spy(state)
        old.calls.clear()

        with qtbot.waitSignal(window.map_panel.drawn, timeout=TIMEOUT):
            window.set_store(new, tmp_path / "b.gpkg")
        qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)

        assert spy.seen == [("storeChanged", (new,))]  # filter reset + selection clear + store: one step
        assert [m for _v, m in old.calls] == ["close"]  # the window closes it; no view asked it anything
        per_view: dict[str, list[str]] = {}
        for view, method in new.calls:
            per_view.setdefault(view, []).append(method)
        # Each view asks the new store once for what it shows; nothing is asked twice.
        assert per_view.get("table", [])[:1] == ["count"] and per_view["table"].count("count") == 1
        assert set(per_view["table"]) <= {"count", "page"} and per_view["table"].count("page") <= 1
        assert per_view["timeline"].count("daily_counts") == 1
        assert set(per_view["timeline"]) == {"daily_counts", "events"} and per_view["timeline"].count("events") == 1
        assert per_view["filters"] == ["daily_counts"]
        map_queries = [m for m in per_view["map"] if m != "reference_layer_text"]
        assert len(map_queries) == 1 and map_queries[0] in {"grid_counts", "points"}
        # The new page's layers, once, as the store's text (never parsed and written again for the page).
        assert per_view["map"].count("reference_layer_text") == len(REFERENCE_LAYERS)
        assert per_view["status bar"] == ["metadata", "count"]  # synthetic or not (title, banner), read once
        assert per_view["saved filters"] == ["saved_filters"]  # the new store's saved filters, read once
        assert per_view["live refresh"] == ["change_source"]  # how to follow the new store's outside writes
        assert "details" not in per_view and "history" not in per_view and "editing" not in per_view
        # What they show is the new store under the reset filter.
        flt = IncidentFilter(countries={"LT"})
        assert state.filter == flt and state.selection == ()
        assert window.table_panel.model.rowCount() == two_stores[1].count(flt)
        assert window.timeline_panel.bar_sum() == two_stores[1].count(flt)
        assert window.details_panel.incident is None
        # The undo history belonged to the old store.
        assert window.editing.undo_stack.count() == 0 and not window.editing.undo_action.isEnabled()
        # ... and editing goes on in the new store, undoable there.
        target = two_stores[1].page(flt, limit=1)[0]
        state.select([str(target.id)])
        window.editing.set_status(Status.VERIFIED if target.status != Status.VERIFIED else Status.REPORTED)
        assert two_stores[1].get(target.id).status != target.status
        window.editing.undo_stack.undo()
        assert two_stores[1].get(target.id).status == target.status
        with open_store(tmp_path / "a.gpkg") as reopened:  # the window closed it; its edit stays as it was made
            assert reopened.get(chosen.id).status != chosen.status
    finally:
        dispose(window)


def test_the_status_bar_counts_the_states_filter(window, demo_store, settle):
    def shown() -> int:
        return int(re.sub(r"\D", "", window.count_label.text().split(" incidents")[0]))

    assert shown() == demo_store.count(IncidentFilter())
    window.state.update_filter(countries={"PL"})
    settle(window.state)  # counted on the query worker
    assert shown() == demo_store.count(IncidentFilter(countries={"PL"})) < demo_store.count(IncidentFilter())


# -- one write path ---------------------------------------------------------------------------------------
def test_an_edit_an_undo_and_an_import_each_announce_one_change(window, demo_store, qtbot, tmp_path):
    changes: list[Change] = []
    window.state.dataChanged.connect(changes.append)
    target = demo_store.page(IncidentFilter(countries={"LT"}), limit=1)[0]
    window.state.select([str(target.id)])
    window.editing.set_status(Status.CLOSED if target.status != Status.CLOSED else Status.REPORTED)
    assert len(changes) == 1 and str(target.id) in {str(i) for i in changes[0].incidents}
    window.editing.undo_stack.undo()
    assert len(changes) == 2 and changes[1].updated == 1

    path = tmp_path / "in.csv"
    path.write_text("occurred_at,country,type,lon,lat,persons,nationalities,description\n"
                    f"2021-09-01T10:00:00Z,LT,apprehension,{target.lon},{target.lat},3,IRQ,one write\n"
                    f"2021-09-02T10:00:00Z,LT,apprehension,{target.lon},{target.lat},2,SYR,one write\n",
                    encoding="utf-8")
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.import_file(path, ask=False)
    assert done.args == ["import", True]
    assert len(changes) == 3 and changes[2].added == 2
    assert window.table_panel.model.rowCount() == demo_store.count(window.state.filter)


def test_only_the_write_path_announces_changes():
    """``notify_changed`` and ``dataChanged.emit`` appear only in ui/state.py and ui/write_op.py."""
    allowed = {PACKAGE / "ui" / "state.py", PACKAGE / "ui" / "write_op.py"}
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path not in allowed and re.search(r"notify_changed\(|dataChanged\.emit\(", text):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
    assert "notify_changed(" in (PACKAGE / "ui" / "write_op.py").read_text(encoding="utf-8")
