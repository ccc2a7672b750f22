"""File > Recent stores: the last stores this workstation opened, files and shared stores alike, newest
first, kept in the settings (database addresses without their password)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ...store import is_store_url
from ...store.postgis.url import redact, without_password

if TYPE_CHECKING:
    from ..main_window import MainWindow

MAX_RECENT = 8
KEY = "store/recent"


def remembered(values) -> list[str]:
    """The settings' list, cleaned: text entries, no password, no repeats, at most ``MAX_RECENT``."""
    if isinstance(values, str):
        values = [values] if values else []
    out: list[str] = []
    for value in values or []:
        text = str(value).strip()
        if not text:
            continue
        text = without_password(text) if is_store_url(text) else text
        if text not in out:
            out.append(text)
    return out[:MAX_RECENT]


def with_first(values: list[str], store: str) -> list[str]:
    """``values`` with ``store`` moved (or added) to the front."""
    store = without_password(store) if is_store_url(store) else str(store)
    return remembered([store] + [v for v in values if v != store])


class RecentStores(QObject):
    """The submenu, refilled each time it opens; every store the window shows is moved to its top."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("Recent &stores"), window)
        self.menu.setObjectName("menuRecentStores")
        self.menu.aboutToShow.connect(self.fill)
        window.state.storeChanged.connect(lambda _store: self.note(window.state.store_path))
        self.note(window.state.store_path)

    @property
    def _settings(self):
        return self.window.settings.qsettings

    def stores(self) -> list[str]:
        return remembered(self._settings.value(KEY, []))

    def note(self, store) -> None:
        if store:
            self._settings.setValue(KEY, with_first(self.stores(), str(store)))

    def fill(self) -> None:
        self.menu.clear()
        stores = self.stores()
        for k, store in enumerate(stores, start=1):
            shown = redact(store) if is_store_url(store) else Path(store).name
            action = self.menu.addAction(f"&{k} {shown}" if k < 10 else shown)
            action.setToolTip(store)
            action.setData(store)
            action.triggered.connect(lambda _checked=False, s=store: self.open(s))
        if not stores:
            self.menu.addAction(self.tr("(none yet)")).setEnabled(False)
        else:
            self.menu.addSeparator()
            self.menu.addAction(self.tr("&Clear the list"), self.clear)

    def open(self, store: str):
        if is_store_url(store):
            return self.window.shared_store.open_recent(store)
        return self.window.files.open_store(store)

    def clear(self) -> None:
        self._settings.setValue(KEY, [])
