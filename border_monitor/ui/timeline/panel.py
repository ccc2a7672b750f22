"""The timeline: incidents per day as stacked bars, a time window that is the filter's dates.

- Bars stack by country (colours of ``ui.text.palette``, as on the map) or by type; incidents or persons.
- A draggable, resizable region is the filter's date range: dragging it asks the state to
  change ``date_from``/``date_to`` (only if they differ); a state change moves it back with
  its signals blocked, so nothing echoes.
- The store's context events are dashed vertical lines, ranges shaded, named in a band above the
  plot (short labels over a few rows; those without room are left out, see ``event_band``).
- Hovering shows the day's counts; the mouse wheel zooms and dragging pans the time axis.
- Play moves the window through time, one day per tick.
- The time axis opens on the bulk of the data (0.5th-99.5th percentile of the counts, padded) and the
  filter's window, not on a lone outlier: what lies beyond the view is named at its edge ("1 more
  incident on 2026-12-01"), and zooming out or panning reaches it. The count axis ticks at whole numbers.
- The focus incident's day is marked with a line.

The bars ignore the filter's own dates (so the window can be moved over the whole series) and
follow every other part of the filter.
"""
from __future__ import annotations

import html
import logging
from collections import OrderedDict
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QGraphicsItem, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout,
                               QWidget)

from ...domain.display_zone import DisplayZone, in_zone, zone_name
from ...domain.filters import IncidentFilter
from ...store.base import Change, DailyCounts, IncidentStore
from ..text import palette
from ..retranslate import refresh_on_language_change
from ..text.formats import date_text
from ..text.labels import category_label
from ..state import AppState
from . import series
from .axes import CountAxisItem
from .decorations import EventMarkers
from .event_band import EventBand, full_title

log = logging.getLogger(__name__)

PLAY_INTERVAL_MS = 300
PLAY_DEFAULT_WIDTH_DAYS = 7
LEGEND_TEXT_SIZE = "8pt"
LEGEND_MARGIN_PX = 6
LEGEND_SAMPLE_PX = 26  # a legend entry's colour sample and spacing, besides its text
MIN_BAR_SHARE = 0.45  # the legend may take at most the rest of the plot's height
BULK_SHARE = 0.0  # no percentile trim: thin early days are real data; only a far group behind a gap goes
BULK_PAD = 0.03  # and this share of that span either side (at least a day)
EDGE_TEXT_COLOR = "#303030"
# Sets of bars with their legend kept (hidden) for the looks (keys, colours, names) last shown: a filter that
# brings back a set of keys seen before (PL only, then all three countries again) shows them again with new
# heights; building a legend's entries anew re-lays the legend out entry by entry (~10 ms a filter change).
LOOKS_KEPT = 8
LEGEND_OPTIONS = dict(offset=(LEGEND_MARGIN_PX, 2), colCount=3, labelTextColor="#202020", brush=(255, 255, 255, 200),
                      labelTextSize=LEGEND_TEXT_SIZE, verSpacing=-6)


