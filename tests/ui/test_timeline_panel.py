"""The timeline: stacked daily bars from the store, the time window as the filter's dates, events, play."""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
import pytest

from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.taxonomy import TYPES
from border_monitor.ui.text import palette
from border_monitor.ui.text.labels import type_label
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.timeline import series
from border_monitor.ui.timeline.panel import TimelinePanel


@pytest.fixture
def timeline(qtbot, demo_store, app_state):
    panel = TimelinePanel(demo_store, app_state)
    panel.resize(900, 300)
    panel.show()
    yield panel
    dispose(panel)


def test_bars_stack_the_stores_daily_counts_by_country_in_the_maps_colours(timeline, demo_store):
    stats = demo_store.stats(IncidentFilter())
    counts = timeline.counts
    assert timeline.bar_sum() == stats.total
    for k, key in enumerate(counts.keys):
        assert int(counts.counts[k].sum()) == stats.by_country[key]
    bars = timeline.bars
    assert [pg.mkBrush(b.opts["brush"]).color().name() for b in bars] == [palette.country_color(k) for k in counts.keys]
    # Stacked: each key's bars sit on the ones below.
    day = int(np.argmax(series.totals(counts)))
    tops = [float(b.opts["y0"][day] + b.opts["height"][day]) for b in bars]
    assert tops[-1] == series.totals(counts)[day] and tops == sorted(tops)


def test_by_type_and_persons(timeline, demo_store):
    timeline.set_by("type")
    stats = demo_store.stats(IncidentFilter())
    assert set(timeline.counts.keys) <= set(stats.by_type)
    assert timeline.bar_sum() == stats.total
    assert timeline.legend.items[0][1].text == type_label(timeline.counts.keys[0])
    timeline.measure_combo.setCurrentIndex(timeline.measure_combo.findData("persons"))
    assert timeline.bar_sum() == stats.persons


def test_filter_from_the_state_moves_the_window_without_echo(timeline, app_state, demo_store, settle):
    seen = []
    app_state.filterChanged.connect(seen.append)
    app_state.update_filter(date_from=date(2021, 9, 1), date_to=date(2021, 9, 30), countries={"PL"})
    assert len(seen) == 1
    assert timeline.window_days() == (date(2021, 9, 1), date(2021, 9, 30))
    settle(app_state)  # the bars: counted on the query worker
    assert timeline.window_days() == (date(2021, 9, 1), date(2021, 9, 30))
    assert len(seen) == 1
    assert timeline.window_total() == demo_store.count(app_state.filter)
    # Bars follow everything but the dates.
    assert timeline.bar_sum() == demo_store.count(IncidentFilter(countries={"PL"}))
    assert "in the time window" in timeline.readout.text()


def test_window_released_after_a_drag_sets_whole_days_and_the_whole_series_means_no_dates(timeline, app_state):
    x0 = series.day_start_x(date(2021, 10, 3)) + 0.3 * series.DAY  # not on a day boundary
    x1 = series.day_start_x(date(2021, 10, 12)) - 0.2 * series.DAY
    timeline.region.setRegion((x0, x1))
    timeline.region.sigRegionChangeFinished.emit(timeline.region)  # what releasing the mouse does
    assert (app_state.filter.date_from, app_state.filter.date_to) == (date(2021, 10, 3), date(2021, 10, 11))
    assert timeline.region.getRegion() == pytest.approx(series.days_to_region(date(2021, 10, 3), date(2021, 10, 11)))
    first, last = timeline.counts.days[0], timeline.counts.days[-1]
    timeline.region.setRegion(series.days_to_region(first - timedelta(days=2), last))
    timeline.region.sigRegionChangeFinished.emit(timeline.region)
    assert app_state.filter.date_from is None and app_state.filter.date_to is None


def test_context_events_are_marked_and_named_in_the_hover_read_out(timeline, demo_store):
    events = demo_store.events()
    assert timeline.events.count() == len(events) > 0
    event = events[0]
    text = timeline.readout_text(event.start)
    assert event.title[:20] in text
    i = series.day_index(timeline.counts, event.start)
    assert f"(total {int(timeline.counts.counts[:, i].sum())})" in text
    quiet = date(1999, 1, 1)
    assert "none" in timeline.readout_text(quiet)


def test_focus_incident_day_is_marked(timeline, app_state, demo_store):
    incident = demo_store.page(IncidentFilter(countries={"LV"}), offset=5, limit=1)[0]
    app_state.select([str(incident.id)])
    assert timeline.focus_day == incident.local_time().date()
    assert timeline.focus_line.isVisible()
    assert timeline.focus_line.value() == series.day_start_x(timeline.focus_day) + series.DAY / 2
    app_state.select([])
    assert not timeline.focus_line.isVisible()


