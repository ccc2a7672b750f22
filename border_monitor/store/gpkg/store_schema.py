"""Border Monitor's own tables inside the GeoPackage, beside the ``incidents`` layer.

- ``audit_log``: append-only history of every write to incidents (triggers refuse UPDATE and DELETE);
  its ``action`` is one of ``AUDIT_ACTIONS`` ("enrich" since schema version 5); since schema version 6 a
  trigger also refuses an insert on an existing id, and each entry carries ``prev_hash`` and ``hash``
  (``audit_chain``);
- ``bm_metadata``: key/value texts (schema version, synthetic flag, origin id, ...);
- ``events``: dated context events for the timeline;
- ``bm_state``: the data version of the incidents table, bumped by triggers on every change made
  by any program (what a file from before schema version 9, read-only, is followed by; the change sequence below
  is what the cache follows since);
- ``bm_index_snapshot``: that snapshot, until schema version 9 (now in the user's cache folder, ``cache.snapshot``);
- ``saved_filters``: named filters shared by every workstation of the store (schema version 7,
  ``saved_filters``), each saved, replaced or deleted with an audit entry of action "filter".

``audit_log``, ``bm_metadata``, ``events`` and ``saved_filters`` are registered as GeoPackage attribute tables so
QGIS lists them; ``bm_state`` and ``bm_index_snapshot`` are internal.
"""
from __future__ import annotations

AUDIT_ACTIONS_V1 = ("create", "update", "delete", "restore", "import")
# "enrich": derived fields refilled after another program changed rows (schema version 5).
AUDIT_ACTIONS_V5 = (*AUDIT_ACTIONS_V1, "enrich")
# "filter": a named saved filter saved, replaced or deleted (schema version 7, ``saved_filters``).
AUDIT_ACTIONS_V7 = (*AUDIT_ACTIONS_V5, "filter")
# "attach": a file attached to an incident or removed from it (schema version 8, ``attachments``).
AUDIT_ACTIONS = (*AUDIT_ACTIONS_V7, "attach")


def audit_table_sql(actions: tuple[str, ...], table: str = "audit_log", chained: bool = False) -> str:
    return (f"CREATE TABLE {table} (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, at DATETIME NOT NULL, "
            "user TEXT NOT NULL, origin TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ("
            + ", ".join(f"'{a}'" for a in actions) + ")), incident_uuid TEXT, before_json TEXT, after_json TEXT"
            + (", prev_hash TEXT NOT NULL, hash TEXT NOT NULL" if chained else "") + ")")


AUDIT_COLUMNS = ("id", "at", "user", "origin", "action", "incident_uuid", "before_json", "after_json", "prev_hash",
                 "hash")


