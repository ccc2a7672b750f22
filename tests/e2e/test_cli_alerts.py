"""``border-monitor alerts`` on the 2021 demo store, run as a user runs it.

The demo follows the public record: Lithuania's record day on 1 August, the pressure moving to
Poland through August (Lithuania turning groups back from 3 August), Poland's record on 1 October,
and Afghans the larger group in Poland where Iraqis were in Lithuania.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "border_monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    result = cli("demo", "--out", str(path))
    assert result.returncode == 0, result.stderr
    return path


def alerts(store, at: str, *more: str) -> dict:
    result = cli("alerts", "--store", str(store), "--at", at, "--json", *more)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # exactly one JSON object


def stats_total(store, country: str, day: str) -> int:
    result = cli("stats", "--store", str(store), "--json", "--country", country, "--from", day, "--to", day)
    return json.loads(result.stdout)["total"]


def levels(data: dict) -> dict[str, str]:
    return {u["name"]: u["level"] for u in (*data["borders"], *data["sectors"])}


@pytest.mark.parametrize("day, border, country", [("2021-08-01", "LT-BY", "LT"), ("2021-10-01", "PL-BY", "PL")])
def test_record_days_ring_high_on_their_border_and_its_busiest_sectors(demo_store, day, border, country):
    data = alerts(demo_store, day)
    level = levels(data)
    assert level[border] == "high"
    assert all(level[b] != "high" for b in ("LT-BY", "LV-BY", "PL-BY") if b != border)
    high = [s for s in data["sectors"] if s["level"] == "high"]
    assert len(high) >= 3 and {s["border"] for s in high} == {border}
    # the sectors of the day's incidents: of the five that had the most, at least three are high
    of_border = [s for s in data["sectors"] if s["border"] == border]
    busiest = sorted(of_border, key=lambda s: -s["incidents"]["last_24h"]["count"])[:5]
    assert sum(s["level"] == "high" for s in busiest) >= 3
    # the day is the reporting service's calendar day: the same figure as ``stats`` for that day
    [unit] = [b for b in data["borders"] if b["name"] == border]
    assert unit["incidents"]["last_24h"]["count"] == stats_total(demo_store, country, day)


def test_the_pressure_moves_from_lithuania_to_poland_in_august(demo_store):
    data = alerts(demo_store, "2021-08-31")
    assert {"falling": "LT-BY", "rising": "PL-BY"} in [{"falling": s["falling"], "rising": s["rising"]}
                                                       for s in data["border_shifts"]]
    lt = next(b for b in data["borders"] if b["name"] == "LT-BY")
    assert lt["trend"] == "falling" and lt["level"] == "normal"
    shares = {n["code"]: n for n in data["nationalities"]["all"]}
    assert shares["AFG"]["change_points"] > 10 and shares["IRQ"]["change_points"] < -10
    assert shares["AFG"]["persons_7d"] > 0 and shares["IRQ"]["persons_baseline"] > 0


def test_a_quiet_start_rings_nothing_high_on_the_latvian_border(demo_store):
    data = alerts(demo_store, "2021-07-15")
    assert all(s["level"] != "high" for s in data["sectors"] if s["border"] == "LV-BY")
    assert levels(data)["LV-BY"] == "normal"


def test_text_table(demo_store):
    result = cli("alerts", "--store", str(demo_store), "--at", "2021-10-01")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Early warning at end of 2021-10-01")
    lines = out.splitlines()
    assert any(line.split()[:2] == ["HIGH", "PL-BY"] for line in lines)
    assert "Sectors (elevated or high;" in out and "Shifts in pressure" in out
    assert "Nationalities whose share of the persons changed most" in out
    header = next(line for line in lines if line.strip().startswith("level") and "sector" in line)
    assert all(word in header for word in ("24h", "expected", "p", "7 days", "persons"))


def test_persons_can_set_the_level(demo_store):
    data = alerts(demo_store, "2021-11-08", "--measure", "persons")
    assert data["measure"] == "persons"
    kuznica = next(s for s in data["sectors"] if s["name"] == "Kuźnica")
    assert kuznica["measure"] == "persons" and kuznica["persons"]["last_24h"]["count"] > 0


@pytest.mark.parametrize("args, words", [
    (("alerts", "--store", "{store}", "--at", "2021-13-01"), ["--at", "2021-13-01", "a date"]),
    (("alerts", "--store", "{store}", "--at", "soon"), ["--at", "'soon'"]),
    (("alerts", "--store", "{tmp}/missing.gpkg", "--at", "2021-08-01"), ["missing.gpkg", "does not exist"]),
    (("alerts", "--store", "{store}", "--measure", "visits"), ["--measure", "visits"]),
])
def test_bad_arguments_exit_2_with_a_sentence(tmp_path, demo_store, capsys, args, words):
    from border_monitor.cli.main import main

    args = [a.format(tmp=tmp_path, store=demo_store) for a in args]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert out == "" and "Traceback" not in err
    for word in words:
        assert word in err


def test_bad_at_as_a_user_runs_it(demo_store):
    before = demo_store.stat().st_mtime_ns
    result = cli("alerts", "--store", str(demo_store), "--at", "2021-08-32")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("border-monitor alerts: error: --at: '2021-08-32'")
    assert demo_store.stat().st_mtime_ns == before
