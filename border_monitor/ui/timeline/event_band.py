"""The band above the timeline's bars where the context events are named.

Each event in view has a small marker at the foot of the band, right above its dashed line in the
plot. Short labels ("LT Frontex support requested") sit in ``ROWS`` rows above the markers, each
label beside a thin pole at its event's day; the nearest row that is free is taken, and a label that
would touch one already placed is left out. Its marker stays, and the whole title is still in the
hover read-out and in the tooltip of the marker (and of every label). A range event whose start lies
left of the view is named at the left edge ("◂ LT Extreme situation") while it runs, where room is
left after the events that start in view.

The labels are placed again whenever the view's time range or the band's width changes, so
zooming in names more events. The band is the plot's top axis (a pyqtgraph ``AxisItem`` linked to
the view), so it is never drawn over the bars and pans and zooms with the plot.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from ...store.base import ContextEvent
from ..text import palette
from ..text.labels import country_label
from . import series

ROWS = 3  # rows of labels above the markers
LABEL_CHARS = 26  # a label's title part is cut (at a word) to at most this many characters
GAP_PX = 8.0  # least room between two labels in a row
POLE_GAP_PX = 3.0  # between a label and its pole
MARKER_PX = 5.0  # height of the markers at the foot of the band
HOVER_PX = 5.0  # a marker's tooltip reaches this far either side of its day
FONT_SCALE = 0.85  # label text against the application's font
CONTINUED = "\u25c2 "  # before a range event's label when its start is left of the view


def full_title(event: ContextEvent) -> str:
    """The event's whole title with its country's name: what the hover read-out and tooltips show."""
    return event.title if not event.country else f"{event.title} ({country_label(event.country)})"


def clip_words(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= limit // 2:
        head = head[:space]
    return head.rstrip(" ,:;-") + "\u2026"


def short_label(event: ContextEvent) -> str:
    """A short label: the country code, then the title without a bracketed remark or what follows a
    semicolon, cut at a word ("LT State-level extreme situation…")."""
    core = re.split(r"\s*[(;]", event.title, maxsplit=1)[0].strip() or event.title.strip()
    core = clip_words(core)
    return f"{event.country} {core}" if event.country else core


@dataclass(frozen=True)
class Slot:
    """Where a label went: its row (0 is the lowest, next to the markers) and its left and right edge (px)."""

    row: int
    left: float
    right: float


def place_labels(anchors: list[float | None], widths: list[float], band_width: float,
                 rows: int = ROWS, gap: float = GAP_PX, pole_gap: float = POLE_GAP_PX,
                 late: list[bool] | None = None) -> list[Slot | None]:
    """Place labels of ``widths`` beside their ``anchors`` (px from the band's left; None: not in view).

    A label starts ``pole_gap`` right of its anchor, or ends as far left of it when it would pass
    the band's right edge; it is left out (None) when it does not fit in the band at all. In a row,
    labels keep ``gap`` from each other. As many labels as can be are placed: taken by their right
    edge, each goes into the row whose last label ends latest while leaving it room (the greedy way
    that is best for intervals). Labels marked ``late`` are placed only afterwards, where room is left.
    """
    late = late or [False] * len(anchors)
    spans: list[tuple[float, float] | None] = []
    for anchor, width in zip(anchors, widths):
        span = None
        if anchor is not None and 0.0 <= anchor <= band_width:
            left = anchor + pole_gap
            if left + width > band_width:
                left = anchor - pole_gap - width
            if left >= 0.0:
                span = (left, left + width)
        spans.append(span)
    taken: list[list[tuple[float, float]]] = [[] for _ in range(rows)]
    slots: list[Slot | None] = [None] * len(spans)
    first = sorted((i for i, s in enumerate(spans) if s is not None and not late[i]), key=lambda i: (spans[i][1], i))
    ends = [float("-inf")] * rows
    for i in first:
        left, right = spans[i]
        free = [r for r in range(rows) if ends[r] + gap <= left]
        if free:
            row = max(free, key=lambda r: (ends[r], -r))
            ends[row] = right
            taken[row].append((left, right))
            slots[i] = Slot(row, left, right)
    for i in (i for i, s in enumerate(spans) if s is not None and late[i]):
        left, right = spans[i]
        for row in range(rows):
            if all(right + gap <= a or left >= b + gap for a, b in taken[row]):
                taken[row].append((left, right))
                slots[i] = Slot(row, left, right)
                break
    return slots


class EventBand(pg.AxisItem):
    """The plot's top axis, showing the context events' markers and labels instead of ticks."""

    def __init__(self, rows: int = ROWS):
        super().__init__(orientation="top")
        self._rows = rows
        self.setStyle(showValues=False, tickLength=0)
        self._events: list[ContextEvent] = []
        self._labels: list[QGraphicsSimpleTextItem] = []
        self._anchors: list[float | None] = []  # px of each event's day in view (None: out of view)
        self._slots: list[Slot | None] = []
        self._font = QFont(QApplication.font())
        self._font.setPointSizeF(max(6.0, self._font.pointSizeF() * FONT_SCALE))
        self._line_height = QFontMetricsF(self._font).height() + 1.0
        self._color = QColor(palette.EVENT_COLOR)
        self.setHeight(int(round(rows * self._line_height + MARKER_PX + 3)))
        self._ready = True

    # -- events -----------------------------------------------------------------------------
    def set_events(self, events: list[ContextEvent]) -> None:
        """Show these events (sorted by start, as ``EventMarkers`` keeps them)."""
        for label in self._labels:
            label.setParentItem(None)
            if label.scene() is not None:
                label.scene().removeItem(label)
        self._events = list(events)
        self._labels = []
        for event in self._events:
            label = QGraphicsSimpleTextItem(short_label(event), self)
            label.setFont(self._font)
            label.setBrush(self._color)
            label.setToolTip(full_title(event))
            label.setVisible(False)
            self._labels.append(label)
        self.relayout()

    # -- placing ----------------------------------------------------------------------------
    def _x_to_px(self, x: float) -> float:
        x0, x1 = self.range
        width = self.width()
        return (x - x0) / (x1 - x0) * width if x1 != x0 else 0.0

    def relayout(self) -> None:
        """Place the labels again for the current view range and width."""
        if not getattr(self, "_ready", False):
            return  # the axis resizes itself while it is being built
        width = self.width()
        anchors: list[float | None] = []
        texts: list[str] = []
        for event in self._events:
            px = self._x_to_px(series.day_start_x(event.start))
            end_px = self._x_to_px(series.day_start_x(event.end) + series.DAY)
            text = short_label(event)
            if px < 0.0 < end_px and event.end > event.start:
                anchors.append(0.0)  # a range running into the view from the left: named at the edge
                text = CONTINUED + text
            else:
                anchors.append(px if 0.0 <= px <= width else None)
            texts.append(text)
        for label, text in zip(self._labels, texts):
            if label.text() != text:
                label.setText(text)
        widths = [label.boundingRect().width() for label in self._labels]
        slots = place_labels(anchors, widths, width, self._rows,
                             late=[text.startswith(CONTINUED) for text in texts])
        # The "◂" edge labels have no day in view: no marker or pole for them.
        self._anchors = [None if texts[i].startswith(CONTINUED) else a for i, a in enumerate(anchors)]
        self._slots = slots
        for label, slot in zip(self._labels, slots):
            if slot is None:
                label.setVisible(False)
                continue
            label.setPos(slot.left, self._row_top(slot.row))
            label.setVisible(True)
        self.update()

    def _row_top(self, row: int) -> float:
        return self.height() - MARKER_PX - 1.0 - (row + 1) * self._line_height

    def linkedViewChanged(self, view, newRange=None):  # noqa: N802 - pyqtgraph's name
        super().linkedViewChanged(view, newRange)
        self.relayout()

    def resizeEvent(self, ev=None):  # noqa: N802 - Qt's name
        super().resizeEvent(ev)
        self.relayout()

    # -- drawing ----------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(0.0, 0.0, self.width(), self.height())

    def paint(self, p, opt, widget) -> None:
        if not getattr(self, "_ready", False):
            return
        height = self.height()
        pole = QPen(self._color, 1.0)
        pole.setCosmetic(True)
        p.setPen(pole)
        p.setBrush(self._color)
        half = MARKER_PX * 0.8
        for anchor in self._anchors:
            if anchor is not None:
                p.drawPolygon(QPolygonF([QPointF(anchor - half, height - MARKER_PX - 1.0),
                                         QPointF(anchor + half, height - MARKER_PX - 1.0),
                                         QPointF(anchor, height - 1.0)]))
        for anchor, slot in zip(self._anchors, self._slots):
            if anchor is not None and slot is not None:
                p.drawLine(QPointF(anchor, self._row_top(slot.row) + 1.0), QPointF(anchor, height - MARKER_PX - 1.0))
        # Labels hide the poles of other events that pass behind them.
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 235))
        for label, slot in zip(self._labels, self._slots):
            if slot is not None:
                p.drawRect(label.mapRectToParent(label.boundingRect()).adjusted(-1.0, 0.0, 1.0, 0.0))

    # -- hover ------------------------------------------------------------------------------
    def events_near(self, px: float, reach: float = HOVER_PX) -> list[ContextEvent]:
        """The events whose marker is within ``reach`` px of ``px`` (band coordinates)."""
        return [e for e, a in zip(self._events, self._anchors) if a is not None and abs(a - px) <= reach]

    def hoverEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's name
        if ev.isExit():
            self.setToolTip("")
            return
        near = self.events_near(ev.pos().x())
        self.setToolTip("\n".join(full_title(e) for e in near))

    # -- for the panel and tests ------------------------------------------------------------
    @property
    def events(self) -> list[ContextEvent]:
        return list(self._events)

    def label_items(self) -> list[QGraphicsSimpleTextItem]:
        """One text item per event (in the order of ``events``), shown or not."""
        return list(self._labels)

    def labelled(self) -> list[ContextEvent]:
        """The events named by a label now."""
        return [e for e, slot in zip(self._events, self._slots) if slot is not None]

    def marked_days(self) -> list[date]:
        """Start days of the events with a marker in view."""
        return [e.start for e, a in zip(self._events, self._anchors) if a is not None]
