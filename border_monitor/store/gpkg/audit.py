"""The append-only audit log: one entry per single edit, one per bulk import, one per refill of
derived fields after edits by another program (``outside_edits``).

Entries are hash-chained (``audit_chain``): each new entry gets the next id, the hash of the entry before it
and its own hash, and the store's record of the log's head (``bm_metadata`` key ``audit_head``) moves to it, all
inside the caller's write transaction (which holds the write lock, so no other writer comes between).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from .. import audit_chain
from ..audit_delta import whole_before
from ..base import AuditEntry

HEAD_KEY = "audit_head"
_INSERT = ("INSERT INTO audit_log (id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash, "
           "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def append(conn: sqlite3.Connection, at: str, user: str, origin: str, action: str, incident_id: str | None,
           before: dict | None, after: dict | None) -> None:
    """Write one entry (inside the caller's transaction)."""
    append_many(conn, [(at, user, origin, action, incident_id, before, after)])


def append_many(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Entries given as (at, user, origin, action, incident_id, before, after)."""
    if not rows:
        return
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    next_id = max(last[0] if last else 0, seq[0] if seq else 0) + 1
    prev = last[1] if last and last[1] else audit_chain.GENESIS
    entries = [(next_id + k, a, u, o, act, i, _json(b), _json(f)) for k, (a, u, o, act, i, b, f) in enumerate(rows)]
    links = audit_chain.link(entries, prev)
    conn.executemany(_INSERT, [(*e, p, h) for e, (p, h) in zip(entries, links)])
    set_head(conn, entries[-1][0], links[-1][1])


def set_head(conn: sqlite3.Connection, entry_id: int, entry_hash: str) -> None:
    conn.execute("INSERT INTO bm_metadata (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                 "excluded.value", (HEAD_KEY, audit_chain.head_text(entry_id, entry_hash)))


def chain_entries(conn: sqlite3.Connection):
    """Every entry as an ``audit_chain.ChainEntry``, id order (streamed)."""
    for row in conn.execute("SELECT id, at, user, origin, action, incident_uuid, before_json, after_json, prev_hash, "
                            "hash FROM audit_log ORDER BY id"):
        yield audit_chain.ChainEntry(*row)


def head(conn: sqlite3.Connection) -> tuple[int, str] | None:
    row = conn.execute("SELECT value FROM bm_metadata WHERE key = ?", (HEAD_KEY,)).fetchone()
    return None if row is None else audit_chain.parse_head(row[0])


def verify(conn: sqlite3.Connection) -> audit_chain.ChainReport:
    """Walk the whole chain of the log (see ``audit_chain.verify``); a log without its table or chain columns is
    reported broken, not raised."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_log)")}
    if columns and "hash" not in columns:
        return audit_chain.ChainReport(0, 1, "removed", "the audit log is not hash-chained yet (a store from before "
                                       "schema version 6): open the store once where it can be written to chain it.")
    try:
        return audit_chain.verify(chain_entries(conn), head(conn))
    except sqlite3.OperationalError as exc:
        return audit_chain.ChainReport(0, 1, "removed", f"the audit log cannot be read as a hash chain ({exc}).")


_ENTRY_COLUMNS = "id, at, user, origin, action, incident_uuid, before_json, after_json"
# Two halves so that each is looked up in the index audit_log_incident (one OR over both scans the whole log): the
# incident's own entries, and among the entries about no single incident (imports, batch deletes, refills) those
# that cover it.
HISTORY_SQL = (
    f"SELECT {_ENTRY_COLUMNS} FROM audit_log WHERE incident_uuid = ? "
    f"UNION ALL SELECT {_ENTRY_COLUMNS} FROM audit_log WHERE incident_uuid IS NULL AND ("
    "(action = 'import' AND ? IS NOT NULL "
    "AND ? BETWEEN json_extract(after_json, '$.first_fid') AND json_extract(after_json, '$.last_fid')) "
    "OR (action IN ('enrich', 'delete', 'restore') "
    "AND EXISTS (SELECT 1 FROM json_each(after_json, '$.ids') WHERE value = ?))) "
    "ORDER BY id"
)


def history(conn: sqlite3.Connection, incident_id: str, fid: int | None) -> list[AuditEntry]:
    """Entries about one incident, oldest first: its own, the import that brought it (by fid range), and
    the refills of derived fields and batch deletes/restores (``batch_delete``) that list it."""
    rows = conn.execute(HISTORY_SQL, (incident_id, fid, fid, incident_id)).fetchall()
    return [_entry(row) for row in rows]


def _entry(row) -> AuditEntry:
    entry_id, at, user, origin, action, incident_id, before, after = row
    before, after = (None if before is None else json.loads(before)), (None if after is None else json.loads(after))
    return AuditEntry(
        id=entry_id, at=datetime.fromisoformat(at.replace("Z", "+00:00")), user=user, origin=origin, action=action,
        incident_id=incident_id, before=whole_before(action, before, after), after=after,
    )


def _json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
