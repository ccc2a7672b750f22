"""The window's side of ``failures``: the words for a failure, and the hook for uncaught exceptions.

A ``BorderMonitorError`` raised with a code (``domain.error_words``) is shown as its sentence in the
user's language (``ui.text.error_texts``). One without a code (or an ``OSError`` about a file) reads as its
English sentence in English; in another language the message says, translated, that the operation failed,
and the English sentence is the technical detail (``failure_detail``: a message box's detailed text, a
label's tooltip), never the main sentence. Anything else was logged with its traceback to the log file and
is shown as "An internal error; details in LOGFILE", as the command line does.
"""
from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import BorderMonitorError
from ..failures import describe
from .text.error_texts import error_text, has_wording

log = logging.getLogger(__name__)

_shown: list[QMessageBox] = []  # message boxes about uncaught exceptions, until they are closed


def _is_english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def _fallback() -> str:
    return QCoreApplication.translate("failures", "The operation failed; the technical details (in English) "
                                                  "come with this message.")


def _worded_elsewhere(exc: BaseException, worded: bool) -> bool:
    """``worded``: the caller caught ``exc`` as an error whose message is a sentence (a ``ValueError`` of ours)."""
    return worded and not isinstance(exc, (BorderMonitorError, OSError))


def failure_detail(exc: BaseException, context: str = "", worded: bool = False) -> str | None:
    """The English sentence ``failure_text`` leaves out (an error without a code, in another language)."""
    if _worded_elsewhere(exc, worded):
        return None if _is_english() else str(exc)
    failure = describe(exc, context)
    if failure.internal or has_wording(exc) or _is_english():
        return None
    return failure.text


def failure_text(exc: BaseException, context: str = "", worded: bool = False) -> str:
    """What the user reads about ``exc`` (translated where it is ours to word)."""
    if _worded_elsewhere(exc, worded):
        return str(exc) if _is_english() else _fallback()
    failure = describe(exc, context)
    if not failure.internal:
        if has_wording(exc):
            return error_text(exc)
        if _is_english():
            return failure.text
        return _fallback()
    if failure.log_file is not None:
        return QCoreApplication.translate("failures", "An internal error; details in %1").replace(
            "%1", str(failure.log_file))
    return QCoreApplication.translate("failures", "An internal error (%1); it could not be logged.").replace(
        "%1", f"{type(exc).__name__}: {exc}")


def show_detail(box: QMessageBox, exc: BaseException, context: str = "", worded: bool = False) -> QMessageBox:
    """Put the technical detail of ``exc`` (if ``failure_text`` left it out) in ``box``'s detailed text."""
    detail = failure_detail(exc, context, worded)
    if detail:
        box.setDetailedText(detail)
    return box


def failure_box(parent: QWidget | None, title: str, exc: BaseException, context: str = "",
                icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A message box about ``exc``: its sentence, and its English detail when the sentence is the fallback."""
    box = QMessageBox(icon, title, failure_text(exc, context or title), QMessageBox.StandardButton.Ok, parent)
    return show_detail(box, exc, context or title)


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
