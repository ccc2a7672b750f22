"""The timeline's axes: the time axis opens on the data's bulk (an outlier is named at the edge), counts
tick at whole numbers, event labels stay inside the plot."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from border_monitor.domain.incident import Incident
from border_monitor.store import open_store
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.timeline import series
from border_monitor.ui.timeline.panel import TimelinePanel

DAY_MS = 86_400_000


@pytest.fixture
def outlier_store(qapp, tmp_path):
    """Two incidents a day through 2021 (PL), and one incident on 2026-12-01."""
    store = open_store(tmp_path / "outlier.gpkg", create=True)
    rows = [Incident(occurred_at=f"2021-{m:02d}-{d:02d}T10:00:00Z", country="PL", type="apprehension",
                     lon=23.66, lat=53.51, persons=1 + (d % 2), source="patrol")
            for m in range(1, 13) for d in (3, 10, 17, 24)]
    rows.append(Incident(occurred_at="2026-12-01T10:00:00Z", country="LT", type="apprehension", lon=23.95,
                         lat=54.02, persons=1, source="patrol"))
    store.add(rows, "tester")
    yield store
    store.close()


def settle(qtbot):
    QApplication.processEvents()
    qtbot.wait(20)
    QApplication.processEvents()


@pytest.fixture
def panel(qtbot, outlier_store, app_state, locale_c):
    p = TimelinePanel(outlier_store, app_state)
    p.resize(900, 300)
    p.show()
    qtbot.waitExposed(p)
    settle(qtbot)
    yield p
    dispose(p)


def view_days(panel):
    (x0, x1), _ = panel.plot.getPlotItem().getViewBox().viewRange()
    return series.day_at_x(x0), series.day_at_x(x1)


def test_a_lone_outlier_does_not_squash_the_year_and_is_named_at_the_edge(panel, qtbot):
    first, last = view_days(panel)
    assert date(2020, 12, 1) <= first <= date(2021, 1, 3) and date(2021, 12, 24) <= last <= date(2022, 2, 1)
    assert panel.edge_after.isVisible() and not panel.edge_before.isVisible()
    assert panel.edge_after.textItem.toPlainText() == "1 more incident(s), the first on 2026-12-01 \u2192"
    # the outlier stays reachable: zooming out shows it and the edge note goes
    vb = panel.plot.getPlotItem().getViewBox()
    vb.setXRange(series.day_start_x(date(2021, 1, 1)), series.day_start_x(date(2026, 12, 31)), padding=0)
    settle(qtbot)
    assert not panel.edge_after.isVisible()
    assert panel.edge_before.isVisible() is False


def test_the_edge_before_the_view_counts_what_it_leaves_out(panel, qtbot):
    vb = panel.plot.getPlotItem().getViewBox()
    vb.setXRange(series.day_start_x(date(2021, 6, 1)), series.day_start_x(date(2021, 7, 1)), padding=0)
    settle(qtbot)
    assert panel.edge_before.textItem.toPlainText() == "\u2190 20 more incident(s), the last on 2021-05-24"
    assert panel.edge_after.textItem.toPlainText() == "25 more incident(s), the first on 2021-07-03 \u2192"
    panel.measure_combo.setCurrentIndex(panel.measure_combo.findData("persons"))
    settle(qtbot)
    vb.setXRange(series.day_start_x(date(2021, 6, 1)), series.day_start_x(date(2021, 7, 1)), padding=0)
    settle(qtbot)
    assert panel.edge_before.textItem.toPlainText() == "\u2190 30 more person(s), the last on 2021-05-24"


def test_the_opening_range_takes_in_the_filters_window(panel, app_state, qtbot):
    app_state.update_filter(date_from=date(2026, 11, 20), date_to=date(2026, 12, 5))
    panel.refresh()  # a new query opens the axis again
    settle(qtbot)
    panel._draw_bars()
    settle(qtbot)
    first, last = view_days(panel)
    assert first <= date(2021, 1, 3) and last >= date(2026, 12, 5)


def test_bulk_days_drop_the_thin_tails_only():
    from border_monitor.store.base import DailyCounts
    import numpy as np

    first = date(2021, 1, 1)
    days = [series.day_from_number(series.day_number(first) + k) for k in range(60)]
    days += [date(2026, 12, 1)]
    counts = DailyCounts(days, ["PL"], np.array([[1] * 60 + [1]]))
    assert series.bulk_days(counts) == (days[0], days[59])  # 1 in 61 is far over 0.5 %: the gap drops it
    heavy = DailyCounts(days, ["PL"], np.array([[1] * 60 + [10]]))
    assert series.bulk_days(heavy) == (days[0], days[-1])  # 14 % of the data is no outlier
    near = DailyCounts(days[:60] + [date(2021, 3, 10)], ["PL"], np.array([[1] * 61]))
    assert series.bulk_days(near) == (days[0], date(2021, 3, 10))  # a week after the rest: kept
    assert series.bulk_days(DailyCounts(days[:1], ["PL"], np.array([[1]]))) == (days[0], days[0])


def test_count_ticks_are_whole_numbers_when_the_highest_bar_is_small(panel, qtbot):
    vb = panel.plot.getPlotItem().getViewBox()
    vb.setXRange(series.day_start_x(date(2021, 3, 1)), series.day_start_x(date(2021, 3, 12)), padding=0)
    settle(qtbot)
    y0, y1 = vb.viewRange()[1]
    assert y1 < 2  # one incident a day at most: pyqtgraph alone ticks at 0.2 or 0.5 here
    import pyqtgraph as pg

    plain = [v for _s, vs in pg.AxisItem("left").tickValues(y0, y1, vb.height()) for v in vs]
    assert any(not float(v).is_integer() for v in plain)
    levels = panel.count_axis.tickValues(y0, y1, vb.height())
    values = [v for _spacing, vs in levels for v in vs]
    assert values and all(float(v).is_integer() for v in values)
    assert {0.0, 1.0} <= set(values)
    assert panel.count_axis.tickStrings([1.0, 2.0], 1.0, 1.0) == ["1", "2"]


def test_event_labels_at_full_hd_sit_inside_the_plot(qtbot, demo_store, app_state):
    p = TimelinePanel(demo_store, app_state)
    try:
        p.resize(1920, 320)
        p.show()
        qtbot.waitExposed(p)
        settle(qtbot)
        shown = [item for item in p.event_band.label_items() if item.isVisible()]
        assert shown
        plot = p.plot.mapToScene(p.plot.viewport().rect()).boundingRect() if hasattr(p.plot, "viewport") else None
        scene_rect = p.plot.getPlotItem().sceneBoundingRect() if plot is None else plot
        for item in shown:
            rect = item.sceneBoundingRect()
            assert scene_rect.contains(rect), (item.text(), rect, scene_rect)
            assert item.text() and not item.text().endswith(" ")
    finally:
        dispose(p)


def test_the_axis_keeps_thin_but_real_first_days():
    """The demo starts with a few quiet days before the crisis: they are data, not outliers, and stay in view."""
    from border_monitor.store.base import DailyCounts
    from border_monitor.ui.timeline import panel as timeline_panel
    import numpy as np

    first = date(2021, 6, 1)
    days = [series.day_from_number(series.day_number(first) + k) for k in range(200)]
    per_day = [1] * 6 + [100] * 194  # six thin days (0.03 % of the counts) then the bulk
    counts = DailyCounts(days, ["PL"], np.array([per_day]))
    assert series.bulk_days(counts, timeline_panel.BULK_SHARE) == (days[0], days[-1])
