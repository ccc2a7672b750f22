"""The coordinate systems border guards use, and vectorised conversion to and from WGS 84.

Every transformation goes through pyproj with ``always_xy=True`` (x = longitude or easting,
y = latitude or northing); the order in which each system *writes* its two values is held in
``CoordSystem.northing_first`` and applied here, never left to pyproj's axis order. pyproj is imported
when a conversion first needs it (the table of systems does not), so the CLI starts quickly.
"""
from __future__ import annotations

import functools
import logging
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from border_monitor.geo.coords.errors import CoordinateError, UnknownSystemError

if TYPE_CHECKING:
    from pyproj import Transformer

log = logging.getLogger(__name__)

#: lon_min, lat_min, lon_max, lat_max of the area Border Monitor watches (LT, LV, PL east, BY).
MONITORED_REGION = (19.0, 50.0, 32.0, 57.5)
#: Degrees a position may lie beyond a system's published area of use and still be read in it
#: (a national grid is used for points a little across the border).
AREA_MARGIN_DEG = 0.5


@dataclass(frozen=True)
class CoordSystem:
    """A way of writing a position.

    ``kind`` is ``degrees`` (decimal degrees), ``dms`` (degrees, minutes, seconds), ``mgrs``
    (grid reference text) or ``metres`` (a projected grid). ``axis_labels`` are the two values in
    the order the system writes them; ``precision`` is decimals (degrees, seconds or metres) or, for
    MGRS, digits per axis (5 = 1 m ... 1 = 10 km).
    """

    name: str
    label: str
    epsg: int | None
    axis_labels: tuple[str, str]
    kind: str
    northing_first: bool
    default_precision: int
    precision_range: tuple[int, int]

    @property
    def is_grid(self) -> bool:
        return self.kind == "metres"

    @property
    def axis_text(self) -> str:
        return ", ".join(self.axis_labels)


def _grid(name: str, label: str, epsg: int, northing_first: bool) -> CoordSystem:
    axes = ("northing", "easting") if northing_first else ("easting", "northing")
    return CoordSystem(name, label, epsg, axes, "metres", northing_first, 0, (0, 4))


_LATLON = ("latitude", "longitude")
SYSTEMS: dict[str, CoordSystem] = {
    s.name: s
    for s in (
        CoordSystem("wgs84", "WGS 84 decimal degrees", 4326, _LATLON, "degrees", True, 6, (0, 10)),
        CoordSystem("dms", "WGS 84 degrees, minutes, seconds", 4326, _LATLON, "dms", True, 1, (0, 4)),
        CoordSystem("mgrs", "MGRS grid reference", None, ("easting", "northing"), "mgrs", False, 5, (1, 5)),
        _grid("utm34n", "WGS 84 / UTM zone 34N", 32634, False),
        _grid("utm35n", "WGS 84 / UTM zone 35N", 32635, False),
        _grid("lks94", "LKS-94 / Lithuania TM", 3346, True),
        _grid("lks2020", "LKS-2020 / Latvia TM", 10306, True),
        _grid("lks92", "LKS-92 / Latvia TM", 3059, True),
        _grid("pl1992", "PL-1992 / Poland CS92", 2180, True),
        _grid("pl2000z7", "PL-2000 zone 7 / Poland CS2000/21", 2178, True),
        _grid("pl2000z8", "PL-2000 zone 8 / Poland CS2000/24", 2179, True),
        _grid("laea", "ETRS89 / LAEA Europe", 3035, True),
    )
}

#: Grids tried, in this order, when text of two numbers in metres comes without a system.
#: LKS-2020 is not among them: it writes a point in Latvia with the same numbers as LKS-92 (the same
#: projection; EPSG relates both datums to WGS 84 without a shift), so a guess could never tell them
#: apart, and either reads the text as the same position. PL-2000 eastings carry the zone number
#: (7 500 000, 8 500 000 on the zone's meridian), so they are told from every other grid.
GUESS_GRIDS = ("lks94", "lks92", "pl1992", "pl2000z7", "pl2000z8", "utm34n", "utm35n", "laea")