def test_play_moves_the_window_a_day_at_a_time_and_stops_at_the_end(timeline, app_state, qtbot):
    timeline.play_button.setChecked(True)
    assert timeline.playing
    start = app_state.filter.date_from
    assert start == timeline.counts.days[0]
    qtbot.waitUntil(lambda: app_state.filter.date_from == start + timedelta(days=2), timeout=5000)
    assert (app_state.filter.date_to - app_state.filter.date_from).days == 6
    timeline.play_button.setChecked(False)
    assert not timeline.playing
    last = timeline.counts.days[-1]
    app_state.update_filter(date_from=last - timedelta(days=1), date_to=last - timedelta(days=1))
    assert timeline.step() is True
    assert app_state.filter.date_to == last
    assert timeline.step() is False


@pytest.mark.parametrize("by", ["country", "type"])
def test_the_legend_sits_above_the_highest_bar_in_view_at_any_zoom(timeline, qtbot, by):
    timeline.set_by(by)
    vb = timeline.plot.getPlotItem().getViewBox()
    counts = timeline.counts
    centres = series.bar_centres(counts)
    for first, last in ((None, None), (date(2021, 8, 1), date(2021, 8, 31)), (date(2021, 10, 1), date(2021, 10, 20))):
        if first is not None:
            vb.setXRange(series.day_start_x(first), series.day_start_x(last) + series.DAY, padding=0)
        qtbot.wait(10)
        x0, x1 = vb.viewRange()[0]
        in_view = (centres >= x0) & (centres <= x1)
        highest = int(series.totals(counts)[in_view].max())
        top_of_bars = vb.mapViewToScene(pg.Point(x0, highest)).y()
        legend = timeline.legend.sceneBoundingRect()
        assert legend.height() > 0 and legend.bottom() <= top_of_bars
        # ... and the bars still use most of the height.
        assert vb.viewRange()[1][1] <= highest * 1.05 / 0.45
        assert vb.viewRange()[1][0] < 0 <= vb.viewRange()[1][0] + 0.05 * vb.viewRange()[1][1]


def test_a_filter_back_to_an_earlier_set_of_keys_shows_its_kept_bars_and_legend_with_new_heights(
        timeline, app_state, demo_store, settle):
    """PL only, then every country, then PL again: the PL look's bar item and legend come back (kept, not made
    anew), the other look's are hidden, and what is shown is the new filter's counts and names."""
    def shown():
        item = timeline.plot.getPlotItem()
        bars = [i for i in item.items if isinstance(i, pg.BarGraphItem) and i.isVisible()]
        legends = [c for c in item.getViewBox().childItems() if isinstance(c, pg.LegendItem) and c.isVisible()]
        return bars, legends

    app_state.update_filter(countries={"PL"})
    settle(app_state)
    pl_bars, pl_legend = timeline.bars, timeline.legend
    assert len(pl_legend.items) == len(pl_bars) == 1
    assert timeline.bar_sum() == demo_store.count(app_state.filter)
    app_state.update_filter(countries=set())
    settle(app_state)
    assert timeline.bar_sum() == demo_store.count(app_state.filter)
    assert len(timeline.legend.items) == len(timeline.counts.keys) > 1 and timeline.legend is not pl_legend
    bars, legends = shown()
    assert bars == timeline.bars and legends == [timeline.legend]  # PL's bar and legend hidden
    app_state.update_filter(countries={"PL"}, types={TYPES[0]})
    settle(app_state)
    assert timeline.bars == pl_bars and timeline.legend is pl_legend  # kept, shown again
    assert timeline.bar_sum() == demo_store.count(app_state.filter)  # with this filter's heights
    bars, legends = shown()
    assert bars == pl_bars and legends == [pl_legend]


def test_after_filter_changes_the_cached_axes_show_what_a_fresh_timeline_draws(
        timeline, demo_store, app_state, settle, qtbot):
    """The axes and the event band are painted from pixmaps kept until they change: a pixmap kept too long (the
    count axis's old ticks, the time axis or the band of an older range) would differ from a new panel's plot."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QGraphicsItem

    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert timeline.axis.cacheMode() == cached and timeline.count_axis.cacheMode() == cached
    assert timeline.event_band.cacheMode() == cached
    qtbot.wait(50)
    first = timeline.plot.grab().toImage()
    for flt in (IncidentFilter(countries={"PL"}), IncidentFilter(types={TYPES[0]}),
                IncidentFilter(types={TYPES[0]}, date_from=date(2021, 9, 1), date_to=date(2021, 10, 15))):
        app_state.set_filter(flt)
        settle(app_state)
        qtbot.wait(20)
        timeline.plot.grab()  # painted (and its pixmaps made) for each filter on the way
    shown = timeline.plot.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    fresh = TimelinePanel(demo_store, app_state)
    try:
        fresh.resize(timeline.size())
        fresh.show()
        qtbot.waitUntil(fresh.is_settled)
        qtbot.wait(50)
        drawn = fresh.plot.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    finally:
        dispose(fresh)
    assert shown.size() == drawn.size()
    assert shown != first.convertToFormat(QImage.Format.Format_ARGB32)  # the filters did change the picture
    assert shown == drawn
