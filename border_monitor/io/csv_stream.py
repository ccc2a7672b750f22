"""A clean CSV file as a stream of validated batches, for imports that must not hold the whole file in memory.

``CsvStream(path, ...).batches()`` reads the file chunk by chunk with the same code as ``read_csv`` (the
same encodings, separators, limits and parsers) and yields each chunk's rows as a validated
``IncidentBatch``. It serves only files that are clean all through: the moment a chunk holds a record that
``read_csv`` would report (a bad value, a wrong field count, an unreadable file) or that reads differently
in chunks than whole (the id column or the position columns taken another way), it raises
``NotStreamable``, and the caller reads the file with ``read_csv`` instead, which reports every problem
exactly as it always has. After the last batch, ``source`` describes the file as ``read_csv`` would.
"""
from __future__ import annotations

import csv
import logging
from datetime import datetime
from pathlib import Path
from typing import Iterator

from ..domain.batch import IncidentBatch
from .csv_dialects import UTF8_BOM, detect_separator, scan_encoding, uses_decimal_comma
from .csv_reader import _bounded_lines, _chain_first, _read_header, build_records, record_chunks
from .errors import UnreadableFileError
from .read_limits import DEFAULT_LIMITS, ReadLimits, require_regular_file
from .read_result import SourceInfo

log = logging.getLogger(__name__)

# Records per chunk: large enough that numpy's vectorised parsers run at full speed, small enough that a chunk's
# Python strings stay a small part of the import's memory.
CHUNK = 25_000


class NotStreamable(Exception):
    """The file is not read in chunks: ``read_csv`` reads it whole (and reports what is wrong with it)."""


class CsvStream:
    """A CSV incident file read chunk by chunk (see the module's note)."""

    def __init__(self, path: str | Path, encoding: str | None = None, now: datetime | None = None,
                 limits: ReadLimits = DEFAULT_LIMITS, columns: dict[str, str] | None = None, crs=None,
                 columns_only: bool = False, chunk_rows: int | None = None):
        self.path = Path(path)
        self._encoding, self._now, self._limits = encoding, now, limits
        self._columns, self._crs, self._only, self._chunk_rows = columns, crs, columns_only, chunk_rows or CHUNK
        self.source: SourceInfo | None = None  # set once the last batch is read

    def batches(self) -> Iterator[IncidentBatch]:
        """The good rows, chunk by chunk; raises ``NotStreamable`` at the first chunk ``read_csv`` would treat
        differently (any problem with the file or one of its records)."""
        try:
            yield from self._batches()
        except UnreadableFileError as exc:
            raise NotStreamable(str(exc)) from exc
        except (UnicodeError, OSError, csv.Error) as exc:
            raise NotStreamable(f"{self.path}: {exc}") from exc

    def _batches(self) -> Iterator[IncidentBatch]:
        path, limits = self.path, self._limits
        require_regular_file(path)
        scanned = scan_encoding(path, self._encoding)
        codec = "utf-8-sig" if scanned.encoding == UTF8_BOM else scanned.encoding
        with open(path, encoding=codec, errors="strict", newline="") as stream:
            lines = _bounded_lines(path, stream, limits)
            header_line = next(lines, "")
            separator = detect_separator(header_line.rstrip("\r\n"))
            records = csv.reader(_chain_first(header_line, lines), delimiter=separator, strict=True)
            previous_limit = csv.field_size_limit(limits.max_field_bytes)
            try:
                header, mapped = _read_header(path, records, separator, limits, self._columns, self._only)
                decimal_comma = uses_decimal_comma(separator)
                first = None  # how the first chunk was read: every other must be read the same way
                notes: list[str] = []
                total = good = 0
                for raw, rows, shape_errors in record_chunks(path, records, len(header), mapped, scanned, separator,
                                                             self._chunk_rows, limits):
                    if shape_errors:
                        raise NotStreamable(f"line {shape_errors[0].row} has a wrong number of fields")
                    built, rejects = build_records(path, raw, rows, header, mapped, decimal_comma, self._now,
                                                   self._crs)
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
            finally:
                csv.field_size_limit(previous_limit)
        if good == 0:
            raise NotStreamable("no rows")
        self.source = SourceInfo(
            path=str(path), format="CSV", rows=total, encoding=scanned.encoding, encoding_detected=scanned.detected,
            separator=separator, decimal_comma=decimal_comma,
            columns={name: header[k] for name, k in mapped.columns.items()}, ignored_columns=tuple(mapped.ignored),
            notes=tuple(notes), crs=first[1], headers=tuple(header),
        )
        log.info("read %d rows from %s (%s) in chunks of %d", total, path, self.source.describe(), self._chunk_rows)