class TimelinePanel(QWidget):
    refreshed = Signal()  # bars redrawn after a store query

    def __init__(self, store: IncidentStore | None, state: AppState, parent: QWidget | None = None):
        """``store``: None to show the state's store; a panel built on its own may bring one (the state takes it)."""
        super().__init__(parent)
        self.setObjectName("TimelinePanel")
        state.adopt_store(store)
        self._state = state
        self._counts = DailyCounts([], [], np.zeros((0, 0), dtype=np.int64))
        self._queried: tuple | None = None  # (filter without dates, by, measure) of the bars shown
        self._bars: list[pg.BarGraphItem] = []
        self._bar_look: tuple = ()  # (key, colour, name) of each bar item shown
        self._focus_day: date | None = None
        self._stacks = (np.zeros(0), np.zeros(0, dtype=np.int64))  # bar centres (x) and stack heights per day

        self.by_combo = QComboBox(self)
        self.by_combo.addItem(self.tr("By country"), "country")
        self.by_combo.addItem(self.tr("By type"), "type")
        self.measure_combo = QComboBox(self)
        self.measure_combo.addItem(self.tr("Incidents"), "incidents")
        self.measure_combo.addItem(self.tr("Persons"), "persons")
        self.play_button = QToolButton(self)
        self.play_button.setCheckable(True)
        self.play_button.setText(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Move the time window through the days"))
        self.readout = QLabel(self)
        self.readout.setObjectName("timelineReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.by_combo)
        controls.addWidget(self.measure_combo)
        controls.addWidget(self.play_button)
        controls.addWidget(self.readout, 1)

        self.axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.event_band = EventBand()
        self.count_axis = CountAxisItem(orientation="left")
        self.plot = pg.PlotWidget(self, axisItems={"bottom": self.axis, "top": self.event_band,
                                                   "left": self.count_axis}, background="w")
        self.plot.setObjectName("timelinePlot")
        # The axes (and the event band) are drawn once into a pixmap of the screen's pixels and shown from it until
        # they change (a range, a size, a language): a filter change that keeps the time axis's range repaints the
        # plot without replaying the axes' pictures of text (~1 ms each, several paints a change)
        for axis in (self.axis, self.event_band, self.count_axis):
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.plot.setMinimumHeight(120)
        item = self.plot.getPlotItem()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMouseEnabled(x=True, y=False)
        item.enableAutoRange(y=False)  # the y range is fitted to the bars in view, under the legend (_fit_y)
        item.hideButtons()
        self.legend = item.addLegend(**LEGEND_OPTIONS)  # the legend of the look shown (``_show_look``)
        self._looks: OrderedDict[tuple, tuple[pg.LegendItem, list[pg.BarGraphItem]]] = OrderedDict()
        self._looks[()] = (self.legend, [])

        self.region = pg.LinearRegionItem(values=(0, series.DAY), movable=True,
                                          brush=QColor(0, 120, 255, 28), hoverBrush=QColor(0, 120, 255, 60))
        self.region.setZValue(10)
        self.region.setVisible(False)
        item.addItem(self.region)
        self.region.sigRegionChangeFinished.connect(self._region_moved)
        self.focus_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(palette.SELECTION_COLOR, width=3))
        self.focus_line.setZValue(20)
        self.focus_line.setVisible(False)
        item.addItem(self.focus_line)
        self.events = EventMarkers(item, self.event_band)
        # what the view leaves out on each side, named at its edge
        self.edge_before = pg.TextItem("", color=EDGE_TEXT_COLOR, anchor=(0, 0), fill=(255, 255, 255, 220))
        self.edge_after = pg.TextItem("", color=EDGE_TEXT_COLOR, anchor=(1, 0), fill=(255, 255, 255, 220))
        for edge in (self.edge_before, self.edge_after):
            edge.setZValue(30)
            edge.setVisible(False)
            item.addItem(edge, ignoreBounds=True)
        item.getViewBox().sigXRangeChanged.connect(self._fit_y)
        item.getViewBox().sigResized.connect(self._resized)
        self._mouse_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.plot, 1)

        self._play_timer = QTimer(self)
        self._play_timer.setInterval(PLAY_INTERVAL_MS)
        self._play_timer.timeout.connect(self.step)
        self.play_button.toggled.connect(self._play_toggled)
        self.by_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.measure_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        state.filterChanged.connect(self._filter_changed)
        state.selectionChanged.connect(self._selection_changed)
        state.dataChanged.connect(self._data_changed)
        state.storeChanged.connect(self._store_changed)
        state.displayZoneChanged.connect(self._display_zone_changed)
        self._store_changed(state.store)
        refresh_on_language_change(self, self.refresh)  # legend, axis and readout in the new words and digits

    # -- store and state --------------------------------------------------------------------
    @property
    def by(self) -> str:
        return self.by_combo.currentData()

    @property
    def measure(self) -> str:
        return self.measure_combo.currentData()

    def set_by(self, by: str) -> None:
        self.by_combo.setCurrentIndex(max(0, self.by_combo.findData(by)))

    @property
    def _store(self) -> IncidentStore | None:
        return self._state.store

    def _store_changed(self, store: IncidentStore | None) -> None:
        """Another store (the state reset the filter's dates and the selection with it): one query for the bars."""
        self.events.set_events(store.events() if store is not None else [])
        self.refresh()
        self._selection_changed(self._state.selection, self._state.focus)

    def refresh(self, force: bool = True, threaded: bool = False) -> None:
        """Query the store for the bars (unless ``force`` is false and nothing they show changed); ``threaded``:
        on the query worker (a filter change), the bars drawn when the answer comes, a newer query's answer
        superseding it."""
        flt = self._state.filter.with_changes(date_from=None, date_to=None)
        zone = self._count_zone()
        key = (flt, self.by, self.measure, zone)
        if not force and key == self._queried:
            self._show_window(self._state.filter)
            return
        self._queried = key
        store, by, measure = self._store, self.by, self.measure
        if store is None:
            self._state.queries.cancel("timeline")
            self._show_counts(DailyCounts([], [], np.zeros((0, 0), dtype=np.int64)))
        elif threaded:
            self._state.queries.submit("timeline", lambda: store.daily_counts(flt, by=by, measure=measure, zone=zone),
                                       self._show_counts)
            self._show_window(self._state.filter)  # the window follows at once; the bars when they come
        else:
            self._state.queries.cancel("timeline")
            self._show_counts(store.daily_counts(flt, by=by, measure=measure, zone=zone))

    def _show_counts(self, counts: DailyCounts) -> None:
        self._counts = counts
        self._draw_bars()
        self._show_window(self._state.filter)
        # the view's new ranges applied to its items now: pyqtgraph would do it as the paint starts, and the items
        # it moves then have the plot painted a second time
        self.plot.getPlotItem().getViewBox().prepareForPaint()
        self.refreshed.emit()

    def _count_zone(self) -> str | None:
        """The zone whose days the bars count: None for each reporter's own (View > Time zone > reporter's)."""
        choice = self._state.display_zone
        if choice is DisplayZone.REPORTER:
            return None
        return zone_name(choice, "", self._state.workstation_zone)

    def _display_zone_changed(self, _choice) -> None:
        self.refresh(force=False)
        self._selection_changed(self._state.selection, self._state.focus)

    def _filter_changed(self, flt: IncidentFilter) -> None:
        self.refresh(force=False, threaded=True)

    def _data_changed(self, change: Change) -> None:
        if change.events and self._store is not None:
            self.events.set_events(self._store.events())
        if change.touches_incidents:
            self.refresh()

    def _selection_changed(self, _ids: tuple, focus: str | None) -> None:
        day = None
        if focus and self._store is not None:
            try:
                incident = self._store.get(focus)
                zone = self._count_zone()
                day = (incident.local_time() if zone is None else in_zone(incident.occurred_at, zone)).date()
            except Exception as exc:  # noqa: BLE001 - a stale id (deleted meanwhile) only unmarks
                log.debug("focus %s not found: %s", focus, exc)
        self._focus_day = day
        if day is None:
            self.focus_line.setVisible(False)
        else:
            self.focus_line.setPos(series.day_start_x(day) + series.DAY / 2)
            self.focus_line.setVisible(True)

    # -- drawing ---------------------------------------------------------------------------
    def _draw_bars(self) -> None:
        """The bars of ``counts``: the items shown take the new heights when their keys, colours and names are the
        same (a filter change: no items or legend entries rebuilt), else those of that look kept from before
        (``_show_look``) or made anew."""
        item = self.plot.getPlotItem()
        counts = self._counts
        self._stacks = (series.bar_centres(counts), series.totals(counts))
        look = tuple((key, palette.category_color(self.by, key), category_label(self.by, key)) for key in counts.keys) \
            if counts.days else ()
        x = self._stacks[0]
        if look != self._bar_look:
            self._show_look(look)
        if not counts.days:
            return
        bottoms, heights = series.stacked(counts)
        for k, bar in enumerate(self._bars):
            bar.setOpts(x=x, height=heights[k], y0=bottoms[k])
        first, last = series.day_start_x(counts.days[0]), series.day_start_x(counts.days[-1]) + series.DAY
        item.setLimits(xMin=first - 30 * series.DAY, xMax=last + 30 * series.DAY, minXRange=3 * series.DAY)
        item.setXRange(*self.opening_range(), padding=0)
        self._fit_y()

    def _show_look(self, look: tuple) -> None:
        """Show the bar items and legend of ``look`` ((key, colour, name) of each bar), kept from an earlier
        filter or made now; the others are hidden (the oldest beyond ``LOOKS_KEPT`` dropped)."""
        item = self.plot.getPlotItem()
        for bar in self._bars:
            bar.setVisible(False)
        self.legend.setVisible(False)
        kept = self._looks.get(look)
        if kept is None:
            legend = pg.LegendItem(**LEGEND_OPTIONS)  # the first one (addLegend's) stays the empty look's
            legend.setParentItem(item.getViewBox())
            bars = []
            for _key, color, name in look:
                bar = pg.BarGraphItem(x=[], height=[], width=series.DAY * 0.85, brush=QColor(color), pen=pg.mkPen(None))
                item.addItem(bar)
                legend.addItem(bar, name)
                bars.append(bar)
            kept = self._looks[look] = (legend, bars)
            self._drop_old_looks()
        self._looks.move_to_end(look)
        self.legend, self._bars = kept[0], list(kept[1])
        self._bar_look = look
        self.legend.setVisible(True)
        for bar in self._bars:
            bar.setVisible(True)
        self._fit_legend()

    def _drop_old_looks(self) -> None:
        item = self.plot.getPlotItem()
        while len(self._looks) > LOOKS_KEPT:
            old = next(k for k in self._looks if self._looks[k][0] is not self.legend)
            legend, bars = self._looks.pop(old)
            for bar in bars:
                item.removeItem(bar)
            if legend.scene() is not None:
                legend.scene().removeItem(legend)

    def opening_range(self) -> tuple[float, float]:
        """The x range the axis opens on: the bulk of the counts and the filter's window, padded."""
        bulk = series.bulk_days(self._counts, BULK_SHARE)
        flt = self._state.filter
        firsts = [d for d in (bulk[0] if bulk else None, flt.date_from) if d is not None]
        lasts = [d for d in (bulk[1] if bulk else None, flt.date_to) if d is not None]
        x0, x1 = series.days_to_region(min(firsts), max(lasts))
        pad = max(series.DAY, BULK_PAD * (x1 - x0))
        return x0 - pad, x1 + pad

    def _resized(self, *_args) -> None:
        self._fit_legend()
        self._fit_y()

    def _fit_legend(self) -> None:
        """As many legend columns as the plot's width holds (at least one, at most one per entry)."""
        entries = self.legend.items
        if not entries:
            return
        widest = max(label.boundingRect().width() for _sample, label in entries) + LEGEND_SAMPLE_PX
        width = self.plot.getPlotItem().getViewBox().width() - 2 * LEGEND_MARGIN_PX
        columns = max(1, min(len(entries), int(width // widest) if width > 0 else 3))
        self.legend.setColumnCount(columns)

    def _fit_y(self, *_args) -> None:
        """Fit the y range to the highest stack in view, leaving room above it for the legend."""
        vb = self.plot.getPlotItem().getViewBox()
        counts = self._counts
        highest = 0.0
        if counts.days:
            x0, x1 = vb.viewRange()[0]
            centres, totals = self._stacks
            in_view = (centres >= x0 - series.DAY / 2) & (centres <= x1 + series.DAY / 2)
            if in_view.any():
                highest = float(totals[in_view].max())
        highest = max(highest, 1.0) * 1.04
        height = vb.height()
        legend = self.legend.boundingRect().height() + 4 if self.legend.items else 0.0
        if height > 0:
            top = highest * height / max(height - legend, height * MIN_BAR_SHARE)
        else:
            top = highest
        vb.setYRange(-0.02 * top, top, padding=0)
        self._show_edges(top)

    def _show_edges(self, top: float) -> None:
        """Name what lies beyond the view's left and right edges, below the legend."""
        vb = self.plot.getPlotItem().getViewBox()
        (x0, x1), _y = vb.viewRange()
        before, after = series.outside(self._counts, x0, x1) if self._counts.days else ((0, None), (0, None))
        legend = self.legend.boundingRect().height() + 6 if self.legend.items else 0.0
        height = vb.height()
        y = top * (1 - legend / height) if height > 0 else top
        for edge, (count, day), x in ((self.edge_before, before, x0), (self.edge_after, after, x1)):
            edge.setVisible(count > 0)
            if count:
                edge.setText(self.edge_text(count, day, edge is self.edge_before))
                edge.setPos(x, y)

    def _extent(self) -> tuple[date, date] | None:
        return (self._counts.days[0], self._counts.days[-1]) if self._counts.days else None

    def _show_window(self, flt: IncidentFilter) -> None:
        extent = self._extent()
        if extent is None and not (flt.date_from and flt.date_to):
            self.region.setVisible(False)
            self._update_readout(None)
            return
        first = flt.date_from or (extent[0] if extent else flt.date_to)
        last = flt.date_to or (extent[1] if extent else flt.date_from)
        if last < first:
            last = first
        self.region.blockSignals(True)
        try:
            self.region.setRegion(series.days_to_region(first, last))
        finally:
            self.region.blockSignals(False)
        self.region.setVisible(True)
        self._update_readout(None)

    # -- user -> state ----------------------------------------------------------------------
    def _region_moved(self, *_args) -> None:
        x0, x1 = self.region.getRegion()
        first, last = series.region_to_days(x0, x1)
        extent = self._extent()
        date_from, date_to = first, last
        if extent is not None:
            # A window over the whole series is "no date filter".
            if first <= extent[0] and last >= extent[1]:
                date_from, date_to = None, None
        flt = self._state.filter
        if (date_from, date_to) != (flt.date_from, flt.date_to):
            self._state.update_filter(date_from=date_from, date_to=date_to)
        else:
            self._show_window(flt)  # snap the edges to whole days

    def set_window(self, first: date | None, last: date | None) -> None:
        """Move the window as a user would (asks the state)."""
        self._state.update_filter(date_from=first, date_to=last)

    # -- play -----------------------------------------------------------------------------------
    def _play_toggled(self, on: bool) -> None:
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        if on:
            flt = self._state.filter
            extent = self._extent()
            if extent is None:
                self.play_button.setChecked(False)
                return
            if flt.date_from is None or flt.date_to is None or flt.date_to >= extent[1]:
                first = extent[0]
                last = series.day_from_number(series.day_number(first) + PLAY_DEFAULT_WIDTH_DAYS - 1)
                self._state.update_filter(date_from=first, date_to=last)
            self._play_timer.start()
        else:
            self._play_timer.stop()

    def step(self) -> bool:
        """Move the window one day later; False (and stop playing) at the end of the series."""
        flt = self._state.filter
        extent = self._extent()
        if extent is None or flt.date_from is None or flt.date_to is None or flt.date_to >= extent[1]:
            self.play_button.setChecked(False)
            return False
        first = series.day_from_number(series.day_number(flt.date_from) + 1)
        last = series.day_from_number(series.day_number(flt.date_to) + 1)
        self._state.update_filter(date_from=first, date_to=last)
        return True

    @property
    def playing(self) -> bool:
        return self._play_timer.isActive()

    # -- hover ----------------------------------------------------------------------------------
    def _mouse_moved(self, event) -> None:
        pos = event[0]
        vb = self.plot.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            return
        self._update_readout(series.day_at_x(vb.mapSceneToView(pos).x()))

    def _update_readout(self, day: date | None) -> None:
        self.readout.setText(self.readout_text(day))

    def readout_text(self, day: date | None) -> str:
        """The hover text for ``day``; for None, the sum inside the time window."""
        locale = QLocale()
        counts = self._counts
        if day is None:
            flt = self._state.filter
            total = series.window_sum(counts, flt.date_from, flt.date_to)
            return self.tr("%1 in the time window").replace("%1", locale.toString(total))
        i = series.day_index(counts, day)
        day_text = date_text(day)
        zone = self._count_zone()
        if zone is not None:  # the bars count the days of the zone times are shown in (View > Time zone)
            day_text = self.tr("%1 (%2)").replace("%1", day_text).replace("%2", zone)
        if i is None:
            return self.tr("%1: none").replace("%1", day_text)
        parts = []
        for k, key in enumerate(counts.keys):
            value = int(counts.counts[k, i])
            if value:
                color = palette.category_color(self.by, key)
                parts.append(f'<span style="color:{color}">&#9632;</span> '
                             f'{category_label(self.by, key)} {locale.toString(value)}')
        total = int(counts.counts[:, i].sum())
        text = self.tr("%1: %2 (total %3)").replace("%1", day_text).replace(
            "%2", ", ".join(parts) or "-").replace("%3", locale.toString(total))
        events = self.events.on_day(day)
        if events:
            text += " &mdash; " + html.escape("; ".join(full_title(e) for e in events))
        return text

    def edge_text(self, count: int, day: date, before: bool) -> str:
        """"1 more incident(s), the first on 2026-12-01 ->" after the view; "<- 3 more ..., the last on ..." before."""
        persons = self.measure == "persons"
        if before:
            text = (self.tr("\u2190 %n more person(s), the last on %1", "", count) if persons
                    else self.tr("\u2190 %n more incident(s), the last on %1", "", count))
        else:
            text = (self.tr("%n more person(s), the first on %1 \u2192", "", count) if persons
                    else self.tr("%n more incident(s), the first on %1 \u2192", "", count))
        return text.replace("%1", date_text(day))

    # -- for the window, tests and the benchmark --------------------------------------------
    def is_settled(self) -> bool:
        """The bars are those of the state's filter (no query of the timeline waiting or running)."""
        return (self._queried is not None and self._queried[0] == self._state.filter.with_changes(
            date_from=None, date_to=None) and not self._state.queries.busy("timeline"))

    @property
    def counts(self) -> DailyCounts:
        return self._counts

    @property
    def focus_day(self) -> date | None:
        return self._focus_day

    def window_days(self) -> tuple[date, date] | None:
        if not self.region.isVisible():
            return None
        return series.region_to_days(*self.region.getRegion())

    def window_total(self) -> int:
        flt = self._state.filter
        return series.window_sum(self._counts, flt.date_from, flt.date_to)

    @property
    def bars(self) -> list[pg.BarGraphItem]:
        """The drawn bar items, one per key of ``counts``, bottom first."""
        return list(self._bars)

    def bar_sum(self) -> int:
        """The sum of every bar drawn (all days)."""
        return int(sum(float(np.sum(bar.opts["height"])) for bar in self._bars))
