"""Long work off the UI thread: QRunnable workers on the global QThreadPool, with progress and cancel.

A job is a plain function ``fn(*args, progress=..., cancel=..., **kwargs)``: it calls
``progress(done, total)`` now and then and stops (raising ``Cancelled`` or returning) when
``cancel()`` is true. ``run_with_progress`` shows a modal-less progress dialog with a Cancel
button; the window keeps painting and answering while the job runs. A job's failure is
worded as ``failures`` says (an internal error is logged with its traceback to the log file).
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ..failures import describe
from .failure_text import failure_text

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a job (or by ``progress``) when the user cancelled it."""


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total (total 0 = unknown)
    finished = Signal(object)  # the job's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Worker(QRunnable):
    """Runs ``fn`` in the thread pool; results come back through ``signals`` (queued to the UI thread)."""

    def __init__(self, fn: Callable[..., Any], *args, **kwargs):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference (see ``_running``)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def _progress(self, done: int, total: int) -> None:
        if self._cancel:
            raise Cancelled()
        self._emit(self.signals.progress, int(done), int(total))

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the receiving side is gone (application shutting down): stop the job
            self._cancel = True
            raise Cancelled() from None

    def run(self) -> None:  # in a pool thread
        try:
            try:
                result = self.fn(*self.args, progress=self._progress, cancel=self.is_cancelled, **self.kwargs)
            except Cancelled:
                self._emit(self.signals.cancelled)
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
                if self._cancel:
                    self._emit(self.signals.cancelled)
                    return
                # An internal error goes to the log file with its traceback, here where it happened;
                # the window then shows the same words as the command line (``failure_text``).
                describe(exc, f"a background job ({getattr(self.fn, '__name__', 'job')})")
                self._emit(self.signals.failed, exc)
            else:
                if self._cancel:
                    self._emit(self.signals.cancelled)
                else:
                    self._emit(self.signals.finished, result)
        except Cancelled:
            log.info("a job ended after its receiver was gone")


_running: set[Worker] = set()


def start(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Start ``worker``; it is kept alive until it has reported."""
    _running.add(worker)

    def release(*_):
        _running.discard(worker)

    worker.signals.finished.connect(release)
    worker.signals.failed.connect(release)
    worker.signals.cancelled.connect(release)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def run_with_progress(parent: QWidget | None, title: str, label: str, fn: Callable[..., Any], *args,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      on_cancel: Callable[[], None] | None = None,
                      min_duration_ms: int = 400, **kwargs) -> Worker:
    """Run ``fn`` in a worker with a progress dialog (shown only if the job takes a while)."""
    dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = Worker(fn, *args, **kwargs)
    closed = []  # set once the dialog is gone: progress still queued must not touch it
    # A window-modal dialog's ``setValue`` runs the event loop (``QCoreApplication::processEvents``), in which the
    # job's ``finished`` can arrive: the dialog is then disposed of once ``setValue`` has returned, not inside it
    # (deleting it there crashed the process: a segmentation fault in ``setValue`` in one CI run of 2).
    in_set_value = []

    def on_progress(done: int, total: int) -> None:
        if closed or not isValid(dialog):  # closed, or deleted with its window
            return
        if total > 0:
            dialog.setMaximum(total)
            in_set_value.append(True)
            try:
                dialog.setValue(min(done, total))
            finally:
                in_set_value.pop()
            if closed and not in_set_value:
                dispose_dialog()
        else:
            dialog.setMaximum(0)

    def dispose_dialog() -> None:
        if not isValid(dialog):
            return
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def close_dialog() -> None:
        if closed:
            return
        closed.append(True)
        if not in_set_value:  # else on_progress disposes of it once setValue has returned
            dispose_dialog()

    def finished(result) -> None:
        close_dialog()
        if on_done:
            on_done(result)

    def failed(exc) -> None:
        close_dialog()
        if on_error:
            on_error(exc)
        else:
            log.error("%s failed: %s", title, failure_text(exc))

    def user_cancelled() -> None:
        worker.cancel()
        if not closed and isValid(dialog):
            dialog.setLabelText(QProgressDialog.tr("Cancelling..."))

    def cancelled() -> None:
        close_dialog()
        if on_cancel:
            on_cancel()

    worker.signals.progress.connect(on_progress)
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    worker.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(user_cancelled)
    start(worker)
    return worker
