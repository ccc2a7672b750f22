"""The map's web engine started early on the page's shell (``ui.map.engine``): the first map panel takes it and
fills the shell with its page, a later one starts its own and loads whole pages, both give the same page, and one
nobody took is deleted page first."""
from __future__ import annotations

import os
import re
import signal

from PySide6.QtWebEngineCore import QWebEnginePage
from shiboken6 import delete, isValid

from border_monitor.ui.map import MapPanel, engine
from border_monitor.ui.map.scheme import SCHEME

TIMEOUT = 20_000
PAGE = re.compile(rf"{SCHEME}://app/index\.html\?load=\d+")
# The whole document as the page shows it, minus the whitespace between elements (the parser keeps what the page's
# text has there; a page put into the shell has none), Leaflet's own counters (element ids it numbers) and the names
# folium draws for the script's variables.
DOCUMENT = ("document.documentElement.outerHTML.replace(/>\\s+</g, '><').replace(/\\s+/g, ' ')"
            ".replace(/leaflet-control-layers-\\d+/g, 'leaflet-control-layers-N')"
            ".replace(/(bm_layer|layer_control)_[0-9a-f]{32}/g, '$1_N')")


def shown(qtbot, panel: MapPanel) -> MapPanel:
    """The panel shown at 900x700, its page ready and drawn: the page said ready at the size it is shown at
    (a page filled while hidden fits the borders once it has its size, not before)."""
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    views: list[dict] = []
    panel._bridge.pageReady.connect(views.append)  # noqa: SLF001 - the view the page said ready with
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        panel.show()
    qtbot.waitUntil(panel.is_settled, timeout=TIMEOUT)
    size = panel.web_view.size()
    assert [(v["width"], v["height"]) for v in views] == [(size.width(), size.height())]
    assert views[0]["zoom"] == panel.view()["zoom"]
    return panel


def pages(panel: MapPanel) -> list[str]:
    return [u for u in panel.requests.urls if PAGE.fullmatch(u)]


def test_the_first_panel_fills_the_shell_started_early_and_the_next_loads_whole_pages(qtbot, demo_store, app_state):
    engine.start_early()
    spare = engine._spare  # noqa: SLF001 - which engine a panel took is what is tested
    assert spare is not None and spare.shell.loaded is True  # start_early ran the event loop until it loaded
    assert spare.requests.urls[0] == engine.SHELL_URL
    assert any(u.endswith("/lib/leaflet/leaflet.js") for u in spare.requests.urls)  # the shell's scripts, fetched
    first = MapPanel(demo_store, app_state)
    assert first.web_view.page() is spare.page and first.requests is spare.requests
    assert engine._spare is None  # noqa: SLF001 - taken once
    shown(qtbot, first)
    assert first.features_drawn() > 0 and first.console_problems() == []
    assert pages(first) == [engine.SHELL_URL]  # filled in place: no page loaded after the shell
    assert first.requests.non_local() == []
    second = MapPanel(None, app_state)
    qtbot.addWidget(second)
    assert second.web_view.page() is not first.web_view.page()
    assert second.web_view.page().profile() is not first.web_view.page().profile()
    assert pages(second) in ([], [f"{SCHEME}://app/index.html?load=1"])  # a whole page (asked for, maybe not yet)


def test_a_page_in_the_shell_is_the_page_loaded_whole(qtbot, demo_store, app_state, run_js):
    engine.start_early()
    filled = shown(qtbot, MapPanel(demo_store, app_state))
    whole = shown(qtbot, MapPanel(demo_store, app_state))
    assert pages(filled) == [engine.SHELL_URL] and pages(whole) == [f"{SCHEME}://app/index.html?load=1"]
    one, other = filled.view(), whole.view()  # the same fit (to a fraction of a pixel: the fit can run twice)
    assert one["zoom"] == other["zoom"] and abs(one["lat"] - other["lat"]) + abs(one["lon"] - other["lon"]) < 1e-2
    assert filled.features_drawn() == whole.features_drawn() > 0
    one, other = run_js(filled.web_view, DOCUMENT), run_js(whole.web_view, DOCUMENT)
    assert one.count("<path") > 50 and one.count("<script") == 16  # the reference layers drawn; every script
    assert one == other
    assert filled.console_problems() == [] and whole.console_problems() == []


def test_a_shell_that_did_not_load_gives_way_to_the_whole_page(qtbot, demo_store, app_state):
    engine.start_early()
    spare = engine._spare  # noqa: SLF001
    spare.shell.loaded = None  # as if it were still loading ...
    spare.page.triggerAction(QWebEnginePage.WebAction.Stop)
    spare.shell._finished(False)  # noqa: SLF001 - ... and then failed (a stopped load, a renderer gone)
    panel = shown(qtbot, MapPanel(demo_store, app_state))
    assert panel.features_drawn() > 0
    assert pages(panel)[-1] == f"{SCHEME}://app/index.html?load=1"


def test_a_renderer_that_dies_after_the_shell_was_filled_gets_the_whole_page(qtbot, demo_store, app_state):
    engine.start_early()
    panel = shown(qtbot, MapPanel(demo_store, app_state))
    assert pages(panel) == [engine.SHELL_URL]
    pid = panel.web_view.page().renderProcessPid()
    assert pid > 0
    with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
        os.kill(pid, signal.SIGKILL)
    assert pages(panel)[-1] == f"{SCHEME}://app/index.html?load=2" and panel.features_drawn() > 0


def test_an_engine_nobody_took_is_deleted_page_first(qtbot):
    engine.start_early()
    spare = engine._spare  # noqa: SLF001
    page, profile = spare.page, spare.profile
    engine.start_early()  # once: a second call keeps the first engine
    assert engine._spare is spare  # noqa: SLF001
    engine.discard()
    assert engine._spare is None and not isValid(page) and not isValid(profile)  # noqa: SLF001
    fresh = engine.take()  # nothing started early: a new one
    assert isValid(fresh.page) and fresh.page is not page and fresh.shell is None
    delete(fresh.page)  # now, page before profile (as a panel's view would)
