"""``PostgisReplica``: a PostgreSQL/PostGIS store taking part in sync (its tables: ``store.postgis.sync_tables``).

The store is opened as usual (``PostgisStore``: schema version, role); sync works on a connection of its own,
each write one transaction that holds the store's advisory lock (``schema.CHANGE_LOCK``, as every write to
incidents does) and writes the incident rows, their sync states, the audit entries and the mark that the batch
was applied, so a connection lost between or inside batches leaves every batch applied and marked or not at
all; the next sync goes on from the marks. Workstations that have the store open see the rows through the
change sequence and NOTIFY, as any other program's write.

Roles: a sync needs a supervisor or the database's owner (see ``store.postgis.sync_tables``); a viewer or an
operator is refused before anything is read, with a sentence.
"""
from __future__ import annotations

import json
import logging
import uuid as uuid_module
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Iterator

import psycopg

from ..domain.errors import StoreError, StoreUnavailable
from ..store import audit_chain
from ..store.postgis import audit_log
from ..store.postgis.connections import is_connection_lost, open_connection
from ..store.postgis.schema import CHANGE_LOCK
from . import gpkg_rows, postgis_rows, versions
from .errors import SyncError
from .replica import ApplyResult, AuditRecord, Batch, Conflict, Header, ItemRecord, PeerMarks, Replica
from .versions import ItemState, Sibling

log = logging.getLogger(__name__)

AUDIT_IDS_MAX = 10_000
SYNC_LEVELS = ("owner", "supervisor")  # who may sync (a sync writes deletions, statuses, resolutions)
_NOBODY = "-"
_INSERT_AUDIT = ("INSERT INTO audit_log (id, at, actor, origin, action, incident_uuid, before_json, after_json, "
                 "prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)")
_UPSERT_ITEM = ("INSERT INTO bm_sync_items (uuid, seq, state, seen_revision, seen_deleted, seen_updated_at, conflict, "
                "src) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (uuid) DO UPDATE SET seq = excluded.seq, "
                "state = excluded.state, seen_revision = excluded.seen_revision, seen_deleted = excluded.seen_deleted, "
                "seen_updated_at = excluded.seen_updated_at, conflict = excluded.conflict, src = excluded.src")


def _now_text() -> str:
    now = datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


