"""The ``bmap:`` URL scheme: everything the map page loads comes from here, never from a network.

Addresses (host ``app``):

- ``bmap://app/index.html``            the page folium built (held in memory, no 2 MB setHtml limit)
- ``bmap://app/qwebchannel.js``        Qt's QWebChannel client, read from Qt's resources
- ``bmap://app/lib/leaflet/...``       Leaflet from the XStatic-Leaflet package
- ``bmap://app/lib/leaflet-heat.js``    the Leaflet.heat plugin the folium package ships
- ``bmap://app/bm/...``                our own page scripts and styles (``resources/map/``)
- ``bmap://app/tiles/<key>/<z>/<x>/<y>`` raster tiles of a user's MBTiles base map, or drawn from a built
  base map GeoPackage (``<y>.png`` or ``<y>@2x.png``, see ``basemap_tiles``)

``register_schemes()`` must run before the QApplication is created (Qt's rule for custom schemes).
"""
from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QFile, QIODevice, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlScheme, QWebEngineUrlSchemeHandler

from ...assets import resource_path
from .mbtiles import MBTiles

log = logging.getLogger(__name__)

SCHEME = "bmap"
HOST = "app"
ROOT = f"{SCHEME}://{HOST}"
PAGE_URL = f"{ROOT}/index.html"
QWEBCHANNEL_RESOURCE = ":/qtwebchannel/qwebchannel.js"
HEAT_PATH = "lib/leaflet-heat.js"

_MIME = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".map": "application/json",
    ".json": "application/json",
}


def register_schemes() -> None:
    """Register the ``bmap:`` scheme and prepare QtWebEngine. Call once before creating the QApplication.

    Calling it again is harmless; calling it first after the application exists raises RuntimeError,
    because Qt then ignores the registration and the map page could not load.
    """
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name() == SCHEME.encode():
        return
    if QCoreApplication.instance() is not None:
        raise RuntimeError("register_schemes() must be called before the QApplication is created")
    import PySide6.QtWebEngineWidgets  # noqa: F401  (QtWebEngine must be loaded before the application)
    from PySide6.QtCore import Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts, True)
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Not a "secure" scheme: a secure page would block (or upgrade) an online layer's http:// tiles.
    scheme.setFlags(QWebEngineUrlScheme.Flag.CorsEnabled
                    | QWebEngineUrlScheme.Flag.FetchApiAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


def static_roots() -> dict[str, Path]:
    """Folders served under ``/lib/<name>/`` and ``/bm/``."""
    import xstatic.pkg.leaflet as leaflet

    return {"lib/leaflet": Path(leaflet.BASE_DIR), "bm": resource_path("map")}


def static_files() -> dict[str, Path]:
    """Single files served at a path of their own: Leaflet.heat from the installed folium package
    (folium's own HeatMap plugin would load the same file from a CDN)."""
    import folium

    return {HEAT_PATH: Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js"}


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the page, its scripts and MBTiles tiles for one map panel's profile."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._page = b""
        self._roots = static_roots()
        self._files = static_files()
        self._tiles: dict[str, MBTiles] = {}
        self._rendered: dict = {}  # key -> basemap_tiles.RenderedTiles (a built base map, drawn here)
        self._cache: dict[str, tuple[bytes, str]] = {}
        self.served = 0

    # -- content ------------------------------------------------------------
    def set_page(self, html: str) -> None:
        self._page = html.encode("utf-8")

    def add_tiles(self, key: str, tiles: MBTiles) -> None:
        old = self._tiles.pop(key, None)
        if old is not None:
            old.close()
        self._tiles[key] = tiles

    def add_rendered(self, key: str, tiles) -> None:
        """Serve a built base map (``basemap_tiles.RenderedTiles``) under ``tiles/<key>/``."""
        old = self._rendered.pop(key, None)
        if old is not None:
            old.close()
        self._rendered[key] = tiles

    def close(self) -> None:
        for tiles in self._tiles.values():
            tiles.close()
        self._tiles.clear()
        for rendered in self._rendered.values():
            rendered.close()
        self._rendered.clear()

    # -- requests -----------------------------------------------------------
    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt override)
        url: QUrl = job.requestUrl()
        path = url.path().lstrip("/")
        if url.host() == HOST and path.startswith("tiles/") and path.split("/")[1] in self._rendered:
            self.served += 1
            self._rendered[path.split("/")[1]].serve(job, path.split("/", 2)[2])  # answered when drawn
            return
        try:
            found = self._resolve(url.host(), path)
        except Exception:  # a broken file must not take the page down silently
            log.exception("bmap: failed to serve %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        if found is None:
            log.debug("bmap: not found %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = found
        self.served += 1
        buffer = QBuffer(parent=job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buffer)

    def _resolve(self, host: str, path: str) -> tuple[bytes, str] | None:
        if host != HOST:
            return None
        if path == "index.html":
            return self._page, "text/html; charset=utf-8"
        if path.startswith("tiles/"):
            return self._tile(path)
        if path in self._cache:
            return self._cache[path]
        found = self._static(path)
        if found is not None:
            self._cache[path] = found
        return found

    def _static(self, path: str) -> tuple[bytes, str] | None:
        if path == "qwebchannel.js":
            qfile = QFile(QWEBCHANNEL_RESOURCE)
            if not qfile.open(QIODevice.OpenModeFlag.ReadOnly):
                return None
            return bytes(qfile.readAll().data()), "text/javascript"
        if path in self._files:
            target = self._files[path]
            if not target.is_file():
                log.error("bmap: %s is missing (is the folium package complete?)", target)
                return None
            return target.read_bytes(), _MIME[target.suffix]
        for prefix, root in self._roots.items():
            if path.startswith(prefix + "/"):
                target = (root / path[len(prefix) + 1:]).resolve()
                if root.resolve() not in target.parents or not target.is_file():
                    return None
                mime = _MIME.get(target.suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
                return target.read_bytes(), mime
        return None

    def _tile(self, path: str) -> tuple[bytes, str] | None:
        parts = path.split("/")
        if len(parts) != 5 or parts[1] not in self._tiles:
            return None
        try:
            z, x, y = (int(p.split(".")[0]) for p in parts[2:])
        except ValueError:
            return None
        tiles = self._tiles[parts[1]]
        data = tiles.tile(z, x, y)
        return None if data is None else (data, tiles.info.mime)
