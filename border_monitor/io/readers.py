"""Read incident files: ``read_incidents(path)`` picks the reader by the file's suffix.

CSV goes through our own streaming reader (encodings, separators and decimal commas of
Baltic and Polish spreadsheets, exact line numbers); GeoPackage through SQLite, read-only and
reading only the tables it registers; GeoJSON, KML/KMZ and GPX through GDAL (pyogrio); XLSX
through openpyxl (one sheet, read like a CSV); each checked first (``ReadLimits``). Every reader returns a ``ReadResult``: the good rows as an
``IncidentBatch``, a ``RowError`` for every problem of every bad row, and how the file was read.
Problems with the whole file raise ``UnreadableFileError`` (a sentence naming the file).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .errors import UnreadableFileError, UnsupportedFormatError
from .read_limits import DEFAULT_LIMITS, ReadLimits
from .read_result import ReadResult, SourceInfo

# The format names of the readers (``gdal_reader.GEOJSON`` ...), written out: each reader (GDAL, openpyxl) is
# imported when a file of its format is read, not with this table (``border-monitor --help`` shows it).
GEOJSON, KML, GPX, GPKG, XLSX = "GeoJSON", "KML", "GPX", "GeoPackage", "XLSX"
READ_FORMATS = {
    ".csv": "CSV", ".txt": "CSV", ".tsv": "CSV",
    ".geojson": GEOJSON, ".json": GEOJSON,
    ".kml": KML, ".kmz": KML,
    ".gpx": GPX,
    ".gpkg": GPKG,
    ".xlsx": XLSX, ".xlsm": XLSX,
    ".zip": "TAK package",  # an ATAK data package (border_monitor.tak.package)
}


def format_for_reading(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    try:
        return READ_FORMATS[suffix]
    except KeyError:
        known = ", ".join(sorted(READ_FORMATS))
        raise UnsupportedFormatError.of("import.suffix", path=str(path), suffix=repr(suffix or "(no suffix)"),
                                        known=known) from None


def read_incidents(path: str | Path, *, encoding: str | None = None, layer: str | None = None,
                   sheet: str | None = None, now: datetime | None = None,
                   limits: ReadLimits = DEFAULT_LIMITS, columns: dict[str, str] | None = None,
                   crs=None, columns_only: bool = False) -> ReadResult:
    """Read an incident file.

    ``encoding``: CSV only; None detects UTF-8 / cp1257 / cp1250. ``layer``: GeoPackage (or
    other multi-layer files) only; None picks the ``incidents`` layer or the first point layer.
    ``sheet``: XLSX only; None reads the first sheet.
    ``now``: the moment "in the future" is measured from (tests); None is the clock.
    ``limits``: how large, wide, deep or slow a file may be before it is refused.
    ``columns``: CSV and XLSX: field -> the header that feeds it (``--columns``), beside the headers
    recognised in English, Lithuanian, Latvian and Polish. ``crs``: CSV and XLSX: the coordinate system of
    the position columns (``--crs``: a ``geo.coords`` name); None reads degrees as WGS 84 and finds the grid
    of X/Y values from the values. ``columns_only``: only the ``columns`` named feed fields (the import
    dialog's whole mapping).
    """
    fmt = format_for_reading(path)
    if (columns or crs is not None) and fmt not in ("CSV", XLSX):
        what = "--columns" if columns else "--crs"
        raise UnreadableFileError(path, f"is {fmt}: {what} applies to CSV and XLSX tables only (the positions of "
                                        f"{fmt} features are their geometries)")
    if encoding and fmt != "CSV":
        raise UnreadableFileError(path, f"is {fmt}: an encoding can be named for CSV files only")
    if sheet is not None and fmt != XLSX:
        raise UnreadableFileError(path, f"is {fmt}: a sheet can be named for XLSX workbooks only")
    if fmt == XLSX:
        from .xlsx_reader import read_xlsx

        return read_xlsx(path, sheet=sheet, now=now, limits=limits, columns=columns, crs=crs,
                         columns_only=columns_only)
    if fmt == "TAK package":
        from ..tak.package import read_package

        return read_package(path, now=now, limits=limits)
    if fmt == "CSV":
        from .csv_reader import read_csv

        return read_csv(path, encoding=encoding, now=now, limits=limits, columns=columns, crs=crs,
                        columns_only=columns_only)
    if fmt == GPKG:
        from .gpkg_reader import read_gpkg

        return read_gpkg(path, layer=layer, now=now, limits=limits)
    from .gdal_reader import read_gdal

    return read_gdal(path, fmt, layer=layer, now=now, limits=limits)


__all__ = ["ReadLimits", "ReadResult", "SourceInfo", "UnreadableFileError", "read_incidents", "format_for_reading", "READ_FORMATS"]
