"""The context events drawn on the plot by one item: shades and dashed lines where the events are, their names as
the tooltip on a line or in a range, and no say in the view's automatic range."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from border_monitor.store.base import ContextEvent
from border_monitor.ui.lifecycle import dispose
from border_monitor.ui.timeline import series
from border_monitor.ui.timeline.decorations import EventLayer
from border_monitor.ui.timeline.event_band import full_title
from border_monitor.ui.timeline.panel import TimelinePanel


def _event(title: str, start: date, end: date | None = None) -> ContextEvent:
    return ContextEvent(id=None, start=start, end=end or start, country="LT", title=title)


def test_one_item_draws_every_event_and_names_the_one_under_the_pointer(qtbot, demo_store, app_state):
    panel = TimelinePanel(demo_store, app_state)
    try:
        panel.resize(900, 300)
        panel.show()
        qtbot.waitExposed(panel)
        events = [_event("Alpha day", date(2021, 7, 1)), _event("Beta weeks", date(2021, 9, 1), date(2021, 9, 20)),
                  _event("Gamma day", date(2021, 11, 2))]
        panel.events.set_events(events)
        layers = [i for i in panel.plot.getPlotItem().items if isinstance(i, EventLayer)]
        assert len(layers) == 1 and panel.events.count() == 3
        layer = layers[0]
        # no per-event items on the plot any more
        assert not [i for i in panel.plot.getPlotItem().items if type(i).__name__ in ("InfiniteLine",)
                    and i is not panel.focus_line and i not in panel.region.lines]
        x = series.day_start_x
        alpha, beta, gamma = (full_title(e) for e in events)
        assert layer.titles_at(x(date(2021, 7, 1))) == [alpha]
        assert layer.titles_at(x(date(2021, 9, 10))) == [beta]  # inside the range
        assert layer.titles_at(x(date(2021, 8, 15))) == []  # between them
        assert layer.pixel_width() > 0
        assert layer.titles_at(x(date(2021, 11, 2)) + 0.5 * layer.LINE_HIT_PX * layer.pixel_width()) == [gamma]
        assert layer.titles_at(x(date(2021, 11, 2)) + 3 * layer.LINE_HIT_PX * layer.pixel_width()) == []
        # the layer leaves the automatic range to the bars
        assert layer.dataBounds(0) is None and layer.dataBounds(1) is None
        # what is drawn: the dashed lines' colour at the events' days, the shade within the range, nothing elsewhere
        QApplication.processEvents()
        image = panel.plot.viewport().grab().toImage()
        view = panel.plot.getPlotItem().getViewBox()
        (_x0, _x1), (y0, y1) = view.viewRange()

        def column(day: date) -> list[int]:  # the lightness at the day's line, two-thirds up the view, +-1 px across
            point = view.mapViewToDevice(QPointF(x(day), y0 + (y1 - y0) * 0.66))
            return [image.pixelColor(round(point.x()) + dx, round(point.y()) + dy).lightness()
                    for dx in (-1, 0, 1) for dy in range(-4, 5)]  # a dash's gap is shorter than 9 px

        # the dashed line (#444444, under the filter's translucent window) is dark where an event starts; not between
        assert min(column(date(2021, 7, 1))) < 100 and min(column(date(2021, 11, 2))) < 100
        assert min(column(date(2021, 8, 15))) > 180
        # a tooltip asked over a line shows that event's name (the filter's window lies above the layer)
        at = view.mapViewToDevice(QPointF(x(date(2021, 7, 1)), y0 + (y1 - y0) * 0.5)).toPoint()
        QApplication.sendEvent(panel.plot.viewport(), QHelpEvent(QEvent.Type.ToolTip, at,
                                                                 panel.plot.viewport().mapToGlobal(at)))
        assert QToolTip.text() == alpha
        away = view.mapViewToDevice(QPointF(x(date(2021, 8, 15)), y0 + (y1 - y0) * 0.5)).toPoint()
        QApplication.sendEvent(panel.plot.viewport(), QHelpEvent(QEvent.Type.ToolTip, away,
                                                                 panel.plot.viewport().mapToGlobal(away)))
        assert layer.toolTip() == ""
        panel.events.set_events([])
        QApplication.processEvents()
        assert layer.boundingRect().isEmpty() and layer.titles_at(x(date(2021, 7, 1))) == []
    finally:
        dispose(panel)
