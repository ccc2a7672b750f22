"""File > Import...: the dialog's preview, guessed mapping, coordinate system, rejected count, profiles, and the
import it hands to the File menu (real files, real Qt offscreen, a real store)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_crs import metres_apart, tm_forward  # noqa: E402

from border_monitor.domain.filters import IncidentFilter  # noqa: E402
from border_monitor.io.table_preview import preview_table  # noqa: E402
from border_monitor.ui.import_dialog import ImportDialog  # noqa: E402
from border_monitor.ui.lifecycle import dispose  # noqa: E402
from border_monitor.ui.main_window import MainWindow  # noqa: E402
from border_monitor.ui.settings import open_settings  # noqa: E402

TIMEOUT = 60_000
HEADER = "Data;Laikas;Šalis;Įvykio tipas;Asm. sk.;Pilietybė;X;Y;Aprašymas;Šaltinis;Būsena"
# around Vilnius, well inside Lithuania
PLACES = [(25.20 + 0.004 * k, 54.62 + 0.003 * k) for k in range(25)]


def lithuanian_file(tmp_path: Path, bad_rows=(), header: str = HEADER, name: str = "vsat.csv") -> Path:
    lines = [header]
    for k, (lon, lat) in enumerate(PLACES):
        easting, northing = tm_forward("lks94", lon, lat)
        persons = "trys" if k in bad_rows else str(2 + k % 3)
        x, y = f"{northing:.2f}".replace(".", ","), f"{easting:.2f}".replace(".", ",")
        lines.append(f"2021-08-{1 + k:02d};10:{k:02d};Lietuva;Sulaikymas;{persons};Irakas {persons};{x};{y};"
                     f"dialogo eilutė {k}, prie Vilniaus;VSAT;patvirtinta")
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1257"))
    return path


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "profiles.ini"), QSettings.Format.IniFormat)


def open_dialog(qtbot, path: Path, settings) -> ImportDialog:
    dialog = ImportDialog(preview_table(path), settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT):
        dialog.show()
    return dialog


def test_preview_guessed_mapping_and_rejected_count(qtbot, tmp_path, settings):
    dialog = open_dialog(qtbot, lithuanian_file(tmp_path, bad_rows=(3, 21)), settings)
    assert dialog.table.rowCount() == 1 + 20  # the field row, then the first 20 rows as read
    assert dialog.table.item(1, 3).text() == "Sulaikymas" and dialog.table.item(4, 4).text() == "trys"
    assert dialog.table.horizontalHeaderItem(4).text() == "Asm. sk."
    assert dialog.mapping() == {"occurred_at": "Data", "occurred_time": "Laikas", "country": "Šalis",
                                "type": "Įvykio tipas", "persons": "Asm. sk.", "nationalities": "Pilietybė",
                                "x": "X", "y": "Y", "description": "Aprašymas", "source": "Šaltinis",
                                "status": "Būsena"}
    assert dialog.rejected_count() == 2  # the whole file is checked, not only the rows shown
    reasons = dialog.reasons.toPlainText()
    assert "line 5, Asm. sk.: 'trys' is not a whole number" in reasons
    assert "LKS-94" in reasons  # the note on how X and Y were read
    assert dialog.count_label.text().startswith("2 of 25 row")
    # the wrong grid: every position lands far from where it is, and the check says so before anything is written
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT):
        dialog.set_system("pl1992")
    assert dialog.rejected_count() is None or dialog.rejected_count() == 25
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT):
        dialog.set_system(None)
    assert dialog.rejected_count() == 2
    # a column left out is left out: without the persons the apprehensions are refused
    with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT):
        dialog.set_field("Asm. sk.", "")
    assert "persons" not in dialog.mapping() and dialog.rejected_count() == 25


def test_a_saved_profile_is_applied_to_the_next_file_of_the_same_kind(qtbot, tmp_path, settings):
    header = "Kada;Laikas;Šalis;Kas;Kiek;Pilietybė;X;Y;Aprašymas;Šaltinis;Būsena"
    first = open_dialog(qtbot, lithuanian_file(tmp_path, header=header, name="a.csv"), settings)
    assert first.rejected_count() is None  # no date column guessed from "Kada"
    assert "has no occurred_at column" in first.reasons.toPlainText()
    assert not first.import_button.isEnabled()
    for column, name in (("Kada", "occurred_at"), ("Kas", "type"), ("Kiek", "persons")):
        with qtbot.waitSignal(first.checked, timeout=TIMEOUT):
            first.set_field(column, name)
    assert first.rejected_count() == 0 and first.import_button.isEnabled()
    first.profile_name.setText("VSAT užkarda")
    saved = first.save_current_profile()
    assert saved.columns["occurred_at"] == "Kada" and saved.crs is None
    second = open_dialog(qtbot, lithuanian_file(tmp_path, header=header, name="b.csv"), settings)
    assert second.profile_combo.currentData() == "VSAT užkarda"
    assert second.mapping() == first.mapping() and second.rejected_count() == 0
    other = open_dialog(qtbot, lithuanian_file(tmp_path, name="c.csv"), settings)  # other headers: not applied
    assert other.profile_combo.currentData() == "" and other.mapping()["occurred_at"] == "Data"


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False)
    w.show()
    yield w
    dispose(w)


def test_the_dialog_imports_through_the_file_menu(window, demo_store, qtbot, tmp_path):
    header = "Kada;Laikas;Šalis;Kas;Kiek;Pilietybė;X;Y;Aprašymas;Šaltinis;Būsena"
    path = lithuanian_file(tmp_path, header=header)
    dialog = window.files.open_import_dialog(path)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=TIMEOUT)
    for column, name in (("Kada", "occurred_at"), ("Kas", "type"), ("Kiek", "persons")):
        with qtbot.waitSignal(dialog.checked, timeout=TIMEOUT):
            dialog.set_field(column, name)
    before = demo_store.count(IncidentFilter())
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        dialog.import_button.click()
    assert done.args == ["import", True]
    assert demo_store.count(IncidentFilter()) == before + 25
    got = sorted((i.lon, i.lat) for i in demo_store.page(IncidentFilter(text="dialogo eilutė"), limit=100))
    assert len(got) == 25
    for (lon, lat), (true_lon, true_lat) in zip(got, sorted(PLACES)):
        assert metres_apart(lon, lat, true_lon, true_lat) < 1.0


def test_the_dialog_renders(qtbot, tmp_path, settings):
    dialog = open_dialog(qtbot, lithuanian_file(tmp_path, bad_rows=(3,)), settings)
    dialog.resize(1100, 680)
    image = dialog.grab().toImage()
    out = tmp_path / "import_dialog.png"
    assert image.save(str(out)) and out.stat().st_size > 10_000
    assert dialog.count_label.isVisible() and dialog.reasons.isVisible() and dialog.system_combo.isVisible()
