"""``border-monitor report`` as a user runs it: the PDF's figures (read back with pdftotext) are those of
``stats``, ``alerts`` and ``export``; its pages (pdftoppm) show the map and the chart; every page carries
the classification; bad arguments give one sentence and exit 2 with nothing written."""
from __future__ import annotations

import csv
import hashlib
import json
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from border_monitor.report.texts import type_code_of

# The command paints with Qt (offscreen): the Qt-free lowest-versions job, which has no PySide6, skips these.
NO_QT = importlib.util.find_spec("PySide6") is None
pytestmark = pytest.mark.skipif(NO_QT or not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                reason="needs PySide6 and poppler-utils (pdftotext, pdftoppm)")

PERIOD = ("2021-08-01", "2021-08-31")
MARKING = "RESTRICTED TEST MARKING"


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


@pytest.fixture(scope="module")
def report_pdf(demo_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "august.pdf"
    result = cli("report", "--store", str(demo_store), "--from", PERIOD[0], "--to", PERIOD[1],
                 "--classification", MARKING, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [unicodedata.normalize("NFKC", page) for page in text.split("\f") if page.strip()]


def stats(store, *args) -> dict:
    result = cli("stats", "--store", str(store), "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def nonzero(counts: dict) -> dict:
    return {k: v for k, v in counts.items() if v}


def number(text: str) -> int:
    return int(text.replace(",", ""))


def section(lines: list[str], title: str, stop: tuple[str, ...]) -> list[list[str]]:
    """Rows (cells split on runs of 2+ spaces) after the heading ``title`` and its header, until a ``stop`` line."""
    start = next(k for k, line in enumerate(lines) if line.strip().startswith(title))
    rows = []
    for line in lines[start + 2:]:
        s = line.strip()
        if not s or "UNCLASSIFIED" in s or MARKING in s or s.startswith("SYNTHETIC"):
            continue
        if s.startswith(stop):
            break
        if s.split("  ")[0] in ("Country", "Type", "Sector", "Nationality"):  # a table header repeated on a new page
            continue
        rows.append(re.split(r"\s{2,}", s))
    return rows


def body_lines(pages: list[str]) -> list[str]:
    return [line for page in pages for line in page.splitlines()]


def test_the_figures_in_the_pdf_are_those_of_stats(report_pdf, demo_store):
    lines = body_lines(pdf_pages(report_pdf))
    now = stats(demo_store, "--from", PERIOD[0], "--to", PERIOD[1])
    before = stats(demo_store, "--from", "2021-07-01", "--to", "2021-07-31")
    summary = {r[0]: r for r in section(lines, "Summary", ("Map of the period",))}
    assert number(summary["Incidents"][1]) == now["total"] and number(summary["Incidents"][2]) == before["total"]
    assert number(summary["Persons"][1]) == now["persons"] and number(summary["Persons"][2]) == before["persons"]
    countries = section(lines, "By reporting country", ("By type",))
    assert {re.search(r"\((\w\w)\)", r[0]).group(1): number(r[1]) for r in countries if number(r[1])} == nonzero(now["by_country"])
    assert {re.search(r"\((\w\w)\)", r[0]).group(1): number(r[2]) for r in countries if number(r[2])} == nonzero(before["by_country"])
    types = section(lines, "By type", ("By sector",))
    assert {type_code_of(r[0]): number(r[1]) for r in types if number(r[1])} == nonzero(now["by_type"])
    assert {type_code_of(r[0]): number(r[2]) for r in types if number(r[2])} == nonzero(before["by_type"])
    nationalities = section(lines, "By nationality", ("Early warning",))
    assert {r[0].split()[0]: number(r[1]) for r in nationalities if number(r[1])} == nonzero(now["by_nationality"])


def test_the_sector_table_counts_what_export_writes(report_pdf, demo_store, tmp_path):
    out = tmp_path / "aug.csv"
    assert cli("export", "--store", str(demo_store), "--from", PERIOD[0], "--to", PERIOD[1], "--out", str(out)).returncode == 0
    with open(out, encoding="utf-8") as f:
        exported = Counter(row["sector"] or "outside the sectors" for row in csv.DictReader(f))
    rows = section(body_lines(pdf_pages(report_pdf)), "By sector", ("By nationality",))
    assert {r[0]: number(r[2]) for r in rows if number(r[2])} == dict(exported)
    assert len(rows) >= 30


def test_the_early_warning_table_is_that_of_alerts(report_pdf, demo_store):
    data = json.loads(cli("alerts", "--store", str(demo_store), "--at", PERIOD[1], "--json").stdout)
    rows = section(body_lines(pdf_pages(report_pdf)), "Early warning at the end", ("Shifts in pressure",))
    rows = [r for r in rows if r[0].lower() in ("normal", "elevated", "high")]
    by_name = {r[1]: r for r in rows}
    for unit in data["borders"]:
        row = by_name[unit["name"]]
        assert row[0].lower() == unit["level"]
        assert number(row[3]) == unit["incidents"]["last_24h"]["count"]
        assert number(row[5]) == unit["incidents"]["last_7d"]["count"]
    flagged = {s["name"]: s["level"] for s in data["sectors"] if s["level"] != "normal"}
    assert {r[1]: r[0].lower() for r in rows if r[1] not in ("LT-BY", "LV-BY", "PL-BY")} == flagged
    assert "PL-BY" in flagged.values() or any(v == "high" for v in flagged.values())


def test_every_page_carries_the_classification_page_number_and_synthetic_stamp(report_pdf):
    pages = pdf_pages(report_pdf)
    assert len(pages) >= 4
    for n, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        footer = "\n".join(lines[-2:])  # the marking, larger, may sit on its own line of text
        header = "\n".join(lines[:3])  # pdftotext may put a table cell beside the header first
        assert MARKING in header and MARKING in footer, f"page {n}"
        assert f"Page {n} of {len(pages)}" in footer
        assert "SYNTHETIC DEMONSTRATION DATA" in footer


def test_notable_incidents_carry_their_national_grid_position(report_pdf, demo_store, tmp_path):
    from border_monitor.geo.coords.crs import format as format_position
    from border_monitor.geo.grid_lines import NATIONAL_GRIDS

    out = tmp_path / "notable.csv"
    assert cli("export", "--store", str(demo_store), "--from", PERIOD[0], "--to", PERIOD[1], "--out", str(out),
               "--type", "use_of_force,humanitarian,military_activity,airspace,provocation").returncode == 0
    with open(out, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    lines = body_lines(pdf_pages(report_pdf))
    at = next(k for k, line in enumerate(lines) if line.startswith("Notable incidents"))
    assert f"Notable incidents ({len(rows)})" in lines[at]
    text = "\n".join(lines[at:])
    grids = {code: (system, label) for code, (system, label, _epsg) in NATIONAL_GRIDS.items()}
    assert len(rows) >= 10 and {r["country"] for r in rows} == {"LT", "LV", "PL"}
    for row in rows:
        system, label = grids[row["country"]]
        northing, easting = format_position(float(row["lon"]), float(row["lat"]), system, 0).split()
        assert f"{label} {northing}" in text and easting in text, row["description"]


# the map's water and Belarus, the countries' bar colours (report.map_image, ui.text.palette), written out:
# tests/e2e import nothing of the Qt side
WATER, BELARUS_FILL = "#cfdde8", "#b0b0b0"
COUNTRY_COLORS = {"LT": "#009e73", "LV": "#d55e00", "PL": "#0072b2"}


def colour_pixels(image: Image.Image, colour: str, tol: int = 10) -> int:
    a = np.asarray(image.convert("RGB")).astype(int)
    c = np.array([int(colour[k:k + 2], 16) for k in (1, 3, 5)])
    return int((np.abs(a - c).max(axis=2) <= tol).sum())


def page_images(pdf, folder) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / "page")], check=True)
    return [Image.open(p) for p in sorted(folder.glob("page-*.png"))]


def test_the_pages_show_the_map_and_the_chart(report_pdf, demo_store, tmp_path):
    images = page_images(report_pdf, tmp_path)
    # the map: Belarus and the sea fill a large part of the first page
    assert colour_pixels(images[0], BELARUS_FILL) > 20_000 and colour_pixels(images[0], WATER) > 1_000
    # the chart: bars of every country on the page after the map
    bars = {code: sum(colour_pixels(im, c) for im in images[:2]) for code, c in COUNTRY_COLORS.items()}
    assert all(n > 300 for n in bars.values()), bars
    # a period without incidents has the map but no bars
    empty = tmp_path / "empty.pdf"
    assert cli("report", "--store", str(demo_store), "--from", "2020-01-01", "--to", "2020-01-31",
               "--out", str(empty)).returncode == 0
    (tmp_path / "e").mkdir()
    quiet = page_images(empty, tmp_path / "e")
    assert colour_pixels(quiet[0], BELARUS_FILL) > 20_000
    assert sum(colour_pixels(im, COUNTRY_COLORS["LT"]) for im in quiet) < bars["LT"] / 10  # the legend swatch only


def test_a_lithuanian_report_keeps_the_structure(demo_store, tmp_path):
    out = tmp_path / "lt.pdf"
    result = cli("report", "--store", str(demo_store), "--from", PERIOD[0], "--to", PERIOD[1], "--lang", "lt",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    total = stats(demo_store, "--from", PERIOD[0], "--to", PERIOD[1])["total"]
    text = "\n".join(pages)
    assert "Situacijos ataskaita" in text and "Ankstyvasis perspėjimas" in text and "Svarbūs incidentai" in text
    assert f"{total:,}".replace(",", "\u00a0") in text or f"{total:,}".replace(",", " ") in text
    for n, page in enumerate(pages, start=1):
        lines = [line for line in page.splitlines() if line.strip()]
        footer = "\n".join(lines[-2:])
        assert "NEISLAPTINTA" in "\n".join(lines[:3]) and "NEISLAPTINTA" in footer
        assert f"{n} psl. iš {len(pages)}" in footer


def test_the_html_report_is_one_file_with_the_images_inside(demo_store, tmp_path):
    out = tmp_path / "august.html"
    result = cli("report", "--store", str(demo_store), "--from", PERIOD[0], "--to", PERIOD[1], "--lang", "pl",
                 "--classification", MARKING, "--out", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count(MARKING) >= 3  # title, top, bottom
    assert html.count('src="data:image/png;base64,') == 2
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "Raport sytuacyjny" in html and "SYNTETYCZNE DANE" in html


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("args, words", [
    (("--from", "2021-08-31", "--to", "2021-08-01"), "date_to"),
    (("--from", "2021-08-01"), "--to"),
    (("--from", "2021-13-01", "--to", "2021-12-31"), "date_from"),
])
def test_bad_dates_give_one_sentence_and_write_nothing(demo_store, tmp_path, args, words):
    out = tmp_path / "r.pdf"
    result = cli("report", "--store", str(demo_store), *args, "--out", str(out))
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_the_report_is_never_written_over_the_store_or_as_an_unknown_format(demo_store, tmp_path):
    copy = tmp_path / "store.pdf"
    shutil.copyfile(demo_store, copy)  # a store whose name ends in .pdf: still refused as the output
    before = digest(copy)
    result = cli("report", "--store", str(copy), "--from", PERIOD[0], "--to", PERIOD[1], "--out", str(copy))
    assert result.returncode == 2 and "store" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert digest(copy) == before
    result = cli("report", "--store", str(demo_store), "--from", PERIOD[0], "--to", PERIOD[1],
                 "--out", str(tmp_path / "r.docx"))
    assert result.returncode == 2 and ".pdf or .html" in result.stderr
    assert not (tmp_path / "r.docx").exists()
