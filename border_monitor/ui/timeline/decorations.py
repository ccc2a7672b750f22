"""Context events on the timeline: a labelled vertical line at each start, ranges shaded."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor

from ...store.base import ContextEvent
from .. import palette
from ..labels import country_label
from . import series

# Labels run up along their line (vertical text), from this height (fraction of the plot).
LABEL_POSITION = 0.97
LABEL_CHARS = 26  # longer titles are cut (the hover read-out and the tooltip give them whole)


def short_title(title: str) -> str:
    return title if len(title) <= LABEL_CHARS else title[: LABEL_CHARS - 1].rstrip() + "\u2026"


class EventMarkers:
    def __init__(self, plot_item: pg.PlotItem):
        self._plot = plot_item
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
            if event.end > event.start:
                shade = pg.LinearRegionItem(values=(x0, series.day_start_x(event.end) + series.DAY), movable=False,
                                            brush=QColor(*palette.hex_to_rgba(palette.EVENT_RANGE_COLOR)), pen=pg.mkPen(None))
                for line in shade.lines:
                    line.setPen(pg.mkPen(None))
                shade.setZValue(-10)
                shade.setToolTip(event.title)
                self._plot.addItem(shade)
                self._items.append(shade)
            title = event.title if not event.country else f"{event.title} ({country_label(event.country)})"
            line = pg.InfiniteLine(pos=x0, angle=90, movable=False, pen=pen, label=short_title(title),
                                   labelOpts={"position": LABEL_POSITION, "rotateAxis": (1, 0),
                                              "color": palette.EVENT_COLOR, "fill": (255, 255, 255, 140),
                                              "anchors": [(1, 1), (1, 1)]})
            line.setToolTip(title)
            line.setZValue(-5)
            self._plot.addItem(line)
            self._items.append(line)

    def count(self) -> int:
        return len(self.events)

    def on_day(self, day) -> list[ContextEvent]:
        """The events running on ``day``."""
        return [e for e in self.events if e.start <= day <= e.end]
