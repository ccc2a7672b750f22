"""File > Report..., Export map image... and Export interactive HTML map...: the situation report, a PNG of
the map and the standalone HTML map (``report.html_map``, written in a worker), from the window.

Report... writes the report (``report.sitrep``) of the state's filter: the figures and the map's
projection on the GUI thread (about a second at a million incidents; see ``report_job`` for why), the
layout and the PDF or HTML in a worker with a progress dialog; a filter without dates covers the days
its incidents span. Export map image... asks for
the size and the scale (pixel ratio: 2x gives a picture twice as sharp for print) and paints the
map of the filter's incidents over the reference layers for the map's current view, offscreen
(``report.map_image``), so the picture does not depend on the web view being shown.
"""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox)

from ..workers import run_with_progress
from ..failure_text import failure_text

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

SCALES = (1, 2, 3)


def report_job(content, painter, path: str | Path, lang: str, classification: str, store_path, *, progress,
               cancel) -> int:
    """Lay out and write the report of ``content`` (a worker's job): how many incidents it covers.

    Every pyproj call (the national grids, the map's projection) has been made on the GUI thread before:
    pyproj used in a Qt pool thread crashed here (a PROJ context freed with the pool thread's Python
    thread state, then used by the next job on that thread: a segmentation fault in PROJ's database code)."""
    from ...report.sitrep import write_report

    progress(0, 1)
    write_report(content, path, lang=lang, classification=classification, store_path=store_path, painter=painter)
    progress(1, 1)
    return content.stats.total


def with_period(store, flt):
    """``flt`` with its missing first or last day taken from the days its incidents span (None: no incident)."""
    if flt.date_from and flt.date_to:
        return flt
    days = sorted(store.stats(flt).by_day)
    if not days:
        return None
    return flt.with_changes(date_from=flt.date_from or date.fromisoformat(days[0]),
                            date_to=flt.date_to or date.fromisoformat(days[-1]))


