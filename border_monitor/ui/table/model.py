"""The incident table's model: reads pages from the store on demand, never the whole set.

``rowCount`` is ``store.count(filter)``; on a filter change the panel reads the count and the first rows on
the query worker (``fetch_answer``) and the model shows that answer (``show_answer``); rows are fetched in blocks of ``BLOCK`` (50) with
``store.page(filter, sort, descending, offset, limit)`` when a view asks for them, and the
last ``CACHE_BLOCKS`` blocks are kept (LRU). Sorting is the store's (``SortKey``), so a
million rows sort without being loaded.

The Time column sorts by the instant (UTC) and shows it in the display zone (``set_display_zone``;
View > Time zone): the reporting country's wall-clock time by default, or the workstation's, or UTC,
named in the header ("Time (UTC)"). It shows the UTC offset too ("2021-07-03 23:10 +02:00"): in the
reporter's zones a PL row at 23:10 +02:00 before an LT row at 23:30 +03:00 is then visibly in order.
The tooltip gives the time in UTC.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timezone

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.display_zone import DisplayZone
from ...domain.errors import StoreUnavailable
from ...domain.filters import IncidentFilter, SortKey
from ...domain.incident import Incident
from ...domain.nationality import format_nationalities
from ...store.base import IncidentStore
from ..text import palette
from ..state import system_zone
from ..text.formats import datetime_text
from ..text.zone_texts import shown_time, time_header
from ..text.labels import status_label, type_label

log = logging.getLogger(__name__)

# 50 rows: a little more than the table shows at once in a full window. A block's rows become Incident objects
# (~35 us a row), so the first block of a filter change costs ~2 ms on the query worker, not 7 ms for 200 rows,
# and that query is on the critical path of a filter change (the table's answer is the last to come).
BLOCK = 50
CACHE_BLOCKS = 32
ROW_NUMBERS_KEPT = 4096  # row-number texts kept for the vertical header (those painted and sized lately)

# The columns, each sorted by the store on its own key; header texts in ``_headers``.
COLUMNS: tuple[SortKey, ...] = (
    SortKey.OCCURRED_AT,
    SortKey.COUNTRY,
    SortKey.SECTOR,
    SortKey.TYPE,
    SortKey.PERSONS,
    SortKey.NATIONALITIES,
    SortKey.DISTANCE,
    SortKey.STATUS,
    SortKey.DESCRIPTION,
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the incident's id (str)
SERVED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.DecorationRole,
                          Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole})


@dataclass(frozen=True)
class TableAnswer:
    """What the table shows for a filter, read off the UI thread: the count and the first blocks of rows."""

    filter: IncidentFilter
    sort: SortKey
    descending: bool
    count: int
    blocks: dict[int, list[Incident]]


def fetch_answer(store: IncidentStore, flt: IncidentFilter, sort: SortKey, descending: bool,
                 block_numbers: tuple[int, ...] = (0,), upto: int | None = None) -> TableAnswer:
    """Count ``flt`` and read the given blocks of rows (the query worker runs this: no Qt objects touched);
    ``upto``: read no row from this one on (the rows in sight end there), so the last block may come in part
    (the model reads the rest when a view asks for it): 15 rows cost ~0.4 ms, a whole block ~1.5 ms at 100k, on
    the path of every filter change."""
    count = store.count(flt)
    blocks = {}
    for number in block_numbers:
        start = number * BLOCK
        if start < count:
            end = start + BLOCK if upto is None else min(start + BLOCK, max(upto, start + 1))
            blocks[number] = store.page(flt, sort, descending, start, end - start)
    return TableAnswer(flt, sort, descending, count, blocks)


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, store: IncidentStore | None = None, parent=None):
        super().__init__(parent)
        self._store = store
        self._filter = IncidentFilter()
        self._sort = SortKey.OCCURRED_AT
        self._descending = False
        self._count = 0
        self._zone = DisplayZone.REPORTER
        self._workstation_zone = system_zone()
        self._blocks: OrderedDict[int, list[Incident]] = OrderedDict()
        self._partial: set[int] = set()  # blocks an answer brought in part (up to the rows then in sight)
        # row -> its cells' display texts: a view asks a cell's text at every paint (and a filter change repaints
        # every cell in sight), formatting a time or a number each time; made once per row and kept until the
        # rows, the zone or the language change (``forget_cells``)
        self._cells: dict[int, tuple[str, ...]] = {}
        self._row_numbers: dict[int, str] = {}  # section -> the row number shown in the vertical header (locale's digits)
        self._stale: OrderedDict[int, list[Incident]] = OrderedDict()  # rows last shown (server away)
        self._stale_key: tuple = ()
        self._blocks_key: tuple = ()  # the store, filter and order the loaded blocks are of
        self.fetches = 0  # pages read from the store (for tests and the benchmark)
        self._recount()

    # -- what is shown -----------------------------------------------------------
    @property
    def store(self) -> IncidentStore | None:
        return self._store

    @property
    def filter(self) -> IncidentFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def display_zone(self) -> DisplayZone:
        return self._zone

    def set_display_zone(self, choice: DisplayZone, workstation_zone: str | None = None) -> None:
        """Show the times in ``choice`` (``workstation_zone``: what "this workstation's" means); no store access."""
        workstation_zone = workstation_zone or self._workstation_zone
        if (choice, workstation_zone) == (self._zone, self._workstation_zone):
            return
        self._zone, self._workstation_zone = choice, workstation_zone
        self._cells.clear()
        column = self.column_of(SortKey.OCCURRED_AT)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
        # every shown time changes, no row moves: views repaint (the store's dataChanged is another thing)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def set_store(self, store: IncidentStore | None, flt: IncidentFilter | None = None) -> None:
        """Show another store (with ``flt``, the filter that comes with it): one reset, one count."""
        self._store = store
        if flt is not None:
            self._filter = flt
        self.reload()

    def set_filter(self, flt: IncidentFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()

    def show_answer(self, answer: "TableAnswer") -> None:
        """Show what ``fetch_answer`` read for a filter (on the query worker): its count and first rows, so the
        view paints them without asking the store; one reset."""
        self.beginResetModel()
        self._forget_blocks()
        self._filter = answer.filter
        self._count = answer.count
        if (answer.sort, answer.descending) == (self._sort, self._descending):
            for number, block in answer.blocks.items():
                self._blocks[number] = block
                if len(block) < BLOCK and number * BLOCK + len(block) < answer.count:
                    self._partial.add(number)
            self._blocks_key = self._view_key()
        self.endResetModel()

    def reload(self, recount: bool = True) -> None:
        """Count again and forget loaded rows (after a filter change or a write)."""
        self.beginResetModel()
        self._forget_blocks()
        if recount:
            self._recount()
        self.endResetModel()

    def _recount(self) -> None:
        self._count = self._store.count(self._filter) if self._store is not None else 0

    # -- rows ---------------------------------------------------------------------------
    def _view_key(self) -> tuple:
        return id(self._store), self._filter, self._sort, self._descending

    def _forget_blocks(self) -> None:
        """Drop the loaded rows; they stay at hand as what was last shown for this store, filter and order, for
        while the store's server is away (the picture stays, read-only, until it reconnects)."""
        if self._blocks:  # a second reload while the server is away keeps what the first kept
            self._stale, self._stale_key = OrderedDict(self._blocks), self._blocks_key
        self._blocks.clear()
        self._partial.clear()
        self._cells.clear()

    def forget_cells(self) -> None:
        """Make the cells' texts again at the next paint (the language changed: names, digits, units)."""
        self._cells.clear()
        self._row_numbers.clear()

    def _block(self, number: int) -> list[Incident]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        try:
            block = self._store.page(self._filter, self._sort, self._descending, number * BLOCK, BLOCK)
        except StoreUnavailable:  # painting goes on with the rows last shown; the banner says the server is away
            return self._stale.get(number, []) if self._stale_key == self._view_key() else []
        self._blocks_key = self._view_key()
        self.fetches += 1
        self._blocks[number] = block
        while len(self._blocks) > CACHE_BLOCKS:
            old, _rows = self._blocks.popitem(last=False)
            self._partial.discard(old)
            for row in range(old * BLOCK, (old + 1) * BLOCK):
                self._cells.pop(row, None)
        return block

    def incident(self, row: int) -> Incident | None:
        if self._store is None or not 0 <= row < self._count:
            return None
        number, offset = divmod(row, BLOCK)
        block = self._block(number)
        if offset >= len(block) and number in self._partial:  # an answer's block read up to the rows in sight
            self._partial.discard(number)
            del self._blocks[number]
            block = self._block(number)
        return block[offset] if offset < len(block) else None

    def incident_id(self, row: int) -> str | None:
        incident = self.incident(row)
        return str(incident.id) if incident else None

    def loaded_rows(self) -> dict[str, int]:
        """Id -> row of the incidents in the loaded blocks (no store access)."""
        return {str(incident.id): number * BLOCK + i
                for number, block in self._blocks.items() for i, incident in enumerate(block)}

    def loaded_row_of(self, incident_id: str) -> int | None:
        """Row of an incident among the loaded blocks, without asking the store."""
        for number, block in self._blocks.items():
            for i, incident in enumerate(block):
                if str(incident.id) == incident_id:
                    return number * BLOCK + i
        return None

    def row_of(self, incident_id: str) -> int | None:
        """Row of an incident in the current filter and order, or None when the filter hides it."""
        row = self.loaded_row_of(incident_id)
        if row is not None or self._store is None:
            return row
        return self._store.position(self._filter, self._sort, self._descending, incident_id)

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None  # the headers ask ~8 roles a section (a reset sizes the row numbers' header from ~200)
        if orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        number = self._row_numbers.get(section)
        if number is None:
            if len(self._row_numbers) >= ROW_NUMBERS_KEPT:
                self._row_numbers.clear()
            number = self._row_numbers[section] = QLocale().toString(section + 1)
        return number

    def _headers(self) -> list[str]:
        return [time_header(self._zone, self._workstation_zone), self.tr("Country"), self.tr("Sector"), self.tr("Type"), self.tr("Persons"),
                self.tr("Nationalities"), self.tr("Distance to border"), self.tr("Status"), self.tr("Description")]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            row = index.row()
            cells = self._cells.get(row)
            if cells is None:
                incident = self.incident(row) if index.isValid() else None
                if incident is None:
                    return None
                cells = self._cells[row] = tuple(self._display(incident, key) for key in COLUMNS)
            return cells[index.column()]
        if role not in SERVED_ROLES or not index.isValid():
            return None  # the view asks ~10 roles a cell as it paints: the others cost no row lookup
        incident = self.incident(index.row())
        if incident is None:
            return None
        key = COLUMNS[index.column()]
        if role == ID_ROLE:
            return str(incident.id)
        if role == Qt.ItemDataRole.DecorationRole and key is SortKey.COUNTRY:
            return QColor(palette.country_color(incident.country.value))
        if role == Qt.ItemDataRole.DecorationRole and key is SortKey.TYPE:
            return QColor(palette.type_color(incident.type.value))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in (SortKey.PERSONS, SortKey.DISTANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key is SortKey.OCCURRED_AT:
                return self.tr("%1 UTC").replace(
                    "%1", datetime_text(incident.occurred_at.astimezone(timezone.utc), long=True))
            if key is SortKey.DESCRIPTION:
                return incident.description or None
            if key is SortKey.TYPE:  # a long name (Polish) may not fit the column
                return type_label(incident.type)
        return None

    def cell_look(self, row: int, column: int) -> tuple[str, str | None, bool] | None:
        """What ``data`` gives a painted cell, in one call (``delegate.IncidentCellDelegate``): (text, the colour
        name of its swatch or None, right-aligned); None for a row not read (the delegate then asks ``data``)."""
        cells = self._cells.get(row)
        if cells is None:
            incident = self.incident(row)
            if incident is None or not 0 <= column < len(COLUMNS):
                return None
            cells = self._cells[row] = tuple(self._display(incident, key) for key in COLUMNS)
        key = COLUMNS[column]
        swatch = None
        if key is SortKey.COUNTRY or key is SortKey.TYPE:
            incident = self.incident(row)
            if incident is None:
                return None
            swatch = palette.country_color(incident.country.value) if key is SortKey.COUNTRY \
                else palette.type_color(incident.type.value)
        return cells[column], swatch, key is SortKey.PERSONS or key is SortKey.DISTANCE

    def _display(self, incident: Incident, key: SortKey) -> str:
        locale = QLocale()
        if key is SortKey.OCCURRED_AT:
            return shown_time(incident.occurred_at, incident.country.timezone, self._zone, self._workstation_zone)
        if key is SortKey.COUNTRY:
            return incident.country.value
        if key is SortKey.SECTOR:
            return incident.sector or ""
        if key is SortKey.TYPE:
            return type_label(incident.type)
        if key is SortKey.PERSONS:
            return locale.toString(incident.persons)
        if key is SortKey.NATIONALITIES:
            return format_nationalities(incident.nationalities)
        if key is SortKey.DISTANCE:
            d = incident.distance_to_border_m
            if d is None:
                return ""
            return self.tr("%1 km").replace("%1", locale.toString(d / 1000.0, "f", 2))
        if key is SortKey.STATUS:
            return status_label(incident.status)
        if key is SortKey.DESCRIPTION:
            return incident.description.replace("\n", " ")
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self.reload(recount=False)

    @staticmethod
    def column_of(key: SortKey) -> int:
        return COLUMNS.index(key)
