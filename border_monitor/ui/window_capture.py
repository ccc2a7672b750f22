"""A PNG of the whole main window (the ``screenshot`` command, docs, tests).

Offscreen, a widget grab of a QWebEngineView may come back blank, so the map is grabbed on its
own once it has drawn (``map.capture.grab_map``) and painted over its place in the window grab.
"""
from __future__ import annotations

import logging
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QImage, QPainter

from ..domain.data_notice import notice_for
from ..domain.errors import BorderMonitorError
from .lifecycle import dispose

log = logging.getLogger(__name__)

SETTLE_MS = 600


def wait_ms(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab_window(window, timeout_s: float = 60.0) -> QImage:
    """The window as an image, with the map drawn in (waits for the map to draw)."""
    from .map.capture import grab_map

    deadline = time.monotonic() + timeout_s
    while not window.map_panel.is_settled() or window.state.queries.busy():  # every view's answer in
        if time.monotonic() > deadline:
            raise TimeoutError(f"the map page did not draw within {timeout_s:.0f} s")
        wait_ms(20)
    wait_ms(SETTLE_MS)  # let the page finish its animations (a popup fading in, a zoom)
    map_image = grab_map(window.map_panel, timeout_s=max(1.0, deadline - time.monotonic()))
    wait_ms(100)  # let the docks paint their last state (table rows, timeline bars)
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    if time.monotonic() > deadline:
        raise TimeoutError(f"the window was not ready within {timeout_s:.0f} s")
    painter = QPainter(image)
    try:
        origin = window.map_panel.web_view.mapTo(window, QPoint(0, 0))
        ratio = image.devicePixelRatio() or 1.0
        target = map_image.scaled(int(window.map_panel.web_view.width() * ratio),
                                  int(window.map_panel.web_view.height() * ratio))
        painter.drawImage(QPoint(int(origin.x() * ratio), int(origin.y() * ratio)), target)
    finally:
        painter.end()
    return image


def take_screenshot(store_path: str | Path, out: str | Path, size: tuple[int, int] = (1600, 1000),
                    timeout_s: float = 90.0, view: dict | None = None, select: str | None = None,
                    lang: str | None = None) -> Path:
    """Open the window on ``store_path`` offscreen, wait for the map, save a PNG at ``out``.

    ``view``: the map's centre and zoom ({"lat", "lon", "zoom"}); default: the whole region.
    ``select``: an incident id to select (the map centres on it, the table, details and timeline show it).
    ``lang``: "en", "lt", "lv" or "pl" (View > Language); default: the language the GUI would start in.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..store import open_store
    from .app import create_application
    from .main_window import MainWindow
    from .settings import open_settings

    from ..store import is_store_url
    from ..store.postgis.url import without_password

    target = str(store_path) if is_store_url(str(store_path)) else Path(store_path)
    store_path = without_password(target) if isinstance(target, str) else target  # shown: never a password
    if isinstance(target, Path) and not target.exists():
        raise BorderMonitorError(f"The store {store_path} does not exist.")
    out = Path(out)
    if out.suffix.lower() != ".png":
        raise BorderMonitorError(f"The output file {out} does not end in .png.")
    out.parent.mkdir(parents=True, exist_ok=True)
    app = create_application()
    if lang:
        from .i18n import install_translators, locale_for

        install_translators(app, locale_for(lang))
    with tempfile.TemporaryDirectory(prefix="bm-shot-") as tmp:
        store = open_store(target)
        window = MainWindow(store, store_path=store_path, settings=open_settings(Path(tmp) / "settings.ini"),
                            restore=False)
        try:
            window.resize(*size)
            if view:
                window.map_panel.set_view(view)
            if select:
                store.get(select)  # an unknown id is an error naming the store
                window.state.select([select])
            window.show()
            image = grab_window(window, timeout_s=timeout_s)  # a synthetic store's banner is in the grab
            notice = notice_for(store)
            if notice:
                image.setText("Description", notice)  # and in the PNG's text, for who reads the file
            if not image.save(str(out), "PNG"):
                raise BorderMonitorError(f"The picture could not be written to {out}.")
        finally:
            dispose(window)
            store.close()
    log.info("screenshot of %s saved to %s", store_path, out)
    return out
