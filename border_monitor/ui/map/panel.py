"""MapPanel: the Leaflet map in a QWebEngineView, fed over the bridge, never reloaded for a filter.

It listens to the AppState (filter, selection, data changes), asks the store for what the
current view needs (grid cells at low zoom, points in the view at high zoom) on the state's query
worker (off the UI thread; a newer query supersedes an older one, whose answer is dropped) and sends
it to the page as compact JSON (coordinates as base64 int32: ``payload``). What the user does on the page comes back as state changes:
a click selects an incident, a drawn box sets the filter's bbox. The focused incident's popup
offers "Move this incident" (when something listens to ``markerMoved``, as the editing
controller does): the page then shows a draggable handle, and its drop comes back as
``markerMoved(id, lon, lat)``; the store write and the redraw follow the usual data path. The popup
belongs to the focus: it follows the incident when it is written, and closes when the focus moves away or
the incident is deleted (an undone "new incident" included).

Opening: the page takes the store's reference layers as the GeoJSON text the store keeps
(``reference_layer_text``), and the first grid query runs on the worker while the page loads (``_query_ahead``),
its answer waiting in the bridge's queue until the page is ready. The first panel of an application takes the web
engine started early on the page's shell (``engine``): its first page goes into that shell (``_fill_shell``),
every later one (another store, a language switch, a crashed renderer) is loaded whole; both give the same page.
"""
from __future__ import annotations

import logging
import math
from pathlib import Path

from PySide6.QtCore import SIGNAL, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from ...domain.errors import NotFoundError, StoreError
from ...store.base import IncidentStore
from ..retranslate import refresh_on_language_change
from ..state import AppState
from .impact import ImpactLayer
from .engine import take as take_engine
from .mbtiles import MBTiles
from .online_layers import OnlineLayer
from .page import (DEFAULT_BOUNDS, REFERENCE_LAYERS, PageParts, build_page, fill_shell_js, fit_zoom, page_parts,
                   shell_head)
from .payload import POINT_CAP, POINT_MIN_ZOOM, Plan, encode_empty, encode_grid, encode_points, plan_for, points_filter
from .popup import incident_popup_html
from .scheme import PAGE_URL, ROOT
from .tools import MapTools

log = logging.getLogger(__name__)

SELECTION_CAP = 500  # selected incidents ringed on the map
FOCUS_ZOOM = POINT_MIN_ZOOM  # zoom in at least this far to show a focused incident as a point


def encode_update(store: IncidentStore | None, seq: int, flt, plan: Plan) -> tuple[int, dict | None, str]:
    """(seq, the points sent (to resolve clicks) or None, the JSON message) for one update of the incident layer.
    Runs on the query worker: no Qt here."""
    if store is None:
        return seq, None, encode_empty(seq, plan.mode)
    if plan.mode == "grid":
        return seq, None, encode_grid(seq, store.grid_counts(flt, plan.cell_deg))
    narrowed = points_filter(flt, plan)
    if narrowed is None:
        return seq, None, encode_empty(seq, "points")
    points = store.points(narrowed, limit=POINT_CAP + 1)  # the newest, in time order
    truncated = len(points["lon"]) > POINT_CAP
    if truncated:
        points = {k: v[-POINT_CAP:] for k, v in points.items()}  # keep the newest, drop the oldest
    return seq, points, encode_points(seq, points, truncated)


