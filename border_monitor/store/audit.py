"""The append-only audit log: one entry per single edit, one per bulk import, one per refill of
derived fields after edits by another program (``outside_edits``)."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from .base import AuditEntry


def append(conn: sqlite3.Connection, at: str, user: str, origin: str, action: str, incident_id: str | None,
           before: dict | None, after: dict | None) -> None:
    """Write one entry (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO audit_log (at, user, origin, action, incident_uuid, before_json, after_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (at, user, origin, action, incident_id, _json(before), _json(after)),
    )


def append_many(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Entries given as (at, user, origin, action, incident_id, before, after)."""
    conn.executemany(
        "INSERT INTO audit_log (at, user, origin, action, incident_uuid, before_json, after_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(a, u, o, act, i, _json(b), _json(f)) for a, u, o, act, i, b, f in rows],
    )


def history(conn: sqlite3.Connection, incident_id: str, fid: int | None) -> list[AuditEntry]:
    """Entries about one incident, oldest first: its own, the import that brought it (by fid range), and
    the refills of derived fields that list it."""
    rows = conn.execute(
        "SELECT id, at, user, origin, action, incident_uuid, before_json, after_json FROM audit_log "
        "WHERE incident_uuid = ? OR (action = 'import' AND ? IS NOT NULL "
        "AND ? BETWEEN json_extract(after_json, '$.first_fid') AND json_extract(after_json, '$.last_fid')) "
        "OR (action = 'enrich' AND EXISTS (SELECT 1 FROM json_each(after_json, '$.ids') WHERE value = ?)) "
        "ORDER BY id",
        (incident_id, fid, fid, incident_id),
    ).fetchall()
    return [_entry(row) for row in rows]


def _entry(row) -> AuditEntry:
    entry_id, at, user, origin, action, incident_id, before, after = row
    return AuditEntry(
        id=entry_id, at=datetime.fromisoformat(at.replace("Z", "+00:00")), user=user, origin=origin, action=action,
        incident_id=incident_id, before=None if before is None else json.loads(before),
        after=None if after is None else json.loads(after),
    )


def _json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
