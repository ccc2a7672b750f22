"""File > Connect to shared store...: the address of a PostgreSQL/PostGIS store, its user, and a password
that lives only in the system keyring (``keyring``) when the user asks for it, never in QSettings or logs.

The address opened is ``postgresql://user:password@host:port/database`` held in memory for libpq alone;
the window, the settings and the recent-stores list keep it without the password
(``store.postgis.url.without_password``).
"""
from __future__ import annotations

import getpass
import logging
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from ...store.postgis.url import parse, without_password

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

KEYRING_SERVICE = "border-monitor"


def _keyring():
    """The keyring module when a real backend stores secrets here (not the 'fail' or a plain-text one), else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - a broken keyring configuration only means no saved passwords
        log.info("no system keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_account(address: str) -> str:
    """The keyring's name for the password of ``address`` (user@host:port/database)."""
    a = parse(address)
    return f"{a.user}@{a.host}:{a.port}/{a.database}"


def saved_password(address: str) -> str | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, keyring_account(address))
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.info("keyring read failed: %s", type(exc).__name__)
        return None


def save_password(address: str, password: str) -> bool:
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, keyring_account(address), password)
        return True
    except Exception as exc:  # noqa: BLE001
        log.warning("could not keep the password in the system keyring: %s", type(exc).__name__)
        return False


def forget_password(address: str) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(KEYRING_SERVICE, keyring_account(address))
    except Exception as exc:  # noqa: BLE001 - nothing was saved
        log.debug("no saved password to forget: %s", type(exc).__name__)


def address_of(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """``postgresql://user[:password]@host:port/database`` with every part quoted."""
    secret = f":{quote(password, safe='')}" if password else ""
    return (f"postgresql://{quote(user, safe='')}{secret}@{quote(host, safe='[]:')}:{int(port)}/"
            f"{quote(database, safe='')}")


class ConnectDialog(QDialog):
    """Server, port, database, user and password of a shared store; "remember" keeps the password in the keyring."""

    def __init__(self, address: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ConnectDialog")
        self.setWindowTitle(self.tr("Connect to shared store"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("border_monitor")
        self.user = QLineEdit(_login())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.has_keyring = _keyring() is not None
        self.remember.setEnabled(self.has_keyring)
        if not self.has_keyring:
            self.remember.setToolTip(self.tr("No system keyring is available: the password is asked each time."))
        self.message = QLabel(" ")  # reserved, so the form does not move when a message appears
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if address:
            self.set_address(address)

    def set_address(self, address: str) -> None:
        a = parse(address)
        self.host.setText(a.host)
        self.port.setValue(a.port)
        self.database.setText(a.database)
        if a.user:
            self.user.setText(a.user)
        saved = saved_password(self.address())
        if saved:
            self.password.setText(saved)
            self.remember.setChecked(True)

    def address(self, with_password: bool = False) -> str:
        """The address the fields give (with the password typed, for libpq only, when ``with_password``)."""
        return address_of(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                          self.user.text().strip(), self.password.text() if with_password else "")

    def problem(self) -> str | None:
        if not self.host.text().strip():
            return self.tr("Name the server (a host name or address).")
        if not self.database.text().strip():
            return self.tr("Name the database of the shared store.")
        if not self.user.text().strip():
            return self.tr("Name the database user to connect as.")
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        if self.remember.isChecked() and self.password.text():
            save_password(self.address(), self.password.text())
        elif not self.remember.isChecked():
            forget_password(self.address())
        self.accept()


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without a passwd entry)
        return ""


class SharedStoreActions:
    """File > Connect to shared store..., and opening a recent shared store with its saved password."""

    def __init__(self, window: "MainWindow"):
        self.window = window
        self.dialog: ConnectDialog | None = None

    def choose(self, address: str | None = None) -> ConnectDialog:
        """Show the dialog (window-modal, not blocking); on Connect the store opens through File > Open's path."""
        dialog = self.dialog = ConnectDialog(address, self.window)
        dialog.setWindowModality(dialog.windowModality().WindowModal)
        dialog.accepted.connect(lambda: self.window.files.open_store(dialog.address(with_password=True)))
        dialog.open()
        return dialog

    def open_recent(self, address: str):
        """A recent shared store: straight in when the keyring has its password (or none is needed: libpq's
        own ~/.pgpass or trust), else the dialog filled in, asking for it."""
        address = without_password(address)
        saved = saved_password(address)
        if saved:
            a = parse(address)
            return self.window.files.open_store(address_of(a.host, a.port, a.database, a.user, saved))
        return self.window.files.open_store(address)