# The index and the triggers that keep the log append-only (made again when the table is).
AUDIT_EXTRAS_DDL = [
    "CREATE INDEX audit_log_incident ON audit_log (incident_uuid)",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
]
AUDIT_DDL = [audit_table_sql(AUDIT_ACTIONS_V1), *AUDIT_EXTRAS_DDL]  # as schema version 1 made it
# Schema version 6: INSERT OR REPLACE on an existing id would rewrite an entry (REPLACE fires no DELETE trigger).
AUDIT_NO_REPLACE_DDL = ("CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
                        "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
                        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
# name -> DDL of every trigger that keeps the log append-only (checked on every open).
AUDIT_TRIGGERS = {
    "audit_log_no_update": AUDIT_EXTRAS_DDL[1],
    "audit_log_no_delete": AUDIT_EXTRAS_DDL[2],
    "audit_log_no_replace": AUDIT_NO_REPLACE_DDL,
}

METADATA_DDL = [
    "CREATE TABLE bm_metadata (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, key TEXT NOT NULL UNIQUE, value TEXT)",
]

EVENTS_DDL = [
    "CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, start_date DATE NOT NULL, "
    "end_date DATE NOT NULL, country TEXT NOT NULL DEFAULT '', title TEXT NOT NULL)",
]

SAVED_FILTERS_DDL = [
    "CREATE TABLE saved_filters (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name TEXT NOT NULL UNIQUE, "
    "filter_json TEXT NOT NULL, author TEXT NOT NULL, created DATETIME NOT NULL, updated DATETIME NOT NULL)",
]

STATE_DDL = [
    "CREATE TABLE bm_state (key TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT INTO bm_state (key, value) VALUES ('data_version', 1)",
    "CREATE TABLE bm_index_snapshot (name TEXT NOT NULL PRIMARY KEY, data BLOB NOT NULL)",
]

_BUMP = "UPDATE bm_state SET value = value + 1 WHERE key = 'data_version'"
VERSION_TRIGGERS = {
    "bm_incidents_version_insert": f"CREATE TRIGGER bm_incidents_version_insert AFTER INSERT ON incidents "
                                   f"BEGIN {_BUMP}; END",
    "bm_incidents_version_update": f"CREATE TRIGGER bm_incidents_version_update AFTER UPDATE ON incidents "
                                   f"BEGIN {_BUMP}; END",
    "bm_incidents_version_delete": f"CREATE TRIGGER bm_incidents_version_delete AFTER DELETE ON incidents "
                                   f"BEGIN {_BUMP}; END",
}
BUMP_VERSION_SQL = _BUMP

# Schema version 9: the change sequence (``change_log``). ``bm_change_counter`` is one row whose ``seq`` every
# write to ``incidents`` bumps (triggers, so writes by QGIS, GDAL or sqlite3 bump it too); each row carries the
# sequence of its last write in ``change_seq`` (indexed), and a row deleted outright (by another program: Border
# Monitor only flags rows deleted) leaves its fid, uuid and sequence in ``bm_removed_incidents``.
CHANGE_COUNTER_TABLE = "bm_change_counter"
REMOVED_TABLE = "bm_removed_incidents"
_SEQ = f"(SELECT seq FROM {CHANGE_COUNTER_TABLE} WHERE id = 1)"
SEQ_INDEX = "incidents_change_seq"  # dropped while a big import inserts and made again (``write.DeferredIndexes``)
_BUMP_SEQ = f"UPDATE {CHANGE_COUNTER_TABLE} SET seq = seq + 1 WHERE id = 1"
CHANGE_SEQ_DDL = [
    f"CREATE TABLE {CHANGE_COUNTER_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL)",
    f"INSERT INTO {CHANGE_COUNTER_TABLE} (id, seq) VALUES (1, 1)",
    f"CREATE TABLE {REMOVED_TABLE} (change_seq INTEGER PRIMARY KEY NOT NULL, fid INTEGER NOT NULL, uuid TEXT)",
    # Nullable, so a program that inserts NULL (every field it knows) is not refused (the trigger sets it); the
    # default gives the rows already there the counter's first value without rewriting them.
    "ALTER TABLE incidents ADD COLUMN change_seq INTEGER DEFAULT 1",
    f"CREATE INDEX {SEQ_INDEX} ON incidents (change_seq)",
]
# The update trigger skips the update its siblings make (change_seq set to the counter's value just bumped), so it
# does not fire for itself even where recursive triggers are on; any other update bumps.
CHANGE_SEQ_TRIGGERS = {
    "bm_incidents_seq_insert": f"CREATE TRIGGER bm_incidents_seq_insert AFTER INSERT ON incidents "
                               f"BEGIN {_BUMP_SEQ}; UPDATE incidents SET change_seq = {_SEQ} WHERE fid = NEW.fid; END",
    "bm_incidents_seq_update": f"CREATE TRIGGER bm_incidents_seq_update AFTER UPDATE ON incidents "
                               f"WHEN NEW.change_seq IS OLD.change_seq OR NEW.change_seq IS NOT {_SEQ} "
                               f"BEGIN {_BUMP_SEQ}; UPDATE incidents SET change_seq = {_SEQ} WHERE fid = NEW.fid; END",
    "bm_incidents_seq_delete": f"CREATE TRIGGER bm_incidents_seq_delete AFTER DELETE ON incidents "
                               f"BEGIN {_BUMP_SEQ}; INSERT INTO {REMOVED_TABLE} (change_seq, fid, uuid) "
                               f"VALUES ({_SEQ}, OLD.fid, OLD.uuid); END",
}
BUMP_SEQ_SQL = _BUMP_SEQ
SEQ_SQL = f"SELECT seq FROM {CHANGE_COUNTER_TABLE} WHERE id = 1"
