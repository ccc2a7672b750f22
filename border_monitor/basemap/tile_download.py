"""Making an online XYZ or WMTS layer available offline: the tiles of an area and a zoom range downloaded into an
MBTiles file (``mbtiles_write``), Qt-free (urllib).

- ``plan`` counts the tiles and estimates the size before anything is fetched, and refuses a job over the
  limit (``DEFAULT_LIMIT`` tiles unless the user raises it).
- ``download`` fetches them politely: at most ``rate`` requests a second (2 by default), one at a time, with
  a User-Agent naming the app; a 429 or 5xx answer is retried after a pause (``Retry-After`` honoured); a 404
  is counted as "not on the server". The server's attribution goes into the file's metadata.
- A job cut in the middle (network gone, cancel, the program stopped) keeps what it committed; run again
  with the same file and it skips every tile already there, so each tile is fetched and stored once.
- A WMTS layer (``wmts.WmtsSource``) is fetched the same way: its tile matrix identifier looked up per zoom,
  and tiles outside its TileMatrixSetLimits counted as missing without a request.
"""
from __future__ import annotations

import logging
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import __version__
from .errors import BasemapError
from .mbtiles_write import MBTilesWriter, bounds_metadata
from .tile_math import count_tiles, tiles_in
from .wmts import WmtsSource

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 20_000
DEFAULT_RATE = 2.0  # requests per second
ESTIMATED_TILE_BYTES = 18_000  # a typical 256 px raster map tile (PNG/JPEG), for the estimate before the start
USER_AGENT = f"BorderMonitor/{__version__} (offline base map download; desktop GIS)"
RETRIES = 3
TIMEOUT = 30.0


@dataclass(frozen=True)
class TileJob:
    url: str  # XYZ template with {z} {x} {y} (or {-y}), {s} and {r} allowed
    bbox: tuple[float, float, float, float]  # west, south, east, north (degrees)
    zooms: range
    out: Path
    attribution: str
    name: str = "Offline base map"
    limit: int = DEFAULT_LIMIT
    rate: float = DEFAULT_RATE
    retries: int = RETRIES  # per tile, after a 429/5xx answer or a network error
    wmts: WmtsSource | None = None  # a WMTS layer: ``url`` is its ``template``

    def tile_url(self, z: int, x: int, y: int) -> str:
        return self.wmts.tile_url(z, x, y) if self.wmts else tile_url(self.url, z, x, y)


@dataclass
class Plan:
    tiles: int
    present: int  # already in the file (a resumed job)
    estimated_bytes: int

    @property
    def to_fetch(self) -> int:
        return self.tiles - self.present


@dataclass
class DownloadResult:
    fetched: int = 0
    skipped: int = 0  # already in the file
    missing: int = 0  # 404 from the server
    bytes: int = 0
    cancelled: bool = False
    failures: list[str] = field(default_factory=list)


def check_job(job: TileJob) -> None:
    west, south, east, north = job.bbox
    if not (-180 <= west < east <= 180 and -85.06 <= south < north <= 85.06):
        raise BasemapError(f"The area {job.bbox} is not west < east, south < north within the map.")
    if len(job.zooms) == 0 or job.zooms.start < 0 or job.zooms.stop - 1 > 20:
        raise BasemapError(f"The zoom range {job.zooms.start}-{job.zooms.stop - 1} is not a range within 0-20.")
    if job.wmts is not None:
        if not job.wmts.min_zoom <= job.zooms.start <= job.zooms.stop - 1 <= job.wmts.max_zoom:
            raise BasemapError(f"The WMTS layer {job.wmts.layer} has tiles at zooms {job.wmts.min_zoom}-"
                               f"{job.wmts.max_zoom} only; choose zoom levels within them.")
    elif not all(p in job.url for p in ("{z}", "{x}")) or not ("{y}" in job.url or "{-y}" in job.url):
        raise BasemapError(f"The tile address {job.url} lacks {{z}}, {{x}} or {{y}}.")
    if job.rate <= 0:
        raise BasemapError(f"The request rate {job.rate} is not a positive number of requests per second.")


def plan(job: TileJob) -> Plan:
    """Count and estimate, and refuse a job over its limit (BasemapError naming both numbers)."""
    check_job(job)
    total = count_tiles(job.bbox, job.zooms)
    if total > job.limit:
        raise BasemapError(
            f"The download of {total:,} tiles (zooms {job.zooms.start}-{job.zooms.stop - 1}) is over the limit of "
            f"{job.limit:,} tiles; choose a smaller area or fewer zoom levels, or raise the limit.")
    present, average = 0, ESTIMATED_TILE_BYTES
    if job.out.exists():
        with MBTilesWriter(job.out) as mb:
            wanted = set(tiles_in(job.bbox, job.zooms))
            present = len(wanted & mb.existing())
            if mb.count():
                average = mb.size() // mb.count()
    return Plan(total, present, (total - present) * average)


