"""The GeoPackage backend: incidents in one OGC GeoPackage file that QGIS and GDAL read and edit.

``store.GeoPackageStore`` composes the file's connections (``connections``), schema and migrations
(``schema``, ``store_schema``, ``migrations``, ``open``), the SQL of writes (``write``, ``batch_delete``,
``audit``), the change sequence (``change_log``), the open-time checks (``health``, ``row_check``) and the
objects that own the store's side tables (``context``, ``saved_filters``, ``attachments``), in front of the
backend-neutral incident cache (``store.cache``) fed by ``index_source``.

Names load on first use (``lazy_loader``), so importing one submodule does not import the others.
"""
import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={
    "store": ["GeoPackageStore", "open_store"],
})
