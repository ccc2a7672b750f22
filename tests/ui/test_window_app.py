"""Starting the GUI: ``border-monitor`` alone opens the demo store (made on first run), ``gui --store`` another."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from border_monitor.cli.main import main
from border_monitor.domain.filters import IncidentFilter
from border_monitor.store import open_store
from border_monitor.ui.about import is_synthetic
from border_monitor.ui.app import DEMO_STORE_NAME, default_store_path
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.settings import WindowSettings, open_settings


def close_when_drawn(seen: list) -> QTimer:
    """Poll for the main window; once its map has drawn, note what it shows and close it."""
    timer = QTimer()

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.map_panel.is_settled():
                seen.append((widget.store.name, widget.table_panel.model.rowCount(), widget.windowTitle()))
                timer.stop()
                widget.close()

    timer.timeout.connect(poll)
    timer.start(100)
    return timer


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_no_arguments_creates_the_demo_store_on_first_run_and_opens_it(qapp, data_home, tmp_path, monkeypatch):
    assert default_store_path().is_relative_to(data_home)
    assert not default_store_path().exists()
    settings_file = tmp_path / "settings.ini"
    # ``border-monitor`` with no subcommand runs ``gui``; the hidden --settings keeps the user's settings untouched.
    monkeypatch.setattr("border_monitor.ui.app.open_settings", lambda path=None: open_settings(settings_file))
    seen: list = []
    timer = close_when_drawn(seen)
    assert main([]) == 0
    timer.stop()
    store_path = default_store_path()
    assert store_path.name == DEMO_STORE_NAME and store_path.exists()
    with open_store(store_path) as store:
        assert is_synthetic(store.metadata())
        total = store.count(IncidentFilter())
    assert seen == [(store_path.name, total, seen[0][2])] and total > 1000
    assert store_path.name in seen[0][2]
    assert WindowSettings(open_settings(settings_file)).last_store == str(store_path)


def test_gui_store_option_opens_that_store(qapp, demo_store_file, data_home, tmp_path):
    settings_file = tmp_path / "settings.ini"
    seen: list = []
    timer = close_when_drawn(seen)
    assert main(["gui", "--store", str(demo_store_file), "--settings", str(settings_file)]) == 0
    timer.stop()
    assert seen and seen[0][0] == Path(demo_store_file).name
    assert not default_store_path().exists()  # no demo store was made
    assert WindowSettings(open_settings(settings_file)).last_store == str(demo_store_file)


def test_gui_with_a_missing_store_says_so(qapp, tmp_path, capsys):
    assert main(["gui", "--store", str(tmp_path / "nowhere.gpkg"), "--settings", str(tmp_path / "s.ini")]) == 2
    assert "nowhere.gpkg does not exist" in capsys.readouterr().err


def test_the_store_modules_load_with_the_application_not_in_the_first_open(tmp_path):
    """``create_application`` loads the GeoPackage store's modules (while the map's renderer starts), so the first
    open of a store does not; a fresh process, as the application starts."""
    import subprocess
    import sys

    code = ("import sys\nfrom border_monitor.ui.app import create_application\n"
            "before = 'border_monitor.store.gpkg.store' in sys.modules\ncreate_application()\n"
            "print(before, 'border_monitor.store.gpkg.store' in sys.modules, 'numpy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-3:] == ["False", "True", "True"]
