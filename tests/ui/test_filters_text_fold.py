"""Typed into the filters panel's search box, a place name finds its incidents with or without diacritics."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.ui.filters_panel import FiltersPanel
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.table.panel import IncidentTablePanel

TIMEOUT = 5000


@pytest.fixture
def store(qapp, tmp_path):
    s = open_store(tmp_path / "places.gpkg", create=True)
    s.add([Incident(occurred_at=f"2021-08-0{k + 1}T10:00:00Z", country=country, type="apprehension", lon=24.0,
                    lat=54.0, persons=1, description=text, source="patrol")
           for k, (country, text) in enumerate([("PL", "Kuźnica crossing"), ("PL", "near Kuznica"),
                                                 ("LT", "by Šalčininkai"), ("LV", "Krāslava district"),
                                                 ("LT", "Vilnius road")])], "tester")
    yield s
    s.close()


@pytest.mark.parametrize("typed, expected", [
    ("Kuznica", ["Kuźnica crossing", "near Kuznica"]),
    ("Kuźnica", ["Kuźnica crossing", "near Kuznica"]),
    ("Salcininkai", ["by Šalčininkai"]),
    ("Kraslava", ["Krāslava district"]),
])
def test_typed_text_finds_the_place_with_or_without_diacritics(qtbot, store, app_state, settle, typed, expected):
    table = IncidentTablePanel(store, app_state)
    filters = FiltersPanel(None, app_state)
    try:
        filters.show()
        filters.text_edit.setFocus()
        # typed as a keyboard layout or input method delivers letters with diacritics: committed text
        event = QInputMethodEvent("", [])
        event.setCommitString(typed)
        QApplication.sendEvent(filters.text_edit, event)
        assert filters.text_edit.text() == typed
        qtbot.keyClick(filters.text_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app_state.filter.text == typed, timeout=TIMEOUT)
        settle(app_state)
        model = table.model
        column = 8  # description
        assert [model.data(model.index(r, column)) for r in range(model.rowCount())] == expected
    finally:
        dispose(filters)
        dispose(table)