def render_map_png(store, flt, view: tuple[float, float, float, float] | None, width: int, height: int,
                   scale: int) -> QImage:
    """The map of ``flt`` for ``view`` ((west, south, east, north), else the three borders) as an image."""
    from ...report.map_image import MapPainter
    from ..text.labels import type_label

    bounds = tuple(view) if view else None
    reference = {name: store.reference_layer(name) for name in ("countries", "zones", "sectors", "borders",
                                                                 "crossing_points")}
    painter_map = MapPainter(reference, bounds, QCoreApplication.translate("Report", "Incident types"), type_label)
    image = QImage(width * scale, height * scale, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter_map.paint(painter, QRectF(0, 0, width, height), store.points(flt))
    finally:
        painter.end()
    return image


class MapImageDialog(QDialog):
    """Size (pixels), scale and file of the map picture."""

    def __init__(self, parent, start: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map image"))
        self.width_box = QSpinBox(self)
        self.width_box.setRange(200, 8000)
        self.width_box.setValue(1600)
        self.width_box.setSuffix(" px")
        self.height_box = QSpinBox(self)
        self.height_box.setRange(200, 8000)
        self.height_box.setValue(1200)
        self.height_box.setSuffix(" px")
        self.scale_box = QComboBox(self)
        for s in SCALES:
            self.scale_box.addItem(self.tr("%1x").replace("%1", str(s)), s)
        self.path_edit = QLineEdit(str(Path(start) / "map.png"), self)
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Choose..."), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Width"), self.width_box)
        form.addRow(self.tr("Height"), self.height_box)
        form.addRow(self.tr("Scale (sharpness for print)"), self.scale_box)
        form.addRow(self.tr("File"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the map image"), self.path_edit.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PNG image (*.png)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.path_edit.setText)
        dialog.open()

    def choice(self) -> tuple[Path, int, int, int]:
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        return path, self.width_box.value(), self.height_box.value(), int(self.scale_box.currentData())


class ReportActions(QObject):
    finished = Signal(str, bool)  # what ("report", "map image"), success

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.report_action = QAction(self.tr("&Report..."), window)
        self.report_action.setObjectName("actionReport")
        self.report_action.triggered.connect(lambda _checked=False: self.choose_report())
        self.map_image_action = QAction(self.tr("Export map &image..."), window)
        self.map_image_action.setObjectName("actionExportMapImage")
        self.map_image_action.triggered.connect(lambda _checked=False: self.choose_map_image())
        self.html_map_action = QAction(self.tr("Export interactive &HTML map..."), window)
        self.html_map_action.setObjectName("actionExportHtmlMap")
        self.html_map_action.triggered.connect(lambda _checked=False: self.choose_html_map())
        self.dialog: QDialog | None = None  # the last dialog opened (tests fill it in)
        self.last_result = None

    def install(self, menu, before: QAction | None = None) -> None:
        for action in (self.report_action, self.map_image_action, self.html_map_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _error(self, title: str, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, failure_text(exc, worded=True), QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- report ------------------------------------------------------------------------------
    def choose_report(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Write a situation report of the filter"), self._folder())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF report (*.pdf)"), self.tr("HTML report (*.html)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def accepted() -> None:
            files = dialog.selectedFiles()
            if files:
                path = Path(files[0])
                if path.suffix.lower() not in (".pdf", ".html", ".htm"):
                    path = path.with_name(path.name + (".html" if "html" in dialog.selectedNameFilter() else ".pdf"))
                self.write_report(path)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def write_report(self, path: str | Path, lang: str = "en", classification: str = ""):
        path = Path(path)
        title = self.tr("Situation report")
        store = self.window.store
        flt = with_period(store, self.window.state.filter) if store is not None else None
        if flt is None:
            self._error(title, ValueError(self.tr("The filter holds no incidents: there is nothing to report.")))
            self.finished.emit("report", False)
            return None

        from ...report.content import gather
        from ...report.sitrep import map_painter

        try:  # the figures and every projection here (see report_job); a second or so at a million incidents
            content = gather(store, flt)
            painter = map_painter(content, lang)
        except Exception as exc:  # noqa: BLE001 - shown to the user as a sentence
            self._error(title, exc)
            self.finished.emit("report", False)
            return None

        def done(count) -> None:
            self.last_result = count
            self.window.statusBar().showMessage(self.tr("Wrote the report of %Ln incident(s) to %1", "", count)
                                                .replace("%1", str(path)), 8000)
            self.finished.emit("report", True)

        def failed(exc) -> None:
            self._error(title, exc)
            self.finished.emit("report", False)

        return run_with_progress(self.window, title, self.tr("Writing %1...").replace("%1", path.name), report_job,
                                 content, painter, path, lang, classification, getattr(store, "path", None),
                                 on_done=done, on_error=failed,
                                 on_cancel=lambda: self.finished.emit("report", False))

    # -- standalone HTML map -----------------------------------------------------------------
    def choose_html_map(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Export the filter as an interactive HTML map"), self._folder())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("HTML map (*.html)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog

        def accepted() -> None:
            files = dialog.selectedFiles()
            if files:
                path = Path(files[0])
                self.export_html_map(path if path.suffix.lower() in (".html", ".htm") else
                                     path.with_name(path.name + ".html"))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def export_html_map(self, path: str | Path):
        """The standalone map of the filter (``report.html_map``; no pyproj in it) written in a worker."""
        from ...report.html_map import write_html_map

        path = Path(path)
        title = self.tr("Export interactive HTML map")
        store = self.window.store

        def job(store, flt, out, *, progress, cancel) -> int:
            return write_html_map(store, flt, out, store_path=getattr(store, "path", None))

        def done(count) -> None:
            self.last_result = count
            self.window.statusBar().showMessage(self.tr("Exported the map of %Ln incident(s) to %1", "", count)
                                                .replace("%1", str(path)), 8000)
            self.finished.emit("html map", True)

        def failed(exc) -> None:
            self._error(title, exc)
            self.finished.emit("html map", False)

        return run_with_progress(self.window, title, self.tr("Writing %1...").replace("%1", path.name), job,
                                 store, self.window.state.filter, path, on_done=done, on_error=failed,
                                 on_cancel=lambda: self.finished.emit("html map", False))

    # -- map image ---------------------------------------------------------------------------
    def choose_map_image(self) -> MapImageDialog:
        dialog = MapImageDialog(self.window, self._folder())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.export_map_image(*dialog.choice()))
        dialog.open()
        return dialog

    def export_map_image(self, path: str | Path, width: int, height: int, scale: int = 1) -> bool:
        from ...io.output_files import check_output, replacing

        path = Path(path)
        title = self.tr("Export map image")
        store = self.window.store
        try:
            check_output(path, store=getattr(store, "path", None), what="map image")
            image = render_map_png(store, self.window.state.filter, self.window.map_panel.view_bounds(),
                                   width, height, scale)
            with replacing(path, create=True, what="map image") as temp:
                if not image.save(str(temp), "PNG"):
                    raise OSError(f"Cannot write the map image {path}.")
        except Exception as exc:  # noqa: BLE001 - every failure is shown to the user as a sentence
            log.warning("map image: %s", exc)
            self._error(title, exc)
            self.finished.emit("map image", False)
            return False
        self.window.statusBar().showMessage(self.tr("Saved the map image %1").replace("%1", str(path)), 8000)
        self.finished.emit("map image", True)
        return True
