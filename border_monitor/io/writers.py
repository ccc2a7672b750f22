"""Write incidents to CSV, XLSX, GeoJSON, KML or GeoPackage, chosen by the file's suffix.

Every field of the model is written, so that export -> import gives back the same incidents
(ids, times to the millisecond, nationalities with their counts, status...). Derived and
bookkeeping fields are written too, for the reader of the file; import ignores them.

CSV: UTF-8, ``,``-separated, times in UTC as ISO 8601 with ``Z``, ``lon``/``lat`` columns,
numbers in their shortest exact form, text cells that a spreadsheet would run as a formula
prefixed with ``'`` (``formula_guard``; the CSV reader removes it again). GeoJSON, KML and
GeoPackage: through GDAL (pyogrio) with WKB point geometry in WGS84; a GeoPackage also carries the
incidents' attachments (``gpkg_media``). KML puts the title (the description's first
line, ``kml_styles``) in ``<name>``, a style per incident type in the document, the description in
``<description>``, the time in ``<TimeStamp>`` and everything else in ``ExtendedData``
(with ``lon``/``lat`` as text, since KML coordinates keep only 15 digits). XLSX: one sheet
of typed cells, text never a formula (``xlsx_writer``).

Exports from a synthetic store carry a notice (``notice``, see ``domain.data_notice``): a
``data_notice`` column with the text in every row (all formats; import ignores it), and the
format's place for a file-wide note: GeoJSON a top-level ``"notice"`` member, KML the Document's
``<name>`` and ``<description>``, GeoPackage the layer's description in ``gpkg_contents`` and a
``data_notice`` item in the dataset and layer metadata (``gpkg_metadata``), XLSX the workbook's
title and a "notice" sheet.

The file appears complete or not at all: it is written under a temporary name in the same
folder and renamed (``output_files``); it is never written over the store it comes from.
"""
from __future__ import annotations

import csv
import json
import logging
import sqlite3
from pathlib import Path
from typing import Mapping

import numpy as np

from ..domain.data_notice import NOTICE_FIELD
from ..domain.errors import BorderMonitorError
from .columns import EXPORT_FIELDS
from .errors import UnsupportedFormatError
from .export_columns import TIME_FIELDS, Columns, length, to_columns
from .formula_guard import TEXT_FIELDS, guard_cells
from .kml_styles import add_type_styles, placemark_names
from .gpkg_media import copy_into_export
from .output_files import check_output, replacing

log = logging.getLogger(__name__)

WRITE_FORMATS = {".csv": "CSV", ".geojson": "GeoJSON", ".json": "GeoJSON", ".kml": "KML", ".gpkg": "GeoPackage",
                 ".xlsx": "XLSX"}
_DRIVERS = {"GeoJSON": "GeoJSON", "KML": "LIBKML", "GeoPackage": "GPKG"}
LAYER = "incidents"


class ExportError(BorderMonitorError):
    """A file could not be written."""


