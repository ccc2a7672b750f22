"""GeoPackage binary geometry: the ``GP`` header in front of standard WKB, and the SQL functions on it.

Header (GeoPackage 1.2, clause 2.1.3): magic ``GP``, version 0, a flags byte (bit 0 byte order,
bits 1-3 envelope indicator, bit 4 empty, bit 5 extended type), the srs_id as int32, then an
optional envelope (minx, maxx, miny, maxy[, ...]) and the WKB. Points are written with no
envelope (29 bytes each); other geometries carry an xy envelope so the R-tree functions need not
parse them.

Points are encoded vectorised with a numpy record type (no per-row shapely object); other
geometries go through ``shapely.to_wkb``. ``register_functions`` adds ST_IsEmpty, ST_MinX,
ST_MaxX, ST_MinY, ST_MaxY (which the R-tree triggers call) to a sqlite3 connection.
"""
from __future__ import annotations

import math
import sqlite3
import struct

import numpy as np

WGS84 = 4326
GP_MAGIC = b"GP"
FLAG_LITTLE_ENDIAN = 0x01
FLAG_EMPTY = 0x10
FLAG_EXTENDED = 0x20
ENVELOPE_XY = 1 << 1  # envelope indicator 1, in bits 1-3

# Bytes of an envelope for indicator codes 0..4.
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}

