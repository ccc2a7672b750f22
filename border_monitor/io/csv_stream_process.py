"""A ``CsvStream`` read in a child process, so that reading a big CSV file takes a core of its own.

Reading and validating a CSV file (Python's csv, the per-field parsers) and writing its rows to SQLite both hold the
GIL nearly all the time, so two threads of one process take turns rather than run together. ``CsvStreamProcess``
runs the very same ``CsvStream`` in a child process (``python -m border_monitor.io.csv_stream_process``, a fresh
interpreter: nothing of the parent is inherited, no lock, no open store, and the parent's main script is not run
again as ``multiprocessing`` would) and hands its batches to the caller as they come, pickled down a pipe: the child
reads the next chunk while the caller stores the one before. The pipe holds little, so the child is never more than
a batch ahead (memory stays bounded).

It behaves as ``CsvStream``: ``batches()`` yields the same batches (with ``measure``, each with the derived fields of
its positions, which the child measures too: ``geo.enrich``), raises ``NotStreamable`` (with the child's
message) where ``CsvStream`` would, and ``source`` is set after the last batch. A fault of the child itself (not a
problem of the file) is raised as ``RuntimeError`` with the child's traceback. ``close()`` (or leaving the ``with``
block) ends the child if it is still running.
"""
from __future__ import annotations

import logging
import os
import pickle
import signal
import subprocess
import sys
import threading
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

from ..domain.batch import IncidentBatch
from ..thread_priority import make_this_thread_nicer
from . import csv_arrow_columns, csv_stream
from .csv_stream import CsvStream, NotStreamable
from .read_result import SourceInfo

log = logging.getLogger(__name__)

# Below this size a file is read in the caller's process: starting a child (an interpreter, numpy) costs more than
# the second core saves on a small file.
MIN_BYTES = 24 * 1024 * 1024


