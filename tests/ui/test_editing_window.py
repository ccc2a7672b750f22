"""The controller installed on the real main window: a new incident saved from the form appears in
the table and among the map's points; undo takes it out of both; Enter on a table row edits it."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from border_monitor.domain import Incident  # noqa: E402
from border_monitor.store import open_store  # noqa: E402
from border_monitor.ui.editing.controller import EditController  # noqa: E402
from border_monitor.ui.editing.form import IncidentForm  # noqa: E402

TIMEOUT = 20_000
USER = "officer.window"


@pytest.fixture
def window(qtbot, tmp_path):
    from border_monitor.ui.main_window import MainWindow

    store = open_store(tmp_path / "window.gpkg", create=True)
    store.add([Incident(occurred_at="2021-08-01T00:30:00Z", country="LT", type="apprehension", lon=23.95,
                        lat=54.02, persons=7, nationalities="IRQ:5,SYR:2", source="patrol 12")], "seeder")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings=settings, restore=False, user=USER)
    qtbot.addWidget(win)
    controller = win.editing  # the window installs its own EditController
    assert isinstance(controller, EditController)
    with qtbot.waitSignal(win.map_panel.drawn, timeout=TIMEOUT):
        win.show()
    yield win, controller, store
    controller.undo_stack.clear()


def fill_next_form(qtbot, fill, seen: list) -> None:
    def attempt():
        form = QApplication.activeModalWidget()
        if not isinstance(form, IncidentForm):
            QTimer.singleShot(20, attempt)
            return
        seen.append(form)
        fill(form)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, attempt)


def test_new_incident_reaches_the_table_and_the_map_and_undo_removes_it(qtbot, window):
    win, controller, store = window
    model = win.table_panel.model
    assert model.rowCount() == 1
    assert [a.text() for a in win.menuBar().actions()][:2] == ["&File", "&Edit"]

    def fill(form):
        form.type_combo.setCurrentIndex(form.type_combo.findData("smuggling"))
        qtbot.keyClicks(form.location_edit.line, "54.40, 24.05")
        qtbot.keyClicks(form.description_edit, "cigarettes in a car")

    seen: list = []
    fill_next_form(qtbot, fill, seen)
    with qtbot.waitSignal(win.map_panel.drawn, timeout=TIMEOUT):  # the map redraws after the write
        qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+N did not open the form"
    new_id = win.state.focus
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)
    assert model.row_of(new_id) is not None
    assert new_id in set(store.points(win.state.filter)["id"])

    with qtbot.waitSignal(win.map_panel.drawn, timeout=TIMEOUT):
        controller.undo_action.trigger()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    assert new_id not in set(store.points(win.state.filter)["id"])
    assert store.get(new_id).deleted


def test_enter_and_double_click_on_a_table_row_edit_it_and_undo_follows_in_the_table(qtbot, window):
    win, controller, store = window
    view, model = win.table_panel.view, win.table_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    view.selectRow(0)
    target = model.incident_id(0)
    qtbot.waitUntil(lambda: win.state.focus == target, timeout=TIMEOUT)
    seen: list = []

    def fill_persons(form):
        assert form.persons_edit.text() == "7"
        form.persons_edit.selectAll()
        qtbot.keyClicks(form.persons_edit, "8")

    fill_next_form(qtbot, fill_persons, seen)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen, "Enter did not open the form"
    assert store.get(target).persons == 8
    assert [e.action for e in store.history(target)] == ["create", "update"]

    def fill_status(form):
        assert form.persons_edit.text() == "8"
        form.status_combo.setCurrentIndex(form.status_combo.findData("closed"))

    fill_next_form(qtbot, fill_status, seen)
    rect = view.visualRect(model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # starts with a press
    assert len(seen) == 2, "double-click did not open the form"
    assert store.get(target).status.value == "closed"
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    column = next(c for c, title in enumerate(titles) if "tatus" in title)
    qtbot.waitUntil(lambda: model.index(0, column).data() == "Closed", timeout=TIMEOUT)
    controller.undo_action.trigger()
    qtbot.waitUntil(lambda: model.index(0, column).data() == "Reported", timeout=TIMEOUT)
    assert store.get(target).persons == 8
