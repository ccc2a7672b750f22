"""History and restore columns fit their header and contents; form fields stay put when a message appears."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.editing.form import IncidentForm
from border_monitor.ui.editing.history import HistoryView
from border_monitor.ui.editing.restore_dialog import RestoreDialog

NEAR_DRUSKININKAI = (23.95, 54.02)


def assert_columns_fit(tree, cap: int = 360) -> None:
    header = tree.header()
    metrics = header.fontMetrics()
    for column in range(tree.columnCount() - 1):
        text = tree.headerItem().text(column)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 8, (column, text)
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [item.child(k) for item in items for k in range(item.childCount())]
    item_metrics = tree.fontMetrics()
    for item in items:
        for column in range(tree.columnCount() - 1):
            needed = item_metrics.horizontalAdvance(item.text(column))
            assert header.sectionSize(column) >= min(needed, cap), (column, item.text(column))


def test_history_columns_fit_their_headers_and_values(qtbot, demo_store):
    incident = demo_store.page(IncidentFilter(), limit=1)[0]
    demo_store.update(incident.with_changes(description="a much longer description than before"), "a-long-user-name")
    view = HistoryView(demo_store)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    view.set_incident(incident.id)
    assert view.tree.topLevelItemCount() == 2
    assert_columns_fit(view.tree, cap=200)
    last = view.tree.columnCount() - 1
    header = view.tree.header()
    assert header.stretchLastSection()
    assert header.sectionPosition(last) + header.sectionSize(last) >= header.viewport().width() - 1


def test_restore_columns_fit_their_headers_and_values(qtbot, demo_store):
    ids = [str(i.id) for i in demo_store.page(IncidentFilter(), limit=3)]
    demo_store.delete(ids, "someone-with-a-long-name")
    dialog = RestoreDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.topLevelItemCount() == 3
    assert_columns_fit(dialog.tree)


def test_fields_do_not_move_when_a_message_appears(qtbot):
    form = IncidentForm(lon=NEAR_DRUSKININKAI[0], lat=NEAR_DRUSKININKAI[1])
    qtbot.addWidget(form)
    form.show()
    form.persons_edit.setText("4")
    QApplication.processEvents()
    widgets = [form.time_edit, form.country_combo, form.type_combo, form.persons_edit, form.nationalities_edit,
               form.location_edit, form.save_button]
    before = [w.mapTo(form, w.rect().topLeft()) for w in widgets]
    size = form.size()
    assert form.messages["persons"].text() == ""
    form.persons_edit.setText("-3")
    QApplication.processEvents()
    assert form.messages["persons"].text() and form.messages["persons"].kind == "error"
    after = [w.mapTo(form, w.rect().topLeft()) for w in widgets]
    assert after == before and form.size() == size
    assert form.messages["persons"].height() >= 2 * form.messages["persons"].fontMetrics().lineSpacing()
