"""Attachments in GeoPackage exchange files: written with an export, read back by an import.

Both sides use the OGC Related Tables Extension exactly as the store does (``store.attachments``): the media
table ``incident_media``, the mapping table ``incidents_incident_media`` and their ``gpkgext_relations`` row.

- ``copy_into_export``: after GDAL wrote the ``incidents`` layer of an export, the attachments of the exported
  incidents are copied from the store (matched by incident id), in one transaction of the export file.
- ``read_media``: the attachments another GeoPackage relates to the layer being imported, found through its
  ``gpkgext_relations`` rows of relation ``media``; the file is read-only and untrusted like every import source:
  only tables registered in ``gpkg_contents`` are read, names are quoted, sizes are checked against the store's
  limits before anything is written.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..store.gpkg import attachment_tables as attachments
from ..store.gpkg.attachment_tables import MAPPING_TABLE, MEDIA_TABLE, AttachmentLimits
from .errors import UnreadableFileError

log = logging.getLogger(__name__)

_EXTENSIONS_DDL = ("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, "
                   "extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, "
                   "CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))")
_ID_COLUMNS = ("id", "uuid")  # the incident id in an export (``id``) or in a store (``uuid``)


@dataclass(frozen=True)
class MediaItem:
    incident_id: str
    name: str
    data: bytes


def _quote(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def copy_into_export(store_path: str | Path, export_path: str | Path, layer: str = "incidents") -> int:
    """Copy the attachments of the incidents in ``export_path``'s ``layer`` from the store file: how many.

    Nothing is added to the export (no extension tables) when none of its incidents has an attachment."""
    source = Path(store_path).resolve()
    conn = sqlite3.connect(export_path, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("ATTACH DATABASE ? AS src", (f"{source.as_uri()}?mode=ro",))
        has = conn.execute("SELECT count(*) FROM src.sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                           (MEDIA_TABLE, MAPPING_TABLE)).fetchone()[0] == 2
        if not has:
            return 0
        join = (f"FROM src.{MAPPING_TABLE} r JOIN src.incidents s ON s.fid = r.base_id "
                f"JOIN main.{_quote(layer)} t ON t.id = s.uuid")
        if conn.execute(f"SELECT count(*) {join}").fetchone()[0] == 0:
            return 0
        conn.execute("BEGIN")
        conn.execute(_EXTENSIONS_DDL)
        attachments.create_tables(conn)
        conn.execute(f"INSERT INTO main.{MEDIA_TABLE} (id, data, content_type, name, size, sha256, added_at, "
                     f"added_by) SELECT m.id, m.data, m.content_type, m.name, m.size, m.sha256, m.added_at, "
                     f"m.added_by FROM src.{MEDIA_TABLE} m WHERE m.id IN (SELECT r.related_id {join}) ORDER BY m.id")
        conn.execute(f"INSERT INTO main.{MAPPING_TABLE} (base_id, related_id) SELECT t.fid, r.related_id {join}")
        if layer != attachments.BASE_TABLE:
            conn.execute("UPDATE gpkgext_relations SET base_table_name = ? WHERE mapping_table_name = ?",
                         (layer, MAPPING_TABLE))
        count = conn.execute(f"SELECT count(*) FROM main.{MAPPING_TABLE}").fetchone()[0]
        conn.execute("COMMIT")
        log.info("copied %d attachments into %s", count, export_path)
        return int(count)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


def read_media(conn: sqlite3.Connection, path: Path, layer: str, limits: AttachmentLimits) -> list[MediaItem]:
    """The media the file relates to rows of ``layer`` (on the caller's read-only connection), each with the
    incident id of its row. Refuses (``UnreadableFileError`` naming file and attachment) a file over ``limits``."""
    tables = {str(r[0]) for r in conn.execute("SELECT table_name FROM gpkg_contents")}
    real = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "gpkgext_relations" not in real:
        return []
    items: list[MediaItem] = []
    relations = conn.execute("SELECT base_primary_column, related_table_name, related_primary_column, "
                             "mapping_table_name FROM gpkgext_relations WHERE base_table_name = ? "
                             "AND relation_name = 'media'", (layer,)).fetchall()
    layer_columns = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({_quote(layer)})")}
    id_column = next((c for c in _ID_COLUMNS if c in layer_columns), None)
    if id_column is None:
        return []
    for base_pk, media, media_pk, mapping in relations:
        media, mapping = str(media), str(mapping)
        if not ({media, mapping} <= real and media in tables):
            log.warning("%s: the media relation of %s names tables that are not registered tables; skipped",
                        path, layer)
            continue
        media_columns = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({_quote(media)})")}
        if not {"data", "content_type", str(media_pk)} <= media_columns or str(base_pk) not in layer_columns:
            log.warning("%s: the media table %s lacks the columns the relation names; skipped", path, media)
            continue
        name_sql = "m.name" if "name" in media_columns else "NULL"
        per_incident: dict[str, int] = {}
        sql = (f"SELECT b.{_quote(id_column)}, {name_sql}, m.{_quote(media_pk)}, length(m.data) "
               f"FROM {_quote(mapping)} r JOIN {_quote(layer)} b ON b.{_quote(base_pk)} = r.base_id "
               f"JOIN {_quote(media)} m ON m.{_quote(media_pk)} = r.related_id ORDER BY r.rowid")
        for incident_id, name, media_id, size in conn.execute(sql).fetchall():
            name = Path(str(name or f"attachment-{media_id}")).name
            size = int(size or 0)
            used = per_incident.get(str(incident_id), 0)
            try:
                attachments.check_size(name, size, used, limits)
            except ValueError as exc:
                raise UnreadableFileError(path, f"cannot bring its attachment {name!r} of incident {incident_id}: "
                                                f"{getattr(exc, 'reason', exc)}") from None
            per_incident[str(incident_id)] = used + size
            data = conn.execute(f"SELECT data FROM {_quote(media)} WHERE {_quote(media_pk)} = ?",
                                (media_id,)).fetchone()[0]
            items.append(MediaItem(str(incident_id), name, bytes(data)))
    return items


def read_media_file(path: str | Path, layer: str | None, limits: AttachmentLimits) -> list[MediaItem]:
    """``read_media`` on a GeoPackage file opened read-only (the layer: as the import chose it, else
    ``incidents``); an empty list for a file that is not a GeoPackage with related media."""
    from .gpkg_reader import _open_read_only

    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        return []
    conn = _open_read_only(path)
    try:
        try:
            return read_media(conn, path, layer or attachments.BASE_TABLE, limits)
        except sqlite3.DatabaseError as exc:
            raise UnreadableFileError(path, f"has attachments that cannot be read ({exc})") from None
    finally:
        conn.close()


def media_for_import(result, limits: AttachmentLimits) -> list[MediaItem]:
    """The attachments an import brings: those of a GeoPackage source related to the rows kept in
    ``result.batch`` (a ``ReadResult``), checked against the store's ``limits``."""
    if result.source.format != "GeoPackage" or result.batch.id is None or len(result.batch) == 0:
        return []
    items = read_media_file(result.source.path, result.source.layer, limits)
    return keep_for(items, result.batch)


def keep_for(items: list[MediaItem], batch) -> list[MediaItem]:
    """The items whose incident is in ``batch`` (after rows were refused)."""
    if not items or batch.id is None:
        return []
    ids = {str(i) for i in batch.id.tolist()}
    return [m for m in items if m.incident_id in ids]
