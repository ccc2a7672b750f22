"""File > New store...: a save dialog (in the Documents folder, ``.gpkg`` added), the store made in a worker
(``ui.jobs.new_store_job``), then shown in the window through the state's store switch.

Also what File > Open says for a name where there is no store: that File > New store makes one,
with a button to make it there at once.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.errors import BorderMonitorError
from ..failure_text import failure_text, show_detail
from ..jobs.new_store_job import new_store_job
from ..workers import Worker, run_with_progress

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

SUFFIX = "gpkg"


def with_suffix(path: str | Path) -> Path:
    """``border`` -> ``border.gpkg``; a name that ends in ``.gpkg`` (any case) is kept."""
    path = Path(path)
    return path if path.suffix.lower() == f".{SUFFIX}" else path.with_name(f"{path.name}.{SUFFIX}")


def documents_folder() -> str:
    """The user's Documents folder, made when the system names one that is not there yet (a fresh account)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder:
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.info("the Documents folder %s cannot be made (%s); the dialog starts elsewhere", folder, exc)
    return folder


class NewStoreActions(QObject):
    """Owned by the main window. ``finished(ok)`` when a new store is shown (or the attempt ended)."""

    finished = Signal(bool)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_error: str | None = None

    def choose(self) -> QFileDialog:
        """The save dialog (window-modal, not blocking); choosing a name makes the store."""
        dialog = QFileDialog(self.window, self.tr("New store"), documents_folder(),
                             self.tr("Border Monitor stores (*.gpkg)"))
        dialog.setObjectName("newStoreDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(SUFFIX)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.create(path) if path else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def create(self, path: str | Path) -> Worker | None:
        """Make an empty store at ``path`` (``.gpkg`` added) in a worker, then show it; a refusal is a message."""
        from ...store.gpkg.new_store import check_new_store

        path = with_suffix(path)
        title = self.tr("New store")
        try:
            check_new_store(path)  # at once, before a progress dialog: the file exists, the folder is read-only...
        except BorderMonitorError as exc:
            self._error(title, exc)
            return None

        def done(store) -> None:
            self.window.set_store(store, path)
            self.window.statusBar().showMessage(self.tr("Made the new store %1").replace("%1", str(path)), 8000)
            self.finished.emit(True)

        return run_with_progress(self.window, title, self.tr("Making the store %1...").replace("%1", path.name),
                                 new_store_job, path, self.window.operator.audit_name, on_done=done,
                                 on_error=lambda exc: self._error(title, exc),
                                 on_cancel=lambda: self.finished.emit(False))

    def no_store_there(self, path: str | Path) -> QMessageBox:
        """File > Open with a name where there is no file: say so, and offer to make a new store there."""
        path = Path(path)
        text = self.tr("There is no store at %1.\n\nTo start a new, empty store, use File > New store... "
                       "or make it here now.").replace("%1", str(path))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Open store"), text,
                          QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("noStoreThere")
        make = box.addButton(self.tr("&Make a new store here"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.create(path) if button is make else self.finished.emit(False))
        self.message_box = box
        box.open()
        return box

    def _error(self, title: str, exc: BaseException) -> None:
        text = failure_text(exc, title)  # our sentence, or "an internal error; details in LOGFILE"
        self.last_error = text
        log.warning("%s: %s", title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        show_detail(box, exc, title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        self.finished.emit(False)
