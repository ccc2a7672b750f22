"""GeoPackage files -> incidents, read with SQLite itself: read-only, and trusting nothing in the file.

A GeoPackage is a database another program made, so its schema is data, not code: it is opened
read-only (``mode=ro``, or ``immutable`` when even that needs a write), with ``trusted_schema``
off; only tables registered in ``gpkg_contents`` are read (a view, which would run SQL that
the file brings, is refused); the one query that reads a layer has a wall-time limit (SQLite's
progress handler). A store of ours keeps deleted incidents (``deleted = 1``): they are skipped
and counted in a note.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import numpy as np

from ..domain.value_text import shorten
from .errors import UnreadableFileError
from .gdal_reader import GPKG, build_result
from .read_limits import DEFAULT_LIMITS, ReadLimits, over_limit, require_regular_file
from .read_result import ReadResult

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_GP_MAGIC = b"GP"
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_POINT_KINDS = ("POINT", "MULTIPOINT")
PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the clock


def read_gpkg(path: str | Path, layer: str | None = None, now: datetime | None = None,
              limits: ReadLimits = DEFAULT_LIMITS) -> ReadResult:
    path = Path(path)
    require_regular_file(path)
    with open(path, "rb") as stream:
        head = stream.read(len(_SQLITE_MAGIC))
    if not head.strip(b"\x00 \t\r\n"):
        raise UnreadableFileError.of("file.empty", path)
    if head != _SQLITE_MAGIC:
        raise UnreadableFileError(path, "is not a GeoPackage (it does not start as an SQLite database)")
    conn = _open_read_only(path)
    try:
        deadline = time.monotonic() + limits.query_seconds
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
        try:
            return _read(conn, path, layer, now, limits)
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise over_limit(path, "reading its layer took longer than "
                                       f"{limits.query_seconds:g} seconds", "query_seconds",
                                 f"{limits.query_seconds:g} s") from None
            raise _damaged(path, exc) from None
        except sqlite3.DatabaseError as exc:
            raise _damaged(path, exc) from None
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(path, f"holds a name or text that is not UTF-8 ({exc.reason} at byte "
                                            f"{exc.start} of a value)") from None
    finally:
        conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    last: Exception | None = None
    for mode in ("mode=ro", "mode=ro&immutable=1"):  # immutable: read-only media, or no -shm possible
        try:
            conn = sqlite3.connect(f"{uri}?{mode}", uri=True, check_same_thread=False)
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            last = exc
    raise _damaged(path, last)


def _damaged(path: Path, exc) -> UnreadableFileError:
    message = str(exc)
    return UnreadableFileError(path, f"is a damaged or truncated GeoPackage ({message})")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _layers(conn: sqlite3.Connection, path: Path) -> dict[str, dict]:
    """Layers as gpkg_contents registers them: name -> {kind, geometry column, srs, geometry type}."""
    tables = {row[0]: row[1] for row in conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')")}
    if "gpkg_contents" not in tables:
        raise UnreadableFileError(path, "is an SQLite database but not a GeoPackage (it has no gpkg_contents table)")
    geometry = {}
    if "gpkg_geometry_columns" in tables:
        for name, column, kind, srs in conn.execute(
                "SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns"):
            geometry[str(name)] = (str(column), str(kind or "").upper(), srs)
    layers = {}
    for name, data_type in conn.execute("SELECT table_name, data_type FROM gpkg_contents "
                                        "WHERE data_type IN ('features', 'attributes') ORDER BY rowid"):
        name = str(name)
        column, kind, srs = geometry.get(name, (None, "", None))
        layers[name] = {"sql_type": tables.get(name), "geometry": column, "kind": kind, "srs": srs}
    return layers


def _choose(layers: dict[str, dict], path: Path, layer: str | None) -> str:
    names = list(layers)
    if layer is not None:
        if layer not in layers:
            raise UnreadableFileError(path, f"has no layer {layer!r}; its layers are: {', '.join(names) or '(none)'}")
        return layer
    if not names:
        raise UnreadableFileError(path, "holds no layer of features (an empty GeoPackage)")
    if len(names) == 1:
        return names[0]
    if "incidents" in layers:
        return "incidents"
    points = [name for name in names if layers[name]["kind"] in _POINT_KINDS]
    return points[0] if points else names[0]


def _read(conn: sqlite3.Connection, path: Path, layer: str | None, now, limits: ReadLimits) -> ReadResult:
    layers = _layers(conn, path)
    name = _choose(layers, path, layer)
    info = layers[name]
    if info["sql_type"] != "table":
        what = "a view (a query the file brings, which is not run)" if info["sql_type"] == "view" else "missing"
        raise UnreadableFileError(path, f"layer {name!r} is {what}; only tables are read")
    columns = [str(row[1]) for row in conn.execute(f"PRAGMA table_info({_quote(name)})")]
    if len(columns) > limits.max_fields + 2:
        raise over_limit(path, f"its layer {name!r} has {len(columns):,} columns", "max_fields", limits.max_fields)
    geometry_column = info["geometry"] if info["geometry"] in columns else None
    fields = [c for c in columns if c != geometry_column and c.lower() != "fid"]
    deleted_column = next((c for c in fields if c == "deleted"), None)
    if deleted_column:
        fields.remove(deleted_column)
    selected = fields + ([geometry_column] if geometry_column else []) + ([deleted_column] if deleted_column else [])
    sql = f"SELECT {', '.join(map(_quote, selected)) or 'NULL'} FROM {_quote(name)} ORDER BY rowid"
    records = []
    cursor = conn.execute(sql)
    try:
        for record in cursor:
            records.append(record)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            path, f"feature {len(records) + 1} of layer {name!r} holds text that is not UTF-8 ({exc.reason})") from None
    except sqlite3.OperationalError as exc:
        if "decode" in str(exc).lower():
            raise UnreadableFileError(
                path, f"feature {len(records) + 1} of layer {name!r} holds text that is not UTF-8 "
                      f"({shorten(str(exc))})") from None
        raise
    n_all = len(records)
    notes: list[str] = []
    keep = np.ones(n_all, dtype=bool)
    if deleted_column:
        keep = np.array([not r[-1] for r in records], dtype=bool)
        skipped = int((~keep).sum())
        if skipped:
            notes.append(f"{skipped} deleted incident(s) of {path.name} were skipped")
    rows = np.flatnonzero(keep).astype(np.int64) + 1
    kept = [records[i] for i in np.flatnonzero(keep)] if not keep.all() else records
    del records
    field_data = [_column([r[k] for r in kept]) for k in range(len(fields))]
    geometry = None
    if geometry_column:
        at = len(fields)
        geometry = np.array([_wkb(r[at]) for r in kept], dtype=object)
    crs = _crs(conn, info["srs"])
    return build_result(path, GPKG, name, fields, field_data, geometry, crs, len(kept), now, limits,
                        rows=rows, notes=tuple(notes))


def _column(values: list) -> np.ndarray:
    """Numbers as a numeric array (NULL as NaN) when every value is one; otherwise objects."""
    kinds = {type(v) for v in values}
    if kinds <= {int, type(None)} and int in kinds and type(None) not in kinds:
        return np.array(values, dtype=np.int64)
    if kinds <= {int, float, type(None)} and kinds & {int, float}:
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    return np.array(values, dtype=object)


def _wkb(blob) -> bytes | None:
    """The WKB inside a GeoPackage geometry blob; None when the value is not one."""
    if not isinstance(blob, bytes) or len(blob) < 8 or blob[:2] != _GP_MAGIC:
        return None
    envelope = (blob[3] >> 1) & 0x07
    if envelope not in _ENVELOPE_BYTES:
        return None
    return blob[8 + _ENVELOPE_BYTES[envelope]:]


def _crs(conn: sqlite3.Connection, srs_id) -> str | None:
    if srs_id is None:
        return None
    try:
        row = conn.execute("SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys "
                           "WHERE srs_id = ?", (srs_id,)).fetchone()
    except sqlite3.DatabaseError:
        row = None
    if row is None:
        return None
    organization, code, definition = row
    if str(organization or "").upper() == "EPSG" and code is not None and int(code) > 0:
        return f"EPSG:{int(code)}"
    if definition and str(definition).strip().lower() not in ("undefined", ""):
        return str(definition)
    return None
