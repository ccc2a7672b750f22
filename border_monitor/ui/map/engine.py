"""The map's web engine: one off-the-record profile with our ``bmap:`` scheme and request recorder, its page, and
the page's web channel.

Starting QtWebEngine (its context, the profile, a renderer process) takes a third of a second or more, and the
map page's scripts (Leaflet, ours) take the renderer another 0.1 s to fetch, compile and run. The renderer is a
process of its own, so ``start_early()`` (run by ``ui.app.create_application``) starts one on the page's SHELL
(``page.shell_page``: the head with every script and style, an empty body) while the store opens and the window
is built; the first ``MapPanel`` takes that engine (``take()``) and fills the shell with its store's part of the
page (``page.fill_shell_js``: the map, its layers and controls) instead of loading a whole page. Every later
panel starts its own engine and loads whole pages, as before. An engine nobody took is deleted when the
application quits (or at interpreter exit), page before profile.
"""
from __future__ import annotations

import atexit
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, QUrl
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from shiboken6 import delete, isValid

from .bridge import MapBridge
from .interceptor import RequestRecorder
from .scheme import ROOT, SCHEME, MapSchemeHandler

log = logging.getLogger(__name__)

SHELL_WAIT_MS = 1000  # start_early waits at most this long for the shell page to load
CONSOLE_KEPT = 200  # the page's last warnings and errors kept for ``MapPanel.console_problems()``
# The early renderer's page, the shell the first map panel fills: same site as the map (index.html?load=N), so a
# page loaded later in the same view reuses its process.
SHELL_URL = f"{ROOT}/index.html?load=0"


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
    """A profile of its own (off the record) serving ``bmap:`` and recording every request, a page on it and the
    page's web channel with the bridge on it (set before the page loads anything, so every page it shows has
    Qt's transport, and a shell page can open the channel before a panel takes the engine).
    The page owns the profile (a page must be deleted before its profile: as its child, the profile goes after)."""

    def __init__(self):
        self.profile = QWebEngineProfile()
        self.handler = MapSchemeHandler(self.profile)
        self.profile.installUrlSchemeHandler(SCHEME.encode(), self.handler)
        self.requests = RequestRecorder(self.profile)
        self.profile.setUrlRequestInterceptor(self.requests)
        self.page = LoggingPage(self.profile)
        self.profile.setParent(self.page)
        self.channel = QWebChannel(self.page)
        self.bridge = MapBridge(self.page)  # the panel's bridge to every page this one shows
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.shell: ShellLoad | None = None  # the shell page, if this engine started on one

    def load_shell(self, html: str) -> None:
        self.shell = ShellLoad(self.page)
        self.handler.set_page(html)
        self.page.setUrl(QUrl(SHELL_URL))


class ShellLoad(QObject):
    """The load of a shell page: ``when_loaded(callback)`` calls back with whether it loaded, at once if that is
    known, else once the page says (each callback once; the first load's word is kept). A child of the page."""

    def __init__(self, page: QWebEnginePage):
        super().__init__(page)
        self.loaded: bool | None = None
        self._waiting: list[Callable[[bool], None]] = []
        page.loadFinished.connect(self._finished)

    def _finished(self, ok: bool) -> None:
        if self.loaded is None:
            self.loaded = bool(ok)
            if ok:  # the web channel's handshake now, not after the map is drawn (bm-core.js BM.connect)
                self.parent().runJavaScript("BM.connect();")
            else:
                log.warning("map: the page's shell did not load; the map loads as a whole page")
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(self.loaded)

    def wait(self, timeout_ms: int) -> None:
        """Run the event loop until the page has loaded (or failed to), for at most ``timeout_ms``."""
        if self.loaded is not None:
            return
        loop = QEventLoop()
        page = self.parent()
        page.loadFinished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        page.loadFinished.disconnect(loop.quit)

    def when_loaded(self, callback: Callable[[bool], None]) -> None:
        if self.loaded is None:
            self._waiting.append(callback)
        else:
            callback(self.loaded)


_spare: MapEngine | None = None


def start_early() -> None:
    """Start an engine's renderer on the map page's shell, for the first map panel to take (once per
    application)."""
    global _spare
    app = QCoreApplication.instance()
    if _spare is not None or app is None:
        return
    from .page import shell_page

    engine = MapEngine()
    engine.load_shell(shell_page())
    _spare = engine
    app.aboutToQuit.connect(discard)
    # Chromium fetches and runs the shell's files only while the UI thread runs its event loop (the bmap: files are
    # read there, and the browser's side of the page lives there), not while it opens the store or builds the
    # window: so the loop runs here until the shell has loaded (40-80 ms on 2 cores).
    engine.shell.wait(SHELL_WAIT_MS)


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
