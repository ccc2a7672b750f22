"""Which sectors lie along which border, in order, and which sectors are neighbours.

Read from the store's ``sectors`` reference layer (GeoJSON lines with ``border`` and ``sector``
properties, in order along each border line). Two sectors of the same border are neighbours when
their lines meet: an end of one lies within ``TOUCH_M`` of an end of the other (the sectors are cuts
of one border line, so they meet end to end). A layer without usable geometry falls back to the order.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np

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


def _line_ends(geometry: dict | None) -> np.ndarray | None:
    """The end points (lon, lat) of a GeoJSON LineString or of each part of a MultiLineString."""
    try:
        kind, coords = geometry["type"], geometry["coordinates"]
        parts = [coords] if kind == "LineString" else coords if kind == "MultiLineString" else None
        if not parts:
            return None
        ends = np.array([[part[0][:2], part[-1][:2]] for part in parts], dtype=float).reshape(-1, 2)
    except (KeyError, TypeError, IndexError, ValueError):
        return None
    return ends if np.isfinite(ends).all() else None


def _touching(ends: list[np.ndarray]) -> np.ndarray:
    """Symmetric matrix: does an end of sector i lie within ``TOUCH_M`` of an end of sector j?"""
    points = np.concatenate(ends)
    owner = np.repeat(np.arange(len(ends)), [len(e) for e in ends])
    scale = np.array([math.cos(math.radians(float(points[:, 1].mean()))), 1.0]) * _M_PER_DEG_LAT
    gap = np.hypot(*((points[:, None, :] - points[None, :, :]) * scale).transpose(2, 0, 1))
    touching = np.zeros((len(ends), len(ends)), dtype=bool)
    near_i, near_j = np.nonzero(gap <= TOUCH_M)
    touching[owner[near_i], owner[near_j]] = True
    np.fill_diagonal(touching, False)
    return touching


def sector_layout(layer: dict) -> SectorLayout:
    """The layout of a ``sectors`` layer (GeoJSON FeatureCollection)."""
    by_border: dict[str, list[str]] = {b.value: [] for b in Border}
    geometry: dict[str, np.ndarray | None] = {}
    for feature in layer.get("features", []):
        props = feature.get("properties") or {}
        name, border = props.get("sector"), props.get("border")
        if not name or border not in by_border or name in geometry:
            continue
        by_border[border].append(name)
        geometry[name] = _line_ends(feature.get("geometry"))
    neighbours: dict[str, tuple[str, ...]] = {}
    for border, names in by_border.items():
        ends = [geometry[n] for n in names]
        if names and all(e is not None for e in ends):
            touching = _touching(ends)
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
