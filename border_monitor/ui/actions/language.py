"""View > Language: English, Lietuvių, Latviešu, Polski (each named in itself), applied at once.

The choice is kept in the settings (``view/language``, read at the next start by ``ui.app``); with none
saved the system's locale decides. A switch installs the language's catalogues and makes its locale the
default (dates, times and numbers follow it), then rewrites the texts on screen (``ui.retranslate``); the
views remake the texts they fill with values on ``QEvent.LanguageChange``. The store, the filter and the
selection live in ``AppState`` and are not touched.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..i18n import LANGUAGE_NAMES, LANGUAGE_SETTING, install_translators, language_code, locale_for
from ..retranslate import retranslate_widgets, text_index
from ..settings import WindowSettings

log = logging.getLogger(__name__)


def switch_language(language: str) -> QLocale:
    """Install ``language`` ("en", "lt", "lv", "pl") in the running application and rewrite every window's
    texts in it; returns the locale now the default."""
    app = QApplication.instance()
    locale = locale_for(language)
    before = text_index()  # what the texts on screen read as in the language being left
    install_translators(app, locale)
    for window in QApplication.topLevelWidgets():
        window.setLocale(locale)  # date and number widgets (QDateEdit, QSpinBox) follow their widget's locale
    retranslate_widgets(before)
    log.info("language switched to %s (%s)", language, locale.name())
    return locale


class LanguageActions:
    """The View > Language menu of a window: one checkable action per language."""

    def __init__(self, settings: WindowSettings, parent: QWidget):
        self._settings = settings
        self.menu = QMenu(QCoreApplication.translate("LanguageActions", "&Language"), parent)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(parent)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, parent)  # a language's own name, never translated
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self._show(language_code(QLocale()))

    def install(self, view_menu: QMenu) -> None:
        view_menu.addMenu(self.menu)

    @property
    def language(self) -> str:
        return language_code(QLocale())

    def choose(self, language: str) -> None:
        """Switch the application to ``language`` now and keep it for the next start."""
        self._settings.set_value(LANGUAGE_SETTING, language)
        if language != self.language or QLocale().name() != locale_for(language).name():
            switch_language(language)
        self._show(language)

    def _show(self, language: str) -> None:
        self.actions[language].setChecked(True)
