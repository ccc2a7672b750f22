"""The File menu's work: open a store, import incidents, export them, add an MBTiles base map.

Reading, writing and opening run in workers with a progress dialog (``ui.workers``); the
window stays responsive. The import's write goes through ``ui.write_op`` (announced once).
Errors are shown as the sentences the lower layers wrote.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.errors import BorderMonitorError
from ..failure_text import failure_text
from ..jobs.export_job import export_job
from ..jobs.import_job import import_job, read_job
from ..jobs.open_job import open_store_job
from ..workers import Worker, run_with_progress
from ..write_op import start_write

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

MAX_LISTED_REJECTS = 15


class FileActions(QObject):
    """Owned by the main window; ``finished`` tells tests (and the status bar) a job is done."""

    finished = Signal(str, bool)  # what ("open", "import", "export", "mbtiles"), success

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.last_error: str | None = None
        self.last_result = None
        self.message_box: QMessageBox | None = None  # the last message shown (tests answer it)

    def _start_folder(self) -> str:
        if self.window.store_path:
            return str(Path(self.window.store_path).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _message(self, icon, title: str, text: str, buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
        """A window-modal message box that does not block the caller (``open``, not ``exec``)."""
        box = QMessageBox(icon, title, text, buttons, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    def _error(self, what: str, title: str, exc: BaseException, worded: bool = False) -> None:
        """``worded``: an error the caller caught as one worded for the user (its message is the sentence)."""
        text = str(exc) if worded else failure_text(exc, title)  # or "an internal error; details in LOGFILE"
        self.last_error = text
        log.warning("%s: %s", title, text)
        self._message(QMessageBox.Icon.Warning, title, text)
        self.finished.emit(what, False)

    # -- open ---------------------------------------------------------------------------
    def choose_store(self) -> None:
        dialog = QFileDialog(self.window, self.tr("Open store"), self._start_folder(),
                             self.tr("Border Monitor stores (*.gpkg);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # a new name gets "no store there", not "File not found"
        if dialog.exec() and dialog.selectedFiles():
            self.open_store(dialog.selectedFiles()[0])

    def open_store(self, path: str | Path) -> Worker | None:
        path = Path(path)
        if not path.exists():  # File > New store makes one (ui.actions.new_store)
            self.window.new_store.no_store_there(path)
            return None

        def done(store) -> None:
            self.window.set_store(store, path)
            self.window.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
            self.finished.emit("open", True)

        return run_with_progress(self.window, self.tr("Open store"), self.tr("Opening %1...").replace("%1", path.name),
                                 open_store_job, path, on_done=done,
                                 on_error=lambda exc: self._error("open", self.tr("Open store"), exc),
                                 on_cancel=lambda: self.finished.emit("open", False))

    # -- import -------------------------------------------------------------------------
    def choose_import(self) -> None:
        from ...io.readers import READ_FORMATS

        patterns = " ".join(f"*{suffix}" for suffix in sorted(READ_FORMATS))
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import incidents"), self._start_folder(),
                                              self.tr("Incident files (%1);;All files (*)").replace("%1", patterns))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path, ask: bool = True) -> Worker:
        """Read ``path`` in a worker; if rows are bad, ask whether to import the good ones; then write them."""
        path = Path(path)
        title = self.tr("Import incidents")

        def read_done(result) -> None:
            good = len(result.batch)
            if result.rejects:
                label = result.source.row_label
                listed = "\n".join(f"{label} {e.row}: {e.field}: {e.value!r} {e.message}"
                                   for e in result.rejects[:MAX_LISTED_REJECTS])
                more = len(result.rejects) - MAX_LISTED_REJECTS
                text = self.tr("%1: %n row(s) have problems and cannot be imported:", "", result.bad_rows).replace(
                    "%1", path.name) + "\n" + listed
                if more > 0:
                    text += "\n" + self.tr("... and %1 more.").replace("%1", str(more))
                if good == 0 or not ask:
                    self._error("import", title, BorderMonitorError(text))
                    return
                question = text + "\n\n" + self.tr("Import the %n good row(s)?", "", good)
                box = self._message(QMessageBox.Icon.Question, title, question,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)

                def answered(button) -> None:
                    if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                        self._write(path, result)
                    else:
                        self.finished.emit("import", False)

                box.buttonClicked.connect(answered)
                return
            if good == 0:
                self._error("import", title, BorderMonitorError(
                    self.tr("%1 holds no incidents.").replace("%1", str(path))))
                return
            self._write(path, result)

        return run_with_progress(self.window, title, self.tr("Reading %1...").replace("%1", path.name),
                                 read_job, path, on_done=read_done,
                                 on_error=lambda exc: self._error("import", title, exc),
                                 on_cancel=lambda: self.finished.emit("import", False))

    def _write(self, path: Path, result) -> Worker:
        title = self.tr("Import incidents")

        def done(change) -> None:
            self.last_result = change
            self.window.statusBar().showMessage(self.tr("Imported %1 incidents from %2").replace(
                "%1", str(change.added)).replace("%2", path.name), 8000)
            self.finished.emit("import", True)

        return start_write(self.window.state, self.window, title, self.tr("Writing %1 incidents...").replace(
            "%1", str(len(result.batch))), import_job, result.batch, self.window.operator.audit_name, str(path),
            source=result.source, on_done=done,
            on_error=lambda exc: self._error("import", title, exc),
            on_cancel=lambda: self.finished.emit("import", False))

    # -- export -------------------------------------------------------------------------
    def choose_export(self) -> None:
        from ...io.writers import WRITE_FORMATS

        patterns = " ".join(f"*{suffix}" for suffix in sorted(WRITE_FORMATS))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the incidents in the filter"),
                                              self._start_folder(),
                                              self.tr("Incident files (%1)").replace("%1", patterns))
        if path:
            self.export_file(path)

    def export_file(self, path: str | Path) -> Worker:
        """Write the incidents in the current filter to ``path`` (format from its suffix) in a worker."""
        path = Path(path)
        title = self.tr("Export incidents")

        def done(count) -> None:
            self.last_result = count
            self.window.statusBar().showMessage(self.tr("Exported %1 incidents to %2").replace(
                "%1", str(count)).replace("%2", str(path)), 8000)
            self.finished.emit("export", True)

        return run_with_progress(self.window, title, self.tr("Writing %1...").replace("%1", path.name), export_job,
                                 self.window.store, self.window.state.filter, path, on_done=done,
                                 on_error=lambda exc: self._error("export", title, exc),
                                 on_cancel=lambda: self.finished.emit("export", False))

    # -- base maps ----------------------------------------------------------------------
    def choose_mbtiles(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Add an MBTiles base map"), self._start_folder(),
                                              self.tr("MBTiles (*.mbtiles);;All files (*)"))
        if path:
            self.add_mbtiles(path)

    def add_mbtiles(self, path: str | Path) -> bool:
        try:
            self.window.map_panel.add_mbtiles(path)
        except (ValueError, OSError, BorderMonitorError) as exc:
            self._error("mbtiles", self.tr("Add an MBTiles base map"), exc, worded=True)
            return False
        self.finished.emit("mbtiles", True)
        return True
