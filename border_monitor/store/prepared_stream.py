"""The batches of a streamed import, each prepared (bookkeeping, ids) and measured (``geo.enrich``), for either
store's ``add_batches``: the next batch is measured in a worker thread while the caller stores this one.

An item of the stream is an ``IncidentBatch`` (measured here) or a pair ``(batch, enrichment)`` of a batch whose
positions were measured already (``io.csv_stream_process`` measures them in the process that reads the file).
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable, Iterator

from ..domain.errors import ImportCancelled
from .gpkg.write import PreparedBatch, enrich_prepared, load_enrichment, prepare_batch


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled("The import was cancelled; nothing was written.")


def prepared_batches(batches: Iterable, user: str, origin: str, source_name: str,
                     cancel: Callable[[], bool] | None) -> Iterator[PreparedBatch]:
    """Each batch of ``batches`` validated already, prepared with ``derived`` set, in order; raises
    ImportCancelled between batches when ``cancel()`` says so. GEOS and numpy release the GIL for much of the
    measuring, so it overlaps with the caller's writing and the reading of the next batch."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bm-enrich") as pool:
        pending: Future | None = None
        for item in batches:
            _check(cancel)
            batch, derived = item if isinstance(item, tuple) else (item, None)
            if derived is None and pending is None:
                pool.submit(load_enrichment)  # at once, while the first batch is prepared
            prepared = prepare_batch(batch, user, origin, source_name, validated=True)
            if pending is not None:  # the batch before, measured while this one was read
                yield pending.result()
            if derived is None:
                pending = pool.submit(enrich_prepared, prepared)
            else:
                prepared.derived = derived
                pending = Future()
                pending.set_result(prepared)
        if pending is not None:
            _check(cancel)
            yield pending.result()
