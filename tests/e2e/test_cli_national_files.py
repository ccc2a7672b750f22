"""``border-monitor import`` of LT/LV/PL files: --columns, --crs, refusals and the rejects report by header."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

from test_crs import metres_apart, tm_forward  # noqa: E402

from border_monitor.cli.main import main  # noqa: E402
from border_monitor.domain import IncidentFilter  # noqa: E402
from border_monitor.io.rejects import read_report  # noqa: E402
from border_monitor.store import open_store  # noqa: E402

PLACES = [(23.6576, 53.5272), (23.9331, 53.2155), (23.4988, 52.9512)]


def run(argv, capsys) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def positions(store: Path) -> list[tuple[float, float]]:
    with open_store(store) as s:
        return sorted((i.lon, i.lat) for i in s.page(IncidentFilter(), limit=100))


def polish_file(tmp_path: Path, headers=("Data", "Kraj", "Rodzaj", "Osoby", "X", "Y")) -> Path:
    lines = [";".join(headers)]
    for k, (lon, lat) in enumerate(PLACES):
        easting, northing = tm_forward("pl2000z8", lon, lat)
        x, y = f"{northing:.2f}".replace(".", ","), f"{easting:.2f}".replace(".", ",")  # decimal commas
        lines.append(f"2{k}.07.2021;PL;zatrzymanie;{k + 1};{x};{y}")
    path = tmp_path / "sg.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250"))
    return path


def test_crs_and_columns_on_the_command_line(tmp_path, capsys):
    store = tmp_path / "s.gpkg"
    source = polish_file(tmp_path, ("Kiedy", "Kraj", "Co", "Ile", "Północ", "Wschód"))
    code, _, err = run(["import", source, "--store", store, "--create"], capsys)
    assert code == 2 and "has no occurred_at column" in err and "Traceback" not in err
    assert not store.exists()  # refused before the store was made
    code, out, err = run(["import", source, "--store", store, "--create", "--crs", "pl2000z8",
                          "--columns", "date=Kiedy,type=Co,persons=Ile,northing=Północ,easting=Wschód"], capsys)
    assert code == 0, err
    assert "imported 3 incidents" in out
    for (lon, lat), (true_lon, true_lat) in zip(positions(store), sorted(PLACES)):
        assert metres_apart(lon, lat, true_lon, true_lat) < 1.0


def test_a_grid_named_for_latitude_and_longitude_columns_is_refused(tmp_path, capsys):
    source = tmp_path / "ll.csv"
    source.write_text("date,country,type,lat,lon\n2021-07-20,LT,other,54.5,25.6\n", encoding="utf-8")
    code, _, err = run(["import", source, "--store", tmp_path / "s.gpkg", "--create", "--crs", "lks94"], capsys)
    assert code == 2 and "--crs lks94 names a grid in metres" in err and "lat and lon" in err


def test_bad_option_values_exit_2_with_a_sentence(tmp_path, capsys):
    source = polish_file(tmp_path)
    for option, needle in ((["--crs", "lks99"], "'lks99' is not a coordinate system"),
                           (["--columns", "colour=X"], "names the field 'colour'"),
                           (["--columns", "date"], "is not FIELD=HEADER")):
        try:
            code, _, err = run(["import", source, "--store", tmp_path / "s.gpkg", "--create", *option], capsys)
        except SystemExit as exc:  # argparse refuses the option
            code, err = exc.code, capsys.readouterr().err
        assert code == 2 and needle in err and "Traceback" not in err


def test_the_rejects_report_names_the_column_by_its_header(tmp_path, capsys):
    source = tmp_path / "lt.csv"
    source.write_bytes("Data;Šalis;Įvykio tipas;Asm. sk.;Platuma;Ilguma\r\n"
                       "2021-07-20;Lietuva;sulaikymas;trys;54,5;25,6\r\n"
                       "2021-07-21;Lietuva;kita;1;54,5;25,6\r\n".encode("cp1257"))
    report = tmp_path / "rejects.csv"
    code, _, err = run(["import", source, "--store", tmp_path / "s.gpkg", "--create", "--rejects", report], capsys)
    assert code == 2
    assert "line 2, Asm. sk.: 'trys' is not a whole number" in err
    assert [(r.row, r.field, r.value) for r in read_report(report)] == [(2, "Asm. sk.", "trys")]
