"""Rendered tiles kept for reuse: an LRU in memory in front of PNG files in the user's cache folder.

The disk folder is ``<user cache>/border-monitor/basemap-tiles/<digest>/`` where the digest covers the
base map's identity (path, size, modification time, build time) and the style version, so a rebuilt base
map or a new look never shows old tiles. Thread-safe (the renderer's pool threads put, the UI thread gets).
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path

import platformdirs

from .style import STYLE_VERSION

log = logging.getLogger(__name__)

MEMORY_TILES = 768  # about 30-60 MB of PNG at 256 and 512 px


def cache_root() -> Path:
    return Path(platformdirs.user_cache_dir("border-monitor", appauthor=False)) / "basemap-tiles"


class TileCache:
    def __init__(self, key: str, *, memory_tiles: int = MEMORY_TILES, folder: Path | None = None, disk: bool = True):
        digest = hashlib.sha256(f"{key}|style {STYLE_VERSION}".encode()).hexdigest()[:20]
        self.folder = (folder or cache_root()) / digest if disk else None
        self._memory: OrderedDict[tuple, bytes] = OrderedDict()
        self._limit = memory_tiles
        self._lock = threading.Lock()
        self.hits = self.disk_hits = self.misses = 0

    def _file(self, z: int, x: int, y: int, scale: int) -> Path:
        suffix = "" if scale == 1 else f"@{scale}x"
        return self.folder / str(z) / str(x) / f"{y}{suffix}.png"  # type: ignore[operator]

    def get(self, z: int, x: int, y: int, scale: int = 1) -> bytes | None:
        key = (z, x, y, scale)
        with self._lock:
            data = self._memory.get(key)
            if data is not None:
                self._memory.move_to_end(key)
                self.hits += 1
                return data
        if self.folder is not None:
            try:
                data = self._file(z, x, y, scale).read_bytes()
            except OSError:
                data = None
            if data:
                self.disk_hits += 1
                self._remember(key, data)
                return data
        self.misses += 1
        return None

    def put(self, z: int, x: int, y: int, scale: int, data: bytes) -> None:
        self._remember((z, x, y, scale), data)
        if self.folder is None:
            return
        path = self._file(z, x, y, scale)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
            temp.write_bytes(data)
            os.replace(temp, path)
        except OSError as exc:  # a full or read-only cache folder: tiles are drawn again next time
            log.warning("base map tile cache: cannot write %s: %s", path, exc)

    def _remember(self, key: tuple, data: bytes) -> None:
        with self._lock:
            self._memory[key] = data
            self._memory.move_to_end(key)
            while len(self._memory) > self._limit:
                self._memory.popitem(last=False)

    def __len__(self) -> int:
        return len(self._memory)
