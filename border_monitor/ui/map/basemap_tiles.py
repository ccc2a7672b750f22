"""Serving a built base map's tiles to the map page: from the tile cache (memory, then the user cache
folder), else drawn by ``BasemapRenderer`` in a small thread pool and answered when ready, so the UI
thread never waits for a drawing. Requests for a tile already being drawn wait for the same drawing; a
request the page gave up on (the tile scrolled away) is dropped when its drawing is done.
"""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QThread, QThreadPool, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob
from shiboken6 import isValid

from ...basemap.tile_cache import TileCache
from ...basemap.tile_query import BasemapSource
from .basemap_render import BasemapRenderer

log = logging.getLogger(__name__)

TILE_NAME = re.compile(r"^(\d+)/(\d+)/(\d+)(@2x)?\.png$")
MAX_NATIVE_ZOOM = 17  # drawn up to here; the map enlarges beyond


def reply(job: QWebEngineUrlRequestJob, data: bytes, mime: str = "image/png") -> None:
    buffer = QBuffer(parent=job)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(mime.encode(), buffer)


class _Signals(QObject):
    drawn = Signal(object, object)  # (z, x, y, scale), png bytes or None when the drawing failed


class _Draw(QRunnable):
    def __init__(self, renderer: BasemapRenderer, cache: TileCache, key: tuple, signals: _Signals):
        super().__init__()
        self.renderer, self.cache, self.key, self.signals = renderer, cache, key, signals

    def run(self) -> None:  # in a pool thread
        data = None
        try:
            data = self.renderer.render_png(*self.key)
            self.cache.put(*self.key, data)
        except Exception:  # noqa: BLE001 - a tile that cannot be drawn is logged and answered "failed"
            log.exception("base map: drawing tile %s of %s failed", self.key, self.renderer.source.path)
        try:
            self.signals.drawn.emit(self.key, data)
        except RuntimeError:  # the map closed while this tile was drawn
            pass


class RenderedTiles(QObject):
    """One built base map served under ``bmap://app/tiles/<key>/{z}/{x}/{y}{r}.png``."""

    def __init__(self, source: BasemapSource | str, parent: QObject | None = None, *, cache: TileCache | None = None,
                 threads: int | None = None):
        super().__init__(parent)
        self.source = source if isinstance(source, BasemapSource) else BasemapSource(source)
        self.renderer = BasemapRenderer(self.source)
        self.cache = cache or TileCache(self.source.key)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads or max(1, min(2, QThread.idealThreadCount())))
        self._signals = _Signals(self)
        self._signals.drawn.connect(self._drawn)
        self._waiting: dict[tuple, list[QWebEngineUrlRequestJob]] = {}
        self.drawn_count = 0

    def serve(self, job: QWebEngineUrlRequestJob, name: str) -> None:
        """Answer a request for ``name`` ("z/x/y.png" or "z/x/y@2x.png")."""
        match = TILE_NAME.match(name)
        if not match:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        z, x, y = (int(v) for v in match.groups()[:3])
        scale = 2 if match.group(4) else 1
        if not (0 <= z <= 22 and 0 <= x < 2**z and 0 <= y < 2**z):
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        key = (z, x, y, scale)
        data = self.cache.get(*key)
        if data is not None:
            reply(job, data)
            return
        waiting = self._waiting.get(key)
        if waiting is not None:
            waiting.append(job)
            return
        self._waiting[key] = [job]
        self._pool.start(_Draw(self.renderer, self.cache, key, self._signals))

    def _drawn(self, key: tuple, data: bytes | None) -> None:
        self.drawn_count += 1
        for job in self._waiting.pop(key, []):
            if not isValid(job):
                continue  # the page no longer wants it
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            else:
                reply(job, data)

    def close(self) -> None:
        self._pool.clear()
        self._pool.waitForDone(5000)
        self._waiting.clear()
        self.source.close()
