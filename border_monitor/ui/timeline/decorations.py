"""Context events on the timeline: a dashed vertical line at each start, ranges shaded; their names
are in the band above the plot (``event_band.EventBand``)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLineF, QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor

from ...store.base import ContextEvent
from ..text import palette
from . import series
from .event_band import EventBand, full_title


class EventLayer(pg.GraphicsObject):
    """Every context event in one item: the ranges shaded, then a dashed line at each start, across the view's
    height; the events' names as the tooltip where the pointer is on a line or in a range.

    One item, not a ``pg.InfiniteLine`` and a ``pg.LinearRegionItem`` per event: with the ~20 events of the
    demo those cost 47 ms to make as the window opened and 4 ms of each timeline paint after a filter change
    (their bounds computed again for each new range), measured 2026-12-02 on a 2-core machine; this draws them
    in one ``paint`` (``drawRects``, ``drawLines``)."""

    LINE_HIT_PX = 3.0  # how near a line the pointer counts as on it, for the tooltip

    def __init__(self):
        super().__init__()
        self._events: list[tuple[float, float, str]] = []  # (start x, end x: the start x for one day, title)
        self._pen = pg.mkPen(palette.EVENT_COLOR, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        self._brush = QBrush(QColor(*palette.hex_to_rgba(palette.EVENT_RANGE_COLOR)))
        self.setZValue(-10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_events(self, events: list[ContextEvent]) -> None:
        self._events = []
        for event in events:
            x0 = series.day_start_x(event.start)
            x1 = series.day_start_x(event.end) + series.DAY if event.end > event.start else x0
            self._events.append((x0, x1, full_title(event)))
        self.setToolTip("")
        self.prepareGeometryChange()
        self.update()

    def viewRangeChanged(self) -> None:  # noqa: N802 - pyqtgraph's name: the bounds follow the view
        self.prepareGeometryChange()

    def dataBounds(self, axis, frac=1.0, orthoRange=None):  # noqa: N802, ARG002 - pyqtgraph's names
        return None  # the events never widen the view's automatic range

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        view = self.viewRect()
        if view is None or not self._events:
            return QRectF()
        return QRectF(view)

    def paint(self, painter, *_args) -> None:
        view = self.viewRect()
        if view is None:
            return
        top, bottom = view.top(), view.bottom()
        left, right = view.left(), view.right()
        shades = [QRectF(a, top, b - a, bottom - top) for a, b, _t in self._events if b > a and b >= left and a <= right]
        if shades:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._brush)
            painter.drawRects(shades)
        lines = [QLineF(x, bottom, x, top) for x, _e, _t in self._events if left <= x <= right]
        if lines:
            painter.setPen(self._pen)
            painter.drawLines(lines)

    def titles_at(self, x: float) -> list[str]:
        """The names of the events whose line is within ``LINE_HIT_PX`` of view x ``x``, or whose range holds it."""
        near = self.LINE_HIT_PX * self.pixel_width()
        return [title for x0, x1, title in self._events if abs(x - x0) <= near or x0 <= x <= x1]

    def pixel_width(self) -> float:
        """View x units a pixel of the plot spans (0 before the view is laid out)."""
        view = self.getViewBox()
        if view is None:
            return 0.0
        width = view.viewPixelSize()[0]
        return float(width) if width and width > 0 else 0.0

    def name_at_scene(self, scene_pos) -> None:
        """Take as tooltip the names of the events at scene point ``scene_pos`` (none: no tooltip)."""
        self.setToolTip("\n".join(self.titles_at(self.mapFromScene(scene_pos).x())))


class _TooltipAsked(QObject):
    """On the plot's scene: as a tooltip is asked (before the scene picks the item that shows it), the layer takes
    the names of the events under the pointer. Hover events would not do: the filter's window above the layer
    takes them."""

    def __init__(self, layer: EventLayer, parent: QObject):
        super().__init__(parent)
        self._layer = layer

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.GraphicsSceneHelp:
            self._layer.name_at_scene(event.scenePos())
        return False


class EventMarkers:
    def __init__(self, plot_item: pg.PlotItem, band: EventBand):
        self._plot = plot_item
        self._band = band
        self.layer = EventLayer()
        plot_item.addItem(self.layer)
        scene = plot_item.scene()
        if scene is not None:
            scene.installEventFilter(_TooltipAsked(self.layer, scene))
        self.events: list[ContextEvent] = []

    def set_events(self, events: list[ContextEvent]) -> None:
        self.events = sorted(events, key=lambda e: (e.start, e.end, e.title))
        self.layer.set_events(self.events)
        self._band.set_events(self.events)

    @property
    def band(self) -> EventBand:
        return self._band

    def count(self) -> int:
        return len(self.events)

    def on_day(self, day) -> list[ContextEvent]:
        """The events running on ``day``."""
        return [e for e in self.events if e.start <= day <= e.end]
