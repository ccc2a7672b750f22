"""The window's side of ``failures``: the words for a failure, and the hook for uncaught exceptions.

A ``BorderMonitorError`` (or an ``OSError`` about a file) is shown as its sentence; anything
else was logged with its traceback to the log file and is shown as "An internal error; details
in LOGFILE", as the command line does.
"""
from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ..failures import describe

log = logging.getLogger(__name__)

_shown: list[QMessageBox] = []  # message boxes about uncaught exceptions, until they are closed


def failure_text(exc: BaseException, context: str = "") -> str:
    """What the user reads about ``exc`` (translated where it is ours to word)."""
    failure = describe(exc, context)
    if not failure.internal:
        return failure.text
    if failure.log_file is not None:
        return QCoreApplication.translate("failures", "An internal error; details in %1").replace(
            "%1", str(failure.log_file))
    return QCoreApplication.translate("failures", "An internal error (%1); it could not be logged.").replace(
        "%1", f"{type(exc).__name__}: {exc}")


def install_excepthook() -> Callable[[], None]:
    """Uncaught exceptions (a slot that raised) are logged and shown in a message box; returns the undo."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        if exc is None:
            exc = kind()
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        text = failure_text(exc, "the window")
        log.warning("uncaught: %s", text)
        app = QApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            return
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Border Monitor"),
                          text, QMessageBox.StandardButton.Ok, app.activeWindow())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("uncaught-error")
        _shown.append(box)  # a box without a parent lives as long as Python holds it
        box.finished.connect(lambda *_: _shown.remove(box) if box in _shown else None)
        box.open()

    sys.excepthook = hook

    def restore() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    return restore
