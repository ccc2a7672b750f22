"""Fixtures for the Qt tests: offscreen Qt, the map's URL scheme, a small demo store, a JS runner."""
from __future__ import annotations

import json
import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if "--no-sandbox" not in _flags:  # the tests run as root, where Chromium's sandbox cannot start
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{_flags} --no-sandbox".strip()

from border_monitor.ui.map.scheme import register_schemes  # noqa: E402  (after the environment above)

register_schemes()  # before pytest-qt creates the QApplication

DEMO_INCIDENTS = 3000


@pytest.fixture(scope="session")
def qapp_args():
    return ["border-monitor-tests"]


@pytest.fixture(scope="session", autouse=True)
def _delete_widgets_before_exit(qapp):
    """Carry out the deleteLater() pytest-qt leaves for the last test's widgets while Qt still runs, so a
    web page goes before its profile (else QtWebEngine warns at exit)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture(autouse=True)
def _no_catalogue_after_the_test(qapp):
    """Each test starts with the code's own strings and the default locale, whatever an earlier test in the same
    process installed (pytest-xdist runs the files in any order and any mix)."""
    from PySide6.QtCore import QLocale

    from border_monitor.ui.i18n import remove_translators

    before = QLocale()
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def language(qapp):
    """``language(lang)``: the application in ``lang`` ("en", "lt", "lv", "pl") for the rest of the test (the
    fixture above puts the code's own strings and the locale back after it)."""
    from border_monitor.ui.i18n import install_translators, locale_for

    def use(lang: str) -> None:
        install_translators(qapp, locale_for(lang))

    return use


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory):
    """A small demo store (the 2021 scenario at 3,000 incidents), written once per test run."""
    from border_monitor.scenario.demo_store import write_demo_store

    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    write_demo_store(path, n=DEMO_INCIDENTS)
    return path


@pytest.fixture
def demo_store(demo_store_file, tmp_path):
    """An open store on a private copy of the demo store (tests may write to it)."""
    from border_monitor.store import open_store

    path = tmp_path / "demo.gpkg"
    shutil.copyfile(demo_store_file, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def app_state(qapp):
    from border_monitor.ui.state import AppState

    return AppState()


@pytest.fixture
def settle(qtbot):
    """``settle(state)``: wait until every store query the views sent to the state's query worker was answered
    (a filter change reaches the table, the timeline and the status bar when its answers come)."""

    def wait(state, timeout: int = 20_000) -> None:
        qtbot.waitUntil(lambda: not state.queries.busy(), timeout=timeout)

    return wait


@pytest.fixture
def run_js(qtbot):
    """``run_js(web_view, expression)``: the value of a JavaScript expression in the view's page (via JSON)."""

    def run(view, expression: str, timeout: int = 20_000):  # a loaded machine's page can take seconds
        result: list = []
        view.page().runJavaScript(f"JSON.stringify(({expression}))", 0, result.append)
        qtbot.waitUntil(lambda: bool(result), timeout=timeout)
        return None if result[0] in (None, "", "undefined") else json.loads(result[0])

    return run


@pytest.fixture
def panel(qtbot, demo_store, app_state):
    """A shown MapPanel on the demo store whose page is ready and has drawn once."""
    from border_monitor.ui.map import MapPanel

    panel = MapPanel(demo_store, app_state)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=20_000):
        panel.show()
    qtbot.waitUntil(panel.is_settled, timeout=20_000)  # a fit after the first draw (a resize) drawn too
    return panel


@pytest.fixture
def locale_c(qapp):
    """Numbers and dates in the C locale for the test, restored after."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def near_midnight(qapp, tmp_path):
    """LT 20:45 UTC (23:45 +03:00) and PL 21:40 UTC (23:40 +02:00): sorted by UTC, locally they look reversed."""
    from border_monitor.domain.incident import Incident
    from border_monitor.store import open_store

    store = open_store(tmp_path / "midnight.gpkg", create=True)
    store.add([
        Incident(occurred_at="2021-07-03T21:40:00Z", country="PL", type="apprehension", lon=23.66, lat=53.51,
                 persons=2, nationalities="IRQ:2", source="patrol"),
        Incident(occurred_at="2021-07-03T20:45:00Z", country="LT", type="apprehension", lon=23.95, lat=54.02,
                 persons=3, nationalities="IRQ:3", source="patrol"),
    ], "tester")
    yield store
    store.close()
