"""One resolver from what the user gave (a GeoPackage file or ``postgresql://user@host:port/db``) to a store.

Every CLI command's ``--store``, the GUI's File > Open and ``gui --store`` go through ``open_store``; commands
check a file store exists before they work (``require_store``), a database store is checked by connecting.
Messages name a database store by its address without the password (``store_label``).
"""
from __future__ import annotations

from pathlib import Path

from ..domain.errors import BorderMonitorError, StoreError
from .postgis.url import is_url, redact


def is_store_url(target) -> bool:
    """Whether ``target`` is the address of a database store (``postgresql://`` or ``postgres://``)."""
    return isinstance(target, str) and is_url(target)


def store_target(text: str):
    """What ``--store`` names: a database address (kept as text), else a file (a ``Path``); an address of
    another scheme (``mysql://``) is refused with a sentence rather than looked for as a file."""
    if is_store_url(text):
        return text
    if isinstance(text, str) and "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError.of("store.other_scheme", address=redact(text), scheme=scheme)
    return Path(text)


def store_label(target) -> str:
    """How messages name the store: the path, or the address without its password."""
    return redact(str(target)) if is_store_url(target) else str(target)


def require_store(target, what: str = "store") -> None:
    """Refuse a file store that does not exist or is a folder (a database store is checked when it opens)."""
    if is_store_url(target):
        return
    path = Path(target)
    if not path.exists():
        if what == "store":
            raise BorderMonitorError.of("store.missing", path=str(path))
        raise BorderMonitorError.of("store.missing_file", what=what, path=str(path))
    if path.is_dir():
        if what == "store":
            raise BorderMonitorError.of("store.folder", path=str(path))
        raise BorderMonitorError.of("store.folder_file", what=what, path=str(path))


def open_store(target, create: bool = False, *, allow_network: bool = False, busy_timeout: float = 10.0,
               read_only: bool = False):
    """The store at ``target``: a ``PostgisStore`` for a database address, else a ``GeoPackageStore`` (made when
    ``create`` and there is none; a database store is made by ``border-monitor db init``)."""
    if is_store_url(target):
        from .postgis import open_postgis

        return open_postgis(str(target), read_only=read_only)
    if isinstance(target, str):
        target = store_target(target)
    from .gpkg.store import open_store as open_geopackage

    return open_geopackage(target, create, allow_network=allow_network, busy_timeout=busy_timeout,
                           read_only=read_only)
