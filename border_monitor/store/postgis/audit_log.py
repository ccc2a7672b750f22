"""The audit log in PostgreSQL: the same entries and the same SHA-256 chain as the GeoPackage's
(``store.audit_chain`` canonical form), appended inside the caller's write transaction.

The writer holds the store's advisory lock (``schema.CHANGE_LOCK``) for the whole transaction, so the last
entry it links to cannot move under it. The head (the last entry's id and hash) is kept in ``bm_metadata``
under ``audit_head`` as in a GeoPackage. The table refuses UPDATE, DELETE and TRUNCATE by trigger, whoever asks.
"""
from __future__ import annotations

import json
from datetime import datetime

from .. import audit_chain
from ..audit_delta import whole_before
from ..base import AuditEntry

HEAD_KEY = "audit_head"
_INSERT = ("INSERT INTO audit_log (id, at, actor, origin, action, incident_uuid, before_json, after_json, prev_hash, "
           "hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)")
_COLUMNS = "id, at, actor, origin, action, incident_uuid, before_json, after_json"


def _json(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def append(conn, at: str, user: str, origin: str, action: str, incident_id: str | None, before: dict | None,
           after: dict | None) -> None:
    append_many(conn, [(at, user, origin, action, incident_id, before, after)])


def append_many(conn, rows: list[tuple]) -> None:
    """Entries given as (at, user, origin, action, incident_id, before, after)."""
    if not rows:
        return
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    next_id = (last[0] if last else 0) + 1
    prev = last[1] if last else audit_chain.GENESIS
    entries = [(next_id + k, a, u, o, act, i, _json(b), _json(f)) for k, (a, u, o, act, i, b, f) in enumerate(rows)]
    links = audit_chain.link(entries, prev)
    with conn.cursor() as cur:
        cur.executemany(_INSERT, [(*e, p, h) for e, (p, h) in zip(entries, links)])
    set_head(conn, entries[-1][0], links[-1][1])


def set_head(conn, entry_id: int, entry_hash: str) -> None:
    conn.execute("INSERT INTO bm_metadata (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value", (HEAD_KEY, audit_chain.head_text(entry_id, entry_hash)))


def head(conn) -> tuple[int, str] | None:
    row = conn.execute("SELECT value FROM bm_metadata WHERE key = %s", (HEAD_KEY,)).fetchone()
    return None if row is None else audit_chain.parse_head(row[0])


def chain_entries(conn, batch: int = 10_000):
    """Every entry as an ``audit_chain.ChainEntry``, id order (streamed by a server-side cursor)."""
    with conn.cursor(name="bm_audit_walk") as cur:
        cur.itersize = batch
        cur.execute(f"SELECT {_COLUMNS}, prev_hash, hash FROM audit_log ORDER BY id")
        for row in cur:
            yield audit_chain.ChainEntry(*row)


def verify(conn) -> audit_chain.ChainReport:
    """Walk the whole chain in one snapshot (see ``audit_chain.verify``)."""
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        return audit_chain.verify(chain_entries(conn), head(conn))


def history(conn, incident_id: str, fid: int | None) -> list[AuditEntry]:
    """Entries about one incident, oldest first: its own, the import that brought it (by fid range), and the
    refills and batch deletes/restores that list it."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log WHERE incident_uuid = %(id)s "
        "OR (action = 'import' AND %(fid)s::bigint IS NOT NULL AND incident_uuid IS NULL AND after_json IS NOT NULL "
        "    AND %(fid)s::bigint BETWEEN (after_json::jsonb ->> 'first_fid')::bigint "
        "                        AND (after_json::jsonb ->> 'last_fid')::bigint) "
        "OR (action IN ('enrich', 'delete', 'restore') AND incident_uuid IS NULL AND after_json IS NOT NULL "
        "    AND (after_json::jsonb -> 'ids') ? %(id)s) "
        "ORDER BY id", {"id": incident_id, "fid": fid}).fetchall()
    return [_entry(row) for row in rows]


def _entry(row) -> AuditEntry:
    entry_id, at, user, origin, action, incident_id, before, after = row
    before, after = (None if before is None else json.loads(before)), (None if after is None else json.loads(after))
    return AuditEntry(
        id=entry_id, at=datetime.fromisoformat(at.replace("Z", "+00:00")), user=user, origin=origin, action=action,
        incident_id=incident_id, before=whole_before(action, before, after), after=after,
    )
