"""The features of one tile, read from a built base map (``build``) through the GeoPackage's R-trees.

Each query takes the tile's Web Mercator box (grown by a margin, so lines and labels join across tile
edges) and the zoom: only features whose ``min_zoom`` is at most the zoom come back. One SQLite
connection per thread (the renderer draws in a thread pool).
"""
from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from ..store.gpkg.binary import wkb_of
from .build import read_info
from .errors import BasemapError
from .osm_classes import LAYERS


@dataclass
class Features:
    geometry: np.ndarray  # shapely geometries, EPSG:3857
    cls: np.ndarray  # object array of class names
    name: np.ndarray
    extra: np.ndarray  # places: label_zoom*10^9 + population (sort key); roads: ref; else ''


class BasemapSource:
    """A built base map opened read-only. Thread-safe: each thread gets its own connection."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.info = read_info(self.path)
        self._uri = f"{self.path.resolve().as_uri()}?mode=ro"
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        db = self._db()
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in LAYERS if t not in tables or f"rtree_{t}_geom" not in tables]
        if missing:
            raise BasemapError(f"The base map {self.path} lacks the layer(s) {', '.join(missing)} "
                               f"(or their spatial index); build it again with 'border-monitor basemap build'.")
        stat = self.path.stat()
        self.key = f"{self.path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{self.info.get('built', '')}"

    @property
    def attribution(self) -> str:
        return self.info.get("attribution", "")

    @property
    def name(self) -> str:
        return self.info.get("name", self.path.stem)

    @property
    def bounds(self) -> tuple[float, float, float, float] | None:
        try:
            parts = tuple(float(v) for v in self.info.get("bounds", "").split(","))
        except ValueError:
            return None
        return parts if len(parts) == 4 else None  # type: ignore[return-value]

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def features(self, layer: str, box: tuple[float, float, float, float], zoom: int) -> Features:
        """The features of ``layer`` whose box meets ``box`` (minx, miny, maxx, maxy; EPSG:3857) drawn at ``zoom``."""
        extra = {"places": "label_zoom * 1000000000 + population", "roads": "ref"}.get(layer, "''")
        order = "ORDER BY t.label_zoom, t.population DESC, t.fid" if layer == "places" else "ORDER BY t.fid"
        sql = (f"SELECT t.geom, t.class, t.name, {extra} FROM {layer} t JOIN rtree_{layer}_geom r ON t.fid = r.id "
               f"WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? AND t.min_zoom <= ? {order}")
        minx, miny, maxx, maxy = box
        rows = self._db().execute(sql, (maxx, minx, maxy, miny, zoom)).fetchall()
        if not rows:
            empty = np.array([], dtype=object)
            return Features(empty, empty, empty, empty)
        blobs, cls, name, more = zip(*rows)
        geoms = shapely.from_wkb([wkb_of(b) for b in blobs])
        return Features(geoms, np.array(cls, dtype=object), np.array(name, dtype=object), np.array(more, dtype=object))

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()
