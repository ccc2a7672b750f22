"""The tables field sync keeps in a PostgreSQL store (schema migration 3; ``sync.postgis_replica`` uses them).

The same tables as a GeoPackage's (``store.gpkg.sync_tables``), in PostgreSQL types:

- ``bm_sync_items``: per incident, its sync state (``sync.versions.ItemState`` as JSON), the local sync
  sequence ``seq`` of its last change, the revision, deleted flag and update time the row had when the state
  was last written (a row that moved since was edited here), ``conflict`` and ``src`` (the peer whose state
  this is, unchanged: not sent back to it);
- ``bm_sync_peers``: per peer origin, its name and the four marks (what it holds of ours, what we hold of its);
- ``bm_sync_applied``: the batches applied here, each marked in the transaction that applied it;
- ``bm_sync_audit_sources``: audit entries received from peers: local id -> (origin, id where written);
- ``bm_sync_counters``: ``seq`` (the local sync sequence), ``dot`` (this store's write counter) and
  ``scanned`` (the incidents' ``change_seq`` up to which local edits were recorded).

The audit log takes the action "sync" (one entry per batch applied).

Roles: every role reads these tables; only supervisors write them (and the owner, who is not bound by grants).
A sync writes deletions, status changes and conflict resolutions, which the database refuses an operator, so
a sync needs a supervisor (row-level security then keeps it to the incidents of the supervisor's service) or
the database's owner (every service: the usual account of a server that field laptops sync with).
"""
from __future__ import annotations

SYNC_TABLES = ("bm_sync_items", "bm_sync_peers", "bm_sync_applied", "bm_sync_audit_sources", "bm_sync_counters")

_ACTIONS = ("create", "update", "delete", "restore", "import", "enrich", "filter", "attach", "sync")

MIGRATION = [
    "CREATE TABLE bm_sync_items (uuid uuid PRIMARY KEY, seq bigint NOT NULL, state text NOT NULL, "
    "seen_revision integer, seen_deleted integer, seen_updated_at text, conflict boolean NOT NULL DEFAULT false, "
    "src text)",
    "CREATE INDEX bm_sync_items_seq ON bm_sync_items (seq)",
    "CREATE INDEX bm_sync_items_conflict ON bm_sync_items (uuid) WHERE conflict",
    "CREATE TABLE bm_sync_peers (origin text PRIMARY KEY, name text NOT NULL DEFAULT '', "
    "acked_seq bigint NOT NULL DEFAULT 0, acked_audit bigint NOT NULL DEFAULT 0, "
    "received_seq bigint NOT NULL DEFAULT 0, received_audit bigint NOT NULL DEFAULT 0, last_sync text)",
    "CREATE TABLE bm_sync_applied (package text NOT NULL, batch integer NOT NULL, applied_at text NOT NULL, "
    "PRIMARY KEY (package, batch))",
    "CREATE TABLE bm_sync_audit_sources (local_id bigint PRIMARY KEY, origin text NOT NULL, "
    "source_id bigint NOT NULL, UNIQUE (origin, source_id))",
    "CREATE TABLE bm_sync_counters (key text PRIMARY KEY, value bigint NOT NULL)",
    "INSERT INTO bm_sync_counters (key, value) VALUES ('seq', 0), ('dot', 0), ('scanned', 0)",
    "ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check",
    "ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ("
    + ", ".join(f"'{a}'" for a in _ACTIONS) + "))",
    f"GRANT SELECT ON {', '.join(SYNC_TABLES)} TO bm_viewer, bm_operator, bm_supervisor",
    f"GRANT INSERT, UPDATE ON {', '.join(SYNC_TABLES)} TO bm_supervisor",
]
