"""``GeoPackageReplica``: a GeoPackage store taking part in sync (its tables: ``store.gpkg.sync_tables``).

The store is opened as usual (``open_store``: migrations, the open-time health check); sync writes go through
a connection of its own, each one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) holding the incident rows,
their sync states, the audit entries and the mark that the batch was applied, so a process killed between or
inside batches leaves every batch either applied and marked or not at all. A window that has the store open
sees the rows move as it sees any other program's write (the store's data version).
"""
from __future__ import annotations

import json
import logging
import sqlite3
import uuid as uuid_module
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ..domain.errors import StoreError
from ..store import audit_chain
from ..store.gpkg import audit, change_log
from ..store.gpkg.connections import Connections
from ..store.gpkg.schema import touch_contents
from ..store.gpkg.incident_rows import TABLE, row_to_incident
from . import gpkg_rows, versions
from .errors import SyncError
from .replica import ApplyResult, AuditRecord, Batch, Conflict, Header, ItemRecord, PeerMarks, Replica
from .versions import ItemState, Sibling

log = logging.getLogger(__name__)

AUDIT_IDS_MAX = 10_000  # incident ids listed in a "sync" audit entry
_NOBODY = "-"  # the peer to leave out when none is (no origin id is "-"; "IS NOT NULL" would leave out all)
_CHANGED_SQL = (
    f"SELECT i.uuid, {gpkg_rows.columns_of('i')} FROM {TABLE} i LEFT JOIN bm_sync_items s ON s.uuid = i.uuid WHERE i.uuid IS NOT NULL AND (s.uuid IS NULL "
    "OR s.seen_revision IS NOT i.revision OR s.seen_deleted IS NOT i.deleted "
    "OR s.seen_updated_at IS NOT i.updated_at)"
)
_INSERT_AUDIT = ("INSERT INTO audit_log (id, at, user, origin, action, incident_uuid, before_json, after_json, "
                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _now_text() -> str:
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class GeoPackageReplica(Replica):
    """Sync on one GeoPackage store. Give it an open store (``owns_store`` closes it too) or use ``open``."""

    def __init__(self, store, *, owns_store: bool = False, busy_timeout: float = 30.0):
        self._store = store
        self._owns = owns_store
        path = getattr(store, "path", None)
        if path is None:
            raise StoreError(f"The store {store.name} is not a GeoPackage file; it cannot sync as one.")
        if getattr(store, "read_only", False):
            raise StoreError(f"The store {store.name} was opened read-only; it cannot take part in a sync.")
        problems = list(getattr(store, "audit_problems", []))
        if problems:
            raise StoreError(f"The store {store.name} will not be synced: {problems[0]}. Run border-monitor audit "
                             f"verify --store {store.name}.")
        self._path = Path(path)
        self._connections = Connections(self._path, busy_timeout)
        self._origin = store.origin
        if not self._origin:
            raise StoreError(f"The store {store.name} has no origin id; it cannot take part in a sync.")

    @classmethod
    def open(cls, path: str | Path) -> "GeoPackageReplica":
        from ..store import open_store

        return cls(open_store(path), owns_store=True)

    # -- identity -------------------------------------------------------------------------------------
    @property
    def origin(self) -> str:
        return self._origin

    @property
    def name(self) -> str:
        return self._store.name

    @property
    def path(self) -> Path:
        return self._path

    @property
    def store(self):
        return self._store

    def _conn(self) -> sqlite3.Connection:
        return self._connections.get()

    def _transaction(self):
        return _Transaction(self._connections, self._conn())

    # -- counters -------------------------------------------------------------------------------------
    @staticmethod
    def _counter(conn, key: str) -> int:
        row = conn.execute("SELECT value FROM bm_sync_counters WHERE key = ?", (key,)).fetchone()
        return 0 if row is None else int(row[0])

    @staticmethod
    def _set_counter(conn, key: str, value: int) -> None:
        conn.execute("INSERT INTO bm_sync_counters (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value", (key, value))

    def high_water(self) -> tuple[int, int]:
        conn = self._conn()
        last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        return self._counter(conn, "seq"), int(last or 0)

    # -- local edits ----------------------------------------------------------------------------------
    def scan(self) -> int:
        with self._transaction() as conn:
            return self._register_local(conn)

    def _register_local(self, conn, uuids: list[str] | None = None, known: dict | None = None) -> int:
        """Inside a transaction: record the rows changed here (all of them, or among ``uuids``) since their
        state was last written, as writes of this replica. How many incidents got a new state. ``known``: the
        states of ``uuids`` read already (kept current here)."""
        mark = None
        if uuids is None and change_log.has_change_seq(conn):
            # the rows written since the last scan (by anyone: a QGIS edit that keeps the revision too), from the
            # change sequence's index; the rows sync wrote itself come back once and are found unchanged
            mark = change_log.current_seq(conn)
            raws = conn.execute(f"SELECT uuid, {gpkg_rows.columns_of(TABLE)} FROM {TABLE} WHERE change_seq > ? "
                                "AND uuid IS NOT NULL", (self._counter(conn, "scanned"),)).fetchall()
        elif uuids is None:
            raws = conn.execute(_CHANGED_SQL).fetchall()
        else:
            raws = []
            for start in range(0, len(uuids), 500):
                part = uuids[start:start + 500]
                raws += conn.execute(f"{_CHANGED_SQL} AND i.uuid IN ({', '.join('?' * len(part))})", part).fetchall()
        if mark is not None:
            self._set_counter(conn, "scanned", mark)
        if not raws:
            return 0
        states = known if known is not None else self._states(conn, [r[0] for r in raws])
        seq, dot = self._counter(conn, "seq"), self._counter(conn, "dot")
        updates, seen_only = [], []
        for raw in raws:
            uid, row = raw[0], gpkg_rows.row_dict(raw[1:])
            old = states.get(uid)
            if old is None:
                new = versions.first_state(uid, row)
            else:
                new = versions.local_edit(old, row, self._origin, dot + 1)
                if new is not None and new.vv.get(self._origin, 0) == dot + 1:
                    dot += 1
            seen = (row["revision"], row["deleted"], row["updated_at"])
            if new is None:
                if old is not None and seen != (old.revision, int(old.deleted), old.last[2]):
                    seen_only.append((*seen, uid))
                continue
            seq += 1
            updates.append((uid, seq, new.to_json(), *seen, int(bool(new.conflicts())), None))
            if known is not None:
                known[uid] = new
        conn.executemany("INSERT INTO bm_sync_items (uuid, seq, state, seen_revision, seen_deleted, seen_updated_at, "
                         "conflict, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
                         "seq = excluded.seq, state = excluded.state, seen_revision = excluded.seen_revision, "
                         "seen_deleted = excluded.seen_deleted, seen_updated_at = excluded.seen_updated_at, "
                         "conflict = excluded.conflict, src = NULL", updates)
        conn.executemany("UPDATE bm_sync_items SET seen_revision = ?, seen_deleted = ?, seen_updated_at = ? "
                         "WHERE uuid = ?", seen_only)
        self._set_counter(conn, "seq", seq)
        self._set_counter(conn, "dot", dot)
        if updates:
            log.info("%s: %d incidents changed here since the last sync", self.name, len(updates))
        return len(updates)

    @staticmethod
    def _states(conn, uuids: list[str]) -> dict[str, ItemState]:
        out = {}
        for start in range(0, len(uuids), 500):
            part = uuids[start:start + 500]
            for uid, text in conn.execute(f"SELECT uuid, state FROM bm_sync_items WHERE uuid IN "
                                          f"({', '.join('?' * len(part))})", part):
                out[uid] = ItemState.from_json(text)
        return out

    # -- peers ----------------------------------------------------------------------------------------
    def peer(self, origin: str) -> PeerMarks:
        row = self._conn().execute("SELECT origin, name, acked_seq, acked_audit, received_seq, received_audit, "
                                   "last_sync FROM bm_sync_peers WHERE origin = ?", (origin,)).fetchone()
        return PeerMarks(origin) if row is None else PeerMarks(*row)

    def peers(self) -> list[PeerMarks]:
        return [PeerMarks(*row) for row in self._conn().execute(
            "SELECT origin, name, acked_seq, acked_audit, received_seq, received_audit, last_sync FROM bm_sync_peers "
            "ORDER BY name, origin")]

    @staticmethod
    def _ensure_peer(conn, origin: str, name: str) -> None:
        conn.execute("INSERT INTO bm_sync_peers (origin, name) VALUES (?, ?) ON CONFLICT(origin) DO UPDATE SET "
                     "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END", (origin, name))

    def acknowledge(self, origin: str, name: str, acked_seq: int, acked_audit: int) -> None:
        with self._transaction() as conn:
            self._ensure_peer(conn, origin, name)
            conn.execute("UPDATE bm_sync_peers SET acked_seq = max(acked_seq, ?), acked_audit = max(acked_audit, ?), "
                         "last_sync = ? WHERE origin = ?", (acked_seq, acked_audit, _now_text(), origin))

    # -- sending --------------------------------------------------------------------------------------
    def item_batches(self, since: int, upto: int, to_origin: str, size: int) -> Iterator[list[ItemRecord]]:
        conn = self._conn()
        after = since
        while True:
            rows = conn.execute("SELECT uuid, seq, state FROM bm_sync_items WHERE seq > ? AND seq <= ? AND "
                                "src IS NOT ? ORDER BY seq LIMIT ?", (after, upto, to_origin or _NOBODY, size)).fetchall()
            if not rows:
                return
            yield [ItemRecord(uid, seq, ItemState.from_json(text)) for uid, seq, text in rows]
            after = rows[-1][1]

    def count_items(self, since: int, upto: int, to_origin: str) -> int:
        return int(self._conn().execute("SELECT count(*) FROM bm_sync_items WHERE seq > ? AND seq <= ? AND src IS NOT ?",
                                        (since, upto, to_origin or _NOBODY)).fetchone()[0])

    def audit_batches(self, since: int, upto: int, to_origin: str,
                      size: int) -> Iterator[tuple[list[AuditRecord], int]]:
        conn = self._conn()
        after = since
        while True:
            rows = conn.execute(
                "SELECT a.id, COALESCE(m.origin, a.origin), COALESCE(m.source_id, a.id), a.at, a.user, a.action, "
                "a.incident_uuid, a.before_json, a.after_json FROM audit_log a LEFT JOIN bm_sync_audit_sources m "
                "ON m.local_id = a.id WHERE a.id > ? AND a.id <= ? AND a.action != 'sync' "
                "AND COALESCE(m.origin, a.origin) IS NOT ? ORDER BY a.id LIMIT ?",
                (after, upto, to_origin or _NOBODY, size)).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            yield [AuditRecord(*row[1:]) for row in rows], after

    def audit_local_id(self, record: AuditRecord) -> int | None:
        """The local id of a received entry (None when it is not here)."""
        row = self._conn().execute("SELECT local_id FROM bm_sync_audit_sources WHERE origin = ? AND source_id = ?",
                                   (record.origin, record.source_id)).fetchone()
        return None if row is None else row[0]

    # -- receiving ------------------------------------------------------------------------------------
    def applied_batches(self, package: str) -> set[int]:
        return {row[0] for row in self._conn().execute("SELECT batch FROM bm_sync_applied WHERE package = ?",
                                                       (package,))}

    def apply(self, header: Header, batch: Batch) -> ApplyResult:
        if header.origin == self._origin:
            raise SyncError(f"The changes come from {self.name} itself (the same origin id {self._origin}); a store "
                            "does not sync with itself or with a copy of its file.")
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM bm_sync_applied WHERE package = ? AND batch = ?",
                            (header.package, batch.number)).fetchone():
                return ApplyResult(skipped=True)
            self._ensure_peer(conn, header.origin, header.name)
            if batch.kind == "items":
                result = self._merge_items(conn, header, batch)
                mark = "received_seq"
                since = header.since_seq
            else:
                result = self._append_audit(conn, batch.audit)
                mark = "received_audit"
                since = header.since_audit
            conn.execute("INSERT INTO bm_sync_applied (package, batch, applied_at) VALUES (?, ?, ?)",
                         (header.package, batch.number, _now_text()))
            # The changes arrive in order: the mark moves only when nothing lies between it and this package.
            conn.execute(f"UPDATE bm_sync_peers SET {mark} = max({mark}, ?) WHERE origin = ? AND {mark} >= ?",
                         (batch.upto, header.origin, since))
            if header.to_origin == self._origin:  # what the sender holds of ours (said of the addressee only)
                conn.execute("UPDATE bm_sync_peers SET acked_seq = max(acked_seq, ?), acked_audit = "
                             "max(acked_audit, ?) WHERE origin = ?", (header.ack_seq, header.ack_audit, header.origin))
            conn.execute("UPDATE bm_sync_peers SET last_sync = ? WHERE origin = ?", (_now_text(), header.origin))
            return result

    def _merge_items(self, conn, header: Header, batch: Batch) -> ApplyResult:
        uuids = [r.uuid for r in batch.items]
        has_seq = change_log.has_change_seq(conn)
        # nothing written here waits for a scan: the rows this batch writes need none either
        settled = has_seq and self._counter(conn, "scanned") >= change_log.current_seq(conn)
        local = self._states(conn, uuids)
        self._register_local(conn, uuids, local)  # an edit made here since the last scan merges, not overwritten
        rows = gpkg_rows.fetch_rows(conn, uuids)
        seq = self._counter(conn, "seq")
        result = ApplyResult()
        items = []
        for record in batch.items:
            mine = local.get(record.uuid)
            merged = versions.merge(mine, record.state)
            if mine is not None and merged == mine:
                result.unchanged += 1
                continue
            text = merged.to_json()
            values = merged.values()
            gpkg_rows.check_row(record.uuid, values, f"the changes from {header.name}")
            gpkg_rows.write_row(conn, record.uuid, values, exists=record.uuid in rows)
            seq += 1
            src = header.origin if merged == record.state else None
            conflict = int(bool(merged.conflicts()))
            items.append((record.uuid, seq, text, values["revision"], values["deleted"], values["updated_at"],
                          conflict, src))
            if record.uuid in rows:
                result.changed += 1
            else:
                result.new += 1
            result.conflicts += conflict
            result.ids.append(record.uuid)
        conn.executemany("INSERT INTO bm_sync_items (uuid, seq, state, seen_revision, seen_deleted, seen_updated_at, "
                         "conflict, src) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(uuid) DO UPDATE SET "
                         "seq = excluded.seq, state = excluded.state, seen_revision = excluded.seen_revision, "
                         "seen_deleted = excluded.seen_deleted, seen_updated_at = excluded.seen_updated_at, "
                         "conflict = excluded.conflict, src = excluded.src", items)
        self._set_counter(conn, "seq", seq)
        if items:
            touch_contents(conn, TABLE)
        if settled:
            self._set_counter(conn, "scanned", change_log.current_seq(conn))
        if items:
            _append_entries(conn, [(_now_text(), "sync", self._origin, "sync", None, None, json.dumps({
                "from": header.name, "origin": header.origin, "package": header.package, "batch": batch.number,
                "new": result.new, "changed": result.changed, "conflicts": result.conflicts,
                "ids": result.ids[:AUDIT_IDS_MAX]}, ensure_ascii=False, sort_keys=True))])
        return result

    def _append_audit(self, conn, records: tuple[AuditRecord, ...]) -> ApplyResult:
        fresh = []
        for r in records:
            if r.origin == self._origin:
                continue  # written here: it is in the log already
            known = conn.execute("SELECT 1 FROM bm_sync_audit_sources WHERE origin = ? AND source_id = ? UNION ALL "
                                 "SELECT 1 FROM audit_log a WHERE a.id = ? AND a.origin = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM bm_sync_audit_sources m WHERE m.local_id = a.id) LIMIT 1",
                                 (r.origin, r.source_id, r.source_id, r.origin)).fetchone()
            if known is None:
                fresh.append(r)
        ids = _append_entries(conn, [(r.at, r.user, r.origin, r.action, r.incident, r.before, r.after) for r in fresh])
        conn.executemany("INSERT INTO bm_sync_audit_sources (local_id, origin, source_id) VALUES (?, ?, ?)",
                         [(i, r.origin, r.source_id) for i, r in zip(ids, fresh)])
        return ApplyResult(audit=len(fresh))

    # -- conflicts ------------------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        out = []
        for uid, text in self._conn().execute("SELECT uuid, state FROM bm_sync_items WHERE conflict = 1 ORDER BY uuid"):
            state = ItemState.from_json(text)
            groups = tuple(state.conflicts())
            if groups:
                out.append(Conflict(uid, state, groups))
        return out

    def conflict(self, uid: str) -> Conflict:
        uid = _canonical(uid, self.name)
        row = self._conn().execute("SELECT state FROM bm_sync_items WHERE uuid = ?", (uid,)).fetchone()
        state = None if row is None else ItemState.from_json(row[0])
        if state is None or not state.conflicts():
            raise SyncError(f"Incident {uid} has no conflict in {self.name} (border-monitor conflicts list "
                            f"--store {self.name} lists them).")
        return Conflict(uid, state, tuple(state.conflicts()))

    def resolve(self, uuid: str, choices: dict[str, Sibling], user: str) -> list[str]:
        uid = _canonical(uuid, self.name)
        with self._transaction() as conn:
            self._register_local(conn, [uid])
            state = self._states(conn, [uid]).get(uid)
            if state is None:
                raise SyncError(f"There is no incident {uid} in the sync records of {self.name}.")
            before_raw = conn.execute(f"{gpkg_rows.SELECT_FID_ROW} WHERE uuid = ?",
                                      (uid,)).fetchone()
            dot = self._counter(conn, "dot") + 1
            resolved = versions.resolve(state, choices, self._origin, dot, _now_text(), user)
            values = resolved.values()
            gpkg_rows.check_row(uid, values, self.name)
            gpkg_rows.write_row(conn, uid, values, exists=before_raw is not None)
            seq = self._counter(conn, "seq") + 1
            conn.execute("UPDATE bm_sync_items SET seq = ?, state = ?, seen_revision = ?, seen_deleted = ?, "
                         "seen_updated_at = ?, conflict = ?, src = NULL WHERE uuid = ?",
                         (seq, resolved.to_json(), values["revision"], values["deleted"], values["updated_at"],
                          int(bool(resolved.conflicts())), uid))
            self._set_counter(conn, "seq", seq)
            self._set_counter(conn, "dot", dot)
            after_raw = conn.execute(f"{gpkg_rows.SELECT_FID_ROW} WHERE uuid = ?",
                                     (uid,)).fetchone()
            before = None if before_raw is None else _incident_json(before_raw)
            _append_entries(conn, [(values["updated_at"], user, self._origin, "update", uid, before,
                                    _incident_json(after_raw))])
            touch_contents(conn, TABLE)
        return [uid]

    # -- lifetime -------------------------------------------------------------------------------------
    def close(self) -> None:
        self._connections.close_all()
        if self._owns:
            self._store.close()


