"""The map's web engine started early (``ui.map.engine``): the first map panel takes it, a later one starts its own,
and one nobody took is deleted page first."""
from __future__ import annotations

from shiboken6 import delete, isValid

from border_monitor.ui.map import MapPanel, engine
from border_monitor.ui.map.scheme import SCHEME

TIMEOUT = 20_000


def test_the_first_panel_draws_in_the_renderer_started_early_and_the_next_starts_its_own(qtbot, demo_store,
                                                                                          app_state):
    engine.start_early()
    spare = engine._spare  # noqa: SLF001 - which engine a panel took is what is tested
    assert spare is not None
    qtbot.waitUntil(lambda: spare.handler.served > 0, timeout=TIMEOUT)  # its renderer asked for the blank page
    first = MapPanel(demo_store, app_state)
    qtbot.addWidget(first)
    assert first.web_view.page() is spare.page and first.requests is spare.requests
    assert engine._spare is None  # noqa: SLF001 - taken once
    first.resize(900, 700)
    with qtbot.waitSignals([first.ready, first.drawn], timeout=TIMEOUT):
        first.show()
    assert first.features_drawn() > 0
    assert first.requests.urls[0] == engine.BLANK_URL  # the same page (and profile) first showed the blank one
    assert first.requests.non_local() == []
    second = MapPanel(None, app_state)
    qtbot.addWidget(second)
    assert second.web_view.page() is not first.web_view.page()
    assert second.web_view.page().profile() is not first.web_view.page().profile()
    assert all(u.startswith(f"{SCHEME}://app/index.html?load=") for u in second.requests.urls)


def test_an_engine_nobody_took_is_deleted_page_first(qtbot):
    engine.start_early()
    spare = engine._spare  # noqa: SLF001
    page, profile = spare.page, spare.profile
    engine.start_early()  # once: a second call keeps the first engine
    assert engine._spare is spare  # noqa: SLF001
    engine.discard()
    assert engine._spare is None and not isValid(page) and not isValid(profile)  # noqa: SLF001
    fresh = engine.take()  # nothing started early: a new one
    assert isValid(fresh.page) and fresh.page is not page
    delete(fresh.page)  # now, page before profile (as a panel's view would)
