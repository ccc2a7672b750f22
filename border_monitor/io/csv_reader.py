"""CSV files -> incidents, with the line numbers the user sees in a text editor.

The file is read as a stream: one pass over its bytes checks (or detects) the encoding and
counts its lines (``csv_dialects.scan_encoding``); a second decodes it incrementally and splits
it with Python's csv module in chunks of records, keeping only the columns that feed the
model as numpy arrays (``batch_builder`` parses them vectorised). Memory is bounded by a chunk
and the limits (``ReadLimits``: the longest line and field, the number of columns), whatever
the file's size.
"""
from __future__ import annotations

import csv
import gc
import logging
import re
from datetime import datetime
from itertools import islice
from operator import itemgetter
from pathlib import Path

import numpy as np

from ..domain.batch import RowError
from .batch_builder import BuiltBatch, build_batch
from .columns import REQUIRED_FIELDS, ColumnChoiceError, ColumnMap, column_names, map_columns, missing_text
from .csv_dialects import UTF8_BOM, detect_separator, scan_encoding, uses_decimal_comma
from .errors import UnreadableFileError
from .formula_guard import unguard_columns
from .position_columns import PositionColumnsError
from .read_limits import DEFAULT_LIMITS, ReadLimits, over_limit, require_regular_file
from .read_result import ReadResult, SourceInfo

log = logging.getLogger(__name__)

CHUNK = 100_000
# Kept as Python strings (free text, or few distinct values looked up once each); the other
# fields become numpy unicode arrays for vectorised parsing.
OBJECT_FIELDS = frozenset({"description", "source", "nationalities", "id", "country", "type", "status"})
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def read_csv(path: str | Path, encoding: str | None = None, now: datetime | None = None,
             limits: ReadLimits = DEFAULT_LIMITS, columns: dict[str, str] | None = None,
             crs=None, columns_only: bool = False) -> ReadResult:
    """``columns``: field -> header the user named (``--columns``); ``crs``: the system of the coordinate
    columns (``--crs``; None: WGS 84 degrees, or the grid the values fit)."""
    path = Path(path)
    require_regular_file(path)
    scanned = scan_encoding(path, encoding)
    codec = "utf-8-sig" if scanned.encoding == UTF8_BOM else scanned.encoding
    try:
        with open(path, encoding=codec, errors="strict", newline="") as stream:
            lines = _bounded_lines(path, stream, limits)
            header_line = next(lines, "")
            separator = detect_separator(header_line.rstrip("\r\n"))
            records = csv.reader(_chain_first(header_line, lines), delimiter=separator, strict=True)
            previous_limit = csv.field_size_limit(limits.max_field_bytes)
            try:
                header, mapped, raw, rows, shape_errors = _read_records(path, records, separator, scanned, limits,
                                                                         columns, columns_only)
            finally:
                csv.field_size_limit(previous_limit)
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, f"is not {codec} text ({exc.reason}); the file changed while it was read, "
                                        "or --encoding names the wrong encoding") from None
    except UnicodeError as exc:
        raise UnreadableFileError(path, f"is not {codec} text ({exc})") from None
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    decimal_comma = uses_decimal_comma(separator)
    built, named = build_records(path, raw, rows, header, mapped, decimal_comma, now, crs)
    headers = {name: header[k] for name, k in mapped.columns.items()}
    rejects = sorted(named + shape_errors, key=lambda e: (e.row, e.field))
    source = SourceInfo(
        path=str(path), format="CSV", rows=built.total + len(shape_errors), encoding=scanned.encoding,
        encoding_detected=scanned.detected, separator=separator, decimal_comma=decimal_comma,
        columns=headers, ignored_columns=tuple(mapped.ignored), notes=tuple(built.notes), crs=built.crs,
        headers=tuple(header),
    )
    log.info("read %d rows from %s (%s): %d good, %d with errors", source.rows, path, source.describe(),
             len(built.batch), len({e.row for e in rejects}))
    return ReadResult(built.batch, rejects, source)