def _canonical(uid: str, store_name: str) -> str:
    try:
        return str(uuid_module.UUID(str(uid).strip()))
    except ValueError:
        raise SyncError(f"{uid!r} is not an incident id (a UUID) of {store_name}.") from None


def _incident_json(raw) -> str | None:
    try:
        return json.dumps(row_to_incident(raw).to_dict(), ensure_ascii=False, sort_keys=True)
    except (ValueError, TypeError):
        return None


def _append_entries(conn, rows: list[tuple]) -> list[int]:
    """Append entries (at, user, origin, action, incident, before_json, after_json) to the hash-chained log with
    their texts as given (an entry from a peer keeps its origin, time and details); their new local ids."""
    if not rows:
        return []
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    next_id = max(last[0] if last else 0, seq[0] if seq else 0) + 1
    prev = last[1] if last and last[1] else audit_chain.GENESIS
    entries = [(next_id + k, *row) for k, row in enumerate(rows)]
    links = audit_chain.link(entries, prev)
    conn.executemany(_INSERT_AUDIT, [(*e, p, h) for e, (p, h) in zip(entries, links)])
    audit.set_head(conn, entries[-1][0], links[-1][1])
    return [e[0] for e in entries]


class _Transaction:
    """``with`` block: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any error (a database error worded)."""

    def __init__(self, connections: Connections, conn: sqlite3.Connection):
        self._connections, self._conn = connections, conn

    def __enter__(self) -> sqlite3.Connection:
        self._connections.begin(self._conn)
        return self._conn

    def __exit__(self, kind, exc, tb) -> bool:
        if kind is None:
            self._conn.execute("COMMIT")
            return False
        self._connections.rollback(self._conn)
        if isinstance(exc, sqlite3.DatabaseError):
            raise StoreError(f"The sync of {self._connections.path.name} failed and its last step was undone: "
                             f"{exc}.") from exc
        return False
