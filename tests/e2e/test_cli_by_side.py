"""The import summary counts the rows on the Belarusian side and says how far inside the farthest lies."""
from __future__ import annotations

from pathlib import Path

from border_monitor.cli.main import main
from border_monitor.geo.side_summary import side_summary
from border_monitor.store import open_store

#: (lon, lat, metres inside Belarus or 0 on the EU side), measured by geo.enrich
EU_POINT = (23.6, 53.0)
BY_NEAR = (23.757393, 53.354135)   # about 90 m inside
BY_2_9_KM = (24.0, 53.9)           # about 2.85 km inside
BY_4_5_KM = (25.7, 54.1)           # about 4.55 km inside


def write_csv(path: Path, points) -> Path:
    lines = ["occurred_at,country,type,lon,lat,persons,nationalities,description"]
    lines += [f"2021-09-0{k + 1}T10:00:00Z,LT,apprehension,{lon},{lat},2,IRQ,row {k}" for k, (lon, lat) in
              enumerate(points)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def new_store(path: Path) -> Path:
    open_store(path, create=True).close()
    return path


def test_the_summary_names_the_rows_on_the_belarusian_side(tmp_path, capsys):
    source = write_csv(tmp_path / "reports.csv", [EU_POINT, BY_2_9_KM, BY_NEAR, BY_4_5_KM, EU_POINT])
    store = new_store(tmp_path / "s.gpkg")
    code = main(["import", str(source), "--store", str(store)])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out == [f"imported 5 incidents from {source} into {store}",
                   "3 incidents lie on the Belarusian side, up to 4.5 km from the line."]


def test_one_row_is_worded_in_the_singular_and_none_says_nothing(tmp_path, capsys):
    store = new_store(tmp_path / "s.gpkg")
    main(["import", str(write_csv(tmp_path / "a.csv", [BY_2_9_KM, EU_POINT])), "--store", str(store)])
    assert capsys.readouterr().out.splitlines()[1] == "1 incident lies on the Belarusian side, up to 2.9 km from the line."
    main(["import", str(write_csv(tmp_path / "b.csv", [EU_POINT])), "--store", str(store)])
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_the_summary_agrees_with_what_the_store_derived(tmp_path):
    points = [EU_POINT, BY_NEAR, BY_2_9_KM, BY_4_5_KM]
    summary = side_summary([p[0] for p in points], [p[1] for p in points])
    assert summary.count == 3 and list(summary.rows) == [3, 2, 1] and summary.beyond_confirm == 2
    assert 4400 < summary.max_inside_m < 4700 and summary.needs_confirmation
    near = side_summary([BY_NEAR[0]], [BY_NEAR[1]])
    assert near.count == 1 and not near.needs_confirmation
