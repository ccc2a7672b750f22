"""The export file dialog: one filter per format, the suffix of the chosen filter added when missing, and a
start in the last export folder (or the user's Documents folder).

The formats come from ``io.writers.WRITE_FORMATS`` (suffix -> format name), grouped by format, so a format
the writers learn (XLSX) shows up here as its own filter; ``FORMAT_LABELS`` gives each its words.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "export/last_folder"


def _labels() -> dict[str, str]:
    """The words of each format of ``io.writers.WRITE_FORMATS`` (a format without words shows its name)."""
    return {
        "CSV": QCoreApplication.translate("ExportDialog", "CSV table"),
        "GeoJSON": QCoreApplication.translate("ExportDialog", "GeoJSON"),
        "KML": QCoreApplication.translate("ExportDialog", "KML (Google Earth)"),
        "GeoPackage": QCoreApplication.translate("ExportDialog", "GeoPackage"),
        "XLSX": QCoreApplication.translate("ExportDialog", "Excel workbook"),  # once io.writers writes .xlsx
    }


def export_formats() -> list[tuple[str, tuple[str, ...]]]:
    """(format name, its suffixes, the first one the one added) in the writers' order."""
    from ...io.writers import WRITE_FORMATS

    grouped: dict[str, list[str]] = {}
    for suffix, fmt in WRITE_FORMATS.items():
        grouped.setdefault(fmt, []).append(suffix)
    return [(fmt, tuple(suffixes)) for fmt, suffixes in grouped.items()]


def name_filters() -> list[str]:
    labels = _labels()
    return [f"{labels.get(fmt, fmt)} ({' '.join('*' + s for s in suffixes)})" for fmt, suffixes in export_formats()]


def with_suffix(path: str | Path, chosen_filter: str) -> Path:
    """``path`` with the first suffix of ``chosen_filter`` added unless it ends in a suffix we can write."""
    from ...io.writers import WRITE_FORMATS

    path = Path(path)
    if path.suffix.lower() in WRITE_FORMATS:
        return path
    filters = name_filters()
    formats = export_formats()
    at = filters.index(chosen_filter) if chosen_filter in filters else 0
    return path.with_name(path.name + formats[at][1][0])


def start_folder(settings) -> str:
    """The folder of the last export if it still exists, else the user's Documents folder."""
    last = settings.value(LAST_FOLDER_KEY, "") if settings is not None else ""
    if last and Path(str(last)).is_dir():
        return str(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


class ExportDialog(QFileDialog):
    """A save dialog over the export formats (Qt's own widget, so it looks and behaves the same everywhere
    and tests can fill it in)."""

    def __init__(self, parent: QWidget | None, settings, title: str):
        super().__init__(parent, title, start_folder(settings))
        self.setObjectName("exportDialog")
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setNameFilters(name_filters())
        self.settings = settings
        self._suffix_for(self.selectedNameFilter())
        self.filterSelected.connect(self._suffix_for)

    def _suffix_for(self, chosen: str) -> None:
        filters = name_filters()
        if chosen in filters:
            self.setDefaultSuffix(export_formats()[filters.index(chosen)][1][0].lstrip("."))

    def chosen_path(self) -> Path | None:
        files = self.selectedFiles()
        if not files:
            return None
        path = with_suffix(files[0], self.selectedNameFilter())
        if self.settings is not None:
            self.settings.set_value(LAST_FOLDER_KEY, str(path.parent))
        return path
