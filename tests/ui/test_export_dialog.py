"""The export dialog: a filter per format, the chosen filter's suffix added, the last folder remembered,
files with the user's normal permissions."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from border_monitor.io.readers import read_incidents
from border_monitor.ui.actions.export_dialog import LAST_FOLDER_KEY, export_formats, name_filters, with_suffix
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import open_settings

TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, demo_store, tmp_path):
    w = MainWindow(demo_store, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"), restore=False)
    w.show()
    yield w
    dispose(w)


def test_one_filter_per_format():
    filters = name_filters()
    assert [fmt for fmt, _ in export_formats()][:4] == ["CSV", "GeoJSON", "KML", "GeoPackage"]
    assert filters[:4] == ["CSV table (*.csv)", "GeoJSON (*.geojson *.json)", "KML (Google Earth) (*.kml)",
                           "GeoPackage (*.gpkg)"]


def test_the_suffix_of_the_chosen_filter_is_added_when_missing(tmp_path):
    kml, csv = name_filters()[2], name_filters()[0]
    assert with_suffix(tmp_path / "report", kml) == tmp_path / "report.kml"
    assert with_suffix(tmp_path / "report.2021", csv) == tmp_path / "report.2021.csv"
    assert with_suffix(tmp_path / "report.GeoJSON", kml) == tmp_path / "report.GeoJSON"


def test_the_dialog_exports_with_the_filter_suffix_and_remembers_the_folder(window, qtbot, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = window.files.choose_export()
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT)
    assert Path(dialog.directory().absolutePath()) != folder
    dialog.selectNameFilter(name_filters()[2])  # KML
    dialog.filterSelected.emit(name_filters()[2])
    dialog.setDirectory(str(folder))
    dialog.selectFile("week 37")
    old = os.umask(0o022)
    try:
        with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
            dialog.accept()
    finally:
        os.umask(old)
    assert done.args == ["export", True]
    out = folder / "week 37.kml"
    assert out.is_file() and len(read_incidents(out).batch) == window.files.last_result
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert window.settings.value(LAST_FOLDER_KEY) == str(folder)
    again = window.files.choose_export()
    assert Path(again.directory().absolutePath()) == folder
    again.reject()


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".kml", ".gpkg"])
def test_exports_get_the_users_normal_permissions(window, qtbot, tmp_path, suffix):
    out = tmp_path / f"e{suffix}"
    old = os.umask(0o027)
    try:
        with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
            window.files.export_file(out)
    finally:
        os.umask(old)
    assert done.args == ["export", True]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # not the 0600 of a temporary file
