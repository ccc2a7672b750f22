"""The GeoPackage backend: incidents in one OGC GeoPackage file that QGIS and GDAL read and edit.

``store.GeoPackageStore`` composes the file's connections (``connections``), schema and migrations
(``schema``, ``store_schema``, ``migrations``, ``open``), the SQL of writes (``write``, ``batch_delete``,
``audit``), the change sequence (``change_log``), the open-time checks (``health``, ``row_check``) and the
objects that own the store's side tables (``context``, ``saved_filters``, ``attachments``), in front of the
backend-neutral incident cache (``store.cache``) fed by ``index_source``.
"""
from .store import GeoPackageStore, open_store

__all__ = ["GeoPackageStore", "open_store"]
