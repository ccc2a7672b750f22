"""The yellow strip above the map while the open store holds synthetic (demonstration) data.

It cannot be closed or moved, nor hidden from the toolbar context menu; the window shows it for
every synthetic store (``domain.data_notice``) and hides it for real data. The window grab of the
``screenshot`` command includes it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from ..domain.data_notice import is_synthetic


class SyntheticBanner(QToolBar):
    """A fixed bar at the top of the main window; ``show_for(store)`` shows or hides it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syntheticBanner")
        self.setWindowTitle(self.tr("Synthetic data"))
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not in the toolbars' context menu: it cannot be turned off
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.label = QLabel(self.text(), self)
        self.label.setObjectName("syntheticBannerText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("QLabel { background: #ffd60a; color: #1d1d1d; font-weight: bold; "
                                 "border: 1px solid #c9a800; padding: 5px 10px; }")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        self.setVisible(False)

    def text(self) -> str:
        return self.tr("Synthetic demonstration data, not real incidents")

    def show_for(self, store) -> None:
        self.setVisible(store is not None and is_synthetic(store.metadata()))
