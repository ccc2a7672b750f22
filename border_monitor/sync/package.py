"""The ``.bmsync`` package: one direction of a sync on removable media, a GeoPackage inside.

The GeoPackage holds ``bmsync_header`` (key/value: the ``replica.Header`` fields, the format, a digest),
``bmsync_batches`` (number, kind, mark), ``bmsync_items`` (a point layer: each incident's sync state as JSON,
at the position its row shows, so QGIS can show what a package carries) and ``bmsync_audit`` (the audit
entries, with their origin and original id). The digest is SHA-256 over every batch, state and entry in
order: a package edited after it was written is refused. With a passphrase the whole file is encrypted and
authenticated (``package_crypto``); a wrong passphrase or any changed byte is refused the same way.

Reading checks everything (decryption, the digest, every state parses) before the first batch is given
out, so a damaged package leaves the store exactly as it was.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from dataclasses import asdict, fields
from pathlib import Path
from typing import Iterator

from ..io.output_files import check_output, replacing
from ..store.gpkg.binary import encode_point
from ..store.gpkg.schema import create_core, register_attributes, register_features
from . import package_crypto
from .errors import SyncError
from .replica import AuditRecord, Batch, Header, ItemRecord
from .versions import ItemState

FORMAT = "border-monitor-sync/1"
SUFFIX = ".bmsync"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_DDL = [
    "CREATE TABLE bmsync_header (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE bmsync_batches (number INTEGER NOT NULL PRIMARY KEY, kind TEXT NOT NULL, upto INTEGER NOT NULL)",
    "CREATE TABLE bmsync_items (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, batch INTEGER NOT NULL, "
    "uuid TEXT NOT NULL, seq INTEGER NOT NULL, conflict INTEGER NOT NULL, state TEXT NOT NULL)",
    "CREATE TABLE bmsync_audit (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, batch INTEGER NOT NULL, "
    "origin TEXT NOT NULL, source_id INTEGER NOT NULL, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL, "
    "incident_uuid TEXT, before_json TEXT, after_json TEXT)",
]


class _Digest:
    def __init__(self) -> None:
        self._h = hashlib.sha256()

    def add(self, *values) -> None:
        self._h.update(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        self._h.update(b"\n")

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def write_package(header: Header, batches: Iterator[Batch], out: str | Path, *, store_path: str | Path | None = None,
                  passphrase: str | None = None) -> dict:
    """Write the package to ``out`` (whole or not at all; never over the store). Counts of what it holds."""
    out = check_output(out, store=store_path, what="sync package")
    counts = {"batches": 0, "items": 0, "audit": 0}
    with tempfile.TemporaryDirectory(prefix="bmsync-") as folder:
        plain = Path(folder) / "package.gpkg"
        conn = sqlite3.connect(plain, isolation_level=None)
        try:
            conn.execute("BEGIN")
            create_core(conn)
            for ddl in _DDL:
                conn.execute(ddl)
            register_attributes(conn, "bmsync_header", "Border Monitor sync package: what it is, from whom")
            register_attributes(conn, "bmsync_batches", "Border Monitor sync package: its batches")
            register_features(conn, "bmsync_items", "POINT", "Border Monitor sync package: incident versions")
            register_attributes(conn, "bmsync_audit", "Border Monitor sync package: audit entries")
            digest = _Digest()
            for batch in batches:
                counts["batches"] += 1
                conn.execute("INSERT INTO bmsync_batches VALUES (?, ?, ?)", (batch.number, batch.kind, batch.upto))
                digest.add("batch", batch.number, batch.kind, batch.upto)
                rows = []
                for item in batch.items:
                    text = item.state.to_json()
                    values = item.state.values()
                    lon, lat = values.get("lon"), values.get("lat")
                    geom = None if lon is None or lat is None else encode_point(float(lon), float(lat))
                    rows.append((geom, batch.number, item.uuid, item.seq, int(bool(item.state.conflicts())), text))
                    digest.add("item", batch.number, item.uuid, item.seq, text)
                conn.executemany("INSERT INTO bmsync_items (geom, batch, uuid, seq, conflict, state) "
                                 "VALUES (?, ?, ?, ?, ?, ?)", rows)
                entries = []
                for a in batch.audit:
                    entries.append((batch.number, a.origin, a.source_id, a.at, a.user, a.action, a.incident, a.before,
                                    a.after))
                    digest.add("audit", *entries[-1])
                conn.executemany("INSERT INTO bmsync_audit (batch, origin, source_id, at, user, action, incident_uuid, "
                                 "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
                counts["items"] += len(rows)
                counts["audit"] += len(entries)
            final = Header(**{**asdict(header), "batches": counts["batches"]})
            meta = {"format": FORMAT, "digest": digest.hexdigest(),
                    **{f.name: str(getattr(final, f.name)) for f in fields(Header)}}
            conn.executemany("INSERT INTO bmsync_header VALUES (?, ?)", sorted(meta.items()))
            conn.execute("COMMIT")
        finally:
            conn.close()
        data = plain.read_bytes()
    if passphrase is not None:
        data = package_crypto.encrypt(data, passphrase)
    with replacing(out, what="sync package") as tmp:
        Path(tmp).write_bytes(data)
    counts["bytes"] = len(data)
    return counts


class Package:
    """A package read and checked whole (``read_package``); ``batches()`` gives its batches in order."""

    def __init__(self, path: Path, conn: sqlite3.Connection, header: Header, folder):
        self.path, self._conn, self.header, self._folder = path, conn, header, folder

    def batches(self) -> Iterator[Batch]:
        batches = self._conn.execute("SELECT number, kind, upto FROM bmsync_batches ORDER BY number").fetchall()
        for number, kind, upto in batches:
            items = tuple(ItemRecord(uid, seq, ItemState.from_json(text)) for uid, seq, text in self._conn.execute(
                "SELECT uuid, seq, state FROM bmsync_items WHERE batch = ? ORDER BY fid", (number,)))
            audit = tuple(AuditRecord(*row) for row in self._conn.execute(
                "SELECT origin, source_id, at, user, action, incident_uuid, before_json, after_json FROM bmsync_audit "
                "WHERE batch = ? ORDER BY id", (number,)))
            yield Batch(number, kind, upto, items=items, audit=audit)

    def item_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM bmsync_items").fetchone()[0])

    def close(self) -> None:
        self._conn.close()
        if self._folder is not None:
            self._folder.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_package(path: str | Path, passphrase: str | None = None) -> Package:
    """Open and check a package: decrypted (when it is encrypted), its digest and every record verified."""
    path = Path(path)
    where = f"The sync package {path}"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SyncError.of("sync.no_package", path=str(path)) from None
    except IsADirectoryError:
        raise SyncError.of("sync.folder", path=str(path)) from None
    if package_crypto.is_encrypted(data):
        if passphrase is None:
            raise SyncError.of("sync.needs_passphrase", path=str(path))
        try:
            data = package_crypto.decrypt(data, passphrase, where)
        except package_crypto.WrongPassphrase:
            raise SyncError.of("sync.wrong_passphrase", path=str(path)) from None
    elif passphrase is not None:
        raise SyncError.of("sync.not_encrypted", path=str(path))
    if not data.startswith(_SQLITE_MAGIC):
        raise SyncError.of("sync.not_a_package", path=str(path))
    folder = tempfile.TemporaryDirectory(prefix="bmsync-")
    plain = Path(folder.name) / "package.gpkg"
    plain.write_bytes(data)
    conn = None
    try:
        conn = sqlite3.connect(f"file:{plain}?mode=ro", uri=True)
        header = _check(conn, where, path)
        return Package(path, conn, header, folder)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        folder.cleanup()
        raise SyncError(f"{where} is damaged: it cannot be read as a GeoPackage ({exc}).") from None
    except BaseException:
        if conn is not None:
            conn.close()
        folder.cleanup()
        raise


def _check(conn: sqlite3.Connection, where: str, path: Path) -> Header:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"bmsync_header", "bmsync_batches", "bmsync_items", "bmsync_audit"} <= tables:
        raise SyncError(f"{where} is not a Border Monitor sync package (its tables are missing).")
    meta = dict(conn.execute("SELECT key, value FROM bmsync_header"))
    if meta.get("format") != FORMAT:
        raise SyncError(f"{where} has the format {meta.get('format')!r}, which this Border Monitor does not read "
                        f"(it reads {FORMAT}).")
    try:
        values = {}
        for f in fields(Header):
            text = meta[f.name]
            values[f.name] = int(text) if f.type in ("int", int) else text
        header = Header(**values)
    except (KeyError, ValueError):
        raise SyncError(f"{where} is damaged: its header is incomplete.") from None
    digest = _Digest()
    batches = 0
    for number, kind, upto in conn.execute("SELECT number, kind, upto FROM bmsync_batches ORDER BY number"):
        batches += 1
        if kind not in ("items", "audit"):
            raise SyncError(f"{where} is damaged: batch {number} is of an unknown kind {kind!r}.")
        digest.add("batch", number, kind, upto)
        for uid, seq, text in conn.execute("SELECT uuid, seq, state FROM bmsync_items WHERE batch = ? ORDER BY fid",
                                           (number,)):
            digest.add("item", number, uid, seq, text)
            try:
                ItemState.from_json(text)
            except (ValueError, KeyError, TypeError, IndexError):
                raise SyncError(f"{where} is damaged: the version of incident {uid} cannot be read.") from None
        for row in conn.execute("SELECT batch, origin, source_id, at, user, action, incident_uuid, before_json, "
                                "after_json FROM bmsync_audit WHERE batch = ? ORDER BY id", (number,)):
            digest.add("audit", *row)
    if digest.hexdigest() != meta.get("digest") or batches != header.batches:
        raise SyncError.of("sync.changed", path=str(path))
    return header
