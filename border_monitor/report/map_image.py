"""The map of a report or of an animation frame, painted with QPainter (works offscreen, no web page).

``MapPainter`` projects the reference layers once (ETRS89 / LAEA Europe, EPSG:3035, the equal-area
projection of European statistics, through pyproj on whole arrays) and paints them with the map
page's colours: water, the countries (Belarus grey), the 2021 emergency zones, the sectors, the
borders with Belarus in their country's colour over a white casing, the crossing points; then the
incidents as dots in their type's colour (``ui.text.palette``), a legend of the types shown and a
scale bar. The view is fixed by ``bounds`` (lon/lat) and the image's shape, so every frame of an
animation shows the same place.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from pyproj import Transformer
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from ..domain.taxonomy import TYPES, Country
from ..ui.text import palette

DEFAULT_BOUNDS = (22.8, 51.3, 28.4, 56.3)  # the three borders with Belarus, with a margin (as the map page)
WATER = "#cfdde8"
MONITORED_FILL = "#f6f5ef"
OTHER_FILL = "#e6e4dc"
COUNTRY_EDGE = "#7a7a7a"
ZONE_COLOR = "#c62828"
SECTOR_EDGE = "#9a968c"
PAST_COLOR = "#a9a9a9"
CROSSING_COLORS = {"open": "#1b9e3e", "closed": "#c62828"}

_TO_LAEA = Transformer.from_crs(4326, 3035, always_xy=True)


def padded_bounds(bbox, share: float = 0.08) -> tuple[float, float, float, float]:
    """A filter's bounding box with a margin on every side: the view of a map of that box."""
    w, s, e, n = bbox
    dx, dy = max(e - w, 0.05) * share, max(n - s, 0.05) * share
    return (w - dx, s - dy, e + dx, n + dy)


def _rings(geometry: dict) -> list[list[np.ndarray]]:
    """Polygons of a GeoJSON geometry as lists of rings (exterior first), each an (n, 2) lon/lat array."""
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        return [[np.asarray(r, dtype=float)[:, :2] for r in coords if len(r)]]
    if kind == "MultiPolygon":
        return [[np.asarray(r, dtype=float)[:, :2] for r in poly if len(r)] for poly in coords]
    return []


def _lines(geometry: dict) -> list[np.ndarray]:
    kind, coords = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "LineString":
        return [np.asarray(coords, dtype=float)[:, :2]] if coords else []
    if kind == "MultiLineString":
        return [np.asarray(c, dtype=float)[:, :2] for c in coords if c]
    return []


@dataclass
class _Shape:
    path: QPainterPath  # in projected metres
    props: dict


