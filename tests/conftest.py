"""Fixtures for every test: the log file of internal errors goes to the test's folders, not the user's."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _log_folder_of_the_tests(tmp_path_factory):
    """``failures`` logs internal errors under $XDG_STATE_HOME; point it into the session's tmp folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    yield
    patch.undo()


# A real PostgreSQL/PostGIS server for the database store's tests (tests/pg_fixtures.py).
from pg_fixtures import _pg_template, pg_empty_url, pg_server, pg_standby, pg_url  # noqa: E402,F401
