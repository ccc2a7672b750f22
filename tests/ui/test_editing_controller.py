"""Edits through the controller: the form saves to the store; undo/redo restores the store exactly;
each action writes exactly one audit entry per incident with before/after; the audit log is append-only."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication, QKeySequence  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox  # noqa: E402

from border_monitor.domain import Incident, Status  # noqa: E402
from border_monitor.geo.coords import crs  # noqa: E402
from border_monitor.store import open_store  # noqa: E402
from border_monitor.ui.editing.commands import user_values  # noqa: E402
from border_monitor.ui.editing.controller import EditController  # noqa: E402
from border_monitor.ui.editing.form import IncidentForm  # noqa: E402
from border_monitor.ui.editing.history import HistoryView  # noqa: E402
from border_monitor.ui.state import AppState  # noqa: E402

USER = "officer.test"
SEED = [
    dict(occurred_at="2021-08-01T00:30:00Z", country="LT", type="apprehension", lon=23.95, lat=54.02, persons=7,
         nationalities="IRQ:5,SYR:2", description="group at the fence", source="patrol 12", status="reported"),
    dict(occurred_at="2021-08-02T21:10:00Z", country="PL", type="prevented_entry", lon=23.85, lat=52.70,
         persons=12, nationalities="AFG", description="", source="camera 4", status="verified"),
    dict(occurred_at="2021-08-03T02:00:00Z", country="LV", type="barrier_damage", lon=27.60, lat=55.70,
         persons=0, description="wire cut", source="", status="reported"),
]


@pytest.fixture
def editing(qtbot, tmp_path):
    path = tmp_path / "edits.gpkg"
    store = open_store(path, create=True)
    seeded = [Incident(**values) for values in SEED]
    store.add(seeded, "seeder")
    state = AppState()
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = EditController(store, state, USER, parent=window)
    controller.install(window)
    window.show()
    changes: list = []
    state.dataChanged.connect(changes.append)
    errors: list[str] = []
    controller.failed.connect(errors.append)
    yield dict(store=store, state=state, window=window, controller=controller, ids=[str(i.id) for i in seeded],
               changes=changes, errors=errors, path=path)
    controller.undo_stack.clear()
    store.close()


def snapshot(store, incident_id) -> dict:
    """What undo/redo must restore exactly: the user's fields and the deleted flag."""
    incident = store.get(incident_id)
    return {**user_values(incident), "deleted": incident.deleted}


def audit(store, incident_id) -> list:
    return [e for e in store.history(incident_id) if e.incident_id == str(incident_id)]


def fill_next_form(qtbot, fill, seen: list) -> None:
    """When the next IncidentForm opens (modal), run ``fill(form)`` then click Save."""
    def attempt():
        form = QApplication.activeModalWidget()
        if not isinstance(form, IncidentForm):
            QTimer.singleShot(20, attempt)
            return
        seen.append(form)
        fill(form)
        assert form.save_button.isEnabled(), {n: m.text() for n, m in form.messages.items() if m.text()}
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, attempt)


