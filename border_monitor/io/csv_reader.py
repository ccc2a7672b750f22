"""CSV files -> incidents, with the line numbers the user sees in a text editor.

Regular files are split by the vectorised tokenizer (``csv_tokenizer``); irregular ones
(stray quotes, an unclosed quote, old Mac line ends) by Python's csv module in chunks, which
names the line where a file breaks. Either way the columns are parsed vectorised
(``batch_builder``).
"""
from __future__ import annotations

import csv
import gc
import io
import logging
from datetime import datetime
from itertools import islice
from operator import itemgetter
from pathlib import Path

import numpy as np

from ..domain.batch import RowError
from .batch_builder import build_batch
from .columns import ALIASES, REQUIRED_FIELDS, ColumnMap, map_columns
from .csv_dialects import decode_bytes, detect_separator, uses_decimal_comma
from .csv_tokenizer import Tokens, tokenize
from .errors import UnreadableFileError
from .formula_guard import unguard_columns
from .read_result import ReadResult, SourceInfo

log = logging.getLogger(__name__)

CHUNK = 100_000
# Kept as Python strings (free text, or few distinct values looked up once each); the other
# fields become numpy unicode arrays for vectorised parsing.
OBJECT_FIELDS = frozenset({"description", "source", "nationalities", "id", "country", "type", "status"})


def read_file_bytes(path: Path) -> bytes:
    if not path.exists():
        raise UnreadableFileError(path, "does not exist")
    if path.is_dir():
        raise UnreadableFileError(path, "is a folder, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror or exc})") from None


def read_csv(path: str | Path, encoding: str | None = None, now: datetime | None = None) -> ReadResult:
    path = Path(path)
    data = read_file_bytes(path)
    if not data.strip():
        raise UnreadableFileError(path, "is empty")
    decoded = decode_bytes(data, path, encoding)
    text = decoded.text
    newline = text.find("\n")
    separator = detect_separator(text[: newline if newline >= 0 else len(text)])
    decimal_comma = uses_decimal_comma(separator)
    byte_codec = "utf-8" if decoded.encoding == "utf-8-sig" else decoded.encoding
    start = 3 if decoded.encoding == "utf-8-sig" else 0
    tokens = tokenize(data, byte_codec, separator, start)
    if tokens is not None:
        del text
        header, columns, raw, rows, shape_errors = _fields_from_tokens(path, tokens, separator)
    else:
        del data
        header, columns, raw, rows, shape_errors = _fields_from_csv_module(path, text, separator)
    blank = _blank_rows(raw, len(rows))
    if blank.any():
        raw = {name: values[~blank] for name, values in raw.items()}
        rows = rows[~blank]
    raw = unguard_columns(raw)  # our CSV export's formula guard: "'=x" back to "=x"
    built = build_batch(raw, len(rows), rows, decimal_comma=decimal_comma, now=now)
    rejects = sorted(built.rejects + shape_errors, key=lambda e: (e.row, e.field))
    source = SourceInfo(
        path=str(path), format="CSV", rows=len(rows) + len(shape_errors), encoding=decoded.encoding,
        encoding_detected=decoded.detected, separator=separator, decimal_comma=decimal_comma,
        columns={name: header[k] for name, k in columns.columns.items()},
        ignored_columns=tuple(columns.ignored), notes=tuple(built.notes),
    )
    log.info("read %d rows from %s (%s): %d good, %d with errors", source.rows, path, source.describe(),
             len(built.batch), len({e.row for e in rejects}))
    return ReadResult(built.batch, rejects, source)


def _map_header(path: Path, header: list[str], separator: str) -> ColumnMap:
    columns = map_columns(header)
    missing = columns.missing(REQUIRED_FIELDS)
    if missing:
        name = missing[0]
        raise UnreadableFileError(
            path, f"has no {name} column (looked for {', '.join(ALIASES[name])}); "
                  f"its columns are: {', '.join(header) or '(none)'}"
            + (f"; is the separator {separator!r} right?" if len(header) == 1 else ""))
    return columns


def _shape_error(line: int, count: int, width: int, text: str) -> RowError:
    return RowError(line, "fields", text, f"has {count} fields where the header has {width}")


def _fields_from_tokens(path: Path, tokens: Tokens, separator: str):
    header = [h.strip() for h in tokens.header]
    columns = _map_header(path, header, separator)
    width = len(header)
    if tokens.truncated_last:
        line, count = tokens.truncated_last
        raise UnreadableFileError(
            path, f"is truncated: its last line ({line}) has {count} of the {width} columns of the header "
                  "and no line end")
    raw = {name: tokens.objects(k) if name in OBJECT_FIELDS else tokens.text(k)
           for name, k in columns.columns.items()}
    shape_errors = [_shape_error(line, count, width, text) for line, count, text in tokens.shape_errors]
    return header, columns, raw, tokens.lines, shape_errors


def _fields_from_csv_module(path: Path, text: str, separator: str):
    """The careful path, for files the tokenizer finds irregular: exact errors with line numbers."""
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")
    reader = csv.reader(io.StringIO(text), delimiter=separator, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise UnreadableFileError(path, f"line 1 (the header) is not valid CSV: {exc}") from None
    header = [h.strip() for h in header]
    columns = _map_header(path, header, separator)
    width = len(header)
    wanted = dict(columns.columns)
    pieces: dict[str, list[np.ndarray]] = {name: [] for name in wanted}
    row_pieces: list[np.ndarray] = []
    shape_errors: list[RowError] = []
    ends_with_newline = text.endswith("\n")
    total_lines = text.count("\n") + (0 if ends_with_newline else 1)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of small lists: the cyclic collector would run hundreds of times for nothing
    try:
        while True:
            lines_before = reader.line_num
            chunk: list[list[str]] = []
            try:
                chunk.extend(islice(reader, CHUNK))
            except csv.Error as exc:
                start = _starts(chunk, lines_before)[-1] + _span(chunk[-1]) if chunk else lines_before + 1
                if "unexpected end of data" in str(exc):
                    raise UnreadableFileError(
                        path, f"is truncated: the quoted field that starts on line {start} is never closed "
                              f"(the file ends on line {total_lines})") from None
                raise UnreadableFileError(path, f"line {reader.line_num} is not valid CSV: {exc}") from None
            if not chunk:
                break
            if reader.line_num - lines_before == len(chunk):
                starts = np.arange(lines_before + 1, lines_before + 1 + len(chunk), dtype=np.int64)
            else:
                starts = _starts(chunk, lines_before)
            lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
            keep = lengths == width
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
            for name, k in wanted.items():
                values = list(map(itemgetter(k), good))
                pieces[name].append(np.array(values, dtype=object if name in OBJECT_FIELDS else str))
            row_pieces.append(starts[keep])
            del good
    finally:
        if gc_was_enabled:
            gc.enable()
    raw = {name: _concat(parts) for name, parts in pieces.items()}
    rows = np.concatenate(row_pieces) if row_pieces else np.zeros(0, dtype=np.int64)
    return header, columns, raw, rows, shape_errors


def _span(record: list[str]) -> int:
    """Physical lines a record takes: newlines inside its quoted fields, plus one."""
    return 1 + sum(f.count("\n") for f in record)


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
