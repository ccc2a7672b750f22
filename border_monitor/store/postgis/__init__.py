"""The PostgreSQL/PostGIS backend: a shared store for many workstations (``PostgisStore``).

``open_postgis(url)`` opens the store at ``postgresql://user@host:port/db``; ``admin`` makes and migrates the
schema; ``transfer`` copies a whole store between a GeoPackage and a database.
"""
from .store import PostgisStore
from .url import is_url, redact


def open_postgis(url: str, *, read_only: bool = False) -> PostgisStore:
    return PostgisStore(url, read_only=read_only)


__all__ = ["PostgisStore", "is_url", "open_postgis", "redact"]
