"""View > Time zone: the zone the table, the details panel and the timeline show times in.

Three exclusive choices (the reporter's, this workstation's, UTC) set ``AppState.display_zone``; the
choice is remembered in the settings (``view/time_zone``) and restored at start.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.display_zone import DisplayZone
from ..retranslate import refresh_on_language_change
from ..settings import WindowSettings
from ..state import AppState
from ..text.zone_texts import menu_text

SETTING = "view/time_zone"


class TimeZoneActions:
    def __init__(self, state: AppState, settings: WindowSettings, parent: QWidget):
        self._state = state
        self._settings = settings
        self.menu = QMenu(QCoreApplication.translate("TimeZoneActions", "&Time zone"), parent)
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
        refresh_on_language_change(parent, self._retranslate)  # the workstation's entry names its zone

    def install(self, view_menu: QMenu) -> None:
        view_menu.addSeparator()
        view_menu.addMenu(self.menu)

    def choose(self, choice: DisplayZone) -> None:
        self._state.set_display_zone(choice)
        self._settings.set_value(SETTING, choice.value)

    def restore(self) -> None:
        self._state.set_display_zone(DisplayZone.parse(self._settings.value(SETTING, DisplayZone.REPORTER.value)))

    def _retranslate(self) -> None:
        for choice, action in self.actions.items():
            action.setText(menu_text(choice, self._state.workstation_zone))

    def _shown(self, choice: DisplayZone) -> None:
        self.actions[choice].setChecked(True)
