"""The dialog of File > Add online base map...: an XYZ tile address, or a WMTS service.

XYZ: name, tile address, attribution, optional maximum zoom. WMTS: the service's GetCapabilities address,
read (off the UI thread, only when the user presses Read) into its layers; the user picks the layer, its
style, format, tile matrix set and request encoding, and the dialog says which zooms the map gets or, for
a layer with no web-Mercator set, why it cannot be drawn. Name and attribution are filled from the
capabilities (layer title; service provider and title) and stay editable.

OK checks the fields (``online_layers.OnlineLayer.checked``); a wrong one keeps the dialog open with
the sentence that says what is wrong, and the cursor in that field.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from ...basemap import wmts
from ...basemap.errors import BasemapError
from ..workers import Worker, start
from .online_layers import MAX_ZOOM, OnlineLayer, OnlineLayerError

log = logging.getLogger(__name__)


def _read_capabilities(url: str, *, progress=None, cancel=None) -> wmts.Capabilities:
    return wmts.fetch(url)


class OnlineLayerDialog(QDialog):
    capabilities_read = Signal(bool)  # the WMTS capabilities were read (True) or could not be (False)

    def __init__(self, taken_names: tuple[str, ...] | list[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OnlineLayerDialog")
        self.setWindowTitle(self.tr("Add an online base map"))
        self.layer: OnlineLayer | None = None
        self.capabilities: wmts.Capabilities | None = None
        self.source: wmts.WmtsSource | None = None  # the chosen WMTS layer, resolved
        self.worker: Worker | None = None
        self._taken = tuple(taken_names)
        self._auto = {"name": "", "attribution": ""}  # what the capabilities filled in (replaced, not the user's)

        self.xyz_radio = QRadioButton(self.tr("&XYZ tiles"), self)
        self.wmts_radio = QRadioButton(self.tr("&WMTS service"), self)
        self.xyz_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.xyz_radio)
        kinds.addButton(self.wmts_radio)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.xyz_radio)
        kind_row.addWidget(self.wmts_radio)
        kind_row.addStretch(1)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. OpenStreetMap"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://tile.example.org/{z}/{x}/{y}.png")
        self.url_edit.setMinimumWidth(420)
        self.attribution_edit = QLineEdit(self)
        self.attribution_edit.setPlaceholderText(self.tr("e.g. © OpenStreetMap contributors"))
        self.max_zoom_spin = QSpinBox(self)
        self.max_zoom_spin.setRange(0, MAX_ZOOM)
        self.max_zoom_spin.setSpecialValueText(self.tr("as the map (%1)").replace("%1", str(MAX_ZOOM)))
        self.max_zoom_spin.setToolTip(self.tr("The deepest zoom the server has tiles for; the map enlarges "
                                              "those tiles beyond it."))

        self.capabilities_edit = QLineEdit(self)
        self.capabilities_edit.setPlaceholderText("https://wmts.example.org/1.0.0/WMTSCapabilities.xml")
        self.capabilities_edit.setMinimumWidth(420)
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.setToolTip(self.tr("Fetch the service's capabilities: its layers, styles, formats and "
                                            "tile matrix sets"))
        self.read_button.clicked.connect(self.read_capabilities)
        self.capabilities_edit.returnPressed.connect(self.read_capabilities)
        capabilities_row = QHBoxLayout()
        capabilities_row.addWidget(self.capabilities_edit, 1)
        capabilities_row.addWidget(self.read_button)
        self._capabilities_row = QWidget(self)
        self._capabilities_row.setLayout(capabilities_row)
        capabilities_row.setContentsMargins(0, 0, 0, 0)
        self.layer_combo = QComboBox(self)
        self.style_combo = QComboBox(self)
        self.format_combo = QComboBox(self)
        self.set_combo = QComboBox(self)
        self.encoding_combo = QComboBox(self)
        self.wmts_status = QLabel(self)
        self.wmts_status.setObjectName("wmtsStatus")
        self.wmts_status.setWordWrap(True)
        self.wmts_status.setMinimumWidth(420)

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), kind_row)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Tile &address:"), self.url_edit)
        form.addRow(self.tr("&Capabilities:"), self._capabilities_row)
        form.addRow(self.tr("&Layer:"), self.layer_combo)
        form.addRow(self.tr("&Style:"), self.style_combo)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("T&ile matrix set:"), self.set_combo)
        form.addRow(self.tr("Re&quests:"), self.encoding_combo)
        form.addRow("", self.wmts_status)
        form.addRow(self.tr("A&ttribution:"), self.attribution_edit)
        form.addRow(self.tr("&Maximum zoom:"), self.max_zoom_spin)
        self._form = form
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("onlineLayerError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.wmts_radio.toggled.connect(self._show_kind)
        self.layer_combo.currentIndexChanged.connect(self._layer_changed)
        for combo in (self.style_combo, self.format_combo, self.set_combo, self.encoding_combo):
            combo.currentIndexChanged.connect(self._resolve)
        self.format_combo.currentIndexChanged.connect(self._fill_encodings)
        self._show_kind()

    # -- kind ----------------------------------------------------------------------------------------
    def _show_kind(self, *_args) -> None:
        wmts_kind = self.wmts_radio.isChecked()
        for widget in (self._capabilities_row, self.layer_combo, self.style_combo, self.format_combo, self.set_combo,
                       self.encoding_combo, self.wmts_status):
            self._form.setRowVisible(widget, wmts_kind)
        for widget in (self.url_edit, self.max_zoom_spin):
            self._form.setRowVisible(widget, not wmts_kind)
        if wmts_kind:
            self.note.setText(self.tr("The map draws WMTS layers in web Mercator (EPSG:3857, the GoogleMapsCompatible "
                                      "scales). Press Read to fetch the capabilities; the map fetches tiles only while "
                                      "you have chosen this base map in the map's layer control."))
        else:
            self.note.setText(self.tr("The address needs {z}, {x} and {y} (and may use {s}). The map fetches tiles "
                                      "from it only while you have chosen this base map in the map's layer control."))
        self.error_label.hide()
        self.adjustSize()

    # -- WMTS ----------------------------------------------------------------------------------------
    def read_capabilities(self) -> Worker | None:
        """Fetch the capabilities of the address the user typed, off the UI thread."""
        url = self.capabilities_edit.text().strip()
        if not url:
            self._status(self.tr("Give the address of the service's capabilities (GetCapabilities)."), error=True)
            self.capabilities_read.emit(False)
            return None
        self.read_button.setEnabled(False)
        self._status(self.tr("Reading the capabilities..."))
        worker = Worker(_read_capabilities, url)
        worker.signals.finished.connect(self._capabilities_arrived)
        worker.signals.failed.connect(self._capabilities_failed)
        self.worker = start(worker)
        return worker

    def _capabilities_arrived(self, capabilities: wmts.Capabilities) -> None:
        self.read_button.setEnabled(True)
        self.capabilities = capabilities
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for layer in capabilities.layers:
            text = f"{layer.title} ({layer.identifier})" if layer.title and layer.title != layer.identifier \
                else layer.identifier
            if not capabilities.usable_sets(layer):
                text += " " + self.tr("(not in web Mercator)")
            self.layer_combo.addItem(text, layer.identifier)
        usable = [i for i, layer in enumerate(capabilities.layers) if capabilities.usable_sets(layer)]
        self.layer_combo.setCurrentIndex(usable[0] if usable else 0)
        self.layer_combo.blockSignals(False)
        self._layer_changed()
        self.capabilities_read.emit(True)

    def _capabilities_failed(self, exc) -> None:
        self.read_button.setEnabled(True)
        self.capabilities = None
        self.source = None
        self.layer_combo.clear()
        for combo in (self.style_combo, self.format_combo, self.set_combo, self.encoding_combo):
            combo.clear()
        self._status(str(exc) if isinstance(exc, BasemapError) else
                     self.tr("The capabilities cannot be read: %1").replace("%1", str(exc)), error=True)
        self.capabilities_read.emit(False)

    def _layer_changed(self, *_args) -> None:
        caps = self.capabilities
        if caps is None or self.layer_combo.currentIndex() < 0:
            return
        layer = caps.layer(self.layer_combo.currentData())
        self.style_combo.clear()
        for style in layer.styles or ("",):
            self.style_combo.addItem(style or self.tr("(none)"), style)
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(layer.default_style)))
        rest = [u.format for u in layer.resource_urls if u.resource_type.lower() == "tile"]
        self.format_combo.clear()
        for fmt in dict.fromkeys([*layer.formats, *rest]):
            self.format_combo.addItem(fmt, fmt)
        preferred = next((i for i in range(self.format_combo.count())
                          if self.format_combo.itemData(i) in ("image/png", "image/jpeg")), 0)
        self.format_combo.setCurrentIndex(preferred)
        self.set_combo.clear()
        usable = caps.usable_sets(layer)
        for name in usable:
            zooms = caps.matrix_sets[name].web_mercator_zooms()
            self.set_combo.addItem(self.tr("%1 (zooms %2-%3)").replace("%1", name).replace("%2", str(min(zooms)))
                                   .replace("%3", str(max(zooms))), name)
        for name in layer.matrix_sets:
            if name not in usable:
                tms = caps.matrix_sets.get(name)
                self.set_combo.addItem(self.tr("%1: not web Mercator").replace("%1", tms.describe() if tms else name),
                                       name)
        self._fill_encodings()
        self._fill_auto(self.name_edit, "name", layer.title or layer.identifier)
        self._fill_auto(self.attribution_edit, "attribution", caps.attribution)

    def _fill_encodings(self, *_args) -> None:
        caps = self.capabilities
        if caps is None or self.layer_combo.currentIndex() < 0:
            return
        layer = caps.layer(self.layer_combo.currentData())
        fmt = self.format_combo.currentData()
        rest = {u.format for u in layer.resource_urls if u.resource_type.lower() == "tile"}
        self.encoding_combo.clear()
        if fmt in rest:
            self.encoding_combo.addItem(self.tr("RESTful (tile address template)"), "rest")
        if caps.kvp_url:
            self.encoding_combo.addItem(self.tr("KVP (GetTile requests)"), "kvp")
        self._resolve()

    def _fill_auto(self, edit: QLineEdit, key: str, value: str) -> None:
        """Fill ``edit`` from the capabilities unless the user typed something of their own."""
        if not edit.text().strip() or edit.text() == self._auto[key]:
            edit.setText(value)
        self._auto[key] = value

    def _resolve(self, *_args) -> None:
        caps = self.capabilities
        self.source = None
        if caps is None or self.layer_combo.currentIndex() < 0:
            return
        try:
            self.source = caps.resolve(self.layer_combo.currentData(), style=self.style_combo.currentData(),
                                       format=self.format_combo.currentData(),
                                       matrix_set=self.set_combo.currentData()
                                       if self.set_combo.currentIndex() >= 0 else None,
                                       encoding=self.encoding_combo.currentData())
        except BasemapError as exc:
            self._status(str(exc), error=True)
            return
        how = self.tr("RESTful") if self.source.encoding == "rest" else self.tr("KVP")
        self._status(self.tr("The map gets this layer at zooms %1-%2 (%3 requests).")
                     .replace("%1", str(self.source.min_zoom)).replace("%2", str(self.source.max_zoom))
                     .replace("%3", how))

    def _status(self, text: str, error: bool = False) -> None:
        self.wmts_status.setStyleSheet("color: #b00020;" if error else "")
        self.wmts_status.setText(text)
        self.layout().activate()  # a longer sentence takes more lines: the dialog grows to show it whole
        self.adjustSize()

    # -- OK ------------------------------------------------------------------------------------------
    def accept(self) -> None:  # noqa: D102 (Qt override)
        fields = {"name": self.name_edit, "attribution": self.attribution_edit, "max_zoom": self.max_zoom_spin,
                  "url": self.capabilities_edit if self.wmts_radio.isChecked() else self.url_edit}
        try:
            if self.wmts_radio.isChecked():
                if self.source is None:
                    raise OnlineLayerError("url", self.wmts_status.text() if self.capabilities is not None and
                                           self.wmts_status.text() else
                                           self.tr("Read the service's capabilities and choose a layer the map can "
                                                   "draw."))
                self.layer = OnlineLayer.checked(self.name_edit.text(), self.source.template,
                                                 self.attribution_edit.text(),
                                                 max(1, min(self.source.max_zoom, MAX_ZOOM)),
                                                 taken_names=self._taken, wmts=self.source)
            else:
                self.layer = OnlineLayer.checked(self.name_edit.text(), self.url_edit.text(),
                                                 self.attribution_edit.text(), self.max_zoom_spin.value() or None,
                                                 taken_names=self._taken)
        except OnlineLayerError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.adjustSize()
            fields[exc.field].setFocus()
            return
        super().accept()
