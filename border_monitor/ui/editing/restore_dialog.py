"""Restore deleted incidents: a list of the deleted ones (most recently deleted first) to pick from.

Deleting is soft, so nothing is lost; this dialog brings rows back. The restore itself goes
through the controller's undo stack (``restoreRequested(ids)``), so it can be undone too.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...domain.errors import BorderMonitorError
from ...domain.filters import IncidentFilter, SortKey
from ...domain.incident import Incident
from ...store.base import IncidentStore
from ..text.formats import datetime_text, number_text
from ..text.labels import country_label, type_label
from .column_fit import fit_columns
from ..failure_text import failure_text

log = logging.getLogger(__name__)

PAGE = 1000
MAX_SCANNED = 50_000  # rows looked at (newest changes first) to find deleted ones
MAX_LISTED = 2000


def deleted_incidents(store: IncidentStore, limit: int = MAX_LISTED) -> list[Incident]:
    """Deleted incidents, most recently changed first (a delete is a change)."""
    flt = IncidentFilter(include_deleted=True)
    found: list[Incident] = []
    for offset in range(0, MAX_SCANNED, PAGE):
        rows = store.page(flt, SortKey.UPDATED_AT, descending=True, offset=offset, limit=PAGE)
        found.extend(i for i in rows if i.deleted)
        if len(rows) < PAGE or len(found) >= limit:
            break
    return found[:limit]


class RestoreDialog(QDialog):
    restoreRequested = Signal(list)  # [str ids]

    def __init__(self, store: IncidentStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore deleted incidents"))
        self.resize(720, 420)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("deletedList")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Time (local)"), self.tr("Country"), self.tr("Type"), self.tr("Persons"),
                                   self.tr("Deleted by"), self.tr("Description")])
        self.note = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore selected"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.tree.selectedItems())))
        self.tree.itemDoubleClicked.connect(lambda _item, _col: self._restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._load(store)

    def _load(self, store: IncidentStore) -> None:
        try:
            rows = deleted_incidents(store)
        except BorderMonitorError as exc:
            log.warning("cannot list deleted incidents: %s", exc)
            self.note.setText(failure_text(exc, worded=True))
            rows = []
        for incident in rows:
            item = QTreeWidgetItem([
                datetime_text(incident.local_time()), country_label(incident.country),
                type_label(incident.type), number_text(incident.persons), incident.updated_by,
                incident.description.replace("\n", " ")[:120],
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, str(incident.id))
            self.tree.addTopLevelItem(item)
        fit_columns(self.tree)
        if not self.note.text():
            self.note.setText(self.tr("%Ln deleted incident(s).", "", len(rows)) if rows
                              else self.tr("No deleted incidents."))
        self.restore_button.setEnabled(False)

    def ids(self, selected_only: bool = True) -> list[str]:
        items = self.tree.selectedItems() if selected_only else [
            self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items]

    def _restore(self) -> None:
        ids = self.ids()
        if ids:
            self.restoreRequested.emit(ids)
            self.accept()