class MapPanel(QWidget):
    ready = Signal()
    drawn = Signal(int)
    cursorMoved = Signal(float, float)
    viewChanged = Signal(dict)
    contextRequested = Signal(float, float)
    markerMoved = Signal(str, float, float)  # incident id, new lon, new lat (the focused incident, dropped)

    def __init__(self, store: IncidentStore | None, state: AppState, parent=None,
                 online_layers: list[dict] | None = None, impact_shown: bool = False, wall: bool = False):
        """``impact_shown``: the impact layer (sectors by early-warning level) starts on; ``wall``: the
        briefing's look (no layer control, a short legend in larger type)."""
        super().__init__(parent)
        state.adopt_store(store)  # None: the state's store; a panel on its own may bring one
        self._state = state
        self._view_widget = QWebEngineView(self)
        self._view_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        engine = take_engine()  # off the record, this panel's own; the first panel's renderer started early
        self._profile, self._handler, self.requests = engine.profile, engine.handler, engine.requests
        self._page = engine.page
        self._shell = engine.shell  # the shell page the engine started on (if it did): the first page goes there
        self._page.setParent(self._view_widget)
        self._page.renderProcessTerminated.connect(self._on_render_crash)
        self._view_widget.setPage(self._page)
        self._bridge = engine.bridge
        self.tools = MapTools(self._bridge, self)  # measuring and grid overlays
        self.impact = ImpactLayer(self._bridge, state, impact_shown, self)  # sectors by impact level
        self._wall = bool(wall)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view_widget)

        self._view: dict = {}
        self._view_pending = False
        self._seq = 0
        self._sent: tuple | None = None  # (filter, plan) of the data on the page
        self._dirty = False
        self._points = None  # columns of the last points update, to resolve clicks
        self._features = 0
        self._drawn_seq = -1
        self._loads = 0
        self._ahead = False  # the page loading has not had its first query yet (_query_ahead)
        self._base_layers: dict[str, dict] = {}
        self._keys = 0
        self.last_update_bytes = 0

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._update_incidents)

        b = self._bridge
        b.pageReady.connect(self._on_page_ready)
        b.drawnReported.connect(self._on_drawn)
        b.cursorReported.connect(self.cursorMoved)
        b.viewReported.connect(self._on_view)
        b.incidentClicked.connect(self._on_click)
        b.boxDrawn.connect(self._on_box)
        b.boxCleared.connect(lambda: self._state.update_filter(bbox=None))
        b.contextReported.connect(self.contextRequested)
        b.markerDropped.connect(self._on_marker_dropped)
        state.filterChanged.connect(self._on_filter)
        state.selectionChanged.connect(self._on_selection)
        state.dataChanged.connect(self._on_data)
        state.storeChanged.connect(self._on_store)
        for layer in online_layers or ():
            self.add_online_layer(layer["name"], layer["url"], layer.get("attribution", ""), layer.get("max_zoom"))
        self._load_page()
        # A language switch: the page again with its texts in the new language (view, base maps, area and
        # selection are carried over by _load_page), once however many widgets report the change.
        self._relabel = QTimer(self)
        self._relabel.setSingleShot(True)
        self._relabel.setInterval(0)
        self._relabel.timeout.connect(self._load_page)
        refresh_on_language_change(self, self._relabel.start)

    # -- API -------------------------------------------------------------------
    @property
    def web_view(self) -> QWebEngineView:
        return self._view_widget

    def console_problems(self) -> list[str]:
        """The page's last console warnings and errors (uncaught exceptions included), oldest first."""
        return list(self._page.problems)

    def features_drawn(self) -> int:
        return self._features

    def is_settled(self) -> bool:
        """The page is ready and has drawn the latest update, and none is pending."""
        return (self._bridge.is_ready and self._seq > 0 and self._drawn_seq == self._seq
                and not self._timer.isActive() and not self._state.queries.busy("map"))

    def shows(self, flt) -> bool:
        """The page has drawn the incidents of ``flt`` for its current view, and nothing newer is on its way."""
        return self.is_settled() and self._sent is not None and self._sent[0] == flt

    @property
    def _store(self) -> IncidentStore | None:
        return self._state.store

    def _on_store(self, _store: IncidentStore | None) -> None:
        """Another store: its reference layers need a new page (the only reload); once it is ready, one
        query for the incidents in the filter the state reset with the switch."""
        self._load_page()

    def center_on(self, lon: float, lat: float, zoom: int | None = None) -> None:
        self._set_page_view(lat, lon, zoom)

    def view(self) -> dict:
        """{"lat", "lon", "zoom"} of the map; empty until the page has loaded."""
        v = self._view
        return {"lat": v["lat"], "lon": v["lon"], "zoom": v["zoom"]} if v else {}

    def view_bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) the map shows; None until the page has loaded."""
        v = self._view
        return (v["west"], v["south"], v["east"], v["north"]) if v and "west" in v else None

    def set_view(self, view: dict) -> None:
        self._set_page_view(float(view["lat"]), float(view["lon"]), view.get("zoom"))

    def add_mbtiles(self, path) -> None:
        """Show a raster MBTiles file as the base map. Raises MBTilesError (a ValueError) naming the file."""
        tiles = MBTiles(path)
        key = self._next_key("m")
        self._handler.add_tiles(key, tiles)
        info = tiles.info
        self._add_base_layer(key, {
            "name": info.name, "url": f"{ROOT}/tiles/{key}/{{z}}/{{x}}/{{y}}.{info.format}",
            "attribution": info.attribution, "minZoom": 0, "maxNativeZoom": info.max_zoom,
            "bounds": list(info.bounds) if info.bounds else None, "show": True, "path": str(Path(path))})

    def add_basemap(self, path) -> str:
        """Show a base map built by ``border-monitor basemap build`` (a GeoPackage), drawn here tile by tile
        (``basemap_tiles``). Returns its key; raises BasemapError naming the file."""
        from .basemap_tiles import MAX_NATIVE_ZOOM, RenderedTiles

        tiles = RenderedTiles(path, self)
        key = self._next_key("b")
        self._handler.add_rendered(key, tiles)
        bounds = tiles.source.bounds
        self._add_base_layer(key, {
            "name": tiles.source.name, "url": f"{ROOT}/tiles/{key}/{{z}}/{{x}}/{{y}}{{r}}.png",
            "attribution": tiles.source.attribution, "minZoom": 0, "maxNativeZoom": MAX_NATIVE_ZOOM,
            "bounds": list(bounds) if bounds else None, "show": True, "path": str(Path(path))})
        return key

    def add_online_layer(self, name: str, url_template: str, attribution: str, max_zoom: int | None = None,
                         wmts=None) -> str:
        """Offer an online XYZ base map (or a WMTS layer: ``wmts`` a ``basemap.wmts.WmtsSource``) in the
        layer control (not shown, nothing fetched, until the user picks it). Returns its key (for
        ``remove_base_layer``); raises OnlineLayerError (a ValueError) naming what is wrong."""
        layer = OnlineLayer.checked(name, url_template, attribution, max_zoom, wmts=wmts)
        self.requests.allow_template(layer.url)
        key = self._next_key("o")
        msg = {"name": layer.name, "url": layer.url, "attribution": layer.attribution, "show": False}
        if layer.max_zoom is not None:
            msg["maxNativeZoom"] = layer.max_zoom
        if layer.wmts is not None:  # the tile matrix per zoom, the zooms and the area the service has
            msg.update(matrices=layer.matrices(), minZoom=layer.wmts.min_zoom,
                       bounds=list(layer.wmts.bounds) if layer.wmts.bounds else None)
        self._add_base_layer(key, msg)
        return key

    def remove_base_layer(self, key: str) -> None:
        """Take a base map out of the layer control (if it was shown, the map goes back to no base map)."""
        msg = self._base_layers.pop(key)
        if key.startswith("o"):
            self.requests.disallow_template(msg["url"])
        self._bridge.send("removeBaseLayer", key=key)

    def base_layers(self) -> dict[str, str]:
        """The base maps offered in the layer control: key -> name."""
        return {key: msg["name"] for key, msg in self._base_layers.items()}

    def _next_key(self, prefix: str) -> str:
        self._keys += 1
        return f"{prefix}{self._keys}"

    # -- page ------------------------------------------------------------------
    def _load_page(self) -> None:
        reference = {}
        for name in REFERENCE_LAYERS if self._store is not None else ():
            try:
                reference[name] = self._store.reference_layer_text(name)  # into the page as it is
            except (StoreError, KeyError, ValueError) as exc:
                log.warning("map: reference layer %s is not available: %s", name, exc)
        html = build_page(reference, view=self.view() or None, impact_shown=self.impact.shown, wall=self._wall)
        self._bridge.reset()
        self._state.queries.cancel("map")
        self._sent = None
        self._points = None
        self._loads += 1
        self._seq += 1  # what the old page is still drawing (old store, old layers) reports a stale seq: dropped
        for key, msg in self._base_layers.items():
            self._bridge.send("addBaseLayer", key=key, **msg)
        self._send_bbox(self._state.filter.bbox)
        self._on_selection(self._state.selection, None)
        shell, self._shell = self._shell, None
        parts = page_parts(html) if shell is not None else None
        if parts is not None and parts.head == shell_head():
            load = self._loads
            shell.when_loaded(lambda ok: self._fill_shell(load, ok, parts, html))
        else:
            self._load_whole(html)
        self._ahead = True
        if self.view():
            self._query_ahead()  # a reload: the page opens at the view it had

    def _load_whole(self, html: str) -> None:
        self._handler.set_page(html)
        self._page.setUrl(QUrl(f"{PAGE_URL}?load={self._loads}"))

    def _fill_shell(self, load: int, loaded: bool, parts: PageParts, html: str) -> None:
        """The shell page has loaded (or failed to): put the page's body and script into it (or load the page
        whole), unless another page was asked for meanwhile."""
        if load != self._loads or not isValid(self._page):
            return
        if loaded:
            self._page.runJavaScript(fill_shell_js(parts))
        else:
            self._load_whole(html)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._query_ahead()  # the first load: the map's size says the zoom of the fit

    def _query_ahead(self) -> None:
        """The first incidents query of a page, started while it loads rather than once it is ready (the page takes
        a few hundred ms to load and draw its layers). Below ``POINT_MIN_ZOOM`` the query needs only the zoom: the
        page's last view's, else the fit of the borders into the map's size (``fit_zoom``). The answer waits in
        the bridge's queue for the page; if the view the page reports asks for another grid, ``_update_incidents``
        queries again and this answer's drawing is ignored (its seq is old)."""
        if not self._ahead or self._bridge.is_ready:
            return
        view = self.view()
        size = self._view_widget.size()
        if not view and (size.width() < 100 or size.height() < 100):
            return  # not laid out yet
        self._ahead = False
        zoom = view["zoom"] if view else fit_zoom(size.width(), size.height())
        if zoom >= POINT_MIN_ZOOM:
            return  # points in the view: its bounds are the page's to say
        flt, plan = self._state.filter, plan_for(zoom, DEFAULT_BOUNDS)
        self._dirty = False
        self._sent = (flt, plan)
        seq, store = self._seq, self._store
        self._state.queries.submit("map", lambda: encode_update(store, seq, flt, plan), self._deliver,
                                   self._query_failed, eager=True)

    def _add_base_layer(self, key: str, msg: dict) -> None:
        self._base_layers[key] = msg
        self._bridge.send("addBaseLayer", key=key, **msg)

    def _set_page_view(self, lat: float, lon: float, zoom) -> None:
        if not self._bridge.is_ready:
            self._view_pending = True
        self._bridge.send("setView", lat=lat, lon=lon, zoom=None if zoom is None else int(zoom))

    def _on_page_ready(self, view: dict) -> None:
        self._ahead = False
        if view:
            self._view = view
            self.viewChanged.emit(self.view())
        if self._view_pending:
            self._view_pending = False  # the page moves next and reports that view
        else:
            self._update_incidents()
        self.ready.emit()

    def _on_render_crash(self, status, code) -> None:
        log.error("map page: the renderer stopped (%s, exit code %s); loading the page again", status, code)
        self._load_page()

    # -- incidents ---------------------------------------------------------------
    def _schedule(self) -> None:
        self._timer.start()

    def _update_incidents(self) -> None:
        """Ask for what the current view needs, unless the page already has it (or it is on its way): the store
        query and the payload run on the state's query worker; the answer of a superseded query is dropped."""
        if not self._bridge.is_ready or not self._view:
            return
        flt = self._state.filter
        v = self._view
        bounds = (v["west"], v["south"], v["east"], v["north"])
        plan = plan_for(v["zoom"], bounds)
        if not self._dirty and self._sent is not None:
            sent_filter, sent_plan = self._sent
            if sent_filter == flt and sent_plan.mode == plan.mode and sent_plan.cell_deg == plan.cell_deg \
                    and sent_plan.covers(bounds):
                return
        self._dirty = False
        self._seq += 1
        self._sent = (flt, plan)
        seq, store = self._seq, self._store
        self._state.queries.submit("map", lambda: encode_update(store, seq, flt, plan), self._deliver,
                                   self._query_failed, eager=True)

    def _deliver(self, answer: tuple[int, dict | None, str]) -> None:
        seq, points, text = answer
        if seq != self._seq:
            return  # the page was loaded again meanwhile
        self._points = points
        self.last_update_bytes = len(text)
        self._bridge.send_json("incidents", text)

    def _query_failed(self, error: BaseException) -> None:
        log.warning("map: the incidents could not be read: %s", error)
        self._sent = None  # asked again at the next change

    def _on_drawn(self, seq: int, count: int) -> None:
        if seq != self._seq:
            return  # an older update; a newer one is on its way
        self._features = count
        self._drawn_seq = seq
        self.drawn.emit(count)

    def _on_view(self, view: dict) -> None:
        if not view:
            return
        self._view = view
        self.viewChanged.emit({"lat": view["lat"], "lon": view["lon"], "zoom": view["zoom"]})
        self._schedule()

    def _on_filter(self, flt) -> None:
        self._send_bbox(flt.bbox)
        self._timer.stop()
        self._update_incidents()  # at once: the query runs on the worker while the other views are painted

    def _on_data(self, change) -> None:
        if change.reference:
            self._load_page()
            return
        if change.touches_incidents:
            self._dirty = True
            self._schedule()
            if self._state.selection:
                self._on_selection(self._state.selection, None)
            focus = self._state.focus
            if focus is not None and (not change.incidents or focus in change.incidents):
                self._refresh_focus(focus)

    def _send_bbox(self, bbox) -> None:
        self._bridge.send("bbox", bbox=list(bbox) if bbox else None)

    # -- selection and clicks ------------------------------------------------------
    def _on_selection(self, ids, focus) -> None:
        points = []
        for incident_id in tuple(ids)[:SELECTION_CAP]:
            incident = self._get(incident_id)
            if incident is not None:
                points.append([round(incident.lon, 6), round(incident.lat, 6)])
        self._bridge.send("selection", points=points, focus=self._state.focus)
        if focus:
            self._show_focus(focus)

    def _show_focus(self, incident_id: str) -> None:
        incident = self._get(incident_id)
        if incident is None:
            return
        self._bridge.send("focus", id=incident_id, lon=incident.lon, lat=incident.lat,
                          html=incident_popup_html(incident), zoom=FOCUS_ZOOM, movable=self._can_move())

    def _refresh_focus(self, incident_id: str) -> None:
        """The focused incident was written: its open popup follows it (place, text), or closes if it is gone."""
        incident = self._get(incident_id)
        if incident is None or incident.deleted:
            self._bridge.send("closeFocus", id=incident_id)
            return
        self._bridge.send("focus", id=incident_id, lon=incident.lon, lat=incident.lat, refresh=True,
                          html=incident_popup_html(incident), zoom=FOCUS_ZOOM, movable=self._can_move())

    def _can_move(self) -> bool:
        """Offer "Move this incident" only when someone (the editing controller) acts on a move."""
        return self.receivers(SIGNAL("markerMoved(QString,double,double)")) > 0

    def _on_marker_dropped(self, incident_id: str, lon: float, lat: float) -> None:
        """The page's move handle was dropped: pass it on if it is the focused incident at a real place."""
        if incident_id != self._state.focus:
            log.warning("map: a move of %s ignored: the focused incident is %s", incident_id, self._state.focus)
            return
        if not (math.isfinite(lon) and math.isfinite(lat) and -180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
            log.warning("map: a move of %s to (%s, %s) ignored: not a place on Earth", incident_id, lon, lat)
            return
        self.markerMoved.emit(incident_id, round(lon, 6), round(lat, 6))

    def _get(self, incident_id):
        try:
            return self._store.get(incident_id)
        except (NotFoundError, ValueError):
            log.info("map: incident %s is not in the store", incident_id)
            return None

    def _on_click(self, seq: int, index: int) -> None:
        points = self._points
        if seq != self._seq or points is None or not 0 <= index < len(points["id"]):
            log.debug("map: click on a point of an old update (%s, %s) ignored", seq, index)
            return
        incident_id = str(points["id"][index])
        if self._state.selection == (incident_id,):
            self._show_focus(incident_id)  # already selected: show its popup again
        else:
            self._state.select([incident_id], incident_id)

    def _on_box(self, west: float, south: float, east: float, north: float) -> None:
        self._state.update_filter(bbox=(round(west, 5), round(south, 5), round(east, 5), round(north, 5)))

