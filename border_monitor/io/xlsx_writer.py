"""Incidents -> an XLSX workbook: one sheet "incidents" with the export columns, typed cells.

Written with openpyxl in write-only mode (rows are streamed to the file, not held as cell
objects). Times are Excel dates in UTC, shown as ``yyyy-mm-dd hh:mm:ss.000 "UTC"``, and the
workbook says so in a custom document property (``TIMES_PROPERTY``) so that importing it gives
back the same instants (to the millisecond); coordinates, distances and counts are numbers,
``in_zone`` a boolean. Coordinates are written as the shortest text that gives back the same
double (Python's ``repr``, up to 17 digits, as Excel writes them): openpyxl's own number text
keeps 16 digits, which moves some coordinates by their last bit.
The header row is frozen and the columns get widths that fit their contents.

Text is always a text cell (data type ``s``): a description starting with ``=``, ``+``, ``-``
or ``@`` is stored as the characters it is, never as a formula, so no spreadsheet runs it.
Characters XML cannot hold (control characters other than tab and line breaks) refuse the
export with a sentence naming the incident and the field.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..domain.data_notice import NOTICE_FIELD
from ..domain.errors import BorderMonitorError
from .columns import EXPORT_FIELDS
from .export_columns import TIME_FIELDS, Columns, length

log = logging.getLogger(__name__)

SHEET = "incidents"
TIMES_PROPERTY = "border_monitor_times"
TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss.000 "UTC"'
_FLOATS = ("lon", "lat", "distance_to_border_m")
_INTEGERS = ("persons", "revision")
_WIDTH_SAMPLE = 2000
_MIN_WIDTH, _MAX_WIDTH = 6, 60


class XlsxExportError(BorderMonitorError):
    """An incident holds something an XLSX cell cannot."""


def write_xlsx(columns: Columns, path: Path, notice: str | None = None) -> None:
    """Write ``columns`` (``EXPORT_FIELDS`` -> arrays) to ``path``. ``notice`` (that the data are
    synthetic, ``domain.data_notice``) goes, as in the other formats, into a ``data_notice`` column
    of every row (import ignores it), and into the workbook's title and a "notice" sheet."""
    n = length(columns)
    fields = list(EXPORT_FIELDS) + ([NOTICE_FIELD] if notice else [])
    values = [_python_values(name, columns[name]) for name in EXPORT_FIELDS]
    if notice:
        values.append([notice] * n)
    _refuse_illegal_characters(columns, values)
    book = Workbook(write_only=True)
    book.custom_doc_props.append(StringProperty(name=TIMES_PROPERTY, value="UTC"))
    if notice:
        book.properties.title = notice
    sheet = book.create_sheet(SHEET)
    sheet.freeze_panes = "A2"
    for k, name in enumerate(fields):
        sheet.column_dimensions[get_column_letter(k + 1)].width = _width(name, values[k])
    bold = Font(bold=True)
    header = []
    for name in fields:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    kinds = [_kind(name) for name in fields]
    for i in range(n):
        row = []
        for kind, column in zip(kinds, values):
            value = column[i]
            if value is None:
                row.append(None)
            elif kind == "time":
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = TIME_FORMAT
                row.append(cell)
            elif kind == "float":
                cell = WriteOnlyCell(sheet, value=value)
                cell.value = repr(value)  # the exact double; openpyxl would write "%.16g"
                cell.data_type = "n"
                row.append(cell)
            elif kind == "text":
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # never a formula, whatever the text starts with
                row.append(cell)
            else:
                row.append(value)
        sheet.append(row)
    if notice:
        notes = book.create_sheet("notice")
        notes.append([notice])
    book.save(path)
    log.info("wrote %d incidents to the XLSX workbook %s", n, path)


def _kind(name: str) -> str:
    if name in TIME_FIELDS:
        return "time"
    if name in _FLOATS:
        return "float"
    if name in _INTEGERS or name == "in_zone":
        return "value"
    return "text"


def _python_values(name: str, values: np.ndarray) -> list:
    """One column as Python values for cells: datetimes (naive, UTC), floats, ints, bools, str; None when empty."""
    if name in TIME_FIELDS:
        times = np.asarray(values).astype("datetime64[ms]")
        return [None if t is None else t for t in times.tolist()]  # NaT -> None
    if name in _FLOATS:
        floats = np.asarray(values, dtype=np.float64)
        return [v if np.isfinite(v) else None for v in floats.tolist()]
    if name in _INTEGERS:
        return np.asarray(values, dtype=np.int64).tolist()
    if name == "in_zone":
        return [None if v is None else bool(v) for v in np.asarray(values, dtype=object).tolist()]
    return [None if v is None or v == "" else str(v) for v in np.asarray(values, dtype=object).tolist()]


def _refuse_illegal_characters(columns: Columns, values: list[list]) -> None:
    for k, name in enumerate(EXPORT_FIELDS):  # the notice, if any, is ours
        if _kind(name) != "text":
            continue
        for i, value in enumerate(values[k]):
            if value is not None and ILLEGAL_CHARACTERS_RE.search(value):
                bad = ILLEGAL_CHARACTERS_RE.search(value).group()
                raise XlsxExportError(
                    f"Cannot export incident {columns['id'][i]} to XLSX: its {name} holds the control character "
                    f"U+{ord(bad):04X}, which an XLSX cell cannot hold; edit the text, or export to CSV or GeoPackage.")


def _width(name: str, values: list) -> float:
    """Characters wide: the header or the longest of the first values, within bounds."""
    if name in TIME_FIELDS:
        return 27.0
    sample = [v for v in values[:_WIDTH_SAMPLE] if v is not None]
    longest = max((len(str(v)) for v in sample), default=0)
    return float(min(_MAX_WIDTH, max(_MIN_WIDTH, len(name) + 2, longest + 2)))