def type_into(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_new_incident_typed_into_the_form_is_stored_audited_and_undoable(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]

    def fill(form):
        form.type_combo.setCurrentIndex(form.type_combo.findData("apprehension"))
        type_into(qtbot, form.persons_edit, "3")
        type_into(qtbot, form.nationalities_edit, "IRQ:2, SYR:1")
        type_into(qtbot, form.location_edit.line, "54.30, 24.00")
        qtbot.keyClicks(form.description_edit, "three at the river")
        qtbot.keyClicks(form.source_edit, "patrol 7")

    seen: list = []
    fill_next_form(qtbot, fill, seen)
    controller.new_action.trigger()
    assert seen, "the form did not open"
    new_id = state.focus
    assert new_id is not None and new_id not in editing["ids"]
    stored = store.get(new_id)
    assert (stored.persons, stored.lon, stored.lat, stored.description, stored.source) == (
        3, 24.00, 54.30, "three at the river", "patrol 7")
    assert stored.created_by == USER and not stored.deleted
    assert stored.border is not None and stored.sector  # the store derived them
    entries = audit(store, new_id)
    assert [e.action for e in entries] == ["create"] and entries[0].user == USER
    assert entries[0].before is None and entries[0].after["persons"] == 3
    assert new_id in {str(i) for i in editing["changes"][-1].incidents}
    created = snapshot(store, new_id)

    controller.undo_stack.undo()  # undo of create: a soft delete, never a delete for good
    assert store.get(new_id).deleted and {**created, "deleted": True} == snapshot(store, new_id)
    assert [e.action for e in audit(store, new_id)] == ["create", "delete"]
    assert new_id not in state.selection
    controller.undo_stack.redo()  # redo: restore
    assert snapshot(store, new_id) == created
    entries = audit(store, new_id)
    assert [e.action for e in entries] == ["create", "delete", "restore"]
    assert entries[-1].before["deleted"] is True and entries[-1].after["deleted"] is False
    assert store.get(new_id).revision == 3  # grew with each write


def test_editing_through_the_form_then_undo_redo_restores_exactly(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    target = editing["ids"][0]
    original = snapshot(store, target)
    state.select([target])

    def fill(form):
        type_into(qtbot, form.persons_edit, "9")
        type_into(qtbot, form.nationalities_edit, "IRQ:5, SYR:2, AFG:2")
        form.status_combo.setCurrentIndex(form.status_combo.findData("verified"))

    seen: list = []
    fill_next_form(qtbot, fill, seen)
    controller.edit_action.trigger()
    assert seen
    edited = snapshot(store, target)
    assert edited["persons"] == 9 and edited["status"] is Status.VERIFIED
    assert {k for k in original if original[k] != edited[k]} == {"persons", "nationalities", "status"}
    entries = audit(store, target)
    assert [e.action for e in entries] == ["create", "update"]
    assert (entries[-1].before["persons"], entries[-1].after["persons"]) == (7, 9)
    assert (entries[-1].before["status"], entries[-1].after["status"]) == ("reported", "verified")

    controller.undo_stack.undo()
    assert snapshot(store, target) == original
    entries = audit(store, target)
    assert len(entries) == 3 and (entries[-1].before["persons"], entries[-1].after["persons"]) == (9, 7)
    controller.undo_stack.redo()
    assert snapshot(store, target) == edited
    assert len(audit(store, target)) == 4
    assert store.get(target).revision == 4


def test_delete_and_restore_of_a_selection_undo_and_redo(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    ids = editing["ids"][:2]
    before = {i: snapshot(store, i) for i in ids}
    state.select(ids)
    assert controller.delete_action.isEnabled()
    controller.delete_action.trigger()
    assert all(store.get(i).deleted for i in ids) and state.selection == ()
    assert not store.get(editing["ids"][2]).deleted
    for i in ids:
        entries = audit(store, i)
        assert [e.action for e in entries] == ["create", "delete"]
        assert (entries[-1].before["deleted"], entries[-1].after["deleted"]) == (False, True)
    controller.undo_stack.undo()
    assert {i: snapshot(store, i) for i in ids} == before
    assert all(len(audit(store, i)) == 3 for i in ids)
    controller.undo_stack.redo()
    assert all(store.get(i).deleted for i in ids)
    assert all(len(audit(store, i)) == 4 for i in ids)


def test_undoing_a_delete_leaves_deleted_what_was_deleted_before(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    first, second = editing["ids"][:2]
    store.delete([second], "someone.else")
    state.select([first, second])
    controller.delete_action.trigger()
    assert store.get(first).deleted and store.get(second).deleted
    assert len(audit(store, second)) == 2  # the second delete changed nothing and wrote nothing
    controller.undo_stack.undo()
    assert not store.get(first).deleted
    assert store.get(second).deleted  # it was not this command that deleted it
    state.select([second])
    controller.delete_action.trigger()  # deleting only deleted incidents: nothing to undo
    assert controller.undo_stack.count() == 0 and not controller.undo_action.isEnabled()


def test_status_change_on_a_multi_selection_undoes_to_each_own_status(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    ids = editing["ids"]
    before = {i: snapshot(store, i) for i in ids}
    assert [before[i]["status"] for i in ids] == [Status.REPORTED, Status.VERIFIED, Status.REPORTED]
    state.select(ids)
    controller.status_actions[Status.CLOSED].trigger()
    assert all(store.get(i).status is Status.CLOSED for i in ids)
    changes = editing["changes"]
    assert {str(i) for i in changes[-1].incidents} == set(ids)  # broadcast once, naming all three
    for i in ids:
        entries = audit(store, i)
        assert len(entries) == 2 and entries[-1].after["status"] == "closed"
        assert entries[-1].before["status"] == before[i]["status"].value
    controller.undo_stack.undo()
    assert {i: snapshot(store, i) for i in ids} == before
    controller.undo_stack.redo()
    assert all(store.get(i).status is Status.CLOSED for i in ids)
    assert all(len(audit(store, i)) == 4 for i in ids)


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(qtbot, editing):
    store, controller = editing["store"], editing["controller"]
    target = editing["ids"][2]
    current = store.get(target)
    controller.update(current, current.with_changes(description="cut in two places"))
    elsewhere = store.get(target)
    store.update(elsewhere.with_changes(persons=2), "another.user")  # e.g. arrived by sync
    controller.undo_stack.undo()
    assert editing["errors"] and "changed since" in editing["errors"][-1]
    assert "another.user" in editing["errors"][-1]
    after = store.get(target)
    assert after.description == "cut in two places" and after.persons == 2  # nothing overwritten
    assert controller.undo_stack.count() == 0  # the refused command is dropped
    box = editing["window"].findChild(QMessageBox, "editErrorBox")
    assert box is not None and "changed since" in box.text()  # told, without blocking the window
    box.close()


def test_restore_deleted_dialog_brings_incidents_back_undoably(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    target = editing["ids"][1]
    controller.delete([target])
    dialog = controller.show_restore_dialog()
    assert dialog.ids(selected_only=False) == [target]
    dialog.tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not store.get(target).deleted and state.selection == (target,)
    controller.undo_stack.undo()
    assert store.get(target).deleted
    assert [e.action for e in audit(store, target)] == ["create", "delete", "restore", "delete"]


def test_copy_coordinates_in_the_chosen_system_and_new_incident_from_the_map(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    target = editing["ids"][0]
    state.select([target])
    controller.set_coordinate_system("lks94")
    text = controller.copy_coordinates()
    assert text == crs.format(23.95, 54.02, "lks94")
    assert QGuiApplication.clipboard().text() == text

    controller.show_map_menu(23.90, 54.10)
    assert controller.map_menu.isVisible()
    seen: list = []

    def fill(form):
        assert form.location_edit.system() == "lks94"  # the form starts in the chosen system
        assert form.location_edit.position() == (23.90, 54.10)
        assert form.country_combo.currentData() == "LT"
        form.type_combo.setCurrentIndex(form.type_combo.findData("provocation"))

    fill_next_form(qtbot, fill, seen)
    controller.new_here_action.trigger()
    assert seen
    new = store.get(state.focus)
    assert (new.lon, new.lat) == (23.90, 54.10) and new.type.value == "provocation"


def test_a_marker_moved_on_the_map_is_an_undoable_change_of_position(qtbot, editing):
    store, controller = editing["store"], editing["controller"]
    target = editing["ids"][0]
    original = snapshot(store, target)
    before_distance = store.get(target).distance_to_border_m
    controller.move_incident(target, 23.70, 54.20)
    moved = store.get(target)
    assert (moved.lon, moved.lat) == (23.70, 54.20)
    assert abs(moved.distance_to_border_m - before_distance) > 100  # derived fields follow the move
    entries = audit(store, target)
    assert (entries[-1].before["lon"], entries[-1].after["lon"]) == (23.95, 23.70)
    controller.undo_stack.undo()
    assert snapshot(store, target) == original
    assert store.get(target).distance_to_border_m == pytest.approx(before_distance)


def test_history_view_lists_each_action_with_before_and_after(qtbot, editing):
    store, state, controller = editing["store"], editing["state"], editing["controller"]
    target = editing["ids"][0]
    view = HistoryView(store, state)
    qtbot.addWidget(view)
    state.select([target])
    assert view.tree.topLevelItemCount() == 1  # the create
    current = store.get(target)
    controller.update(current, current.with_changes(persons=8, description="eight at the fence"))
    controller.set_status("verified", [target])
    assert view.tree.topLevelItemCount() == 3
    newest = view.tree.topLevelItem(0)
    assert newest.text(1) == USER and newest.text(2) == "update" and newest.text(4) == "status"
    assert [(newest.child(k).text(2), newest.child(k).text(3), newest.child(k).text(4))
            for k in range(newest.childCount())] == [("status", "reported", "verified")]
    edit = view.tree.topLevelItem(1)
    rows = {edit.child(k).text(2): (edit.child(k).text(3), edit.child(k).text(4)) for k in range(edit.childCount())}
    assert rows == {"persons": ("7", "8"), "description": ("group at the fence", "eight at the fence")}
    assert view.tree.topLevelItem(2).text(2) == "create"


def test_the_audit_log_refuses_update_and_delete(editing):
    store = editing["store"]
    target = editing["ids"][0]
    current = store.get(target)
    store.update(current.with_changes(persons=8), USER)
    conn = sqlite3.connect(editing["path"])
    try:
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert count >= 4
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE audit_log SET user = 'forger'")
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("DELETE FROM audit_log")
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == count
        assert conn.execute("SELECT count(*) FROM audit_log WHERE user = 'forger'").fetchone()[0] == 0
    finally:
        conn.close()


def test_actions_follow_the_selection_and_the_edit_menu_is_installed(editing):
    state, controller, window = editing["state"], editing["controller"], editing["window"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Edit" in titles
    state.select([])
    assert not controller.delete_action.isEnabled() and not controller.edit_action.isEnabled()
    assert not controller.status_menu.isEnabled()
    state.select(editing["ids"][:2])
    assert controller.delete_action.isEnabled() and controller.status_menu.isEnabled()
    assert controller.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert controller.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert controller.new_action.shortcut() == QKeySequence("Ctrl+N")