_ALIASES = {
    "wgs84": "wgs84", "dd": "wgs84", "decimal": "wgs84", "latlon": "wgs84", "gps": "wgs84",
    "dms": "dms", "mgrs": "mgrs",
    "utm34n": "utm34n", "utm34": "utm34n", "utm35n": "utm35n", "utm35": "utm35n",
    "lks94": "lks94", "lks92": "lks92",
    "lks2020": "lks2020", "lks20": "lks2020", "latviatm2020": "lks2020",
    "pl1992": "pl1992", "puwg1992": "pl1992", "cs92": "pl1992",
    "pl2000z7": "pl2000z7", "pl2000zone7": "pl2000z7", "pl20007": "pl2000z7", "puwg2000z7": "pl2000z7",
    "cs2000z7": "pl2000z7", "cs200021": "pl2000z7", "cs2000zone7": "pl2000z7",
    "pl2000z8": "pl2000z8", "pl2000zone8": "pl2000z8", "pl20008": "pl2000z8", "puwg2000z8": "pl2000z8",
    "cs2000z8": "pl2000z8", "cs200024": "pl2000z8", "cs2000zone8": "pl2000z8",
    "laea": "laea", "etrslaea": "laea",
}
_EPSG_NAME = re.compile(r"^\s*epsg\s*[:\s]?\s*(\d{4,6})\s*$", re.IGNORECASE)


def system_names() -> tuple[str, ...]:
    return tuple(SYSTEMS)


def get_system(name: str | CoordSystem) -> CoordSystem:
    """A system by short name (``lks94``, ``LKS-94``, ``PUWG 1992``...) or ``EPSG:nnnn``."""
    if isinstance(name, CoordSystem):
        return name
    if not isinstance(name, str) or not name.strip():
        raise UnknownSystemError.of("coords.no_system_name", name=repr(name))
    match = _EPSG_NAME.match(name)
    if match:
        return _system_from_epsg(int(match.group(1)))
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    if key in _ALIASES:
        return SYSTEMS[_ALIASES[key]]
    raise UnknownSystemError.of("coords.unknown_system", name=name, names=", ".join(SYSTEMS))


@functools.lru_cache(maxsize=64)
def _system_from_epsg(code: int) -> CoordSystem:
    for system in SYSTEMS.values():
        if system.epsg == code and system.kind in ("degrees", "metres"):
            return system
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    try:
        crs = CRS.from_epsg(code)
    except CRSError:
        raise UnknownSystemError(f"EPSG:{code} is not a coordinate system pyproj knows.") from None
    axes = crs.axis_info
    if len(axes) != 2 or not (crs.is_geographic or crs.is_projected):
        raise UnknownSystemError(
            f"EPSG:{code} ({crs.name}) is not a two-dimensional geographic or projected system."
        )
    directions = [a.direction.lower() for a in axes]
    if sorted(directions) != ["east", "north"]:
        raise UnknownSystemError(
            f"EPSG:{code} ({crs.name}) has axes pointing {' and '.join(directions)}; only north/east "
            "axes are handled."
        )
    northing_first = directions[0] == "north"
    if crs.is_geographic:
        if any(a.unit_name != "degree" for a in axes):
            raise UnknownSystemError(f"EPSG:{code} ({crs.name}) does not measure in degrees.")
        labels = _LATLON if northing_first else _LATLON[::-1]
        return CoordSystem(f"EPSG:{code}", crs.name, code, labels, "degrees", northing_first, 6, (0, 10))
    if any(a.unit_name != "metre" for a in axes):
        raise UnknownSystemError(
            f"EPSG:{code} ({crs.name}) measures in {axes[0].unit_name}; only metre grids are handled."
        )
    return _grid(f"EPSG:{code}", crs.name, code, northing_first)


_PER_THREAD = threading.local()


def _transformer(epsg: int) -> Transformer:
    """The WGS 84 -> ``epsg`` transformer of the calling thread. One per thread: a transformer made in a
    worker thread (an import read in the GUI's thread pool) and used from another crashed PROJ."""
    made = getattr(_PER_THREAD, "transformers", None)
    if made is None:
        made = _PER_THREAD.transformers = {}
    transformer = made.get(epsg)
    if transformer is None:
        from pyproj import Transformer

        log.debug("building transformer EPSG:4326 -> EPSG:%d", epsg)
        transformer = made[epsg] = Transformer.from_crs("EPSG:4326", f"EPSG:{epsg}", always_xy=True)
    return transformer