class MapPainter:
    """Paints the reference layers and incidents into any rectangle of a QPainter."""

    def __init__(self, reference: dict[str, dict], bounds: tuple[float, float, float, float] | None = None,
                 legend_title: str = "Incident types", type_names=None):
        self.bounds = bounds or DEFAULT_BOUNDS
        self._projected = None  # (id of the points, x, y, the points kept alive so the id stays theirs)
        self.legend_title = legend_title
        self.type_names = type_names or (lambda code: code)
        self.countries = self._polygons(reference.get("countries"))
        self.zones = self._polygons(reference.get("zones"))
        self.sectors = self._polygons(reference.get("sectors"))
        self.borders = self._line_paths(reference.get("borders"))
        self.crossings = self._crossings(reference.get("crossing_points"))
        w, s, e, n = self.bounds
        lon = np.array([w, e, e, w, (w + e) / 2, (w + e) / 2])
        lat = np.array([s, s, n, n, s, n])
        x, y = _TO_LAEA.transform(lon, lat)
        self.extent = (float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y)))

    # -- projection ------------------------------------------------------------------------
    @staticmethod
    def project(lon, lat) -> tuple[np.ndarray, np.ndarray]:
        x, y = _TO_LAEA.transform(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        return np.asarray(x), np.asarray(y)

    def projected(self, points: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """The points' metres, projected once per points object, then reused by every paint (so a worker that
        paints makes no pyproj call: see ``ui.actions.report_actions.report_job``)."""
        key = id(points)
        if self._projected is None or self._projected[0] != key:
            self._projected = (key, *self.project(points["lon"], points["lat"]), points)
        return self._projected[1], self._projected[2]

    @classmethod
    def _ring_path(cls, path: QPainterPath, ring: np.ndarray) -> None:
        x, y = cls.project(ring[:, 0], ring[:, 1])
        path.addPolygon(QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist())]))
        path.closeSubpath()

    def _polygons(self, layer: dict | None) -> list[_Shape]:
        out = []
        for feature in (layer or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for polygon in _rings(geometry):
                for ring in polygon:
                    self._ring_path(path, ring)
            if not path.isEmpty():
                out.append(_Shape(path, feature.get("properties") or {}))
        return out

    def _line_paths(self, layer: dict | None) -> list[_Shape]:
        out = []
        for feature in (layer or {}).get("features", []):
            path = QPainterPath()
            for line in _lines(feature.get("geometry") or {}):
                x, y = self.project(line[:, 0], line[:, 1])
                path.addPolygon(QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist())]))
            if not path.isEmpty():
                out.append(_Shape(path, feature.get("properties") or {}))
        return out

    def _crossings(self, layer: dict | None) -> list[tuple[float, float, str]]:
        out = []
        for feature in (layer or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            if geometry.get("type") != "Point":
                continue
            lon, lat = geometry["coordinates"][:2]
            x, y = self.project([lon], [lat])
            status = str((feature.get("properties") or {}).get("status_2021") or "")
            out.append((float(x[0]), float(y[0]), status))
        return out

    # -- painting ----------------------------------------------------------------------------
    def _view(self, rect: QRectF) -> tuple[float, float, float, float]:
        """scale (px per metre), and the metre x, y at the rectangle's top-left corner: the extent fitted, centred."""
        x0, y0, x1, y1 = self.extent
        scale = min(rect.width() / (x1 - x0), rect.height() / (y1 - y0))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        return scale, cx - rect.width() / 2 / scale, cy + rect.height() / 2 / scale, 0.0

    def paint(self, painter: QPainter, rect: QRectF, points: dict[str, np.ndarray] | None,
              mask: np.ndarray | None = None, *, legend: bool = True, scale_bar: bool = True,
              past: np.ndarray | None = None, legend_of: np.ndarray | None = None) -> None:
        """Paint the map into ``rect``: reference layers, then the incidents of ``points`` (where ``mask``);
        ``past`` (a mask too): incidents drawn first as small grey dots (an animation's earlier frames);
        ``legend_of``: the mask whose types the legend lists (default ``mask``; an animation gives the period's)."""
        scale, left, top, _ = self._view(rect)
        painter.save()
        painter.setClipRect(rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, QColor(WATER))
        painter.save()
        painter.translate(rect.left(), rect.top())
        painter.scale(scale, -scale)
        painter.translate(-left, -top)
        px = 1.0 / scale  # one pixel in metres, for cosmetic widths

        def pen(color: str, width_px: float, style=Qt.PenStyle.SolidLine) -> QPen:
            p = QPen(QColor(color), width_px * px, style)
            p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setCapStyle(Qt.PenCapStyle.RoundCap)
            return p

        monitored = {c.iso3 for c in Country}
        for shape in self.countries:
            iso3 = shape.props.get("iso3")
            fill = palette.BELARUS_FILL if iso3 == "BLR" else (MONITORED_FILL if iso3 in monitored else OTHER_FILL)
            painter.setPen(pen(COUNTRY_EDGE, 0.8))
            painter.setBrush(QColor(fill))
            painter.drawPath(shape.path)
        zone_fill = QColor(ZONE_COLOR)
        zone_fill.setAlpha(40)
        for shape in self.zones:
            painter.setPen(pen(ZONE_COLOR, 0.8, Qt.PenStyle.DashLine))
            painter.setBrush(zone_fill)
            painter.drawPath(shape.path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for shape in self.sectors:
            painter.setPen(pen(SECTOR_EDGE, 0.6))
            painter.drawPath(shape.path)
        for shape in self.borders:
            border = str(shape.props.get("border") or "")
            painter.setPen(pen("#ffffff", 4.5))
            painter.drawPath(shape.path)
            painter.setPen(pen(palette.country_color(border[:2]) if border[:2] in palette.COUNTRY_COLORS
                               else palette.BORDER_COLOR, 2.4))
            painter.drawPath(shape.path)
        # the incidents over the border line: most lie within a few kilometres of it
        dot = min(8.0, max(3.0, rect.width() / 240))
        if past is not None:
            self._paint_points(painter, points, past, px, color=PAST_COLOR, radius=dot * 0.6)
        self._paint_points(painter, points, mask, px, radius=dot)
        painter.restore()
        for x, y, status in self.crossings:
            sx, sy = rect.left() + (x - left) * scale, rect.top() + (top - y) * scale
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(QColor(CROSSING_COLORS.get(status, "#757575")))
            painter.drawRect(QRectF(sx - 3.5, sy - 3.5, 7, 7))
        if legend and points is not None:
            self._paint_legend(painter, rect, points, mask if legend_of is None else legend_of)
        if scale_bar:
            self._paint_scale_bar(painter, rect, scale)
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()

    def _paint_points(self, painter: QPainter, points, mask, px: float, color: str | None = None,
                      radius: float | None = None) -> None:
        if not points or not len(points.get("lon", ())):
            return
        keep = np.ones(len(points["lon"]), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
        if not keep.any():
            return
        x, y = self.projected(points)
        x, y = x[keep], y[keep]
        types = np.asarray(points["type"])[keep]
        radius = (radius or 4.0) * (1.25 if keep.sum() <= 3000 else 1.0)
        # the common types first, the rare ones (use of force, airspace...) on top where they can be seen
        order = np.argsort(-np.bincount(types, minlength=len(TYPES)), kind="stable")
        for code in order.tolist():
            at = types == code
            if not at.any():
                continue
            polygon = QPolygonF([QPointF(a, b) for a, b in zip(x[at].tolist(), y[at].tolist())])
            if color is None:
                casing = QPen(QColor(255, 255, 255, 220), (radius + 1.6) * px)
                casing.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(casing)
                painter.drawPoints(polygon)
            dot = QPen(QColor(color or palette.type_color(TYPES[code].value)), radius * px)
            dot.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(dot)
            painter.drawPoints(polygon)

    def _paint_legend(self, painter: QPainter, rect: QRectF, points, mask) -> None:
        types = np.asarray(points.get("type", np.zeros(0, np.int64)))
        if mask is not None and len(types):
            types = types[np.asarray(mask, dtype=bool)]
        present = [TYPES[k] for k in np.flatnonzero(np.bincount(types, minlength=len(TYPES))).tolist()] \
            if len(types) else []
        shown = present or list(TYPES)
        font = QFont(painter.font())
        font.setPixelSize(max(9, int(rect.height() / 48)))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height() + 2
        width = max(metrics.horizontalAdvance(self.type_names(t.value)) for t in shown) + line + 24
        width = max(width, metrics.horizontalAdvance(self.legend_title) + 12)
        height = line * (len(shown) + 1) + 10
        box = QRectF(rect.right() - width - 8, rect.bottom() - height - 8, width, height)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRect(box)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(box.left() + 6, box.top() + 4, width - 8, line), Qt.AlignmentFlag.AlignVCenter,
                         self.legend_title)
        for k, t in enumerate(shown):
            top = box.top() + 4 + line * (k + 1)
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(QColor(palette.type_color(t.value)))
            d = line * 0.6
            painter.drawEllipse(QRectF(box.left() + 6, top + (line - d) / 2, d, d))
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(box.left() + 10 + line * 0.6, top, width - line, line),
                             Qt.AlignmentFlag.AlignVCenter, self.type_names(t.value))

    @staticmethod
    def _paint_scale_bar(painter: QPainter, rect: QRectF, scale: float) -> None:
        target_m = rect.width() / 5 / scale
        step = 10 ** math.floor(math.log10(target_m))
        length_m = max(s * step for s in (1, 2, 5) if s * step <= target_m)
        length_px = length_m * scale
        x, y = rect.left() + 14, rect.bottom() - 18
        painter.setPen(QPen(QColor("#222222"), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + length_px, y))
        for at in (x, x + length_px):
            painter.drawLine(QPointF(at, y - 4), QPointF(at, y + 2))
        font = QFont(painter.font())
        font.setPixelSize(max(9, int(rect.height() / 50)))
        painter.setFont(font)
        painter.drawText(QPointF(x, y - 6), f"{length_m / 1000:g} km")


def map_image(reference: dict[str, dict], points, width: int, height: int, *, bounds=None, mask=None,
              legend_title: str = "Incident types", type_names=None, painter_cache: MapPainter | None = None) -> QImage:
    """The map as an RGB image of ``width`` x ``height`` pixels."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    mp = painter_cache or MapPainter(reference, bounds, legend_title, type_names)
    painter = QPainter(image)
    try:
        mp.paint(painter, QRectF(0, 0, width, height), points, mask)
    finally:
        painter.end()
    return image
