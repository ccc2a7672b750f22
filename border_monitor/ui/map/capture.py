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


_PAINT_JS = """(function (token) {
    window.bmPainted = window.bmPainted || {};
    requestAnimationFrame(function () { requestAnimationFrame(function () {
        setTimeout(function () { window.bmPainted[token] = true; }, 0); }); });
    return true;
})(%d)"""
_tokens = iter(range(1, 1 << 62))


def wait_painted(panel: MapPanel, timeout_s: float = 20.0) -> None:
    """Wait until the page has painted two more frames (whatever it changed before this call is on screen):
    a task after the second requestAnimationFrame, polled over ``runJavaScript``. Raises TimeoutError."""
    deadline = time.monotonic() + timeout_s
    token = next(_tokens)
    page = panel.web_view.page()
    page.runJavaScript(_PAINT_JS % token, 0)
    seen: list = []
    while not seen or not seen[-1]:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the map page painted no frame within {timeout_s:.0f} s")
        page.runJavaScript(f"!!(window.bmPainted && window.bmPainted[{token}])", 0, seen.append)
        asked = len(seen)
        while len(seen) < asked + 1 and time.monotonic() <= deadline:
            _wait(5)


def grab_map(panel: MapPanel, timeout_s: float = 20.0) -> QImage:
    """Wait until the page has drawn its latest update and painted it, then grab the web view.

    The panel must be visible (offscreen is fine). Offscreen QtWebEngine may hand back a blank
    frame right after drawing: the grab is repeated (after another painted frame) until the picture has
    content. Raises TimeoutError if the map has not drawn, or stays blank, within ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while not panel.is_settled():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the map page did not draw within {timeout_s:.0f} s")
        _wait(20)
    while True:
        wait_painted(panel, max(0.1, deadline - time.monotonic()))
        _wait(20)  # the frame reaches the view's widget
        image = panel.web_view.grab().toImage()
        if not is_blank(image):
            return image
        if time.monotonic() > deadline:
            raise TimeoutError(f"the map stayed blank for {timeout_s:.0f} s")
