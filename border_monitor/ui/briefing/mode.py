"""View > Briefing mode (F11) of the main window: the briefing full screen, and back with Esc.

The briefing window gets its own state on the window's store, so the workstation's filter, selection
and layout are as they were when it comes back; it follows every write the workstation's state announces
(its own live refresh included). While the briefing is shown, every edit action of the window is off.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

log = logging.getLogger(__name__)


class BriefingMode(QObject):
    entered = Signal(object)  # the BriefingWindow
    left = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.briefing = None
        self._disabled: list[tuple[object, bool]] = []
        self.action = QAction(self.tr("&Briefing mode"), window)
        self.action.setObjectName("actionBriefingMode")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setToolTip(self.tr("The wall display: map, impact levels, figures and alerts, full screen "
                                       "(Esc leaves)"))
        self.action.triggered.connect(lambda _checked=False: self.enter())
        window.addAction(self.action)

    def install(self, view_menu) -> None:
        view_menu.addSeparator()
        view_menu.addAction(self.action)

    @property
    def active(self) -> bool:
        return self.briefing is not None

    def enter(self, tour_seconds: float | None = None, at: str | None = None, show: bool = True):
        """Show the briefing on the window's store, full screen on the window's screen (``show`` False: the
        caller shows it, e.g. at a size, offscreen). Returns the BriefingWindow (None without a store)."""
        from .window import BriefingWindow

        w = self._window
        if self.briefing is not None or w.store is None:
            return self.briefing
        self._disable_editing()
        briefing = BriefingWindow(w.store, store_path=w.store_path, at=at, tour_seconds=tour_seconds,
                                  follow=w.state)
        briefing.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        briefing.left.connect(self._left)
        self.briefing = briefing
        screen = w.screen()
        w.hide()
        if show:
            briefing.show_on(screen)
        self.entered.emit(briefing)
        return briefing

    def leave(self) -> None:
        if self.briefing is not None:
            self.briefing.close()

    def _left(self) -> None:
        self.briefing = None
        self._restore_editing()
        self._window.show()
        self._window.activateWindow()
        self.left.emit()

    def edit_actions(self) -> list:
        editing = getattr(self._window, "editing", None)
        if editing is None:
            return []
        names = ("undo_action", "redo_action", "new_action", "new_here_action", "edit_action", "delete_action",
                 "restore_action", "status_menu", "edit_menu", "toolbar")
        return [getattr(editing, n) for n in names if getattr(editing, n, None) is not None] + \
            list(getattr(editing, "status_actions", {}).values())

    def _disable_editing(self) -> None:
        self._disabled = [(item, item.isEnabled()) for item in self.edit_actions()]
        for item, _enabled in self._disabled:
            item.setEnabled(False)

    def _restore_editing(self) -> None:
        for item, enabled in self._disabled:
            item.setEnabled(enabled)
        self._disabled = []
