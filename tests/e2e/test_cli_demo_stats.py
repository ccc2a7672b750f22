"""``border-monitor demo`` and ``border-monitor stats`` run as a user runs them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date

import numpy as np
import pytest

from border_monitor.domain.taxonomy import COUNTRIES, COUNTRY_TIMEZONES, TYPES
from border_monitor.scenario import ensure_demo_store, generate
from border_monitor.domain.local_time import utc_to_local_day


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "border_monitor", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    result = cli("demo", "--out", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and "synthetic incidents" in lines[0] and str(path) in lines[0]
    return path


def expected_lt_august() -> dict:
    """What the store must say for LT in August 2021, computed from the scenario itself."""
    b = generate().batch
    lt = b.country == COUNTRIES.index("LT")
    day = utc_to_local_day(b.occurred_at_ms, COUNTRY_TIMEZONES["LT"])
    first, last = (date(2021, 8, 1) - date(1970, 1, 1)).days, (date(2021, 8, 31) - date(1970, 1, 1)).days
    m = lt & (day >= first) & (day <= last)
    nat = Counter()
    for text in b.nationalities[m]:
        for part in filter(None, text.split(",")):
            code, _, n = part.partition(":")
            nat[code] += int(n)
    by_day = Counter(str(date.fromordinal(date(1970, 1, 1).toordinal() + int(d))) for d in day[m])
    return {"total": int(m.sum()), "persons": int(b.persons[m].sum()),
            "by_type": Counter(TYPES[t].value for t in b.type[m]), "by_day": by_day, "nationalities": nat}


def test_stats_json_agrees_with_the_scenario(demo_store):
    result = cli("stats", "--store", str(demo_store), "--json", "--from", "2021-08-01", "--to", "2021-08-31",
                 "--country", "LT")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # exactly one JSON object: anything else fails to parse
    assert set(data) == {"total", "persons", "by_country", "by_type", "by_day", "by_nationality"}
    want = expected_lt_august()
    assert data["total"] == want["total"] and data["persons"] == want["persons"]
    assert {k: v for k, v in data["by_country"].items() if v} == {"LT": want["total"]}
    assert {k: v for k, v in data["by_type"].items() if v} == dict(want["by_type"])
    assert {k: v for k, v in data["by_day"].items() if v} == dict(want["by_day"])
    for code, persons in want["nationalities"].items():
        assert data["by_nationality"][code] == persons, code
    # The published shape: the record day opens August, the returns begin on the 3rd, IRQ leads.
    assert max(data["by_nationality"], key=data["by_nationality"].get) == "IRQ"
    assert data["by_type"]["prevented_entry"] > data["by_type"]["apprehension"]


def test_stats_text_table(demo_store):
    result = cli("stats", "--store", str(demo_store), "--country", "PL", "--type", "apprehension",
                 "--to", "2021-08-31")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Incidents: ")
    persons = int(out.splitlines()[1].split(":")[1].replace(",", ""))
    assert 2_000 <= persons <= 2_400  # "more than 2,000" apprehended in Poland by the end of August
    assert "By nationality (persons)" in out and "2021-08-31" in out


def test_demo_refuses_to_overwrite_without_force(demo_store):
    before = demo_store.stat().st_mtime_ns
    result = cli("demo", "--out", str(demo_store))
    assert result.returncode == 2
    assert str(demo_store) in result.stderr and "--force" in result.stderr
    assert demo_store.stat().st_mtime_ns == before


def test_demo_force_seed_and_incidents(tmp_path):
    path = tmp_path / "small.gpkg"
    path.write_text("not a store")
    result = cli("demo", "--out", str(path), "--incidents", "300", "--seed", "5", "--force")
    assert result.returncode == 0, result.stderr
    data = json.loads(cli("stats", "--store", str(path), "--json").stdout)
    assert data["total"] == 300
    assert sum(data["by_country"].values()) == 300
    assert not list(tmp_path.glob(".*partial*"))  # no leftovers beside the store


def test_demo_scales_to_a_hundred_thousand(tmp_path):
    path = tmp_path / "big.gpkg"
    result = cli("demo", "--out", str(path), "--incidents", "100000")
    assert result.returncode == 0, result.stderr
    data = json.loads(cli("stats", "--store", str(path), "--json", "--country", "PL",
                          "--type", "prevented_entry,return_to_belarus,apprehension").stdout)
    months = Counter()
    for day, n in data["by_day"].items():
        months[day[:7]] += n
    assert months["2021-10"] > months["2021-09"] > months["2021-08"]
    everything = json.loads(cli("stats", "--store", str(path), "--json").stdout)
    assert everything["total"] == 100_000


@pytest.mark.parametrize("args, words", [
    (("demo", "--out", "{tmp}/x.gpkg", "--incidents", "0"), ["--incidents", "0"]),
    (("demo", "--out", "{tmp}/x.gpkg", "--incidents", "2000000"), ["--incidents"]),
    (("demo", "--out", "{tmp}/x.gpkg", "--incidents", "many"), ["--incidents", "many"]),
    (("demo", "--out", "{tmp}/no/such/folder/x.gpkg"), ["folder"]),
    (("demo", "--out", "{tmp}", "--force"), ["folder"]),
    (("demo",), ["--out"]),
    (("stats", "--store", "{tmp}/missing.gpkg"), ["missing.gpkg"]),
    (("stats", "--store", "{store}", "--from", "2021-13-01"), ["2021-13-01"]),
    (("stats", "--store", "{store}", "--country", "XX"), ["XX"]),
    (("stats", "--store", "{store}", "--from", "2021-09-01", "--to", "2021-08-01"), ["2021-08-01"]),
])
def test_bad_arguments_exit_2_with_a_sentence(tmp_path, demo_store, capsys, args, words):
    """In-process (the same ``main`` the command runs), so the many cases stay quick."""
    from border_monitor.cli.main import main

    args = [a.format(tmp=tmp_path, store=demo_store) for a in args]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert out == ""
    for word in words:
        assert word in err
    assert not (tmp_path / "x.gpkg").exists()


def test_missing_store_exits_2_naming_it(tmp_path):
    result = cli("stats", "--store", str(tmp_path / "nowhere.gpkg"), "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert str(tmp_path / "nowhere.gpkg") in result.stderr


def test_ensure_demo_store_creates_once(tmp_path):
    path = tmp_path / "user-data" / "demo.gpkg"
    assert ensure_demo_store(path) == path and path.is_file()
    stamp = path.stat().st_mtime_ns
    assert ensure_demo_store(path) == path
    assert path.stat().st_mtime_ns == stamp
    from border_monitor.store.gpkg.store import open_store
    with open_store(path) as store:
        assert store.metadata()["synthetic"] == "true"
        assert store.count(store_filter()) == len(generate().batch)
        assert any("Zapad" in e.title for e in store.events())


def store_filter():
    from border_monitor.domain.filters import IncidentFilter
    return IncidentFilter()


def test_store_keeps_the_scenario_ids_and_places(demo_store):
    from border_monitor.domain.filters import IncidentFilter
    from border_monitor.store.gpkg.store import open_store
    batch = generate().batch
    with open_store(demo_store) as store:
        points = store.points(IncidentFilter())
        by_id = dict(zip(points["id"], zip(points["lon"], points["lat"])))
        for k in np.linspace(0, len(batch) - 1, 50).astype(int):
            lon, lat = by_id[batch.id[k]]
            assert abs(lon - batch.lon[k]) < 1e-7 and abs(lat - batch.lat[k]) < 1e-7
        incident = store.get(batch.id[0])
        assert incident.description == batch.description[0]
        assert incident.distance_to_border_m is not None and incident.distance_to_border_m <= 5_000
