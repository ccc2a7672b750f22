"""Reference layers (countries, borders, crossing points, zones, sectors) in one PostGIS table,
``reference_features`` (layer, fid, properties as jsonb, geometry in EPSG:4326 with a GiST index), which QGIS
shows filtered by layer. Read back as GeoJSON FeatureCollections like a GeoPackage's layers."""
from __future__ import annotations

import json

import shapely
from psycopg.types.json import Jsonb


def write_reference(conn, reference, names) -> None:
    """(Re)write every reference layer from a ``geo.reference.Reference`` (inside the caller's transaction)."""
    conn.execute("DELETE FROM reference_features WHERE layer = ANY(%s)", (list(names),))
    rows = []
    for name in names:
        for fid, (props, geom) in enumerate(reference.layer(name), start=1):
            rows.append((name, fid, Jsonb(props), None if geom is None else shapely.to_wkb(geom, hex=True)))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO reference_features (layer, fid, properties, geom) VALUES "
                        "(%s, %s, %s, ST_SetSRID(%s::geometry, 4326))", rows)


def read_layer(conn, name: str) -> dict:
    rows = conn.execute("SELECT fid, properties, ST_AsGeoJSON(geom) FROM reference_features WHERE layer = %s "
                        "ORDER BY fid", (name,)).fetchall()
    features = [{"type": "Feature", "id": fid, "properties": props,
                 "geometry": None if geometry is None else json.loads(geometry)} for fid, props, geometry in rows]
    return {"type": "FeatureCollection", "name": name, "features": features}
