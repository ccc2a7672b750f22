"""The dialog of File > TAK connection...: the settings of ``tak send`` / ``tak listen`` (server, client
certificate, key, CA, password, affiliation policy, stale time, send and receive), Connect or Disconnect."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ...domain.errors import BorderMonitorError
from ...tak.cot_types import Affiliation
from .settings import TakSettings
from ..failure_text import failure_text


class TakDialog(QDialog):
    def __init__(self, current: TakSettings, connected: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TakDialog")
        self.setWindowTitle(self.tr("TAK connection"))
        self.settings: TakSettings | None = None
        self.disconnect_requested = False

        self.server_edit = QLineEdit(current.server, self)
        self.server_edit.setPlaceholderText("tcp://tak.example:8087, tls://tak.example:8089, udp://239.2.3.1:6969")
        self.server_edit.setMinimumWidth(380)
        self.cert_edit, cert_row = self._file_row(current.cert, self.tr("Client certificate (*.p12 *.pfx *.pem)"))
        self.key_edit, key_row = self._file_row(current.key, self.tr("Private key (*.pem *.key)"))
        self.ca_edit, ca_row = self._file_row(current.ca, self.tr("CA certificate (*.pem *.crt)"))
        self.password_edit = QLineEdit(current.password, self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setToolTip(self.tr("The password of the .p12 file or of the key; it is not saved."))
        self.affiliation_combo = QComboBox(self)
        names = {
            Affiliation.PENDING: self.tr("pending"), Affiliation.UNKNOWN: self.tr("unknown"),
            Affiliation.ASSUMED_FRIEND: self.tr("assumed friend"), Affiliation.FRIEND: self.tr("friend"),
            Affiliation.NEUTRAL: self.tr("neutral"), Affiliation.SUSPECT: self.tr("suspect"),
            Affiliation.HOSTILE: self.tr("hostile"),
        }
        for member, label in names.items():
            self.affiliation_combo.addItem(label, member.name.lower().replace("_", "-"))
        at = self.affiliation_combo.findData(current.affiliation)
        self.affiliation_combo.setCurrentIndex(at if at >= 0 else 1)
        self.stale_spin = QDoubleSpinBox(self)
        self.stale_spin.setRange(0.1, 24 * 30)
        self.stale_spin.setDecimals(1)
        self.stale_spin.setValue(current.stale_hours)
        self.stale_spin.setSuffix(self.tr(" hours"))
        self.send_check = QCheckBox(self.tr("&Send the incidents of the current filter, then every change"), self)
        self.send_check.setChecked(current.send)
        self.receive_check = QCheckBox(self.tr("&Receive markers as incidents (status “reported”)"), self)
        self.receive_check.setChecked(current.receive)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.server_edit)
        for text, edit, row in ((self.tr("&Certificate:"), self.cert_edit, cert_row),
                                (self.tr("&Key:"), self.key_edit, key_row), (self.tr("C&A:"), self.ca_edit, ca_row)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, row)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Affiliation of tracks:"), self.affiliation_combo)
        form.addRow(self.tr("S&tale after:"), self.stale_spin)
        form.addRow("", self.send_check)
        form.addRow("", self.receive_check)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("takError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Reconnect") if connected else self.tr("&Connect"))
        self.disconnect_button = self.buttons.addButton(self.tr("&Disconnect"), QDialogButtonBox.ButtonRole.ResetRole)
        self.disconnect_button.setEnabled(connected)
        self.disconnect_button.clicked.connect(self._disconnect)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _file_row(self, text: str, filter_text: str) -> tuple[QLineEdit, QHBoxLayout]:
        edit = QLineEdit(text, self)
        button = QPushButton(self.tr("Browse..."), self)
        button.clicked.connect(lambda: self._browse(edit, filter_text))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return edit, row

    def _browse(self, edit: QLineEdit, filter_text: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), edit.text(), filter_text)
        if path:
            edit.setText(path)

    def current(self) -> TakSettings:
        return replace(TakSettings(), server=self.server_edit.text().strip(), cert=self.cert_edit.text().strip(),
                       key=self.key_edit.text().strip(), ca=self.ca_edit.text().strip(),
                       password=self.password_edit.text(), affiliation=self.affiliation_combo.currentData(),
                       stale_hours=self.stale_spin.value(), send=self.send_check.isChecked(),
                       receive=self.receive_check.isChecked())

    def _disconnect(self) -> None:
        self.disconnect_requested = True
        super().accept()

    def accept(self) -> None:  # noqa: D102 (Qt override)
        settings = self.current()
        try:
            settings.checked()
        except (BorderMonitorError, ValueError) as exc:
            self.error_label.setText(failure_text(exc, worded=True))
            self.error_label.show()
            return
        self.settings = settings
        super().accept()
