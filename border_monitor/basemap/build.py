"""``basemap build``: OpenStreetMap extracts -> one GeoPackage the app draws as its offline base map.

Per output layer (``osm_classes.SOURCES``: places, roads, railways, waterways, areas) each extract is read
in batches (``osm_read``), classified, kept in full detail inside the border strip (+-50 km of the BY
border, ``border_strip``) and simplified, with fewer classes, in the surrounding area; nothing beyond the
surrounding area is read (bounding-box filter). Geometries are stored in Web Mercator (EPSG:3857, what the
tiles are drawn in) with an R-tree; each feature carries ``class``, ``min_zoom`` (the first zoom it is
drawn at), ``detail`` ("strip" or "area") and its local ``name``. The ODbL attribution is in the
GeoPackage's metadata (GDAL's, as ``gdalinfo``/``ogrinfo`` show it) and in the table ``basemap_info``.
Memory stays bounded by the batch size (plus, with several extracts, the set of OSM ids already written,
so an object in two overlapping extracts is kept once).
"""
from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import numpy as np
import pyogrio
import shapely
from pyproj import Transformer
from shapely.geometry.polygon import orient

from .. import __version__
from ..io.output_files import check_output, replacing
from . import border_strip, osm_classes
from .errors import BasemapError
from .osm_classes import SOURCES, Source
from .osm_read import batches, check_extract

log = logging.getLogger(__name__)

ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"  # as the map page words it (one credit, not two)
LICENSE = "Open Database License (ODbL) 1.0, https://opendatacommons.org/licenses/odbl/"
INFO_TABLE = "basemap_info"
FORMAT_NAME = "border-monitor-basemap"
FORMAT_VERSION = "1"
CRS = "EPSG:3857"


