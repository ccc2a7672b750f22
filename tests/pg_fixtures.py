"""Fixtures with a real PostgreSQL/PostGIS server (imported by tests/conftest.py).

- ``pg_server`` (session): the server of ``$BM_TEST_PG_URL`` when ``.ci/run`` started one, else a throwaway
  cluster of ``pg_cluster`` started for the session. Tests skip (saying why) only when no PostgreSQL with
  PostGIS is installed and no server was given.
- ``pg_url``: a fresh database per test holding an empty store (``CREATE DATABASE ... TEMPLATE`` a template
  made once with ``db init``: a few tens of milliseconds).
- ``pg_empty_url``: a fresh, empty database (for ``db init`` itself).
- ``pg_standby`` (session): a second cluster streaming from the first (pg_basebackup -R); the databases the
  tests make on the primary appear on it. ``standby_url(pg_standby, url)`` names the same database there.
"""
from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

import pg_cluster

# One template per pytest-xdist worker (the workers share the server; each makes and drops its own).
TEMPLATE = f"bm_test_template_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
# The workers' first ``db init`` runs one at a time: the group roles (bm_viewer, ...) belong to the whole
# cluster, and two sessions creating the same role at once fail with a duplicate key.
_INIT_LOCK = 715_330_001


@dataclass
class Server:
    url: str  # the superuser's URL of the maintenance database
    host: str
    port: int
    cluster: pg_cluster.Cluster | None  # None when the server was given by $BM_TEST_PG_URL

    def database_url(self, name: str, user: str | None = None, password: str | None = None) -> str:
        parts = urlsplit(self.url)
        login = user or parts.username or "postgres"
        if password is not None:
            login = f"{login}:{password}"
        return urlunsplit((parts.scheme, f"{login}@{self.host}:{self.port}", f"/{name}", "", ""))

    def admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True)


def _skip_reason() -> str | None:
    if os.environ.get("BM_TEST_PG_URL"):
        return None
    if pg_cluster.pg_bin() is None:
        return "PostgreSQL is not installed (no pg_ctl; install postgresql-15 and postgresql-15-postgis-3)"
    if not pg_cluster.has_postgis():
        return "PostGIS is not installed beside PostgreSQL (install postgresql-15-postgis-3)"
    return None


_shared: dict = {}


def shared_server() -> Server:
    """The one server of this test process (started on first use, stopped at exit); see the module's note."""
    if "server" in _shared:
        return _shared["server"]
    given = os.environ.get("BM_TEST_PG_URL")
    if given:
        parts = urlsplit(given)
        server = Server(given, parts.hostname or "127.0.0.1", parts.port or 5432, None)
    else:
        root = Path(tempfile.mkdtemp(prefix="bm-pg-"))
        cluster = pg_cluster.Cluster(root / "primary").init().start()

        def stop() -> None:
            cluster.stop("immediate")
            shutil.rmtree(root, ignore_errors=True)
        atexit.register(stop)
        server = Server(cluster.url(), "127.0.0.1", cluster.port, cluster)
    _shared["server"] = server
    return server


def shared_template() -> str:
    """A database holding an empty store, made once, that every test database copies."""
    if "template" not in _shared:
        from border_monitor.store.postgis.admin import init_database

        server = shared_server()
        with server.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {TEMPLATE}")
            conn.execute("SELECT pg_advisory_lock(%s)", (_INIT_LOCK,))
            try:
                init_database(server.database_url(TEMPLATE), created_by="tests")
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (_INIT_LOCK,))
        _shared["template"] = TEMPLATE
    return _shared["template"]


def unavailable() -> str | None:
    """None when the tests can have a PostgreSQL server, else why not."""
    return _skip_reason()


def new_store_database() -> str:
    """The URL of a new database holding an empty store (for tests/backends.py)."""
    server = shared_server()
    return server.database_url(_fresh_database(server, shared_template()))


def drop_database(url: str) -> None:
    _drop(shared_server(), urlsplit(url).path.lstrip("/"))


@pytest.fixture(scope="session")
def pg_server():
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    return shared_server()


@pytest.fixture(scope="session")
def _pg_template(pg_server) -> str:
    return shared_template()


def _fresh_database(pg_server, template: str | None):
    name = f"bm_test_{secrets.token_hex(4)}"
    with pg_server.admin() as conn:
        conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    return name


def _drop(pg_server, name: str) -> None:
    try:
        with pg_server.admin() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    except Exception:  # noqa: BLE001 - a test that stopped the server leaves its database to the cluster's removal
        pass


@pytest.fixture
def pg_url(pg_server, _pg_template):
    name = _fresh_database(pg_server, _pg_template)
    yield pg_server.database_url(name)
    _drop(pg_server, name)


@pytest.fixture
def pg_empty_url(pg_server):
    name = _fresh_database(pg_server, None)
    yield pg_server.database_url(name)
    _drop(pg_server, name)


@pytest.fixture(scope="session")
def pg_standby(pg_server):
    root = Path(tempfile.mkdtemp(prefix="bm-pg-standby-"))
    standby = pg_cluster.Cluster(root / "standby").standby_of(f"{pg_server.host}:{pg_server.port}").start()
    try:
        yield standby
    finally:
        standby.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def standby_url(standby: pg_cluster.Cluster, primary_url: str, timeout: float = 30.0) -> str:
    """The URL of ``primary_url``'s database on the standby, once it has arrived there."""
    import psycopg

    name = urlsplit(primary_url).path.lstrip("/")
    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(standby.url(name), autocommit=True) as conn:
                conn.execute("SELECT 1")
            return standby.url(name)
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
