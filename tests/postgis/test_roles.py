"""Roles per service, enforced by the database: each role connects with psql and is refused what it may not do
(viewer writes, an operator of LT writing a PL incident, verifying, closing, deleting; a supervisor of LT
touching a PL incident; anyone changing the audit log), and allowed what it may. Through Border Monitor the
same refusals are one sentence and the store shows the role."""
from __future__ import annotations

import secrets
import shutil
import subprocess
import uuid
from datetime import datetime, timezone

import pytest

from border_monitor.cli.main import main
from border_monitor.domain.errors import StoreError
from border_monitor.domain.filters import IncidentFilter
from border_monitor.domain.incident import Incident
from border_monitor.store import open_store

PSQL = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"


def incident(country: str) -> Incident:
    lon, lat = {"LT": (25.0, 54.5), "PL": (23.8, 53.1), "LV": (27.5, 55.9)}[country]
    return Incident(occurred_at=datetime(2021, 8, 1, 10, tzinfo=timezone.utc), country=country, type="apprehension",
                    lon=lon, lat=lat, persons=2)


@pytest.fixture
def users(pg_server, pg_url, tmp_path, capsys):
    suffix = secrets.token_hex(3)
    made = {}
    for level, service in (("viewer", "PL"), ("operator", "LT"), ("supervisor", "LT")):
        name = f"t_{level}_{suffix}"
        password = secrets.token_hex(8)
        secret = tmp_path / f"{name}.pw"
        secret.write_text(password + "\n")
        assert main(["db", "user", "add", name, "--service", service, "--role", level, "--store", pg_url,
                     "--password-file", str(secret)]) == 0
        db = pg_url.rsplit("/", 1)[1]
        made[level] = pg_server.database_url(db, user=name, password=password)
    assert capsys.readouterr().out.count("added") == 3
    yield made
    for url in made.values():
        name = url.split("//", 1)[1].split(":", 1)[0]
        main(["db", "user", "remove", name, "--store", pg_url])


