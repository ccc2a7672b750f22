"""XLSX workbooks -> incidents, as the services exchange tables: one sheet read like a CSV.

The first sheet (or the one named) is read row by row with openpyxl in read-only mode, so
memory stays bounded by the columns kept. The header is the first row that names the required
columns (a title may stand above it), matched by the same names as a CSV
(``columns.map_columns``), and the kept columns go through the same ``build_batch`` as every
other reader. Cells keep their types: numbers are numbers, dates
are Excel dates (cells with a date format, or serial numbers in a time column) or text as a
CSV would hold it. A formula is never evaluated: its cached value (what Excel showed when the
file was saved) is read, and a formula with no cached value is an empty cell.

An .xlsx is a zip of XML files. Before openpyxl opens it, its entries are checked against the
same limits as a KMZ (``xml_safety.check_zip_sizes``: inflated size, compression ratio,
encryption), and openpyxl parses its XML through defusedxml (a dependency), which refuses
entity declarations.

Our own XLSX exports write times in UTC and say so in a custom document property
(``xlsx_writer.TIMES_PROPERTY``); any other workbook's dates without a zone are wall-clock
times of the reporting country, as in a CSV.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import warnings
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from ..domain.batch import RowError
from .batch_builder import build_batch
from .columns import REQUIRED_FIELDS, ColumnChoiceError, column_names, map_columns, missing_text
from .errors import UnreadableFileError, UnsafeFileError
from .formula_guard import unguard_columns
from .position_columns import PositionColumnsError
from .read_limits import DEFAULT_LIMITS, ReadLimits, over_limit, require_regular_file
from .read_result import ReadResult, SourceInfo
from .xlsx_writer import TIMES_PROPERTY
from .xml_safety import check_zip_sizes

log = logging.getLogger(__name__)

XLSX = "XLSX"
TIME_FIELDS = ("occurred_at", "created_at")
NUMBER_FIELDS = ("lon", "lat", "persons", "x", "y", "northing", "easting")
HEADER_SEARCH = 10  # rows with content looked at for the header
_DECIMAL_COMMA = re.compile(r"^\s*[+-]?\d+,\d+\s*$")

# openpyxl's remarks on other producers' workbooks ("contains no default style", "Data Validation
# extension is not supported") concern what it would write back, not the cells we read.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")

if not openpyxl.DEFUSEDXML:  # defusedxml is a dependency; without it openpyxl would parse entities
    raise ImportError("openpyxl must find defusedxml to read workbooks safely; install defusedxml")


def read_xlsx(path: str | Path, sheet: str | None = None, now: dt.datetime | None = None,
              limits: ReadLimits = DEFAULT_LIMITS, columns: dict[str, str] | None = None, crs=None,
              columns_only: bool = False) -> ReadResult:
    """``columns``: field -> header the user named (``--columns``); ``crs``: the system of the coordinate
    columns (``--crs``; None: WGS 84 degrees, or the grid the values fit)."""
    path = Path(path)
    require_regular_file(path)
    _check_archive(path, limits)
    with open(path, "rb") as stream:
        try:  # our own stream: closed even when openpyxl gives up half-way
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
        except _PARSE_ERRORS as exc:
            raise _unreadable(path, exc) from None
        try:
            result = _read_workbook(path, workbook, sheet, now, limits, columns, crs, columns_only)
        finally:
            workbook.close()
    return result


def _check_archive(path: Path, limits: ReadLimits) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise UnreadableFileError(path, f"is not an XLSX workbook (a zip archive), or it is truncated ({exc}); "
                                        "old .xls files must be saved as .xlsx first") from None
    with archive:
        check_zip_sizes(path, archive, limits, kind="XLSX")
        if "xl/workbook.xml" not in archive.namelist():
            raise UnreadableFileError(path, "is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)")


# What openpyxl raises on a damaged or hostile workbook: the zip's and the XML parsers' errors
# (BadZipFile, zlib.error, ParseError, lxml's), defusedxml's refusals, and whatever its descriptors
# make of values that break the schema (TypeError, ValueError, KeyError, IndexError...): anything.
# Only openpyxl's own calls are guarded with it, never our code.
_PARSE_ERRORS = (Exception,)
_REFUSALS = ("DTDForbidden", "EntitiesForbidden", "ExternalReferenceForbidden", "NotSupportedError")


def _unreadable(path: Path, exc: Exception) -> UnreadableFileError:
    cause, name = exc, type(exc).__name__
    while cause is not None and type(cause).__name__ not in _REFUSALS:  # openpyxl wraps defusedxml's refusal
        cause = cause.__cause__ or cause.__context__
    if cause is not None:
        name = type(cause).__name__
    if name in _REFUSALS:
        return UnsafeFileError(path, "is refused: its XML declares a document type or an entity, which a workbook "
                                     "never needs and which can hide an entity-expansion bomb or a reference to "
                                     "another file on this computer")
    return UnreadableFileError(path, f"is not a readable XLSX workbook ({name}: {exc})")


def _read_workbook(path: Path, workbook, sheet: str | None, now, limits: ReadLimits, overrides=None,
                   crs=None, only: bool = False) -> ReadResult:
    names = workbook.sheetnames
    if not names:
        raise UnreadableFileError(path, "has no sheets")
    if sheet is None:
        sheet = names[0]
    elif sheet not in names:
        raise UnreadableFileError(path, f"has no sheet {sheet!r}; its sheets are: {', '.join(map(repr, names))}")
    where = f"{path} (sheet {sheet!r})"
    times_in_utc = any(p.name == TIMES_PROPERTY and str(p.value).upper() == "UTC"
                       for p in getattr(workbook, "custom_doc_props", None) or ())
    epoch = workbook.epoch
    try:
        worksheet = workbook[sheet]
        worksheet.reset_dimensions()  # read every row there is, not the used range the file claims
        rows = _guarded(path, worksheet.iter_rows(values_only=True))
    except _PARSE_ERRORS as exc:
        raise _unreadable(path, exc) from None
    header_row, header = _header(where, rows, limits, overrides, only)
    try:
        columns = map_columns(header, overrides=overrides, only_overrides=only)
    except ColumnChoiceError as exc:
        raise UnreadableFileError(where, f"{exc} (header row {header_row})") from None
    missing = columns.missing(REQUIRED_FIELDS)
    if missing:  # no row named them all: the first row with content is not a header
        name = missing[0]
        raise UnreadableFileError(
            where, f"has {missing_text(name)} in its header (row {header_row}); its columns are: "
                   f"{', '.join(h for h in header if h) or '(none)'}")
    wanted = dict(columns.columns)
    values: dict[str, list] = {name: [] for name in wanted}
    row_numbers: list[int] = []
    number = header_row
    for record in rows:
        number += 1
        if not any(_filled(v) for v in record):
            continue  # a blank row
        for name, k in wanted.items():
            value = record[k] if k < len(record) else None
            if isinstance(value, str) and len(value) > limits.max_field_bytes:
                raise over_limit(where, f"the cell {get_column_letter(k + 1)}{number} is longer than "
                                        f"{limits.max_field_bytes:,} characters", "max_field_bytes",
                                 f"{limits.max_field_bytes:,}")
            values[name].append(value)
        row_numbers.append(number)
    if "occurred_time" in wanted:  # a date column beside a time column: a date cell's day, when a time is given
        values["occurred_at"] = [d.date() if isinstance(d, dt.datetime) and _filled(t) else d
                                 for d, t in zip(values["occurred_at"], values["occurred_time"])]
    raw = {name: _cells(name, column, epoch, times_in_utc) for name, column in values.items()}
    if not times_in_utc:  # not our export: a CSV export of ours, opened and saved as XLSX ("'=x" back to "=x")
        raw = unguard_columns(raw)
    n = len(row_numbers)
    plain = {name: header[k] for name, k in wanted.items()}
    try:
        built = build_batch(raw, n, np.array(row_numbers, dtype=np.int64), now=now, crs=crs, headers=plain)
    except PositionColumnsError as exc:
        raise UnreadableFileError(where, str(exc)) from None
    lettered = {name: f"{header[k]} (column {get_column_letter(k + 1)})" for name, k in wanted.items()}
    names = column_names(lettered, built.position_fields, [lettered[f] for f in sorted(wanted, key=wanted.get)])
    rejects = [RowError(e.row, names.get(e.field, e.field), e.value, e.message) for e in built.rejects]
    source = SourceInfo(path=str(path), format=XLSX, rows=n, layer=sheet, columns=plain,
                        ignored_columns=tuple(h for h in columns.ignored if h), notes=tuple(built.notes),
                        crs=built.crs, headers=tuple(header))
    log.info("read %d rows from %s (%s): %d good, %d with errors", n, path, source.describe(), len(built.batch),
             len({e.row for e in rejects}))
    return ReadResult(built.batch, rejects, source)


def _guarded(path: Path, rows):
    """The sheet's rows; an error openpyxl meets while it parses them is a sentence naming the file."""
    while True:
        try:
            record = next(rows)
        except StopIteration:
            return
        except _PARSE_ERRORS as exc:
            raise _unreadable(path, exc) from None
        yield record


