"""Drawing a built base map (``basemap.build``) as raster tiles with QPainter, in the style of
``basemap.style``: areas (forest, wetland, water), rivers and canals, roads by class with casings,
railways, then place names in the local language with a white halo, placed greedily by rank so they do
not overlap. Tiles are 256 px, or 512 px at scale 2 (the page asks for ``@2x`` on a high-density screen),
drawn at the same logical size so lines and letters are crisp, not enlarged.

Features are read for the tile's box grown by a margin and clipped to it (``shapely.clip_by_rect``), then
simplified to half a pixel: lines join across tile edges and a big forest costs only its visible part.
Safe to call from several threads at once (QImage painting; one SQLite connection per thread).
"""
from __future__ import annotations

import logging

import numpy as np
import shapely
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from pyqtgraph.functions import arrayToQPath

from ...basemap import style
from ...basemap.tile_math import tile_bounds_3857
from ...basemap.tile_query import BasemapSource

log = logging.getLogger(__name__)

TILE = 256
EDGE_MARGIN_PX = 8  # lines and areas: read this far past the tile's edge
AREA_ANTIALIAS_ZOOM = 12  # areas are filled with antialiasing from this zoom on
LABEL_MARGIN_PX = 160  # places: read this far past the edge, so a name cut by the edge is drawn on both tiles


