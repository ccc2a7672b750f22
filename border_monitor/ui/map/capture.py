"""A picture of the drawn map (for the screenshot command, reports and tests)."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage

from .panel import MapPanel


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def is_blank(image: QImage) -> bool:
    """True for a null image or one of a single colour."""
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return True
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=rgb.width() * rgb.height())
    return bool((pixels == pixels[0]).all())


def grab_map(panel: MapPanel, timeout_s: float = 20.0) -> QImage:
    """Wait until the page has drawn its latest update, then grab the web view.

    The panel must be visible (offscreen is fine). Offscreen QtWebEngine may hand back a blank
    frame right after drawing: the grab is repeated until the picture has content. Raises
    TimeoutError if the map has not drawn, or stays blank, within ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while not panel.is_settled():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the map page did not draw within {timeout_s:.0f} s")
        _wait(20)
    while True:
        _wait(50)  # let the compositor show the last canvas
        image = panel.web_view.grab().toImage()
        if not is_blank(image):
            return image
        if time.monotonic() > deadline:
            raise TimeoutError(f"the map stayed blank for {timeout_s:.0f} s")
