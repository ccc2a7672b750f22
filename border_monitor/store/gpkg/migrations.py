"""Schema versions of a Border Monitor GeoPackage and the migrations between them.

A new store is made by applying every migration in order to an empty file, so a file written by
an older version (say version 1) and a new one go through the same steps. ``schema_version`` in
``bm_metadata`` says how far a file has come. Pending migrations run in one transaction when the
store opens: the file ends at the current version or stays as it was.

1. GeoPackage core, the ``incidents`` layer with its R-tree, ``audit_log`` (append-only), ``bm_metadata``;
   ``incidents.uuid`` is unique by the named index ``incidents_uuid`` (which a big import drops and makes again
   in its transaction, ``write.DeferredIndexes``); files made before it have a column UNIQUE instead (an
   autoindex), kept as it is: no version changes, as either reads and writes the same for every build, and
   moving a stored table to the index would copy the whole table (SQLite drops no column constraint)
2. ``events`` (dated context events for the timeline)
3. ``bm_state`` data version with its triggers, and ``bm_index_snapshot`` (the columnar index snapshot)
4. the reference layers (countries, borders, crossing_points, zones, sectors)
5. ``audit_log`` also takes the action "enrich" (derived fields refilled after edits by another program)
6. ``audit_log`` refuses an insert on an existing id and is hash-chained
7. ``saved_filters`` (named filters shared through the store); ``audit_log`` also takes the action "filter"
8. attachments (OGC Related Tables Extension: ``incident_media``, ``incidents_incident_media``,
   ``gpkgext_relations``); ``audit_log`` also takes the action "attach"
9. the change sequence: ``incidents.change_seq`` (indexed), ``bm_change_counter``, ``bm_removed_incidents`` and
   their triggers (``store_schema.CHANGE_SEQ_DDL``; read by ``change_log``); metadata ``store_uuid``; the index
   snapshot table ``bm_index_snapshot`` dropped (the snapshot is in the user's cache folder now)
10. field sync (``sync_tables``: sync state per incident, peers, applied batches, relayed audit entries);
    ``audit_log`` also takes the action "sync"
11. ``bm_sync_items.state`` may be in the compact form (``sync.versions.ItemState.to_stored_json``: each origin
    once, the common write once; ~half the size). Nothing is rewritten: the version only makes an older Border
    Monitor, which reads the long form only, refuse the file instead of misreading it; states take the compact
    form as sync writes them again.
"""
from __future__ import annotations

import logging
import sqlite3
import uuid
from datetime import datetime, timezone
from typing import Callable

from .schema import create_core, create_rtree, register_attributes, register_features
from .incident_rows import TABLE, UUID_INDEX_SQL, UUID_TRIGGER_SQL, create_table_sql
from .store_schema import (AUDIT_ACTIONS, AUDIT_ACTIONS_V5, AUDIT_ACTIONS_V7, AUDIT_DDL, AUDIT_EXTRAS_DDL,
                           AUDIT_NO_REPLACE_DDL, CHANGE_SEQ_DDL, CHANGE_SEQ_TRIGGERS, EVENTS_DDL, METADATA_DDL,
                           SAVED_FILTERS_DDL, STATE_DDL, VERSION_TRIGGERS, audit_table_sql)

log = logging.getLogger(__name__)


def _v1_core(conn: sqlite3.Connection) -> None:
    create_core(conn)
    conn.execute(create_table_sql())
    conn.execute(UUID_INDEX_SQL)
    conn.execute(UUID_TRIGGER_SQL)
    register_features(conn, TABLE, "POINT", "Incidents on the borders with Belarus")
    create_rtree(conn, TABLE)
    for ddl in AUDIT_DDL + METADATA_DDL:
        conn.execute(ddl)
    register_attributes(conn, "audit_log", "Append-only history of every change to incidents")
    register_attributes(conn, "bm_metadata", "Border Monitor store metadata")
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    conn.executemany("INSERT INTO bm_metadata (key, value) VALUES (?, ?)", [
        ("created", now), ("origin", str(uuid.uuid4())), ("synthetic", "false"),
        ("application", "Border Monitor"),
    ])


