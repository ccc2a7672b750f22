"""Fixtures for every test: the log file of internal errors and the stores' cache snapshots go to the test's
folders, not the user's; ``store_factory`` gives stores of every backend in ``backends.BACKENDS``."""
from __future__ import annotations

import pytest
from backends import BACKENDS, StoreFactory


@pytest.fixture(autouse=True, scope="session")
def _log_folder_of_the_tests(tmp_path_factory):
    """``failures`` logs internal errors under $XDG_STATE_HOME; point it into the session's tmp folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    patch.setenv("BORDER_MONITOR_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(scope="module", params=list(BACKENDS))
def store_factory(request, tmp_path_factory):
    """Stores of one backend (each test using it runs once per backend); closed when the module ends."""
    backend = BACKENDS[request.param]
    reason = backend.unavailable()
    if reason:
        pytest.skip(f"the {backend.name} backend cannot run here: {reason}")
    factory = StoreFactory(backend, tmp_path_factory.mktemp(f"stores-{backend.name}"))
    yield factory
    factory.close_all()


# A real PostgreSQL/PostGIS server for the database store's tests (tests/pg_fixtures.py).
from pg_fixtures import _pg_template, pg_empty_url, pg_server, pg_standby, pg_url  # noqa: E402,F401
