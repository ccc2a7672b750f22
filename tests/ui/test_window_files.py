"""The File menu's work in workers: import (asking about bad rows), export of the filter, MBTiles errors."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

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


def write_csv(path, demo_store, bad: bool) -> int:
    near = demo_store.page(IncidentFilter(countries={"LT"}), limit=3)
    lines = ["occurred_at,country,type,lon,lat,persons,nationalities,description"]
    for n, incident in enumerate(near):
        lines.append(f"2021-09-0{n + 1}T10:00:00Z,LT,apprehension,{incident.lon},{incident.lat},{n + 2},IRQ,"
                     f"imported group {n}")
    if bad:
        lines.append("2021-09-09T10:00:00Z,LT,apprehension,not-a-number,54.0,2,IRQ,broken row")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(near)


def test_import_asks_about_bad_rows_then_writes_the_good_ones_in_a_worker(window, demo_store, qtbot, tmp_path):
    path = tmp_path / "in.csv"
    good = write_csv(path, demo_store, bad=True)
    before = demo_store.count(IncidentFilter())
    files = window.files
    window.files.import_file(path)
    qtbot.waitUntil(lambda: files.message_box is not None and files.message_box.isVisible(), timeout=TIMEOUT)
    box = files.message_box
    assert "line 5" in box.text() and "lon" in box.text()
    assert f"Import the {good} good row(s)?" in box.text()
    with qtbot.waitSignal(files.finished, timeout=TIMEOUT) as done:
        box.button(QMessageBox.StandardButton.Yes).click()
    assert done.args == ["import", True]
    assert demo_store.count(IncidentFilter()) == before + good
    # Every view heard of the change: the table counts the new rows, the status bar too.
    assert window.table_panel.model.rowCount() == before + good
    assert window.timeline_panel.bar_sum() == before + good
    found = demo_store.count(IncidentFilter(text="imported group"))
    assert found == good


def test_import_can_be_declined(window, demo_store, qtbot, tmp_path):
    path = tmp_path / "in.csv"
    write_csv(path, demo_store, bad=True)
    before = demo_store.count(IncidentFilter())
    window.files.import_file(path)
    qtbot.waitUntil(lambda: window.files.message_box is not None and window.files.message_box.isVisible(),
                    timeout=TIMEOUT)
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.message_box.button(QMessageBox.StandardButton.No).click()
    assert done.args == ["import", False]
    assert demo_store.count(IncidentFilter()) == before


def test_export_writes_the_incidents_in_the_filter(window, demo_store, qtbot, tmp_path):
    window.state.update_filter(countries={"LV"})
    out = tmp_path / "lv.csv"
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.export_file(out)
    assert done.args == ["export", True]
    expected = demo_store.count(window.state.filter)
    assert window.files.last_result == expected
    back = read_incidents(out)
    assert len(back.batch) == expected and not back.rejects


def test_unreadable_files_are_reported_with_their_name(window, qtbot, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_bytes(b"\x00\x01binary")
    with qtbot.waitSignal(window.files.finished, timeout=TIMEOUT) as done:
        window.files.import_file(bad)
    assert done.args == ["import", False]
    assert "notes.txt" in window.files.last_error
    not_tiles = tmp_path / "base.mbtiles"
    not_tiles.write_text("not a database")
    assert window.files.add_mbtiles(not_tiles) is False
    assert "base.mbtiles" in window.files.last_error
    window.files.message_box.close()


def test_long_work_reports_progress_keeps_the_window_live_and_stops_on_cancel(window, qtbot):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from border_monitor.ui.workers import run_with_progress

    def job(*, progress, cancel):
        for i in range(100_000):
            progress(i, 100_000)
            time.sleep(0.001)
        return "finished"

    ticks, cancelled, finished = [], [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    run_with_progress(window, "Test", "Working...", job, on_done=finished.append,
                      on_cancel=lambda: cancelled.append(True), min_duration_ms=0)
    qtbot.waitUntil(lambda: any(d.isVisible() and d.value() > 10 for d in window.findChildren(QProgressDialog)),
                    timeout=TIMEOUT)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    seen_value, ticks_before = dialog.value(), len(ticks)
    # While the job runs, the UI thread keeps running its event loop (the timer ticks) and the progress
    # keeps coming: wait for both, then check the job had not ended meanwhile.
    qtbot.waitUntil(lambda: len(ticks) > ticks_before + 5 and dialog.value() > seen_value, timeout=TIMEOUT)
    assert finished == [] and cancelled == []
    assert dialog.maximum() == 100_000
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: cancelled == [True], timeout=TIMEOUT)
    timer.stop()
    assert finished == []
