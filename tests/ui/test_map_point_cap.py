"""With more incidents in view than the map draws (POINT_CAP), the map keeps the newest and drops the oldest."""
from __future__ import annotations

from datetime import datetime, timezone

import numpy as np

from border_monitor.domain.batch import IncidentBatch, datetime_to_ms
from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES, Country, IncidentType, Status
from border_monitor.store import open_store
from border_monitor.ui.map import MapPanel
from border_monitor.ui.map.payload import POINT_CAP, POINT_MIN_ZOOM

TIMEOUT = 30_000
CENTRE = (25.30, 54.40)  # in Lithuania, near the border
OLDEST = (25.29, 54.40)  # the oldest incident stands alone here, the newest there, the rest in between
NEWEST = (25.31, 54.40)


def crowded_store(path, n: int):
    """``n`` incidents a few hundred metres apart, one per minute from 1 Oct 2021; oldest and newest set apart."""
    lon = np.full(n, CENTRE[0]) + np.linspace(-0.004, 0.004, n)
    lat = np.full(n, CENTRE[1])
    lon[0], lat[0] = OLDEST
    lon[-1], lat[-1] = NEWEST
    start = datetime_to_ms(datetime(2021, 10, 1, tzinfo=timezone.utc))
    batch = IncidentBatch(
        occurred_at_ms=start + np.arange(n, dtype=np.int64) * 60_000,
        country=np.full(n, COUNTRIES.index(Country.LT), dtype=np.int8),
        type=np.full(n, TYPES.index(IncidentType.APPREHENSION), dtype=np.int8),
        lon=lon, lat=lat, persons=np.ones(n, dtype=np.int32),
        nationalities=np.full(n, "", dtype=object), description=np.full(n, "crowd", dtype=object),
        source=np.full(n, "", dtype=object), status=np.full(n, STATUSES.index(Status.REPORTED), dtype=np.int8))
    store = open_store(path, create=True)
    store.add_batch(batch, "test")
    return store


def test_a_capped_view_keeps_the_newest_incidents(qtbot, app_state, tmp_path, run_js):
    store = crowded_store(tmp_path / "crowd.gpkg", POINT_CAP + 200)
    try:
        panel = MapPanel(store, app_state)
        qtbot.addWidget(panel)
        panel.resize(900, 700)
        with qtbot.waitSignals([panel.ready, panel.drawn], timeout=TIMEOUT):
            panel.show()
        with qtbot.waitSignal(panel.drawn, timeout=TIMEOUT) as drawn:
            panel.center_on(*CENTRE, POINT_MIN_ZOOM + 3)
        assert drawn.args == [POINT_CAP]
        data = run_js(panel.web_view, "({mode: BM.data.mode, truncated: BM.data.truncated,"
                                      " x: Array.from(BM.data.x)})")
        assert data["mode"] == "points" and data["truncated"] is True
        x = np.array(data["x"])
        assert len(x) == POINT_CAP
        assert np.isclose(x, NEWEST[0], atol=1e-5).sum() == 1  # the newest incident is drawn
        assert not np.isclose(x, OLDEST[0], atol=1e-5).any()  # the oldest is the one left out
    finally:
        store.close()