class PostgisReplica(Replica):
    """Sync on one PostgreSQL store. Give it an open ``PostgisStore`` (``owns_store`` closes it too) or ``open``."""

    def __init__(self, store, *, owns_store: bool = False):
        self._store, self._owns = store, owns_store
        level, service = store.role
        if getattr(store, "standby", False):
            raise StoreError(f"The store {store.name} is a read-only standby; sync with the primary server.")
        if level not in SYNC_LEVELS:
            who = store.role_text or "a user with no Border Monitor role"
            raise StoreError(f"{store.name}: user {store._address.user or '(your login)'} is {who}, and only a "  # noqa: SLF001
                             "supervisor or the database's owner may sync (a sync writes deletions, statuses and "
                             "conflict resolutions); nothing was changed.")
        self._origin = store.origin
        if not self._origin:
            raise StoreError(f"The store {store.name} has no origin id; it cannot take part in a sync.")
        self._address = store._address  # noqa: SLF001 - the replica opens its own connection to the same database
        self._conn = open_connection(self._address)

    @classmethod
    def open(cls, url: str) -> "PostgisReplica":
        from ..store.postgis.store import PostgisStore

        store = PostgisStore(url)
        try:
            return cls(store, owns_store=True)
        except BaseException:
            store.close()
            raise

    # -- identity -------------------------------------------------------------------------------------
    @property
    def origin(self) -> str:
        return self._origin

    @property
    def name(self) -> str:
        return self._store.name

    @property
    def store(self):
        return self._store

    @property
    def backend_pid(self) -> int:
        """The server process of the sync's connection."""
        return self._conn.info.backend_pid

    @contextmanager
    def _server(self):
        """The connection; a lost one becomes ``StoreUnavailable`` (what was applied stays), others a sentence."""
        try:
            yield self._conn
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else type(exc).__name__
            if is_connection_lost(exc) or self._conn.broken or self._conn.closed:
                raise StoreUnavailable(
                    f"The connection to {self._address.host}:{self._address.port} ({self.name}) was lost during the "
                    "sync; the batches applied before stay applied: run the sync again to go on from there.") from None
            if isinstance(exc, psycopg.errors.InsufficientPrivilege):
                raise StoreError(f"{self.name} refused the sync for {self._store.role_text}: {reason}; the batch "
                                 "was undone.") from None
            raise StoreError(f"The sync of {self.name} failed and its last step was undone: {reason}.") from None

    @contextmanager
    def _transaction(self):
        with self._server() as conn, conn.transaction():
            conn.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
            yield conn

    # -- counters -------------------------------------------------------------------------------------
    @staticmethod
    def _counter(conn, key: str) -> int:
        row = conn.execute("SELECT value FROM bm_sync_counters WHERE key = %s", (key,)).fetchone()
        return 0 if row is None else int(row[0])

    @staticmethod
    def _set_counter(conn, key: str, value: int) -> None:
        conn.execute("INSERT INTO bm_sync_counters (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET "
                     "value = excluded.value", (key, value))

    @staticmethod
    def _change_seq(conn) -> int:
        return int(conn.execute("SELECT coalesce(max(change_seq), 0) FROM incidents").fetchone()[0])

    def high_water(self) -> tuple[int, int]:
        with self._server() as conn:
            last = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
            return self._counter(conn, "seq"), int(last or 0)

    # -- local edits ----------------------------------------------------------------------------------
    def scan(self) -> int:
        with self._transaction() as conn:
            return self._register_local(conn)

    def _register_local(self, conn, uuids: list[str] | None = None, known: dict | None = None) -> int:
        """Inside a transaction: record the rows changed here (since the last scan, or among ``uuids``) as writes
        of this replica; how many incidents got a new state."""
        if uuids is None:
            mark = self._change_seq(conn)
            raws = conn.execute(f"{postgis_rows.SELECT_ROW} WHERE change_seq > %s",
                                (self._counter(conn, "scanned"),)).fetchall()
            self._set_counter(conn, "scanned", mark)
        else:
            raws = conn.execute(f"{postgis_rows.SELECT_ROW} WHERE uuid = ANY(%s::uuid[])", (uuids,)).fetchall()
        if not raws:
            return 0
        states = known if known is not None else self._states(conn, [r[0] for r in raws])
        seq, dot = self._counter(conn, "seq"), self._counter(conn, "dot")
        updates, seen_only = [], []
        for raw in raws:
            uid, row = raw[0], postgis_rows.row_dict(raw)
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
            updates.append((uid, seq, new.to_json(), *seen, bool(new.conflicts()), None))
            if known is not None:
                known[uid] = new
        with conn.cursor() as cur:
            if updates:
                cur.executemany(_UPSERT_ITEM, updates)
            if seen_only:
                cur.executemany("UPDATE bm_sync_items SET seen_revision = %s, seen_deleted = %s, seen_updated_at = %s "
                                "WHERE uuid = %s", seen_only)
        self._set_counter(conn, "seq", seq)
        self._set_counter(conn, "dot", dot)
        if updates:
            log.info("%s: %d incidents changed here since the last sync", self.name, len(updates))
        return len(updates)

    @staticmethod
    def _states(conn, uuids: list[str]) -> dict[str, ItemState]:
        if not uuids:
            return {}
        return {uid: ItemState.from_json(text) for uid, text in conn.execute(
            "SELECT uuid::text, state FROM bm_sync_items WHERE uuid = ANY(%s::uuid[])", (uuids,))}

    # -- peers ----------------------------------------------------------------------------------------
    _PEER_COLUMNS = "origin, name, acked_seq, acked_audit, received_seq, received_audit, last_sync"

    def peer(self, origin: str) -> PeerMarks:
        with self._server() as conn:
            row = conn.execute(f"SELECT {self._PEER_COLUMNS} FROM bm_sync_peers WHERE origin = %s",
                               (origin,)).fetchone()
        return PeerMarks(origin) if row is None else PeerMarks(*row)

    def peers(self) -> list[PeerMarks]:
        with self._server() as conn:
            return [PeerMarks(*row) for row in conn.execute(
                f"SELECT {self._PEER_COLUMNS} FROM bm_sync_peers ORDER BY name, origin")]

    @staticmethod
    def _ensure_peer(conn, origin: str, name: str) -> None:
        conn.execute("INSERT INTO bm_sync_peers (origin, name) VALUES (%s, %s) ON CONFLICT (origin) DO UPDATE SET "
                     "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE bm_sync_peers.name END",
                     (origin, name))

    def acknowledge(self, origin: str, name: str, acked_seq: int, acked_audit: int) -> None:
        with self._transaction() as conn:
            self._ensure_peer(conn, origin, name)
            conn.execute("UPDATE bm_sync_peers SET acked_seq = greatest(acked_seq, %s), acked_audit = "
                         "greatest(acked_audit, %s), last_sync = %s WHERE origin = %s",
                         (acked_seq, acked_audit, _now_text(), origin))

    # -- sending --------------------------------------------------------------------------------------
    def item_batches(self, since: int, upto: int, to_origin: str, size: int) -> Iterator[list[ItemRecord]]:
        after = since
        while True:
            with self._server() as conn:
                rows = conn.execute("SELECT uuid::text, seq, state FROM bm_sync_items WHERE seq > %s AND seq <= %s "
                                    "AND src IS DISTINCT FROM %s ORDER BY seq LIMIT %s",
                                    (after, upto, to_origin or _NOBODY, size)).fetchall()
            if not rows:
                return
            yield [ItemRecord(uid, int(seq), ItemState.from_json(text)) for uid, seq, text in rows]
            after = rows[-1][1]

    def count_items(self, since: int, upto: int, to_origin: str) -> int:
        with self._server() as conn:
            return int(conn.execute("SELECT count(*) FROM bm_sync_items WHERE seq > %s AND seq <= %s AND "
                                    "src IS DISTINCT FROM %s", (since, upto, to_origin or _NOBODY)).fetchone()[0])

    def audit_batches(self, since: int, upto: int, to_origin: str,
                      size: int) -> Iterator[tuple[list[AuditRecord], int]]:
        after = since
        while True:
            with self._server() as conn:
                rows = conn.execute(
                    "SELECT a.id, coalesce(m.origin, a.origin), coalesce(m.source_id, a.id), a.at, a.actor, a.action, "
                    "a.incident_uuid, a.before_json, a.after_json FROM audit_log a LEFT JOIN bm_sync_audit_sources m "
                    "ON m.local_id = a.id WHERE a.id > %s AND a.id <= %s AND a.action <> 'sync' "
                    "AND coalesce(m.origin, a.origin) IS DISTINCT FROM %s ORDER BY a.id LIMIT %s",
                    (after, upto, to_origin or _NOBODY, size)).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            yield [AuditRecord(*row[1:]) for row in rows], int(after)

    # -- receiving ------------------------------------------------------------------------------------
    def applied_batches(self, package: str) -> set[int]:
        with self._server() as conn:
            return {row[0] for row in conn.execute("SELECT batch FROM bm_sync_applied WHERE package = %s",
                                                   (package,))}

    def apply(self, header: Header, batch: Batch) -> ApplyResult:
        if header.origin == self._origin:
            raise SyncError(f"The changes come from {self.name} itself (the same origin id {self._origin}); a store "
                            "does not sync with itself or with a copy of its data.")
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM bm_sync_applied WHERE package = %s AND batch = %s",
                            (header.package, batch.number)).fetchone():
                return ApplyResult(skipped=True)
            self._ensure_peer(conn, header.origin, header.name)
            if batch.kind == "items":
                result, mark, since = self._merge_items(conn, header, batch), "received_seq", header.since_seq
            else:
                result, mark, since = self._append_audit(conn, batch.audit), "received_audit", header.since_audit
            conn.execute("INSERT INTO bm_sync_applied (package, batch, applied_at) VALUES (%s, %s, %s)",
                         (header.package, batch.number, _now_text()))
            # The changes arrive in order: the mark moves only when nothing lies between it and this package.
            conn.execute(f"UPDATE bm_sync_peers SET {mark} = greatest({mark}, %s) WHERE origin = %s AND {mark} >= %s",
                         (batch.upto, header.origin, since))
            if header.to_origin == self._origin:
                conn.execute("UPDATE bm_sync_peers SET acked_seq = greatest(acked_seq, %s), acked_audit = "
                             "greatest(acked_audit, %s) WHERE origin = %s",
                             (header.ack_seq, header.ack_audit, header.origin))
            conn.execute("UPDATE bm_sync_peers SET last_sync = %s WHERE origin = %s", (_now_text(), header.origin))
            return result

    def _merge_items(self, conn, header: Header, batch: Batch) -> ApplyResult:
        uuids = [r.uuid for r in batch.items]
        # nothing written here waits for a scan: the rows this batch writes need none either
        settled = self._counter(conn, "scanned") >= self._change_seq(conn)
        local = self._states(conn, uuids)
        self._register_local(conn, uuids, local)  # an edit made here since the last scan merges, not overwritten
        rows = postgis_rows.fetch_rows(conn, uuids)
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
            gpkg_rows.check_row(record.uuid, values, f"the changes from {header.name}")
            postgis_rows.write_row(conn, record.uuid, values, exists=record.uuid in rows)
            seq += 1
            src = header.origin if merged == record.state else None
            conflict = bool(merged.conflicts())
            items.append((record.uuid, seq, merged.to_json(), values["revision"], values["deleted"],
                          values["updated_at"], conflict, src))
            if record.uuid in rows:
                result.changed += 1
            else:
                result.new += 1
            result.conflicts += int(conflict)
            result.ids.append(record.uuid)
        if items:
            with conn.cursor() as cur:
                cur.executemany(_UPSERT_ITEM, items)
        self._set_counter(conn, "seq", seq)
        if settled:
            self._set_counter(conn, "scanned", self._change_seq(conn))
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
            known = conn.execute("SELECT 1 FROM bm_sync_audit_sources WHERE origin = %s AND source_id = %s UNION ALL "
                                 "SELECT 1 FROM audit_log a WHERE a.id = %s AND a.origin = %s AND NOT EXISTS "
                                 "(SELECT 1 FROM bm_sync_audit_sources m WHERE m.local_id = a.id) LIMIT 1",
                                 (r.origin, r.source_id, r.source_id, r.origin)).fetchone()
            if known is None:
                fresh.append(r)
        ids = _append_entries(conn, [(r.at, r.user, r.origin, r.action, r.incident, r.before, r.after) for r in fresh])
        if fresh:
            with conn.cursor() as cur:
                cur.executemany("INSERT INTO bm_sync_audit_sources (local_id, origin, source_id) VALUES (%s, %s, %s)",
                                [(i, r.origin, r.source_id) for i, r in zip(ids, fresh)])
        return ApplyResult(audit=len(fresh))

    # -- conflicts ------------------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        out = []
        with self._server() as conn:
            rows = conn.execute("SELECT uuid::text, state FROM bm_sync_items WHERE conflict ORDER BY uuid::text").fetchall()
        for uid, text in rows:
            state = ItemState.from_json(text)
            groups = tuple(state.conflicts())
            if groups:
                out.append(Conflict(uid, state, groups))
        return out

    def conflict(self, uid: str) -> Conflict:
        uid = _canonical(uid, self.name)
        with self._server() as conn:
            row = conn.execute("SELECT state FROM bm_sync_items WHERE uuid = %s", (uid,)).fetchone()
        state = None if row is None else ItemState.from_json(row[0])
        if state is None or not state.conflicts():
            raise SyncError(f"Incident {uid} has no conflict in {self.name} (border-monitor conflicts list "
                            f"--store URL lists them).")
        return Conflict(uid, state, tuple(state.conflicts()))

    def resolve(self, uuid: str, choices: dict[str, Sibling], user: str) -> list[str]:
        uid = _canonical(uuid, self.name)
        with self._transaction() as conn:
            self._register_local(conn, [uid])
            state = self._states(conn, [uid]).get(uid)
            if state is None:
                raise SyncError(f"There is no incident {uid} in the sync records of {self.name}.")
            before = postgis_rows.incident_json(conn, uid)
            dot = self._counter(conn, "dot") + 1
            resolved = versions.resolve(state, choices, self._origin, dot, _now_text(), user)
            values = resolved.values()
            gpkg_rows.check_row(uid, values, self.name)
            postgis_rows.write_row(conn, uid, values, exists=before is not None)
            seq = self._counter(conn, "seq") + 1
            conn.execute("UPDATE bm_sync_items SET seq = %s, state = %s, seen_revision = %s, seen_deleted = %s, "
                         "seen_updated_at = %s, conflict = %s, src = NULL WHERE uuid = %s",
                         (seq, resolved.to_json(), values["revision"], values["deleted"], values["updated_at"],
                          bool(resolved.conflicts()), uid))
            self._set_counter(conn, "seq", seq)
            self._set_counter(conn, "dot", dot)
            _append_entries(conn, [(values["updated_at"], user, self._origin, "update", uid, before,
                                    postgis_rows.incident_json(conn, uid))])
        return [uid]

    # -- lifetime -------------------------------------------------------------------------------------
    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            if self._owns:
                self._store.close()


def _canonical(uid: str, store_name: str) -> str:
    try:
        return str(uuid_module.UUID(str(uid).strip()))
    except ValueError:
        raise SyncError(f"{uid!r} is not an incident id (a UUID) of {store_name}.") from None


def _append_entries(conn, rows: list[tuple]) -> list[int]:
    """Append entries (at, user, origin, action, incident, before_json, after_json) to the hash chain with their
    texts as given (an entry from a peer keeps its origin, time and details); their new local ids. The caller
    holds the store's advisory lock, so the last entry cannot move meanwhile."""
    if not rows:
        return []
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    next_id = (last[0] if last else 0) + 1
    prev = last[1] if last else audit_chain.GENESIS
    entries = [(next_id + k, *row) for k, row in enumerate(rows)]
    links = audit_chain.link(entries, prev)
    with conn.cursor() as cur:
        cur.executemany(_INSERT_AUDIT, [(*e, p, h) for e, (p, h) in zip(entries, links)])
    audit_log.set_head(conn, entries[-1][0], links[-1][1])
    return [e[0] for e in entries]
