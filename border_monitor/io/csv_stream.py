"""A clean CSV file as a stream of validated batches, for imports that must not hold the whole file in memory.

``CsvStream(path, ...).batches()`` reads the file chunk by chunk with the same code as ``read_csv`` (the
same encodings, separators, limits and parsers) and yields each chunk's rows as a validated
``IncidentBatch``. It serves only files that are clean all through: the moment a chunk holds a record that
``read_csv`` would report (a bad value, a wrong field count, an unreadable file) or that reads differently
in chunks than whole (the id column or the position columns taken another way), it raises
``NotStreamable``, and the caller reads the file with ``read_csv`` instead, which reports every problem
exactly as it always has. After the last batch, ``source`` describes the file as ``read_csv`` would.

The records after the header are read by pyarrow's CSV parser (C++) wherever it is proven to read them as
``csv.reader`` does: ``csv_record_bytes`` cuts the file's bytes into chunks of whole records where ``csv.reader``
would end them, ``csv_arrow_columns`` reads each chunk into the columns ``csv_reader.record_chunks`` makes. A chunk
pyarrow refuses or may read otherwise (another number of fields, a line of blanks, a field over the limit ...) is
read by ``csv.reader``, and so is the rest of the file from the first record the cut cannot prove (a quote where
strict CSV has none, a line over the limit): the columns, line numbers and errors are those of ``csv.reader`` in any
case (tests/unit/test_io_csv_arrow). For the records of our export, half the CPU of ``csv.reader`` (scan included).
"""
from __future__ import annotations

import codecs
import csv
import io
import logging
from datetime import datetime
from pathlib import Path
from typing import Iterator, NamedTuple

import numpy as np

from ..domain.batch import IncidentBatch
from . import csv_record_bytes
from .csv_arrow_columns import CODECS, arrow_columns
from .columns import ColumnMap
from .csv_dialects import (UTF8_BOM, ScannedText, detect_separator, scan_encoding, scan_utf8_start,
                           uses_decimal_comma)
from .csv_reader import OBJECT_FIELDS, _bounded_lines, _chain_first, _read_header, build_records, record_chunks
from .errors import UnreadableFileError
from .read_limits import DEFAULT_LIMITS, ReadLimits, require_regular_file
from .read_result import SourceInfo

log = logging.getLogger(__name__)

# Records per chunk: large enough that numpy's vectorised parsers run at full speed, small enough that a chunk's
# Python strings stay a small part of the import's memory.
CHUNK = 25_000
# Whether pyarrow reads the records it reads as csv.reader does (``CsvStream``'s ``arrow`` when not given).
ARROW = True


class NotStreamable(Exception):
    """The file is not read in chunks: ``read_csv`` reads it whole (and reports what is wrong with it)."""


