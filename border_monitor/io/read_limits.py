"""How much a file may ask of the reader before it is refused: sizes, counts, depth, time.

Every limit is far above what a real incident file needs and each can be raised (the CLI's
``import`` takes a flag per limit). A file over a limit is refused with a sentence naming the
limit and the flag, before the memory or the time is spent.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import UnreadableFileError

MB = 1 << 20


@dataclass(frozen=True)
class ReadLimits:
    max_field_bytes: int = 1 * MB  # one field (a description, a property value)
    max_fields: int = 1000  # columns of a CSV header, distinct properties of a GeoJSON/GPKG layer
    max_unzipped_mb: int = 1024  # what the entries of a KMZ may inflate to, together
    max_zip_ratio: int = 200  # uncompressed / compressed size of one KMZ entry
    max_depth: int = 64  # nesting of JSON arrays and objects, of XML elements
    query_seconds: float = 600.0  # wall time of the query that reads a GeoPackage layer

    @property
    def max_line_chars(self) -> int:
        """The longest physical line of a CSV: a few fields at their longest."""
        return 4 * self.max_field_bytes + 65536

    def __post_init__(self):
        for name in ("max_field_bytes", "max_fields", "max_unzipped_mb", "max_zip_ratio", "max_depth"):
            if int(getattr(self, name)) < 1:
                raise ValueError(f"{name} must be at least 1")
        if not self.query_seconds > 0:
            raise ValueError("query_seconds must be more than 0")


DEFAULT_LIMITS = ReadLimits()

# The CLI flag that raises each limit, for the refusal sentences.
FLAGS = {
    "max_field_bytes": "--max-field-bytes", "max_fields": "--max-fields", "max_unzipped_mb": "--max-unzipped-mb",
    "max_zip_ratio": "--max-zip-ratio", "max_depth": "--max-depth", "query_seconds": "--query-seconds",
}


def over_limit(path, what: str, limit_name: str, limit) -> UnreadableFileError:
    return UnreadableFileError(
        path, f"is refused: {what}, over the limit of {limit} ({FLAGS[limit_name]} raises it if the file is genuine)")


def require_regular_file(path: Path) -> None:
    """Refuse what is missing, a folder, or not a regular file (a device, a pipe, a socket)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UnreadableFileError.of("file.missing", path) from None
    except OSError as exc:
        raise UnreadableFileError.of("file.unreadable", path, reason=str(exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFileError.of("file.folder", path)
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError.of("file.not_regular", path)
    if not os.access(path, os.R_OK):
        raise UnreadableFileError.of("file.permission", path)
