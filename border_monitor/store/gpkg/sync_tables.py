"""The tables field sync keeps inside a GeoPackage store (schema version 10; ``border_monitor.sync`` uses them).

- ``bm_sync_items``: per incident, its sync state (``sync.versions.ItemState`` as JSON: version vector, the
  writes of each field group, conflicting ones included), the local sync sequence ``seq`` of its last change
  (what a peer has not acknowledged is ``seq`` above its mark), the revision, deleted flag and update time the
  row had when the state was last written (a row that moved since was edited here), ``conflict`` (1 while
  groups hold different values) and ``src`` (the peer whose state this is, unchanged: not sent back to it);
- ``bm_sync_peers``: per peer (its origin id): its name, what it acknowledged of ours (``acked_seq``,
  ``acked_audit``: local sequence and audit id) and what we hold of its (``received_seq``, ``received_audit``);
- ``bm_sync_applied``: the batches of packages applied here, each marked in the transaction that applied it;
- ``bm_sync_audit_sources``: audit entries received from peers: local id -> (origin, id where written), so an
  entry relayed by several peers is appended once and keeps its origin;
- ``bm_sync_counters``: ``seq`` (the local sync sequence) and ``dot`` (this store's write counter).

The audit log also takes the action "sync" (a batch of changes from a peer applied).
"""
from __future__ import annotations

from .store_schema import AUDIT_ACTIONS

AUDIT_ACTIONS_V10 = (*AUDIT_ACTIONS, "sync")

SYNC_DDL = [
    "CREATE TABLE bm_sync_items (uuid TEXT NOT NULL PRIMARY KEY, seq INTEGER NOT NULL, state TEXT NOT NULL, "
    "seen_revision INTEGER, seen_deleted INTEGER, seen_updated_at TEXT, conflict INTEGER NOT NULL DEFAULT 0, "
    "src TEXT)",
    "CREATE INDEX bm_sync_items_seq ON bm_sync_items (seq)",
    "CREATE INDEX bm_sync_items_conflict ON bm_sync_items (conflict) WHERE conflict = 1",
    "CREATE TABLE bm_sync_peers (origin TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
    "acked_seq INTEGER NOT NULL DEFAULT 0, acked_audit INTEGER NOT NULL DEFAULT 0, "
    "received_seq INTEGER NOT NULL DEFAULT 0, received_audit INTEGER NOT NULL DEFAULT 0, last_sync TEXT)",
    "CREATE TABLE bm_sync_applied (package TEXT NOT NULL, batch INTEGER NOT NULL, applied_at TEXT NOT NULL, "
    "PRIMARY KEY (package, batch))",
    "CREATE TABLE bm_sync_audit_sources (local_id INTEGER NOT NULL PRIMARY KEY, origin TEXT NOT NULL, "
    "source_id INTEGER NOT NULL, UNIQUE (origin, source_id))",
    "CREATE TABLE bm_sync_counters (key TEXT NOT NULL PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT INTO bm_sync_counters (key, value) VALUES ('seq', 0), ('dot', 0)",
]
