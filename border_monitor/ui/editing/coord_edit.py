"""A position entry: coordinate text in a chosen system, read live into WGS 84.

The user types (or pastes) a position as written on their map or GPS: decimal degrees, degrees
minutes seconds, MGRS, UTM or a national grid (northing first). The line edit is read in the
system of the combo box (``geo.coords.crs.parse``); switching the system rewrites the position read so
far in the new system, so a position can be converted by choosing another system. A read-out below
shows the WGS 84 position the text was read as, so a swapped axis is seen at once.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...geo.coords import crs
from ...geo.coords.errors import CoordinateError
from ..text.system_texts import system_label

log = logging.getLogger(__name__)

#: The systems offered in the form, in this order (LAEA stays available to the CLI).
FORM_SYSTEMS = ("wgs84", "dms", "mgrs", "utm34n", "utm35n", "lks94", "lks2020", "lks92", "pl1992", "pl2000z7",
                "pl2000z8")


class CoordinateEdit(QWidget):
    """Line edit + system combo. ``positionChanged(object)`` emits ``(lon, lat)`` or ``None``."""

    positionChanged = Signal(object)
    systemChanged = Signal(str)
    changed = Signal()  # after every reading of the text (position or error may be new)

    def __init__(self, system: str = "wgs84", parent: QWidget | None = None):
        super().__init__(parent)
        self._position: tuple[float, float] | None = None
        self._error: CoordinateError | None = None
        self.line = QLineEdit(self)
        self.line.setObjectName("coordinateText")
        self.line.setClearButtonEnabled(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("coordinateSystem")
        for name in FORM_SYSTEMS:
            self.combo.addItem(system_label(name), name)
            self.combo.setItemData(self.combo.count() - 1, self.tr("Written as: {0}").format(
                self._axes_hint(name)), Qt.ItemDataRole.ToolTipRole)
        self.readout = QLabel(self)
        self.readout.setObjectName("coordinateReadout")
        self.readout.setStyleSheet("color: palette(mid);")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.combo)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.readout)
        index = self.combo.findData(system if system in FORM_SYSTEMS else "wgs84")
        self.combo.setCurrentIndex(max(index, 0))
        self._update_placeholder()
        self.line.textChanged.connect(self._read)
        self.combo.currentIndexChanged.connect(self._system_switched)
        self._read()

    # -- reading ------------------------------------------------------------------------
    def system(self) -> str:
        return str(self.combo.currentData())

    def position(self) -> tuple[float, float] | None:
        """(lon, lat) in WGS 84, or None when the text cannot be read (see ``error``)."""
        return self._position

    def error(self) -> CoordinateError | None:
        """The coordinate reader's error for the current text (its code and values, its English sentence as
        ``str()``); None when empty or read."""
        return self._error

    def text(self) -> str:
        return self.line.text()

    # -- changing -----------------------------------------------------------------------
    def set_position(self, lon: float, lat: float) -> None:
        """Show a WGS 84 position, written in the current system."""
        try:
            text = crs.format(lon, lat, self.system())
        except CoordinateError as exc:
            log.info("position %s, %s cannot be written in %s: %s", lon, lat, self.system(), exc)
            text = crs.format(lon, lat, "wgs84")
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(self.combo.findData("wgs84"))
            self.combo.blockSignals(False)
            self._update_placeholder()
        self.line.blockSignals(True)
        self.line.setText(text)
        self.line.blockSignals(False)
        # Keep the exact position (the text is rounded to the system's precision).
        self._set(float(lon), float(lat), None)

    def set_system(self, name: str) -> None:
        index = self.combo.findData(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    # -- internals ------------------------------------------------------------------------
    def _read(self) -> None:
        text = self.line.text().strip()
        if not text:
            self._set(None, None, None)
            return
        try:
            lon, lat = crs.parse(text, self.system())
        except CoordinateError as exc:
            self._set(None, None, exc)
            return
        self._set(lon, lat, None)

    def _set(self, lon, lat, error: CoordinateError | None) -> None:
        position = None if lon is None else (lon, lat)
        self._error = error
        if position is None:
            self.readout.setText("")
        else:
            self.readout.setText(self.tr("WGS 84: {0}").format(crs.format(lon, lat, "wgs84")))
        if position != self._position:
            self._position = position
            self.positionChanged.emit(position)
        self.changed.emit()

    def _system_switched(self) -> None:
        self._update_placeholder()
        if self._position is not None:
            lon, lat = self._position
            try:
                text = crs.format(lon, lat, self.system())
            except CoordinateError as exc:
                self._set(None, None, exc)
            else:
                self.line.blockSignals(True)
                self.line.setText(text)
                self.line.blockSignals(False)
                self._set(lon, lat, None)
        else:
            self._read()
        self.systemChanged.emit(self.system())

    def _update_placeholder(self) -> None:
        self.line.setPlaceholderText(self._axes_hint(self.system()))

    def _axes_hint(self, name: str) -> str:
        examples = {
            "wgs84": "54.686800, 25.285600",
            "dms": "54°41'12.5\"N 25°17'08.2\"E",
            "mgrs": "35U LA 89485 61289",
        }
        if name in examples:
            return examples[name]
        system = crs.get_system(name)
        if system.is_grid:  # the order the grid's maps print, in the user's words
            return self.tr("northing easting") if system.northing_first else self.tr("easting northing")
        return system.axis_text
