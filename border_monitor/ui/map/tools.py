"""MapTools: measuring and grid overlays on the map page, computed here, drawn there.

The page reports clicks (``tool("measure", ...)``) and grid layers turned on or off
(``tool("grid", ...)``) over the one bridge; this object answers with what ``geo.measure`` and
``geo.grid_lines`` computed: labelled segments, areas, range rings, grid lines for the view.
Grids follow every move of the map while they are on. A new page (another store) starts with
no tool and no grid.
"""
from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject, Signal

from ...geo.grid_lines import NATIONAL_GRIDS, Grid, mgrs_grid, national_grid, view_country
from ...geo.measure import (DEFAULT_RING_RADII_KM, GEOD, AreaMeasure, MeasureError, PathMeasure, path_length,
                            polygon_area, range_rings)
from ...geo.reference import load_reference
from ..text.distances import area_text, length_text, radius_text
from .bridge import MapBridge
from .tool_layers import GRID_KINDS
from ..failure_text import failure_text

log = logging.getLogger(__name__)

MODES = ("line", "area", "rings")


def _round(values: np.ndarray, digits: int = 6) -> list[float]:
    return [round(float(v), digits) for v in values]


class MapTools(QObject):
    measured = Signal(str)  # the measurement in words (for the status bar); "" when none
    modeChanged = Signal(str)  # "", "line", "area" or "rings"
    gridSent = Signal(str, int)  # grid kind, lines sent for the current view

    def __init__(self, bridge: MapBridge, parent: QObject | None = None):
        super().__init__(parent)
        self._bridge = bridge
        self._mode = ""
        self._radii_km: tuple[float, ...] = DEFAULT_RING_RADII_KM
        self._grids: set[str] = set()
        self._view: dict = {}
        self._countries: dict | None = None
        self.last_measure: PathMeasure | AreaMeasure | list | None = None
        self.last_grid: dict[str, Grid | None] = {}
        bridge.toolReported.connect(self._on_tool)
        bridge.viewReported.connect(self._on_view)
        bridge.pageReady.connect(self._on_page_ready)

    # -- API ----------------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    @property
    def grids(self) -> frozenset[str]:
        return frozenset(self._grids)

    @property
    def ring_radii_km(self) -> tuple[float, ...]:
        return self._radii_km

    def set_ring_radii_km(self, radii) -> None:
        radii = tuple(float(r) for r in radii)
        if not radii or any(not r > 0 for r in radii):
            raise MeasureError(f"Range ring radii must be positive distances; {list(radii)} given.")
        self._radii_km = radii

    def start(self, mode: str, at: tuple[float, float] | None = None) -> None:
        """Measure a path (``line``), a polygon (``area``) or draw ``rings``; ``at`` (lon, lat) is the
        first point (the rings' centre) when the tool starts from a point of the map."""
        if mode not in MODES:
            raise ValueError(f"There is no measuring mode {mode!r}; the modes are {', '.join(MODES)}.")
        self._set_mode(mode)
        hints = {"line": self.tr("Click points to measure a distance; double-click ends, Esc stops measuring."),
                 "area": self.tr("Click the corners of an area; double-click ends, Esc stops measuring."),
                 "rings": self.tr("Click the centre of the range rings (%1); Esc stops.").replace(
                     "%1", ", ".join(radius_text(r) for r in self._radii_km))}
        self._bridge.send("measureMode", mode=mode, hint=hints[mode], first=list(at) if at else None)

    def stop(self) -> None:
        if not self._mode:
            return
        self._bridge.send("measureMode", mode="", hint="", first=None)
        self._set_mode("")
        self.measured.emit("")

    def set_grid(self, kind: str, on: bool) -> None:
        """Turn a grid on or off as the layer control does (the page's layer follows)."""
        if kind not in GRID_KINDS:
            raise ValueError(f"There is no grid {kind!r}; the grids are {', '.join(GRID_KINDS)}.")
        if on:
            self._grids.add(kind)
            self._send_grid(kind)
        else:
            self._grids.discard(kind)
            self.last_grid.pop(kind, None)

    # -- page -> here ---------------------------------------------------------------------------------
    def _set_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._mode = mode
            self.modeChanged.emit(mode)

    def _on_page_ready(self, view: dict) -> None:
        self._view = view or {}
        self._grids.clear()
        self.last_grid.clear()
        self._set_mode("")

    def _on_view(self, view: dict) -> None:
        if not view:
            return
        self._view = view
        for kind in sorted(self._grids):
            self._send_grid(kind)

    def _on_tool(self, name: str, msg: dict) -> None:
        if name == "grid":
            kind = msg.get("kind")
            if kind in GRID_KINDS:
                self.set_grid(kind, bool(msg.get("on")))
        elif name == "measureEnd":
            self._set_mode("")
            self.measured.emit("")
        elif name == "measure":
            self._on_measure(msg)
        elif name in ("impact", "impactDrawn"):
            pass  # the impact layer's own (impact.ImpactLayer)
        else:
            log.warning("map: unknown tool message %r", name)

    def _on_measure(self, msg: dict) -> None:
        mode = msg.get("mode")
        if mode != self._mode or mode not in MODES:
            log.debug("map: measurement for mode %r ignored (the tool is %r)", mode, self._mode)
            return
        try:
            points = np.asarray(msg.get("points") or [], dtype=float).reshape(-1, 2)
            answer = self._measure(mode, points)
        except (ValueError, TypeError, MeasureError) as exc:
            log.warning("map: measurement refused: %s", exc)
            self.measured.emit(failure_text(exc, worded=True))
            return
        text = answer.pop("text")
        self._bridge.send("measureResult", seq=msg.get("seq"), mode=mode, **answer)
        self.measured.emit(text)

    # -- computing ------------------------------------------------------------------------------------
    def _measure(self, mode: str, points: np.ndarray) -> dict:
        lon, lat = points[:, 0], points[:, 1]
        if mode == "rings":
            rings = range_rings(lon[0], lat[0], [r * 1000 for r in self._radii_km])
            self.last_measure = rings
            payload = [{"latlngs": [[a, b] for a, b in zip(_round(r.lat), _round(r.lon))],
                        "text": radius_text(r.radius_m / 1000), "lat": float(r.lat[0]), "lon": float(r.lon[0])}
                       for r in rings]
            text = self.tr("Range rings %1 around %2").replace(
                "%1", ", ".join(radius_text(r) for r in self._radii_km)).replace("%2", f"{lat[0]:.5f}, {lon[0]:.5f}")
            return {"rings": payload, "labels": [], "text": text}
        if len(points) < 2:
            return {"labels": [], "rings": [], "text": self.tr("Click the next point.")}
        path = path_length(lon, lat)
        labels = self._segment_labels(lon, lat, path) if len(points) > 2 or mode == "line" else []
        if mode == "area" and len(points) >= 3:
            area = polygon_area(lon, lat)
            self.last_measure = area
            text = self.tr("Area %1, perimeter %2").replace("%1", area_text(area.area_m2)).replace(
                "%2", length_text(area.perimeter_m))
            labels = [{"lat": float(lat[-1]), "lon": float(lon[-1]), "text": text, "total": True}]
            return {"labels": labels, "rings": [], "text": text}
        self.last_measure = path
        if mode == "area":
            return {"labels": labels, "rings": [], "text": self.tr("Click the next corner.")}
        count = len(path.segments_m)
        text = (self.tr("Distance %1").replace("%1", length_text(path.total_m)) if count == 1 else
                self.tr("Distance %1 (%2 segments)").replace("%1", length_text(path.total_m)).replace("%2", str(count)))
        if count > 1:
            labels.append({"lat": float(lat[-1]), "lon": float(lon[-1]), "text": length_text(path.total_m), "total": True})
        return {"labels": labels, "rings": [], "text": text}

    @staticmethod
    def _segment_labels(lon, lat, path: PathMeasure) -> list[dict]:
        """Each segment's length at its geodesic midpoint."""
        az, _, dist = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
        mid_lon, mid_lat, _ = GEOD.fwd(lon[:-1], lat[:-1], az, np.asarray(dist) / 2)
        return [{"lat": float(b), "lon": float(a), "text": length_text(d), "total": False}
                for a, b, d in zip(np.atleast_1d(mid_lon), np.atleast_1d(mid_lat), path.segments_m)]

    def _grid(self, kind: str) -> Grid | None:
        v = self._view
        bounds = (v["west"], v["south"], v["east"], v["north"])
        width = float(v.get("width") or 800)
        if kind == "mgrs":
            return mgrs_grid(bounds, width)
        if self._countries is None:
            ref = load_reference()
            self._countries = {code: ref.eu_polygon(code) for code in NATIONAL_GRIDS}
        country = view_country(bounds, self._countries)
        return national_grid(bounds, width, country) if country else None

    def _caption(self, kind: str, grid: Grid | None) -> str:
        if grid is None:
            return self.tr("National grid: the view is outside LT, LV and PL")
        if grid.spacing_m is None:
            return self.tr("MGRS grid zones (zoom in for the 100 km squares)")
        spacing = radius_text(grid.spacing_m / 1000)
        if kind == "mgrs":
            return self.tr("MGRS, %1 squares").replace("%1", spacing)
        epsg = {label: code for _, label, code in NATIONAL_GRIDS.values()}[grid.name]
        return self.tr("%1 (EPSG:%2), lines every %3, values in km").replace("%1", grid.name).replace(
            "%2", str(epsg)).replace("%3", spacing)

    def _send_grid(self, kind: str) -> None:
        if not self._view or "west" not in self._view:
            return
        try:
            grid = self._grid(kind)
        except ValueError as exc:
            log.warning("map: no %s grid for the view: %s", kind, exc)
            grid = None
        self.last_grid[kind] = grid
        lines = [] if grid is None else [np.round(c[:, ::-1], 5).tolist() for c in grid.lines]
        labels = [] if grid is None else [[round(g.lat, 5), round(g.lon, 5), g.text, g.kind] for g in grid.labels]
        self._bridge.send("grid", kind=kind, caption=self._caption(kind, grid), lines=lines,
                          major=[] if grid is None else list(grid.major), labels=labels)
        self.gridSent.emit(kind, len(lines))
