"""XLSX import and export (issue 8, tool 6): a service's spreadsheet imports, our export comes back
as the same incidents, hostile workbooks are refused, and a formula text is never a formula."""
from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime, time, timezone

import openpyxl
import pytest

from border_monitor.domain.taxonomy import COUNTRIES, Country
from border_monitor.io import UnreadableFileError, read_incidents
from border_monitor.io.errors import UnsafeFileError
from border_monitor.io.read_limits import ReadLimits

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)
SERVICE_HEADER = ["No.", "Date", "Time", "Country", "Type", "Longitude", "Latitude", "Persons", "Nationality",
                  "Description"]


def service_workbook(path, rows, title_rows=0):
    """A sheet as a service keeps it: its own column order, a running number, Excel dates."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Incidents 2021"
    for k in range(title_rows):
        sheet.append(["Pranešimų suvestinė, 2021 m. rugpjūtis"] if k == 0 else [])
    sheet.append(SERVICE_HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def set_cached_value(path, cell: str, cached: str) -> None:
    """Give a formula cell the value Excel would have stored with it (openpyxl writes none)."""
    temp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index(f'<c r="{cell}"')
                end = text.index("</c>", start)
                piece = text[start:end].replace("<v></v>", "").replace("<v />", "") + f"<v>{cached}</v>"
                data = (text[:start] + piece + text[end:]).encode()
            target.writestr(info, data)
    shutil.move(temp, path)


def test_a_service_spreadsheet_with_dates_a_blank_row_and_formulas_imports(tmp_path):
    path = service_workbook(tmp_path / "lt.xlsx", [
        [1, date(2021, 8, 1), time(14, 30), "LT", "apprehension", 25.8512, 54.3105, 3, "IRQ:3", "Grupė prie upės"],
        [],  # a blank row
        [2, datetime(2021, 8, 2, 6, 5), None, "Latvia", "prevented_entry", "26,99", 55.80, "=1+1",
         "", "=HYPERLINK(\"http://x\")"],
        [3, 44410.75, None, "PL", "other", 23.60, 52.95, 1, "SYR", "serial date"],
    ], title_rows=2)
    set_cached_value(path, "H6", "2")  # the persons formula, as Excel saved it
    result = read_incidents(path, now=NOW)
    assert result.ok, result.rejects
    batch = result.batch
    assert len(batch) == 3
    assert batch.row.tolist() == [4, 6, 7]  # sheet rows: a title and a blank row, the header on row 3, blank row 5
    assert [COUNTRIES[c] for c in batch.country] == [Country.LT, Country.LV, Country.PL]
    # naive Excel dates are wall-clock times of the reporting country (LT and LV: UTC+3 in summer, PL: +2)
    ms = batch.occurred_at_ms.tolist()
    assert ms[0] == int(datetime(2021, 8, 1, 11, 30, tzinfo=timezone.utc).timestamp() * 1000)
    assert ms[1] == int(datetime(2021, 8, 2, 3, 5, tzinfo=timezone.utc).timestamp() * 1000)
    assert ms[2] == int(datetime(2021, 8, 2, 16, 0, tzinfo=timezone.utc).timestamp() * 1000)  # 44410.75: 18:00 in Warsaw
    assert batch.lon.tolist() == [25.8512, 26.99, 23.60]  # a decimal comma typed as text is still a number
    assert batch.persons.tolist() == [3, 2, 1]  # the formula's cached value, not its text
    assert batch.description.tolist() == ["Grupė prie upės", "", "serial date"]  # no cached value: empty
    assert result.source.format == "XLSX" and result.source.layer == "Incidents 2021"
    assert result.source.columns["lon"] == "Longitude"
    assert "No." in result.source.ignored_columns


def test_a_formula_is_never_evaluated(tmp_path):
    path = service_workbook(tmp_path / "f.xlsx", [
        [1, date(2021, 8, 1), time(9, 0), "LT", "other", 25.1, 54.2, "=2+3", "", "x"]])
    result = read_incidents(path, now=NOW)
    assert result.ok
    assert result.batch.persons.tolist() == [0]  # no cached value: empty, so the default, never 5


def test_errors_name_the_sheet_the_row_and_the_column_header(tmp_path):
    path = service_workbook(tmp_path / "bad.xlsx", [
        [1, date(2021, 8, 1), time(9, 0), "LT", "other", "far east", 54.2, 1, "", "x"],
        [2, date(2021, 8, 1), time(9, 0), "XX", "other", 25.1, 54.2, 1, "", "y"]])
    result = read_incidents(path, now=NOW)
    assert len(result.batch) == 0
    problems = {(e.row, e.field): e.message for e in result.rejects}
    assert problems[(2, "Longitude (column F)")] == "is not a number"
    assert (3, "Country (column D)") in problems
    assert result.source.row_label == "sheet 'Incidents 2021', row"


def test_a_sheet_is_chosen_by_name_and_a_missing_one_is_named(tmp_path):
    path = service_workbook(tmp_path / "two.xlsx", [])
    book = openpyxl.load_workbook(path)
    other = book.create_sheet("LV")
    other.append(["occurred_at", "country", "type", "lon", "lat"])
    other.append(["2021-08-01 10:00", "LV", "other", 27.5, 55.9])
    book.save(path)
    assert len(read_incidents(path, sheet="LV", now=NOW).batch) == 1
    with pytest.raises(UnreadableFileError, match=r"has no sheet 'PL'; its sheets are: 'Incidents 2021', 'LV'"):
        read_incidents(path, sheet="PL")
    assert len(read_incidents(path, now=NOW).batch) == 0  # the first sheet: a header, no rows


def test_a_sheet_without_the_required_columns_is_refused_naming_them(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["when", "country", "kind", "x"])
    book.active.append(["2021-08-01", "LT", "other", 25.1])
    book.save(tmp_path / "cols.xlsx")
    with pytest.raises(UnreadableFileError, match=r"has no lon column \(looked for lon, lng, long, longitude or its Lithuanian, "
                                                  r"Latvian or Polish name\), nor another pair .* in its header \(row 1\)"):
        read_incidents(tmp_path / "cols.xlsx")


def test_a_zip_bomb_workbook_is_refused_before_it_is_parsed(tmp_path):
    path = service_workbook(tmp_path / "bomb.xlsx", [
        [1, date(2021, 8, 1), time(9, 0), "LT", "other", 25.1, 54.2, 1, "", "x"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (64 << 20))  # 64 MB of zeros: about 64 kB packed
    with pytest.raises(UnreadableFileError, match=r"bomb\.xlsx!xl/media/padding\.bin: is refused: it inflates "
                                                  r"\d[\d,]* times.*--max-zip-ratio"):
        read_incidents(path)
    with pytest.raises(UnreadableFileError, match=r"inflate to more than 10 MB.*--max-unzipped-mb"):
        read_incidents(path, limits=ReadLimits(max_zip_ratio=100_000, max_unzipped_mb=10))


def test_an_entity_declaration_in_the_workbook_xml_is_refused(tmp_path):
    path = service_workbook(tmp_path / "xxe.xlsx", [
        [1, date(2021, 8, 1), time(9, 0), "LT", "other", 25.1, 54.2, 1, "", "x"]])
    temp = tmp_path / "xxe2.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<worksheet", b'<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                                                   b"<worksheet", 1)
            target.writestr(info, data)
    with pytest.raises(UnsafeFileError, match=r"xxe2\.xlsx: is refused: its XML declares a document type"):
        read_incidents(temp)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04 truncated"])
def test_a_file_that_is_not_a_workbook_is_a_sentence(tmp_path, content):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnreadableFileError, match=r"x\.xlsx: is not an XLSX workbook"):
        read_incidents(path)


def test_a_zip_that_is_not_a_workbook_is_named(tmp_path):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("doc.kml", "<kml/>")
    with pytest.raises(UnreadableFileError, match=r"is a zip archive but not an XLSX workbook"):
        read_incidents(path)


# -- export ------------------------------------------------------------------------------------------

FIELDS = ("id", "occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
          "source", "status")
TRICKY_TEXTS = ["=HYPERLINK(\"http://evil\",\"click\")", "+370 600 00000", "-5 m from the fence", "@SUM(A1)",
                "'=already quoted", "Grupė \"x\"; łódź\nnowa linia", "", "<b>&amp;</b>"]


def incidents(n: int = 48) -> list:
    from datetime import timedelta

    import numpy as np

    from border_monitor.domain import Incident
    from border_monitor.domain.taxonomy import STATUSES, TYPES, TYPES_NEEDING_PERSONS

    rng = np.random.default_rng(6)
    out = []
    for k in range(n):
        kind = TYPES[k % len(TYPES)]
        persons = int(rng.integers(1, 30)) if kind in TYPES_NEEDING_PERSONS or k % 2 else 0
        out.append(Incident(
            occurred_at=datetime(2021, 6, 1, tzinfo=timezone.utc) + timedelta(milliseconds=int(rng.integers(0, 1e10))),
            country=COUNTRIES[k % 3], type=kind, lon=float(rng.uniform(23, 28)), lat=float(rng.uniform(51.5, 56)),
            persons=persons, nationalities=f"IRQ:{persons},SYR" if persons else "",
            description=TRICKY_TEXTS[k % len(TRICKY_TEXTS)], source=["=cmd|' /C calc'!A0", "VSAT", ""][k % 3],
            status=STATUSES[k % 3]))
    return out


def test_export_then_import_gives_the_same_incidents(tmp_path):
    from border_monitor.io import write_incidents

    original = incidents()
    path = tmp_path / "out.xlsx"
    assert write_incidents(original, path) == len(original)
    result = read_incidents(path, now=NOW)
    assert result.rejects == []
    back = {str(i.id): i for i in result.batch.to_incidents()}
    assert len(back) == len(original)
    for inc in original:
        other = back[str(inc.id)]
        for name in FIELDS:
            assert getattr(other, name) == getattr(inc, name), name  # times to the ms in UTC, doubles exact


def test_export_cells_are_typed_and_text_is_never_a_formula(tmp_path):
    from border_monitor.io import write_incidents
    from border_monitor.io.columns import EXPORT_FIELDS

    original = incidents(16)
    path = tmp_path / "typed.xlsx"
    write_incidents(original, path)
    book = openpyxl.load_workbook(path)  # the full reader: data types, formats, panes, widths
    assert book.sheetnames == ["incidents"]
    sheet = book["incidents"]
    assert [c.value for c in sheet[1]] == list(EXPORT_FIELDS)
    assert sheet.freeze_panes == "A2"
    column = {name: k + 1 for k, name in enumerate(EXPORT_FIELDS)}
    assert sheet.column_dimensions["I"].width >= len("description") + 2  # I: description
    descriptions = [sheet.cell(row=r, column=column["description"]) for r in range(2, 18)]
    sources = [sheet.cell(row=r, column=column["source"]) for r in range(2, 18)]
    for cell in descriptions + sources:
        assert cell.data_type in ("s", "n"), (cell.coordinate, cell.value)  # "n": an empty cell
        assert cell.data_type != "f"
    assert descriptions[0].value == TRICKY_TEXTS[0] and descriptions[0].data_type == "s"
    assert sources[0].value == "=cmd|' /C calc'!A0" and sources[0].data_type == "s"
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")  # no formula element anywhere
    when = sheet.cell(row=2, column=column["occurred_at"])
    assert when.is_date and isinstance(when.value, datetime)
    assert when.value == original[0].occurred_at.astimezone(timezone.utc).replace(tzinfo=None)
    assert "UTC" in when.number_format
    lon = sheet.cell(row=2, column=column["lon"])
    assert lon.data_type == "n" and lon.value == original[0].lon
    persons = sheet.cell(row=2, column=column["persons"])
    assert persons.data_type == "n" and persons.value == original[0].persons


def test_a_control_character_refuses_the_export_naming_the_incident(tmp_path):
    from border_monitor.domain.errors import BorderMonitorError
    from border_monitor.io import write_incidents

    import dataclasses

    original = incidents(3)
    original[1] = dataclasses.replace(original[1], description="bell\x07")
    path = tmp_path / "ctl.xlsx"
    with pytest.raises(BorderMonitorError, match=rf"incident {original[1].id} to XLSX: its description holds the "
                                                 r"control character U\+0007"):
        write_incidents(original, path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_a_notice_goes_into_the_title_and_its_own_sheet_and_the_incidents_still_import(tmp_path):
    from border_monitor.io.export_columns import to_columns
    from border_monitor.io.xlsx_writer import write_xlsx

    original = incidents(4)
    path = tmp_path / "synthetic.xlsx"
    write_xlsx(to_columns(original), path, notice="SYNTHETIC DATA - not real incidents")
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["incidents", "notice"]
    assert book.properties.title == "SYNTHETIC DATA - not real incidents"
    assert next(book["notice"].iter_rows(values_only=True)) == ("SYNTHETIC DATA - not real incidents",)
    rows = list(book["incidents"].iter_rows(values_only=True))
    assert rows[0][-1] == "data_notice" and {r[-1] for r in rows[1:]} == {"SYNTHETIC DATA - not real incidents"}
    book.close()
    assert {str(i.id) for i in read_incidents(path, now=NOW).batch.to_incidents()} == {str(i.id) for i in original}


def test_a_sheet_with_a_wrong_used_range_is_read_whole(tmp_path):
    path = service_workbook(tmp_path / "dim.xlsx", [
        [k, date(2021, 8, 1), time(9, k), "LT", "other", 25.1, 54.2, 1, "", "x"] for k in range(5)])
    temp = tmp_path / "dim2.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:J6"', b'<dimension ref="A1:C2"')
                assert b'ref="A1:C2"' in data
            target.writestr(info, data)
    assert len(read_incidents(temp, now=NOW).batch) == 5
