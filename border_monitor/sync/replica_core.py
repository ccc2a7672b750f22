"""``SqlReplica``: the sync bookkeeping both backends share, over a small SQL dialect.

The sync tables are the same in a GeoPackage and in PostgreSQL (``store.gpkg.sync_tables``,
``store.postgis.sync_tables``), so everything that reads or writes only them is written once here: the
counters, the peers and their marks, the states sent in batches, applying a batch in one transaction with the
mark that it was applied, the "sync" audit entry of a batch, the check of relayed audit entries, conflicts and
their resolution. A backend (``sync.gpkg_replica``, ``sync.postgis_replica``) gives its ``Dialect``
(placeholders, ``max``/``greatest``, ``IS NOT``/``IS DISTINCT FROM``, the uuid as text) and the few steps
that touch its own incident rows, connections and audit chain.

Rows deleted outright by another program (psql ``DELETE``, sqlite3, QGIS) leave their uuid in the store's
removed-rows table with a change sequence (PostGIS ``incident_removals``, GeoPackage ``bm_removed_incidents``).
A scan records each such incident that sync knows as a delete written here (a tombstone), so the deletion
travels like any other and the incident does not come back; a state that arrives later for it is merged and
kept, and the row is written again only if the merge leaves the incident alive (a conflict with an edit made
elsewhere meanwhile, or a restore that had seen the delete).
"""
from __future__ import annotations

import json
import logging
import uuid as uuid_module
from abc import abstractmethod
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator

from . import versions
from .errors import SyncError
from .replica import ApplyResult, AuditRecord, Batch, Conflict, Header, ItemRecord, PeerMarks, Replica
from .versions import ItemState, Sibling

log = logging.getLogger(__name__)

AUDIT_IDS_MAX = 10_000  # incident ids listed in a "sync" audit entry
OUTSIDE_USER = "(deleted outside Border Monitor)"  # updated_by of the tombstone of a row deleted outright
_NOBODY = "-"  # the peer to leave out when none is (no origin id is "-"; "IS NOT NULL" would leave out all)
_PEER_COLUMNS = "origin, name, acked_seq, acked_audit, received_seq, received_audit, last_sync"


@dataclass(frozen=True)
class Dialect:
    """How the backend's SQL spells what differs: the placeholder, the larger of two values, null-safe
    "differs", the uuid column read as text, and the audit log's user column."""

    p: str  # "?" or "%s"
    greatest: str  # "max" or "greatest"
    differs: str  # "IS NOT" or "IS DISTINCT FROM"
    uuid_text: str  # "uuid" or "uuid::text"
    audit_user: str  # "user" or "actor"
    compact_states: bool = False  # bm_sync_items.state in ItemState.to_stored_json's form (else to_json's)

    def state_text(self, state: ItemState) -> str:
        """The stored form of ``state`` in ``bm_sync_items``."""
        return state.to_stored_json() if self.compact_states else state.to_json()

    def sql(self, text: str) -> str:
        """``text`` with ``{p}``, ``{greatest}``, ``{differs}``, ``{uuid}``, ``{user}`` filled in."""
        return text.format(p=self.p, greatest=self.greatest, differs=self.differs, uuid=self.uuid_text,
                           user=self.audit_user)


def now_text() -> str:
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def canonical(uid: str, store_name: str) -> str:
    try:
        return str(uuid_module.UUID(str(uid).strip()))
    except ValueError:
        raise SyncError(f"{uid!r} is not an incident id (a UUID) of {store_name}.") from None


def batch_entry(origin: str, header: Header, batch: Batch, result: ApplyResult) -> tuple:
    """The "sync" audit entry of an applied batch: (at, user, origin, action, incident, before, after)."""
    return (now_text(), "sync", origin, "sync", None, None, json.dumps({
        "from": header.name, "origin": header.origin, "package": header.package, "batch": batch.number,
        "new": result.new, "changed": result.changed, "conflicts": result.conflicts,
        "ids": result.ids[:AUDIT_IDS_MAX]}, ensure_ascii=False, sort_keys=True))


