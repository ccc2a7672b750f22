"""Soft-deleting (or restoring) a whole batch of incidents, e.g. undoing an import, as one audited write.

One transaction flags every row and writes ONE audit entry (action ``delete`` or ``restore``, no single
incident) whose ``after`` holds the count, the reason and the ids, so each incident's history still
finds it (``audit.history`` looks the id up in ``$.ids``). The per-row path (``gpkg_write.set_deleted``)
writes an entry per incident, which for an import of 100,000 rows is 100,000 entries for one click.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime

import numpy as np

from ...domain.errors import NotFoundError
from . import audit
from .incident_rows import TABLE, iso_ms
from .write import canonical_id

_FETCH = 500


def flag_batch(conn: sqlite3.Connection, ids, deleted: bool, user: str, origin: str, now: datetime,
               store_name: str, reason: str) -> tuple[list[int], list[str], np.ndarray]:
    """Inside the caller's transaction: set ``deleted`` on the incidents ``ids`` whose flag differs, bump their
    revision, write one audit entry. Every id must exist (else ``NotFoundError``, nothing changed).
    Returns (fids, uuids, new revisions) of the rows whose flag changed."""
    wanted = list(dict.fromkeys(canonical_id(i) for i in ids))
    found: dict[str, tuple[int, int, int]] = {}
    for start in range(0, len(wanted), _FETCH):
        part = wanted[start:start + _FETCH]
        for uid, fid, flag, revision in conn.execute(
                f"SELECT uuid, fid, deleted, revision FROM {TABLE} WHERE uuid IN ({', '.join('?' * len(part))})",
                part):
            found[uid] = (fid, int(flag), int(revision))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(f"There is no incident {missing[0]} in {store_name}"
                            + (f" (nor {len(missing) - 1} other ids)" if len(missing) > 1 else "")
                            + "; nothing was changed.")
    changed = [(uid, *found[uid]) for uid in wanted if bool(found[uid][1]) != deleted]
    if not changed:
        return [], [], np.zeros(0, dtype=np.int32)
    at = iso_ms(now)
    conn.executemany(f"UPDATE {TABLE} SET deleted = ?, updated_at = ?, updated_by = ?, revision = ? WHERE fid = ?",
                     [(int(deleted), at, user, revision + 1, fid) for _uid, fid, _flag, revision in changed])
    uuids = [uid for uid, *_ in changed]
    audit.append(conn, at, user, origin, "delete" if deleted else "restore", None, None,
                 {"count": len(changed), "reason": reason, "ids": uuids})
    fids = [fid for _uid, fid, _flag, _rev in changed]
    revisions = np.array([revision + 1 for *_, revision in changed], dtype=np.int32)
    return fids, uuids, revisions
