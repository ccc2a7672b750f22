"""The first rows of a CSV or XLSX table as read, for the import dialog: header, cells as text, how it was read.

The same steps as the readers (``csv_dialects`` for the encoding and separator, the XLSX reader's header
search under a title), stopping after ``rows`` records: a preview of a large file costs a scan of its
bytes for the encoding, never its whole table in memory.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .csv_dialects import UTF8_BOM, detect_separator, scan_encoding
from .errors import UnreadableFileError
from .read_limits import DEFAULT_LIMITS, ReadLimits, require_regular_file
from .readers import format_for_reading
from .xlsx_reader import XLSX

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class TablePreview:
    path: str
    format: str  # CSV or XLSX
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each as wide as the header
    encoding: str | None = None
    separator: str | None = None
    sheet: str | None = None
    header_row: int = 1  # the line (CSV) or sheet row (XLSX) of the header
    notes: tuple[str, ...] = field(default_factory=tuple)


def previewable(path: str | Path) -> bool:
    """True for the tables the import dialog previews (CSV and XLSX); other formats import directly."""
    try:
        return format_for_reading(path) in ("CSV", XLSX)
    except Exception:  # noqa: BLE001 - an unknown suffix is refused by the import itself, with its sentence
        return False


def preview_table(path: str | Path, rows: int = PREVIEW_ROWS, limits: ReadLimits = DEFAULT_LIMITS) -> TablePreview:
    path = Path(path)
    fmt = format_for_reading(path)
    require_regular_file(path)
    if fmt == XLSX:
        return _preview_xlsx(path, rows, limits)
    if fmt != "CSV":
        raise UnreadableFileError(path, f"is {fmt}, not a table: it has no rows to preview")
    scanned = scan_encoding(path)
    codec = "utf-8-sig" if scanned.encoding == UTF8_BOM else scanned.encoding
    try:
        with open(path, encoding=codec, errors="strict", newline="") as stream:
            first = stream.readline(limits.max_line_chars + 1)
            separator = detect_separator(first.rstrip("\r\n"))
            stream.seek(0)
            previous = csv.field_size_limit(limits.max_field_bytes)
            try:
                records = list(islice(csv.reader(stream, delimiter=separator), rows + 1))
            finally:
                csv.field_size_limit(previous)
    except (UnicodeError, csv.Error, OSError) as exc:
        raise UnreadableFileError(path, f"cannot be previewed ({exc})") from None
    if not records:
        raise UnreadableFileError.of("file.empty", path)
    headers = tuple(h.strip() for h in records[0])
    body = tuple(_fit(r, len(headers)) for r in records[1:] if any(c.strip() for c in r))
    return TablePreview(str(path), "CSV", headers, body, encoding=scanned.encoding, separator=separator)


def _fit(record, width: int) -> tuple[str, ...]:
    cells = [("" if c is None else _cell_text(c)) for c in record][:width]
    return tuple(cells + [""] * (width - len(cells)))


def _cell_text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.strftime("%Y-%m-%d")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _preview_xlsx(path: Path, rows: int, limits: ReadLimits) -> TablePreview:
    import openpyxl

    from .xlsx_reader import _PARSE_ERRORS, _check_archive, _filled, _guarded, _header, _unreadable

    _check_archive(path, limits)
    with open(path, "rb") as stream:
        try:
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
        except _PARSE_ERRORS as exc:
            raise _unreadable(path, exc) from None
        try:
            if not workbook.sheetnames:
                raise UnreadableFileError(path, "has no sheets")
            sheet = workbook.sheetnames[0]
            worksheet = workbook[sheet]
            worksheet.reset_dimensions()
            records = _guarded(path, worksheet.iter_rows(values_only=True))
            header_row, header = _header(f"{path} (sheet {sheet!r})", records, limits)
            body = []
            for record in records:
                if len(body) >= rows:
                    break
                if any(_filled(v) for v in record):
                    body.append(_fit(record, len(header)))
        finally:
            workbook.close()
    return TablePreview(str(path), XLSX, tuple(header), tuple(body), sheet=sheet, header_row=header_row)
