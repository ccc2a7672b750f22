"""Context events on the timeline: a dashed vertical line at each start, ranges shaded; their names
are in the band above the plot (``event_band.EventBand``)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from ...store.base import ContextEvent
from ..text import palette
from . import series
from .event_band import EventBand, full_title


class EventMarkers:
    def __init__(self, plot_item: pg.PlotItem, band: EventBand):
        self._plot = plot_item
        self._band = band
        self._items: list[pg.GraphicsObject] = []
        self.events: list[ContextEvent] = []

    def set_events(self, events: list[ContextEvent]) -> None:
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
        self.events = sorted(events, key=lambda e: (e.start, e.end, e.title))
        pen = pg.mkPen(palette.EVENT_COLOR, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        for event in self.events:
            x0 = series.day_start_x(event.start)
            title = full_title(event)
            if event.end > event.start:
                shade = pg.LinearRegionItem(values=(x0, series.day_start_x(event.end) + series.DAY), movable=False,
                                            brush=QColor(*palette.hex_to_rgba(palette.EVENT_RANGE_COLOR)), pen=pg.mkPen(None))
                for line in shade.lines:  # edges without a pen: not painted at all (~40 paint calls each repaint)
                    line.setPen(pg.mkPen(None))
                    line.setVisible(False)
                shade.setZValue(-10)
                shade.setToolTip(title)
                self._plot.addItem(shade)
                self._items.append(shade)
            line = pg.InfiniteLine(pos=x0, angle=90, movable=False, pen=pen)
            line.setToolTip(title)
            line.setZValue(-5)
            self._plot.addItem(line)
            self._items.append(line)
        self._band.set_events(self.events)

    @property
    def band(self) -> EventBand:
        return self._band

    def count(self) -> int:
        return len(self.events)

    def on_day(self, day) -> list[ContextEvent]:
        """The events running on ``day``."""
        return [e for e in self.events if e.start <= day <= e.end]
