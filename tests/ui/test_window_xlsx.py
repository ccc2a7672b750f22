"""XLSX through the File menu's workers: the filter exported as a workbook, a service's workbook imported."""
from __future__ import annotations

from datetime import date, time

import openpyxl
import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.io.readers import read_incidents
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


def test_the_filter_exports_to_a_workbook(window, demo_store, qtbot, tmp_path):
    window.state.update_filter(countries={"PL"})
    out = tmp_path / "pl.xlsx"
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.export_file(out)
    assert done.args == ["export", True]
    expected = {str(i.id) for i in demo_store.page(window.state.filter, limit=100_000)}
    back = read_incidents(out)
    assert not back.rejects and {str(i.id) for i in back.batch.to_incidents()} == expected and expected


def test_a_service_workbook_imports_in_a_worker(window, demo_store, qtbot, tmp_path):
    near = demo_store.page(IncidentFilter(countries={"LV"}), limit=2)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Date", "Time", "Country", "Type", "Longitude", "Latitude", "Persons", "Description"])
    for n, incident in enumerate(near):
        sheet.append([date(2021, 9, 1 + n), time(10, 0), "LV", "apprehension", incident.lon, incident.lat, n + 1,
                      f"from the workbook {n}"])
    path = tmp_path / "lv.xlsx"
    book.save(path)
    before = demo_store.count(IncidentFilter())
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.import_file(path)
    assert done.args == ["import", True]
    assert demo_store.count(IncidentFilter()) == before + 2
    assert demo_store.count(IncidentFilter(text="from the workbook")) == 2
