"""The banner over the window when the open store has rows another program made invalid (left out of every
view until fixed) or an audit log that lost its guards (changes refused). Hidden otherwise."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget


class StoreBanner(QToolBar):
    """A fixed bar at the top of the main window; ``show_for(store)`` fills or hides it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storeBanner")
        self.setWindowTitle(self.tr("Store problems"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel(self)
        self.label.setObjectName("storeBannerText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; "
                                 "padding: 6px 10px; }")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        self.setVisible(False)

    def show_for(self, store, path: str | None = None) -> None:
        text = self.text_for(store, path)
        self.label.setText(text)
        self.setVisible(bool(text))

    def text_for(self, store, path: str | None = None) -> str:
        if store is None:
            return ""
        where = path or getattr(store, "name", "")
        parts = []
        invalid = getattr(store, "invalid_rows", [])
        rows = len({p.fid for p in invalid})
        if rows:
            parts.append(self.tr("%1 row(s) of this store hold values another program made invalid and are kept out "
                                 "of the map, table and counts until fixed. For the list, run: border-monitor check "
                                 "--store %2").replace("%1", QLocale().toString(rows)).replace("%2", where))
        lost_at = getattr(store, "connection_lost_at", "")
        if lost_at:  # a database store whose server went away: the last picture stays, read-only
            parts.append(self.tr("Connection to %1 lost; showing the picture as of %2, read-only; reconnecting...")
                         .replace("%1", store.host).replace("%2", lost_at))
        problems = getattr(store, "audit_problems", [])
        if problems:
            parts.append(self.tr("The audit log of this store lost its protection (%1): changes are refused, reading "
                                 "works. Run: border-monitor audit verify --store %2")
                         .replace("%1", problems[0]).replace("%2", where))
        return "\n".join(parts)
