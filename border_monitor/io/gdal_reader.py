"""GeoJSON, KML/KMZ and GPX files -> incidents, through GDAL (pyogrio, no geopandas).

GeoPackage files are read by ``gpkg_reader`` (SQLite, read-only), which shares ``build_result``.

Each file is looked at before GDAL opens it: its first bytes must be what the suffix says
(GDAL would otherwise guess a driver from the content), and XML is checked by ``xml_safety``.
Rows are numbered by feature (1 = the first feature of the layer).
"""
from __future__ import annotations

import json
import logging
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from pyogrio import raw
from pyogrio.errors import DataLayerError, DataSourceError

from ..domain.batch import IncidentBatch, RowError
from .batch_builder import build_batch
from .column_parsers import parse_floats
from .columns import ALIASES, REQUIRED_FIELDS, map_columns, normalise_header
from ..domain.value_text import shorten
from .errors import UnreadableFileError
from .json_scan import check_json_file
from .kml_styles import names_into_descriptions
from .read_limits import DEFAULT_LIMITS, ReadLimits, over_limit, require_regular_file
from .read_result import ReadResult, SourceInfo
from .xml_safety import check_xml_file

log = logging.getLogger(__name__)

GEOJSON, KML, GPX, GPKG = "GeoJSON", "KML", "GPX", "GeoPackage"
_WGS84 = {"EPSG:4326", "OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84"}


def read_gdal(path: str | Path, fmt: str, layer: str | None = None, now: datetime | None = None,
              limits: ReadLimits = DEFAULT_LIMITS) -> ReadResult:
    path = Path(path)
    require_regular_file(path)
    _check_content(path, fmt, limits)
    gdal_path = _kmz_member(path) if path.suffix.lower() == ".kmz" else str(path)
    layer = _choose_layer(gdal_path, path, fmt, layer)
    try:
        meta, _fids, geometry, field_data = raw.read(gdal_path, layer=layer, datetime_as_string=True)
    except (DataSourceError, DataLayerError, RuntimeError) as exc:
        raise _gdal_error(path, fmt, exc) from None
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, f"is not UTF-8 text: a name or value holds byte 0x{exc.object[exc.start:exc.start + 1].hex().upper()} "
                                        f"that does not decode ({exc.reason}); save it as UTF-8") from None
    headers = [str(h) for h in meta["fields"]]
    n = len(geometry) if geometry is not None else (len(field_data[0]) if field_data else 0)
    return build_result(path, fmt, layer, headers, list(field_data), geometry, meta.get("crs"), n, now, limits)


