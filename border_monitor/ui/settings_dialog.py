"""Edit > Settings...: who is working at this workstation (user name and unit).

The name and unit are kept in the user's settings (``WindowSettings.operator``) and written into
every audit entry the window makes, as "name (unit)" (``domain.operator``); the status bar shows
them. The name starts as the OS account name, the unit empty.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..domain.errors import ValidationError
from ..domain.operator import MAX_NAME, MAX_UNIT, Operator


class SettingsDialog(QDialog):
    def __init__(self, operator: Operator, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.name_edit = QLineEdit(operator.name, self)
        self.name_edit.setObjectName("settingsUserName")
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. j.kowalska"))
        self.unit_edit = QLineEdit(operator.unit, self)
        self.unit_edit.setObjectName("settingsUnit")
        self.unit_edit.setMaxLength(MAX_UNIT)
        self.unit_edit.setPlaceholderText(self.tr("e.g. SG Podlaski"))
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setMinimumHeight(self.fontMetrics().height() + 4)  # the space is kept: nothing moves
        note = QLabel(self.tr("Written into the history of every change you make, as \"name (unit)\"."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.name_edit)
        form.addRow(self.tr("U&nit:"), self.unit_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.unit_edit.textChanged.connect(self._check)
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())
        self._check()

    def operator(self) -> Operator | None:
        """The name and unit entered, or None (with the reason shown) when they cannot be used."""
        try:
            return Operator(self.name_edit.text(), self.unit_edit.text())
        except ValidationError as exc:
            if exc.field == "user name" and not str(exc.value).strip():
                self.message.setText(self.tr("Give a user name: it is written into the history of your changes."))
            else:
                self.message.setText(self.tr("%1: %2").replace("%1", exc.field).replace("%2", exc.reason))
            return None

    def _check(self) -> None:
        ok = self.operator() is not None
        if ok:
            self.message.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if self.operator() is not None:
            super().accept()