@functools.lru_cache(maxsize=64)
def area_of_use(system: CoordSystem) -> tuple[float, float, float, float]:
    """(west, south, east, north) in degrees where the system is meant to be used."""
    if system.epsg is None:  # MGRS: the UTM belts and polar caps, everywhere
        return (-180.0, -90.0, 180.0, 90.0)
    from pyproj import CRS

    area = CRS.from_epsg(system.epsg).area_of_use
    if area is None:
        return (-180.0, -90.0, 180.0, 90.0)
    return tuple(float(v) for v in area.bounds)  # type: ignore[return-value]


def in_region(lon, lat, region=MONITORED_REGION):
    """True where (lon, lat) lies in ``region`` (default: the monitored region); arrays allowed."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    w, s, e, n = region
    return (lon >= w) & (lon <= e) & (lat >= s) & (lat <= n)


def plausible(system: CoordSystem, lon: float, lat: float) -> bool:
    """A position read in ``system`` is believable if it lies in the monitored region or in the
    system's own area of use (widened by AREA_MARGIN_DEG)."""
    if not (np.isfinite(lon) and np.isfinite(lat)):
        return False
    if bool(in_region(lon, lat)):
        return True
    w, s, e, n = area_of_use(system)
    m = AREA_MARGIN_DEG
    return bool(in_region(lon, lat, (w - m, s - m, e + m, n + m)))


def _check_lonlat(lon: np.ndarray, lat: np.ndarray) -> None:
    bad = ~(np.isnan(lon) | np.isnan(lat)) & ((np.abs(lon) > 180) | (np.abs(lat) > 90))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise CoordinateError(
            f"Position {i} (longitude {lon.flat[i]:g}, latitude {lat.flat[i]:g}) is not on the globe."
        )


def to_system(lon, lat, system: str | CoordSystem) -> tuple[np.ndarray, np.ndarray]:
    """Convert WGS 84 arrays to ``system``; returns the two values in the system's written order
    (``axis_labels``): (lat, lon) for degrees, (northing, easting) for LKS-94/LKS-2020/LKS-92/PL-1992/PL-2000/LAEA,
    (easting, northing) for UTM. NaN in, NaN out. MGRS is text: use ``format_many``."""
    s = get_system(system)
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    if lon.shape != lat.shape:
        raise CoordinateError(f"Got {lon.size} longitudes but {lat.size} latitudes.")
    _check_lonlat(lon, lat)
    if s.kind == "mgrs":
        raise CoordinateError("MGRS references are text, not two numbers; use format_many(..., 'mgrs').")
    if s.epsg == 4326:
        x, y = lon.copy(), lat.copy()
    else:
        x, y = _transformer(s.epsg).transform(lon, lat)
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    return (y, x) if s.northing_first else (x, y)


def from_system(a, b, system: str | CoordSystem) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of ``to_system``: the two values in the system's written order -> (lon, lat) WGS 84.
    Values that do not map to a position come back as NaN."""
    s = get_system(system)
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise CoordinateError(f"Got {a.size} first values but {b.size} second values.")
    if s.kind == "mgrs":
        raise CoordinateError("MGRS references are text, not two numbers; use parse(text, 'mgrs').")
    x, y = (b, a) if s.northing_first else (a, b)
    if s.epsg == 4326:
        lon, lat = x.copy(), y.copy()
    else:
        from pyproj.enums import TransformDirection

        lon, lat = _transformer(s.epsg).transform(x, y, direction=TransformDirection.INVERSE)
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    bad = ~(np.isfinite(lon) & np.isfinite(lat)) | (np.abs(lat) > 90) | (np.abs(lon) > 180)
    if bad.any():
        lon = np.where(bad, np.nan, lon)
        lat = np.where(bad, np.nan, lat)
    return lon, lat