def build_result(path: Path, fmt: str, layer: str | None, headers: list[str], field_data: list, geometry,
                 crs, n: int, now: datetime | None, limits: ReadLimits, rows: np.ndarray | None = None,
                 notes: tuple[str, ...] = ()) -> ReadResult:
    """Fields and WKB point geometries of n features -> a ReadResult (shared by the GDAL and GeoPackage readers)."""
    if len(headers) > limits.max_fields:
        raise over_limit(path, f"its layer has {len(headers):,} fields", "max_fields", limits.max_fields)
    if n == 0:
        log.info("%s holds no features", path)
        return ReadResult(_empty_batch(), [],
                          SourceInfo(path=str(path), format=fmt, rows=0, layer=layer,
                                     notes=tuple(notes) + ("the file holds no features",)))
    columns = map_columns(headers, gpx_extensions=(fmt == GPX))
    notes = list(notes)
    if "type" not in columns.columns:
        name_at = [k for k, h in enumerate(headers) if normalise_header(h) == "name"]
        if name_at:  # KML/GPX files from elsewhere often say what happened only in the name
            columns.columns["type"] = name_at[0]
            notes.append(f"the incident type was read from the {headers[name_at[0]]!r} field")
    raw_columns = {name: field_data[k] for name, k in columns.columns.items()}
    if fmt == KML:
        _keep_names(headers, field_data, columns.columns, raw_columns)
    value_errors = {name: _non_scalar_values(values) for name, values in raw_columns.items()}
    for name, at in value_errors.items():
        if at:
            column = np.array(raw_columns[name], dtype=object)
            for i in at:
                column[i] = ""
            raw_columns[name] = column
    has_points = geometry is not None and n > 0 and any(g is not None for g in geometry[: min(n, 1000)])
    if has_points or "lon" not in raw_columns or "lat" not in raw_columns:
        lon, lat, geometry_errors = _points(geometry, n, crs, path)
        if "lon" in raw_columns and "lat" in raw_columns:
            lon, lat = _prefer_exact_fields(lon, lat, raw_columns["lon"], raw_columns["lat"])
        raw_columns["lon"], raw_columns["lat"] = lon, lat
    else:
        geometry_errors = {}
    missing = [name for name in REQUIRED_FIELDS if name not in raw_columns]
    if missing:
        name = missing[0]
        raise UnreadableFileError(
            path, f"has no {name} field (looked for {', '.join(ALIASES[name])}); its fields are: "
                  f"{shorten(', '.join(headers)) or '(none)'}")
    rows = np.arange(1, n + 1, dtype=np.int64) if rows is None else np.asarray(rows, dtype=np.int64)
    known = {name: {i: "holds a list or an object where one value is expected" for i in at}
             for name, at in value_errors.items() if at}
    built = build_batch(raw_columns, n, rows, now=now, known_errors=known,
                        known_values={name: field_data[columns.columns[name]] for name in known})
    rejects = built.rejects
    if geometry_errors:
        # A missing or non-point geometry says more than the NaN coordinates it leaves behind.
        replaced = {int(rows[i]) for i in geometry_errors}
        rejects = [e for e in rejects if not (e.row in replaced and e.field in ("lon", "lat", "location"))]
        rejects += [RowError(int(rows[i]), "geometry", value, message) for i, (value, message) in geometry_errors.items()]
        rejects.sort(key=lambda e: (e.row, e.field))
    source = SourceInfo(
        path=str(path), format=fmt, rows=n, layer=layer,
        columns={name: headers[k] for name, k in columns.columns.items()},
        ignored_columns=tuple(h for h in columns.ignored if h not in _GDAL_NOISE),
        notes=tuple(notes + built.notes),
    )
    log.info("read %d features from %s (%s): %d good, %d with errors", n, path, source.describe(),
             len(built.batch), len({e.row for e in rejects}))
    return ReadResult(built.batch, rejects, source)


def _keep_names(headers: list[str], field_data: list, mapped: dict, raw_columns: dict) -> None:
    """A Placemark's ``<name>`` (its title), unless it was read as the type, goes in front of the description
    (``kml_styles.names_into_descriptions``)."""
    name_at = [k for k, h in enumerate(headers) if normalise_header(h) == "name"]
    if not name_at or name_at[0] in mapped.values():
        return
    raw_columns["description"] = names_into_descriptions(field_data[name_at[0]], raw_columns.get("description"))


def _non_scalar_values(values) -> list[int]:
    """Positions of values that are lists, arrays or objects (GeoJSON properties can be)."""
    arr = np.asarray(values) if not isinstance(values, np.ndarray) else values
    if arr.dtype.kind != "O":
        return []
    return [i for i, v in enumerate(arr) if isinstance(v, (list, tuple, dict, np.ndarray, bytes, bytearray))]


# Fields GDAL's KML and GPX drivers add on their own.
_GDAL_NOISE = frozenset({
    "begin", "end", "altitudeMode", "tessellate", "extrude", "visibility", "drawOrder", "icon", "snippet",
    "ele", "magvar", "geoidheight", "cmt", "link1_href", "link1_text", "link1_type", "link2_href",
    "link2_text", "link2_type", "sym", "fix", "sat", "hdop", "vdop", "pdop", "ageofdgpsdata", "dgpsid",
})


