"""File > TAK connection...: the dialog, the connection (``connection.TakConnection``) and its indicator in
the status bar ("TAK: connected, 12 sent, 3 received"), coloured by state."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from ...domain.errors import BorderMonitorError
from ...tak.client import ClientState, ClientStatus
from . import settings as tak_settings
from .connection import TakConnection
from .dialog import TakDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

STATE_COLOURS = {ClientState.CONNECTED: "#1b9e3e", ClientState.CONNECTING: "#b8860b",
                 ClientState.RECONNECTING: "#b8860b", ClientState.FAILED: "#c62828", ClientState.STOPPED: "#757575"}


class TakActions(QObject):
    connectionChanged = Signal(bool)  # connected (or trying to) / stopped

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.dialog: TakDialog | None = None
        self.connection: TakConnection | None = None
        self._password = ""
        self.action = QAction(self.tr("&TAK connection..."), self)
        self.action.setObjectName("actionTak")
        self.action.triggered.connect(lambda _checked=False: self.choose())
        self.indicator = QLabel(window)
        self.indicator.setObjectName("statusTak")
        self.indicator.setTextFormat(Qt.TextFormat.RichText)
        self.indicator.hide()
        window.statusBar().addPermanentWidget(self.indicator)

    def install(self, menu: QMenu, before: QAction) -> None:
        menu.insertAction(before, self.action)
        menu.insertSeparator(before)

    def choose(self) -> TakDialog:
        current = tak_settings.load(self.window.settings)
        from dataclasses import replace

        dialog = TakDialog(replace(current, password=self._password), self.connection is not None, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._accepted(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _accepted(self, dialog: TakDialog) -> None:
        if dialog.disconnect_requested:
            self.disconnect()
            return
        if dialog.settings is not None:
            self.connect_with(dialog.settings)

    def connect_with(self, settings: tak_settings.TakSettings) -> TakConnection:
        """Save the settings (not the password) and (re)connect; BorderMonitorError naming a wrong setting."""
        self.disconnect()
        connection = TakConnection(self.window.state, settings, lambda: self.window.editing.user, self)
        tak_settings.save(self.window.settings, settings)
        self._password = settings.password
        connection.statusChanged.connect(self._show)
        connection.ingested.connect(lambda counts: self._show(connection.status))
        self.connection = connection
        try:
            connection.start()
        except BorderMonitorError:
            self.connection = None
            connection.stop()
            raise
        self._show(connection.status)
        self.connectionChanged.emit(True)
        return connection

    def disconnect(self) -> None:
        if self.connection is None:
            return
        connection, self.connection = self.connection, None
        connection.stop()
        connection.deleteLater()
        self._show(connection.status)
        self.connectionChanged.emit(False)

    def _show(self, status: ClientStatus) -> None:
        words = {ClientState.CONNECTED: self.tr("connected"), ClientState.CONNECTING: self.tr("connecting"),
                 ClientState.RECONNECTING: self.tr("reconnecting"), ClientState.FAILED: self.tr("failed"),
                 ClientState.STOPPED: self.tr("off")}
        colour = STATE_COLOURS.get(status.state, "#757575")
        text = (self.tr("TAK %1: %2, %3 sent, %4 received").replace("%1", status.endpoint)
                .replace("%2", words.get(status.state, str(status.state))).replace("%3", str(status.sent))
                .replace("%4", str(status.received)))
        self.indicator.setText(f'<span style="color:{colour}">&#9679;</span> {_escape(text)}')
        self.indicator.setToolTip(status.message or text)
        self.indicator.show()

    def close(self) -> None:
        self.disconnect()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
