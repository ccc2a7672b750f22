"""Storage of incidents: the ``IncidentStore`` interface and its GeoPackage backend.

``open_store(path, create=False)`` opens (or creates) a GeoPackage store; see ``store.gpkg``.
"""
from ..domain.errors import ImportCancelled
from .base import (AuditEntry, Change, ChangeSet, ChangeSource, ContextEvent, DailyCounts, GridCounts, IncidentStore,
                   Stats)
from .gpkg.store import GeoPackageStore, open_store

__all__ = [
    "AuditEntry", "Change", "ChangeSet", "ChangeSource", "ContextEvent", "DailyCounts", "GridCounts", "IncidentStore", "Stats",
    "GeoPackageStore", "ImportCancelled", "open_store",
]
