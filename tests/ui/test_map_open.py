"""Opening the window: the map's first incidents query runs while its page loads, and is the only one."""
from __future__ import annotations

import pytest
from test_state import CountingStore

from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.main_window import MainWindow
from border_monitor.ui.map.page import fit_zoom
from border_monitor.ui.map.payload import cell_deg_for_zoom
from border_monitor.ui.settings import open_settings

TIMEOUT = 60_000


@pytest.mark.parametrize("size", [(1600, 1000), (1920, 1080)])
def test_the_first_map_query_runs_while_the_page_loads_and_is_not_asked_again(qtbot, demo_store, tmp_path, size):
    counted = CountingStore(demo_store)
    window = MainWindow(counted, store_path=demo_store.path, settings=open_settings(tmp_path / "s.ini"),
                        restore=False, user="officer.test")
    events: list[str] = []
    window.state.queries.answered.connect(lambda key: events.append(f"answered {key}"))
    window.map_panel.ready.connect(lambda: events.append("page ready"))
    try:
        window.resize(*size)
        window.show()
        qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)
        map_queries = [m for v, m in counted.calls if v == "map" and m in ("grid_counts", "points")]
        assert map_queries == ["grid_counts"]  # the grid the fitted page shows, asked once
        # ... and answered before the page was ready (it waited in the bridge's queue), not asked for then.
        assert events.index("answered map") < events.index("page ready")
        # The zoom guessed from the map's size gives the grid of the zoom the page fitted.
        web = window.map_panel.web_view.size()
        assert cell_deg_for_zoom(fit_zoom(web.width(), web.height())) == \
            cell_deg_for_zoom(window.map_panel.view()["zoom"])
    finally:
        dispose(window)


def test_the_fit_zoom_guess_follows_the_map_size():
    assert fit_zoom(958, 610) < fit_zoom(1300, 900)
    assert fit_zoom(958, 610) % 0.25 == 0
    assert fit_zoom(50, 30) <= fit_zoom(958, 610) - 4  # a hidden view's size: the fit zooms out far
