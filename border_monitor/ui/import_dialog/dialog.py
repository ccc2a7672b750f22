"""File > Import...: look at a CSV or XLSX table before it is imported, and say how to read it.

The dialog shows the first rows as read (``io.table_preview``), above each column the field it will feed
(guessed as the import guesses it, in English, Lithuanian, Latvian or Polish: ``io.columns.map_columns``,
editable), the coordinate system of the position columns, and how many rows would be rejected with the
first reasons: the file is read in a worker exactly as the import will read it (``io.readers``), again after
every change. A mapping can be saved as a named profile (``profiles``); the last saved profile that fits a
file is applied when it opens. "Import" hands the mapping to the File menu's import (``FileActions``).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...io.table_preview import TablePreview
from ..workers import Worker, start
from .profiles import Profile, load_profiles, profile_for, save_profile
from ..failure_text import failure_text
from ..text.reject_texts import note_text, reject_line

log = logging.getLogger(__name__)

#: The coordinate systems offered, after "found from the values".
SYSTEM_CHOICES = ("wgs84", "lks94", "lks2020", "lks92", "pl1992", "pl2000z7", "pl2000z8", "utm34n", "utm35n",
                  "laea")
SHOWN_REASONS = 6
CHECK_DELAY_MS = 250


def field_labels() -> list[tuple[str, str]]:
    """(field, words) in the order the combo boxes offer them; "" is "not imported"."""
    words = (
        ("", QCoreApplication.translate("ImportDialog", "(not imported)")),
        ("occurred_at", QCoreApplication.translate("ImportDialog", "Date (and time)")),
        ("occurred_time", QCoreApplication.translate("ImportDialog", "Time of day")),
        ("country", QCoreApplication.translate("ImportDialog", "Country")),
        ("type", QCoreApplication.translate("ImportDialog", "Incident type")),
        ("persons", QCoreApplication.translate("ImportDialog", "Persons")),
        ("nationalities", QCoreApplication.translate("ImportDialog", "Nationalities")),
        ("lat", QCoreApplication.translate("ImportDialog", "Latitude")),
        ("lon", QCoreApplication.translate("ImportDialog", "Longitude")),
        ("x", QCoreApplication.translate("ImportDialog", "X (national grid: northing)")),
        ("y", QCoreApplication.translate("ImportDialog", "Y (national grid: easting)")),
        ("northing", QCoreApplication.translate("ImportDialog", "Northing")),
        ("easting", QCoreApplication.translate("ImportDialog", "Easting")),
        ("mgrs", QCoreApplication.translate("ImportDialog", "MGRS reference")),
        ("description", QCoreApplication.translate("ImportDialog", "Description")),
        ("source", QCoreApplication.translate("ImportDialog", "Source")),
        ("status", QCoreApplication.translate("ImportDialog", "Status")),
        ("id", QCoreApplication.translate("ImportDialog", "Id (UUID)")),
    )
    return list(words)


def check_job(path: str, columns: dict[str, str], crs: str | None, *, progress, cancel):
    """Read the file as the import will (in a worker): the ReadResult, or the UnreadableFileError's sentence."""
    from ...io.errors import UnreadableFileError
    from ..jobs.import_job import read_in_python_thread

    progress(0, 0)
    try:
        return read_in_python_thread(path, columns=columns, crs=crs, columns_only=True)
    except UnreadableFileError as exc:
        return failure_text(exc, worded=True)


