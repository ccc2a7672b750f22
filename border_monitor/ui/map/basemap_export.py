"""``basemap export``: a built base map drawn into raster MBTiles (256 px PNG, or 512 px with ``scale=2``)
that QGIS, ATAK and GDAL open. Tiles with nothing on them (paper only) are left out, as MBTiles allows;
the attribution and bounds go into the metadata (``basemap.mbtiles_write``)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ...basemap.errors import BasemapError
from ...basemap.mbtiles_write import MBTilesWriter, bounds_metadata
from ...basemap.tile_math import count_tiles, tile_bounds_3857, tiles_in
from ...basemap.tile_query import BasemapSource
from ...io.output_files import check_output, replacing
from .basemap_render import BasemapRenderer, png_bytes

log = logging.getLogger(__name__)

DEFAULT_EXPORT_LIMIT = 250_000
DRAWN_LAYERS = ("areas", "waterways", "roads", "railways", "places")


@dataclass
class ExportResult:
    tiles: int  # tiles covering the area
    written: int  # tiles with something on them, stored
    bytes: int


def export_mbtiles(base_map: str | Path, out: str | Path, zooms: range, *,
                   bbox: tuple[float, float, float, float] | None = None, scale: int = 1, overwrite: bool = False,
                   limit: int = DEFAULT_EXPORT_LIMIT, progress: Callable[[int, int], None] | None = None) -> ExportResult:
    source = BasemapSource(base_map)
    try:
        out = check_output(out, inputs=[source.path], overwrite=overwrite, what="MBTiles file")
        if out.suffix.lower() != ".mbtiles":
            raise BasemapError(f"The export {out} must be an MBTiles file: give a name ending in .mbtiles.")
        if len(zooms) == 0 or zooms.start < 0 or zooms.stop - 1 > 18:
            raise BasemapError(f"The zoom range {zooms.start}-{zooms.stop - 1} is not a range within 0-18.")
        area = bbox or source.bounds
        if area is None:
            raise BasemapError(f"The base map {source.path} gives no bounds; pass --bbox WEST,SOUTH,EAST,NORTH.")
        total = count_tiles(area, zooms)
        if total > limit:
            raise BasemapError(f"The export would draw {total:,} tiles, over the limit of {limit:,}; choose fewer "
                               f"zoom levels or a smaller --bbox, or raise --limit.")
        renderer = BasemapRenderer(source)
        written = size = 0
        with replacing(out, create=False, what="MBTiles file") as temp:
            with MBTilesWriter(temp, commit_every=500) as mb:
                mb.set_metadata({"name": source.name, "format": "png", "type": "baselayer", "version": "1.3",
                                 "attribution": source.attribution,
                                 "description": f"{source.name} drawn by Border Monitor from {source.path.name}",
                                 "scheme": "tms", "tilesize": str(256 * scale), **bounds_metadata(area, zooms)})
                for done, (z, x, y) in enumerate(tiles_in(area, zooms), 1):
                    if _has_features(source, z, x, y):
                        data = png_bytes(renderer.render(z, x, y, scale))
                        mb.put(z, x, y, data)
                        written += 1
                        size += len(data)
                    if progress and (done % 200 == 0 or done == total):
                        progress(done, total)
        return ExportResult(total, written, size)
    finally:
        source.close()


def _has_features(source: BasemapSource, z: int, x: int, y: int) -> bool:
    box = tile_bounds_3857(z, x, y)
    return any(len(source.features(layer, box, z).geometry) for layer in DRAWN_LAYERS)
