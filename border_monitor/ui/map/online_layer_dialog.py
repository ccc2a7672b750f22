"""The dialog of File > Add online base map...: name, tile address, attribution, optional maximum zoom.

OK checks the fields (``online_layers.OnlineLayer.checked``); a wrong one keeps the dialog open with
the sentence that says what is wrong, and the cursor in that field.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from .online_layers import MAX_ZOOM, OnlineLayer, OnlineLayerError
from ..failure_text import failure_text


class OnlineLayerDialog(QDialog):
    def __init__(self, taken_names: tuple[str, ...] | list[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OnlineLayerDialog")
        self.setWindowTitle(self.tr("Add an online base map"))
        self.layer: OnlineLayer | None = None
        self._taken = tuple(taken_names)

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

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Tile &address:"), self.url_edit)
        form.addRow(self.tr("A&ttribution:"), self.attribution_edit)
        form.addRow(self.tr("&Maximum zoom:"), self.max_zoom_spin)
        note = QLabel(self.tr("The address needs {z}, {x} and {y} (and may use {s}). The map fetches tiles from "
                              "it only while you have chosen this base map in the map's layer control."), self)
        note.setWordWrap(True)
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
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fields = {"name": self.name_edit, "url": self.url_edit, "attribution": self.attribution_edit,
                        "max_zoom": self.max_zoom_spin}

    def accept(self) -> None:  # noqa: D102 (Qt override)
        zoom = self.max_zoom_spin.value()
        try:
            self.layer = OnlineLayer.checked(self.name_edit.text(), self.url_edit.text(), self.attribution_edit.text(),
                                             zoom or None, taken_names=self._taken)
        except OnlineLayerError as exc:
            self.error_label.setText(failure_text(exc, worded=True))
            self.error_label.show()
            self._fields[exc.field].setFocus()
            return
        super().accept()
