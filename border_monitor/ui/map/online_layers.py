"""Online base maps the user adds (File > Add online base map...): an XYZ tile address, or a WMTS layer
(``basemap.wmts.WmtsSource``, read from the service's capabilities once, when the user adds it); what one
is, how it is checked, where it is kept (the window's QSettings, as JSON under ``map/online_layers``).

The map page fetches an online layer's tiles only while the user has chosen it in the layer control;
until then it stays as offline as without one (``interceptor.RequestRecorder``).
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from ...basemap.wmts import WmtsSource

log = logging.getLogger(__name__)

SETTINGS_KEY = "map/online_layers"
MAX_ZOOM = 19  # the map's own deepest zoom (page.build_page)
REQUIRED_PLACEHOLDERS = ("{z}", "{x}", "{y}")  # or {-y}, the y of TMS servers (counted from the south)
# What Leaflet's TileLayer fills in; any other {name} would make every tile request fail.
KNOWN_PLACEHOLDERS = frozenset({"{s}", "{z}", "{x}", "{y}", "{-y}", "{r}"})
# A WMTS layer's address (``WmtsSource.template``): the tile matrix looked up per zoom, or {z} in it.
WMTS_PLACEHOLDERS = frozenset({"{z}", "{x}", "{y}", "{TileMatrix}"})
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


class OnlineLayerError(ValueError):
    """A field of an online base map that cannot be used; ``field`` is "name", "url", "attribution" or
    "max_zoom", the message a sentence for the user."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class OnlineLayer:
    name: str
    url: str
    attribution: str
    max_zoom: int | None = None  # the deepest zoom the server has tiles for; the map enlarges those beyond
    wmts: WmtsSource | None = None  # a WMTS layer (``url`` is its template); None for an XYZ one

    @classmethod
    def checked(cls, name: str, url: str, attribution: str, max_zoom: int | None = None,
                taken_names: tuple[str, ...] | list[str] = (), wmts: WmtsSource | None = None) -> "OnlineLayer":
        """The layer, its text trimmed; raises OnlineLayerError naming the first field that is wrong."""
        name, url, attribution = str(name).strip(), str(url).strip(), str(attribution).strip()
        if not name:
            raise OnlineLayerError("name", QCoreApplication.translate("OnlineLayer", "Give the base map a name."))
        if name in taken_names:
            raise OnlineLayerError("name", QCoreApplication.translate(
                "OnlineLayer", "There is already a base map named “%1”.").replace("%1", name))
        if wmts is not None:
            check_wmts(url, wmts)
        else:
            check_url(url)
        if not attribution:
            raise OnlineLayerError("attribution", QCoreApplication.translate(
                "OnlineLayer", "Give the attribution the tile provider asks for (for example “© OpenStreetMap "
                "contributors”): the map shows it while the layer is chosen."))
        if max_zoom is not None and not (isinstance(max_zoom, int) and 1 <= max_zoom <= MAX_ZOOM):
            raise OnlineLayerError("max_zoom", QCoreApplication.translate(
                "OnlineLayer", "The maximum zoom %1 is not a whole number from 1 to %2.")
                .replace("%1", str(max_zoom)).replace("%2", str(MAX_ZOOM)))
        return cls(name, url, attribution, max_zoom, wmts)

    def to_dict(self) -> dict:
        data = asdict(self)
        if self.wmts is None:
            del data["wmts"]
        return data

    def matrices(self) -> dict[str, str]:
        """zoom -> tile matrix identifier (as it goes into the address) for a WMTS address with
        {TileMatrix}; {} otherwise."""
        if self.wmts is None or "{TileMatrix}" not in self.url:
            return {}
        return {str(z): self.wmts.quoted_matrix(z) for z, _ in self.wmts.matrices}


def check_url(url: str) -> None:
    """Raise OnlineLayerError("url", ...) unless ``url`` is an http(s) tile address with {z}, {x} and {y}."""
    shown = url if len(url) <= 80 else url[:77] + "..."
    if not url:
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "Give the address of the tiles, such as https://tile.example.org/{z}/{x}/{y}.png."))
    if any(c.isspace() for c in url):
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The address “%1” contains a space.").replace("%1", shown))
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The address “%1” does not start with http:// or https://.").replace("%1", shown))
    if not parts.hostname:
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The address “%1” names no server.").replace("%1", shown))
    missing = [p for p in REQUIRED_PLACEHOLDERS if p not in url and not (p == "{y}" and "{-y}" in url)]
    if missing:
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The address “%1” lacks %2: a tile address needs {z}, {x} and {y}.")
            .replace("%1", shown).replace("%2", ", ".join(missing)))
    unknown = sorted(set(_PLACEHOLDER.findall(url)) - KNOWN_PLACEHOLDERS)
    if unknown:
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The address “%1” has %2: only {s}, {z}, {x}, {y}, {-y} and {r} are filled in.")
            .replace("%1", shown).replace("%2", ", ".join(unknown)))


def check_wmts(url: str, wmts: WmtsSource) -> None:
    """Raise OnlineLayerError("url", ...) unless ``url`` is the http(s) address of a resolved WMTS layer."""
    shown = url if len(url) <= 80 else url[:77] + "..."
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The WMTS tile address “%1” is not an http:// or https:// address of a server.")
            .replace("%1", shown))
    found = set(_PLACEHOLDER.findall(url))
    if not {"{x}", "{y}"} <= found or not found & {"{z}", "{TileMatrix}"} or found - WMTS_PLACEHOLDERS \
            or not wmts.matrices:
        raise OnlineLayerError("url", QCoreApplication.translate(
            "OnlineLayer", "The WMTS tile address “%1” is not one a tile can be fetched from; read the service's "
            "capabilities again.").replace("%1", shown))


def load_layers(settings) -> list[OnlineLayer]:
    """The online layers kept in ``settings`` (a ui.settings.WindowSettings); unusable entries are logged
    and left out."""
    text = settings.value(SETTINGS_KEY, "")
    if not text:
        return []
    try:
        entries = json.loads(str(text))
    except ValueError:
        log.warning("ignoring the saved online base maps: %s is not JSON: %.80r", SETTINGS_KEY, text)
        return []
    layers: list[OnlineLayer] = []
    for entry in entries if isinstance(entries, list) else ():
        try:
            wmts = WmtsSource.from_dict(entry["wmts"]) if entry.get("wmts") else None
            layers.append(OnlineLayer.checked(entry["name"], entry["url"], entry["attribution"], entry.get("max_zoom"),
                                              taken_names=[layer.name for layer in layers], wmts=wmts))
        except (OnlineLayerError, KeyError, TypeError, AttributeError, ValueError) as exc:
            log.warning("ignoring a saved online base map %.120r: %s", entry, exc)
    return layers


def save_layers(settings, layers: list[OnlineLayer]) -> None:
    settings.set_value(SETTINGS_KEY, json.dumps([layer.to_dict() for layer in layers], ensure_ascii=False))
