"""The window words failures as the command line does: the sentence, or "an internal error; details in LOGFILE"."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from border_monitor.domain.filters import IncidentFilter
from border_monitor.ui.failure_text import install_excepthook
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings

TIMEOUT = 60_000


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "border-monitor" / "border-monitor.log"


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False)
    w.show()
    yield w
    dispose(w)


def test_export_onto_the_open_store_is_refused(window, demo_store, qtbot):
    before = demo_store.count(IncidentFilter())
    size = demo_store.path.stat().st_size
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.export_file(demo_store.path)
    assert done.args == ["export", False]
    assert f"Cannot write the export file {demo_store.path}: it is the store" in window.files.message_box.text()
    assert demo_store.count(IncidentFilter()) == before and demo_store.path.stat().st_size == size


def test_a_failing_job_shows_an_internal_error_and_logs_the_traceback(window, demo_store, qtbot, log_file,
                                                                      monkeypatch, tmp_path):
    def broken_page(*args, **kwargs):
        raise IndexError("page out of range")

    monkeypatch.setattr(demo_store, "page", broken_page)
    out = tmp_path / "out.geojson"
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.export_file(out)
    assert done.args == ["export", False]
    text = window.files.message_box.text()
    assert text == f"An internal error; details in {log_file}"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "broken_page" in logged and "IndexError: page out of range" in logged
    assert not out.exists()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, log_file):
    restore = install_excepthook()
    try:
        def slot():
            raise LookupError("unknown codec in a slot")

        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: any(w.objectName() == "uncaught-error" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    finally:
        restore()
    (box,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "uncaught-error" and w.isVisible()]
    assert isinstance(box, QMessageBox) and box.text() == f"An internal error; details in {log_file}"
    assert "LookupError: unknown codec in a slot" in log_file.read_text(encoding="utf-8")
    box.close()
    assert sys.excepthook is not None
