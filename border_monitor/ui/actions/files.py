"""The File menu's work: open a store, import incidents, export them, add a base map (built GeoPackage or MBTiles).

Reading, writing and opening run in workers with a progress dialog (``ui.workers``); the
window stays responsive. The import's write goes through ``ui.write_op`` (announced once).
Errors are shown as the sentences the lower layers wrote.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...domain.errors import BorderMonitorError
from ..failure_text import failure_text, show_detail
from ..text.reject_texts import reject_line
from .export_dialog import ExportDialog
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
        self.export_dialog: ExportDialog | None = None  # the last export dialog opened (tests fill it in)
        self.import_dialog = None  # the last import dialog opened (ui.import_dialog; tests fill it in)

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
        text = failure_text(exc, title, worded)  # the sentence in the user's language, or "an internal error..."
        self.last_error = text
        log.warning("%s: %s", title, text)
        show_detail(self._message(QMessageBox.Icon.Warning, title, text), exc, title, worded)
        self.finished.emit(what, False)

    # -- open ---------------------------------------------------------------------------
    def choose_store(self) -> None:
        dialog = QFileDialog(self.window, self.tr("Open store"), self._start_folder(),
                             self.tr("Border Monitor stores (*.gpkg);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # a new name gets "no store there", not "File not found"
        if dialog.exec() and dialog.selectedFiles():
            self.open_store(dialog.selectedFiles()[0])

    def open_store(self, path: str | Path) -> Worker | None:
        from ...store import is_store_url, store_label
        from ...store.postgis.url import without_password

        if is_store_url(str(path)):  # a shared database store: the server says whether it is there
            return self._open_shared(str(path), store_label(str(path)), without_password(str(path)))
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

    def _open_shared(self, url: str, shown: str, kept: str) -> Worker | None:
        def done(store) -> None:
            self.window.set_store(store, kept)
            self.window.statusBar().showMessage(self.tr("Opened %1").replace("%1", shown), 5000)
            self.finished.emit("open", True)

        return run_with_progress(self.window, self.tr("Open store"), self.tr("Opening %1...").replace("%1", shown),
                                 open_store_job, url, on_done=done,
                                 on_error=lambda exc: self._error("open", self.tr("Open store"), exc),
                                 on_cancel=lambda: self.finished.emit("open", False))

    # -- import -------------------------------------------------------------------------
    def choose_import(self) -> None:
        from ...io.readers import READ_FORMATS

        patterns = " ".join(f"*{suffix}" for suffix in sorted(READ_FORMATS))
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import incidents"), self._start_folder(),
                                              self.tr("Incident files (%1);;All files (*)").replace("%1", patterns))
        if path:
            self.open_import_dialog(path)

    def open_import_dialog(self, path: str | Path):
        """A CSV or XLSX table: the import dialog (preview, mapping, system, rejects); other files import directly.
        Returns the dialog (window-modal, not blocking), or the import's worker."""
        from ...io.errors import UnreadableFileError
        from ...io.table_preview import preview_table, previewable
        from ..import_dialog import ImportDialog

        if not previewable(path):
            return self.import_file(path)
        try:
            preview = preview_table(path)
        except (UnreadableFileError, OSError) as exc:  # the import says the same, with the reader's words
            log.info("no preview of %s: %s", path, exc)
            return self.import_file(path)
        dialog = ImportDialog(preview, self.window.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.importRequested.connect(lambda chosen, options: self.import_file(chosen, **options))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def import_file(self, path: str | Path, ask: bool = True, **options) -> Worker:
        """Read ``path`` in a worker; if rows are bad, ask whether to import the good ones; then write them.
        ``options``: how to read it (``columns``, ``crs``, ``columns_only``: from the import dialog)."""
        path = Path(path)
        title = self.tr("Import incidents")

        def read_done(preview) -> None:
            result, by_side = preview.result, preview.by_side
            good = len(result.batch)
            if result.rejects:
                listed = "\n".join(reject_line(result.source, e, ": ") for e in result.rejects[:MAX_LISTED_REJECTS])
                more = len(result.rejects) - MAX_LISTED_REJECTS
                text = self.tr("%1: %Ln row(s) have problems and cannot be imported:", "", result.bad_rows).replace(
                    "%1", path.name) + "\n" + listed
                if more > 0:
                    text += "\n" + self.tr("... and %1 more.").replace("%1", str(more))
                if good == 0 or not ask:
                    self._error("import", title, BorderMonitorError(text))
                    return
                question = text + "\n\n" + self.tr("Import the %Ln good row(s)?", "", good)
                box = self._message(QMessageBox.Icon.Question, title, question,
                                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)

                def answered(button) -> None:
                    if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                        self._confirm_side(path, result, by_side, ask)
                    else:
                        self.finished.emit("import", False)

                box.buttonClicked.connect(answered)
                return
            if good == 0:
                self._error("import", title, BorderMonitorError(
                    self.tr("%1 holds no incidents.").replace("%1", str(path))))
                return
            self._confirm_side(path, result, by_side, ask)

        return run_with_progress(self.window, title, self.tr("Reading %1...").replace("%1", path.name),
                                 read_job, path, on_done=read_done, **options,
                                 on_error=lambda exc: self._error("import", title, exc),
                                 on_cancel=lambda: self.finished.emit("import", False))

    def side_text(self, by_side) -> str:
        """"12 incidents lie on the Belarusian side, up to 3.4 km from the line." (or "")."""
        if not by_side.count:
            return ""
        return self.tr("%Ln incident(s) lie on the Belarusian side, up to %1 km from the line.", "",
                       by_side.count).replace("%1", QLocale().toString(by_side.max_inside_m / 1000, "f", 1))

    def _confirm_side(self, path: Path, result, by_side, ask: bool) -> None:
        """Store the rows, asking first when one lies more than 1 km inside Belarus (No: nothing is written)."""
        if not (ask and by_side.needs_confirmation):
            self._write(path, result, by_side)
            return
        text = (self.side_text(by_side) + "\n\n"
                + self.tr("%Ln of them lie more than 1 km inside: often a mistyped coordinate.", "",
                          by_side.beyond_confirm)
                + "\n\n" + self.tr("Store all %Ln incident(s) of %1?", "", len(result.batch)).replace("%1", path.name))
        box = self._message(QMessageBox.Icon.Question, self.tr("Import incidents"), text,
                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("confirmBelarusSide")

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._write(path, result, by_side)
            else:
                self.finished.emit("import", False)

        box.buttonClicked.connect(answered)

    def _write(self, path: Path, result, by_side=None) -> Worker:
        title = self.tr("Import incidents")

        def done(change) -> None:
            self.last_result = change
            editing = getattr(self.window, "editing", None)
            if editing is not None and change.added and result.batch.id is not None:
                editing.imported(result.batch.id, path.name)  # one undo step; the store gave the batch its ids
            message = self.tr("Imported %Ln incident(s) from %1.", "", change.added).replace("%1", path.name)
            if by_side is not None and by_side.count:
                message += " " + self.side_text(by_side)
            self.window.statusBar().showMessage(message, 15000)
            self.finished.emit("import", True)

        return start_write(self.window.state, self.window, title,
                           self.tr("Writing %Ln incident(s)...", "", len(result.batch)), import_job, result.batch,
                           self.window.operator.audit_name, str(path), source=result.source, on_done=done,
            on_error=lambda exc: self._error("import", title, exc),
            on_cancel=lambda: self.finished.emit("import", False))

    # -- export -------------------------------------------------------------------------
    def choose_export(self) -> ExportDialog:
        """Open the export dialog (window-modal, not blocking); on accept, export to the chosen file."""
        dialog = ExportDialog(self.window, self.window.settings, self.tr("Export the incidents in the filter"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog

        def accepted() -> None:
            path = dialog.chosen_path()
            if path is not None:
                self.export_file(path)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def export_file(self, path: str | Path) -> Worker:
        """Write the incidents in the current filter to ``path`` (format from its suffix) in a worker."""
        path = Path(path)
        title = self.tr("Export incidents")

        def done(count) -> None:
            self.last_result = count
            self.window.statusBar().showMessage(self.tr("Exported %Ln incident(s) to %1", "", count).replace(
                "%1", str(path)), 8000)
            self.finished.emit("export", True)

        return run_with_progress(self.window, title, self.tr("Writing %1...").replace("%1", path.name), export_job,
                                 self.window.store, self.window.state.filter, path, on_done=done,
                                 on_error=lambda exc: self._error("export", title, exc),
                                 on_cancel=lambda: self.finished.emit("export", False))

    # -- base maps ----------------------------------------------------------------------
    def choose_mbtiles(self) -> None:
        """File > Add base map...: a base map built by ``basemap build`` (.gpkg) or a raster MBTiles file."""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Add a base map"), self._start_folder(),
                                              self.tr("Base maps (*.gpkg *.mbtiles);;All files (*)"))
        if path:
            self.add_mbtiles(path)

    def add_mbtiles(self, path: str | Path) -> bool:
        """Show ``path`` as the base map: a built base map GeoPackage (drawn here) or raster MBTiles."""
        try:
            if Path(path).suffix.lower() == ".gpkg":
                self.window.map_panel.add_basemap(path)
            else:
                self.window.map_panel.add_mbtiles(path)
        except (ValueError, OSError, BorderMonitorError) as exc:
            self._error("mbtiles", self.tr("Add a base map"), exc, worded=True)
            return False
        self.finished.emit("mbtiles", True)
        return True