@dataclass
class BuildResult:
    path: Path
    features: dict[str, int] = field(default_factory=dict)  # output layer -> features written
    read: int = 0  # features read from the extracts (after the attribute filter)
    seconds: float = 0.0
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def build(extracts: list[str | Path], out: str | Path, *, overwrite: bool = False,
          strip_km: float = border_strip.STRIP_KM, margin_km: float = border_strip.SURROUNDING_KM,
          bbox: tuple[float, float, float, float] | None = None, batch_size: int = 20_000,
          progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """Build the base map ``out`` from ``extracts``; raises BasemapError (or OutputError) naming the file."""
    started = time.perf_counter()
    if not extracts:
        raise BasemapError("Give at least one OpenStreetMap extract (.osm.pbf).")
    paths = [check_extract(p) for p in extracts]
    out = check_output(out, inputs=paths, overwrite=overwrite, what="base map")
    if out.suffix.lower() != ".gpkg":
        raise BasemapError(f"The base map {out} must be a GeoPackage: give a file name ending in .gpkg.")
    strip = border_strip.strip(strip_km)
    shapely.prepare(strip)
    area = bbox or border_strip.surrounding_bbox(strip_km, margin_km)
    to_3857 = Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
    result = BuildResult(path=out, bbox=tuple(area))
    steps = len(SOURCES) * len(paths)
    with replacing(out, create=False, what="base map") as temp:
        for i, source in enumerate(SOURCES):
            seen: set[str] | None = set() if len(paths) > 1 else None
            written = 0
            for j, path in enumerate(paths):
                for columns, geoms in batches(path, source, area, batch_size):
                    result.read += len(geoms)
                    rows = _prepare(source, columns, geoms, strip, to_3857, seen)
                    if rows is not None:
                        _write(temp, source, rows, append=written > 0)
                        written += len(rows["geometry"])
                if progress:
                    progress(i * len(paths) + j + 1, steps)
            if written == 0:
                _write(temp, source, _empty(source), append=False)
            result.features[source.layer] = written
            log.info("basemap: %s: %d features", source.layer, written)
        _write_info(temp, paths, result)
    result.seconds = time.perf_counter() - started
    return result


def _prepare(source: Source, columns: dict, geoms: np.ndarray, strip, to_3857, seen: set | None) -> dict | None:
    """The rows of one batch to write (a dict of arrays), or None when nothing in it is kept."""
    layer = source.layer
    cls, zoom, keep_coarse = osm_classes.classify(layer, columns)
    ok = (cls != "") & ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    if seen is not None:
        ids = _ids(columns)
        fresh = np.array([i not in seen for i in ids], dtype=bool)
        ok &= fresh
        seen.update(ids[ok])
    if not ok.any():
        return None
    in_strip = np.zeros(len(geoms), dtype=bool)
    in_strip[ok] = shapely.intersects(strip, geoms[ok])
    ok &= in_strip | keep_coarse
    if not ok.any():
        return None
    geoms, cls, zoom, in_strip = geoms[ok], cls[ok], zoom[ok], in_strip[ok]
    cols = {k: v[ok] for k, v in columns.items()}
    merc = border_strip.to_mercator(geoms, to_3857)
    if layer != "places":
        tolerance = np.where(in_strip, osm_classes.STRIP_SIMPLIFY_M, osm_classes.COARSE_SIMPLIFY_M)
        merc = shapely.simplify(merc, tolerance, preserve_topology=layer == "areas")
    if layer == "areas":
        merc = shapely.make_valid(merc)
        merc = np.array([_polygons(g) for g in merc], dtype=object)
        area = shapely.area(merc)
        zoom = osm_classes.area_min_zoom(area, zoom)
        keep = ~shapely.is_empty(merc) & (in_strip | (area >= osm_classes.COARSE_MIN_AREA_M2))
    else:
        keep = ~shapely.is_empty(merc)
    if not keep.any():
        return None
    rows = {
        "geometry": shapely.to_wkb(merc[keep]),
        "name": np.array([n if isinstance(n, str) else "" for n in cols["name"][keep]], dtype=object),
        "class": cls[keep].astype(object),
        "min_zoom": zoom[keep].astype(np.int32),
        "detail": np.where(in_strip[keep], "strip", "area").astype(object),
        "osm_id": _ids(cols)[keep].astype(object),
    }
    if layer == "places":
        rows["population"] = osm_classes.population(cols["other_tags"][keep])
        rows["label_zoom"] = np.array([osm_classes.label_zoom(c) for c in rows["class"]], dtype=np.int32)
        rows["min_zoom"] = np.minimum(rows["min_zoom"], rows["label_zoom"]).astype(np.int32)
    if layer == "roads":
        rows["ref"] = osm_classes.ref_tag(cols["other_tags"][keep])
    return rows


def _polygons(geom):
    """Only the polygon parts of a geometry (make_valid may add lines or points), as a MultiPolygon whose
    outer rings all turn one way and holes the other (so a renderer's non-zero fill keeps holes and overlaps)."""
    if geom is None or geom.is_empty:
        return shapely.MultiPolygon()
    if geom.geom_type == "Polygon":
        polys = [geom]
    else:
        parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
        polys = [p for g in parts for p in (g.geoms if g.geom_type == "MultiPolygon" else [g])]
    return shapely.MultiPolygon([orient(p, 1.0) for p in polys if not p.is_empty])


def _ids(columns: dict) -> np.ndarray:
    """A key per OSM object: ``n``/``w``/``r`` style prefixes are not in the driver's ids, so the layer's own
    osm_id, else ``w`` + osm_way_id (a closed way read as a polygon)."""
    ids = columns["osm_id"]
    if "osm_way_id" not in columns:
        return np.array([str(i) for i in ids], dtype=object)
    way = columns["osm_way_id"]
    return np.array([f"r{i}" if i not in (None, "") else f"w{w}" for i, w in zip(ids, way)], dtype=object)


def _fields(source: Source) -> list[str]:
    names = ["name", "class", "min_zoom", "detail", "osm_id"]
    if source.layer == "places":
        names += ["population", "label_zoom"]
    if source.layer == "roads":
        names += ["ref"]
    return names


def _empty(source: Source) -> dict:
    rows = {"geometry": np.array([], dtype=object)}
    for name in _fields(source):
        rows[name] = np.array([], dtype=np.int32 if name in ("min_zoom", "label_zoom", "population") else object)
    return rows


def _write(path: Path, source: Source, rows: dict, append: bool) -> None:
    names = _fields(source)
    pyogrio.raw.write(path, rows["geometry"], [rows[n] for n in names], fields=names, layer=source.layer,
                      driver="GPKG", geometry_type=source.geometry_type, crs=CRS, append=append,
                      promote_to_multi=source.geometry_type.startswith("Multi"),
                      dataset_metadata=None if append else _metadata_for_gdal(),
                      layer_metadata=None if append else {"attribution": ATTRIBUTION})


def _metadata_for_gdal() -> dict:
    return {"attribution": ATTRIBUTION, "license": LICENSE, "generator": f"border-monitor {__version__} basemap build"}


def _write_info(path: Path, extracts: list[Path], result: BuildResult) -> None:
    info = {
        "format": FORMAT_NAME, "version": FORMAT_VERSION, "name": "OpenStreetMap (offline)",
        "attribution": ATTRIBUTION, "license": LICENSE,
        "sources": "; ".join(p.name for p in extracts),
        "built": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "bounds": ",".join(f"{v:.5f}" for v in result.bbox),
        "generator": f"border-monitor {__version__}",
    }
    with sqlite3.connect(path) as db:
        db.execute(f"CREATE TABLE {INFO_TABLE} (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.executemany(f"INSERT INTO {INFO_TABLE} VALUES (?, ?)", list(info.items()))
    db.close()


def read_info(path: str | Path) -> dict[str, str]:
    """The ``basemap_info`` of a built base map; BasemapError if ``path`` is not one."""
    path = Path(path)
    if not path.is_file():
        raise BasemapError.of("basemap.missing", path=str(path))
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = db.execute(f"SELECT name, value FROM {INFO_TABLE}").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        raise BasemapError.of("basemap.no_info", path=str(path), table=INFO_TABLE) from None
    info = dict(rows)
    if info.get("format") != FORMAT_NAME:
        raise BasemapError.of("basemap.not_a_basemap", path=str(path))
    return info