POINT_BLOB_DTYPE = np.dtype([
    ("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
    ("byte_order", "u1"), ("wkb_type", "<u4"), ("x", "<f8"), ("y", "<f8"),
])
POINT_BLOB_SIZE = POINT_BLOB_DTYPE.itemsize  # 29


class GeometryBlobError(ValueError):
    """A blob that is not GeoPackage binary geometry."""


def _shapely():
    """shapely, imported on first need: points, the store's usual geometry, are read and written without it, so a
    command that only reads incidents (``stats``) does not pay its import (~60 ms of start-up)."""
    import shapely
    return shapely


def _geos_error() -> type[Exception]:
    """shapely's error class, for an ``except`` clause (evaluated only when an exception is being matched)."""
    return _shapely().errors.GEOSException


def encode_points(lon: np.ndarray, lat: np.ndarray, srs_id: int = WGS84) -> list[bytes]:
    """GeoPackage blobs of 2D points, one bytes object per point, built in one numpy pass."""
    n = len(lon)
    rec = np.empty(n, dtype=POINT_BLOB_DTYPE)
    rec["magic"] = GP_MAGIC
    rec["version"] = 0
    rec["flags"] = FLAG_LITTLE_ENDIAN
    rec["srs_id"] = srs_id
    rec["byte_order"] = 1
    rec["wkb_type"] = 1
    rec["x"] = lon
    rec["y"] = lat
    return rec.view(f"V{POINT_BLOB_SIZE}").tolist()


def encode_point(lon: float, lat: float, srs_id: int = WGS84) -> bytes:
    return struct.pack("<2sBBiBIdd", GP_MAGIC, 0, FLAG_LITTLE_ENDIAN, srs_id, 1, 1, float(lon), float(lat))


def encode_geometry(geom, srs_id: int = WGS84) -> bytes:
    """One shapely geometry as a GeoPackage blob with an xy envelope (none when empty)."""
    shapely = _shapely()
    wkb = shapely.to_wkb(geom, byte_order=1, output_dimension=2)
    if shapely.is_empty(geom):
        return struct.pack("<2sBBi", GP_MAGIC, 0, FLAG_LITTLE_ENDIAN | FLAG_EMPTY, srs_id) + wkb
    minx, miny, maxx, maxy = shapely.bounds(geom)
    header = struct.pack("<2sBBi4d", GP_MAGIC, 0, FLAG_LITTLE_ENDIAN | ENVELOPE_XY, srs_id, minx, maxx, miny, maxy)
    return header + wkb


def _header(blob: bytes) -> tuple[int, int, str]:
    """(flags, offset of the WKB, struct byte-order prefix) of a GeoPackage blob."""
    if len(blob) < 8 or blob[:2] != GP_MAGIC:
        raise GeometryBlobError("not a GeoPackage geometry blob (no 'GP' magic)")
    flags = blob[3]
    envelope = (flags >> 1) & 0x07
    if envelope not in _ENVELOPE_BYTES:
        raise GeometryBlobError(f"invalid envelope indicator {envelope}")
    return flags, 8 + _ENVELOPE_BYTES[envelope], "<" if flags & FLAG_LITTLE_ENDIAN else ">"


def wkb_of(blob: bytes) -> bytes:
    """The standard WKB inside a GeoPackage blob."""
    _flags, offset, _order = _header(blob)
    return blob[offset:]


def decode_geometry(blob: bytes):
    """A shapely geometry from a GeoPackage blob."""
    return _shapely().from_wkb(wkb_of(blob))


def decode_point(blob: bytes) -> tuple[float, float]:
    """(x, y) of a point blob; NaN, NaN for an empty point."""
    flags, offset, _order = _header(blob)
    wkb = blob[offset:]
    if len(wkb) == 21:
        prefix = "<" if wkb[0] == 1 else ">"
        wkb_type, x, y = struct.unpack(prefix + "Idd", wkb[1:21])
        if wkb_type % 1000 == 1:
            return x, y
    geom = _shapely().from_wkb(wkb)
    if geom.is_empty:
        return math.nan, math.nan
    return geom.x, geom.y


def decode_points(blobs: list) -> tuple[np.ndarray, np.ndarray]:
    """lon, lat arrays of point blobs (NaN for NULL or empty); vectorised for the usual 29-byte form."""
    n = len(blobs)
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    if n == 0:
        return lon, lat
    sizes = np.fromiter((len(b) if b is not None else 0 for b in blobs), dtype=np.int64, count=n)
    plain = sizes == POINT_BLOB_SIZE
    if plain.any():
        picked = [blobs[i] for i in np.flatnonzero(plain)] if not plain.all() else blobs
        rec = np.frombuffer(b"".join(picked), dtype=POINT_BLOB_DTYPE)
        ok = ((rec["magic"] == GP_MAGIC) & (rec["flags"] == FLAG_LITTLE_ENDIAN) & (rec["byte_order"] == 1)
              & (rec["wkb_type"] == 1))
        where = np.flatnonzero(plain)
        lon[where[ok]] = rec["x"][ok]
        lat[where[ok]] = rec["y"][ok]
        plain[where[~ok]] = False
    for i in np.flatnonzero(~plain & (sizes > 0)):
        try:
            lon[i], lat[i] = decode_point(blobs[i])
        except (GeometryBlobError, struct.error, AttributeError, _geos_error()):
            pass
    return lon, lat


def envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) of a blob, None for NULL or empty geometry."""
    if blob is None:
        return None
    flags, offset, order = _header(blob)
    if flags & FLAG_EMPTY:
        return None
    if offset > 8:
        return struct.unpack(order + "4d", blob[8:40])
    wkb = blob[offset:]
    if len(wkb) == 21:
        prefix = "<" if wkb[0] == 1 else ">"
        wkb_type, x, y = struct.unpack(prefix + "Idd", wkb[1:21])
        if wkb_type % 1000 == 1:
            if math.isnan(x) and math.isnan(y):
                return None
            return x, x, y, y
    shapely = _shapely()
    geom = shapely.from_wkb(wkb)
    if geom.is_empty:
        return None
    minx, miny, maxx, maxy = shapely.bounds(geom)
    return minx, maxx, miny, maxy


# -- SQL functions ---------------------------------------------------------------------------

def _is_empty(blob):
    if blob is None:
        return None
    try:
        flags, _offset, _order = _header(blob)
    except GeometryBlobError:
        return None
    if flags & FLAG_EMPTY:
        return 1
    return 1 if envelope(blob) is None else 0


def _bound(index: int):
    def fn(blob):
        try:
            env = envelope(blob)
        except (GeometryBlobError, struct.error, _geos_error()):
            return None
        return None if env is None else env[index]
    return fn


def register_functions(conn: sqlite3.Connection) -> None:
    """Register the GeoPackage functions the R-tree triggers call (GDAL and QGIS bring their own)."""
    conn.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    conn.create_function("ST_MinX", 1, _bound(0), deterministic=True)
    conn.create_function("ST_MaxX", 1, _bound(1), deterministic=True)
    conn.create_function("ST_MinY", 1, _bound(2), deterministic=True)
    conn.create_function("ST_MaxY", 1, _bound(3), deterministic=True)
