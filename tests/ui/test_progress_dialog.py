"""A job's progress dialog is disposed of after the ``setValue`` that delivered its end, never inside it."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from border_monitor.ui.workers import run_with_progress


def test_a_job_that_ends_while_its_progress_is_shown_closes_the_dialog_once_and_after_set_value(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen = {"inside": 0, "calls": 0}
    original = QProgressDialog.setValue

    def set_value(self, value):  # the real setValue; records whether the dialog was disposed of inside it
        seen["calls"] += 1
        original(self, value)
        if not isValid(self) or not self.isVisible() and seen["done"]:
            seen["inside"] += 1

    for _ in range(5):
        seen["done"] = False
        queued = threading.Event()

        def job(progress, cancel):
            progress(1, 3)
            progress(2, 3)  # its setValue runs the event loop, where the job's end (queued next) arrives
            queued.set()
            return "ok"

        done = []
        QProgressDialog.setValue = set_value
        try:
            worker = run_with_progress(parent, "Test", "Working...", job, min_duration_ms=0,
                                       on_done=lambda r: (done.append(r), seen.__setitem__("done", True)))
            qtbot.waitUntil(lambda: done == ["ok"], timeout=10_000)
        finally:
            QProgressDialog.setValue = original
        assert worker.is_cancelled() is False
        dialogs = [d for d in parent.findChildren(QProgressDialog) if isValid(d) and d.isVisible()]
        assert dialogs == []
    assert seen["calls"] >= 5
    assert seen["inside"] == 0
