"""Undo of a GUI import: one undo step, one store transaction and one audit entry each way, one dataChanged."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QLocale

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.i18n import install_translators
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False,
                   user="tester")
    w.show()
    yield w
    dispose(w)


def write_reports(path, demo_store, n: int = 4) -> None:
    near = demo_store.page(IncidentFilter(countries={"LT"}), limit=n)
    lines = ["occurred_at,country,type,lon,lat,persons,nationalities,description"]
    lines += [f"2021-09-0{k + 1}T10:00:00Z,LT,apprehension,{i.lon},{i.lat},2,IRQ,undo group {k}"
              for k, i in enumerate(near)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def audit_count(store) -> int:
    with sqlite3.connect(store.path) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_an_import_is_one_undo_step_that_deletes_and_restores_the_batch(window, demo_store, qtbot, tmp_path, qapp):
    path = tmp_path / "reports.csv"
    write_reports(path, demo_store)
    before = demo_store.count(IncidentFilter())
    old_undo = window.editing.undo_stack.count()
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.import_file(path)
    assert done.args == ["import", True]
    assert demo_store.count(IncidentFilter()) == before + 4
    stack = window.editing.undo_stack
    assert stack.count() == old_undo + 1
    assert window.editing.undo_action.text() == "&Undo import of reports.csv (4 incident(s))"  # no catalogue here
    translators = install_translators(qapp, QLocale("en_GB"))
    try:
        assert window.editing.imported([], "x.csv") is None  # nothing imported: no step
        assert window.editing.tr("import of %1 (%Ln incident(s))", "", 1).replace("%1", "a.csv") == \
            "import of a.csv (1 incident)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

    changes = []
    window.state.dataChanged.connect(changes.append)
    entries = audit_count(demo_store)
    stack.undo()
    assert demo_store.count(IncidentFilter()) == before
    assert demo_store.count(IncidentFilter(text="undo group")) == 0
    assert len(changes) == 1 and changes[0].deleted == 4
    assert audit_count(demo_store) == entries + 1  # one entry for the whole batch
    assert window.table_panel.model.rowCount() == before

    stack.redo()
    assert demo_store.count(IncidentFilter(text="undo group")) == 4
    assert len(changes) == 2 and changes[1].updated == 4
    assert audit_count(demo_store) == entries + 2


def test_undo_import_leaves_incidents_that_were_there_before(window, demo_store, qtbot, tmp_path):
    path = tmp_path / "reports.csv"
    write_reports(path, demo_store, 2)
    others = {str(i.id) for i in demo_store.page(IncidentFilter(), limit=50)}
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT):
        window.files.import_file(path)
    window.editing.undo_stack.undo()
    left = {str(i.id) for i in demo_store.page(IncidentFilter(), limit=50)}
    assert left == others
