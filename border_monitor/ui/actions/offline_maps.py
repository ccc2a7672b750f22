"""File > Make a base map available offline...: an online base map's tiles of an area into an MBTiles
file, in a worker (``ui.workers``) with progress and Cancel; the file is then offered as a base map.
A job that was cancelled or cut off keeps its tiles; the same job again goes on where it stopped."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ...basemap.tile_download import TileJob, download
from ..failure_text import failure_text, show_detail
from ..map.offline_dialog import OfflineDialog
from ..workers import Worker, run_with_progress

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)


class OfflineMapActions(QObject):
    finished = Signal(str, bool)  # "offline", success

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.dialog: OfflineDialog | None = None
        self.message_box: QMessageBox | None = None
        self.worker: Worker | None = None
        self.last_result = None
        self.action = QAction(self.tr("Make a base map available o&ffline..."), self)
        self.action.setObjectName("actionOffline")
        self.action.setToolTip(self.tr("Download an online base map's tiles of an area into a file for use "
                                       "without a network"))
        self.action.triggered.connect(lambda _checked=False: self.choose())

    def install(self, menu: QMenu, after: QAction) -> None:
        actions = menu.actions()
        at = actions.index(after) + 1
        menu.insertAction(actions[at] if at < len(actions) else None, self.action)

    def choose(self) -> OfflineDialog | None:
        layers = self.window.map_layers.online_layers()
        if not layers:
            self._message(QMessageBox.Icon.Information, self.tr("Make a base map available offline"),
                          self.tr("Add an online base map first (File > Add online base map...)."))
            self.finished.emit("offline", False)
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if self.window.store_path:
            folder = str(Path(self.window.store_path).parent)
        dialog = OfflineDialog(layers, self.window.map_panel.view_bounds(), folder, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(dialog.job))
        dialog.rejected.connect(lambda: self.finished.emit("offline", False))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self, job: TileJob) -> Worker:
        title = self.tr("Make a base map available offline")
        label = self.tr("Downloading the tiles of %1 into %2...").replace("%1", job.name).replace("%2", job.out.name)

        def done(result) -> None:
            self.last_result = result
            self.window.statusBar().showMessage(
                self.tr("%1: %2 tiles fetched, %3 were there already.").replace("%1", job.out.name)
                .replace("%2", f"{result.fetched:,}").replace("%3", f"{result.skipped:,}"), 10_000)
            self.window.files.add_mbtiles(job.out)
            self.finished.emit("offline", True)

        def failed(exc) -> None:
            show_detail(self._message(QMessageBox.Icon.Warning, title, failure_text(exc, title)), exc, title)
            self.finished.emit("offline", False)

        def cancelled() -> None:
            self.window.statusBar().showMessage(self.tr("Download cancelled; the tiles fetched are kept in %1: "
                                                        "start the same job again to go on.")
                                                .replace("%1", job.out.name), 10_000)
            self.finished.emit("offline", False)

        self.worker = run_with_progress(self.window, title, label, download, job, on_done=done, on_error=failed,
                                        on_cancel=cancelled, min_duration_ms=0)
        return self.worker

    def _message(self, icon, title: str, text: str) -> QMessageBox:
        log.warning("%s: %s", title, text)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box
