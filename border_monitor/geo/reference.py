"""The reference geography: countries, border lines, crossing points, 2021 zones and sectors.

The layers are GeoJSON files in ``data/reference/`` built by ``scripts/build_reference.py`` from
OpenStreetMap country borders (ODbL, "© OpenStreetMap contributors") and the facts in
``shared/DOMAIN.md``; ``data/PROVENANCE.md`` says what is approximate. Coordinates are WGS 84
lon/lat. ``load_reference()`` reads them once per process.

Zones carry ``valid_from`` and ``valid_to`` (ISO dates, ``valid_to`` is the last day in force or
null when open-ended). Crossing points carry ``status_2021``, ``current_status``, ``closed_on`` and
``reopened_on``; ``crossing_status_on`` gives the state on any day.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

from border_monitor.assets import data_path
from border_monitor.domain.taxonomy import Border, Country

LAYER_NAMES = ("countries", "borders", "crossing_points", "zones", "sectors")
REBUILD_COMMAND = "python scripts/build_reference.py"
# The last day of 2021: what DOMAIN.md calls "status in 2021" holds until then.
_END_OF_2021 = date(2021, 12, 31)

Feature = tuple[dict, BaseGeometry]


class Reference:
    """The reference layers, each as ``(properties, geometry)`` pairs and as GeoJSON."""

    def __init__(self, texts: dict[str, str], origin: str = "") -> None:
        self._texts = dict(texts)
        self._layers: dict[str, tuple[Feature, ...]] = {}
        for name in LAYER_NAMES:
            if name not in self._texts:
                raise ValueError(f"reference data {origin} has no layer {name!r}")
            try:
                features = json.loads(self._texts[name])["features"]
                self._layers[name] = tuple((dict(f["properties"]), shape(f["geometry"])) for f in features)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ValueError(f"reference layer {name} in {origin or 'memory'} is not a GeoJSON "
                                 f"FeatureCollection of features with properties: {exc}") from None
        self._borders = {Border.parse(p["border"], "border"): g for p, g in self._layers["borders"]}
        self._countries = {p["iso3"]: g for p, g in self._layers["countries"]}
        missing = [b.value for b in Border if b not in self._borders]
        if missing or "BLR" not in self._countries:
            raise ValueError(f"reference data {origin} lacks the line of {', '.join(missing) or 'Belarus'}")
        self._belarus = _without_holes(self._countries["BLR"])

    @classmethod
    def from_folder(cls, folder: Path) -> "Reference":
        texts = {}
        for name in LAYER_NAMES:
            path = Path(folder) / f"{name}.geojson"
            try:
                texts[name] = path.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise FileNotFoundError(f"The reference layer file {path} is missing; rebuild the reference "
                                        f"data with: {REBUILD_COMMAND}") from None
        return cls(texts, origin=str(folder))

    def layer(self, name: str) -> list[Feature]:
        """The layer's features as ``(properties, shapely geometry)``; the properties are copies."""
        return [(dict(props), geom) for props, geom in self._layers[_check_layer(name)]]

    def geojson(self, name: str) -> dict:
        """The layer as a fresh GeoJSON FeatureCollection dict (safe to change)."""
        return json.loads(self._texts[_check_layer(name)])

    def border_line(self, border: Border | str) -> LineString:
        """The border's line, LT-BY and PL-BY from north to south, LV-BY from west to east."""
        return self._borders[Border.parse(border, "border")]

    def eu_polygon(self, country: Country | str) -> BaseGeometry:
        """The (simplified) land of LT, LV or PL (``Country`` or its code, ``LTU`` style codes too)."""
        iso3 = str(country).upper() if str(country).upper() in ("LTU", "LVA", "POL") else \
            Country.parse(country, "country").iso3
        return self._countries[iso3]

    def belarus_polygon(self) -> MultiPolygon:
        """Belarus with its lakes filled: a point in a Belarusian lake is on the Belarusian side."""
        return self._belarus

    def sector_names(self) -> tuple[str, ...]:
        """All sector names in a stable order: by border (LT, LV, PL), then along the line."""
        return tuple(p["sector"] for p, _ in self._layers["sectors"])


def _check_layer(name: str) -> str:
    if name not in LAYER_NAMES:
        raise ValueError(f"There is no reference layer {name!r}; the layers are {', '.join(LAYER_NAMES)}.")
    return name


def _without_holes(geom: BaseGeometry) -> MultiPolygon:
    polygons = [p for p in getattr(geom, "geoms", [geom]) if isinstance(p, Polygon)]
    return MultiPolygon([Polygon(p.exterior) for p in polygons])


def crossing_status_on(properties: dict, day: date) -> str:
    """``open``, ``closed``, ``uncertain`` or ``unknown``: a crossing point's state on ``day``.

    ``current_status`` holds from ``current_status_as_of`` on; ``unknown`` is a day between 2021
    and then for a crossing that closed on a date the sources do not give.
    """
    closed_on = _date(properties.get("closed_on"))
    reopened_on = _date(properties.get("reopened_on"))
    if closed_on is not None:
        if day < closed_on:
            return "open"
        return "open" if reopened_on is not None and day >= reopened_on else "closed"
    if day <= _END_OF_2021:
        return str(properties.get("status_2021", "open"))
    current = str(properties.get("current_status", "open"))
    as_of = _date(properties.get("current_status_as_of"))
    if current == "open" or (as_of is not None and day >= as_of):
        return current
    return "unknown"


def _date(value) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """The packaged reference data (read once; the geometries are shared, do not change them)."""
    return Reference.from_folder(data_path("reference"))


def zone_union(reference: Reference) -> BaseGeometry:
    """All 2021 zone polygons as one geometry."""
    return shapely.union_all([geom for _, geom in reference.layer("zones")])
