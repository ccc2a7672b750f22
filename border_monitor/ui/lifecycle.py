"""Ending widgets in order: the window and its web view go before the application.

A QWebEngineProfile outliving its page, or a window left to Python's garbage collector at
interpreter exit, makes QtWebEngine crash on the way out. ``dispose`` closes a widget and
deletes it now (its deferred delete is delivered at once), children first.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


def dispose(widget: QWidget | None) -> None:
    if widget is None or not isValid(widget):
        return
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