class ImportDialog(QDialog):
    """``importRequested(path, options)`` when the user imports; ``checked`` after each count of the rejects."""

    importRequested = Signal(str, dict)
    checked = Signal()

    def __init__(self, preview: TablePreview, settings=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.preview = preview
        self.settings = settings
        self.last_result = None  # the last check: a ReadResult or the sentence of a refusal
        self._generation = 0
        self.setWindowTitle(self.tr("Import %1").replace("%1", Path(preview.path).name))

        how = [preview.format]
        if preview.encoding:
            how.append(self.tr("encoding %1").replace("%1", preview.encoding))
        if preview.separator:
            how.append(self.tr("separator %1").replace("%1", repr(preview.separator)))
        if preview.sheet:
            how.append(self.tr("sheet %1, header on row %2").replace("%1", repr(preview.sheet)).replace(
                "%2", str(preview.header_row)))
        self.read_label = QLabel(self.tr("%1 (%2): the first %3 rows as read").replace(
            "%1", Path(preview.path).name).replace("%2", ", ".join(how)).replace("%3", str(len(preview.rows))), self)
        self.read_label.setObjectName("importReadAs")

        self.table = QTableWidget(len(preview.rows) + 1, len(preview.headers), self)
        self.table.setObjectName("importPreview")
        self.table.setHorizontalHeaderLabels(list(preview.headers))
        self.table.setVerticalHeaderLabels([self.tr("Field")] + [str(k + 1) for k in range(len(preview.rows))])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        labels = field_labels()
        for k in range(len(preview.headers)):
            combo = QComboBox(self.table)
            combo.setObjectName(f"importField_{k}")
            for name, words in labels:
                combo.addItem(words, name)
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(0, k, combo)
            self.combos.append(combo)
        for r, row in enumerate(preview.rows, start=1):
            for k, value in enumerate(row):
                self.table.setItem(r, k, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for k in range(len(preview.headers)):
            self.table.setColumnWidth(k, max(self.table.columnWidth(k), self.combos[k].sizeHint().width()))

        self.system_combo = QComboBox(self)
        self.system_combo.setObjectName("importSystem")
        self.system_combo.addItem(self.tr("Found from the values"), None)
        from ...geo.coords.crs import get_system

        for name in SYSTEM_CHOICES:
            self.system_combo.addItem(f"{get_system(name).label} ({name})", name)
        self.system_combo.currentIndexChanged.connect(self._changed)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("importProfile")
        self.profile_name = QLineEdit(self)
        self.profile_name.setObjectName("importProfileName")
        self.profile_name.setPlaceholderText(self.tr("Profile name, e.g. VSAT daily report"))
        self.save_button = QPushButton(self.tr("Save profile"), self)
        self.save_button.setObjectName("importSaveProfile")
        self.save_button.clicked.connect(self.save_current_profile)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.profile_name, 1)
        profile_row.addWidget(self.save_button)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("importRejectedCount")
        self.count_label.setWordWrap(True)
        self.reasons = QPlainTextEdit(self)
        self.reasons.setObjectName("importReasons")
        self.reasons.setReadOnly(True)
        self.reasons.setMaximumHeight(120)

        form = QFormLayout()
        form.addRow(self.tr("Coordinate system:"), self.system_combo)
        form.addRow(self.tr("Mapping profile:"), profile_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importRun")
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.reasons)
        layout.addWidget(self.buttons)
        self.resize(1100, 680)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._check)

        self._applying = True
        self._guess()
        self.profiles = load_profiles(settings)
        self._fill_profiles()
        fitting = profile_for(self.profiles, preview.headers)
        if fitting is not None:
            self.apply_profile(fitting)
        self._applying = False
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self._check()

    # -- the mapping ------------------------------------------------------------------------------
    def _guess(self) -> None:
        from ...io.columns import map_columns

        guessed = map_columns(list(self.preview.headers))
        by_column = {k: name for name, k in guessed.columns.items()}
        for k, combo in enumerate(self.combos):
            combo.setCurrentIndex(max(combo.findData(by_column.get(k, "")), 0))

    def mapping(self) -> dict[str, str]:
        """Field -> header, as the combo boxes say (the first column wins when two name one field)."""
        out: dict[str, str] = {}
        for header, combo in zip(self.preview.headers, self.combos):
            name = combo.currentData()
            if name and name not in out:
                out[name] = header
        return out

    def set_field(self, header: str, name: str) -> None:
        """Choose the field of the column ``header`` ("" = not imported), as a user would in its combo box."""
        k = list(self.preview.headers).index(header)
        self.combos[k].setCurrentIndex(self.combos[k].findData(name))

    def system(self) -> str | None:
        return self.system_combo.currentData()

    def set_system(self, name: str | None) -> None:
        self.system_combo.setCurrentIndex(max(self.system_combo.findData(name), 0))

    def options(self) -> dict:
        """What ``FileActions.import_file`` reads the file with."""
        return {"columns": self.mapping(), "crs": self.system(), "columns_only": True}

    # -- profiles ---------------------------------------------------------------------------------
    def _fill_profiles(self) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(guessed from the headers)"), "")
        for name, profile in self.profiles.items():
            fits = profile.fits(self.preview.headers)
            self.profile_combo.addItem(name if fits else self.tr("%1 (other columns)").replace("%1", name), name)
        self.profile_combo.blockSignals(False)

    def _profile_chosen(self, index: int) -> None:
        name = self.profile_combo.itemData(index)
        if not name:
            self._applying = True
            self._guess()
            self.set_system(None)
            self._applying = False
            self._changed()
            return
        self.apply_profile(self.profiles[name])

    def apply_profile(self, profile: Profile) -> None:
        """Set the mapping and system of ``profile``; columns it does not name are not imported."""
        was = self._applying
        self._applying = True
        headers = list(self.preview.headers)
        for combo in self.combos:
            combo.setCurrentIndex(0)
        for name, header in profile.columns.items():
            if header in headers:
                self.combos[headers.index(header)].setCurrentIndex(max(self.combos[headers.index(header)].findData(name), 0))
        self.set_system(profile.crs)
        self.profile_combo.blockSignals(True)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(profile.name), 0))
        self.profile_combo.blockSignals(False)
        self.profile_name.setText(profile.name)
        self._applying = was
        if not was:
            self._changed()

    def save_current_profile(self) -> Profile | None:
        name = self.profile_name.text().strip()
        if not name:
            self.profile_name.setFocus()
            self.profile_name.setPlaceholderText(self.tr("Type a name for the profile first"))
            return None
        profile = Profile(name, self.mapping(), self.system())
        if self.settings is not None:
            self.profiles = save_profile(self.settings, profile)
        else:
            self.profiles = {name: profile, **{k: v for k, v in self.profiles.items() if k != name}}
        self._fill_profiles()
        self.profile_combo.blockSignals(True)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(name), 0))
        self.profile_combo.blockSignals(False)
        return profile

    # -- the check --------------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if self._applying:
            return
        self.count_label.setText(self.tr("Checking the file..."))
        self._timer.start()

    def _check(self) -> None:
        self._generation += 1
        generation = self._generation
        worker = Worker(check_job, self.preview.path, self.mapping(), self.system())
        worker.signals.finished.connect(lambda result, g=generation: self._checked(g, result))
        worker.signals.failed.connect(lambda exc, g=generation: self._checked(g, failure_text(exc, worded=True)))
        start(worker)  # kept alive by ui.workers until it reports

    def _checked(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a later change is being checked
        self.last_result = result
        if isinstance(result, str):
            self.count_label.setText(self.tr("The file cannot be imported this way:"))
            self.count_label.setStyleSheet("color: #b00020;")
            self.reasons.setPlainText(result)
            self.import_button.setEnabled(False)
        else:
            self.count_label.setStyleSheet("")
            total = result.source.rows
            bad = result.bad_rows
            if bad:
                text = self.tr("%Ln of %1 row(s) would be rejected; the first reasons:", "", bad)
            else:
                text = self.tr("All %1 rows can be imported.")
            self.count_label.setText(text.replace("%1", str(total)))
            lines = [reject_line(result.source, e) for e in result.rejects[:SHOWN_REASONS]]
            lines += [self.tr("Note: %1").replace("%1", note_text(note)) for note in result.source.notes]
            self.reasons.setPlainText("\n".join(lines))
            self.import_button.setEnabled(len(result.batch) > 0)
        self.checked.emit()

    def rejected_count(self) -> int | None:
        """Rows the last check would reject (None when the file cannot be read this way)."""
        return None if isinstance(self.last_result, str) or self.last_result is None else self.last_result.bad_rows

    def _import(self) -> None:
        self.importRequested.emit(self.preview.path, self.options())
        self.accept()
