"""A service's supervisor manages the users of its own service (schema version 4: ``bm_add_user`` and
``bm_remove_user`` run as the owner), and the database refuses it everything else: another service's users, the
owner, a superuser, a role above the three levels; an operator may not call the functions at all."""
from __future__ import annotations

import secrets
import shutil
import subprocess
from datetime import datetime, timezone

import pytest

from border_monitor.cli.main import main
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store

PSQL = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"


def psql(url: str, statement: str) -> subprocess.CompletedProcess:
    return subprocess.run([PSQL, url, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-t", "-A", "-c", statement],
                          capture_output=True, text=True, timeout=60)


def role_exists(pg_server, name: str) -> bool:
    with pg_server.admin() as conn:
        return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


@pytest.fixture
def people(pg_server, pg_url, tmp_path, capsys):
    """The owner adds an LT supervisor and a PL operator; yields their names, URLs and a password file maker."""
    suffix = secrets.token_hex(3)
    db = pg_url.rsplit("/", 1)[1]
    made: dict[str, str] = {}

    def user(name: str, service: str, level: str, by: str = pg_url) -> tuple[int, str]:
        password = secrets.token_hex(8)
        secret = tmp_path / f"{name}.pw"
        secret.write_text(password + "\n")
        code = main(["db", "user", "add", name, "--service", service, "--role", level, "--store", by,
                     "--password-file", str(secret)])
        if code == 0:
            made[name] = pg_server.database_url(db, user=name, password=password)
        return code, made.get(name, "")

    ctx = {"suffix": suffix, "user": user, "urls": made}
    assert user(f"sup_lt_{suffix}", "LT", "supervisor")[0] == 0
    assert user(f"op_pl_{suffix}", "PL", "operator")[0] == 0
    capsys.readouterr()
    yield ctx
    with pg_server.admin() as conn:
        for name in made:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def test_a_supervisor_adds_an_operator_of_its_service_who_then_edits(pg_server, pg_url, people, capsys):
    s = people["suffix"]
    supervisor = people["urls"][f"sup_lt_{s}"]
    with open_store(pg_url) as owner:
        lt = Incident(occurred_at=datetime(2021, 8, 1, 10, tzinfo=timezone.utc), country="LT", type="apprehension",
                      lon=25.0, lat=54.5, persons=2)
        owner.add([lt], "admin")
    code, operator = people["user"](f"op_lt_{s}", "LT", "operator", by=supervisor)
    assert code == 0, capsys.readouterr().err
    assert f"added op_lt_{s}: operator of LT" in capsys.readouterr().out
    done = psql(operator, f"UPDATE incidents SET persons = 7 WHERE uuid = '{lt.id}'")  # logs in with its password
    assert done.returncode == 0, done.stderr
    with open_store(operator) as store:
        assert store.role == ("operator", "LT") and store.may("edit", "LT") and not store.may("edit", "PL")
        assert store.get(lt.id).persons == 7
    with pg_server.admin() as conn:  # a plain LOGIN role: no attribute beyond logging in
        flags = conn.execute("SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication FROM "
                             "pg_roles WHERE rolname = %s", (f"op_lt_{s}",)).fetchone()
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (f"op_lt_{s}",)).fetchone()[0]
    assert flags == (False, False, False, False, False)
    assert stored.startswith("SCRAM-SHA-256$")  # the verifier travelled, not the password
    assert main(["db", "user", "list", "--store", supervisor]) == 0  # its own service's users only
    out = capsys.readouterr().out
    assert f"op_lt_{s}\tLT\toperator" in out and f"sup_lt_{s}\tLT\tsupervisor" in out and f"op_pl_{s}" not in out
    assert main(["db", "user", "remove", f"op_lt_{s}", "--store", supervisor]) == 0
    assert not role_exists(pg_server, f"op_lt_{s}")


