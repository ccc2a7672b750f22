"""The filters panel: saved filters, date range, countries, types, statuses, text, and the area drawn on the map.
A view of the state's filter.

The saved filters (``ui.saved_filters_box``) are the store's, shared by every workstation. When an area (box)
drawn on the map is part of the filter, a line says which ("Area: 23.41-24.02 E, 54.00-54.30 N") with a button
that clears it; "Zoom to results" asks the window to fit the map to the incidents in the filter.

Its text box is the window's one search box (description, source, sector, nationality).

Every widget change asks the state for a new filter; a state change is written back into the
widgets with their signals blocked. Checking every box of a group (or none) means "all".
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QStyle, QToolButton, QVBoxLayout, QWidget)

from ..domain.filters import IncidentFilter
from ..domain.taxonomy import COUNTRIES, STATUSES, TYPES
from ..store.base import IncidentStore
from .text.labels import country_label, status_label, type_label
from .choice_group import ChoiceGroup
from .retranslate import refresh_on_language_change
from .saved_filters_box import SavedFiltersBox
from .state import AppState

TEXT_DELAY_MS = 300


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _degrees(value: float, positive: str, negative: str) -> tuple[str, str]:
    return QLocale().toString(abs(value), "f", 2), positive if value >= 0 else negative


def area_text(bbox: tuple[float, float, float, float]) -> str:
    """"23.41-24.02 E, 54.00-54.30 N" for (min_lon, min_lat, max_lon, max_lat)."""
    west, south, east, north = bbox
    (w, wh), (e, eh) = _degrees(west, "E", "W"), _degrees(east, "E", "W")
    (s, sh), (n, nh) = _degrees(south, "N", "S"), _degrees(north, "N", "S")
    lon = f"{w}\u2013{e} {eh}" if wh == eh else f"{w} {wh}\u2013{e} {eh}"
    lat = f"{s}\u2013{n} {nh}" if sh == nh else f"{s} {sh}\u2013{n} {nh}"
    return f"{lon}, {lat}"


class FiltersPanel(QScrollArea):
    zoomToResults = Signal()  # the user asked to fit the map to the incidents in the filter

    def __init__(self, store: IncidentStore | None, state: AppState, parent: QWidget | None = None):
        """``store``: None to show the state's store; a panel built on its own may bring one (the state takes it)."""
        super().__init__(parent)
        self.setObjectName("FiltersPanel")
        self.setWidgetResizable(True)
        state.adopt_store(store)
        self._state = state
        self._extent: tuple[date, date] | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)

        self.saved = SavedFiltersBox(state, parent=body)
        layout.addWidget(self.saved)

        self.area_row = QWidget(body)
        self.area_row.setObjectName("areaFilter")
        area_layout = QHBoxLayout(self.area_row)
        area_layout.setContentsMargins(0, 0, 0, 0)
        self.area_label = QLabel(self.area_row)
        self.area_label.setObjectName("areaFilterLabel")
        self.area_label.setWordWrap(True)
        self.area_clear = QToolButton(self.area_row)
        self.area_clear.setObjectName("clearAreaFilter")
        self.area_clear.setText(self.tr("Clear area"))
        self.area_clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        if not self.area_clear.icon().isNull():  # the label keeps the width; the icon says it, the tooltip too
            self.area_clear.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.area_clear.setAccessibleName(self.tr("Clear area"))
        self.area_clear.setToolTip(self.tr("Clear area: stop filtering by the box drawn on the map"))
        area_layout.addWidget(self.area_label, 1)
        area_layout.addWidget(self.area_clear)
        self.area_row.setVisible(False)
        layout.addWidget(self.area_row)

        dates = QGroupBox(self.tr("Dates (local time of the reporting country)"), body)
        form = QFormLayout(dates)
        self.from_check = QCheckBox(self.tr("From"), dates)
        self.from_edit = QDateEdit(dates)
        self.to_check = QCheckBox(self.tr("To"), dates)
        self.to_edit = QDateEdit(dates)
        for edit in (self.from_edit, self.to_edit):
            if QLocale().language() == QLocale.Language.C:
                edit.setDisplayFormat("yyyy-MM-dd")  # Qt's "C" short format is odd (see ui.text.formats)
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.setDate(QDate.currentDate())
        form.addRow(self.from_check, self.from_edit)
        form.addRow(self.to_check, self.to_edit)
        layout.addWidget(dates)

        self.country_boxes = self._group(body, layout, self.tr("Countries"),
                                         [(c, country_label(c)) for c in COUNTRIES], columns=3)
        self.type_boxes = self._group(body, layout, self.tr("Incident types"),
                                      [(t, type_label(t)) for t in TYPES], columns=2)
        self.status_boxes = self._group(body, layout, self.tr("Statuses"),
                                        [(s, status_label(s)) for s in STATUSES], columns=3)

        self.text_edit = QLineEdit(body)
        self.text_edit.setObjectName("filterText")
        self.text_edit.setPlaceholderText(self.tr("Text in description, source, sector, nationality"))
        self.text_edit.setClearButtonEnabled(True)
        layout.addWidget(self.text_edit)
        buttons = QHBoxLayout()
        self.zoom_button = QPushButton(self.tr("Zoom to results"), body)
        self.zoom_button.setObjectName("zoomToResultsButton")
        self.zoom_button.setToolTip(self.tr("Fit the map to the incidents in the filter"))
        self.clear_button = QPushButton(self.tr("Clear filter"), body)
        buttons.addWidget(self.zoom_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._push)
        self.text_edit.textEdited.connect(lambda _t: self._text_timer.start())
        self.text_edit.returnPressed.connect(self._push)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._dates_toggled)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self._push())
        for boxes in (self.country_boxes, self.type_boxes, self.status_boxes):
            for box in boxes.values():
                box.toggled.connect(self._push)
        self.clear_button.clicked.connect(self._clear)
        self.area_clear.clicked.connect(lambda: self._state.update_filter(bbox=None))
        self.zoom_button.clicked.connect(self.zoomToResults.emit)

        state.filterChanged.connect(self.show_filter)
        state.storeChanged.connect(self._store_changed)
        self._store_changed(state.store)
        refresh_on_language_change(self, lambda: self._show_area(self._state.filter.bbox))

    def _group(self, body, layout, title, items, columns):
        group = ChoiceGroup(title, columns, body)  # as many columns as the names of the language fit
        boxes = {}
        for value, label in items:
            box = group.add_box(label)
            box.setObjectName(f"filter_{value.value}")
            box.setChecked(True)
            boxes[value] = box
        layout.addWidget(group)
        return boxes

    def _store_changed(self, store: IncidentStore | None) -> None:
        """Take the first and last day of the store's incidents as the dates offered when a date is unset."""
        self._extent = None
        if store is not None:
            days = store.daily_counts(IncidentFilter()).days
            if days:
                self._extent = (days[0], days[-1])
        self.show_filter(self._state.filter)

    # -- widgets -> state ---------------------------------------------------------------
    def _dates_toggled(self, _on: bool) -> None:
        self.from_edit.setEnabled(self.from_check.isChecked())
        self.to_edit.setEnabled(self.to_check.isChecked())
        self._push()

    @staticmethod
    def _chosen(boxes: dict) -> frozenset:
        checked = frozenset(v for v, box in boxes.items() if box.isChecked())
        return frozenset() if len(checked) in (0, len(boxes)) else checked

    def filter_from_widgets(self) -> IncidentFilter:
        date_from = _pydate(self.from_edit.date()) if self.from_check.isChecked() else None
        date_to = _pydate(self.to_edit.date()) if self.to_check.isChecked() else None
        if date_from and date_to and date_to < date_from:
            date_to = date_from
        return self._state.filter.with_changes(
            date_from=date_from, date_to=date_to,
            countries=self._chosen(self.country_boxes), types=self._chosen(self.type_boxes),
            statuses=self._chosen(self.status_boxes), text=self.text_edit.text())

    def _push(self, *_args) -> None:
        self._text_timer.stop()
        self._state.set_filter(self.filter_from_widgets())

    def _clear(self) -> None:
        self._state.set_filter(IncidentFilter(bbox=self._state.filter.bbox,
                                              include_deleted=self._state.filter.include_deleted))

    def _show_area(self, bbox) -> None:
        if bbox is None:
            self.area_label.clear()
            self.area_row.setVisible(False)
            return
        self.area_label.setText(self.tr("Area: %1").replace("%1", area_text(bbox)))
        self.area_row.setVisible(True)

    # -- state -> widgets ---------------------------------------------------------------
    def show_filter(self, flt: IncidentFilter) -> None:
        self._show_area(flt.bbox)
        widgets = [self.from_check, self.to_check, self.from_edit, self.to_edit, self.text_edit,
                   *self.country_boxes.values(), *self.type_boxes.values(), *self.status_boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        try:
            self.from_check.setChecked(flt.date_from is not None)
            self.to_check.setChecked(flt.date_to is not None)
            self.from_edit.setEnabled(flt.date_from is not None)
            self.to_edit.setEnabled(flt.date_to is not None)
            extent = self._extent
            if flt.date_from is not None or extent:
                self.from_edit.setDate(_qdate(flt.date_from or extent[0]))
            if flt.date_to is not None or extent:
                self.to_edit.setDate(_qdate(flt.date_to or extent[1]))
            for boxes, chosen in ((self.country_boxes, flt.countries), (self.type_boxes, flt.types),
                                  (self.status_boxes, flt.statuses)):
                for value, box in boxes.items():
                    box.setChecked(not chosen or value in chosen)
            if not self._text_timer.isActive() and self.text_edit.text().strip() != flt.text:
                self.text_edit.setText(flt.text)
        finally:
            for w in widgets:
                w.blockSignals(False)
