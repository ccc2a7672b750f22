"""A PNG of the briefing window (``border-monitor briefing --screenshot``, docs, tests, the benchmark).

As for the main window (``ui.window_capture``): offscreen, the web view is grabbed on its own once the map
has drawn, and painted over its place in the window's grab.
"""
from __future__ import annotations

import logging
import time

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPainter

from ..map.capture import grab_map
from ..window_capture import SETTLE_MS, wait_ms

log = logging.getLogger(__name__)

STABLE_MS = 300


def wait_drawn(window, timeout_s: float = 60.0) -> float:
    """Wait until the map has drawn its latest update and the impact layer its levels; the seconds waited."""
    start = time.monotonic()
    deadline = start + timeout_s
    panel = window.map_panel
    while not (panel.is_settled() and panel.impact.warning is not None and panel.impact.is_drawn
               and window.refresh_count > 0):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the briefing map did not draw within {timeout_s:.0f} s")
        wait_ms(10)
    return time.monotonic() - start


def stable_map(window, deadline: float) -> QImage:
    """The map's picture once two grabs 300 ms apart agree: offscreen, a large web view may hand back an
    older frame for a while after the page has drawn (the first frame, without the data)."""
    previous = grab_map(window.map_panel, timeout_s=max(1.0, deadline - time.monotonic()))
    while True:
        window.map_panel.web_view.update()
        wait_ms(STABLE_MS)
        image = grab_map(window.map_panel, timeout_s=max(1.0, deadline - time.monotonic()))
        if image == previous or time.monotonic() > deadline:
            return image
        previous = image


def grab_briefing(window, timeout_s: float = 60.0) -> QImage:
    """The briefing window as an image, the map drawn in."""
    deadline = time.monotonic() + timeout_s
    wait_drawn(window, timeout_s)
    wait_ms(SETTLE_MS)  # the fit to the scope's border, the layer's restyle
    map_image = stable_map(window, deadline)
    wait_ms(100)
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    view = window.map_panel.web_view
    painter = QPainter(image)
    try:
        origin = view.mapTo(window, QPoint(0, 0))
        ratio = image.devicePixelRatio() or 1.0
        target = map_image.scaled(int(view.width() * ratio), int(view.height() * ratio))
        painter.drawImage(QPoint(int(origin.x() * ratio), int(origin.y() * ratio)), target)
    finally:
        painter.end()
    return image
