"""What a reader returns: the good rows, the bad ones, and how the file was read."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.batch import IncidentBatch, RowError


@dataclass(frozen=True)
class SourceInfo:
    path: str
    format: str  # CSV, GeoJSON, KML, GPX, GeoPackage, XLSX
    rows: int  # records read (data rows of a CSV, features otherwise)
    encoding: str | None = None  # CSV only: the codec used
    encoding_detected: bool = False
    separator: str | None = None  # CSV only
    decimal_comma: bool = False  # CSV only
    layer: str | None = None  # GDAL formats: the layer read; XLSX: the sheet
    columns: dict[str, str] = field(default_factory=dict)  # model field -> source column
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    crs: str | None = None  # the coordinate system the position columns were read in (None: WGS 84 degrees)
    headers: tuple[str, ...] = ()  # CSV and XLSX: the header row as read

    @property
    def row_label(self) -> str:
        """What the row numbers of errors count: lines of a CSV, rows of a sheet, features otherwise."""
        if self.format == "XLSX":
            return f"sheet {self.layer!r}, row"
        return "line" if self.format == "CSV" else "feature"

    def describe(self) -> str:
        parts = [self.format]
        if self.encoding:
            parts.append(f"encoding {self.encoding}" + (" (detected)" if self.encoding_detected else ""))
        if self.separator:
            parts.append(f"separator {self.separator!r}" + (", decimal comma" if self.decimal_comma else ""))
        if self.layer:
            parts.append(f"{'sheet' if self.format == 'XLSX' else 'layer'} {self.layer!r}")
        return ", ".join(parts)


@dataclass
class ReadResult:
    batch: IncidentBatch  # the good rows, ready for ``store.add_batch``
    rejects: list[RowError]  # every problem of every bad row, sorted by row
    source: SourceInfo

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.rejects})

    @property
    def ok(self) -> bool:
        return not self.rejects
