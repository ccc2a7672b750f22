"""Attachments of incidents (photos, PDFs, documents) through the OGC GeoPackage Related Tables Extension.

OGC 18-000 (Related Tables Extension 1.0) relates rows of a base table to rows of a related table through a
mapping table, all declared so that any GeoPackage reader (QGIS, GDAL >= 3.6) sees the relation:

- ``incident_media``: the media table (requirements class "media"): ``id``, ``data`` (BLOB), ``content_type``
  (the MIME type), and our own columns ``name`` (the file name the user attached), ``size``, ``sha256``,
  ``added_at`` and ``added_by``; registered in ``gpkg_contents`` as an attributes table;
- ``incidents_incident_media``: the mapping table, ``base_id`` (the incident's ``fid``) and ``related_id``
  (the media ``id``), registered in ``gpkg_contents`` as an attributes table;
- one ``gpkgext_relations`` row naming the relation (``media``) and the three tables, and the ``gpkg_extensions``
  rows for ``gpkgext_relations`` and for the mapping table.

The content type comes from the file's first bytes (``sniff_content_type``), never from its name. Size limits
(``AttachmentLimits``) apply per file and per incident; a store may change them in ``bm_metadata``
(``attachment_max_file_mb``, ``attachment_max_incident_mb``). The functions here work inside the caller's
transaction; ``attachments.Attachments`` wraps them for the store.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from ...domain.errors import NotFoundError, ValidationError

MEDIA_TABLE = "incident_media"
MAPPING_TABLE = "incidents_incident_media"
BASE_TABLE = "incidents"
RELATION_NAME = "media"
EXTENSION_NAME = "gpkg_related_tables"
EXTENSION_DEFINITION = "http://docs.opengeospatial.org/is/18-000/18-000.html"

RELATIONS_DDL = (
    "CREATE TABLE IF NOT EXISTS gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id', "
    "related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id', "
    "relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)"
)
MEDIA_DDL = (
    f"CREATE TABLE {MEDIA_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, data BLOB NOT NULL, "
    "content_type TEXT NOT NULL, name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, "
    "added_at DATETIME NOT NULL, added_by TEXT NOT NULL)"
)
MAPPING_DDL = (f"CREATE TABLE {MAPPING_TABLE} (base_id INTEGER NOT NULL, related_id INTEGER NOT NULL, "
               "PRIMARY KEY (base_id, related_id))")
MAPPING_INDEX_DDL = f"CREATE INDEX {MAPPING_TABLE}_related ON {MAPPING_TABLE} (related_id)"

MB = 1024 * 1024

# (content type, test on the first bytes): the formats a border service attaches (photos, scans, documents).
_MAGIC: tuple[tuple[str, callable], ...] = (
    ("image/jpeg", lambda b: b[:3] == b"\xff\xd8\xff"),
    ("image/png", lambda b: b[:8] == b"\x89PNG\r\n\x1a\n"),
    ("image/gif", lambda b: b[:6] in (b"GIF87a", b"GIF89a")),
    ("image/webp", lambda b: b[:4] == b"RIFF" and b[8:12] == b"WEBP"),
    ("image/tiff", lambda b: b[:4] in (b"II*\x00", b"MM\x00*")),
    ("image/bmp", lambda b: b[:2] == b"BM" and len(b) >= 26),
    ("image/heic", lambda b: b[4:8] == b"ftyp" and b[8:12] in (b"heic", b"heix", b"mif1", b"msf1")),
    ("video/mp4", lambda b: b[4:8] == b"ftyp" and b[8:12] in (b"isom", b"iso2", b"mp41", b"mp42", b"avc1")),
    ("application/pdf", lambda b: b[:5] == b"%PDF-"),
    ("application/zip", lambda b: b[:4] == b"PK\x03\x04"),  # also DOCX, XLSX, ODT (told apart below)
    ("application/x-ole-storage", lambda b: b[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),  # DOC, XLS
)
_ZIP_KINDS = (
    (b"word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    (b"xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text"),
    (b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet"),
)
IMAGE_TYPES = frozenset(t for t, _ in _MAGIC[:7])
TEXT_TYPE = "text/plain"


@dataclass(frozen=True)
class AttachmentLimits:
    """Largest file, and largest total of the files of one incident, in bytes."""

    max_file_bytes: int = 25 * MB
    max_incident_bytes: int = 100 * MB

    @classmethod
    def from_metadata(cls, metadata: dict[str, str]) -> "AttachmentLimits":
        """The defaults, changed by the store's ``attachment_max_file_mb`` / ``attachment_max_incident_mb``."""
        default = cls()
        values = []
        for key, fallback in (("attachment_max_file_mb", default.max_file_bytes),
                              ("attachment_max_incident_mb", default.max_incident_bytes)):
            text = metadata.get(key)
            try:
                values.append(int(float(text) * MB) if text not in (None, "") and float(text) > 0 else fallback)
            except ValueError:
                values.append(fallback)
        return cls(*values)


@dataclass(frozen=True)
class Attachment:
    """One attached file (its bytes are read with ``attachment_data``)."""

    id: int
    incident_id: str  # the incident's uuid
    name: str
    content_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str

    @property
    def is_image(self) -> bool:
        return self.content_type in IMAGE_TYPES

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "content_type": self.content_type, "size": self.size,
                "sha256": self.sha256}


def sniff_content_type(data: bytes) -> str | None:
    """The MIME type the first bytes show (None for a format not known here); UTF-8 text is ``text/plain``."""
    head = bytes(data[:64])
    for kind, test in _MAGIC:
        if test(head):
            if kind == "application/zip":
                window = bytes(data[:4096])
                for marker, zip_kind in _ZIP_KINDS:
                    if marker in window:
                        return zip_kind
            return kind
    sample = bytes(data[:4096])
    if sample and b"\x00" not in sample:
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:  # not just a character cut at the end of the sample
                return None
        return TEXT_TYPE
    return None


