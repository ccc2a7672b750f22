"""Importing in a worker (``ui.workers``): reading an incident file, then writing its good rows."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class ReadPreview:
    """What the window shows before storing: the read file and its rows on the Belarusian side."""

    result: object  # io.readers.ReadResult
    by_side: object  # geo.side_summary.SideSummary of the good rows


def read_job(path: str | Path, *, progress: Callable[[int, int], None], cancel: Callable[[], bool],
             **options) -> ReadPreview:
    """Read an incident file (``io.readers.read_incidents``) and count its good rows on the Belarusian side
    (vectorised, here in the worker: about a second per 100,000 rows). ``options``: ``read_incidents``'s
    ``columns``, ``crs`` and ``columns_only`` (from the import dialog)."""
    from ...geo.side_summary import side_summary

    progress(0, 0)
    result = read_in_python_thread(path, **options)
    progress(0, 0)  # raises Cancelled when the user cancelled while reading
    # In a Python thread of its own, as the store enriches: pyproj's per-thread transformer, made in a QThread
    # that has ended, crashed the next QThread that used it.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="side-summary") as pool:
        by_side = pool.submit(side_summary, result.batch.lon, result.batch.lat).result()
    return ReadPreview(result, by_side)


def read_in_python_thread(path: str | Path, **options):
    """``io.readers.read_incidents`` in a Python thread of its own: a file in a national grid is converted by
    pyproj, and PROJ crashed when it first ran in a thread of Qt's pool (as ``side_summary`` below)."""
    from ...io.readers import read_incidents

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-file") as pool:
        return pool.submit(read_incidents, path, **options).result()


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
