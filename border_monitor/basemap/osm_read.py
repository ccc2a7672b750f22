"""Reading an OpenStreetMap extract (.osm.pbf or .osm) with GDAL's OSM driver through pyogrio, one driver
layer at a time, filtered by attribute (``where``) and bounding box, in Arrow batches of bounded size."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator

import numpy as np
import pyogrio
import pyogrio.errors
import shapely

from .errors import BasemapError
from .osm_classes import Source

log = logging.getLogger(__name__)

BATCH = 20_000  # features per batch: what one step holds in memory


def check_extract(path: str | Path) -> Path:
    """``path`` if GDAL's OSM driver can open it, else a BasemapError naming it."""
    path = Path(path)
    if not path.is_file():
        raise BasemapError.of("basemap.no_extract", path=str(path))
    name = path.name.lower()
    if not (name.endswith(".osm.pbf") or name.endswith(".pbf") or name.endswith(".osm")):
        raise BasemapError.of("basemap.extract_suffix", path=str(path))
    try:
        layers = {str(n) for n, _ in pyogrio.list_layers(path)}
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, RuntimeError) as exc:
        raise BasemapError(f"The OpenStreetMap extract {path} cannot be read: {exc}.") from None
    if not {"points", "lines", "multipolygons"} <= layers:
        raise BasemapError(f"The file {path} is not an OpenStreetMap extract (GDAL's OSM driver finds no "
                           f"points, lines and multipolygons layers in it).")
    return path


def batches(path: Path, source: Source, bbox: tuple[float, float, float, float],
            batch_size: int = BATCH) -> Iterator[tuple[dict[str, np.ndarray], np.ndarray]]:
    """(columns, shapely geometries) per batch of the features of ``source`` in ``bbox``."""
    try:
        with pyogrio.raw.open_arrow(path, layer=source.osm_layer, columns=list(source.columns), where=source.where,
                                    bbox=bbox, batch_size=batch_size, use_pyarrow=True) as (meta, reader):
            geometry = meta.get("geometry_name") or "wkb_geometry"
            for batch in reader:
                if batch.num_rows == 0:
                    continue
                columns = {name: batch.column(name).to_numpy(zero_copy_only=False) for name in source.columns}
                geoms = shapely.from_wkb(batch.column(geometry).to_numpy(zero_copy_only=False), on_invalid="ignore")
                yield columns, geoms
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError) as exc:
        raise BasemapError(f"The OpenStreetMap extract {path} cannot be read ({source.osm_layer}): {exc}.") from None