class SqlReplica(Replica):
    """A replica whose sync tables are SQL tables; the backend fills in the abstract steps below."""

    dialect: Dialect

    # -- what a backend gives -------------------------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager:
        """A write transaction holding the store's write lock; yields the connection."""

    @abstractmethod
    def _reading(self) -> AbstractContextManager:
        """The connection for a read (database errors worded)."""

    @staticmethod
    @abstractmethod
    def _executemany(conn, statement: str, rows: list[tuple]) -> None: ...

    @staticmethod
    @abstractmethod
    def _flag(value: bool):
        """The stored form of ``bm_sync_items.conflict``."""

    @abstractmethod
    def _by_uuids(self, conn, select: str, column: str, uuids: list[str]) -> list[tuple]:
        """The rows of ``select`` (no WHERE) whose ``column`` is one of ``uuids``."""

    @abstractmethod
    def _change_mark(self, conn) -> int | None:
        """The incidents' change sequence now (None when the store has none)."""

    @abstractmethod
    def _rows_changed(self, conn, scanned: int) -> list[tuple[str, dict]]:
        """(uuid, row values) of the incidents written after the change sequence ``scanned`` (all that differ from
        their recorded state when the store has no change sequence)."""

    @abstractmethod
    def _rows_among(self, conn, uuids: list[str]) -> list[tuple[str, dict]]:
        """(uuid, row values) of those of ``uuids`` that may have changed since their state was written."""

    @abstractmethod
    def _removed_since(self, conn, scanned: int) -> list[str]:
        """The uuids of incident rows deleted outright after the change sequence ``scanned``."""

    @abstractmethod
    def _fetch_rows(self, conn, uuids: list[str]) -> dict[str, dict]: ...

    @abstractmethod
    def _check_row(self, uid: str, values: dict, where: str) -> None: ...

    @abstractmethod
    def _write_row(self, conn, uid: str, values: dict, exists: bool) -> None: ...

    @abstractmethod
    def _incident_json(self, conn, uid: str) -> str | None:
        """The stored incident as the audit log's JSON text (None when there is no such row)."""

    @abstractmethod
    def _append_entries(self, conn, rows: list[tuple]) -> list[int]:
        """Append (at, user, origin, action, incident, before, after) to the hash-chained log; the new ids."""

    def _rows_written(self, conn) -> None:
        """After incident rows were written (a GeoPackage updates its contents' time stamp)."""

    # -- counters -------------------------------------------------------------------------------------
    def _counter(self, conn, key: str) -> int:
        row = conn.execute(self.dialect.sql("SELECT value FROM bm_sync_counters WHERE key = {p}"), (key,)).fetchone()
        return 0 if row is None else int(row[0])

    def _set_counter(self, conn, key: str, value: int) -> None:
        conn.execute(self.dialect.sql("INSERT INTO bm_sync_counters (key, value) VALUES ({p}, {p}) ON CONFLICT (key) "
                                      "DO UPDATE SET value = excluded.value"), (key, value))

    def high_water(self) -> tuple[int, int]:
        with self._reading() as conn:
            last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
            return self._counter(conn, "seq"), int(last or 0)

    def _upsert_items(self, conn, items: list[tuple]) -> None:
        if items:
            self._executemany(conn, self.dialect.sql(
                "INSERT INTO bm_sync_items (uuid, seq, state, seen_revision, seen_deleted, seen_updated_at, conflict, "
                "src) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (uuid) DO UPDATE SET "
                "seq = excluded.seq, state = excluded.state, seen_revision = excluded.seen_revision, "
                "seen_deleted = excluded.seen_deleted, seen_updated_at = excluded.seen_updated_at, "
                "conflict = excluded.conflict, src = excluded.src"), items)

    def _states(self, conn, uuids: list[str]) -> dict[str, ItemState]:
        if not uuids:
            return {}
        rows = self._by_uuids(conn, self.dialect.sql("SELECT {uuid}, state FROM bm_sync_items"), "uuid", uuids)
        return {uid: ItemState.from_json(text) for uid, text in rows}

    # -- local edits ----------------------------------------------------------------------------------
    def scan(self) -> int:
        with self._transaction() as conn:
            return self._register_local(conn)

    def _register_local(self, conn, uuids: list[str] | None = None, known: dict | None = None) -> int:
        """Inside a transaction: record the rows changed here (since the last scan, or among ``uuids``) as writes
        of this replica, rows deleted outright as deletes; how many incidents got a new state. ``known``: the
        states of ``uuids`` read already (kept current here)."""
        if uuids is None:
            mark = self._change_mark(conn)
            scanned = self._counter(conn, "scanned")
            raws = self._rows_changed(conn, scanned)
            present = {uid for uid, _row in raws}
            gone = [] if mark is None else [u for u in dict.fromkeys(self._removed_since(conn, scanned))
                                            if u and u not in present]
            if mark is not None:
                self._set_counter(conn, "scanned", mark)
        else:
            raws = self._rows_among(conn, uuids)
            present = set(self._fetch_rows(conn, uuids))
            gone = [u for u in uuids if u not in present]
        if not raws and not gone:
            return 0
        states = known if known is not None else self._states(conn, [uid for uid, _row in raws] + gone)
        raws = raws + [(uid, self._tombstone_row(states[uid])) for uid in gone
                       if uid in states and not states[uid].deleted]
        seq, dot = self._counter(conn, "seq"), self._counter(conn, "dot")
        updates, seen_only = [], []
        for uid, row in raws:
            old = states.get(uid)
            if old is None:
                new = versions.first_state(uid, row)
            else:
                new = versions.local_edit(old, row, self.origin, dot + 1)
                if new is not None and new.vv.get(self.origin, 0) == dot + 1:
                    dot += 1
            seen = (row["revision"], row["deleted"], row["updated_at"])
            if new is None:
                if old is not None and seen != (old.revision, int(old.deleted), old.last[2]):
                    seen_only.append((*seen, uid))
                continue
            seq += 1
            updates.append((uid, seq, self.dialect.state_text(new), *seen, self._flag(bool(new.conflicts())), None))
            if known is not None:
                known[uid] = new
        self._upsert_items(conn, updates)
        if seen_only:
            self._executemany(conn, self.dialect.sql(
                "UPDATE bm_sync_items SET seen_revision = {p}, seen_deleted = {p}, seen_updated_at = {p} "
                "WHERE uuid = {p}"), seen_only)
        self._set_counter(conn, "seq", seq)
        self._set_counter(conn, "dot", dot)
        if updates:
            log.info("%s: %d incidents changed here since the last sync", self.name, len(updates))
        return len(updates)

    @staticmethod
    def _tombstone_row(state: ItemState) -> dict:
        """The row values of an incident deleted outright: its last known values, deleted, one revision on."""
        row = state.values()
        row.update(deleted=1, revision=state.revision + 1, updated_at=now_text(), updated_by=OUTSIDE_USER)
        return row

    # -- peers ----------------------------------------------------------------------------------------
    def peer(self, origin: str) -> PeerMarks:
        with self._reading() as conn:
            row = conn.execute(self.dialect.sql(f"SELECT {_PEER_COLUMNS} FROM bm_sync_peers WHERE origin = {{p}}"),
                               (origin,)).fetchone()
        return PeerMarks(origin) if row is None else PeerMarks(*row)

    def peers(self) -> list[PeerMarks]:
        with self._reading() as conn:
            return [PeerMarks(*row) for row in conn.execute(
                f"SELECT {_PEER_COLUMNS} FROM bm_sync_peers ORDER BY name, origin").fetchall()]

    def _ensure_peer(self, conn, origin: str, name: str) -> None:
        conn.execute(self.dialect.sql(
            "INSERT INTO bm_sync_peers (origin, name) VALUES ({p}, {p}) ON CONFLICT (origin) DO UPDATE SET "
            "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE bm_sync_peers.name END"), (origin, name))

    def acknowledge(self, origin: str, name: str, acked_seq: int, acked_audit: int) -> None:
        with self._transaction() as conn:
            self._ensure_peer(conn, origin, name)
            conn.execute(self.dialect.sql(
                "UPDATE bm_sync_peers SET acked_seq = {greatest}(acked_seq, {p}), acked_audit = "
                "{greatest}(acked_audit, {p}), last_sync = {p} WHERE origin = {p}"),
                (acked_seq, acked_audit, now_text(), origin))

    # -- sending --------------------------------------------------------------------------------------
    def item_batches(self, since: int, upto: int, to_origin: str, size: int) -> Iterator[list[ItemRecord]]:
        statement = self.dialect.sql("SELECT {uuid}, seq, state FROM bm_sync_items WHERE seq > {p} AND seq <= {p} "
                                     "AND src {differs} {p} ORDER BY seq LIMIT {p}")
        after = since
        while True:
            with self._reading() as conn:
                rows = conn.execute(statement, (after, upto, to_origin or _NOBODY, size)).fetchall()
            if not rows:
                return
            yield [ItemRecord(uid, int(seq), ItemState.from_json(text)) for uid, seq, text in rows]
            after = rows[-1][1]

    def count_items(self, since: int, upto: int, to_origin: str) -> int:
        with self._reading() as conn:
            return int(conn.execute(self.dialect.sql(
                "SELECT count(*) FROM bm_sync_items WHERE seq > {p} AND seq <= {p} AND src {differs} {p}"),
                (since, upto, to_origin or _NOBODY)).fetchone()[0])

    def audit_batches(self, since: int, upto: int, to_origin: str,
                      size: int) -> Iterator[tuple[list[AuditRecord], int]]:
        statement = self.dialect.sql(
            "SELECT a.id, coalesce(m.origin, a.origin), coalesce(m.source_id, a.id), a.at, a.{user}, a.action, "
            "a.incident_uuid, a.before_json, a.after_json FROM audit_log a LEFT JOIN bm_sync_audit_sources m "
            "ON m.local_id = a.id WHERE a.id > {p} AND a.id <= {p} AND a.action <> 'sync' "
            "AND coalesce(m.origin, a.origin) {differs} {p} ORDER BY a.id LIMIT {p}")
        after = since
        while True:
            with self._reading() as conn:
                rows = conn.execute(statement, (after, upto, to_origin or _NOBODY, size)).fetchall()
            if not rows:
                return
            after = int(rows[-1][0])
            yield [AuditRecord(*row[1:]) for row in rows], after

    def audit_local_id(self, record: AuditRecord) -> int | None:
        """The local id of a received entry (None when it is not here)."""
        with self._reading() as conn:
            row = conn.execute(self.dialect.sql("SELECT local_id FROM bm_sync_audit_sources WHERE origin = {p} AND "
                                                "source_id = {p}"), (record.origin, record.source_id)).fetchone()
        return None if row is None else int(row[0])

    # -- receiving ------------------------------------------------------------------------------------
    def applied_batches(self, package: str) -> set[int]:
        with self._reading() as conn:
            return {row[0] for row in conn.execute(self.dialect.sql(
                "SELECT batch FROM bm_sync_applied WHERE package = {p}"), (package,)).fetchall()}

    def apply(self, header: Header, batch: Batch) -> ApplyResult:
        if header.origin == self.origin:
            raise SyncError(f"The changes come from {self.name} itself (the same origin id {self.origin}); a store "
                            "does not sync with itself or with a copy of its data.")
        sql = self.dialect.sql
        with self._transaction() as conn:
            if conn.execute(sql("SELECT 1 FROM bm_sync_applied WHERE package = {p} AND batch = {p}"),
                            (header.package, batch.number)).fetchone():
                return ApplyResult(skipped=True)
            self._ensure_peer(conn, header.origin, header.name)
            if batch.kind == "items":
                result, mark, since = self._merge_items(conn, header, batch), "received_seq", header.since_seq
            else:
                result, mark, since = self._append_audit(conn, batch.audit), "received_audit", header.since_audit
            conn.execute(sql("INSERT INTO bm_sync_applied (package, batch, applied_at) VALUES ({p}, {p}, {p})"),
                         (header.package, batch.number, now_text()))
            # The changes arrive in order: the mark moves only when nothing lies between it and this package.
            conn.execute(sql(f"UPDATE bm_sync_peers SET {mark} = {{greatest}}({mark}, {{p}}) WHERE origin = {{p}} "
                             f"AND {mark} >= {{p}}"), (batch.upto, header.origin, since))
            if header.to_origin == self.origin:  # what the sender holds of ours (said of the addressee only)
                conn.execute(sql("UPDATE bm_sync_peers SET acked_seq = {greatest}(acked_seq, {p}), acked_audit = "
                                 "{greatest}(acked_audit, {p}) WHERE origin = {p}"),
                             (header.ack_seq, header.ack_audit, header.origin))
            conn.execute(sql("UPDATE bm_sync_peers SET last_sync = {p} WHERE origin = {p}"),
                         (now_text(), header.origin))
            return result

    def _merge_items(self, conn, header: Header, batch: Batch) -> ApplyResult:
        uuids = [r.uuid for r in batch.items]
        # nothing written here waits for a scan: the rows this batch writes need none either
        mark = self._change_mark(conn)
        settled = mark is not None and self._counter(conn, "scanned") >= mark
        local = self._states(conn, uuids)
        self._register_local(conn, uuids, local)  # an edit made here since the last scan merges, not overwritten
        rows = self._fetch_rows(conn, uuids)
        seq = self._counter(conn, "seq")
        result = ApplyResult()
        items = []
        for record in batch.items:
            mine = local.get(record.uuid)
            merged = versions.merge(mine, record.state)
            if mine is not None and merged == mine:
                result.unchanged += 1
                continue
            values = merged.values()
            self._check_row(record.uuid, values, f"the changes from {header.name}")
            exists = record.uuid in rows
            if exists or mine is None or not merged.deleted:  # a row deleted outright here stays gone while deleted
                self._write_row(conn, record.uuid, values, exists=exists)
            seq += 1
            src = header.origin if merged == record.state else None
            conflict = bool(merged.conflicts())
            items.append((record.uuid, seq, self.dialect.state_text(merged), values["revision"], values["deleted"],
                          values["updated_at"], self._flag(conflict), src))
            if exists:
                result.changed += 1
            else:
                result.new += 1
            result.conflicts += int(conflict)
            result.ids.append(record.uuid)
        self._upsert_items(conn, items)
        self._set_counter(conn, "seq", seq)
        if items:
            self._rows_written(conn)
        if settled:
            self._set_counter(conn, "scanned", self._change_mark(conn))
        if items:
            self._append_entries(conn, [batch_entry(self.origin, header, batch, result)])
        return result

    def _append_audit(self, conn, records: tuple[AuditRecord, ...]) -> ApplyResult:
        known_sql = self.dialect.sql(
            "SELECT 1 FROM bm_sync_audit_sources WHERE origin = {p} AND source_id = {p} UNION ALL "
            "SELECT 1 FROM audit_log a WHERE a.id = {p} AND a.origin = {p} AND NOT EXISTS "
            "(SELECT 1 FROM bm_sync_audit_sources m WHERE m.local_id = a.id) LIMIT 1")
        fresh = []
        for r in records:
            if r.origin == self.origin:
                continue  # written here: it is in the log already
            if conn.execute(known_sql, (r.origin, r.source_id, r.source_id, r.origin)).fetchone() is None:
                fresh.append(r)
        ids = self._append_entries(conn, [(r.at, r.user, r.origin, r.action, r.incident, r.before, r.after)
                                          for r in fresh])
        if fresh:
            self._executemany(conn, self.dialect.sql("INSERT INTO bm_sync_audit_sources (local_id, origin, source_id) "
                                                     "VALUES ({p}, {p}, {p})"),
                              [(i, r.origin, r.source_id) for i, r in zip(ids, fresh)])
        return ApplyResult(audit=len(fresh))

    # -- conflicts ------------------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        with self._reading() as conn:
            rows = conn.execute(self.dialect.sql("SELECT {uuid}, state FROM bm_sync_items WHERE conflict = {p} "
                                                 "ORDER BY {uuid}"), (self._flag(True),)).fetchall()
        out = []
        for uid, text in rows:
            state = ItemState.from_json(text)
            groups = tuple(state.conflicts())
            if groups:
                out.append(Conflict(uid, state, groups))
        return out

    def conflict(self, uid: str) -> Conflict:
        uid = canonical(uid, self.name)
        with self._reading() as conn:
            row = conn.execute(self.dialect.sql("SELECT state FROM bm_sync_items WHERE uuid = {p}"), (uid,)).fetchone()
        state = None if row is None else ItemState.from_json(row[0])
        if state is None or not state.conflicts():
            raise SyncError(f"Incident {uid} has no conflict in {self.name} (border-monitor conflicts list "
                            f"--store {self._store_argument} lists them).")
        return Conflict(uid, state, tuple(state.conflicts()))

    @property
    def _store_argument(self) -> str:
        """How ``--store`` names this store in a hint."""
        return self.name

    def resolve(self, uuid: str, choices: dict[str, Sibling], user: str) -> list[str]:
        uid = canonical(uuid, self.name)
        with self._transaction() as conn:
            self._register_local(conn, [uid])
            state = self._states(conn, [uid]).get(uid)
            if state is None:
                raise SyncError(f"There is no incident {uid} in the sync records of {self.name}.")
            before = self._incident_json(conn, uid)
            exists = bool(self._fetch_rows(conn, [uid]))
            dot = self._counter(conn, "dot") + 1
            resolved = versions.resolve(state, choices, self.origin, dot, now_text(), user)
            values = resolved.values()
            self._check_row(uid, values, self.name)
            self._write_row(conn, uid, values, exists=exists)
            seq = self._counter(conn, "seq") + 1
            conn.execute(self.dialect.sql("UPDATE bm_sync_items SET seq = {p}, state = {p}, seen_revision = {p}, "
                                          "seen_deleted = {p}, seen_updated_at = {p}, conflict = {p}, src = NULL "
                                          "WHERE uuid = {p}"),
                         (seq, self.dialect.state_text(resolved), values["revision"], values["deleted"], values["updated_at"],
                          self._flag(bool(resolved.conflicts())), uid))
            self._set_counter(conn, "seq", seq)
            self._set_counter(conn, "dot", dot)
            self._append_entries(conn, [(values["updated_at"], user, self.origin, "update", uid, before,
                                         self._incident_json(conn, uid))])
            self._rows_written(conn)
        return [uid]
