"""``border-monitor db init|upgrade|version`` and every command given a database address: a store made in an
empty database only, a newer schema refused, a bad address, a wrong password or no server said in one
sentence (exit 2), never with the password in it."""
from __future__ import annotations

import psycopg
import pytest

from border_monitor.cli.main import main
from border_monitor.store import open_store
from border_monitor.store.postgis.schema import CURRENT_VERSION

CSV = ("occurred_at,country,type,lon,lat,persons,nationalities,description\n"
       "2021-09-01T10:00:00Z,LT,apprehension,25.7,54.3,3,IRQ,group near the line\n"
       "2021-09-02T11:00:00Z,PL,apprehension,23.8,53.1,2,SYR,second group\n")


def one_sentence(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_init_makes_the_store_and_refuses_a_second_time(pg_empty_url, capsys):
    assert main(["db", "init", "--store", pg_empty_url, "--user", "admin"]) == 0
    assert f"schema version {CURRENT_VERSION}" in capsys.readouterr().out
    with open_store(pg_empty_url) as store:
        assert store.metadata()["created_by"] == "admin"
        assert len(store.reference_layer("sectors")["features"]) > 0
    assert main(["db", "init", "--store", pg_empty_url]) == 2
    assert "already holds a Border Monitor store" in one_sentence(capsys.readouterr().err)
    assert main(["db", "upgrade", "--store", pg_empty_url]) == 0
    assert "is up to date" in capsys.readouterr().out


def test_init_refuses_a_database_of_another_application(pg_empty_url, capsys):
    with psycopg.connect(pg_empty_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id int)")
    assert main(["db", "init", "--store", pg_empty_url]) == 2
    assert "is not empty (it holds payroll)" in one_sentence(capsys.readouterr().err)
    with psycopg.connect(pg_empty_url, autocommit=True) as conn:  # left as it was
        assert conn.execute("SELECT to_regclass('incidents')").fetchone()[0] is None


def test_a_newer_schema_is_refused_by_every_command(pg_url, capsys):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations (version, description) VALUES (%s, 'from the future')",
                     (CURRENT_VERSION + 1,))
    for argv in (["db", "upgrade", "--store", pg_url], ["stats", "--store", pg_url]):
        assert main(argv) == 2
        assert f"schema version {CURRENT_VERSION + 1}, newer than this Border Monitor" in \
            one_sentence(capsys.readouterr().err)


def test_upgrade_of_a_database_without_a_store_is_refused(pg_empty_url, capsys):
    assert main(["db", "upgrade", "--store", pg_empty_url]) == 2
    assert "holds no Border Monitor store" in one_sentence(capsys.readouterr().err)
    assert main(["stats", "--store", pg_empty_url]) == 2
    assert "holds no Border Monitor store" in one_sentence(capsys.readouterr().err)


def test_import_stats_export_through_a_url(pg_url, tmp_path, capsys):
    csv = tmp_path / "reports.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert main(["import", str(csv), "--store", pg_url]) == 0
    assert "imported 2 incidents" in capsys.readouterr().out
    assert main(["stats", "--store", pg_url, "--json"]) == 0
    assert '"total": 2' in capsys.readouterr().out
    assert main(["audit", "verify", "--store", pg_url]) == 0
    assert "intact" in capsys.readouterr().out
    out = tmp_path / "out.geojson"
    assert main(["export", "--store", pg_url, "--out", str(out), "--country", "PL"]) == 0
    assert "exported 1 incidents" in capsys.readouterr().out and out.stat().st_size > 0
    assert main(["alerts", "--store", pg_url, "--at", "2021-09-03T00:00:00Z"]) == 0
    capsys.readouterr()
    assert main(["attach", "list", "--store", pg_url, "--incident", "00000000-0000-4000-8000-000000000000"]) == 2
    assert "attachments stay in GeoPackage stores" in one_sentence(capsys.readouterr().err)


def test_a_wrong_password_is_one_sentence_without_the_password(pg_server, pg_url, capsys):
    with pg_server.admin() as conn:
        conn.execute("DROP ROLE IF EXISTS bm_viewer_pw")
        conn.execute("CREATE ROLE bm_viewer_pw LOGIN PASSWORD 'right-one'")
    name = pg_url.rsplit("/", 1)[1]
    wrong = pg_server.database_url(name, user="bm_viewer_pw", password="s3cret-wrong")
    assert main(["stats", "--store", wrong]) == 2
    err = one_sentence(capsys.readouterr().err)
    assert "refused the password of user bm_viewer_pw" in err
    assert "s3cret-wrong" not in err
    with pg_server.admin() as conn:
        conn.execute("DROP ROLE bm_viewer_pw")


@pytest.mark.parametrize("url, expected", [
    ("postgresql://postgres@127.0.0.1:1/nothing", "No PostgreSQL server answers at 127.0.0.1:1"),
    ("postgresql://postgres:hunter2@127.0.0.1:notaport/db", "has a port that is not a number"),
    ("postgresql://postgres@127.0.0.1:5432/", "names no database"),
    ("mysql://postgres@127.0.0.1/db", "neither a file nor a PostgreSQL address"),
])
def test_bad_addresses_and_no_server_are_one_sentence(url, expected, capsys):
    assert main(["stats", "--store", url]) == 2
    err = one_sentence(capsys.readouterr().err)
    assert expected in err
    assert "hunter2" not in err


def test_no_such_database(pg_server, capsys):
    url = pg_server.database_url("bm_no_such_database")
    assert main(["db", "upgrade", "--store", url]) == 2
    assert "There is no database bm_no_such_database" in one_sentence(capsys.readouterr().err)
