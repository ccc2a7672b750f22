"""Zoom the map to the incidents in the filter or to the selected ones (View menu, filters panel button).

The store gives the bounding box from its columnar index (``IncidentStore.extent`` / ``extent_of``); the view
that fits it into the map's visible size is worked out here in Web Mercator (Leaflet's projection: the world
is 256 * 2**zoom pixels wide at a zoom) and sent to the map with ``MapPanel.set_view``.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .state import AppState

TILE = 256
MIN_ZOOM, MAX_ZOOM = 3, 15  # a lone incident opens at street level, not at the tiles' last zoom
PAD = 0.08  # share of the map left free at each edge
MAX_LAT = 85.05112878


def _mercator_y(lat: float) -> float:
    """Latitude as the share (0 north .. 1 south) of the Web Mercator world's height."""
    s = math.sin(math.radians(max(-MAX_LAT, min(MAX_LAT, lat))))
    return 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def _latitude(y: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))


def view_for_bounds(bounds: tuple[float, float, float, float], width: float, height: float) -> dict:
    """{"lat", "lon", "zoom"} of the view that shows ``bounds`` (min_lon, min_lat, max_lon, max_lat) whole in a
    map ``width`` x ``height`` CSS pixels large, at the highest whole zoom (within MIN_ZOOM..MAX_ZOOM)."""
    west, south, east, north = bounds
    x0, x1 = (west + 180) / 360, (east + 180) / 360
    y0, y1 = _mercator_y(north), _mercator_y(south)
    usable_w, usable_h = max(1.0, width * (1 - 2 * PAD)), max(1.0, height * (1 - 2 * PAD))
    zooms = [MAX_ZOOM]
    if x1 > x0:
        zooms.append(math.log2(usable_w / (TILE * (x1 - x0))))
    if y1 > y0:
        zooms.append(math.log2(usable_h / (TILE * (y1 - y0))))
    zoom = max(MIN_ZOOM, min(MAX_ZOOM, math.floor(min(zooms))))
    return {"lat": _latitude((y0 + y1) / 2), "lon": (west + east) / 2, "zoom": zoom}


class ZoomActions(QObject):
    """View > Zoom to filtered results / Zoom to selection, on a window with ``state``, ``map_panel`` and a status
    bar. Each says so in the status bar when there is nothing to zoom to."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.results_action = QAction(self.tr("Zoom to filtered &results"), window)
        self.results_action.setObjectName("zoomToResults")
        self.results_action.triggered.connect(lambda _c=False: self.zoom_to_results())
        self.selection_action = QAction(self.tr("Zoom to &selection"), window)
        self.selection_action.setObjectName("zoomToSelection")
        self.selection_action.triggered.connect(lambda _c=False: self.zoom_to_selection())
        state: AppState = window.state
        state.selectionChanged.connect(lambda *_a: self._enable())
        state.storeChanged.connect(lambda *_a: self._enable())
        self._enable()

    def install(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.results_action)
        menu.addAction(self.selection_action)

    def _enable(self) -> None:
        state = self._window.state
        self.results_action.setEnabled(state.store is not None)
        self.selection_action.setEnabled(state.store is not None and bool(state.selection))

    def zoom_to_results(self) -> dict | None:
        """Fit the map to the incidents in the state's filter; the view sent, or None when there are none."""
        state = self._window.state
        if state.store is None:
            return None
        bounds = state.store.extent(state.filter)
        if bounds is None:
            self._say(self.tr("No incident in the filter to zoom to."))
            return None
        return self._fit(bounds)

    def zoom_to_selection(self) -> dict | None:
        """Fit the map to the selected incidents; the view sent, or None when none is selected (or has a place)."""
        state = self._window.state
        if state.store is None or not state.selection:
            self._say(self.tr("No incident is selected."))
            return None
        bounds = state.store.extent_of(state.selection, include_deleted=True)
        if bounds is None:
            self._say(self.tr("The selected incidents have no position to zoom to."))
            return None
        return self._fit(bounds)

    def _fit(self, bounds) -> dict:
        web = self._window.map_panel.web_view
        factor = web.zoomFactor() or 1.0
        view = view_for_bounds(bounds, web.width() / factor, web.height() / factor)
        self._window.map_panel.set_view(view)
        return view

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 5000)
