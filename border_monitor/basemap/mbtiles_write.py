"""Writing raster MBTiles 1.3 (SQLite): the ``metadata`` table (name, format, bounds, center, minzoom,
maxzoom, attribution, type, version, description) and the ``tiles`` table with TMS rows (row 0 at the
south: XYZ row ``y`` is stored as ``2**z - 1 - y``) and a unique index on (zoom_level, tile_column,
tile_row), so a tile is never there twice. Used by ``basemap export`` and by the tile downloader, which
resumes an interrupted job by skipping what the file already holds.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import BasemapError

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL, value TEXT)",
    "CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name)",
    "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, "
    "tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)",
)


class MBTilesWriter:
    """An MBTiles file open for writing (created if missing). Tiles are committed every ``commit_every``."""

    def __init__(self, path: str | Path, *, commit_every: int = 50):
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path)
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and not {"metadata", "tiles"} <= tables:
                self._db.close()
                raise BasemapError(f"The file {self.path} exists and is not an MBTiles file; choose another name.")
            for statement in SCHEMA:
                self._db.execute(statement)
            self._db.commit()
        except sqlite3.DatabaseError as exc:
            raise BasemapError(f"The file {self.path} cannot be written as MBTiles: {exc}.") from None
        self._pending = 0
        self._every = commit_every

    def set_metadata(self, values: dict[str, object]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)",
                             [(k, str(v)) for k, v in values.items() if v is not None])
        self._db.commit()

    def metadata(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT name, value FROM metadata").fetchall())

    def existing(self) -> set[tuple[int, int, int]]:
        """The XYZ addresses (z, x, y) of the tiles already in the file."""
        return {(z, x, (1 << z) - 1 - row) for z, x, row in
                self._db.execute("SELECT zoom_level, tile_column, tile_row FROM tiles")}

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        """Store the tile at XYZ address (z, x, y) (replacing one already there)."""
        self._db.execute("INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) "
                         "VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, sqlite3.Binary(data)))
        self._pending += 1
        if self._pending >= self._every:
            self.commit()

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM tiles").fetchone()[0])

    def size(self) -> int:
        return int(self._db.execute("SELECT COALESCE(SUM(LENGTH(tile_data)), 0) FROM tiles").fetchone()[0])

    def commit(self) -> None:
        self._db.commit()
        self._pending = 0

    def close(self) -> None:
        self.commit()
        self._db.close()

    def __enter__(self) -> "MBTilesWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def bounds_metadata(bbox: tuple[float, float, float, float], zooms: range) -> dict[str, str]:
    west, south, east, north = bbox
    centre_zoom = min(max(zooms.start, (zooms.start + zooms.stop - 1) // 2), zooms.stop - 1)
    return {"bounds": f"{west:.6f},{south:.6f},{east:.6f},{north:.6f}",
            "center": f"{(west + east) / 2:.6f},{(south + north) / 2:.6f},{centre_zoom}",
            "minzoom": str(zooms.start), "maxzoom": str(zooms.stop - 1)}
