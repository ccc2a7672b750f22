"""Exporting in a worker (``ui.workers``): the incidents in a filter, page by page, to a file."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

EXPORT_CHUNK = 5000


def export_job(store, flt, path: str | Path, *, progress: Callable[[int, int], None],
               cancel: Callable[[], bool]) -> int:
    """Write the incidents in ``flt`` to ``path`` (format from the suffix), page by page: how many were written."""
    from ...domain.data_notice import notice_for
    from ...domain.filters import SortKey
    from ...io.output_files import check_output
    from ...io.writers import format_for_writing, write_incidents

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

    from ..text.palette import TYPE_COLORS

    # never over the store; an export of synthetic data says so (domain.data_notice); KML styles in the map's colours
    store_path = getattr(store, "path", None)
    return write_incidents(chunks(), path, store=store_path, notice=notice_for(store), type_colors=TYPE_COLORS,
                           attachments_from=store_path)
