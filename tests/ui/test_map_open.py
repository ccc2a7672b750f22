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
    cells: list[float] = []  # the grid cell of each view the page reports
    window.map_panel.viewChanged.connect(lambda view: cells.append(cell_deg_for_zoom(view["zoom"])))
    try:
        window.resize(*size)
        window.show()  # its showEvent asks for the grid of the zoom guessed from the map's size now
        shown = window.map_panel.web_view.size()
        cells.insert(0, cell_deg_for_zoom(fit_zoom(shown.width(), shown.height())))
        qtbot.waitUntil(window.map_panel.is_settled, timeout=TIMEOUT)
        map_queries = [m for v, m in counted.calls if v == "map" and m in ("grid_counts", "points")]
        # The grid the fitted page shows, asked once. On a loaded machine the page may fit at a size the layout
        # passes through on its way (keepFitting fits again): each change to another grid (from the guess, then
        # between the views the page reports) is then asked for once, and nothing more.
        regrids = sum(1 for a, b in zip(cells, cells[1:]) if a != b)
        assert map_queries == ["grid_counts"] * (1 + regrids), (map_queries, cells)
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
