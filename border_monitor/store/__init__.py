"""Storage of incidents: the ``IncidentStore`` interface, its GeoPackage and PostgreSQL/PostGIS backends.

``open_store(target, create=False)`` opens a GeoPackage file (creating it when asked; see ``store.gpkg``) or a
database at ``postgresql://user@host:port/db`` (``store.postgis``); see ``store.resolve``.

Names load on first use (``lazy_loader``), so importing one submodule does not import the others.
"""
import lazy_loader

from ..domain.errors import ImportCancelled

__getattr__, _lazy_dir, _lazy_names = lazy_loader.attach(__name__, submod_attrs={
    "base": ["AuditEntry", "Change", "ChangeSet", "ChangeSource", "ContextEvent", "DailyCounts", "GridCounts",
             "IncidentStore", "Stats"],
    "gpkg.store": ["GeoPackageStore"],
    "resolve": ["is_store_url", "open_store", "require_store", "store_label", "store_target"],
})
__all__ = [*_lazy_names, "ImportCancelled"]


def __dir__() -> list[str]:
    return sorted({*_lazy_dir(), *__all__})
