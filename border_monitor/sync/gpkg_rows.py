"""Incident rows of a GeoPackage store as the plain column values sync compares and writes.

Values stay as the store writes them (ISO texts with milliseconds, enum texts, 0/1 flags), so two replicas
holding the same incident hold equal values; the geometry travels as ``lon``/``lat``.
"""
from __future__ import annotations

import math
import sqlite3

from ..domain.errors import ValidationError
from ..store.gpkg.binary import decode_point, encode_point
from ..store.gpkg.incident_rows import COLUMN_NAMES, TABLE, row_to_incident

_SELECT = "geom, " + ", ".join(COLUMN_NAMES)
SELECT_ROW = f"SELECT {_SELECT} FROM {TABLE}"
SELECT_FID_ROW = f"SELECT fid, {_SELECT} FROM {TABLE}"  # what ``row_to_incident`` reads


def columns_of(alias: str) -> str:
    """The columns of ``SELECT_ROW`` qualified by a table alias."""
    return ", ".join(f"{alias}.{c}" for c in ["geom", *COLUMN_NAMES])


def row_dict(raw) -> dict:
    """Column -> value of a row of ``SELECT_ROW`` (``lon``/``lat`` from the geometry, None without one)."""
    values = dict(zip(COLUMN_NAMES, raw[1:]))
    geom = raw[0]
    lon = lat = None
    if geom is not None:
        try:
            lon, lat = decode_point(geom)
        except (ValueError, TypeError):
            lon = lat = None
        if lon is not None and not (math.isfinite(lon) and math.isfinite(lat)):
            lon = lat = None
    values["lon"], values["lat"] = lon, lat
    values["deleted"] = int(bool(values.get("deleted")))
    if values.get("in_zone") is not None:
        values["in_zone"] = int(bool(values["in_zone"]))
    values.pop("uuid", None)
    return values


def fetch_rows(conn: sqlite3.Connection, uuids: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for start in range(0, len(uuids), 500):
        part = uuids[start:start + 500]
        for raw in conn.execute(f"SELECT uuid, {_SELECT} FROM {TABLE} WHERE uuid IN ({', '.join('?' * len(part))})",
                                part):
            out[raw[0]] = row_dict(raw[1:])
    return out


def _row_values(uuid: str, values: dict) -> tuple:
    lon, lat = values.get("lon"), values.get("lat")
    geom = None if lon is None or lat is None else encode_point(float(lon), float(lat))
    cols = dict(values)
    cols["uuid"] = uuid
    return (geom, *(cols.get(c) for c in COLUMN_NAMES))


def check_row(uuid: str, values: dict, where: str) -> None:
    """Refuse (``ValidationError`` naming the incident) values the store could not read back as an incident."""
    try:
        row_to_incident((0, *_row_values(uuid, values)))
    except ValidationError as exc:
        raise ValidationError(exc.field, exc.value, f"{exc.reason} (incident {uuid} in {where})") from None
    except (TypeError, ValueError) as exc:
        raise ValidationError("incident", uuid, f"has values that are not an incident in {where} ({exc})") from None


def write_row(conn: sqlite3.Connection, uuid: str, values: dict, exists: bool) -> None:
    """Insert or update the incident ``uuid`` with these column values."""
    row = _row_values(uuid, values)
    if exists:
        conn.execute(f"UPDATE {TABLE} SET {', '.join(f'{c} = ?' for c in ['geom', *COLUMN_NAMES])} WHERE uuid = ?",
                     (*row, uuid))
    else:
        conn.execute(f"INSERT INTO {TABLE} (geom, {', '.join(COLUMN_NAMES)}) VALUES "
                     f"({', '.join('?' * (len(COLUMN_NAMES) + 1))})", row)
