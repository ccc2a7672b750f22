"""Messages shown next to a field: an error (red) or a warning (amber) label under the widget.

The rules themselves are Qt-free in ``domain.checks``; this module only shows their sentences.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#9a6700"


class FieldMessage(QLabel):
    """A wrapped label, hidden while it has nothing to say."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"message_{name}")
        self.setWordWrap(True)
        self.kind = ""
        self.setVisible(False)

    def show_message(self, error: str | None, warning: str | None = None) -> None:
        if error:
            self.kind, text, color = "error", error, ERROR_COLOR
        elif warning:
            self.kind, text, color = "warning", warning, WARNING_COLOR
        else:
            self.kind, text, color = "", "", ""
        self.setStyleSheet(f"color: {color};" if color else "")
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))


def with_message(widget: QWidget, message: FieldMessage) -> QWidget:
    """``widget`` with ``message`` under it, as one widget for a form row."""
    box = QWidget(widget.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    layout.addWidget(message)
    return box
