"""The border strip (+-50 km of the Belarus border of LT, LV and PL) and the surrounding area drawn at
coarser detail, from the packaged reference border lines (``geo.reference``)."""
from __future__ import annotations

from functools import lru_cache

import shapely
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

from ..domain.taxonomy import Border
from ..geo.reference import load_reference

STRIP_KM = 50.0
SURROUNDING_KM = 150.0
_METRIC = "EPSG:3035"  # ETRS89 / LAEA Europe: equal-area metres, good for a buffer across three countries


def _transform(geom: BaseGeometry, source: str, target: str) -> BaseGeometry:
    transformer = Transformer.from_crs(source, target, always_xy=True)
    return shapely.transform(geom, lambda xy: _apply(transformer, xy))


def _apply(transformer: Transformer, xy):
    import numpy as np

    x, y = transformer.transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


@lru_cache(maxsize=8)
def strip(km: float = STRIP_KM) -> BaseGeometry:
    """Every place within ``km`` of the LT-BY, LV-BY or PL-BY border line, as a WGS 84 polygon."""
    reference = load_reference()
    lines = shapely.union_all([reference.border_line(b) for b in Border])
    metric = _transform(lines, "EPSG:4326", _METRIC)
    area = shapely.buffer(metric, km * 1000.0, quad_segs=16)
    return _transform(shapely.simplify(area, 100.0), _METRIC, "EPSG:4326")


def surrounding_bbox(strip_km: float = STRIP_KM, margin_km: float = SURROUNDING_KM) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the strip grown by ``margin_km``: what the base map covers at all."""
    grown = strip(strip_km + margin_km)
    return tuple(float(v) for v in shapely.bounds(grown))  # type: ignore[return-value]


def to_mercator(geoms, transformer: Transformer | None = None):
    """Shapely geometries (array) from WGS 84 to Web Mercator (EPSG:3857), vectorised."""
    transformer = transformer or Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
    return shapely.transform(geoms, lambda xy: _apply(transformer, xy))
