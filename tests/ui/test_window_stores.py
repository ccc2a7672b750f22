"""The window and real stores: File > New store..., Open of a name with no store, the synthetic-data banner
and title, and who is working (Edit > Settings: name and unit in the audit log and the status bar)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from border_monitor.domain import Incident, IncidentFilter
from border_monitor.domain.data_notice import SYNTHETIC_NOTICE
from border_monitor.domain.operator import login_name
from border_monitor.store import open_store
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings
from border_monitor.ui.settings_dialog import SettingsDialog

TIMEOUT = 60_000


@pytest.fixture
def settings_file(tmp_path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, demo_store, settings_file):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(settings_file), restore=False)
    w.show()
    yield w
    store = w.store
    dispose(w)
    if store is not None and store is not demo_store:
        store.close()


def test_a_synthetic_store_says_so_in_the_title_and_a_banner_that_cannot_be_closed(window):
    assert window.windowTitle() == f"DEMO - synthetic data - {window.store.name} - Border Monitor"
    banner = window.synthetic_banner
    assert banner.isVisible()
    assert banner.label.text() == SYNTHETIC_NOTICE
    assert not banner.isMovable() and not banner.toggleViewAction().isVisible()
    menu = window.createPopupMenu()  # the toolbar/dock context menu offers no way to hide it
    assert banner.toggleViewAction() not in [a for a in menu.actions() if a.isVisible()]
    # above the map: the strip's bottom is at or above the map's top
    top_of_map = window.map_panel.mapTo(window, window.map_panel.rect().topLeft()).y()
    assert banner.geometry().bottom() <= top_of_map


def test_a_saved_layout_does_not_hide_the_banner(qtbot, demo_store, settings_file):
    first = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(settings_file), restore=False)
    first.show()
    first.synthetic_banner.setVisible(False)  # as a layout saved while a real store was open
    first.save_settings()
    dispose(first)
    again = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(settings_file))
    again.show()
    try:
        assert again.synthetic_banner.isVisible()
    finally:
        dispose(again)


def test_new_store_dialog_starts_in_documents_adds_the_suffix_and_opens_the_store(window, qtbot, tmp_path,
                                                                                 monkeypatch):
    # The user's Documents folder, as the desktop names it (XDG user-dirs), is not made yet.
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{tmp_path}/Dokumenty"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    actions = window.new_store
    dialog = actions.choose()
    assert isinstance(dialog, QFileDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "gpkg"
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == tmp_path / "Dokumenty"
    assert Path(dialog.directory().absolutePath()) == Path(documents)
    dialog.close()
    with qtbot.waitSignal(actions.finished, timeout=TIMEOUT) as done:
        actions.create(tmp_path / "shift-log")  # the name the user typed, without a suffix
    assert done.args == [True]
    made = tmp_path / "shift-log.gpkg"
    assert window.store_path == str(made) and Path(window.store.path) == made
    assert window.store.count(IncidentFilter()) == 0
    assert window.windowTitle() == "shift-log.gpkg - Border Monitor"  # real data: no DEMO
    assert not window.synthetic_banner.isVisible()
    assert len(window.store.reference_layer("sectors")["features"]) > 0


def test_new_store_over_an_existing_file_is_refused_and_the_file_kept(window, qtbot, tmp_path):
    path = tmp_path / "taken.gpkg"
    path.write_bytes(b"someone's file")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = window.store
    with qtbot.waitSignal(window.new_store.finished, timeout=TIMEOUT) as done:
        assert window.new_store.create(path) is None
    assert done.args == [False]
    assert "exists already" in window.new_store.last_error
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert window.store is shown
    window.new_store.message_box.close()


def test_open_with_a_new_name_says_there_is_no_store_and_offers_a_new_one(window, qtbot, tmp_path):
    path = tmp_path / "missing.gpkg"
    assert window.files.open_store(path) is None
    box = window.new_store.message_box
    assert isinstance(box, QMessageBox)
    assert "There is no store at" in box.text() and "File > New store" in box.text()
    assert "not found" not in box.text().lower()
    make = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(window.new_store.finished, timeout=TIMEOUT) as done:
        make.click()
    assert done.args == [True]
    assert path.exists() and window.store_path == str(path)


def test_settings_name_and_unit_go_into_the_audit_and_the_status_bar(window, qtbot, demo_store, settings_file):
    assert window.operator_label.text() == login_name()  # default: the OS account, no unit
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.name_edit.text() == login_name() and dialog.unit_edit.text() == ""
    dialog.name_edit.setText("")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.message.text()  # a name is required
    dialog.name_edit.setText("j.kowalska")
    dialog.unit_edit.setText("SG Podlaski")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.operator_label.text() == "j.kowalska, SG Podlaski"

    incident = Incident(occurred_at="2021-09-01T10:00:00Z", country="LT", type="apprehension", lon=25.7, lat=54.3,
                        persons=2)
    window.editing.create(incident)  # what the form's Save does: a command on the undo stack
    entries = demo_store.history(incident.id)
    assert [(e.action, e.user) for e in entries] == [("create", "j.kowalska (SG Podlaski)")]
    assert demo_store.get(incident.id).created_by == "j.kowalska (SG Podlaski)"
    assert login_name() not in {e.user for e in entries}
    window.editing.undo_stack.undo()  # undoing the create soft-deletes it, audited under the same user
    assert demo_store.history(incident.id)[-1].user == "j.kowalska (SG Podlaski)"

    # kept in the settings: the next window works as the same user
    window.settings.sync()
    other = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(settings_file), restore=False)
    try:
        assert other.operator.audit_name == "j.kowalska (SG Podlaski)"
        assert other.operator_label.text() == "j.kowalska, SG Podlaski"
    finally:
        dispose(other)


def test_a_gui_import_is_audited_with_the_configured_name_and_unit(window, qtbot, demo_store, tmp_path):
    window.set_operator(type(window.operator)("a.berzina", "VRS Daugavpils"))
    src = tmp_path / "in.csv"
    src.write_text("occurred_at,country,type,lon,lat,persons\n2021-09-01T10:00:00Z,LV,apprehension,27.3,55.8,2\n",
                   encoding="utf-8")
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT):
        window.files.import_file(src)
    conn = demo_store._conn()  # noqa: SLF001 - read the audit log as QGIS would
    user = conn.execute("SELECT user FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert user == "a.berzina (VRS Daugavpils)"


def test_screenshot_of_a_synthetic_store_shows_the_banner_and_says_so_in_the_png(demo_store_file, tmp_path):
    from border_monitor.ui.window_capture import take_screenshot

    out = take_screenshot(demo_store_file, tmp_path / "shot.png", size=(1280, 800))
    image = QImage(str(out))
    assert image.text("Description") == SYNTHETIC_NOTICE
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(rgb.height(), rgb.width(), 4)[..., 2::-1].astype(int)
    yellow = (np.abs(raw - np.array([0xFF, 0xD6, 0x0A])).sum(axis=2) < 40)
    rows = yellow.mean(axis=1)
    assert rows[:80].max() > 0.9  # a strip across the whole window near the top


def test_the_banner_is_translated(qapp):
    from PySide6.QtCore import QLocale

    from border_monitor.ui.i18n import install_translators
    from border_monitor.ui.synthetic_banner import SyntheticBanner

    previous = QLocale()
    loaded = install_translators(qapp, QLocale("pl_PL"))
    try:
        banner = SyntheticBanner()
        assert banner.label.text() == "Syntetyczne dane demonstracyjne, nie prawdziwe incydenty"
        banner.deleteLater()
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


def test_a_gui_export_of_synthetic_data_carries_the_notice(window, qtbot, tmp_path):
    import csv

    out = tmp_path / "out.csv"
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.export_file(out)
    assert done.args == ["export", True]
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and {r["data_notice"] for r in rows} == {SYNTHETIC_NOTICE}
