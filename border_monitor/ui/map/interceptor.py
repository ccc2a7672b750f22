"""Watch (and by default refuse) every request the map page makes.

The page must work with no network: only our ``bmap:`` scheme, ``data:``, ``blob:``, ``qrc:``
and ``file:`` are local. A request elsewhere is blocked and logged, unless its URL starts
the URL template of an online layer the user added on purpose.
"""
from __future__ import annotations

import logging
import re
import threading

from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from .scheme import SCHEME

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({SCHEME, "data", "blob", "qrc", "file", "about"})


def template_pattern(url_template: str) -> re.Pattern:
    """A regex matching the URLs an XYZ template (``https://{s}.tile.example.org/{z}/{x}/{y}.png``) yields."""
    parts = re.split(r"(\{[^}]*\})", url_template)
    out = []
    for part in parts:
        if part == "{s}":
            out.append(r"[A-Za-z0-9-]+")
        elif part.startswith("{") and part.endswith("}"):
            out.append(r"[^/?#]*")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out))


class RequestRecorder(QWebEngineUrlRequestInterceptor):
    """Records every requested URL; blocks non-local ones that no allowed template matches."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lock = threading.Lock()
        self._urls: list[str] = []
        self._blocked: list[str] = []
        self._allowed: list[tuple[str, re.Pattern]] = []

    def allow_template(self, url_template: str) -> None:
        """Let the page fetch the tiles of an online layer the user configured."""
        with self._lock:
            self._allowed.append((url_template, template_pattern(url_template)))

    def disallow_template(self, url_template: str) -> None:
        """Block that layer's tiles again (the user removed it); another layer with the same address stays."""
        with self._lock:
            for i, (template, _pattern) in enumerate(self._allowed):
                if template == url_template:
                    del self._allowed[i]
                    return

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt override)
        url = info.requestUrl()
        text = url.toString()
        local = url.scheme() in LOCAL_SCHEMES
        with self._lock:
            self._urls.append(text)
            allowed = local or any(p.fullmatch(text) for _t, p in self._allowed)
            if not allowed:
                self._blocked.append(text)
        if not allowed:
            log.warning("map page: blocked a request to %s (not local, no online layer configured for it)", text)
            info.block(True)

    @property
    def urls(self) -> list[str]:
        with self._lock:
            return list(self._urls)

    @property
    def blocked(self) -> list[str]:
        with self._lock:
            return list(self._blocked)

    def non_local(self) -> list[str]:
        """Every recorded URL whose scheme is not a local one."""
        from PySide6.QtCore import QUrl

        return [u for u in self.urls if QUrl(u).scheme() not in LOCAL_SCHEMES]