def build_records(path: Path, raw: dict[str, np.ndarray], rows: np.ndarray, header: list[str], mapped: ColumnMap,
                  decimal_comma: bool, now: datetime | None, crs) -> tuple[BuiltBatch, list[RowError]]:
    """Records (field -> column, their line numbers) -> the batch of the good ones and the errors of the others,
    each naming its column by the file's header. Blank records (every model field empty) are dropped."""
    blank = _blank_rows(raw, len(rows))
    if blank.any():
        raw = {name: values[~blank] for name, values in raw.items()}
        rows = rows[~blank]
    raw = unguard_columns(raw)  # our CSV export's formula guard: "'=x" back to "=x"
    headers = {name: header[k] for name, k in mapped.columns.items()}
    try:
        built = build_batch(raw, len(rows), rows, decimal_comma=decimal_comma, now=now, crs=crs, headers=headers)
    except PositionColumnsError as exc:
        raise UnreadableFileError(path, str(exc)) from None
    names = column_names(headers, built.position_fields, header)
    return built, [RowError(e.row, names.get(e.field, e.field), e.value, e.message) for e in built.rejects]


def _bounded_lines(path: Path, stream, limits: ReadLimits, lines_before: int = 0):
    """Physical lines, none longer than the limit (a line is never held whole past it); the stream's first line is
    the file's line ``lines_before + 1``."""
    longest = limits.max_line_chars
    number = lines_before
    while True:
        line = stream.readline(longest + 1)
        if not line:
            return
        number += 1
        if len(line) > longest:
            raise over_limit(path, f"line {number} is longer than {longest:,} characters", "max_field_bytes",
                             f"{limits.max_field_bytes:,} bytes a field")
        yield line


def _chain_first(first: str, rest):
    if first:
        yield first
    yield from rest


def _map_header(path: Path, header: list[str], separator: str, overrides: dict[str, str] | None = None,
                only: bool = False) -> ColumnMap:
    try:
        columns = map_columns(header, overrides=overrides, only_overrides=only)
    except ColumnChoiceError as exc:
        raise UnreadableFileError(path, str(exc)) from None
    missing = columns.missing(REQUIRED_FIELDS)
    if missing:
        name = missing[0]
        raise UnreadableFileError(
            path, f"has {missing_text(name)}; its columns are: {', '.join(header) or '(none)'}"
            + (f"; is the separator {separator!r} right?" if len(header) == 1 else ""))
    return columns


def _shape_error(line: int, count: int, width: int, text: str) -> RowError:
    return RowError(line, "fields", text, f"has {count} fields where the header has {width}")


def _read_records(path: Path, reader, separator: str, scanned, limits: ReadLimits,
                  overrides: dict[str, str] | None = None, only: bool = False):
    """Split the records in chunks; exact errors with line numbers."""
    header, columns = _read_header(path, reader, separator, limits, overrides, only)
    pieces: dict[str, list[np.ndarray]] = {name: [] for name in columns.columns}
    row_pieces: list[np.ndarray] = []
    shape_errors: list[RowError] = []
    for raw, starts, errors in record_chunks(path, reader, len(header), columns, scanned, separator, limits=limits):
        for name, values in raw.items():
            pieces[name].append(values)
        row_pieces.append(starts)
        shape_errors.extend(errors)
    raw = {name: _concat(parts) for name, parts in pieces.items()}
    rows = np.concatenate(row_pieces) if row_pieces else np.zeros(0, dtype=np.int64)
    return header, columns, raw, rows, shape_errors


def _read_header(path: Path, reader, separator: str, limits: ReadLimits, overrides: dict[str, str] | None = None,
                 only: bool = False) -> tuple[list[str], ColumnMap]:
    """The header record (stripped) and the fields its columns feed."""
    try:
        header = next(reader)
    except StopIteration:
        raise UnreadableFileError.of("file.empty", path) from None
    except csv.Error as exc:
        raise _csv_error(path, exc, 1, limits) from None
    if len(header) > limits.max_fields:
        raise over_limit(path, f"its header has {len(header):,} columns", "max_fields", limits.max_fields)
    header = [h.strip() for h in header]
    return header, _map_header(path, header, separator, overrides, only)