class CsvStream:
    """A CSV incident file read chunk by chunk (see the module's note)."""

    def __init__(self, path: str | Path, encoding: str | None = None, now: datetime | None = None,
                 limits: ReadLimits = DEFAULT_LIMITS, columns: dict[str, str] | None = None, crs=None,
                 columns_only: bool = False, chunk_rows: int | None = None, arrow: bool | None = None,
                 scan_whole: bool = True):
        """``arrow``: let pyarrow's parser read the records it reads as ``csv.reader`` does (``csv_arrow_columns``);
        False: ``csv.reader`` reads every record, as ``read_csv`` does; None: as ``ARROW`` says. ``scan_whole``
        False (with no ``encoding`` named): a file that starts as plain UTF-8 is read as UTF-8 without the scan of
        all of its bytes first (``csv_dialects.scan_utf8_start``; a third of the time to the first batch of a big
        file), and the caller must check that ``scan_encoding`` of the whole file finds the encoding of ``source``
        before it trusts the batches (``csv_stream_process`` does); the records read by ``csv.reader``, if any, have
        the whole file scanned first."""
        self.path = Path(path)
        self._arrow = arrow
        self._scan_whole = scan_whole
        self._encoding, self._now, self._limits = encoding, now, limits
        self._columns, self._crs, self._only, self._chunk_rows = columns, crs, columns_only, chunk_rows or CHUNK
        self.source: SourceInfo | None = None  # set once the last batch is read
        self.header: _Header | None = None  # set once the header is read

    def batches(self) -> Iterator[IncidentBatch]:
        """The good rows, chunk by chunk; raises ``NotStreamable`` at the first chunk ``read_csv`` would treat
        differently (any problem with the file or one of its records)."""
        try:
            yield from self._batches()
        except UnreadableFileError as exc:
            raise NotStreamable(str(exc)) from exc
        except (UnicodeError, OSError, csv.Error) as exc:
            raise NotStreamable(f"{self.path}: {exc}") from exc

    def record_columns(self) -> Iterator[tuple[dict[str, np.ndarray], np.ndarray, list]]:
        """The records after the header, chunk by chunk, as ``csv_reader.record_chunks`` yields them from
        ``csv.reader`` (field -> column, line numbers, field count errors), whichever parser reads them; ``header``
        (the file's header, its fields mapped, its separator and encoding) is set before the first chunk."""
        path, limits = self.path, self._limits
        require_regular_file(path)
        scanned = None if self._scan_whole or self._encoding is not None else scan_utf8_start(path)
        scanned = scanned or scan_encoding(path, self._encoding)
        codec = "utf-8-sig" if scanned.encoding == UTF8_BOM else scanned.encoding
        with open(path, encoding=codec, errors="strict", newline="") as stream:
            lines = _bounded_lines(path, stream, limits)
            header_line = next(lines, "")
            separator = detect_separator(header_line.rstrip("\r\n"))
            records = csv.reader(_chain_first(header_line, lines), delimiter=separator, strict=True)
            previous_limit = csv.field_size_limit(limits.max_field_bytes)
            try:
                header, mapped = _read_header(path, records, separator, limits, self._columns, self._only)
                self.header = _Header(scanned, separator, header, mapped)
                reading = _Reading(path, scanned, separator, header, mapped, limits, self._chunk_rows)
                data_codec = "utf-8" if scanned.encoding == UTF8_BOM else scanned.encoding
                arrow = ARROW if self._arrow is None else self._arrow
                if arrow and records.line_num == 1 and data_codec in CODECS:
                    yield from reading.arrow_chunks(header_line.encode(codec), data_codec)
                else:
                    yield from record_chunks(path, records, len(header), mapped, reading.scanned_whole(), separator,
                                             self._chunk_rows, limits)
            finally:
                csv.field_size_limit(previous_limit)

    def _batches(self) -> Iterator[IncidentBatch]:
        path = self.path
        first = None  # how the first chunk was read: every other must be read the same way
        notes: list[str] = []
        total = good = 0
        for raw, rows, shape_errors in self.record_columns():
            _, separator, header, mapped = self.header
            decimal_comma = uses_decimal_comma(separator)
            if shape_errors:
                raise NotStreamable(f"line {shape_errors[0].row} has a wrong number of fields")
            built, rejects = build_records(path, raw, rows, header, mapped, decimal_comma, self._now, self._crs)
            if rejects:
                raise NotStreamable(f"line {rejects[0].row} has errors")
            way = (built.position_fields, built.crs, built.batch.id is None)
            if first is None:
                first = way
            elif way != first:
                raise NotStreamable("a chunk reads its ids or positions another way than the first")
            notes.extend(n for n in built.notes if n not in notes)
            total += built.total
            good += len(built.batch)
            if len(built.batch):
                yield built.batch
        if good == 0:
            raise NotStreamable("no rows")
        scanned, separator, header, mapped = self.header
        self.source = SourceInfo(
            path=str(path), format="CSV", rows=total, encoding=scanned.encoding, encoding_detected=scanned.detected,
            separator=separator, decimal_comma=uses_decimal_comma(separator),
            columns={name: header[k] for name, k in mapped.columns.items()}, ignored_columns=tuple(mapped.ignored),
            notes=tuple(notes), crs=first[1], headers=tuple(header),
        )
        log.info("read %d rows from %s (%s) in chunks of %d", total, path, self.source.describe(), self._chunk_rows)


