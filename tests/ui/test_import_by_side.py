"""The GUI asks before storing rows more than 1 km inside Belarus; No writes nothing."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings

TIMEOUT = 60_000
EU_POINT = (23.6, 53.0)
BY_NEAR = (23.757393, 53.354135)   # about 90 m inside
BY_4_5_KM = (25.7, 54.1)           # about 4.55 km inside


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False)
    w.show()
    yield w
    dispose(w)


def write_csv(path, points):
    lines = ["occurred_at,country,type,lon,lat,persons,nationalities,description"]
    lines += [f"2021-09-0{k + 1}T10:00:00Z,LT,apprehension,{lon},{lat},2,IRQ,side row {k}"
              for k, (lon, lat) in enumerate(points)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def audit_rows(store) -> int:
    with sqlite3.connect(store.path) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def wait_box(qtbot, files):
    qtbot.waitUntil(lambda: files.message_box is not None and files.message_box.isVisible(), timeout=TIMEOUT)
    return files.message_box


def test_no_cancels_the_import_and_writes_nothing(window, demo_store, qtbot, tmp_path):
    path = write_csv(tmp_path / "far.csv", [EU_POINT, BY_4_5_KM, BY_NEAR])
    before, entries = demo_store.count(IncidentFilter()), audit_rows(demo_store)
    window.files.import_file(path)
    box = wait_box(qtbot, window.files)
    assert box.objectName() == "confirmBelarusSide"
    assert "2 incident(s) lie on the Belarusian side, up to 4.5 km from the line." in box.text()  # no catalogue
    assert "far.csv" in box.text()
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        box.button(QMessageBox.StandardButton.No).click()
    assert done.args == ["import", False]
    assert demo_store.count(IncidentFilter()) == before and audit_rows(demo_store) == entries


def test_yes_stores_every_row(window, demo_store, qtbot, tmp_path):
    path = write_csv(tmp_path / "far.csv", [EU_POINT, BY_4_5_KM, BY_NEAR])
    before = demo_store.count(IncidentFilter())
    window.files.import_file(path)
    box = wait_box(qtbot, window.files)
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert done.args == ["import", True]
    assert demo_store.count(IncidentFilter()) == before + 3
    assert "Belarusian side" in window.statusBar().currentMessage()


def test_rows_within_1_km_are_stored_without_asking(window, demo_store, qtbot, tmp_path):
    path = write_csv(tmp_path / "near.csv", [EU_POINT, BY_NEAR])
    before = demo_store.count(IncidentFilter())
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.import_file(path)
    assert done.args == ["import", True] and window.files.message_box is None
    assert demo_store.count(IncidentFilter()) == before + 2