class BasemapRenderer:
    def __init__(self, source: BasemapSource):
        self.source = source

    # -- public ----------------------------------------------------------------------
    def render(self, z: int, x: int, y: int, scale: int = 1) -> QImage:
        image = QImage(TILE * scale, TILE * scale, QImage.Format.Format_RGB32)
        image.fill(QColor(style.BACKGROUND))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.scale(scale, scale)
            self._draw(painter, z, x, y)
        finally:
            painter.end()
        return image

    def render_png(self, z: int, x: int, y: int, scale: int = 1) -> bytes:
        return png_bytes(self.render(z, x, y, scale))

    # -- drawing ---------------------------------------------------------------------
    def _draw(self, painter: QPainter, z: int, x: int, y: int) -> None:
        minx, miny, maxx, maxy = tile_bounds_3857(z, x, y)
        k = TILE / (maxx - minx)  # pixels per metre
        pad = EDGE_MARGIN_PX / k
        box = (minx - pad, miny - pad, maxx + pad, maxy + pad)
        tolerance = 0.5 / k

        def pixels(coords: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            return (coords[:, 0] - minx) * k, (maxy - coords[:, 1]) * k

        def clipped(geoms: np.ndarray, *aligned: np.ndarray):
            """The geometries cut to the box and simplified to half a pixel, empty ones dropped (and the same
            rows of ``aligned`` arrays)."""
            geoms = shapely.clip_by_rect(geoms, *box)
            geoms = shapely.simplify(geoms, tolerance, preserve_topology=False)
            keep = ~shapely.is_empty(geoms)
            return (geoms[keep], *(a[keep] for a in aligned)) if aligned else geoms[keep]

        def area_path(geoms: np.ndarray) -> QPainterPath:
            parts = shapely.get_parts(geoms)
            parts = parts[shapely.get_type_id(parts) == 3]  # polygons only
            rings = shapely.get_rings(parts)
            return _path(rings, pixels, closed=True)

        def line_path(geoms: np.ndarray) -> QPainterPath:
            parts = shapely.get_parts(geoms)
            parts = parts[shapely.get_type_id(parts) == 1]  # linestrings only
            return _path(parts, pixels, closed=False)

        # areas
        areas = self.source.features("areas", box, z)
        if len(areas.geometry):
            geoms, classes = clipped(areas.geometry, areas.cls)
            painter.setPen(Qt.PenStyle.NoPen)
            # Antialiased filling of a thousand small polygons costs ten times a plain fill (200 ms against 20 at
            # zoom 8 in benchmarks/basemap_build.py): plain below zoom 12, where their edges are a pixel or two.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, z >= AREA_ANTIALIAS_ZOOM)
            for name in style.AREA_DRAW_ORDER:
                mask = classes == name
                if not mask.any():
                    continue
                path = area_path(geoms[mask])
                colour = {"forest": style.FOREST, "wetland": style.WETLAND, "water": style.WATER}[name]
                painter.fillPath(path, QColor(colour))
                if name == "wetland" and z >= 10:
                    painter.fillPath(path, QBrush(QColor(style.WETLAND_HATCH), Qt.BrushStyle.HorPattern))
                if name == "water" and z >= 11:
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                    painter.strokePath(path, QPen(QColor(style.WATER_LINE), 0.6))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        # rivers, canals, streams
        water = self.source.features("waterways", box, z)
        if len(water.geometry):
            for name in ("stream", "canal", "river"):
                mask = water.cls == name
                if mask.any():
                    pen = QPen(QColor(style.WATER_LINE), style.at_zoom(style.WATERWAY_WIDTHS[name], z))
                    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                    painter.strokePath(line_path(clipped(water.geometry[mask])), pen)

        # roads: casings first (from zoom 10), then fills, smallest class first
        roads = self.source.features("roads", box, z)
        if len(roads.geometry):
            paths = {}
            for name in style.ROAD_DRAW_ORDER:
                mask = roads.cls == name
                if mask.any():
                    paths[name] = line_path(clipped(roads.geometry[mask]))
            if z >= 10:
                for name, path in paths.items():
                    width = style.at_zoom(style.ROAD_WIDTHS[name], z)
                    painter.strokePath(path, _round_pen(style.ROAD_COLOURS[name][1], width + 1.2))
            for name, path in paths.items():
                width = style.at_zoom(style.ROAD_WIDTHS[name], z)
                colour = style.ROAD_COLOURS[name][0 if z >= 10 or name not in ("tertiary", "minor") else 1]
                painter.strokePath(path, _round_pen(colour, width))

        # railways
        rails = self.source.features("railways", box, z)
        if len(rails.geometry):
            path = line_path(clipped(rails.geometry))
            width = style.at_zoom(style.RAIL_WIDTH, z)
            painter.strokePath(path, QPen(QColor(style.RAIL_COLOUR), width))
            if z >= 11:
                dash = QPen(QColor(style.RAIL_DASH), width * 0.55)
                dash.setDashPattern([4.0, 4.0])
                painter.strokePath(path, dash)

        # place names
        margin = LABEL_MARGIN_PX / k
        places = self.source.features("places", (minx - margin, miny - margin, maxx + margin, maxy + margin), z)
        if len(places.geometry):
            self._labels(painter, places, pixels, z)

    def _labels(self, painter: QPainter, places, pixels, z: int) -> None:
        coords = shapely.get_coordinates(places.geometry)
        px, py = pixels(coords)
        placed: list[QRectF] = []
        order = sorted(range(len(px)), key=lambda i: (style.PLACE_PRIORITY.get(places.cls[i], 9), -_population(places.extra[i]), i))
        fonts: dict[str, QFont] = {}
        for i in order:
            name, cls = places.name[i], places.cls[i]
            if not name or cls not in style.PLACE_FONTS or z < _label_zoom(places.extra[i]):
                continue
            font = fonts.get(cls)
            if font is None:
                sizes, bold = style.PLACE_FONTS[cls]
                font = QFont(style.FONT_FAMILY)
                font.setPointSizeF(style.at_zoom(sizes, min(z, 14)) if z >= 8 else sizes[0])
                font.setBold(bold)
                font.setPixelSize(max(7, round(font.pointSizeF() * 96 / 72)))
                fonts[cls] = font
            metrics = QFontMetricsF(font)
            width = metrics.horizontalAdvance(name)
            dot = 2.5 if cls in ("city", "town") else 1.8
            x0, y0 = float(px[i]), float(py[i])
            rect = QRectF(x0 + dot + 2, y0 - metrics.ascent() / 2 - 1, width + 2, metrics.height() + 2)
            if any(rect.intersects(other) for other in placed):
                continue
            placed.append(rect)
            painter.setPen(QPen(QColor(style.LABEL_HALO), 1.0))
            painter.setBrush(QColor(style.LABEL_COLOUR))
            painter.drawEllipse(QPointF(x0, y0), dot, dot)
            text = QPainterPath()
            text.addText(QPointF(x0 + dot + 3, y0 + metrics.ascent() / 2 - 1), font, name)
            painter.strokePath(text, _round_pen(style.LABEL_HALO, 3.0))
            painter.fillPath(text, QColor(style.LABEL_COLOUR))


def _population(extra) -> int:
    return int(extra) % 1_000_000_000 if extra not in (None, "") else 0


def _label_zoom(extra) -> int:
    return int(extra) // 1_000_000_000 if extra not in (None, "") else 0


def _round_pen(colour: str, width: float) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _path(parts: np.ndarray, pixels, closed: bool) -> QPainterPath:
    """One QPainterPath of many lines or rings (numpy in, no per-vertex Python)."""
    if len(parts) == 0:
        return QPainterPath()
    coords, index = shapely.get_coordinates(parts, return_index=True)
    if len(coords) == 0:
        return QPainterPath()
    x, y = pixels(coords)
    connect = np.zeros(len(coords), dtype=np.int32)
    connect[:-1] = index[1:] == index[:-1]  # connect[i] = 1: point i joins point i + 1
    path = arrayToQPath(x, y, connect=connect, finiteCheck=False)
    if closed:
        path.setFillRule(Qt.FillRule.WindingFill)
    return path


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
