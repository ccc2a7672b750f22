"""The incident table panel: a lazily filled table view of the incidents in the state's filter.

Listens to ``AppState``: the store and the filter set the model's; the selection selects the focus
incident's row (scrolling to it). Selecting rows asks the state to select those incidents. The
filter's text is typed in the filters panel (the window's one search box).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ...domain.filters import IncidentFilter, SortKey
from ...domain.taxonomy import STATUSES, TYPES
from ...store.base import Change, IncidentStore
from ..text.formats import datetime_offset_text
from ..text.labels import status_label, type_label
from ..retranslate import refresh_on_language_change
from ..state import AppState
from .delegate import IncidentCellDelegate
from .model import BLOCK, COLUMNS, IncidentTableModel, TableAnswer, fetch_answer
from .row_numbers import RowNumberHeader

log = logging.getLogger(__name__)

# Least starting widths (px) of the columns but the last; wider where the header or the time needs it.
BASE_WIDTHS = (130, 50, 120, 120, 60, 100, 110, 80)
CELL_PADDING = 14
SWATCH = 22  # the type column's colour swatch before the name
TYPE_WIDTH_MAX = 270
HEADER_PADDING = 30  # the sort indicator (16 px) and the section's margins
MAX_SELECTED_ROWS = 5000  # a shift-click over more rows selects only the first this many
ROWS_BEYOND_SIGHT = 2  # a filter's answer reads the rows in sight and these few below (a part-shown last row)


def header_metrics(header: QHeaderView) -> QFontMetrics:
    """The metrics of a header's text as drawn: the sections of a selected row's columns are drawn bold
    (highlighted sections), a few pixels wider per word than the header's own font."""
    font = header.font()
    font.setBold(True)
    return QFontMetrics(font)


class IncidentTablePanel(QWidget):
    def __init__(self, store: IncidentStore | None, state: AppState, parent: QWidget | None = None):
        """``store``: None to show the state's store; a panel built on its own may bring one (the state takes it)."""
        super().__init__(parent)
        self.setObjectName("IncidentTablePanel")
        state.adopt_store(store)
        self._state = state
        self._pushing = False  # true while the state's selection is being shown (no echo back)

        self.model = IncidentTableModel(None, self)
        self.model.set_display_zone(state.display_zone, state.workstation_zone)
        self.model.set_store(state.store, state.filter)
        self.view = QTableView(self)
        self.view.setObjectName("incidentTable")
        self.view.setVerticalHeader(RowNumberHeader(self.view))
        self.view.setModel(self.model)
        self.view.setItemDelegate(IncidentCellDelegate(self.model, self.view))
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
        layout.addWidget(self.view)

        state.storeChanged.connect(self._store_changed)
        state.filterChanged.connect(self._filter_changed)
        state.selectionChanged.connect(self._selection_changed)
        state.dataChanged.connect(self._data_changed)
        state.displayZoneChanged.connect(self._display_zone_changed)
        refresh_on_language_change(self, self._language_changed)

    def _column_widths(self) -> list[int]:
        """Starting widths of all but the last (stretched) column: wide enough for the header text
        (with the sort arrow) and, for the time, a whole date, time and UTC offset."""
        metrics = header_metrics(self.view.horizontalHeader())
        cells = self.view.fontMetrics()
        sample = datetime_offset_text(datetime(2021, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-10))))
        widths = list(BASE_WIDTHS)
        widths[0] = max(widths[0], cells.horizontalAdvance(sample) + CELL_PADDING)
        for column in range(len(widths)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widths[column] = max(widths[column], metrics.horizontalAdvance(title) + HEADER_PADDING)
        # the names of types (after their colour swatch) and statuses, whole in every language
        # (up to TYPE_WIDTH_MAX: the longest Polish names end in "…", their tooltip says them whole)
        for key, names, extra, cap in ((SortKey.TYPE, [type_label(t) for t in TYPES], SWATCH, TYPE_WIDTH_MAX),
                                       (SortKey.STATUS, [status_label(s) for s in STATUSES], 0, None)):
            column = COLUMNS.index(key)
            if column < len(widths):
                widest = max(cells.horizontalAdvance(name) for name in names) + extra + CELL_PADDING
                widths[column] = max(widths[column], widest if cap is None else min(widest, cap))
        return widths

    # -- user -> state -------------------------------------------------------------
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
    def _store_changed(self, store: IncidentStore | None) -> None:
        self._state.queries.cancel("table")
        self.model.set_store(store, self._state.filter)  # one reset: the new store with the filter reset with it

    def _filter_changed(self, flt: IncidentFilter) -> None:
        """Count and read the first rows on the query worker; the model shows them when they come (a newer
        filter's query supersedes this one, whose answer is then dropped)."""
        store, model = self._state.store, self.model
        if store is None:
            model.set_filter(flt)
            return
        top = max(0, self.view.rowAt(0))
        rows = max(1, self.view.viewport().height() // max(1, self.view.verticalHeader().defaultSectionSize()))
        numbers = tuple(sorted({top // BLOCK, (top + rows) // BLOCK}))  # the blocks of the rows in sight
        upto = top + rows + ROWS_BEYOND_SIGHT
        sort, descending = model.sort_key, model.descending
        self._state.queries.submit("table", lambda: fetch_answer(store, flt, sort, descending, numbers, upto),
                                   self._show_answer)

    def _show_answer(self, answer: TableAnswer) -> None:
        if answer.filter != self._state.filter or self.model.store is not self._state.store:
            return  # a store switch since (its reset shows the new store)
        self.model.show_answer(answer)
        # the reset's layout (scroll range, the row numbers' width) now, not at the view's next idle moment: the
        # rows are then painted once, not once before and once after their geometry changed
        self.view.executeDelayedItemsLayout()

    def _data_changed(self, change: Change) -> None:
        if change.touches_incidents:
            if self._state.queries.busy("table"):
                self._filter_changed(self._state.filter)  # a filter's answer on its way: ask again after the write
            else:
                self.model.reload()

    def _display_zone_changed(self, choice) -> None:
        self.model.set_display_zone(choice, self._state.workstation_zone)
        header = self.view.horizontalHeader()
        title = str(self.model.headerData(0, Qt.Orientation.Horizontal) or "")
        needed = header_metrics(header).horizontalAdvance(title) + HEADER_PADDING
        if header.sectionSize(0) < needed:
            header.resizeSection(0, needed)

    def _language_changed(self) -> None:
        """Headers and cells (type and country names, times, numbers) in the new language; a column too narrow
        for the new names widens."""
        self.model.forget_cells()
        self._display_zone_changed(self._state.display_zone)
        header = self.view.horizontalHeader()
        for column, width in enumerate(self._column_widths()):
            if header.sectionSize(column) < width:
                header.resizeSection(column, width)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.view.viewport().update()

    def _after_reset(self) -> None:
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
    def is_settled(self) -> bool:
        """The table shows the state's filter (no query of its own waiting or running)."""
        return self.model.filter == self._state.filter and not self._state.queries.busy("table")

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [i for i in (self.model.incident_id(r) for r in rows) if i]

    @staticmethod
    def column_count() -> int:
        return len(COLUMNS)
