"""Making and migrating the schema of a database store (``border-monitor db init|upgrade``)."""
from __future__ import annotations

import logging

from ...domain.errors import StoreError
from . import schema
from .connections import open_connection
from .url import parse

log = logging.getLogger(__name__)


def init_database(url: str, created_by: str = "") -> tuple[list[int], dict[str, int]]:
    """Make a store in the (empty) database at ``url``: the schema, then the reference layers; (the schema
    versions applied, features per reference layer)."""
    from ...geo.reference import LAYER_NAMES, load_reference
    from .reference import write_reference

    address = parse(url)
    conn = open_connection(address)
    try:
        applied = schema.init(conn, address.name, created_by)
        with conn.transaction():
            write_reference(conn, load_reference(), LAYER_NAMES)
            counts = dict(conn.execute("SELECT layer, count(*) FROM reference_features GROUP BY layer").fetchall())
    finally:
        conn.close()
    log.info("made the store in %s (schema %s)", address.shown, applied)
    return applied, {name: int(counts.get(name, 0)) for name in LAYER_NAMES}


def upgrade_database(url: str) -> tuple[int, list[int]]:
    """Apply the pending migrations; (the version before, the versions applied)."""
    address = parse(url)
    conn = open_connection(address)
    try:
        before = schema.schema_version(conn)
        return before, schema.upgrade(conn, address.name)
    finally:
        conn.close()


def database_version(url: str) -> int:
    address = parse(url)
    conn = open_connection(address)
    try:
        return schema.schema_version(conn)
    finally:
        conn.close()


__all__ = ["init_database", "upgrade_database", "database_version", "StoreError"]
