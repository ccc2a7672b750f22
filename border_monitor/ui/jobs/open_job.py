"""Opening a store in a worker (``ui.workers``), creating the demo store first when asked."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)


def open_store_job(path: str | Path, create_demo: bool = False, *, progress: Callable[[int, int], None],
                   cancel: Callable[[], bool]):
    """Open the store at ``path``; with ``create_demo``, first build the demo store there if it is missing."""
    from ...store import is_store_url, open_store

    if is_store_url(str(path)):  # a shared database store
        progress(0, 0)
        return open_store(str(path))
    path = Path(path)
    if create_demo and not (path.is_file() and path.stat().st_size > 0):
        from ...scenario.demo_store import write_demo_store

        path.parent.mkdir(parents=True, exist_ok=True)
        log.info("creating the demo store at %s", path)
        progress(0, 0)
        # As ensure_demo_store, with progress; a cancel (raised by ``progress``) leaves no partial store.
        write_demo_store(path, force=path.exists(), progress=progress)
    progress(0, 0)
    return open_store(path)
