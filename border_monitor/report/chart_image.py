"""The timeline chart of a report or animation: incidents per local day, stacked by reporting country.

Painted with QPainter (offscreen): bars in the country colours of the window's timeline
(``ui.text.palette``, Okabe-Ito), a y axis with round steps, month (or week) ticks, a legend.
``upto`` (an index into the days) greys the days after it, for the frames of an animation.
"""
from __future__ import annotations

import math
from datetime import date

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..store.base import DailyCounts
from ..ui.text import palette


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about ``ticks`` steps up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(1.0, m * power)
    return max(1.0, 10 * power)


def _tick_days(days: list[date]) -> list[int]:
    """Indexes of the days that get a tick label: first of each month, or Mondays on a short period."""
    if len(days) <= 14:
        return list(range(len(days)))
    if len(days) <= 45:
        ticks = [k for k, d in enumerate(days) if d.weekday() == 0]
    else:
        ticks = [k for k, d in enumerate(days) if d.day == 1]
    return ticks or [0]


def paint_chart(painter: QPainter, rect: QRectF, daily: DailyCounts, *, title: str = "",
                names=None, upto: int | None = None) -> None:
    names = names or (lambda key: key)
    counts = np.asarray(daily.counts, dtype=np.int64).reshape(len(daily.keys), len(daily.days))
    totals = counts.sum(axis=0) if counts.size else np.zeros(len(daily.days), np.int64)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPixelSize(max(9, int(rect.height() / 16)))
    painter.setFont(font)
    fm = painter.fontMetrics()
    top_value = float(totals.max()) if len(totals) else 0.0
    step = nice_step(top_value)
    y_max = max(step, math.ceil(top_value / step) * step)
    label_w = fm.horizontalAdvance(f"{int(y_max):,}") + 8
    title_h = fm.height() + 6 if title else 4
    legend_h = fm.height() + 6
    pad = fm.height() / 2 + 2  # room for the top y label above the plot
    plot = QRectF(rect.left() + label_w, rect.top() + title_h + pad, rect.width() - label_w - 10,
                  rect.height() - title_h - pad - legend_h - fm.height() - 8)
    if title:
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, title)
    # grid and y labels
    painter.setPen(QPen(QColor("#dddddd"), 1))
    value = 0.0
    while value <= y_max + 1e-9:
        y = plot.bottom() - plot.height() * value / y_max
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, label_w - 6, fm.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{int(value):,}")
        value += step
    n = len(daily.days)
    if n:
        bar = plot.width() / n
        gap = bar * 0.12 if bar > 4 else 0.0
        base = np.zeros(n, dtype=np.int64)
        for k, key in enumerate(daily.keys):
            color = QColor(palette.country_color(key))
            faded = QColor(color)
            faded.setAlpha(50)
            painter.setPen(Qt.PenStyle.NoPen)
            for d in np.flatnonzero(counts[k]).tolist():
                y0 = plot.bottom() - plot.height() * base[d] / y_max
                h = plot.height() * counts[k, d] / y_max
                painter.setBrush(faded if upto is not None and d > upto else color)
                painter.drawRect(QRectF(plot.left() + d * bar + gap / 2, y0 - h, max(bar - gap, 0.8), h))
            base = base + counts[k]
        painter.setPen(QColor("#444444"))
        for d in _tick_days(daily.days):
            x = plot.left() + (d + 0.5) * bar
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = daily.days[d].strftime("%d.%m" if n <= 45 else "%Y-%m")
            half = fm.horizontalAdvance(text)
            painter.drawText(QRectF(x - half, plot.bottom() + 4, 2 * half, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                             text)
        if upto is not None and 0 <= upto < n:
            x = plot.left() + (upto + 1) * bar
            painter.setPen(QPen(QColor("#222222"), 2))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    painter.setPen(QPen(QColor("#888888"), 1))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    # legend
    x = plot.left()
    y = rect.bottom() - legend_h + 2
    for key in daily.keys:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.country_color(key)))
        painter.drawRect(QRectF(x, y + 2, fm.height() - 4, fm.height() - 4))
        painter.setPen(QColor("#222222"))
        label = names(key)
        painter.drawText(QPointF(x + fm.height(), y + fm.ascent()), label)
        x += fm.height() + fm.horizontalAdvance(label) + 18
    painter.restore()


def chart_image(daily: DailyCounts, width: int, height: int, *, title: str = "", names=None,
                upto: int | None = None) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_chart(painter, QRectF(0, 0, width, height), daily, title=title, names=names, upto=upto)
    finally:
        painter.end()
    return image
