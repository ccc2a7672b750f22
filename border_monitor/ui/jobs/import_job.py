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
               cancel: Callable[[], bool]):
    """Write the good rows of a read file into the store, all or nothing: the Change.

    The readers validated the batch already (``io.batch_builder``), so the store skips that pass.
    """
    return store.add_batch(batch, user, progress=progress, cancel=cancel, validated=True, source_name=source_name)