class CsvStreamProcess:
    """``CsvStream(path, **options)`` read in a child process (see the module's note); with ``measure`` each item is
    ``(batch, geo.enrich.enrich(batch.lon, batch.lat))``, the positions measured by the child too."""

    def __init__(self, path: str | Path, measure: bool = False, **options) -> None:
        self.path = Path(path)
        self.source: SourceInfo | None = None
        options = dict(options)
        options["chunk_rows"] = options.get("chunk_rows") or csv_stream.CHUNK  # this process's, not a fresh import's
        # The child reads a file that starts as plain UTF-8 at once, as UTF-8 (``CsvStream``'s ``scan_whole``); the
        # scan of all its bytes that says whether it is (a third of the time to the child's first batch of a big
        # file) runs here meanwhile, in a thread of this process, which waits for that batch; its verdict is checked
        # at the end of the stream.
        self._scan = _Scan(self.path) if options.get("encoding") is None else None
        options["scan_whole"] = self._scan is None
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])  # the border_monitor this process runs, not another
        env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self._process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, env=env)
        try:
            pickle.dump((str(self.path), options, measure), self._process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self._process.stdin.close()
        except OSError:
            pass  # the child is gone already: batches() says so
        log.info("reading %s in a child process (pid %d)", self.path, self._process.pid)

    def __enter__(self) -> "CsvStreamProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def batches(self) -> Iterator[IncidentBatch]:
        while True:
            try:
                kind, value = pickle.load(self._process.stdout)
            except (EOFError, pickle.UnpicklingError, OSError, ValueError):
                code = self._process.poll()
                raise RuntimeError(f"the process reading {self.path} ended without a word (exit code {code})") \
                    from None
            if kind == "batch":
                yield value
            elif kind == "end":
                if self._scan is not None:
                    self._scan.check(value)
                self.source = value
                return
            elif kind == "not":
                raise NotStreamable(value)
            else:
                raise RuntimeError(f"the process reading {self.path} failed:\n{value}")

    def close(self) -> None:
        """End the child (if it still runs) and wait for it."""
        if self._process.poll() is None:
            self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()

    @property
    def exit_code(self) -> int | None:
        return self._process.poll()


class _Scan(threading.Thread):
    """``scan_encoding(path)`` in a thread of its own; ``check(source)`` raises NotStreamable unless it found the
    encoding the stream was read with (or raises what the scan raised, as NotStreamable too)."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="bm-scan", daemon=True)
        self.path = path
        self.scanned = None
        self.error: Exception | None = None
        self.start()

    def run(self) -> None:
        from .csv_dialects import scan_encoding

        make_this_thread_nicer(19)  # the least priority: a core only when neither the child nor the caller needs it
        try:
            self.scanned = scan_encoding(self.path)
        except Exception as exc:  # noqa: BLE001 - told by check(), in the caller's thread
            self.error = exc

    def check(self, source: SourceInfo) -> None:
        self.join()
        if self.error is not None:
            raise NotStreamable(f"{self.path}: {self.error}")
        if self.scanned.encoding != source.encoding:
            raise NotStreamable(f"{self.path} was read as {source.encoding} text, but it is {self.scanned.encoding}")


def _serve(out, path: str, options: dict, measure: bool) -> None:
    """The child: every batch of ``CsvStream(path, **options)`` (with its enrichment when ``measure``) pickled to
    ``out``, then its ``source``.

    A second thread measures each batch and sends it while this one reads the next: pyproj, GEOS and numpy release
    the GIL for most of the measuring, pyarrow for its parsing, so the two overlap. Measured on a 1M-row export, 16
    chunks of 25k on an idle 2-core machine: 3.1-3.4 s one after the other, 2.1-2.2 s so (the same CPU), which
    leaves the reading side about as fast per chunk as the parent's storing. Every message goes through that thread,
    in order; the next batch is read while at most one waits to be sent (memory holds a few batches, as before)."""
    from ..domain.errors import BorderMonitorError

    def say(message) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()

    failed = threading.Event()  # a batch was not sent: none after it may be

    def send(batch) -> None:
        if failed.is_set():
            return
        try:
            if measure:
                from ..geo import enrich

                say(("batch", (batch, enrich.enrich(batch.lon, batch.lat))))
            else:
                say(("batch", batch))
        except BaseException:
            failed.set()
            raise

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bm-send") as sender:
        pending: Future | None = None
        try:
            if measure:  # the border's index (its grids from the cache) is built while the first chunk is read
                from ..geo import enrich

                pending = sender.submit(enrich.build_index)
            csv_arrow_columns.make_default_pool()
            stream = CsvStream(path, **options)
            for batch in stream.batches():
                sent = sender.submit(send, batch)
                if pending is not None:
                    pending.result()  # a failure to measure or send the one before is raised here
                pending = sent
            if pending is not None:
                pending, done = None, pending
                done.result()
            say(("end", stream.source))
        except (BrokenPipeError, EOFError):
            return  # the parent has stopped listening (it abandoned the import)
        except NotStreamable as exc:
            _quietly(say, ("not", str(exc)), sender)
        except (BorderMonitorError, OSError, UnicodeError, ValueError) as exc:
            _quietly(say, ("not", f"{type(exc).__name__}: {exc}"), sender)
        except BaseException:  # noqa: BLE001 - a fault of the reader: its traceback, for the parent to log
            _quietly(say, ("fault", traceback.format_exc()), sender)


def _quietly(say, message, sender: ThreadPoolExecutor) -> None:
    """``say(message)`` once the batches the sender holds have gone (or failed, and stopped it); no word if the parent
    is gone."""
    sender.shutdown(wait=True)
    try:
        say(message)
    except OSError:  # the parent is gone or has stopped listening: nobody to tell
        pass


def _main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it cancels, then ends us
    path, options, measure = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but the pickles on the pipe
    _serve(out, path, options, measure)
    return 0


if __name__ == "__main__":
    sys.exit(_main())