def _check_content(path: Path, fmt: str, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    """The first bytes must match the suffix; XML is checked for DTDs and well-formedness."""
    with open(path, "rb") as stream:
        head = stream.read(4096)
    if not head.strip():
        raise UnreadableFileError.of("file.empty", path)
    if fmt == GEOJSON:
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        if first not in (b"{", b"["):
            raise UnreadableFileError(path, "is not GeoJSON (it does not start with '{')")
        check_json_file(path, limits)
        return
    if fmt in (KML, GPX):
        check_xml_file(path, limits)


def _kmz_member(path: Path) -> str:
    """GDAL's path to the KML inside a KMZ (its own KMZ reading loses the ExtendedData schema)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [name for name in archive.namelist() if name.lower().endswith(".kml")]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFileError(path, f"is not a KMZ (zip) archive, or it is damaged ({exc})") from None
    if not members:
        raise UnreadableFileError(path, "is a KMZ archive without a .kml document inside")
    main = "doc.kml" if "doc.kml" in members else members[0]
    return f"/vsizip/{path}/{main}"


def _empty_batch() -> IncidentBatch:
    return build_batch({"country": [], "type": [], "lon": [], "lat": [], "occurred_at": []}, 0,
                       np.zeros(0, dtype=np.int64)).batch


def _choose_layer(gdal_path: str, path: Path, fmt: str, layer: str | None) -> str | None:
    try:
        layers = pyogrio.list_layers(gdal_path)
    except (DataSourceError, DataLayerError, RuntimeError) as exc:
        raise _gdal_error(path, fmt, exc) from None
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, f"is not UTF-8 text: a layer name does not decode ({exc.reason})") from None
    names = [str(row[0]) for row in layers]
    if layer is not None:
        if layer not in names:
            raise UnreadableFileError(path, f"has no layer {layer!r}; its layers are: {', '.join(names) or '(none)'}")
        return layer
    if not names:
        raise UnreadableFileError(path, f"holds no layer of features (an empty {fmt})")
    if fmt == GPX:
        return "waypoints"
    if len(names) == 1:
        return names[0]
    if "incidents" in names:
        return "incidents"
    points = [str(row[0]) for row in layers if str(row[1]) in ("Point", "Point Z", "MultiPoint")]
    return points[0] if points else names[0]


def _points(geometry, n: int, crs, path: Path):
    """lon/lat of point geometries (WGS84), and {position: (value, message)} for the others."""
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    errors: dict[int, tuple[str, str]] = {}
    if geometry is None:
        for i in range(n):
            errors[i] = ("", "is missing: the feature has no location")
        return lon, lat, errors
    geoms = shapely.from_wkb(geometry, on_invalid="ignore")
    kinds = shapely.get_type_id(geoms)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    single_multi = (kinds == shapely.GeometryType.MULTIPOINT) & (shapely.get_num_geometries(geoms) == 1)
    geoms = np.where(single_multi, shapely.get_geometry(geoms, 0), geoms)
    point = (shapely.get_type_id(geoms) == shapely.GeometryType.POINT) & ~missing
    for i in np.flatnonzero(missing):
        errors[int(i)] = ("", "is missing: the feature has no location")
    for i in np.flatnonzero(~point & ~missing):
        errors[int(i)] = (geoms[i].geom_type, "is not a point: an incident is one location")
    lon[point] = shapely.get_x(geoms[point])
    lat[point] = shapely.get_y(geoms[point])
    if crs and str(crs) not in _WGS84 and point.any():
        from pyproj import CRS, Transformer

        source = CRS.from_user_input(crs)
        if not source.equals(CRS.from_epsg(4326), ignore_axis_order=True):
            transformer = Transformer.from_crs(source, CRS.from_epsg(4326), always_xy=True)
            lon[point], lat[point] = transformer.transform(lon[point], lat[point])
            log.info("%s: coordinates transformed from %s to WGS84", path, crs)
    return lon, lat, errors


def _prefer_exact_fields(lon, lat, lon_field, lat_field, tolerance_deg: float = 1e-7):
    """Our KML carries lon/lat also as text, because KML coordinates keep 15 digits only. Where
    those fields agree with the geometry (to about a centimetre) they give the exact value; where
    they do not (the placemark was moved in another program) the geometry wins."""
    field_lon, _ = parse_floats(lon_field)
    field_lat, _ = parse_floats(lat_field)
    with np.errstate(invalid="ignore"):
        same = (np.abs(field_lon - lon) <= tolerance_deg) & (np.abs(field_lat - lat) <= tolerance_deg)
    return np.where(same, field_lon, lon), np.where(same, field_lat, lat)


def _gdal_error(path: Path, fmt: str, exc: Exception) -> UnreadableFileError:
    message = str(exc).strip().replace(str(path), "the file")
    if fmt == GEOJSON:
        where = _json_break(path)
        if where:
            return UnreadableFileError(path, f"is not valid GeoJSON: {where}")
    return UnreadableFileError(path, f"cannot be read as {fmt} ({message})")


def _json_break(path: Path) -> str | None:
    """Where a broken JSON file breaks, as line and column (Python's parser knows)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return f"it is not UTF-8 text ({exc})"
    try:
        json.loads(text)
    except RecursionError:
        return "it is nested too deeply to read"
    except json.JSONDecodeError as exc:
        body = text.rstrip()
        if exc.pos >= len(body) or not body.endswith(("}", "]")):
            lines = body.count("\n") + 1
            return (f"it is truncated: the JSON breaks off at line {lines} without closing "
                    f"({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
    return None
