"""The ``coords`` subcommand: through a small argparse, and once through ``python -m border_monitor``."""
from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys

import pytest

from border_monitor.cli import coords

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _run(argv, capsys):
    parser = argparse.ArgumentParser(prog="border-monitor")
    coords.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["coords", *argv])
    rc = args.func(args)
    out, err = capsys.readouterr()
    return rc, out, err


def test_degrees_with_decimal_comma_to_lks94(capsys):
    rc, out, err = _run(["54,6868 25,2856", "--to", "lks94"], capsys)
    assert rc == 0 and err == ""
    # LKS-94 is northing first: Vilnius is about 6 061 900 N, 582 900 E
    assert out == "N 6061911 E 582892\n"
    rc, out, err = _run(["54,6868 25,2856", "--to", "lks94", "--plain"], capsys)
    northing, easting = (float(v) for v in out.split())
    assert 6_061_800 < northing < 6_062_000 and 582_800 < easting < 583_000 and err == ""


def test_words_are_joined_and_negative_numbers_are_text(capsys):
    rc, out, _ = _run(["54°41'12,5\"N", "25°17'08,3\"E", "--to", "mgrs", "--precision", "3"], capsys)
    assert rc == 0 and out == "35U LA 894 612\n"
    rc, out, _ = _run(["-33.5", "-70.25", "--from", "wgs84", "--to", "dms", "--precision", "0"], capsys)
    assert rc == 0 and out == "33°30'00\"S 70°15'00\"W\n"


def test_from_names_the_system_that_guessing_cannot(capsys):
    rc, out, err = _run(["582892 6061911", "--to", "wgs84"], capsys)
    assert rc == 2 and out == ""
    assert err.startswith("border-monitor coords: error: '582892 6061911' fits more than one coordinate system")
    assert "utm34n" in err and "utm35n" in err
    rc, out, err = _run(["582892 6061911", "--from", "utm34n", "--to", "wgs84", "--precision", "4"], capsys)
    assert rc == 0 and out == "lat 54.6977 lon 22.2862\n" and err == ""


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["hello", "--to", "lks94"], "'hello' is not coordinate text"),
        (["54.6868 25.2856", "--to", "lks2000"], "'lks2000' is not a coordinate system"),
        (["54.6868 25.2856", "--from", "EPSG:999999", "--to", "wgs84"], "EPSG:999999"),
        (["54.6868 25.2856", "--to", "mgrs", "--precision", "7"], "Precision 7"),
    ],
)
def test_errors_are_one_sentence_on_stderr_with_exit_code_2(argv, needle, capsys):
    rc, out, err = _run(argv, capsys)
    assert rc == 2 and out == ""
    assert err.startswith("border-monitor coords: error: ") and needle in err
    assert err.count("\n") == 1


def test_to_is_required():
    parser = argparse.ArgumentParser(prog="border-monitor")
    coords.register(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit) as info:
        parser.parse_args(["coords", "54.6868 25.2856"])
    assert info.value.code == 2


def test_through_the_real_command_line():
    main_py = ROOT / "border_monitor" / "cli" / "main.py"
    assert main_py.exists(), "border_monitor/cli/main.py registers the coords subcommand"
    ok = subprocess.run(
        [sys.executable, "-m", "border_monitor", "coords", "35U LA 89485 61289", "--to", "pl1992"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert ok.returncode == 0, ok.stderr
    n_label, northing, e_label, easting = ok.stdout.split()
    assert (n_label, e_label) == ("N", "E")
    northing, easting = float(northing), float(easting)
    assert 776_000 < northing < 777_000 and 904_000 < easting < 906_000  # PL-1992 northing first
    bad = subprocess.run(
        [sys.executable, "-m", "border_monitor", "coords", "54 41 25", "--to", "wgs84"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("border-monitor coords: error: '54 41 25' has 3 number(s)")


def test_utm_shows_its_zone_and_mgrs_its_reference(capsys):
    rc, out, err = _run(["54.6868 25.2856", "--to", "utm35n"], capsys)
    assert rc == 0 and out == "zone 35N E 389485 N 6061289\n" and err == ""
    rc, out, _ = _run(["54.6868 25.2856", "--to", "mgrs"], capsys)
    assert out == "35U LA 89485 61289\n"


def test_a_position_outside_the_area_of_use_is_converted_with_a_warning(capsys):
    rc, out, err = _run(["54.6868 25.2856", "--to", "utm34n"], capsys)  # Vilnius lies in zone 35
    assert rc == 0 and out.startswith("zone 34N E ")
    assert err.startswith("border-monitor coords: warning: lat 54.6868 lon 25.2856 lies outside the area of use "
                          "of WGS 84 / UTM zone 34N (lon 18 to 24")
    rc, out, err = _run(["-33.5 -70.25", "--from", "wgs84", "--to", "lks94"], capsys)
    assert rc == 0 and "LKS-94" in err and err.count("\n") == 1
    rc, out, err = _run(["54.6868 25.2856", "--to", "lks94"], capsys)
    assert err == ""
