"""Read raster tiles from an MBTiles file (SQLite), the user's offline base map.

MBTiles 1.3: a ``metadata`` table of name/value pairs and a ``tiles`` table keyed by
``zoom_level, tile_column, tile_row`` where rows count from the south (TMS): the XYZ
row ``y`` Leaflet asks for is ``2**z - 1 - y`` in the file. No Qt here.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

RASTER_FORMATS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


class MBTilesError(ValueError):
    """The file is not a raster MBTiles file we can serve; the message names the file."""


@dataclass(frozen=True)
class MBTilesInfo:
    name: str
    format: str  # png, jpg, webp
    mime: str
    attribution: str
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # min_lon, min_lat, max_lon, max_lat


class MBTiles:
    """One open MBTiles file, read-only. Safe to call from several threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise MBTilesError(f"The base map file {self.path} does not exist.")
        try:
            self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        except sqlite3.DatabaseError as exc:
            raise MBTilesError(f"The base map file {self.path} is not an SQLite (MBTiles) file: {exc}.") from None
        missing = {"metadata", "tiles"} - tables
        if missing:
            self._db.close()
            raise MBTilesError(f"The base map file {self.path} is not MBTiles: it has no table {', '.join(sorted(missing))}.")
        self._lock = threading.Lock()
        self.info = self._read_info()

    def _read_info(self) -> MBTilesInfo:
        meta = {str(k): "" if v is None else str(v) for k, v in self._db.execute("SELECT name, value FROM metadata")}
        fmt = meta.get("format", "").lower().strip() or self._sniff_format()
        if fmt not in RASTER_FORMATS:
            self._db.close()
            raise MBTilesError(
                f"The base map file {self.path} holds tiles of format {fmt!r}; only raster tiles "
                f"({', '.join(sorted(RASTER_FORMATS))}) can be shown."
            )
        zooms = self._db.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
        min_zoom = _int(meta.get("minzoom"), zooms[0] if zooms[0] is not None else 0)
        max_zoom = _int(meta.get("maxzoom"), zooms[1] if zooms[1] is not None else 18)
        bounds = None
        try:
            parts = [float(v) for v in meta.get("bounds", "").split(",")]
            if len(parts) == 4:
                bounds = (parts[0], parts[1], parts[2], parts[3])
        except ValueError:
            log.warning("MBTiles %s: unreadable bounds %r ignored", self.path, meta.get("bounds"))
        return MBTilesInfo(
            name=meta.get("name") or self.path.stem,
            format=fmt,
            mime=RASTER_FORMATS[fmt],
            attribution=meta.get("attribution", ""),
            min_zoom=min_zoom,
            max_zoom=max_zoom,
            bounds=bounds,
        )

    def _sniff_format(self) -> str:
        row = self._db.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
        data = bytes(row[0]) if row and row[0] is not None else b""
        if data.startswith(b"\x89PNG"):
            return "png"
        if data.startswith(b"\xff\xd8"):
            return "jpg"
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return "webp"
        return "unknown"

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ address (z, x, y) (row counted from the north), or None if absent."""
        if z < 0 or not (0 <= x < 2**z and 0 <= y < 2**z):
            return None
        tms_y = (1 << z) - 1 - y
        with self._lock:
            row = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?", (z, x, tms_y)
            ).fetchone()
        return None if row is None or row[0] is None else bytes(row[0])

    def close(self) -> None:
        self._db.close()


def _int(text: str | None, default: int) -> int:
    try:
        return int(float(text)) if text not in (None, "") else int(default)
    except ValueError:
        return int(default)
