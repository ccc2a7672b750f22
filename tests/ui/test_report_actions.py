"""File > Report... and File > Export map image... in the window: the report of the current filter (in a worker),
a filter without dates covering the days of its incidents; the map picture at the chosen size and scale."""
from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest

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


def test_the_file_menu_has_report_and_map_image(window):
    names = [a.objectName() for a in window.menus["file"].actions()]
    assert "actionReport" in names and "actionExportMapImage" in names and "actionExportHtmlMap" in names
    assert names.index("actionReport") < names.index("actionExportMapImage") < names.index("actionExportHtmlMap")


def test_html_map_of_the_current_filter(window, demo_store, qtbot, tmp_path):
    window.state.update_filter(countries={"LT"}, date_from="2021-08-01", date_to="2021-08-31")
    out = tmp_path / "lt.html"
    with qtbot.waitSignal(window.reports.finished, timeout=TIMEOUT) as done:
        window.reports.export_html_map(out)
    assert done.args == ["html map", True]
    assert window.reports.last_result == demo_store.count(window.state.filter) > 0
    html = out.read_text(encoding="utf-8")
    assert f'"len":{window.reports.last_result},' in html and "2021-08-01 to 2021-08-31" in html


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils are not installed")
def test_report_of_the_current_filter(window, demo_store, qtbot, tmp_path):
    window.state.update_filter(countries={"LV"}, date_from="2021-09-01", date_to="2021-09-30")
    out = tmp_path / "lv.pdf"
    with qtbot.waitSignal(window.reports.finished, timeout=TIMEOUT) as done:
        window.reports.write_report(out, classification="TEST MARK")
    assert done.args == ["report", True]
    expected = demo_store.stats(window.state.filter)
    assert window.reports.last_result == expected.total > 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "2021-09-01 to 2021-09-30" in text and "countries LV" in text and "TEST MARK" in text
    assert f"Incidents {expected.total:,}".split()[1] in text


def test_a_filter_without_dates_reports_the_days_of_its_incidents(window, demo_store, qtbot, tmp_path):
    window.state.update_filter(countries={"PL"})
    days = sorted(demo_store.stats(window.state.filter).by_day)
    out = tmp_path / "all.html"
    with qtbot.waitSignal(window.reports.finished, timeout=TIMEOUT) as done:
        window.reports.write_report(out)
    assert done.args == ["report", True]
    html = out.read_text(encoding="utf-8")
    assert f"{days[0]} to {days[-1]}" in html


def test_map_image_at_size_and_scale(window, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from border_monitor.ui.text.palette import BELARUS_FILL

    out = tmp_path / "map.png"
    with qtbot.waitSignal(window.reports.finished, timeout=TIMEOUT) as done:
        assert window.reports.export_map_image(out, 500, 400, 2)
    assert done.args == ["map image", True]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 800)
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    a = np.frombuffer(rgb.constBits(), np.uint8).reshape(rgb.height(), rgb.bytesPerLine())[:, :3000]
    a = a.reshape(800, 1000, 3).astype(int)
    grey = np.array([int(BELARUS_FILL[k:k + 2], 16) for k in (1, 3, 5)])
    assert (np.abs(a - grey).max(axis=2) <= 3).sum() > 50_000  # the map, not a blank picture


def test_map_image_is_never_written_over_the_store(window, demo_store, qtbot):
    before = demo_store.path.read_bytes()
    with qtbot.waitSignal(window.reports.finished, timeout=TIMEOUT) as done:
        assert not window.reports.export_map_image(demo_store.path, 300, 200, 1)
    assert done.args == ["map image", False]
    assert demo_store.path.read_bytes() == before
