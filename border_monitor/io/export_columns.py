"""Incidents (objects, a batch, column dicts, or chunks of any of these) -> one set of columns.

The writers work on columns: ``EXPORT_FIELDS`` -> numpy arrays of equal length, with times as
``datetime64[ms]`` (UTC, NaT when unknown), vocabularies as their text values, and None /
NaN for derived fields not computed yet.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import timezone

import numpy as np

from ..domain.batch import IncidentBatch
from ..domain.incident import Incident
from ..domain.nationality import format_nationalities
from ..domain.taxonomy import COUNTRIES, STATUSES, TYPES
from .columns import EXPORT_FIELDS

Columns = dict[str, np.ndarray]
TIME_FIELDS = ("occurred_at", "created_at", "updated_at")
_CHUNK = 50_000


def to_columns(source) -> Columns:
    """Accepts a list (or any iterable) of ``Incident``, an ``IncidentBatch``, a mapping of
    columns, or an iterable of such chunks (e.g. pages read from a store)."""
    if isinstance(source, Mapping):
        return from_mapping(source)
    if isinstance(source, IncidentBatch):
        return from_batch(source)
    if isinstance(source, Incident):
        return from_incidents([source])
    parts: list[Columns] = []
    pending: list[Incident] = []
    for item in source:
        if isinstance(item, Incident):
            pending.append(item)
            if len(pending) >= _CHUNK:
                parts.append(from_incidents(pending))
                pending = []
            continue
        if pending:
            parts.append(from_incidents(pending))
            pending = []
        parts.append(to_columns(item))
    if pending or not parts:
        parts.append(from_incidents(pending))
    return concat(parts)


def concat(parts: list[Columns]) -> Columns:
    if len(parts) == 1:
        return parts[0]
    return {name: np.concatenate([p[name] for p in parts]) for name in EXPORT_FIELDS}


def length(columns: Columns) -> int:
    return len(columns["id"])


def from_incidents(incidents: list[Incident]) -> Columns:
    def values(name):
        return [getattr(i, name) for i in incidents]

    def enum_values(name):
        return np.array([None if v is None else v.value for v in values(name)], dtype=object)

    return {
        "id": np.array([str(i.id) for i in incidents], dtype=object),
        "occurred_at": _times(values("occurred_at")),
        "country": enum_values("country"),
        "type": enum_values("type"),
        "lon": np.array(values("lon"), dtype=np.float64),
        "lat": np.array(values("lat"), dtype=np.float64),
        "persons": np.array(values("persons"), dtype=np.int64),
        "nationalities": np.array([format_nationalities(i.nationalities) for i in incidents], dtype=object),
        "description": np.array(values("description"), dtype=object),
        "source": np.array(values("source"), dtype=object),
        "status": enum_values("status"),
        "border": enum_values("border"),
        "sector": np.array(values("sector"), dtype=object),
        "distance_to_border_m": np.array([np.nan if v is None else v for v in values("distance_to_border_m")],
                                         dtype=np.float64),
        "side": enum_values("side"),
        "in_zone": np.array(values("in_zone"), dtype=object),
        "created_at": _times(values("created_at")),
        "created_by": np.array(values("created_by"), dtype=object),
        "updated_at": _times(values("updated_at")),
        "updated_by": np.array(values("updated_by"), dtype=object),
        "revision": np.array(values("revision"), dtype=np.int64),
        "origin": np.array(values("origin"), dtype=object),
    }


def from_batch(batch: IncidentBatch) -> Columns:
    n = len(batch)
    ids = batch.ensure_ids()
    extra = batch.extra or {}

    def vocabulary(codes, members):
        return np.array([m.value for m in members], dtype=object)[np.asarray(codes, dtype=np.int64)]

    def extra_or(name, default):
        return np.asarray(extra[name]) if name in extra else default

    nothing = np.full(n, None, dtype=object)
    return {
        "id": np.asarray(ids, dtype=object).astype(str).astype(object),
        "occurred_at": np.asarray(batch.occurred_at_ms, dtype=np.int64).astype("datetime64[ms]"),
        "country": vocabulary(batch.country, COUNTRIES),
        "type": vocabulary(batch.type, TYPES),
        "lon": np.asarray(batch.lon, dtype=np.float64),
        "lat": np.asarray(batch.lat, dtype=np.float64),
        "persons": np.asarray(batch.persons, dtype=np.int64),
        "nationalities": np.asarray(batch.nationalities, dtype=object),
        "description": np.asarray(batch.description, dtype=object),
        "source": np.asarray(batch.source, dtype=object),
        "status": vocabulary(batch.status, STATUSES),
        "border": extra_or("border", nothing),
        "sector": extra_or("sector", nothing),
        "distance_to_border_m": extra_or("distance_to_border_m", np.full(n, np.nan)),
        "side": extra_or("side", nothing),
        "in_zone": extra_or("in_zone", nothing),
        "created_at": _ms_or_nat(extra.get("created_at_ms"), n),
        "created_by": extra_or("created_by", np.full(n, "", dtype=object)),
        "updated_at": _ms_or_nat(extra.get("updated_at_ms"), n),
        "updated_by": extra_or("updated_by", np.full(n, "", dtype=object)),
        "revision": extra_or("revision", np.zeros(n, dtype=np.int64)),
        "origin": extra_or("origin", np.full(n, "", dtype=object)),
    }


def from_mapping(source: Mapping) -> Columns:
    """Columns named like ``EXPORT_FIELDS`` (times as datetime64 or as ``*_ms`` integers)."""
    n = None
    for value in source.values():
        n = len(value)
        break
    n = n or 0
    out: Columns = {}
    for name in EXPORT_FIELDS:
        if name in TIME_FIELDS:
            if name in source:
                out[name] = np.asarray(source[name]).astype("datetime64[ms]")
            else:
                out[name] = _ms_or_nat(source.get(f"{name}_ms"), n)
        elif name in source:
            out[name] = np.asarray(source[name])
        elif name in ("lon", "lat", "distance_to_border_m"):
            out[name] = np.full(n, np.nan)
        elif name in ("persons", "revision"):
            out[name] = np.zeros(n, dtype=np.int64)
        else:
            out[name] = np.full(n, None, dtype=object)
    return out


def _times(values: list) -> np.ndarray:
    """Aware datetimes (or None) -> datetime64[ms] in UTC."""
    if not values:
        return np.zeros(0, dtype="datetime64[ms]")
    return np.array([None if v is None else v.astimezone(timezone.utc).replace(tzinfo=None) for v in values],
                    dtype="datetime64[ms]")


def _ms_or_nat(ms, n: int) -> np.ndarray:
    if ms is None:
        return np.full(n, np.datetime64("NaT"), dtype="datetime64[ms]")
    ms = np.asarray(ms)
    if ms.dtype.kind == "M":
        return ms.astype("datetime64[ms]")
    return ms.astype(np.int64).astype("datetime64[ms]")