def psql(url: str, statement: str) -> subprocess.CompletedProcess:
    return subprocess.run([PSQL, url, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-c", statement], capture_output=True,
                          text=True, timeout=60)


def refused(url: str, statement: str, why: str) -> None:
    done = psql(url, statement)
    assert done.returncode != 0, f"{statement!r} was allowed"
    assert why in done.stderr, done.stderr


def allowed(url: str, statement: str) -> str:
    done = psql(url, statement)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_each_role_is_refused_by_the_database_itself(pg_url, users):
    with open_store(pg_url) as owner:  # the owner (who ran db init) writes one incident of each service
        lt, pl = incident("LT"), incident("PL")
        owner.add([lt, pl], "admin")
    insert = ("INSERT INTO incidents (geom, occurred_at, country, type, persons) VALUES "
              "(ST_SetSRID(ST_MakePoint(25, 54.5), 4326), now(), '{c}', 'apprehension', 1)")
    viewer, operator, supervisor = users["viewer"], users["operator"], users["supervisor"]
    assert "2" in allowed(viewer, "SELECT count(*) FROM incidents")  # every service reads the whole picture
    refused(viewer, insert.format(c="PL"), "permission denied")
    refused(viewer, f"UPDATE incidents SET persons = 5 WHERE uuid = '{pl.id}'", "permission denied")
    allowed(operator, insert.format(c="LT"))
    refused(operator, insert.format(c="PL"), "row-level security")
    allowed(operator, f"UPDATE incidents SET persons = 5 WHERE uuid = '{lt.id}'")
    allowed(operator, f"UPDATE incidents SET persons = 5 WHERE uuid = '{pl.id}'")  # another service's row: not
    assert allowed(operator, f"SELECT persons FROM incidents WHERE uuid = '{pl.id}'").split()[2] == "2"  # touched
    refused(operator, f"UPDATE incidents SET status = 'verified' WHERE uuid = '{lt.id}'", "only a supervisor")
    refused(operator, f"UPDATE incidents SET status = 'closed' WHERE uuid = '{lt.id}'", "only a supervisor")
    refused(operator, f"UPDATE incidents SET deleted = true WHERE uuid = '{lt.id}'", "only a supervisor")
    refused(operator, f"DELETE FROM incidents WHERE uuid = '{lt.id}'", "permission denied")
    allowed(supervisor, f"UPDATE incidents SET status = 'closed', deleted = true WHERE uuid = '{lt.id}'")
    refused(supervisor, f"UPDATE incidents SET country = 'PL' WHERE uuid = '{lt.id}'", "row-level security")
    refused(supervisor, "INSERT INTO events (start_date, end_date, title) VALUES ('2021-08-01', '2021-08-01', 'x') "
                        "RETURNING id; SELECT 1/0", "division by zero")  # events: a supervisor's to write
    refused(operator, "INSERT INTO events (start_date, end_date, title) VALUES ('2021-08-01', '2021-08-01', 'x')",
            "permission denied")
    for url in (viewer, operator, supervisor):  # the audit log is insert-only for every role
        refused(url, "UPDATE audit_log SET actor = 'nobody'", "permission denied")
        refused(url, "DELETE FROM audit_log", "permission denied")
    refused(supervisor, "INSERT INTO bm_metadata (key, value) VALUES ('synthetic', 'true') ON CONFLICT (key) DO "
                        "UPDATE SET value = 'true' RETURNING 1; SELECT 1/0", "division by zero")
    allowed(operator, "UPDATE bm_metadata SET value = 'true' WHERE key = 'synthetic'")  # no row of its to change
    assert allowed(viewer, "SELECT value FROM bm_metadata WHERE key = 'synthetic'").split()[2] == "false"
    after = allowed(supervisor, f"SELECT persons FROM incidents WHERE uuid = '{pl.id}'")
    assert after.strip().splitlines()[-2].strip() == "2"  # the other service's incident is as it was


def test_border_monitor_as_each_role(pg_url, users):
    with open_store(users["viewer"]) as viewer:
        assert viewer.read_only and viewer.role == ("viewer", "PL") and not viewer.may("create", "PL")
        with pytest.raises(StoreError, match="read-only"):
            viewer.add([incident("PL")], "v")
    with open_store(users["operator"]) as operator:
        assert operator.role == ("operator", "LT") and operator.may("edit", "LT") and not operator.may("close", "LT")
        mine = incident("LT")
        operator.add([mine], "op")
        with pytest.raises(StoreError, match="refused it for operator LT: .*row-level security"):
            operator.add([incident("PL")], "op")
        with pytest.raises(StoreError, match="only a supervisor deletes"):
            operator.delete([mine.id], "op")
        assert operator.count(IncidentFilter()) == 1 and operator.verify_audit().intact
    with open_store(users["supervisor"]) as supervisor:
        supervisor.delete([mine.id], "sup")
        assert supervisor.count(IncidentFilter()) == 0 and supervisor.verify_audit().intact
        assert [e.action for e in supervisor.history(mine.id)] == ["create", "delete"]


def test_user_list_and_refusals(pg_url, users, capsys):
    assert main(["db", "user", "list", "--store", pg_url]) == 0
    out = capsys.readouterr().out
    for url in users.values():
        assert url.split("//", 1)[1].split(":", 1)[0] in out
    assert "\tLT\toperator" in out and "\tPL\tviewer" in out
    assert main(["db", "user", "add", "bm_sneaky", "--service", "LT", "--role", "viewer", "--store", pg_url]) == 2
    assert "keeps for itself" in capsys.readouterr().err
    assert main(["db", "user", "remove", f"nobody_{uuid.uuid4().hex[:6]}", "--store", pg_url]) == 2
    assert "There is no Border Monitor user" in capsys.readouterr().err
    assert main(["db", "user", "list", "--store", users["operator"]]) == 0  # reading the list is not managing
