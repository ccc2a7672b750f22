"""Jobs on stores that run in a worker (``ui.workers``): opening (creating the demo store first)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)


def open_store_job(path: str | Path, create_demo: bool = False, *, progress: Callable[[int, int], None],
                   cancel: Callable[[], bool]):
    """Open the store at ``path``; with ``create_demo``, first build the demo store there if it is missing."""
    from ..store import open_store

    path = Path(path)
    if create_demo and not (path.is_file() and path.stat().st_size > 0):
        from ..scenario.demo_store import write_demo_store

        path.parent.mkdir(parents=True, exist_ok=True)
        log.info("creating the demo store at %s", path)
        progress(0, 0)
        # As ensure_demo_store, with progress; a cancel (raised by ``progress``) leaves no partial store.
        write_demo_store(path, force=path.exists(), progress=progress)
    progress(0, 0)
    return open_store(path)


EXPORT_CHUNK = 5000


def read_job(path: str | Path, *, progress: Callable[[int, int], None], cancel: Callable[[], bool]):
    """Read an incident file (``io.readers.read_incidents``): the ReadResult."""
    from ..io.readers import read_incidents

    progress(0, 0)
    return read_incidents(path)


def import_job(store, batch, user: str, source_name: str = "", *, progress: Callable[[int, int], None],
               cancel: Callable[[], bool]):
    """Write the good rows of a read file into the store, all or nothing: the Change.

    The readers validated the batch already (``io.batch_builder``), so the store skips that pass.
    """
    return store.add_batch(batch, user, progress=progress, cancel=cancel, validated=True, source_name=source_name)


def export_job(store, flt, path: str | Path, *, progress: Callable[[int, int], None],
               cancel: Callable[[], bool]) -> int:
    """Write the incidents in ``flt`` to ``path`` (format from the suffix), page by page: how many were written."""
    from ..domain.filters import SortKey
    from ..io.output_files import check_output
    from ..io.writers import format_for_writing, write_incidents

    format_for_writing(path)  # refuse an unknown suffix, or a path that is the store, before reading anything
    check_output(path, store=getattr(store, "path", None), what="export file")
    total = store.count(flt)

    def chunks():
        done = 0
        while done < total:
            page = store.page(flt, SortKey.OCCURRED_AT, False, done, EXPORT_CHUNK)
            if not page:
                break
            done += len(page)
            progress(done, total)  # raises Cancelled when the user cancelled: the file is not written
            yield page

    return write_incidents(chunks(), path, store=getattr(store, "path", None))  # never over the store
