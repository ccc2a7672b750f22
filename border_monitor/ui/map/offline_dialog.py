"""The dialog of File > Make a base map available offline...: which online layer (XYZ or WMTS), which area (the map's
view or the border strip), which zooms, the file; the tile count and size are estimated as the choice
changes, and a job over the limit (which the user may raise) cannot be started."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ...basemap import border_strip
from ...basemap.errors import BasemapError
from ...basemap.tile_download import DEFAULT_LIMIT, DEFAULT_RATE, TileJob, plan
from .online_layers import OnlineLayer


class OfflineDialog(QDialog):
    def __init__(self, layers: list[OnlineLayer], view_bounds, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OfflineDialog")
        self.setWindowTitle(self.tr("Make a base map available offline"))
        self.job: TileJob | None = None
        self._layers = list(layers)
        self._view = view_bounds
        self._strip = tuple(float(v) for v in border_strip.strip().bounds)

        self.layer_combo = QComboBox(self)
        for layer in self._layers:
            self.layer_combo.addItem(layer.name)
        self.view_radio = QRadioButton(self.tr("The map's current &view"), self)
        self.strip_radio = QRadioButton(self.tr("The border &strip (±50 km of the Belarus border)"), self)
        group = QButtonGroup(self)
        group.addButton(self.view_radio)
        group.addButton(self.strip_radio)
        (self.view_radio if view_bounds else self.strip_radio).setChecked(True)
        self.view_radio.setEnabled(view_bounds is not None)
        self.min_zoom = QSpinBox(self)
        self.max_zoom = QSpinBox(self)
        for spin, value in ((self.min_zoom, 6), (self.max_zoom, 12)):
            spin.setRange(0, 19)
            spin.setValue(value)
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setRange(1, 2_000_000)
        self.limit_spin.setSingleStep(5000)
        self.limit_spin.setValue(DEFAULT_LIMIT)
        self.limit_spin.setGroupSeparatorShown(True)
        self.limit_spin.setToolTip(self.tr("The largest job allowed, in tiles; tile servers ask users not to "
                                           "download large areas."))
        self.rate_spin = QDoubleSpinBox(self)
        self.rate_spin.setRange(0.1, 10.0)
        self.rate_spin.setDecimals(1)
        self.rate_spin.setValue(DEFAULT_RATE)
        self.rate_spin.setSuffix(self.tr(" per second"))
        self.file_edit = QLineEdit(str(Path(folder) / "offline-base-map.mbtiles"), self)
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.min_zoom)
        zoom_row.addWidget(QLabel(self.tr("to"), self))
        zoom_row.addWidget(self.max_zoom)
        zoom_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Online base map:"), self.layer_combo)
        form.addRow(self.tr("Area:"), self.view_radio)
        form.addRow("", self.strip_radio)
        zoom_label = QLabel(self.tr("&Zoom levels:"), self)
        zoom_label.setBuddy(self.min_zoom)
        form.addRow(zoom_label, zoom_row)
        form.addRow(self.tr("&Limit (tiles):"), self.limit_spin)
        form.addRow(self.tr("&Requests at most:"), self.rate_spin)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.estimate_label = QLabel(self)
        self.estimate_label.setObjectName("offlineEstimate")
        self.estimate_label.setWordWrap(True)
        note = QLabel(self.tr("Tiles already in the file are not fetched again: a job that was cut off goes on "
                              "where it stopped. The server's attribution is kept in the file."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Download"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.estimate_label)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.layer_combo.currentIndexChanged.connect(self._zoom_range)
        self._zoom_range()
        for signal in (self.layer_combo.currentIndexChanged, self.min_zoom.valueChanged, self.max_zoom.valueChanged,
                       self.limit_spin.valueChanged, self.rate_spin.valueChanged, self.view_radio.toggled,
                       self.file_edit.textChanged):
            signal.connect(self._estimate)
        self._estimate()

    def current_job(self) -> TileJob:
        layer = self._layers[self.layer_combo.currentIndex()]
        bbox = self._view if self.view_radio.isChecked() and self._view else self._strip
        low, high = self.min_zoom.value(), self.max_zoom.value()
        return TileJob(url=layer.url, bbox=tuple(bbox), zooms=range(min(low, high), max(low, high) + 1),
                       out=Path(self.file_edit.text().strip()), attribution=layer.attribution, name=layer.name,
                       limit=self.limit_spin.value(), rate=self.rate_spin.value(), wmts=layer.wmts)

    def _zoom_range(self, *_args) -> None:
        """The zoom spins offer what the layer has: a WMTS layer's tile matrices, else 0-19."""
        layer = self._layers[self.layer_combo.currentIndex()] if self._layers else None
        low, high = (layer.wmts.min_zoom, min(layer.wmts.max_zoom, 19)) if layer and layer.wmts else (0, 19)
        for spin in (self.min_zoom, self.max_zoom):
            spin.setRange(low, high)

    def _estimate(self, *_args) -> bool:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            job = self.current_job()
            if not job.out.name.lower().endswith(".mbtiles"):
                raise BasemapError(self.tr("Give a file name ending in .mbtiles."))
            found = plan(job)
        except BasemapError as exc:
            self.estimate_label.setStyleSheet("color: #b00020;")
            self.estimate_label.setText(str(exc))
            ok.setEnabled(False)
            return False
        minutes = max(1, round(found.to_fetch / job.rate / 60))
        text = (self.tr("%1 tiles, about %2 MB; about %3 min at this rate.")
                .replace("%1", f"{found.tiles:,}").replace("%2", f"{found.estimated_bytes / 1e6:.1f}")
                .replace("%3", str(minutes)))
        if found.present:
            text += " " + self.tr("%1 of them are in the file already.").replace("%1", f"{found.present:,}")
        self.estimate_label.setStyleSheet("")
        self.estimate_label.setText(text)
        ok.setEnabled(True)
        return True

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Offline base map file"), self.file_edit.text(),
                                              self.tr("MBTiles (*.mbtiles)"))
        if path:
            self.file_edit.setText(path if path.lower().endswith(".mbtiles") else path + ".mbtiles")

    def accept(self) -> None:  # noqa: D102 (Qt override)
        if not self._estimate():
            return
        self.job = self.current_job()
        super().accept()
