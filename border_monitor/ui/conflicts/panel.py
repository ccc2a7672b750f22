"""The Conflicts panel: incidents sync could not merge, their versions side by side, and a supervisor's pick.

The list on the left holds the incidents in conflict; beside it, the fields in conflict of the chosen one, one column
per version (who wrote it, at which revision), the provisional winner marked. "Keep this" under a version
keeps it for every field; the radio buttons pick a version per field and "Keep the picked fields" merges them.
A pick is written through the one write path (``ui.write_op.start_write``) and syncs like any edit.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...domain.errors import BorderMonitorError
from ...sync import conflict_choice as words
from ...sync.replica import Conflict
from ..editing import permissions
from ..failure_text import failure_text
from ..jobs.sync_job import resolve_job
from ..state import AppState
from ..write_op import start_write

log = logging.getLogger(__name__)

WINNER_MARK = "\u2605"  # a star before the provisional winner


def _group_title(group: str) -> str:
    from PySide6.QtCore import QCoreApplication

    titles = {
        "occurred_at": QCoreApplication.translate("ConflictsPanel", "Time"),
        "country": QCoreApplication.translate("ConflictsPanel", "Country"),
        "persons": QCoreApplication.translate("ConflictsPanel", "Type and persons"),
        "location": QCoreApplication.translate("ConflictsPanel", "Position"),
        "description": QCoreApplication.translate("ConflictsPanel", "Description"),
        "source": QCoreApplication.translate("ConflictsPanel", "Source"),
        "status": QCoreApplication.translate("ConflictsPanel", "Status"),
        "deleted": QCoreApplication.translate("ConflictsPanel", "Deleted or kept"),
    }
    return titles.get(group, group)


class ConflictsPanel(QWidget):
    """Lists the state's store's conflicts; ``resolved`` (incident id) after a pick was written."""

    resolved = Signal(str)
    failed = Signal(str)

    def __init__(self, state: AppState, user, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ConflictsPanel")
        self.state = state
        self._user = user  # callable: the name written in the audit log
        self._conflicts: list[Conflict] = []
        self._names: dict[str, str] = {}
        self._origin = ""
        self._columns: list[str] = []  # origins of the version columns of the shown conflict
        self._pick_groups: dict[str, QButtonGroup] = {}

        self.summary = QLabel(self)
        self.summary.setObjectName("conflictsSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("conflictsList")
        self.list.currentRowChanged.connect(self._show_current)
        self.table = QTableWidget(self)
        self.table.setObjectName("conflictsTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_row = QHBoxLayout()
        self.keep_buttons: list[QPushButton] = []
        self.merge_button = QPushButton(self.tr("Keep the picked fields"), self)
        self.merge_button.setObjectName("conflictsMerge")
        self.merge_button.setToolTip(self.tr("Merge field by field: keep the version picked in each row"))
        self.merge_button.clicked.connect(lambda _checked=False: self.keep_picked())
        self.hint = QLabel(self.tr("%1 marks the provisional winner, which the store shows until someone "
                                   "picks.").replace("%1", WINNER_MARK), self)
        self.hint.setWordWrap(True)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(self.keep_row)
        lower_layout.addWidget(self.merge_button)
        lower_layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        state.storeChanged.connect(lambda _store: self.reload())
        state.dataChanged.connect(lambda change: self.reload() if change.touches_incidents else None)
        self.reload()

    # -- reading --------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the conflicts of the state's store again (keeping the chosen incident when it still is one)."""
        current = self.current_conflict()
        keep = current.uuid if current else None
        self._conflicts, self._names, self._origin = [], {}, ""
        store = self.state.store
        message = ""
        if store is None:
            message = self.tr("No store is open.")
        elif getattr(store, "read_only", False):
            message = self.tr("The store is open read-only: conflicts cannot be resolved here.")
        elif permissions.refusal(store, "resolve"):  # an operator of a shared store: a supervisor resolves them
            message = permissions.refusal(store, "resolve")
        else:
            try:
                from ...sync.operations import replica_of

                with replica_of(store) as replica:
                    self._conflicts = replica.conflicts()
                    self._names = words.origin_names(replica)
                    self._origin = replica.origin
            except BorderMonitorError as exc:
                message = str(exc)
        self.list.blockSignals(True)
        self.list.clear()
        for c in self._conflicts:
            fields = ", ".join(_group_title(g) for g in c.groups)
            values = c.state.values()
            item = QListWidgetItem(f"{str(values.get('occurred_at') or '')[:16].replace('T', ' ')} UTC  "
                                   f"{values.get('country')}  {c.uuid[:8]}\n{fields}")
            item.setData(Qt.ItemDataRole.UserRole, c.uuid)
            item.setToolTip(c.uuid)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not message:
            message = (self.tr("No conflicts: every synced change merged.") if not self._conflicts else
                       self.tr("%n incident(s) changed on two stores in ways sync cannot merge.", "",
                               len(self._conflicts)))
        self.summary.setText(message)
        at = next((k for k, c in enumerate(self._conflicts) if c.uuid == keep), 0 if self._conflicts else -1)
        self.list.setCurrentRow(at)
        self._show_current(at)

    def current_conflict(self) -> Conflict | None:
        row = self.list.currentRow() if hasattr(self, "list") else -1
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    # -- showing one --------------------------------------------------------------------------------
    def _show_current(self, row: int) -> None:
        conflict = self._conflicts[row] if 0 <= row < len(self._conflicts) else None
        self._pick_groups = {}
        for button in self.keep_buttons:
            self.keep_row.removeWidget(button)
            button.deleteLater()
        self.keep_buttons = []
        self.table.clear()
        if conflict is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.merge_button.setEnabled(False)
            return
        columns: list[str] = []  # origins, best-ranked version first
        for g in conflict.groups:
            for s in conflict.versions(g):
                if s.origin not in columns:
                    columns.append(s.origin)
        self._columns = columns
        self.table.setColumnCount(1 + len(columns))
        self.table.setRowCount(len(conflict.groups))
        headers = [self.tr("Field")]
        for origin in columns:
            who = self._names.get(origin, origin[:8])
            headers.append(self.tr("Version by %1").replace("%1", who))
        self.table.setHorizontalHeaderLabels(headers)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, g in enumerate(conflict.groups):
            title = QTableWidgetItem(_group_title(g))
            title.setFont(bold)
            self.table.setItem(r, 0, title)
            versions = conflict.versions(g)
            winner = versions[0]
            picks = QButtonGroup(self)
            picks.setExclusive(True)
            self._pick_groups[g] = picks
            for c, origin in enumerate(columns, start=1):
                sibling = next((s for s in versions if s.origin == origin), None)
                if sibling is None:
                    self.table.setItem(r, c, QTableWidgetItem("\u2014"))
                    continue
                text = words.value_text(g, sibling)
                label = (f"{WINNER_MARK} " if sibling.dot == winner.dot else "") + text + "  " + \
                    self.tr("(revision %1)").replace("%1", str(sibling.revision))
                radio = QRadioButton(label, self.table)
                radio.setObjectName(f"pick_{g}_{c}")
                radio.setToolTip(text)
                radio.setChecked(sibling.dot == winner.dot)
                picks.addButton(radio, c)
                self.table.setCellWidget(r, c, radio)
        self.table.resizeRowsToContents()
        for c, origin in enumerate(columns, start=1):
            button = QPushButton(self.tr("Keep this: %1").replace("%1", self._names.get(origin, origin[:8])), self)
            button.setObjectName(f"conflictsKeep{c}")
            button.setToolTip(self.tr("Keep the version by %1 for every field in conflict").replace(
                "%1", self._names.get(origin, origin[:8])))
            button.clicked.connect(lambda _checked=False, o=origin: self.keep_version(o))
            self.keep_row.addWidget(button)
            self.keep_buttons.append(button)
        # a supervisor resolves the conflicts of its own service's incidents only
        reason = permissions.refusal(self.state.store, "resolve", {str(conflict.state.values().get("country") or "")})
        for button in (*self.keep_buttons, self.merge_button):
            button.setEnabled(not reason)
            if reason:
                button.setToolTip(reason)
        if not reason:
            self.merge_button.setToolTip(self.tr("Merge field by field: keep the version picked in each row"))

    # -- picking --------------------------------------------------------------------------------------
    def pick(self, group: str, origin: str) -> None:
        """Tick the version by ``origin`` in the row of ``group`` (what a click on its radio button does)."""
        picks = self._pick_groups[group]
        button = picks.button(self._columns.index(origin) + 1)
        if button is not None:
            button.setChecked(True)

    def keep_version(self, origin: str):
        """Keep the version by ``origin`` for every field in conflict (the winner where it wrote none)."""
        conflict = self.current_conflict()
        if conflict is None:
            return None
        choices = {}
        for g in conflict.groups:
            versions = conflict.versions(g)
            choices[g] = next((s for s in versions if s.origin == origin), versions[0])
        return self._write(conflict, choices)

    def keep_picked(self):
        """Keep, field by field, the version ticked in each row."""
        conflict = self.current_conflict()
        if conflict is None:
            return None
        choices = {}
        for g in conflict.groups:
            checked = self._pick_groups[g].checkedId()
            origin = self._columns[checked - 1] if checked > 0 else conflict.versions(g)[0].origin
            choices[g] = next(s for s in conflict.versions(g) if s.origin == origin)
        return self._write(conflict, choices)

    def _write(self, conflict: Conflict, choices: dict):
        def done(_change) -> None:
            self.resolved.emit(conflict.uuid)
            self.reload()

        def error(exc: BaseException) -> None:
            text = failure_text(exc)
            log.warning("Resolving the conflict of %s failed: %s", conflict.uuid, text)
            self.failed.emit(text)

        return start_write(self.state, self, self.tr("Resolve a conflict"),
                           self.tr("Writing the versions kept..."), resolve_job, conflict.uuid, choices, self._user(),
                           on_done=done, on_error=error, on_cancel=lambda: None)
