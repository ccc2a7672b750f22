"""A Qt GUI application for painting reports from the command line, with no display needed.

QPainter on a QImage or a QPdfWriter needs a QGuiApplication (fonts). The commands that paint
(``report``, ``animate``, the HTML map's none) make one on the ``offscreen`` platform unless the
user chose a platform (``QT_QPA_PLATFORM``), so they run on a server or over SSH.
"""
from __future__ import annotations

import os


def gui_application():
    """The running QGuiApplication, or a new one on the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["border-monitor"])
    return app