def record_chunks(path: Path, reader, width: int, columns: ColumnMap, scanned, separator: str,
                  chunk_rows: int = CHUNK, limits: ReadLimits = DEFAULT_LIMITS):
    """After the header: per chunk of records, (field -> column of the chunk's good-shaped records, their line
    numbers, the ``RowError`` of each record whose field count is wrong)."""
    wanted = dict(columns.columns)
    ends_with_newline = scanned.ends_with_newline
    total_lines = scanned.lines
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of small lists: the cyclic collector would run hundreds of times for nothing
    try:
        while True:
            lines_before = reader.line_num
            chunk: list[list[str]] = []
            try:
                chunk.extend(islice(reader, chunk_rows))
            except csv.Error as exc:
                start = _starts(chunk, lines_before)[-1] + _span(chunk[-1]) if chunk else lines_before + 1
                if "unexpected end of data" in str(exc):
                    raise UnreadableFileError(
                        path, f"is truncated: the quoted field that starts on line {start} is never closed "
                              f"(the file ends on line {total_lines})") from None
                raise _csv_error(path, exc, reader.line_num, limits) from None
            if not chunk:
                break
            if reader.line_num - lines_before == len(chunk):
                starts = np.arange(lines_before + 1, lines_before + 1 + len(chunk), dtype=np.int64)
            else:
                starts = _starts(chunk, lines_before)
            lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
            keep = lengths == width
            shape_errors: list[RowError] = []
            for i in np.flatnonzero(~keep):
                record = chunk[i]
                if len(record) > width and not any(f.strip() for f in record[width:]):
                    chunk[i] = record[:width]  # trailing separators, as spreadsheets write them
                    keep[i] = True
                elif not any(f.strip() for f in record):
                    continue  # a blank line
                elif len(record) < width and not ends_with_newline and reader.line_num == total_lines \
                        and i == len(chunk) - 1:
                    raise UnreadableFileError(
                        path, f"is truncated: its last line ({int(starts[i])}) has {len(record)} of the "
                              f"{width} columns of the header and no line end")
                else:
                    shape_errors.append(_shape_error(int(starts[i]), len(record), width,
                                                     separator.join(record)[:120]))
            good = [chunk[i] for i in np.flatnonzero(keep)] if not keep.all() else chunk
            del chunk
            raw = {}
            for name, k in wanted.items():
                values = list(map(itemgetter(k), good))
                if name in OBJECT_FIELDS:
                    raw[name] = np.array(values, dtype=object)
                elif any(values):
                    raw[name] = np.array(values, dtype=str)
                else:  # a column left empty (as the derived fields of an export often are): what np.array gives
                    raw[name] = np.zeros(len(values), dtype="U1")  # for empty strings, ten times faster
            del good
            yield raw, starts[keep], shape_errors
    finally:
        if gc_was_enabled:
            gc.enable()


def _csv_error(path: Path, exc: csv.Error, line: int, limits: ReadLimits) -> UnreadableFileError:
    if "field larger than field limit" in str(exc):
        return over_limit(path, f"a field that ends on line {line} is longer than {limits.max_field_bytes:,} "
                                "characters", "max_field_bytes", f"{limits.max_field_bytes:,}")
    where = "line 1 (the header)" if line <= 1 else f"line {line}"
    return UnreadableFileError(path, f"{where} is not valid CSV: {exc}")


def _span(record: list[str]) -> int:
    """Physical lines a record takes: newlines inside its quoted fields, plus one."""
    return 1 + sum(len(_LINE_BREAK.findall(f)) for f in record if "\n" in f or "\r" in f)


def _starts(chunk: list[list[str]], lines_before: int) -> np.ndarray:
    spans = np.fromiter((_span(r) for r in chunk), dtype=np.int64, count=len(chunk))
    return lines_before + 1 + np.concatenate(([0], np.cumsum(spans)[:-1])).astype(np.int64)


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    if not parts:
        return np.zeros(0, dtype=object)
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def _blank_rows(raw: dict[str, np.ndarray], n: int) -> np.ndarray:
    """Rows whose every model field is empty (spreadsheets leave ``;;;;`` lines at the end)."""
    blank = np.ones(n, dtype=bool)
    for values in sorted(raw.values(), key=lambda v: v.dtype.kind != "U"):
        if values.dtype.kind == "U":
            blank &= np.strings.str_len(np.strings.strip(values)) == 0
        else:
            blank &= np.array([not str(v).strip() for v in values], dtype=bool) if n else blank
        if not blank.any():
            break
    return blank
