"""Reference layers (countries, borders, crossing points, zones, sectors) as GeoPackage feature tables.

Each layer becomes a table of its own name with a ``geom`` column (MULTIPOLYGON, MULTILINESTRING
or POINT, promoted to the multi type where the layer has polygons or lines), one column per
property (TEXT, INTEGER, REAL, BOOLEAN, or DATE for ISO dates), an entry in ``gpkg_contents`` with
its bounds, and an R-tree index, so that QGIS finds each by name.
"""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

import shapely
from shapely.geometry import MultiLineString, MultiPoint, MultiPolygon

from .binary import decode_geometry, encode_geometry
from .schema import create_rtree, quote, register_features

DESCRIPTIONS = {
    "countries": "Countries (LT, LV, PL, BY and neighbours), OpenStreetMap, simplified",
    "borders": "The LT-BY, LV-BY and PL-BY border lines",
    "crossing_points": "Road and rail crossing points on the borders with Belarus",
    "zones": "Emergency and no-entry zones of 2021",
    "sectors": "Border sectors (approximate areas of responsibility, 20-40 km stretches)",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RESERVED = {"fid", "geom"}


def _geometry_type(geoms) -> str:
    kinds = {g.geom_type for g in geoms}
    if kinds <= {"Point"}:
        return "POINT"
    if kinds <= {"Point", "MultiPoint"}:
        return "MULTIPOINT"
    if kinds <= {"LineString", "MultiLineString"}:
        return "MULTILINESTRING"
    if kinds <= {"Polygon", "MultiPolygon"}:
        return "MULTIPOLYGON"
    return "GEOMETRY"


def _promote(geom, geometry_type: str):
    if geometry_type == "MULTIPOLYGON" and geom.geom_type == "Polygon":
        return MultiPolygon([geom])
    if geometry_type == "MULTILINESTRING" and geom.geom_type == "LineString":
        return MultiLineString([geom])
    if geometry_type == "MULTIPOINT" and geom.geom_type == "Point":
        return MultiPoint([geom])
    return geom


def _column_type(values) -> str:
    present = [v for v in values if v is not None]
    if not present:
        return "TEXT"
    if all(isinstance(v, bool) for v in present):
        return "BOOLEAN"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "INTEGER"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "REAL"
    if all(isinstance(v, date) or (isinstance(v, str) and _DATE.match(v)) for v in present):
        return "DATE"
    return "TEXT"


def _sql_value(value, column_type: str):
    if value is None:
        return None
    if column_type == "BOOLEAN":
        return int(bool(value))
    if column_type == "DATE":
        return value.isoformat() if isinstance(value, date) else str(value)
    if column_type in ("INTEGER", "REAL"):
        return value
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def write_layer(conn: sqlite3.Connection, name: str, features, description: str = "") -> None:
    """Create feature table ``name`` holding ``features`` ((properties, shapely geometry) pairs)."""
    geoms = [g for _, g in features]
    geometry_type = _geometry_type(geoms) if geoms else "GEOMETRY"
    keys: list[str] = []
    for props, _ in features:
        keys.extend(k for k in props if k not in keys)
    columns = [(k, _column_type([p.get(k) for p, _ in features])) for k in keys]
    names = [(k + "_" if k.lower() in _RESERVED else k) for k, _ in columns]
    column_sql = "".join(f", {quote(n)} {t}" for n, (_, t) in zip(names, columns))
    conn.execute(f"CREATE TABLE {quote(name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                 f"geom {geometry_type}{column_sql})")
    register_features(conn, name, geometry_type, description)
    placeholders = ", ".join("?" * (len(columns) + 1))
    conn.executemany(
        f"INSERT INTO {quote(name)} (geom{''.join(', ' + quote(n) for n in names)}) VALUES ({placeholders})",
        [
            (encode_geometry(_promote(g, geometry_type)), *(_sql_value(p.get(k), t) for k, t in columns))
            for p, g in features
        ],
    )
    create_rtree(conn, name)
    if geoms:
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
        conn.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                     (float(minx), float(miny), float(maxx), float(maxy), name))


def drop_layer(conn: sqlite3.Connection, name: str) -> None:
    """Remove a feature table written by ``write_layer`` and its registrations."""
    conn.execute(f"DROP TABLE IF EXISTS {quote('rtree_' + name + '_geom')}")
    conn.execute(f"DROP TABLE IF EXISTS {quote(name)}")
    for table in ("gpkg_extensions", "gpkg_geometry_columns", "gpkg_contents"):
        conn.execute(f"DELETE FROM {table} WHERE table_name = ?", (name,))


def write_reference(conn: sqlite3.Connection, reference, names) -> None:
    """(Re)write every reference layer from a ``geo.reference.Reference``."""
    for name in names:
        drop_layer(conn, name)
        write_layer(conn, name, reference.layer(name), DESCRIPTIONS.get(name, ""))


def read_layer(conn: sqlite3.Connection, name: str) -> dict:
    """A feature table as a GeoJSON FeatureCollection dict (properties typed by the column types)."""
    return json.loads(read_layer_text(conn, name))


def read_layer_text(conn: sqlite3.Connection, name: str) -> str:
    """``read_layer`` as GeoJSON text: each geometry's text (``shapely.to_geojson``, all at once) goes in as it
    is, never parsed and written again (the reference layers are read at every open of the window)."""
    info = conn.execute(f"PRAGMA table_info({quote(name)})").fetchall()
    columns = [(row[1], (row[2] or "").upper()) for row in info if row[1] not in ("fid", "geom")]
    select = ", ".join(quote(c) for c, _ in columns)
    rows = conn.execute(f"SELECT fid, geom{', ' + select if select else ''} FROM {quote(name)} ORDER BY fid").fetchall()
    geometries = shapely.to_geojson([None if row[1] is None else decode_geometry(row[1]) for row in rows]) \
        if rows else []
    features = []
    for row, geometry in zip(rows, geometries):
        props = {}
        for (column, column_type), value in zip(columns, row[2:]):
            if column_type == "BOOLEAN" and value is not None:
                value = bool(value)
            props[column] = value
        features.append(f'{{"type": "Feature", "id": {int(row[0])}, "properties": {json.dumps(props)}, '
                        f'"geometry": {"null" if geometry is None else geometry}}}')
    return f'{{"type": "FeatureCollection", "name": {json.dumps(name)}, "features": [{", ".join(features)}]}}'
