"""``Attachments(access, metadata)``: the attachments of a GeoPackage store's incidents, owned for the store (which
gives its ``access.StoreAccess`` and its metadata, for the limits): add, list, read, remove; each write one
transaction with its audit entry (action "attach"). The tables and the rules are in ``attachment_tables``."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from ...domain.errors import NotFoundError, StoreError, ValidationError
from . import attachment_tables as attachments, audit
from .attachment_tables import Attachment, AttachmentLimits
from ..base import Change
from .schema import touch_contents
from .incident_rows import TABLE, iso_ms
from .access import StoreAccess

log = logging.getLogger(__name__)


def _now() -> datetime:
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


class Attachments:
    def __init__(self, access: StoreAccess, metadata: Callable[[], dict[str, str]]):
        self._access = access
        self._metadata = metadata

    def attachment_limits(self) -> AttachmentLimits:
        """The per-file and per-incident limits of this store (defaults, or its ``bm_metadata`` overrides)."""
        return AttachmentLimits.from_metadata(self._metadata())

    def attachments(self, incident_id) -> list[Attachment]:
        """The files attached to an incident, oldest first (without their bytes)."""
        fid, _uuid, _deleted = self._incident_row(incident_id)
        return attachments.list_for(self._access.conn(), fid)

    def attachment(self, attachment_id: int) -> Attachment:
        return attachments.get(self._access.conn(), attachment_id, self._access.name)

    def attachment_data(self, attachment_id: int) -> bytes:
        """The bytes of one attached file."""
        return attachments.data(self._access.conn(), attachment_id, self._access.name)

    def add_attachment(self, incident_id, name: str, data: bytes, user: str,
                       limits: AttachmentLimits | None = None) -> Change:
        """Attach ``data`` (a file called ``name``) to an incident, in one audited write. Refuses (``ValidationError``
        naming the file) an empty file, a format not recognised by its first bytes, and a file over the limits
        (``limits``, else the store's). ``Change.attachments`` holds the incident's uuid."""
        return self.add_attachments([(incident_id, name, data)], user, limits)

    def add_attachments(self, items, user: str, limits: AttachmentLimits | None = None) -> Change:
        """Attach several files, ``(incident_id, name, data)`` each, in one write: all or nothing (an import
        brings the attachments of its incidents this way). The same checks as ``add_attachment``."""
        prepared = []
        for incident_id, name, data in items:
            name = Path(str(name)).name.strip() or "attachment"
            data = bytes(data)
            content_type = attachments.sniff_content_type(data)
            if data and content_type is None:
                raise ValidationError("file", name, "is not a format that can be attached (photos: JPEG, PNG, GIF, "
                                                    "WebP, TIFF, HEIC; documents: PDF, Word, Excel, OpenDocument, "
                                                    "text)")
            prepared.append((incident_id, name, data, content_type))
        if not prepared:
            return Change()
        limits = limits or self.attachment_limits()
        now = _now()

        def work(conn, _index):
            touched = set()
            at = iso_ms(now)
            for incident_id, name, data, content_type in prepared:
                fid, uuid, deleted = self._incident_row(incident_id, conn)
                if deleted:
                    raise StoreError(f"The incident {uuid} is deleted; restore it before attaching {name}.")
                attachments.check_size(name, len(data), attachments.used_bytes(conn, fid), limits)
                added = attachments.insert(conn, fid, uuid, name, data, content_type, at, user)
                audit.append(conn, at, user, self._access.origin(), "attach", uuid, None, {"added": added.to_dict()})
                touched.add(uuid)
                log.info("%s attached %s (%s, %d bytes) to %s in %s", user, name, content_type, len(data), uuid,
                         self._access.name)
            touch_contents(conn, attachments.MEDIA_TABLE)
            touch_contents(conn, attachments.MAPPING_TABLE)
            return Change(attachments=frozenset(touched)), None
        return self._access.write(work)

    def remove_attachment(self, attachment_id: int, user: str) -> Change:
        """Remove one attached file (the audit entry keeps its name, type, size and SHA-256)."""
        def work(conn, _index):
            old = attachments.get(conn, attachment_id, self._access.name)
            attachments.delete(conn, old.id)
            at = iso_ms(_now())
            audit.append(conn, at, user, self._access.origin(), "attach", old.incident_id, {"removed": old.to_dict()}, None)
            touch_contents(conn, attachments.MEDIA_TABLE)
            touch_contents(conn, attachments.MAPPING_TABLE)
            log.info("%s removed the attachment %s (%s) of %s in %s", user, old.id, old.name, old.incident_id,
                     self._access.name)
            return Change(attachments=frozenset({old.incident_id})), None
        return self._access.write(work)

    def _incident_row(self, incident_id, conn=None) -> tuple[int, str, bool]:
        from .write import canonical_id

        uid = canonical_id(incident_id)
        row = (conn or self._access.conn()).execute(f"SELECT fid, uuid, deleted FROM {TABLE} WHERE uuid = ?",
                                             (uid,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no incident {uid} in {self._access.name}.")
        return int(row[0]), str(row[1]), bool(row[2])
