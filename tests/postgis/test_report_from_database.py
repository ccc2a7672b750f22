"""``report`` and ``animate`` take a database address like every other command: the report of a database
store carries the same figures as ``stats`` of that database."""
from __future__ import annotations

import json
import subprocess

import pytest

from border_monitor.cli.main import main

from datetime import datetime, timezone

from border_monitor.domain.incident import Incident
from border_monitor.store import open_store


def make_store(path):
    with open_store(path, create=True) as store:
        store.add([Incident(occurred_at=datetime(2021, 8, d, 10, tzinfo=timezone.utc), country=("LT", "LV", "PL")[d % 3],
                            type="apprehension", lon=(25.0, 27.5, 23.8)[d % 3], lat=(54.5, 55.9, 53.1)[d % 3],
                            persons=d + 100, nationalities="IRQ") for d in range(1, 12)], "op")

pytest.importorskip("PySide6")


def test_a_report_of_a_database_store_has_the_figures_stats_gives(pg_url, tmp_path, capsys):
    source, out, gif = tmp_path / "field.gpkg", tmp_path / "august.pdf", tmp_path / "august.gif"
    make_store(source)
    assert main(["import", str(source), "--store", pg_url]) == 0
    capsys.readouterr()
    assert main(["stats", "--store", pg_url, "--from", "2021-08-01", "--to", "2021-08-31", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["total"] == 11
    assert main(["report", "--store", pg_url, "--from", "2021-08-01", "--to", "2021-08-31", "--out", str(out)]) == 0
    assert "report of 11 incidents" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert stats["persons"] == sum(d + 100 for d in range(1, 12))
    assert f"{stats['persons']:,}" in text  # 1,166: the figure comes from the database store
    assert main(["animate", "--store", pg_url, "--from", "2021-08-01", "--to", "2021-08-12", "--step", "1d",
                 "--out", str(gif)]) == 0
    assert gif.stat().st_size > 0


def test_a_report_of_a_missing_store_file_is_refused_in_a_sentence(tmp_path, capsys):
    code = main(["report", "--store", str(tmp_path / "none.gpkg"), "--from", "2021-08-01", "--to", "2021-08-31",
                 "--out", str(tmp_path / "r.pdf")])
    assert code == 2 and "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