def format_for_writing(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    try:
        return WRITE_FORMATS[suffix]
    except KeyError:
        known = ", ".join(sorted(WRITE_FORMATS))
        raise UnsupportedFormatError(
            f"{path}: cannot export to files ending in {suffix or '(no suffix)'!r}; known suffixes: {known}") from None


def write_incidents(incidents_or_columns, path: str | Path, *, store: str | Path | None = None,
                    overwrite: bool = True, formula_guard: bool = True, notice: str | None = None,
                    type_colors: Mapping[str, str] | None = None,
                    attachments_from: str | Path | None = None) -> int:
    """Write incidents (list of ``Incident``, ``IncidentBatch``, column mapping, or an iterable of
    chunks of these) to ``path``; the format follows the suffix. Returns the number written.

    ``store``: the store the incidents come from, never written over (nor its -wal/-shm/-journal).
    ``overwrite=False`` refuses an existing file. ``formula_guard``: CSV text cells that a
    spreadsheet would run as a formula get a ``'`` in front (see ``formula_guard``). ``notice``: the text
    stamped on an export of synthetic data (see the module's note), None for real data. ``type_colors``: KML,
    ``#rrggbb`` per incident type for the type styles (``kml_styles``; the views' palette, which io cannot
    import); a type without one is grey.
    ``attachments_from``: a store file whose attachments of the written incidents a GeoPackage export carries
    (Related Tables Extension, ``gpkg_media``); other formats have no place for them.
    """
    path = Path(path)
    fmt = format_for_writing(path)
    check_output(path, store=store, overwrite=overwrite, what="export file")
    columns = to_columns(incidents_or_columns)
    n = length(columns)
    with replacing(path, create=fmt in ("CSV", "XLSX"), what="export file") as temp:
        if fmt == "CSV":
            _write_csv(columns, temp, formula_guard, notice)
        elif fmt == "XLSX":
            from .xlsx_writer import write_xlsx  # openpyxl, GDAL: imported by the format that needs them

            write_xlsx(columns, temp, notice)
        else:
            from pyogrio.errors import DataLayerError, DataSourceError

            try:
                _write_gdal(columns, temp, fmt, notice)
                if fmt == "GeoPackage" and attachments_from is not None:
                    copy_into_export(attachments_from, temp, LAYER)
            except (DataSourceError, DataLayerError, sqlite3.DatabaseError) as exc:
                raise ExportError(f"Cannot write the export file {path} as {fmt}: {exc}") from None
            if fmt == "KML" and n:
                add_type_styles(temp, columns["id"].tolist(), columns["type"].tolist(), type_colors or {})
    log.info("wrote %d incidents to %s (%s)", n, path, fmt)
    return n


# -- CSV ---------------------------------------------------------------------------

def csv_text_columns(columns: Columns, formula_guard: bool = True) -> list[list[str]]:
    """Each export field as a list of cell texts (vectorised formatting); text fields guarded
    against formula injection unless ``formula_guard`` is false."""
    out = []
    for name in EXPORT_FIELDS:
        values = columns[name]
        if name in TIME_FIELDS:
            out.append(iso_utc(values).tolist())
        elif name in ("lon", "lat", "distance_to_border_m"):
            text = np.asarray(values, dtype=np.float64).astype(str)
            text[~np.isfinite(values)] = ""
            out.append(text.tolist())
        elif name in ("persons", "revision"):
            out.append(np.asarray(values, dtype=np.int64).astype(str).tolist())
        elif name == "in_zone":
            out.append(["" if v is None else ("true" if v else "false") for v in values.tolist()])
        else:
            cells = ["" if v is None else str(v) for v in values.tolist()]
            out.append(guard_cells(cells) if formula_guard and name in TEXT_FIELDS else cells)
    return out


def iso_utc(times: np.ndarray) -> np.ndarray:
    """datetime64 -> ``2021-08-01T12:00:00.123Z`` ("" for NaT)."""
    times = np.asarray(times).astype("datetime64[ms]")
    text = np.strings.add(np.datetime_as_string(times, unit="ms"), "Z")
    text[np.isnat(times)] = ""
    return text


def _write_csv(columns: Columns, path: Path, formula_guard: bool, notice: str | None = None) -> None:
    cells = csv_text_columns(columns, formula_guard)
    header = list(EXPORT_FIELDS)
    if notice:
        header.append(NOTICE_FIELD)
        cells.append([notice] * length(columns))
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(zip(*cells))


# -- GDAL formats --------------------------------------------------------------------

def _notice_options(fmt: str, notice: str | None) -> dict:
    """GDAL creation options and metadata that put ``notice`` where each format keeps a file-wide note."""
    if not notice:
        return {}
    if fmt == "GeoJSON":
        return {"layer_options": {"FOREIGN_MEMBERS_COLLECTION": json.dumps({"notice": notice})}}
    if fmt == "KML":
        return {"dataset_options": {"NAME": f"DEMO - {notice}", "DESCRIPTION": notice}}
    if fmt == "GeoPackage":
        return {"layer_options": {"DESCRIPTION": f"Incidents - {notice}"},
                "dataset_metadata": {NOTICE_FIELD: notice}, "layer_metadata": {NOTICE_FIELD: notice}}
    return {}


def _write_gdal(columns: Columns, path: Path, fmt: str, notice: str | None = None) -> None:
    import shapely
    from pyogrio import raw

    n = length(columns)
    geometry = np.asarray(shapely.to_wkb(shapely.points(columns["lon"], columns["lat"])), dtype=object) \
        if n else np.zeros(0, dtype=object)
    names: list[str] = []
    arrays: list[np.ndarray] = []
    masks: list[np.ndarray | None] = []
    tz: dict[str, np.ndarray] = {}

    def add(name: str, values: np.ndarray, mask: np.ndarray | None = None) -> None:
        names.append(name)
        arrays.append(values)
        masks.append(mask)

    if fmt == "KML":
        add("name", placemark_names(columns["description"].tolist(), columns["type"], columns["country"],
                                    columns["persons"].tolist()))
        add("timestamp", columns["occurred_at"])
        tz["timestamp"] = np.full(n, 100, dtype=np.int32)
    for name in EXPORT_FIELDS:
        values = columns[name]
        if name in ("lon", "lat"):
            if fmt == "KML":
                text = np.asarray(values, dtype=np.float64).astype(str).astype(object)
                add(name, text)
            continue
        if name in TIME_FIELDS:
            add(name, values, np.isnat(values) if np.isnat(values).any() else None)
            tz[name] = np.full(n, 100, dtype=np.int32)  # GDAL's flag for UTC
        elif name == "in_zone":
            missing = np.array([v is None for v in values.tolist()], dtype=bool)
            add(name, np.array([bool(v) for v in values.tolist()], dtype=bool), missing if missing.any() else None)
        elif name in ("persons", "revision"):
            add(name, np.asarray(values, dtype=np.int32))
        elif name == "distance_to_border_m":
            add(name, np.asarray(values, dtype=np.float64))
        else:
            add(name, np.array(["" if v is None else str(v) for v in values.tolist()], dtype=object)
                if name in ("id", "description", "source", "nationalities", "created_by", "updated_by", "origin")
                else np.asarray(values, dtype=object))
    if notice:
        add(NOTICE_FIELD, np.full(n, notice, dtype=object))
    raw.write(
        path, geometry, arrays, names, field_mask=masks if any(m is not None for m in masks) else None,
        layer=LAYER, driver=_DRIVERS[fmt], geometry_type="Point", crs="EPSG:4326", encoding="UTF-8",
        gdal_tz_offsets=tz, **_notice_options(fmt, notice),
    )
