"""The rejects report: one line per problem, naming the row (line or feature) and the field."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.batch import RowError
from ..domain.value_text import quoted
from .errors import UnreadableFileError
from .formula_guard import guard_cells, unguard_cell
from .output_files import check_output, replacing

REPORT_HEADER = ("row", "field", "value", "message")


@dataclass(frozen=True)
class Reject:
    row: int | None  # None: the whole file
    field: str
    value: str
    message: str

    def sentence(self, row_label: str = "row") -> str:
        where = f"{row_label} {self.row}" if self.row is not None else "file"
        value = f" {quoted(self.value)}" if self.value != "" else ""
        return f"{where}, {self.field}:{value} {self.message}"


def from_row_errors(errors: list[RowError]) -> list[Reject]:
    return [Reject(e.row, e.field, _text(e.value), e.message) for e in errors]


def from_store_rejects(rejects: list[tuple]) -> list[Reject]:
    """``ImportRejected.rejects``: (source, row, field, message) tuples."""
    out = []
    for item in rejects:
        _source, row, field, message = (tuple(item) + (None, None, None, ""))[:4]
        out.append(Reject(None if row is None else int(row), field or "", "", str(message)))
    return out


def from_file_error(error: UnreadableFileError) -> list[Reject]:
    return [Reject(None, "file", error.path, error.problem)]


def write_report(rejects: list[Reject], path: str | Path, *, store: str | Path | None = None,
                 inputs: Iterable[str | Path] = ()) -> None:
    """CSV (UTF-8): row, field, value, message; written whole or not at all, never over ``store``
    (or its -wal/-shm/-journal) nor over one of ``inputs``. Values that a spreadsheet would run
    as a formula are prefixed with ``'`` (the report echoes what the file held)."""
    check_output(path, store=store, inputs=inputs, what="rejects report")
    with replacing(path, what="rejects report") as temp:
        with open(temp, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(REPORT_HEADER)
            for r in rejects:
                writer.writerow(["" if r.row is None else r.row, *guard_cells([r.field, r.value, r.message])])


def read_report(path: str | Path) -> list[Reject]:
    with open(path, encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        return [Reject(int(r["row"]) if r["row"] else None, unguard_cell(r["field"]), unguard_cell(r["value"]),
                       unguard_cell(r["message"])) for r in reader]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:
        return "nan"
    return str(value)
