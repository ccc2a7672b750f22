"""The one write path of the GUI (Anki's CollectionOp habit): perform a store write, announce its Change once.

Every write the window makes goes through here: the edit commands' redo/undo (``run_write``), imports
and other long writes in a worker (``start_write``), writes by other programs (``announce_external``, from
``ui.live_refresh``), later sync arrivals. Nothing else calls
``AppState.notify_changed``, so each write reaches the views as exactly one ``dataChanged``.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QWidget

from ..store.base import Change
from .state import AppState
from .workers import Worker, run_with_progress


def run_write(state: AppState, write: Callable[[], Change]) -> Change:
    """Call ``write()`` (a write on ``state.store``) now, on this thread, and announce the ``Change`` it returns.

    An exception from the write propagates and nothing is announced (the store's transaction rolled back)."""
    change = write()
    state.notify_changed(change)
    return change


def start_write(state: AppState, parent: QWidget, title: str, text: str, job: Callable[..., Change], *args,
                on_done: Callable[[Change], None], on_error: Callable[[BaseException], None],
                on_cancel: Callable[[], None], **kwargs) -> Worker:
    """Run ``job(state.store, *args, progress=..., cancel=...)`` in a worker with a progress dialog; when it
    returns, announce its ``Change`` once on the UI thread, then call ``on_done(change)``."""
    store = state.store

    def done(change: Change) -> None:
        if state.store is store:  # a store switched meanwhile: the views show another store already
            state.notify_changed(change)
        on_done(change)

    return run_with_progress(parent, title, text, job, store, *args, on_done=done, on_error=on_error,
                             on_cancel=on_cancel, **kwargs)


def announce_external(state: AppState, change: Change) -> None:
    """Announce a ``Change`` that came from outside this window (another program's writes, taken in by
    ``store.refresh()`` in ``ui.live_refresh``): the views redraw as after a write of ours."""
    state.notify_changed(change)