def test_a_supervisor_is_refused_other_services_the_owner_and_superusers(pg_server, pg_url, people, capsys):
    s = people["suffix"]
    supervisor = people["urls"][f"sup_lt_{s}"]
    code, _ = people["user"](f"op_pl2_{s}", "PL", "operator", by=supervisor)
    assert code == 2 and not role_exists(pg_server, f"op_pl2_{s}")
    assert "manages the users of its own service" in capsys.readouterr().err
    assert main(["db", "user", "remove", f"op_pl_{s}", "--store", supervisor]) == 2
    assert "may not remove users of PL" in capsys.readouterr().err and role_exists(pg_server, f"op_pl_{s}")
    assert main(["db", "user", "remove", "postgres", "--store", supervisor]) == 2  # refused by the CLI's name check
    capsys.readouterr()
    for statement, why in (
            (f"SELECT bm_add_user('boss_{s}', 'LT', 'owner')", "viewer, operator or supervisor, not owner"),
            (f"SELECT bm_add_user('boss_{s}', 'LT', 'superuser')", "not superuser"),
            (f"SELECT bm_add_user('boss_{s}\" SUPERUSER --', 'LT', 'viewer')", "is not one for a new user"),
            ("SELECT bm_remove_user('postgres')", "owner or a superuser"),
            (f"SELECT bm_remove_user('op_pl_{s}')", "may not remove users of PL"),
            (f"SELECT bm_add_user('sup_lt_{s}', 'LT', 'viewer')", "already"),
            (f"SELECT bm_remove_user('sup_lt_{s}')", "does not remove itself"),
            (f"ALTER ROLE sup_lt_{s} SUPERUSER", "must be superuser"),
            (f"CREATE ROLE boss_{s} SUPERUSER LOGIN", "must be superuser"),
            (f"GRANT bm_supervisor TO op_pl_{s}", "must have admin option")):
        done = psql(supervisor, statement)
        assert done.returncode != 0, f"{statement!r} was allowed"
        assert why in done.stderr, (statement, done.stderr)
    assert not role_exists(pg_server, f"boss_{s}") and not role_exists(pg_server, f'boss_{s}" SUPERUSER --')
    with pg_server.admin() as conn:
        levels = conn.execute("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN "
                              "pg_roles u ON u.oid = m.member WHERE u.rolname = %s ORDER BY 1",
                              (f"op_pl_{s}",)).fetchall()
    assert [r[0] for r in levels] == ["bm_operator", "bm_service_pl"]  # untouched


def test_an_operator_may_not_call_the_user_functions(pg_server, pg_url, people, capsys):
    s = people["suffix"]
    operator = people["urls"][f"op_pl_{s}"]
    for statement in (f"SELECT bm_add_user('x_{s}', 'PL', 'viewer')", f"SELECT bm_remove_user('sup_lt_{s}')",
                      "SELECT bm_check_manager('PL', 'add users')"):
        done = psql(operator, statement)
        assert done.returncode != 0 and "permission denied for function" in done.stderr, done.stderr
    code, _ = people["user"](f"x_{s}", "PL", "viewer", by=operator)
    assert code == 2 and not role_exists(pg_server, f"x_{s}")
    assert "may not add users" in capsys.readouterr().err
    assert role_exists(pg_server, f"sup_lt_{s}")


def test_upgrade_from_version_3_adds_the_user_functions(pg_empty_url, capsys):
    import psycopg

    from border_monitor.store.postgis import schema

    with psycopg.connect(pg_empty_url, autocommit=True) as conn:
        assert schema.init(conn, "t", "tests", target=3) == [1, 2, 3]
        assert conn.execute("SELECT to_regproc('bm_add_user')").fetchone()[0] is None
    assert main(["db", "upgrade", "--store", pg_empty_url]) == 0
    assert f"from schema version 3 to {schema.CURRENT_VERSION}" in capsys.readouterr().out
    with psycopg.connect(pg_empty_url, autocommit=True) as conn:
        definer = conn.execute("SELECT prosecdef, proconfig FROM pg_proc WHERE proname = 'bm_add_user'").fetchone()
    assert definer[0] is True and "search_path=pg_catalog, public, pg_temp" in definer[1]
