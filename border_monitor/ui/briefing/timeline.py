"""The briefing's timeline: incidents per day over the 35 days before the reference day, by service.

The 28 days of the early warning's baseline and the last 7 days (shaded), today's bar outlined, in the
dark theme. One ``daily_counts`` query per refresh; the bars are one item per service whose values are
replaced in place (no item removed and added again: no flicker). Read-only: no mouse panning or zooming.
"""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.filters import IncidentFilter
from ...domain.taxonomy import Country
from ...store.base import IncidentStore
from ..text import palette
from ..text.formats import date_text
from ..timeline import series
from . import theme

DAYS = 35
RECENT_DAYS = 7


class BriefingTimeline(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefingTimeline")
        self.setProperty("briefingPanel", True)
        self._sizes = theme.sizes_for(1080)
        self.days: list[date] = []
        self.counts = np.zeros((len(Country), 0), dtype=np.int64)  # (service, day)
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Incidents per day (last 7 days shaded)"), self)
        self.title.setProperty("role", "panelTitle")
        layout.addWidget(self.title)
        self.plot = pg.PlotWidget(self, background=theme.PANEL)
        self.axis = self.plot.getPlotItem().getAxis("bottom")  # a label each week, ending today
        self.plot.setObjectName("briefingTimelinePlot")
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=False, y=True, alpha=0.2)
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.MUTED))
            axis.setTextPen(pg.mkPen(theme.TEXT))
        self.recent = pg.LinearRegionItem(values=(0, 1), movable=False, brush=QColor(79, 195, 247, 40),
                                          pen=pg.mkPen(None))
        self.recent.setZValue(-10)
        item.addItem(self.recent)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for country in Country:
            bar = pg.BarGraphItem(x=[], height=[], y0=[], width=series.DAY * 0.8,
                                  brush=QColor(palette.country_color(country.value)), pen=pg.mkPen(None))
            item.addItem(bar)
            self.bars[country.value] = bar
        self.today = pg.BarGraphItem(x=[], height=[], width=series.DAY * 0.9, brush=pg.mkBrush(None),
                                     pen=pg.mkPen(theme.TEXT, width=2))
        item.addItem(self.today)
        layout.addWidget(self.plot, 1)
        self.set_sizes(self._sizes)

    def set_sizes(self, sizes: theme.Sizes) -> None:
        self._sizes = sizes
        font = QFont()
        font.setPixelSize(sizes.small)
        item = self.plot.getPlotItem()
        for name in ("bottom", "left"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font, tickTextOffset=sizes.px(8))
        item.getAxis("left").setWidth(sizes.px(70))
        item.getAxis("bottom").setHeight(sizes.px(44))

    def show_counts(self, store: IncidentStore | None, day: date, countries: frozenset[Country],
                    base: IncidentFilter = IncidentFilter()) -> None:
        """Query and draw the 35 days up to ``day`` for ``countries`` (empty: every service)."""
        first = day - timedelta(days=DAYS - 1)
        self.days = [first + timedelta(days=k) for k in range(DAYS)]
        counts = np.zeros((len(Country), DAYS), dtype=np.int64)
        if store is not None:
            flt = base.with_changes(date_from=first, date_to=day, countries=countries)
            daily = store.daily_counts(flt, by="country")
            index = {d: k for k, d in enumerate(self.days)}
            rows = {key: np.asarray(daily.counts[r]) for r, key in enumerate(daily.keys)}
            for k, country in enumerate(Country):
                for d, value in zip(daily.days, rows.get(country.value, ())):
                    if d in index:
                        counts[k, index[d]] = int(value)
        self.counts = counts
        self._draw()

    def total(self) -> int:
        return int(self.counts.sum())

    def _draw(self) -> None:
        x = np.array([series.day_start_x(d) + series.DAY / 2 for d in self.days], dtype=float)
        bottom = np.zeros(len(self.days))
        for k, country in enumerate(Country):
            heights = self.counts[k].astype(float)
            self.bars[country.value].setOpts(x=x, height=heights, y0=bottom.copy(), width=series.DAY * 0.8)
            bottom = bottom + heights
        if not self.days:
            return
        self.today.setOpts(x=x[-1:], height=[max(bottom[-1], 0.0)], y0=[0.0], width=series.DAY * 0.9)
        self.recent.setRegion((series.day_start_x(self.days[-RECENT_DAYS]), series.day_start_x(self.days[-1]) + series.DAY))
        item = self.plot.getPlotItem()
        weekly = [(series.day_start_x(d) + series.DAY / 2, date_text(d)) for d in self.days[::-7]]
        daily = [(series.day_start_x(d) + series.DAY / 2, "") for d in self.days]
        self.axis.setTicks([weekly, daily])
        item.setXRange(series.day_start_x(self.days[0]), series.day_start_x(self.days[-1]) + series.DAY, padding=0.01)
        item.setYRange(0, max(1.0, float(bottom.max())) * 1.08, padding=0)
