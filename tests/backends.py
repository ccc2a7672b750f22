"""The store backends that the backend-neutral store tests (tests/store/) run against.

``BACKENDS`` maps a name to a ``Backend``; the ``store_factory`` fixture (tests/conftest.py) is parametrised over
it, so every test that takes ``store_factory`` runs once per backend. A backend says how to open a store at a
location it makes for a test (``location``), whether it can run here (``unavailable``: None, or why the tests
are skipped), and how to open a store object again on the same store ("another workstation"). The PostGIS
backend appends itself here.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from border_monitor.store import IncidentStore, open_store


@dataclass(frozen=True)
class Backend:
    name: str
    location: Callable[[Path, str], str]  # (a folder of the test, a store name) -> what open() takes
    open: Callable[..., IncidentStore]  # open(location, create=False, read_only=False)
    unavailable: Callable[[], str | None] = lambda: None
    cleanup: Callable[[str], None] = lambda location: None  # drop what location() made (a database, a schema)


def _gpkg_open(location: str, create: bool = False, read_only: bool = False) -> IncidentStore:
    return open_store(location, create=create, read_only=read_only)


def _postgis_location(_folder: Path, _name: str) -> str:
    import pg_fixtures

    return pg_fixtures.new_store_database()  # a new database holding an empty store (db init)


def _postgis_open(location: str, create: bool = False, read_only: bool = False) -> IncidentStore:
    return open_store(location, read_only=read_only)  # the database was made by location()


def _postgis_unavailable() -> str | None:
    import pg_fixtures

    return pg_fixtures.unavailable()


def _postgis_cleanup(location: str) -> None:
    import pg_fixtures

    pg_fixtures.drop_database(location)


BACKENDS: dict[str, Backend] = {
    "gpkg": Backend("gpkg", lambda folder, name: str(folder / f"{name}.gpkg"), _gpkg_open),
    "postgis": Backend("postgis", _postgis_location, _postgis_open, _postgis_unavailable, _postgis_cleanup),
}


class StoreFactory:
    """Stores of one backend for one test module: ``new()`` makes an empty store, ``again(store)`` opens another
    store object on the same store (another workstation); every store made is closed at the end."""

    _numbers = itertools.count(1)

    def __init__(self, backend: Backend, folder: Path):
        self.backend = backend
        self.name = backend.name
        self._folder = folder
        self._open: list[IncidentStore] = []
        self._locations: dict[int, str] = {}
        self._made: list[str] = []

    def new(self, name: str = "store") -> IncidentStore:
        location = self.backend.location(self._folder, f"{name}-{next(self._numbers)}")
        self._made.append(location)
        return self._keep(self.backend.open(location, create=True), location)

    def again(self, store: IncidentStore, read_only: bool = False) -> IncidentStore:
        location = self._locations[id(store)]
        return self._keep(self.backend.open(location, read_only=read_only), location)

    def location_of(self, store: IncidentStore) -> str:
        return self._locations[id(store)]

    def _keep(self, store: IncidentStore, location: str) -> IncidentStore:
        self._open.append(store)
        self._locations[id(store)] = location
        return store

    def close_all(self) -> None:
        for store in reversed(self._open):
            store.close()
        self._open.clear()
        for location in self._made:
            self.backend.cleanup(location)
        self._made.clear()
