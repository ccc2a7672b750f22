"""Making a new, empty store in a worker (``ui.workers``) and opening it (File > New store...)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable


def new_store_job(path: str | Path, created_by: str = "", *, progress: Callable[[int, int], None],
                  cancel: Callable[[], bool]):
    """Make the store at ``path`` (``store.new_store.create_store``) and return it opened."""
    from ...store import open_store
    from ...store.gpkg.new_store import create_store

    progress(0, 0)
    made = create_store(path, created_by=created_by)
    progress(0, 0)  # a cancel here leaves the finished store in place, as if made a moment before
    return open_store(made.path)