def _header(where: str, rows, limits: ReadLimits, overrides=None, only: bool = False) -> tuple[int, list[str]]:
    """The header: the first row that names every required column, among the first
    ``HEADER_SEARCH`` rows with anything in them (a service's sheet may have a title above
    it); when none does, the first such row, so that the refusal names what it holds."""
    number = 0
    first: tuple[int, list[str]] | None = None
    filled_rows = 0
    for record in rows:
        number += 1
        if len(record) > limits.max_fields and any(_filled(v) for v in record[limits.max_fields:]):
            raise over_limit(where, f"its row {number} has more than {limits.max_fields:,} columns", "max_fields",
                             limits.max_fields)
        if not any(_filled(v) for v in record):
            continue
        header = ["" if v is None else str(v).strip() for v in record]
        while header and not header[-1]:
            header.pop()
        try:
            if not map_columns(header, overrides=overrides, only_overrides=only).missing(REQUIRED_FIELDS):
                return number, header
        except ColumnChoiceError:
            pass  # not the row with the columns named
        first = first or (number, header)
        filled_rows += 1
        if filled_rows >= HEADER_SEARCH:
            break
    if first is None:
        raise UnreadableFileError(where, "is empty")
    return first


def _filled(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _cells(name: str, column: list, epoch, times_in_utc: bool) -> np.ndarray:
    """One kept column as the text (or numbers) ``build_batch`` reads."""
    if name in TIME_FIELDS or name == "occurred_time":
        out = [_time_text(v, epoch, times_in_utc and name != "occurred_time", name == "occurred_time")
               for v in column]
        return np.array(out, dtype=object)
    if name in NUMBER_FIELDS:
        out = [v.replace(",", ".") if isinstance(v, str) and _DECIMAL_COMMA.match(v) else v for v in column]
        return np.array(["" if v is None else (_number_text(v) if isinstance(v, (int, float)) else str(v))
                         for v in out], dtype=object)
    return np.array([_text(v) for v in column], dtype=object)


def _number_text(value) -> str:
    if isinstance(value, bool):
        return str(value)
    return repr(value) if isinstance(value, float) else str(value)  # repr: the exact double


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a running number typed into a text column
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def _time_text(value, epoch, utc: bool, time_of_day: bool) -> str:
    """A date cell, an Excel serial number or text -> ISO 8601 text (with Z for our UTC exports)."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            value = from_excel(value, epoch)
        except (ValueError, OverflowError, TypeError):
            return str(value)
    if isinstance(value, dt.datetime):
        if time_of_day:
            return value.time().isoformat(timespec="milliseconds")
        text = value.isoformat(timespec="milliseconds")
        return text + "Z" if utc else text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, dt.timedelta):  # a duration-formatted time of day
        seconds = value.total_seconds()
        return f"{int(seconds // 3600):02d}:{int(seconds % 3600 // 60):02d}:{seconds % 60:06.3f}"
    return str(value).strip()
