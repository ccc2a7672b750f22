"""Named saved filters as every backend keeps them: the record (``SavedFilter``) and the rule for a name.

The GeoPackage backend keeps them in its ``saved_filters`` table (``gpkg.saved_filters``).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import ValidationError
from ..domain.filters import IncidentFilter

MAX_NAME = 120


@dataclass(frozen=True)
class SavedFilter:
    name: str
    filter: IncidentFilter | None  # None when the JSON cannot be read here (see ``problem``)
    author: str
    created: str  # ISO 8601 UTC
    updated: str
    problem: str = ""  # why ``filter`` is None: a newer format, a damaged text


def check_name(name: str) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise ValidationError("name", name, "of the saved filter is empty")
    if len(text) > MAX_NAME:
        raise ValidationError("name", text[:40] + "...", f"of the saved filter is longer than {MAX_NAME} characters")
    return text
