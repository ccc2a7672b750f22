"""The map's web engine: one off-the-record profile with our ``bmap:`` scheme and request recorder, and its page.

Starting QtWebEngine (its context, the profile, a renderer process) takes a third of a second or more. The renderer
is a process of its own, so ``start_early()`` (run by ``ui.app.create_application``) starts one on a blank
page of the ``bmap:`` scheme while the store opens and the window is built; the first ``MapPanel`` takes that
engine (``take()``) and loads the map into the renderer already running. Every later panel starts its own, as
before. An engine nobody took is deleted when the application quits (or at interpreter exit), page before profile.
"""
from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from shiboken6 import delete, isValid

from .interceptor import RequestRecorder
from .scheme import ROOT, SCHEME, MapSchemeHandler

log = logging.getLogger(__name__)

CONSOLE_KEPT = 200  # the page's last warnings and errors kept for ``MapPanel.console_problems()``
# What the early renderer shows until the map replaces it: same site as the map, so the map reuses its process.
BLANK_URL = f"{ROOT}/index.html?load=0"
BLANK_PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>'


class LoggingPage(QWebEnginePage):
    """Logs the page's console (and keeps its last warnings and errors); refuses to navigate away from
    the map (a link in an attribution)."""

    def __init__(self, profile, parent=None):
        super().__init__(profile, parent)
        self.problems: list[str] = []

    def acceptNavigationRequest(self, url, nav_type, is_main_frame):  # noqa: N802 (Qt override)
        if is_main_frame and url.scheme() != SCHEME:
            log.info("map page: navigation to %s refused", url.toString())
            return False
        return super().acceptNavigationRequest(url, nav_type, is_main_frame)

    def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802 (Qt override)
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel:
            log.debug("map page: %s (%s:%s)", message, source, line)
            return
        log.warning("map page: %s (%s:%s)", message, source, line)
        self.problems.append(f"{message} ({source}:{line})")
        del self.problems[:-CONSOLE_KEPT]


class MapEngine:
    """A profile of its own (off the record) serving ``bmap:`` and recording every request, and a page on it.
    The page owns the profile (a page must be deleted before its profile: as its child, the profile goes after)."""

    def __init__(self):
        self.profile = QWebEngineProfile()
        self.handler = MapSchemeHandler(self.profile)
        self.profile.installUrlSchemeHandler(SCHEME.encode(), self.handler)
        self.requests = RequestRecorder(self.profile)
        self.profile.setUrlRequestInterceptor(self.requests)
        self.page = LoggingPage(self.profile)
        self.profile.setParent(self.page)


_spare: MapEngine | None = None


def start_early() -> None:
    """Start an engine's renderer on a blank page, for the first map panel to take (once per application)."""
    global _spare
    app = QCoreApplication.instance()
    if _spare is not None or app is None:
        return
    engine = MapEngine()
    engine.handler.set_page(BLANK_PAGE)
    engine.page.setUrl(QUrl(BLANK_URL))
    _spare = engine
    app.aboutToQuit.connect(discard)


def take() -> MapEngine:
    """The engine started early, if it is still there, else a new one."""
    global _spare
    engine, _spare = _spare, None
    if engine is not None and isValid(engine.page):
        return engine
    return MapEngine()


def discard() -> None:
    """Delete an engine started early that no panel took."""
    global _spare
    engine, _spare = _spare, None
    if engine is not None and isValid(engine.page):
        engine.handler.close()
        delete(engine.page)


atexit.register(discard)
