"""View > Time zone: the zone the table, the details panel and the timeline show times in.

Three exclusive choices (the reporter's, this workstation's, UTC) set ``AppState.display_zone``; the
choice is remembered in the settings (``view/time_zone``) and restored at start.
"""
from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.display_zone import DisplayZone
from ..settings import WindowSettings
from ..state import AppState
from ..text.zone_texts import menu_text

SETTING = "view/time_zone"


class TimeZoneActions:
    def __init__(self, state: AppState, settings: WindowSettings, parent: QWidget):
        self._state = state
        self._settings = settings
        self.menu = QMenu(parent.tr("&Time zone"), parent)
        self.menu.setObjectName("timeZoneMenu")
        self.group = QActionGroup(parent)
        self.group.setExclusive(True)
        self.actions: dict[DisplayZone, QAction] = {}
        for choice in DisplayZone:
            action = QAction(menu_text(choice, state.workstation_zone), parent)
            action.setCheckable(True)
            action.setData(choice.value)
            action.triggered.connect(lambda _checked=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        state.displayZoneChanged.connect(self._shown)
        self._shown(state.display_zone)

    def install(self, view_menu: QMenu) -> None:
        view_menu.addSeparator()
        view_menu.addMenu(self.menu)

    def choose(self, choice: DisplayZone) -> None:
        self._state.set_display_zone(choice)
        self._settings.set_value(SETTING, choice.value)

    def restore(self) -> None:
        self._state.set_display_zone(DisplayZone.parse(self._settings.value(SETTING, DisplayZone.REPORTER.value)))

    def _shown(self, choice: DisplayZone) -> None:
        self.actions[choice].setChecked(True)
