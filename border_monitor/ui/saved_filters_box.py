"""The "Saved filters" row of the filters panel: a combo of the store's named filters, Save as... and Delete.

The filters live in the store (``IncidentStore.saved_filters``), so every workstation of the store has them;
the list is read again whenever the store changes, after each saved-filter write, and each time the combo is
opened (another workstation may have saved one meanwhile). Choosing a name sets the state's filter; the combo
shows the name of the saved filter equal to the state's filter, and nothing when the filter is another one.
Saving and deleting are writes through ``ui.write_op`` (audited by the store).
"""
from __future__ import annotations

import getpass
import logging
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QInputDialog, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ..domain.errors import BorderMonitorError
from ..store.base import Change
from .state import AppState
from .write_op import run_write
from .failure_text import failure_text

log = logging.getLogger(__name__)


class _ReadingCombo(QComboBox):
    """A combo that asks for its items again just before its list opens."""

    aboutToShow = Signal()

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.aboutToShow.emit()
        super().showPopup()


class SavedFiltersBox(QGroupBox):
    failed = Signal(str)  # a sentence for the user (the window shows it in the status bar)

    def __init__(self, state: AppState, user: Callable[[], str] = getpass.getuser, parent: QWidget | None = None):
        super().__init__(self.tr("Saved filters"), parent)
        self.setObjectName("SavedFilters")
        self._state = state
        self._user = user  # who is saving (written to the audit entry and as the filter's author)
        self._saved: dict = {}  # name -> IncidentFilter (None when this version cannot read it)
        self.combo = _ReadingCombo(self)
        self.combo.setObjectName("savedFilterCombo")
        self.combo.setToolTip(self.tr("Filters saved in the store, shared by every workstation that opens it"))
        self.combo.setPlaceholderText(self.tr("(none chosen)"))
        self.save_button = QPushButton(self.tr("Save as..."), self)
        self.save_button.setObjectName("saveFilterAs")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteSavedFilter")
        layout = QVBoxLayout(self)
        layout.addWidget(self.combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

        self.combo.activated.connect(lambda i: self.choose(self.combo.itemText(i)))
        self.combo.aboutToShow.connect(self.reload)
        self.save_button.clicked.connect(self._ask_save)
        self.delete_button.clicked.connect(self._ask_delete)
        state.storeChanged.connect(lambda _s: self.reload())
        state.filterChanged.connect(lambda _f: self._show_current())
        state.dataChanged.connect(self._data_changed)
        self.reload()

    def set_user(self, user: Callable[[], str]) -> None:
        self._user = user

    # -- the list --------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return list(self._saved)

    def reload(self) -> None:
        store = self._state.store
        self._saved = {}
        if store is not None:
            try:
                for saved in store.saved_filters():
                    self._saved[saved.name] = saved.filter
                    if saved.filter is None:
                        log.warning("saved filter %r: %s", saved.name, saved.problem)
            except BorderMonitorError as exc:
                self.failed.emit(failure_text(exc, worded=True))
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for name, flt in self._saved.items():
                self.combo.addItem(name)
                if flt is None:
                    index = self.combo.count() - 1
                    self.combo.setItemData(index, self.tr("Saved by a newer Border Monitor; it cannot be used here."),
                                           Qt.ItemDataRole.ToolTipRole)
        finally:
            self.combo.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        current = self._state.filter
        match = next((n for n, f in self._saved.items() if f is not None and f == current), None)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findText(match) if match is not None else -1)
        self.combo.blockSignals(False)
        writable = self._state.store is not None and not getattr(self._state.store, "read_only", False)
        self.save_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and match is not None)

    def _data_changed(self, change: Change) -> None:
        if change.saved_filters:
            self.reload()

    @property
    def current_name(self) -> str | None:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else None

    # -- using, saving, deleting ---------------------------------------------------------------
    def choose(self, name: str) -> bool:
        """Set the state's filter to the one saved as ``name`` (read from the store, which may have a newer one)."""
        store = self._state.store
        if store is None:
            return False
        try:
            flt = store.saved_filter(name)
        except BorderMonitorError as exc:
            self.failed.emit(failure_text(exc, worded=True))
            self.reload()
            return False
        self._state.set_filter(flt)
        self._show_current()
        return True

    def save_as(self, name: str) -> bool:
        """Save the state's filter as ``name`` (replacing a filter of that name)."""
        store = self._state.store
        if store is None:
            return False
        try:
            run_write(self._state, lambda: store.save_filter(name, self._state.filter, self._user()))
        except BorderMonitorError as exc:
            self.failed.emit(failure_text(exc, worded=True))
            return False
        return True

    def delete(self, name: str) -> bool:
        store = self._state.store
        if store is None:
            return False
        try:
            run_write(self._state, lambda: store.delete_filter(name, self._user()))
        except BorderMonitorError as exc:
            self.failed.emit(failure_text(exc, worded=True))
            self.reload()
            return False
        return True

    def _ask_save(self) -> None:
        self.reload()
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of the filter:"),
                                        text=self.current_name or "")
        name = " ".join(name.split())
        if not ok or not name:
            return
        if name in self._saved:
            answer = QMessageBox.question(self, self.tr("Save filter"),
                                          self.tr("A filter named \u201c%1\u201d is saved already. Replace it for "
                                                  "every workstation?").replace("%1", name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_as(name)

    def _ask_delete(self) -> None:
        name = self.current_name
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete saved filter"),
                                      self.tr("Delete the saved filter \u201c%1\u201d for every workstation?")
                                      .replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(name)