def _v2_events(conn: sqlite3.Connection) -> None:
    for ddl in EVENTS_DDL:
        conn.execute(ddl)
    register_attributes(conn, "events", "Dated context events shown on the timeline")


def _v3_state(conn: sqlite3.Connection) -> None:
    for ddl in STATE_DDL:
        conn.execute(ddl)
    for ddl in VERSION_TRIGGERS.values():
        conn.execute(ddl)


def _v4_reference(conn: sqlite3.Connection) -> None:
    from ...geo.reference import LAYER_NAMES, load_reference
    from .reference_layers import write_reference

    write_reference(conn, load_reference(), LAYER_NAMES)


def _v5_audit_enrich(conn: sqlite3.Connection) -> None:
    # SQLite cannot change a CHECK constraint: the table is made again under a new name, filled, renamed.
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    conn.execute(audit_table_sql(AUDIT_ACTIONS_V5, "audit_log_v5"))
    columns = "id, at, user, origin, action, incident_uuid, before_json, after_json"
    conn.execute(f"INSERT INTO audit_log_v5 ({columns}) SELECT {columns} FROM audit_log ORDER BY id")
    conn.execute("DROP TABLE audit_log")
    conn.execute("ALTER TABLE audit_log_v5 RENAME TO audit_log")
    for ddl in AUDIT_EXTRAS_DDL:
        conn.execute(ddl)
    if seq is not None:
        conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'", (seq[0],))


