"""Importing in a worker (``ui.workers``): reading an incident file, then writing its good rows."""
from __future__ import annotations

from pathlib import Path
from typing import Callable


def read_job(path: str | Path, *, progress: Callable[[int, int], None], cancel: Callable[[], bool]):
    """Read an incident file (``io.readers.read_incidents``): the ReadResult."""
    from ...io.readers import read_incidents

    progress(0, 0)
    return read_incidents(path)


def import_job(store, batch, user: str, source_name: str = "", *, progress: Callable[[int, int], None],
               cancel: Callable[[], bool], source=None):
    """Write the good rows of a read file into the store, all or nothing: the Change.

    The readers validated the batch already (``io.batch_builder``), so the store skips that pass. ``source``: the
    file's ``SourceInfo``; a GeoPackage's attachments of these rows are read (and checked against the store's
    limits) before anything is written, and written next, in a second transaction.
    """
    from dataclasses import replace

    from ...io.gpkg_media import keep_for, read_media_file

    media = []
    if source is not None and source.format == "GeoPackage" and batch.id is not None:
        media = read_media_file(source.path, source.layer, store.attachment_limits())
    change = store.add_batch(batch, user, progress=progress, cancel=cancel, validated=True, source_name=source_name)
    media = keep_for(media, batch)
    if media:
        attached = store.add_attachments([(m.incident_id, m.name, m.data) for m in media], user)
        change = replace(change, attachments=attached.attachments)
    return change
