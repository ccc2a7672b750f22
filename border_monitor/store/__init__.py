"""Storage of incidents: the ``IncidentStore`` interface, its GeoPackage and PostgreSQL/PostGIS backends.

``open_store(target, create=False)`` opens a GeoPackage file (creating it when asked; see ``store.gpkg``) or a
database at ``postgresql://user@host:port/db`` (``store.postgis``); see ``store.resolve``.
"""
from ..domain.errors import ImportCancelled
from .base import AuditEntry, Change, ChangeSet, ChangeSource, ContextEvent, DailyCounts, GridCounts, IncidentStore, \
    Stats
from .gpkg.store import GeoPackageStore
from .resolve import is_store_url, open_store, require_store, store_label, store_target

__all__ = [
    "AuditEntry", "Change", "ChangeSet", "ChangeSource", "ContextEvent", "DailyCounts", "GridCounts", "IncidentStore",
    "Stats", "GeoPackageStore", "ImportCancelled", "is_store_url", "open_store", "require_store", "store_label", "store_target",
]