class _Header(NamedTuple):
    scanned: ScannedText
    separator: str
    header: list[str]
    mapped: ColumnMap


class _Reading:
    """How the records after a CSV file's header are read: by pyarrow where it reads them as ``csv.reader`` does,
    by ``csv.reader`` (``csv_reader.record_chunks``) elsewhere; each chunk as ``(field -> column, line numbers, field
    count errors)``, the chunks of ``csv_reader.record_chunks`` over the whole file."""

    def __init__(self, path: Path, scanned, separator: str, header: list[str], mapped, limits: ReadLimits,
                 chunk_rows: int) -> None:
        self.path, self.scanned, self.separator, self.width = path, scanned, separator, len(header)
        self.mapped, self.limits, self.chunk_rows = mapped, limits, chunk_rows

    def arrow_chunks(self, header_bytes: bytes, codec: str):
        """The records after the header's line (``header_bytes``, the file's first line, as bytes), cut in chunks
        by ``csv_record_bytes`` and read by pyarrow; a chunk pyarrow does not read as ``csv.reader`` does is read by
        ``csv.reader``, and so is the rest of the file from where the cut is not proven."""
        wanted = dict(self.mapped.columns)
        with open(self.path, "rb") as stream:
            if stream.read(len(header_bytes)) != header_bytes:  # the file changed since its header was read
                raise NotStreamable(f"{self.path} changed while it was read")
            arrow_read = csv_read = 0
            try:
                for chunk in csv_record_bytes.record_chunks(stream, len(header_bytes), 2, self.separator,
                                                            self.chunk_rows, self.limits.max_line_chars,
                                                            csv_record_bytes.BLOCK):
                    columns = arrow_columns(chunk, self.width, wanted, self.separator, codec,
                                            self.limits.max_field_bytes, OBJECT_FIELDS)
                    if columns is not None:
                        arrow_read += 1
                        starts = chunk.starts
                        del chunk  # its bytes are read: not held while the caller builds the batch
                        yield columns, starts, []
                    else:
                        csv_read += 1
                        yield from self._csv_chunks(io.StringIO(codecs.decode(chunk.data, codec), newline=""),
                                                    chunk.first_line - 1)
            except csv_record_bytes.Unproven as exc:
                log.info("%s is read by csv.reader %s", self.path, exc)
                stream.seek(exc.offset)
                with io.TextIOWrapper(stream, encoding=codec, errors="strict", newline="") as text:
                    yield from self._csv_chunks(text, exc.line - 1)
            finally:
                log.debug("%s: %d chunks read by pyarrow, %d by csv.reader", self.path, arrow_read, csv_read)

    def scanned_whole(self) -> ScannedText:
        """The scan of the whole file (made now if only its start was looked at: ``csv.reader``'s messages count its
        lines); NotStreamable when it finds another encoding than the start's."""
        if not self.scanned.whole:
            whole = scan_encoding(self.path)
            if whole.encoding != self.scanned.encoding:
                raise NotStreamable(f"{self.path} starts as {self.scanned.encoding} text but is {whole.encoding}")
            self.scanned = whole
        return self.scanned

    def _csv_chunks(self, text, lines_before: int):
        """``csv_reader.record_chunks`` of ``text``, whose first line is the file's line ``lines_before + 1``."""
        scanned = self.scanned_whole()
        lines = _bounded_lines(self.path, text, self.limits, lines_before)
        records = _LinesAfter(csv.reader(lines, delimiter=self.separator, strict=True), lines_before)
        yield from record_chunks(self.path, records, self.width, self.mapped, scanned, self.separator,
                                 self.chunk_rows, self.limits)


class _LinesAfter:
    """A ``csv.reader`` over lines that start after ``lines_before`` lines of the file: its ``line_num`` is the
    file's."""

    def __init__(self, reader, lines_before: int) -> None:
        self._reader, self._before = reader, lines_before

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._reader)

    @property
    def line_num(self) -> int:
        return self._reader.line_num + self._before
