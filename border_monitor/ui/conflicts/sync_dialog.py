"""File > Sync now...: what to sync the open store with.

Three ways: sync both ways with another store (a GeoPackage file), apply a ``.bmsync`` package brought on
removable media, or write a package to take to another store. A package may be encrypted with a passphrase
(typed here, never kept).
"""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

MODES = ("store", "import", "export")


class SyncDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, peers: list[str] | None = None):
        super().__init__(parent)
        self.setObjectName("SyncDialog")
        self.setWindowTitle(self.tr("Sync now"))
        self.modes = QButtonGroup(self)
        self.radios = {
            "store": QRadioButton(self.tr("Sync both ways with another store"), self),
            "import": QRadioButton(self.tr("Apply a sync package (.bmsync)"), self),
            "export": QRadioButton(self.tr("Write a sync package for another store"), self),
        }
        layout = QVBoxLayout(self)
        for k, (mode, radio) in enumerate(self.radios.items()):
            radio.setObjectName(f"syncMode_{mode}")
            self.modes.addButton(radio, k)
            layout.addWidget(radio)
        self.radios["store"].setChecked(True)
        form = QFormLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("syncPath")
        browse = QPushButton(self.tr("Browse..."), self)
        browse.clicked.connect(lambda _checked=False: self._browse())
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.path_label = QLabel(self)
        form.addRow(self.path_label, row)
        self.peer_edit = QLineEdit(self)
        self.peer_edit.setObjectName("syncPeer")
        self.peer_edit.setPlaceholderText(self.tr("the other store's file name, e.g. central.gpkg"))
        if peers:
            self.peer_edit.setText(peers[0])
        self.peer_label = QLabel(self.tr("For the store:"), self)
        form.addRow(self.peer_label, self.peer_edit)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("syncPassphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("empty: not encrypted"))
        self.passphrase_label = QLabel(self.tr("Passphrase:"), self)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        layout.addLayout(form)
        self.note = QLabel(self.tr("Edits of different fields merge; the same field changed on both sides, or a "
                                   "delete on one side and an edit on the other, are listed in the Conflicts panel."),
                           self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sync"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.modes.idToggled.connect(lambda _id, _on: self._mode_changed())
        self.path_edit.textChanged.connect(lambda _text: self._mode_changed())
        self._mode_changed()
        self.resize(520, self.sizeHint().height())

    @property
    def mode(self) -> str:
        return MODES[max(0, self.modes.checkedId())]

    def set_mode(self, mode: str) -> None:
        self.radios[mode].setChecked(True)

    @property
    def path(self) -> str:
        return self.path_edit.text().strip()

    @property
    def peer(self) -> str:
        return self.peer_edit.text().strip()

    @property
    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() or None

    def _mode_changed(self) -> None:
        mode = self.mode
        self.path_label.setText({"store": self.tr("Other store:"), "import": self.tr("Package:"),
                                 "export": self.tr("Write to:")}[mode])
        for widget in (self.peer_edit, self.peer_label):
            widget.setVisible(mode == "export")
        for widget in (self.passphrase_edit, self.passphrase_label):
            widget.setVisible(mode != "store")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path))

    def _browse(self) -> None:
        mode = self.mode
        if mode == "store":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Store to sync with"), "",
                                                  self.tr("GeoPackage stores (*.gpkg)"))
        elif mode == "import":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Sync package"), "",
                                                  self.tr("Sync packages (*.bmsync)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Write the sync package"), "",
                                                  self.tr("Sync packages (*.bmsync)"))
        if path:
            self.path_edit.setText(path)
