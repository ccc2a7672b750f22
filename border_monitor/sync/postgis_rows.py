"""Incident rows of a PostgreSQL store as the plain column values sync compares and writes.

The values are those a GeoPackage store holds (``sync.gpkg_rows``): times as ISO texts with milliseconds in
UTC, 0/1 flags, the position as ``lon``/``lat``; so a laptop's GeoPackage and the server hold equal values for
the same incident and their states compare equal.
"""
from __future__ import annotations

from datetime import datetime

from ..store.gpkg.incident_rows import COLUMN_NAMES, iso_ms
from ..store.postgis.rows import SELECT_SQL, row_to_incident

_DATA = [c for c in COLUMN_NAMES if c != "uuid"]
_TIMES = {"occurred_at", "created_at", "updated_at"}
SELECT_ROW = "SELECT uuid::text, ST_X(geom), ST_Y(geom), " + ", ".join(_DATA) + " FROM incidents"


def row_dict(raw) -> dict:
    """Column -> value of a row of ``SELECT_ROW`` without its uuid (``raw[0]``)."""
    values = dict(zip(_DATA, raw[3:]))
    for name in _TIMES:
        if isinstance(values.get(name), datetime):
            values[name] = iso_ms(values[name])
    values["lon"], values["lat"] = raw[1], raw[2]
    values["deleted"] = int(bool(values.get("deleted")))
    if values.get("in_zone") is not None:
        values["in_zone"] = int(bool(values["in_zone"]))
    return values


def fetch_rows(conn, uuids: list[str]) -> dict[str, dict]:
    if not uuids:
        return {}
    rows = conn.execute(f"{SELECT_ROW} WHERE uuid = ANY(%s::uuid[])", (uuids,)).fetchall()
    return {raw[0]: row_dict(raw) for raw in rows}


def write_row(conn, uuid: str, values: dict, exists: bool) -> None:
    """Insert or update the incident ``uuid`` with these column values (the triggers give fid and change_seq)."""
    lon, lat = values.get("lon"), values.get("lat")
    point = "NULL" if lon is None or lat is None else "ST_SetSRID(ST_MakePoint(%s, %s), 4326)"
    coords = () if lon is None or lat is None else (float(lon), float(lat))
    data = []
    for name in _DATA:
        value = values.get(name)
        if name in ("deleted", "in_zone") and value is not None:
            value = bool(value)
        data.append(value)
    if exists:
        sets = ", ".join(f"{c} = %s" for c in _DATA)
        conn.execute(f"UPDATE incidents SET geom = {point}, {sets} WHERE uuid = %s", (*coords, *data, uuid))
    else:
        conn.execute(f"INSERT INTO incidents (uuid, geom, {', '.join(_DATA)}) VALUES (%s, {point}, "
                     f"{', '.join(['%s'] * len(_DATA))})", (uuid, *coords, *data))


def incident_json(conn, uuid: str) -> str | None:
    """The stored incident as the audit log's JSON text (None when there is no such row)."""
    import json

    raw = conn.execute(f"{SELECT_SQL} WHERE uuid = %s", (uuid,)).fetchone()
    if raw is None:
        return None
    try:
        return json.dumps(row_to_incident(raw).to_dict(), ensure_ascii=False, sort_keys=True)
    except (ValueError, TypeError):
        return None
