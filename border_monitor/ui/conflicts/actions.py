"""Sync in the main window: File > Sync now... (with progress and cancel) and the Conflicts dock (View menu).

Every sync runs in a worker through the one write path (``ui.write_op.start_write``), so the views hear of
what arrived exactly once; the status bar says what each direction brought.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction

from ..failure_text import failure_text
from ..text.sync_texts import sync_report_text
from ..jobs.sync_job import export_package_job, import_package_job, sync_store_job
from ..write_op import start_write
from .panel import ConflictsPanel
from .sync_dialog import SyncDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)


class SyncActions(QObject):
    """Owned by the main window; ``finished(ok, message)`` when a sync ended (tests, the status bar)."""

    finished = Signal(bool, str)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.dialog: SyncDialog | None = None
        self.worker = None
        self.panel = ConflictsPanel(window.state, lambda: window.operator.audit_name, window)
        self.panel.failed.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        self.sync_action = QAction(self.tr("S&ync now..."), self)
        self.sync_action.setObjectName("actionSyncNow")
        self.sync_action.triggered.connect(lambda _checked=False: self.choose())

    def install(self, before: QAction) -> None:
        """File > Sync now... above ``before`` (and the separator over it); the Conflicts dock with its View menu
        toggle (hidden at first)."""
        menu = self.window.menus["file"]
        actions = menu.actions()
        at = actions.index(before)
        if at > 0 and actions[at - 1].isSeparator():
            before = actions[at - 1]
        menu.insertAction(before, self.sync_action)
        self.dock = self.window.add_dock("conflicts", self.tr("Conflicts"), self.panel,
                                         Qt.DockWidgetArea.BottomDockWidgetArea)
        if "table" in self.window.docks:  # a tab beside the incident table: both want the window's width
            self.window.tabifyDockWidget(self.window.docks["table"], self.dock)
        self.dock.hide()

    def show_conflicts(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.reload()

    def choose(self) -> SyncDialog:
        peers = []
        store = self.window.state.store
        if store is not None and not getattr(store, "read_only", True):
            try:
                from ...sync.gpkg_replica import GeoPackageReplica

                with GeoPackageReplica(store) as replica:
                    peers = [p.name for p in replica.peers() if p.name]
            except Exception as exc:  # noqa: BLE001 - the dialog works without the names
                log.info("no peers listed: %s", exc)
        dialog = SyncDialog(self.window, peers)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run(dialog.mode, dialog.path, dialog.peer, dialog.passphrase))
        self.dialog = dialog
        dialog.open()
        return dialog

    def run(self, mode: str, path: str, peer: str = "", passphrase: str | None = None):
        """Start the sync of the window's store (``mode`` store, import or export) in a worker."""
        state = self.window.state
        reports: list = []
        if mode == "store":
            job, args, text = sync_store_job, (path, reports), self.tr("Syncing with %1...").replace("%1", path)
        elif mode == "import":
            job, args, text = import_package_job, (path, passphrase, reports), self.tr("Applying %1...").replace(
                "%1", path)
        else:
            job, args, text = export_package_job, (path, peer, passphrase, reports), self.tr(
                "Writing %1...").replace("%1", path)

        def done(_change) -> None:
            message = "; ".join(sync_report_text(r) for r in reports)
            conflicts = sum(getattr(r, "conflicts", 0) for r in reports)
            self.window.statusBar().showMessage(message, 20_000)
            self.panel.reload()
            if conflicts:
                self.show_conflicts()
            self.finished.emit(True, message)

        def error(exc: BaseException) -> None:
            message = failure_text(exc)
            log.warning("Sync failed: %s", message)
            self.window.statusBar().showMessage(message, 20_000)
            self.panel.reload()
            self.finished.emit(False, message)

        def cancelled() -> None:
            message = self.tr("The sync was stopped; what arrived is kept, and the next sync goes on from there.")
            self.window.statusBar().showMessage(message, 20_000)
            self.panel.reload()
            self.finished.emit(False, message)

        self.worker = start_write(state, self.window, self.tr("Sync now"), text, job, *args, on_done=done,
                                  on_error=error, on_cancel=cancelled)
        return self.worker
