"""Reading the change sequence of a GeoPackage store (schema version 9, ``store_schema.CHANGE_SEQ_DDL``).

Triggers bump ``bm_change_counter.seq`` on every insert, update and delete of an incident, by any program,
and stamp the row's ``change_seq`` (a row deleted outright leaves a line in ``bm_removed_incidents``). So
"what changed after ``seq``" is one indexed range query on each table, and the counter is the high-water mark.
SQLite serialises writers, so a reader that reads the counter and the rows in one read transaction sees a
consistent pair; a reader in autocommit mode reads the counter first (the rows may then be newer than the
mark, never older: refetched once more at worst).
"""
from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass

from .incident_rows import TABLE
from .store_schema import REMOVED_TABLE, SEQ_SQL

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RowChanges:
    """Rows written after a sequence number: ``fids``/``uuids`` of the rows present now (added or edited),
    ``removed``: (fid, uuid) of rows deleted outright since; ``seq`` the counter when read."""

    seq: int
    fids: tuple[int, ...]
    uuids: tuple[str, ...]
    removed: tuple[tuple[int, str | None], ...]

    def __bool__(self) -> bool:
        return bool(self.fids or self.removed)

    def ids(self) -> frozenset[uuid.UUID]:
        """The incidents written, as UUIDs (a text that is not one, left by another program, is passed over)."""
        out = set()
        for text in (*self.uuids, *(u for _f, u in self.removed)):
            try:
                out.add(uuid.UUID(str(text)))
            except (ValueError, TypeError):
                log.debug("change with an id that is not a UUID: %r", text)
        return frozenset(out)


# No ORDER BY: with one, SQLite walks the whole table in fid order instead of the change_seq index (sorted here).
ROWS_SINCE_SQL = f"SELECT fid, uuid FROM {TABLE} WHERE change_seq > ?"
REMOVED_SINCE_SQL = f"SELECT fid, uuid FROM {REMOVED_TABLE} WHERE change_seq > ? ORDER BY change_seq"


def has_change_seq(conn: sqlite3.Connection) -> bool:
    return conn.execute(f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{REMOVED_TABLE}'"
                        ).fetchone() is not None


def current_seq(conn: sqlite3.Connection) -> int:
    row = conn.execute(SEQ_SQL).fetchone()
    return int(row[0]) if row else 0


def rows_since(conn: sqlite3.Connection, seq: int) -> RowChanges:
    """The rows written after ``seq`` (see ``RowChanges``); consistent when the caller holds a read transaction."""
    now = current_seq(conn)
    if now <= seq:
        return RowChanges(now, (), (), ())
    rows = sorted(conn.execute(ROWS_SINCE_SQL, (int(seq),)).fetchall())
    removed = conn.execute(REMOVED_SINCE_SQL, (int(seq),)).fetchall()
    return RowChanges(now, tuple(int(f) for f, _u in rows), tuple(u or "" for _f, u in rows),
                      tuple((int(f), u) for f, u in removed))


def read_consistently(conn: sqlite3.Connection, read):
    """``read(conn)`` inside one read transaction (or the caller's transaction, when one is open)."""
    if conn.in_transaction:
        return read(conn)
    conn.execute("BEGIN")
    try:
        return read(conn)
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
