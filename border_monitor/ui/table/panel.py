"""The incident table panel: a search box over a lazily filled table view.

Listens to ``AppState``: the filter sets the model's filter; the selection selects the focus
incident's row (scrolling to it). Selecting rows asks the state to select those incidents.
The search box sets the filter's text after a short pause in typing.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...domain.filters import IncidentFilter
from ...store.base import Change, IncidentStore
from ..text.formats import datetime_offset_text
from ..state import AppState
from .model import COLUMNS, IncidentTableModel

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
# Least starting widths (px) of the columns but the last; wider where the header or the time needs it.
BASE_WIDTHS = (130, 50, 120, 120, 60, 100, 110, 80)
CELL_PADDING = 14
HEADER_PADDING = 20  # the sort indicator and the section's margins
MAX_SELECTED_ROWS = 5000  # a shift-click over more rows selects only the first this many


class IncidentTablePanel(QWidget):
    rowsShown = Signal(int)  # the table's row count after a reload

    def __init__(self, store: IncidentStore | None, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("IncidentTablePanel")
        self._state = state
        self._pushing = False  # true while the state's selection is being shown (no echo back)

        self.search = QLineEdit(self)
        self.search.setObjectName("tableSearch")
        self.search.setPlaceholderText(self.tr("Search description, source, sector, nationality..."))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textEdited.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)

        self.model = IncidentTableModel(store, self)
        self.model.set_filter(state.filter)
        self.view = QTableView(self)
        self.view.setObjectName("incidentTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(True)
        for column, width in enumerate(self._column_widths()):
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(self._rows_selected)
        self.model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

        state.filterChanged.connect(self._filter_changed)
        state.selectionChanged.connect(self._selection_changed)
        state.dataChanged.connect(self._data_changed)

    def _column_widths(self) -> list[int]:
        """Starting widths of all but the last (stretched) column: wide enough for the header text
        (with the sort arrow) and, for the time, a whole date, time and UTC offset."""
        metrics = self.view.horizontalHeader().fontMetrics()
        cells = self.view.fontMetrics()
        sample = datetime_offset_text(datetime(2021, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-10))))
        widths = list(BASE_WIDTHS)
        widths[0] = max(widths[0], cells.horizontalAdvance(sample) + CELL_PADDING)
        for column in range(len(widths)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widths[column] = max(widths[column], metrics.horizontalAdvance(title) + HEADER_PADDING)
        return widths

    # -- store ---------------------------------------------------------------------
    def set_store(self, store: IncidentStore | None) -> None:
        self.model.set_store(store)

    # -- user -> state -------------------------------------------------------------
    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._state.update_filter(text=self.search.text())

    def _rows_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._pushing:
            return
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if len(rows) > MAX_SELECTED_ROWS:
            log.info("selection of %d rows cut to the first %d", len(rows), MAX_SELECTED_ROWS)
            rows = rows[:MAX_SELECTED_ROWS]
        ids = [i for i in (self.model.incident_id(r) for r in rows) if i]
        current = self.view.selectionModel().currentIndex()
        focus = self.model.incident_id(current.row()) if current.isValid() and current.row() in rows else None
        self._state.select(ids, focus)

    # -- state -> view ----------------------------------------------------------------
    def _filter_changed(self, flt: IncidentFilter) -> None:
        if self.search.text().strip() != flt.text and not self._search_timer.isActive():
            self.search.setText(flt.text)
        self.model.set_filter(flt)

    def _data_changed(self, change: Change) -> None:
        if change.incidents or change.added or change.updated or change.deleted:
            self.model.reload()

    def _after_reset(self) -> None:
        self.rowsShown.emit(self.model.rowCount())
        self._selection_changed(self._state.selection, self._state.focus)

    def _selection_changed(self, ids: tuple, focus: str | None) -> None:
        self._pushing = True
        try:
            selection_model = self.view.selectionModel()
            if not ids:
                selection_model.clearSelection()
                return
            row = self.model.row_of(focus) if focus else None
            if row is None:
                selection_model.clearSelection()
                return
            selected = QItemSelection()
            last = self.model.columnCount() - 1
            loaded = self.model.loaded_rows() if len(ids) > 1 else {}
            for incident_id in ids:
                r = row if incident_id == focus else loaded.get(incident_id)
                if r is not None:
                    selected.select(self.model.index(r, 0), self.model.index(r, last))
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection_model.select(selected, flags)
            selection_model.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._pushing = False

    # -- for tests and the window -------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [i for i in (self.model.incident_id(r) for r in rows) if i]

    @staticmethod
    def column_count() -> int:
        return len(COLUMNS)