def tile_url(template: str, z: int, x: int, y: int) -> str:
    subdomain = "abc"[(x + y) % 3]
    return (template.replace("{s}", subdomain).replace("{z}", str(z)).replace("{x}", str(x))
            .replace("{-y}", str((1 << z) - 1 - y)).replace("{y}", str(y)).replace("{r}", ""))


class _Pace:
    """At most ``rate`` starts a second."""

    def __init__(self, rate: float, cancel: Callable[[], bool]):
        self.gap = 1.0 / rate
        self.next = time.monotonic()
        self.cancel = cancel

    def wait(self, extra: float = 0.0) -> None:
        self.next = max(self.next, time.monotonic() + extra)
        while not self.cancel():
            left = self.next - time.monotonic()
            if left <= 0:
                break
            time.sleep(min(left, 0.1))
        self.next = max(self.next, time.monotonic()) + self.gap


def download(job: TileJob, *, progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None, opener=None) -> DownloadResult:
    """Fetch the job's tiles into ``job.out``; raises BasemapError when the server cannot be reached (what
    was fetched so far stays in the file: run again to resume)."""
    cancel = cancel or (lambda: False)
    first = plan(job)
    opener = opener or urllib.request.build_opener()
    result = DownloadResult()
    pace = _Pace(job.rate, cancel)
    with MBTilesWriter(job.out) as mb:
        have = mb.existing()
        mb.set_metadata({"name": job.name, "format": _format(job), "attribution": job.attribution,
                         "type": "baselayer", "version": "1.3",
                         "description": f"Tiles of {job.url} downloaded by Border Monitor for use offline",
                         **bounds_metadata(job.bbox, job.zooms)})
        done = 0
        for z, x, y in tiles_in(job.bbox, job.zooms):
            if cancel():
                result.cancelled = True
                break
            done += 1
            if (z, x, y) in have:
                result.skipped += 1
            elif job.wmts is not None and not job.wmts.has_tile(z, x, y):
                result.missing += 1  # outside the layer's TileMatrixSetLimits: the server has none
            else:
                data = _fetch(opener, job.tile_url(z, x, y), pace, cancel, mb, job.retries)
                if data is None:
                    result.missing += 1
                else:
                    mb.put(z, x, y, data)
                    result.fetched += 1
                    result.bytes += len(data)
            if progress:
                progress(done, first.tiles)
    log.info("tile download %s: %d fetched, %d already there, %d missing", job.out, result.fetched, result.skipped,
             result.missing)
    return result


def _fetch(opener, url: str, pace: _Pace, cancel, mb: MBTilesWriter, retries: int) -> bytes | None:
    """The tile's bytes, None for a 404; BasemapError when the server stays unreachable or refuses."""
    delay = 0.0
    for attempt in range(retries + 1):
        pace.wait(delay)
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with opener.open(request, timeout=TIMEOUT) as answer:
                data = answer.read()
            if not data:
                raise BasemapError(f"The tile server sent an empty answer for {url}.")
            return data
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            if exc.code in (429, 500, 502, 503, 504) and attempt < retries:
                delay = _retry_after(exc.headers.get("Retry-After"), 2.0 * (attempt + 1))
                log.info("tile server answered %s for %s; trying again in %.0f s", exc.code, url, delay)
                continue
            mb.commit()
            raise BasemapError(f"The tile server refused {url} (HTTP {exc.code} {exc.reason}); the tiles fetched "
                               f"so far are kept: run the same job again to go on.") from None
        except (urllib.error.URLError, OSError, TimeoutError) as exc:
            if attempt < retries and not cancel():
                delay = 1.0 * (attempt + 1)
                continue
            mb.commit()
            reason = getattr(exc, "reason", exc)
            raise BasemapError(f"The tile server cannot be reached for {url} ({reason}); the tiles fetched so far "
                               f"are kept: run the same job again to go on.") from None
    return None


def _retry_after(value: str | None, default: float) -> float:
    try:
        return min(60.0, max(0.0, float(value))) if value else default
    except ValueError:
        return default


def _format(job: TileJob) -> str:
    if job.wmts is not None:
        kind = job.wmts.format.lower()
        return "jpg" if "jpeg" in kind or "jpg" in kind else "webp" if "webp" in kind else "png"
    lower = job.url.lower().split("?")[0]
    return "jpg" if lower.endswith((".jpg", ".jpeg")) else "webp" if lower.endswith(".webp") else "png"