def _v6_audit_chain(conn: sqlite3.Connection) -> None:
    from .. import audit_chain
    from . import audit

    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    conn.execute(audit_table_sql(AUDIT_ACTIONS_V5, "audit_log_v6", chained=True))
    columns = "id, at, user, origin, action, incident_uuid, before_json, after_json"
    prev, last = audit_chain.GENESIS, None
    cursor = conn.execute(f"SELECT {columns} FROM audit_log ORDER BY id")
    while True:
        rows = cursor.fetchmany(10_000)
        if not rows:
            break
        links = audit_chain.link(rows, prev)
        conn.executemany(f"INSERT INTO audit_log_v6 ({columns}, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [(*r, p, h) for r, (p, h) in zip(rows, links)])
        prev, last = links[-1][1], rows[-1][0]
    conn.execute("DROP TABLE audit_log")
    conn.execute("ALTER TABLE audit_log_v6 RENAME TO audit_log")
    for ddl in [*AUDIT_EXTRAS_DDL, AUDIT_NO_REPLACE_DDL]:
        conn.execute(ddl)
    if seq is not None:
        conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'", (seq[0],))
    if last is not None:
        audit.set_head(conn, last, prev)


def _v7_saved_filters(conn: sqlite3.Connection) -> None:
    for ddl in SAVED_FILTERS_DDL:
        conn.execute(ddl)
    register_attributes(conn, "saved_filters", "Named incident filters shared by every workstation")
    # The audit log takes the action "filter": made again with the new CHECK, every entry (and its chain
    # hashes, which do not depend on the table) copied as it is.
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    conn.execute(audit_table_sql(AUDIT_ACTIONS_V7, "audit_log_v7", chained=True))
    columns = "id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash, hash"
    conn.execute(f"INSERT INTO audit_log_v7 ({columns}) SELECT {columns} FROM audit_log ORDER BY id")
    conn.execute("DROP TABLE audit_log")
    conn.execute("ALTER TABLE audit_log_v7 RENAME TO audit_log")
    for ddl in [*AUDIT_EXTRAS_DDL, AUDIT_NO_REPLACE_DDL]:
        conn.execute(ddl)
    if seq is not None:
        conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'", (seq[0],))


def _v8_attachments(conn: sqlite3.Connection) -> None:
    from . import attachment_tables as attachments

    attachments.create_tables(conn)
    # The audit log takes the action "attach": made again with the new CHECK, every entry (with its chain
    # hashes, which do not depend on the table) copied as it is.
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    conn.execute(audit_table_sql(AUDIT_ACTIONS, "audit_log_v8", chained=True))
    columns = "id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash, hash"
    conn.execute(f"INSERT INTO audit_log_v8 ({columns}) SELECT {columns} FROM audit_log ORDER BY id")
    conn.execute("DROP TABLE audit_log")
    conn.execute("ALTER TABLE audit_log_v8 RENAME TO audit_log")
    for ddl in [*AUDIT_EXTRAS_DDL, AUDIT_NO_REPLACE_DDL]:
        conn.execute(ddl)
    if seq is not None:
        conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'", (seq[0],))


def _v9_change_seq(conn: sqlite3.Connection) -> None:
    for ddl in CHANGE_SEQ_DDL:
        conn.execute(ddl)
    for ddl in CHANGE_SEQ_TRIGGERS.values():
        conn.execute(ddl)
    settle_v9(conn)


def settle_v9(conn: sqlite3.Connection) -> None:
    """The rest of version 9, also run on every writable open (a file made version 9 by the first build of it,
    which did neither, gets it then): the store's identity ``store_uuid`` (the key of its cache snapshot in the
    user's cache folder, ``cache.snapshot``), and the old snapshot table dropped from the user's file (the space
    it held is reused by later writes; no VACUUM is forced)."""
    if conn.execute("SELECT 1 FROM bm_metadata WHERE key = 'store_uuid'").fetchone() is None:
        conn.execute("INSERT INTO bm_metadata (key, value) VALUES ('store_uuid', ?)", (str(uuid.uuid4()),))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bm_index_snapshot'").fetchone():
        conn.execute("DROP TABLE bm_index_snapshot")


def _v10_sync(conn: sqlite3.Connection) -> None:
    from .sync_tables import AUDIT_ACTIONS_V10, SYNC_DDL

    for ddl in SYNC_DDL:
        conn.execute(ddl)
    # The audit log takes the action "sync": made again with the new CHECK, every entry (with its chain hashes,
    # which do not depend on the table) copied as it is.
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    conn.execute(audit_table_sql(AUDIT_ACTIONS_V10, "audit_log_v10", chained=True))
    columns = "id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash, hash"
    conn.execute(f"INSERT INTO audit_log_v10 ({columns}) SELECT {columns} FROM audit_log ORDER BY id")
    conn.execute("DROP TABLE audit_log")
    conn.execute("ALTER TABLE audit_log_v10 RENAME TO audit_log")
    for ddl in [*AUDIT_EXTRAS_DDL, AUDIT_NO_REPLACE_DDL]:
        conn.execute(ddl)
    if seq is not None:
        conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'audit_log'", (seq[0],))


def _v11_compact_sync_states(conn: sqlite3.Connection) -> None:
    """Nothing to change in the file (see the module's docstring): the states read in either form."""


MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "GeoPackage core, incidents, audit log, metadata", _v1_core),
    (2, "context events", _v2_events),
    (3, "data version and index snapshot", _v3_state),
    (4, "reference layers", _v4_reference),
    (5, "audit action 'enrich'", _v5_audit_enrich),
    (6, "audit log refuses replaced ids, hash chain", _v6_audit_chain),
    (7, "saved filters; audit action 'filter'", _v7_saved_filters),
    (8, "attachments (Related Tables Extension); audit action 'attach'", _v8_attachments),
    (9, "change sequence of incidents (change_seq, counter, removed rows); store_uuid; no snapshot table",
     _v9_change_seq),
    (10, "field sync tables; audit action 'sync'", _v10_sync),
    (11, "sync states in the compact form", _v11_compact_sync_states),
]
CURRENT_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    """The file's schema version (0 for an empty database)."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'bm_metadata'").fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT value FROM bm_metadata WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 1


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> list[int]:
    """Apply the pending migrations up to ``target`` (inside the caller's transaction); the versions applied."""
    current = schema_version(conn)
    applied = []
    for number, title, step in MIGRATIONS:
        if current < number <= target:
            log.info("Migrating the store to schema version %d: %s", number, title)
            step(conn)
            applied.append(number)
    if applied:
        conn.execute("INSERT INTO bm_metadata (key, value) VALUES ('schema_version', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(applied[-1]),))
    return applied
