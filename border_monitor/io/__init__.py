"""Incident files in and out: CSV, GeoJSON, KML/KMZ, GPX (read), GeoPackage.

``read_incidents(path, limits=ReadLimits()) -> ReadResult(batch, rejects, source)`` and
``write_incidents(incidents_or_columns, path) -> int``; both choose the format by suffix.
"""
from .errors import UnreadableFileError, UnsafeFileError, UnsupportedFormatError
from .read_limits import ReadLimits
from .read_result import ReadResult, SourceInfo
from .readers import READ_FORMATS, read_incidents
from .writers import WRITE_FORMATS, ExportError, write_incidents

__all__ = [
    "ReadLimits", "ReadResult", "SourceInfo", "read_incidents", "write_incidents", "READ_FORMATS", "WRITE_FORMATS",
    "UnreadableFileError", "UnsafeFileError", "UnsupportedFormatError", "ExportError",
]
