"""Incident files in and out: CSV, GeoJSON, KML/KMZ, GPX (read), GeoPackage.

``read_incidents(path, limits=ReadLimits()) -> ReadResult(batch, rejects, source)`` and
``write_incidents(incidents_or_columns, path) -> int``; both choose the format by suffix.

Names load on first use (``lazy_loader``), so importing one submodule does not import the others.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={
    "errors": ["UnreadableFileError", "UnsafeFileError", "UnsupportedFormatError"],
    "read_limits": ["ReadLimits"],
    "read_result": ["ReadResult", "SourceInfo"],
    "readers": ["READ_FORMATS", "read_incidents"],
    "writers": ["WRITE_FORMATS", "ExportError", "write_incidents"],
})
