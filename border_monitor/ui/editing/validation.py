"""Messages shown next to a field: an error (red) or a warning (amber) label under the widget.

The rules themselves are Qt-free in ``domain.checks``; ``ui.text.check_texts`` words their findings in the
user's language; this module only shows the sentences.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#9a6700"


class FieldMessage(QLabel):
    """A wrapped label of a fixed height (``LINES`` lines), empty while it has nothing to say: the space is
    kept, so the fields of the form do not move when a message appears. A longer message is cut at the
    last line; its tooltip holds the whole sentence."""

    LINES = 2

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"message_{name}")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.kind = ""

    def changeEvent(self, event) -> None:  # a new font (or style) changes the line height
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + 2)

    def show_message(self, error: str | None, warning: str | None = None, detail: str | None = None) -> None:
        """Show ``error`` (red) or else ``warning`` (amber); the tooltip holds the whole sentence and ``detail``."""
        if error:
            self.kind, text, color = "error", error, ERROR_COLOR
        elif warning:
            self.kind, text, color = "warning", warning, WARNING_COLOR
        else:
            self.kind, text, color = "", "", ""
        self.setStyleSheet(f"color: {color};" if color else "")
        self.setText(text)
        self.setToolTip(f"{text}\n{detail}" if text and detail else text)


def with_message(widget: QWidget, message: FieldMessage) -> QWidget:
    """``widget`` with ``message`` under it, as one widget for a form row."""
    box = QWidget(widget.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    layout.addWidget(message)
    return box
