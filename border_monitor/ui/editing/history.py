"""The history of one incident: every audit entry, newest first, with the fields it changed.

``HistoryView(store, state)`` follows the state's store and focus incident and refreshes after a
write that touched it; the details panel embeds it as is. Without a state, ``set_incident(id)`` says
which incident of ``store`` to show.
"""
from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...domain.errors import BorderMonitorError
from ...store.base import AuditEntry, Change, IncidentStore
from ..state import AppState
from ..retranslate import refresh_on_language_change
from ..text.audit_texts import action_label, field_label, yes_no
from ..text.formats import datetime_text
from .column_fit import fit_columns
from ..failure_text import failure_text

log = logging.getLogger(__name__)

#: Written by the store on every write; not worth a line in the history.
BOOKKEEPING = frozenset({"updated_at", "updated_by", "revision", "created_at", "created_by", "origin", "id"})
#: Shown for a create, in this order.
CREATE_SUMMARY = ("occurred_at", "country", "type", "persons", "nationalities", "lat", "lon", "status")
IMPORT_SUMMARY = ("file", "count")
ENRICH_SUMMARY = ("count", "reason", "fields")
MAX_TEXT = 80
VALUE_WIDTH = 200  # at most, for a column before the last: the "After" values stay in view


def changed_fields(entry: AuditEntry) -> list[tuple[str, object, object]]:
    """(field, before, after) for every user field the entry changed, in a stable order."""
    before, after = entry.before or {}, entry.after or {}
    if entry.action == "import":
        return [(k, None, after[k]) for k in IMPORT_SUMMARY if k in after]
    if entry.action in ("delete", "restore") and entry.incident_id is None:  # a whole batch (undo of an import)
        return [(k, None, after[k]) for k in ("count", "reason") if k in after]
    if entry.action == "enrich":  # derived fields refilled after an edit made in another program (QGIS)
        return [(k, None, after[k]) for k in ENRICH_SUMMARY if k in after]
    if entry.action == "attach":  # a file attached (after: added) or removed (before: removed)
        return [("attachment", (before.get("removed") or {}).get("name"), (after.get("added") or {}).get("name"))]
    if not before and after:
        return [(k, None, after[k]) for k in CREATE_SUMMARY if k in after]
    names = [k for k in list(before) + [k for k in after if k not in before] if k not in BOOKKEEPING]
    return [(k, before.get(k), after.get(k)) for k in names if before.get(k) != after.get(k)]


def format_value(name: str, value) -> str:
    if value is None or value == "" or value == {}:
        return "—"
    if isinstance(value, dict):
        return ", ".join(code if count is None else f"{code}:{count}" for code, count in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        if name in ("lon", "lat"):
            return f"{value:.6f}"
        return f"{value:.0f}" if name == "distance_to_border_m" else f"{value:g}"
    if isinstance(value, bool):
        return yes_no(value)
    text = str(getattr(value, "value", value)).replace("\n", " ")
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


class HistoryView(QWidget):
    def __init__(self, store: IncidentStore | None, state: AppState | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HistoryView")
        if state is not None:
            state.adopt_store(store)
        self._state = state
        self._own_store = store
        self._incident_id: str | None = None
        self.entries: list[AuditEntry] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Before"),
                                   self.tr("After")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(12)
        fit_columns(self.tree, max_width=VALUE_WIDTH)
        self.empty = QLabel(self.tr("No incident selected."), self)
        self.empty.setObjectName("historyEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        self.tree.setVisible(False)
        if state is not None:
            state.selectionChanged.connect(lambda _ids, focus: self.set_incident(focus))
            state.dataChanged.connect(self._data_changed)
            state.storeChanged.connect(lambda _store: self.set_incident(state.focus))
            self.set_incident(state.focus)
        refresh_on_language_change(self, self.refresh)

    @property
    def _store(self) -> IncidentStore | None:
        return self._state.store if self._state is not None else self._own_store

    def set_incident(self, incident_id) -> None:
        self._incident_id = None if incident_id is None else str(incident_id)
        self.refresh()

    def incident_id(self) -> str | None:
        return self._incident_id

    def _data_changed(self, change: Change) -> None:
        if self._incident_id is not None and self._incident_id in change.attachments:
            self.refresh()
            return
        if self._incident_id is None or not change.touches_incidents:
            return
        touched = {str(i) for i in change.incidents}
        if self._incident_id in touched or not change.incidents:
            self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.entries = []
        if self._store is None or self._incident_id is None:
            self._show_empty(self.tr("No incident selected."))
            return
        try:
            entries = self._store.history(str(uuid.UUID(self._incident_id)))
        except (BorderMonitorError, ValueError) as exc:
            log.warning("cannot read the history of %s: %s", self._incident_id, exc)
            self._show_empty(failure_text(exc, worded=True))
            return
        self.entries = sorted(entries, key=lambda e: (e.at, e.id), reverse=True)
        if not self.entries:
            self._show_empty(self.tr("No recorded changes."))
            return
        for entry in self.entries:
            self.tree.addTopLevelItem(self._item(entry))
        self.tree.expandAll()
        fit_columns(self.tree, max_width=VALUE_WIDTH)
        self.empty.setVisible(False)
        self.tree.setVisible(True)

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)
        self.tree.setVisible(False)

    def _item(self, entry: AuditEntry) -> QTreeWidgetItem:
        when = datetime_text(entry.at.astimezone())  # the workstation's zone, the locale's short format (ISO in the tooltip)
        action = action_label(entry.action)
        fields = changed_fields(entry)
        summary = ", ".join(field_label(name) for name, _b, _a in fields)
        item = QTreeWidgetItem([when, entry.user, action, "", summary])
        item.setToolTip(0, entry.at.isoformat())
        item.setToolTip(2, self.tr("origin: {0}").format(entry.origin) if entry.origin else action)
        item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
        for name, before, after in fields:
            child = QTreeWidgetItem(["", "", field_label(name), format_value(name, before), format_value(name, after)])
            child.setToolTip(3, "" if before is None else str(before))
            child.setToolTip(4, "" if after is None else str(after))
            item.addChild(child)
        return item
