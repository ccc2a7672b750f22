"""Which sectors lie along which border, in order, and which sectors are neighbours.

Read from the store's ``sectors`` reference layer (GeoJSON lines with ``border`` and ``sector``
properties, in order along each border line). Two sectors of the same border are neighbours when
their lines meet (within ``TOUCH_M``); a layer without usable geometry falls back to the order.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import shape

from ..domain.taxonomy import Border

log = logging.getLogger(__name__)

TOUCH_M = 100.0  # sector lines cut from one border line meet exactly; this allows for rounding in the file
_M_PER_DEG_LAT = 111_320.0


@dataclass(frozen=True)
class SectorLayout:
    by_border: dict[str, tuple[str, ...]]  # border -> its sectors in order along the line
    border_of: dict[str, str]
    neighbours: dict[str, tuple[str, ...]]

    def sectors(self) -> list[str]:
        return [s for border in self.by_border.values() for s in border]


def _touching(geometries: list, tolerance_deg: float) -> np.ndarray:
    """Symmetric matrix: do lines i and j meet (within the tolerance)?"""
    arr = np.array(geometries, dtype=object)
    distance = shapely.distance(arr[:, None], arr[None, :])
    touching = distance <= tolerance_deg
    np.fill_diagonal(touching, False)
    return touching


def sector_layout(layer: dict) -> SectorLayout:
    """The layout of a ``sectors`` layer (GeoJSON FeatureCollection)."""
    by_border: dict[str, list[str]] = {b.value: [] for b in Border}
    geometry: dict[str, object] = {}
    for feature in layer.get("features", []):
        props = feature.get("properties") or {}
        name, border = props.get("sector"), props.get("border")
        if not name or border not in by_border or name in geometry:
            continue
        by_border[border].append(name)
        try:
            geometry[name] = shape(feature["geometry"]) if feature.get("geometry") else None
        except (KeyError, TypeError, ValueError, AttributeError):
            geometry[name] = None
    neighbours: dict[str, tuple[str, ...]] = {}
    for border, names in by_border.items():
        shapes = [geometry[n] for n in names]
        if names and all(g is not None and not g.is_empty for g in shapes):
            lat = float(np.mean([g.centroid.y for g in shapes]))
            # degrees of longitude are shorter than degrees of latitude: use the shorter, stricter one
            tolerance = TOUCH_M / (_M_PER_DEG_LAT * max(math.cos(math.radians(lat)), 0.1))
            touching = _touching(shapes, tolerance)
            for k, name in enumerate(names):
                neighbours[name] = tuple(names[j] for j in np.flatnonzero(touching[k]))
        else:
            log.info("The sectors of %s have no usable geometry; their order along the border gives the neighbours",
                     border)
            for k, name in enumerate(names):
                neighbours[name] = tuple(names[j] for j in (k - 1, k + 1) if 0 <= j < len(names))
    return SectorLayout(
        by_border={b: tuple(names) for b, names in by_border.items()},
        border_of={name: b for b, names in by_border.items() for name in names},
        neighbours=neighbours,
    )
