"""The store backends every shared store test runs against: name -> how to open a new, empty store.

Each factory takes the pytest ``request`` and a ``tmp_path`` and returns ``open()`` for a fresh store of that
backend (called again, it opens the same store anew, like a second workstation). "postgis" needs a PostgreSQL
server (tests/pg_fixtures.py) and skips with the reason when there is none.
"""
from __future__ import annotations


def _gpkg(request, tmp_path):
    from border_monitor.store import open_store

    path = tmp_path / "store.gpkg"
    open_store(path, create=True).close()
    return lambda: open_store(path)


def _postgis(request, tmp_path):
    from border_monitor.store import open_store

    url = request.getfixturevalue("pg_url")
    return lambda: open_store(url)


BACKENDS = {"gpkg": _gpkg, "postgis": _postgis}
