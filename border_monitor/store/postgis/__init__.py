"""The PostgreSQL/PostGIS backend: a shared store for many workstations (``PostgisStore``).

``open_postgis(url)`` opens the store at ``postgresql://user@host:port/db``; ``admin`` makes and migrates the
schema; ``transfer`` copies a whole store between a GeoPackage and a database. psycopg is imported only
when a database store is opened (``url`` alone needs nothing).
"""
from .url import is_url, redact


def open_postgis(url: str, *, read_only: bool = False):
    from .store import PostgisStore

    return PostgisStore(url, read_only=read_only)


def __getattr__(name: str):
    if name == "PostgisStore":
        from .store import PostgisStore

        return PostgisStore
    raise AttributeError(name)


__all__ = ["PostgisStore", "is_url", "open_postgis", "redact"]