def has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (MEDIA_TABLE,)).fetchone() is not None


def create_tables(conn: sqlite3.Connection) -> None:
    """The media and mapping tables with their RTE registrations (inside the caller's transaction)."""
    conn.execute(RELATIONS_DDL)
    conn.execute(MEDIA_DDL)
    conn.execute(MAPPING_DDL)
    conn.execute(MAPPING_INDEX_DDL)
    conn.executemany(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        [(MEDIA_TABLE, MEDIA_TABLE, "Photos and documents attached to incidents (OGC Related Tables, media)"),
         (MAPPING_TABLE, MAPPING_TABLE, "Which incident each attachment belongs to (OGC Related Tables mapping)")])
    conn.executemany("INSERT OR IGNORE INTO gpkg_extensions (table_name, column_name, extension_name, definition, "
                     "scope) VALUES (?, NULL, ?, ?, 'read-write')",
                     [("gpkgext_relations", EXTENSION_NAME, EXTENSION_DEFINITION),
                      (MAPPING_TABLE, EXTENSION_NAME, EXTENSION_DEFINITION)])
    conn.execute("INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, "
                 "related_primary_column, relation_name, mapping_table_name) VALUES (?, 'fid', ?, 'id', ?, ?)",
                 (BASE_TABLE, MEDIA_TABLE, RELATION_NAME, MAPPING_TABLE))


def check_size(name: str, size: int, used: int, limits: AttachmentLimits) -> None:
    """Refuse a file over the per-file limit, or one that would take the incident over its total."""
    if size == 0:
        raise ValidationError("file", name, "is empty (0 bytes); nothing to attach")
    if size > limits.max_file_bytes:
        raise ValidationError("file", name, f"is {_mb(size)}, larger than the {_mb(limits.max_file_bytes)} "
                                            "allowed for one attachment")
    if used + size > limits.max_incident_bytes:
        raise ValidationError("file", name, f"({_mb(size)}) would take the incident's attachments to "
                                            f"{_mb(used + size)}, over the {_mb(limits.max_incident_bytes)} allowed "
                                            f"per incident (it holds {_mb(used)})")


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{size:,} bytes"


def insert(conn: sqlite3.Connection, fid: int, uuid: str, name: str, data: bytes, content_type: str,
           at: str, user: str) -> Attachment:
    digest = hashlib.sha256(data).hexdigest()
    cursor = conn.execute(f"INSERT INTO {MEDIA_TABLE} (data, content_type, name, size, sha256, added_at, added_by) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)", (sqlite3.Binary(data), content_type, name, len(data),
                                                            digest, at, user))
    media_id = int(cursor.lastrowid)
    conn.execute(f"INSERT INTO {MAPPING_TABLE} (base_id, related_id) VALUES (?, ?)", (fid, media_id))
    return Attachment(media_id, uuid, name, content_type, len(data), digest, _parse_time(at), user)


_LIST_SQL = (f"SELECT m.id, i.uuid, m.name, m.content_type, m.size, m.sha256, m.added_at, m.added_by "
             f"FROM {MAPPING_TABLE} r JOIN {MEDIA_TABLE} m ON m.id = r.related_id "
             f"JOIN {BASE_TABLE} i ON i.fid = r.base_id")


def list_for(conn: sqlite3.Connection, fid: int) -> list[Attachment]:
    if not has_tables(conn):
        return []
    rows = conn.execute(f"{_LIST_SQL} WHERE r.base_id = ? ORDER BY m.id", (fid,)).fetchall()
    return [_attachment(row) for row in rows]


def list_all(conn: sqlite3.Connection) -> list[Attachment]:
    if not has_tables(conn):
        return []
    return [_attachment(row) for row in conn.execute(f"{_LIST_SQL} ORDER BY m.id")]


def get(conn: sqlite3.Connection, media_id: int, store_name: str) -> Attachment:
    row = conn.execute(f"{_LIST_SQL} WHERE m.id = ?", (int(media_id),)).fetchone() if has_tables(conn) else None
    if row is None:
        raise NotFoundError(f"There is no attachment {media_id} in {store_name}.")
    return _attachment(row)


def data(conn: sqlite3.Connection, media_id: int, store_name: str) -> bytes:
    row = conn.execute(f"SELECT data FROM {MEDIA_TABLE} WHERE id = ?", (int(media_id),)).fetchone() \
        if has_tables(conn) else None
    if row is None:
        raise NotFoundError(f"There is no attachment {media_id} in {store_name}.")
    return bytes(row[0])


def used_bytes(conn: sqlite3.Connection, fid: int) -> int:
    row = conn.execute(f"SELECT coalesce(sum(m.size), 0) FROM {MAPPING_TABLE} r JOIN {MEDIA_TABLE} m "
                       "ON m.id = r.related_id WHERE r.base_id = ?", (fid,)).fetchone()
    return int(row[0])


def delete(conn: sqlite3.Connection, media_id: int) -> None:
    conn.execute(f"DELETE FROM {MAPPING_TABLE} WHERE related_id = ?", (int(media_id),))
    conn.execute(f"DELETE FROM {MEDIA_TABLE} WHERE id = ?", (int(media_id),))


def _attachment(row) -> Attachment:
    media_id, uuid, name, content_type, size, digest, at, user = row
    return Attachment(int(media_id), str(uuid), str(name), str(content_type), int(size), str(digest),
                      _parse_time(at), str(user))


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
