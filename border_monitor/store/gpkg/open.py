"""Opening a GeoPackage store file: is it one of ours, at a schema version this program reads, migrated to the
current version, with the triggers the index relies on (made again when another program dropped them)."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ...domain.errors import StoreError
from .connections import Connections
from .schema import is_geopackage
from .migrations import CURRENT_VERSION, migrate, schema_version, settle_v9
from .health import index_triggers, missing_triggers, repair_index_triggers, repair_uuid_index

log = logging.getLogger(__name__)

READ_ONLY_MIN_VERSION = 3  # a read-only open cannot migrate: it reads files from here on (data version, snapshot)


def check_version(conn: sqlite3.Connection, path: Path, new: bool, read_only: bool) -> int:
    """The file's schema version, or a StoreError sentence when this program cannot open it (so)."""
    if not new and not is_geopackage(conn):
        raise StoreError.of("store.not_geopackage", path=str(path))
    version = schema_version(conn)
    if not new and version == 0:
        raise StoreError.of("store.foreign_geopackage", path=str(path))
    if version > CURRENT_VERSION:
        raise StoreError.of("store.too_new", path=str(path), version=int(version), current=int(CURRENT_VERSION))
    if read_only and version < READ_ONLY_MIN_VERSION:
        raise StoreError.of("store.upgrade_first", path=str(path), version=int(version),
                            current=int(CURRENT_VERSION))
    return version


def prepare_schema(conn: sqlite3.Connection, connections: Connections, path: Path, new: bool) -> None:
    """In one transaction: check the version, apply pending migrations, make missing index triggers and the unique
    index on incident ids again."""
    connections.begin(conn)
    try:
        version = check_version(conn, path, new, read_only=False)
        applied = migrate(conn)
        if schema_version(conn) >= 9:
            settle_v9(conn)
        if applied and not new:
            log.info("Migrated %s from schema version %d to %d", path, version, applied[-1])
        missing = missing_triggers(conn, index_triggers(schema_version(conn)))
        if missing:
            repair_index_triggers(conn, missing, path.name)
        repair_uuid_index(conn, path.name)
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        connections.rollback(conn)
        raise StoreError.of("store.unreadable", path=str(path), reason=str(exc)) from None
    except BaseException:
        connections.rollback(conn)
        raise
