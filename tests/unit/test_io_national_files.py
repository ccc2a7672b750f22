"""Files as the LT, LV and PL services keep them (issue 11, part 2): headers and values in their languages,
their dates, decimal commas and code pages, coordinates in their national grids.

True positions are made first in WGS 84; the files' grid coordinates are computed from them by the
independent Krüger series of ``test_crs`` (no pyproj), and every imported row must land within 1 m.
"""
from __future__ import annotations

from datetime import date, datetime, time, timezone

import openpyxl
import pytest
from test_crs import metres_apart, tm_forward

from border_monitor.domain.nationality_words import nationalities_text, nationality_code
from border_monitor.domain.taxonomy import COUNTRIES, STATUSES, TYPES, Country, IncidentType, Status
from border_monitor.io import UnreadableFileError, read_incidents
from border_monitor.io.columns import map_columns

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)

# (lon, lat) on each border, true positions
LT_PLACES = [(25.6967, 54.5426), (25.8512, 54.4011), (24.3981, 54.0702), (26.0843, 55.0316), (25.2797, 54.6872)]
PL_PLACES = [(23.6576, 53.5272), (23.9331, 53.2155), (23.4988, 52.9512), (23.8004, 52.6907), (23.1688, 53.1325)]
LV_PLACES = [(27.3951, 55.8044), (26.5362, 55.8747), (27.6211, 56.0102)]
LV_NORTH = [(24.1052, 56.9496), (27.3333, 56.5097), (25.8575, 56.4995)]  # Riga, Rēzekne, Jēkabpils


def comma(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def write(path, lines: list[str], encoding: str) -> str:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))  # as Excel saves CSV: CRLF, no BOM
    return str(path)


def assert_within_a_metre(batch, places):
    for lon, lat, (true_lon, true_lat) in zip(batch.lon.tolist(), batch.lat.tolist(), places):
        assert metres_apart(true_lon, true_lat, lon, lat) < 1.0, (lon, lat, true_lon, true_lat)


def lithuanian_csv(tmp_path, swap: bool = False) -> str:
    lines = ["Data;Laikas;Šalis;Įvykio tipas;Asm. sk.;Pilietybė;X;Y;Aprašymas;Šaltinis;Būsena"]
    kinds = ["Sulaikymas", "apgręžti", "Kontrabanda", "Grąžinimas į Baltarusiją", "kita"]
    for k, (lon, lat) in enumerate(LT_PLACES):
        easting, northing = tm_forward("lks94", lon, lat)
        x, y = (easting, northing) if swap else (northing, easting)
        # as a cell formatted with thousands separators is saved: "6 061 911,25" (a no-break space)
        x_text = f"{x:,.2f}".replace(",", "\u00a0").replace(".", ",") if k == 1 else comma(x)
        lines.append(f"2021-07-{20 + k};{9 + k}:05;Lietuva;{kinds[k]};{3 + k};Irakas {2 + k}, Sirija 1;"
                     f"{x_text};{comma(y)};Grupė prie Medininkų, užkarda Nr. {k};VSAT Vilniaus rinktinė;"
                     f"{['Patvirtinta', 'pranešta', 'Uždaryta', 'patvirtinta', 'naujas'][k]}")
    return write(tmp_path / "vsat_2021.csv", lines, "cp1257")


def test_a_lithuanian_excel_csv_imports_with_no_mapping_typed(tmp_path):
    result = read_incidents(lithuanian_csv(tmp_path), now=NOW)
    assert result.rejects == []
    source = result.source
    assert (source.encoding, source.separator, source.decimal_comma) == ("cp1257", ";", True)
    assert source.crs == "lks94" and any("LKS-94" in note for note in source.notes)
    assert source.columns == {"occurred_at": "Data", "occurred_time": "Laikas", "country": "Šalis",
                              "type": "Įvykio tipas", "persons": "Asm. sk.", "nationalities": "Pilietybė",
                              "x": "X", "y": "Y", "description": "Aprašymas", "source": "Šaltinis",
                              "status": "Būsena"}
    batch = result.batch
    assert_within_a_metre(batch, LT_PLACES)
    assert [TYPES[t] for t in batch.type] == [IncidentType.APPREHENSION, IncidentType.PREVENTED_ENTRY,
                                             IncidentType.SMUGGLING, IncidentType.RETURN_TO_BELARUS,
                                             IncidentType.OTHER]
    assert [STATUSES[s] for s in batch.status] == [Status.VERIFIED, Status.REPORTED, Status.CLOSED,
                                                  Status.VERIFIED, Status.REPORTED]
    assert {COUNTRIES[c] for c in batch.country} == {Country.LT}
    assert batch.nationalities.tolist()[0] == "IRQ:2,SYR:1" and batch.persons.tolist() == [3, 4, 5, 6, 7]
    # 2021-07-20 09:05 in Vilnius (UTC+3 in summer) is 06:05 UTC
    first = batch.to_incidents()[0]
    assert first.occurred_at == datetime(2021, 7, 20, 6, 5, tzinfo=timezone.utc)
    assert first.description == "Grupė prie Medininkų, užkarda Nr. 0"


def test_x_holding_the_eastings_is_read_the_other_way_round_in_the_grid_named(tmp_path):
    path = lithuanian_csv(tmp_path, swap=True)
    # easting first, LKS-94 values read as UTM in UTM's own order: two grids fit, neither is the file's country's
    with pytest.raises(UnreadableFileError, match=r"more than one grid: WGS 84 / UTM zone 34N .*35N.*--crs"):
        read_incidents(path, now=NOW)
    result = read_incidents(path, now=NOW, crs="lks94")
    assert result.rejects == []
    assert_within_a_metre(result.batch, LT_PLACES)
    assert any("X holds the eastings" in note for note in result.source.notes)


@pytest.mark.parametrize("grid, headers", [
    ("pl1992", ("X (PUWG 1992)", "Y (PUWG 1992)")),
    ("pl2000z8", ("X", "Y")),
    ("pl1992", ("Współrzędna X", "Współrzędna Y")),
])
def test_a_polish_excel_csv_in_pl1992_or_pl2000_imports_with_no_mapping_typed(tmp_path, grid, headers):
    lines = [f"Lp.;Data i godzina;Kraj;Rodzaj zdarzenia;Liczba osób;Obywatelstwo;{headers[0]};{headers[1]};Opis;"
             "Źródło;Status"]
    kinds = ["Zatrzymanie", "Próba nielegalnego przekroczenia granicy", "zawrócenie", "Przemyt", "Uszkodzenie zapory"]
    for k, (lon, lat) in enumerate(PL_PLACES):
        easting, northing = tm_forward(grid, lon, lat)
        lines.append(f"{k + 1};{28 - k:02d}.07.2021 {8 + k}:{10 * k:02d};Polska;{kinds[k]};{2 + k};Irak {1 + k};"
                     f"{comma(northing)};{comma(easting)};Grupa koło Kuźnicy, łódź, źródło;Placówka SG w Czeremsze;"
                     f"{['zgłoszone', 'potwierdzone', 'zamknięte', 'Potwierdzone', 'nowe'][k]}")
    result = read_incidents(write(tmp_path / "sg.csv", lines, "cp1250"), now=NOW)
    assert result.rejects == []
    assert result.source.encoding == "cp1250" and result.source.crs == grid
    assert_within_a_metre(result.batch, PL_PLACES)
    assert [TYPES[t] for t in result.batch.type] == [IncidentType.APPREHENSION, IncidentType.PREVENTED_ENTRY,
                                                    IncidentType.RETURN_TO_BELARUS, IncidentType.SMUGGLING,
                                                    IncidentType.BARRIER_DAMAGE]
    assert result.batch.nationalities.tolist()[:2] == ["IRQ:1", "IRQ:2"]
    # 28.07.2021 8:00 in Warsaw (UTC+2) is 06:00 UTC
    assert result.batch.to_incidents()[0].occurred_at == datetime(2021, 7, 28, 6, 0, tzinfo=timezone.utc)
    assert "Lp." in result.source.ignored_columns  # a running number is no id


def test_an_xlsx_with_latvian_headers_imports(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Notikumi"
    sheet.append(["Valsts robežsardze: notikumi pie Baltkrievijas robežas"])  # a title above the header
    sheet.append(["Datums", "Laiks", "Valsts", "Notikuma veids", "Personu skaits", "Pilsonība", "Platums",
                  "Garums", "Apraksts", "Avots", "Statuss"])
    sheet.append([date(2021, 8, 2), time(3, 5), "Latvija", "Aizturēšana", 4, "Irāka 3; Sīrija 1",
                  LV_PLACES[0][1], LV_PLACES[0][0], "Grupa pie Silenes", "VRS Daugavpils pārvalde", "Apstiprināts"])
    sheet.append(["28.07.2021", "22:40", "LV", "novērsta nelikumīga robežas šķērsošana", 2, "Afganistāna",
                  comma(LV_PLACES[1][1], 6), comma(LV_PLACES[1][0], 6), "", "VRS", "ziņots"])
    sheet.append(["2021.07.29", "", "latvija", "Cits", 0, "", LV_PLACES[2][1], LV_PLACES[2][0], "", "", "slēgts"])
    path = tmp_path / "vrs.xlsx"
    book.save(path)
    result = read_incidents(path, now=NOW)
    assert result.rejects == []
    batch = result.batch
    assert_within_a_metre(batch, LV_PLACES)
    assert [TYPES[t] for t in batch.type] == [IncidentType.APPREHENSION, IncidentType.PREVENTED_ENTRY,
                                             IncidentType.OTHER]
    assert [STATUSES[s] for s in batch.status] == [Status.VERIFIED, Status.REPORTED, Status.CLOSED]
    assert batch.nationalities.tolist()[:2] == ["IRQ:3,SYR:1", "AFG"]
    got = [i.occurred_at for i in batch.to_incidents()]
    assert got[0] == datetime(2021, 8, 2, 0, 5, tzinfo=timezone.utc)  # Riga, UTC+3
    assert got[1] == datetime(2021, 7, 28, 19, 40, tzinfo=timezone.utc)
    assert got[2] == datetime(2021, 7, 28, 21, 0, tzinfo=timezone.utc)  # 2021.07.29, midnight in Riga


def test_values_that_fit_neither_order_are_refused_saying_what_was_seen(tmp_path):
    lines = ["Data;Šalis;Tipas;X;Y"] + [f"2021-07-2{k};LT;kita;{1_500_000 + k};{2_500_000 + k}" for k in range(4)]
    with pytest.raises(UnreadableFileError) as info:
        read_incidents(write(tmp_path / "bad.csv", lines, "utf-8"), now=NOW)
    text = str(info.value)
    assert "bad.csv" in text and "fit neither order" in text
    assert "X runs from 1,500,000 to 1,500,003" in text and "Y runs from 2,500,000 to 2,500,003" in text
    assert "--crs" in text


def test_latvian_grid_values_fit_pl1992_too_and_the_reporting_country_decides(tmp_path):
    rows = []
    for k, (lon, lat) in enumerate(LV_NORTH):
        easting, northing = tm_forward("lks2020", lon, lat)
        rows.append(f"2021-07-2{k};{{country}};kita;{northing:.2f};{easting:.2f}")
    latvian = write(tmp_path / "lv.csv", ["date,country,type,x,y".replace(",", ";")]
                    + [r.format(country="LV") for r in rows], "utf-8")
    result = read_incidents(latvian, now=NOW)
    assert result.source.crs == "lks2020" and result.rejects == []
    assert_within_a_metre(result.batch, LV_NORTH)
    lithuanian = write(tmp_path / "lt.csv", ["date;country;type;x;y"] + [r.format(country="LT") for r in rows],
                       "utf-8")
    with pytest.raises(UnreadableFileError, match=r"more than one grid: .*lks2020.*pl1992|more than one grid: "
                                                  r".*pl1992.*lks2020"):
        read_incidents(lithuanian, now=NOW)
    # naming the system settles it
    assert_within_a_metre(read_incidents(lithuanian, now=NOW, crs="lks92").batch, LV_NORTH)


def test_columns_override_names_headers_nobody_guesses(tmp_path):
    lines = ["Kada;Kieno;Kas;Kiek;Šiaurė m;Rytai m;Kas matė"]
    for k, (lon, lat) in enumerate(LT_PLACES[:3]):
        easting, northing = tm_forward("lks94", lon, lat)
        lines.append(f"2021-07-2{k} 10:00;LT;sulaikymas;2;{comma(northing)};{comma(easting)};patrulis")
    path = write(tmp_path / "own.csv", lines, "cp1257")
    with pytest.raises(UnreadableFileError, match="has no occurred_at column"):
        read_incidents(path, now=NOW)
    columns = {"date": "Kada", "country": "Kieno", "type": "Kas", "persons": "Kiek", "northing": "Šiaurė m",
               "easting": "rytai M", "source": "Kas matė"}  # the last but one as typed: case and all
    result = read_incidents(path, now=NOW, columns=columns, crs="lks94")
    assert result.rejects == []
    assert_within_a_metre(result.batch, LT_PLACES[:3])
    assert result.batch.source.tolist() == ["patrulis"] * 3
    with pytest.raises(UnreadableFileError, match=r"has no column 'Kur' \(--columns names it for lat\); its "
                                                  r"columns are: Kada, Kieno"):
        read_incidents(path, now=NOW, columns={"lat": "Kur"})


def test_mgrs_column(tmp_path):
    lines = ["Datums,Valsts,Veids,MGRS", "2021-07-20,LV,cits,35U NB 12345 67890", "2021-07-21,LV,cits,35UMA1234",
             "2021-07-22,LV,cits,not a square"]
    result = read_incidents(write(tmp_path / "m.csv", lines, "utf-8"), now=NOW)
    assert len(result.batch) == 2
    (bad,) = result.rejects
    assert (bad.row, bad.field, bad.value) == (4, "MGRS", "not a square")
    assert "MGRS" in bad.message


def test_every_row_error_names_the_column_by_its_header(tmp_path):
    lines = ["Data;Šalis;Įvykio tipas;Asm. sk.;Platuma;Ilguma;Būsena",
             "2021-07-20;Lietuva;sulaikymas;trys;54,5;25,6;patvirtinta",
             "2021-07-20;Lietuva;piknikas;2;54,5;25,6;patvirtinta",
             "2021-07-20;Lietuva;kita;2;54,5;10,6;patvirtinta",
             "2021-07-32;Lietuva;kita;2;54,5;25,6;patvirtinta"]
    result = read_incidents(write(tmp_path / "e.csv", lines, "cp1257"), now=NOW)
    assert [(e.row, e.field) for e in result.rejects] == [(2, "Asm. sk."), (3, "Įvykio tipas"),
                                                         (4, "Platuma, Ilguma"), (5, "Data")]


@pytest.mark.parametrize("name", ["Irakas", "Irāka", "Irak", "IRAKAS", "irakietis", "Irakijczyk", "Iraq", "IRQ"])
def test_iraq_in_four_languages(name):
    assert nationality_code(name) == "IRQ"


def test_nationality_cells_with_counts():
    assert nationalities_text("Irakas 5, Sirija 2") == "IRQ:5,SYR:2"
    assert nationalities_text("Irāka (3); Afganistāna") == "IRQ:3,AFG"
    assert nationalities_text("Irak: 4 / Białoruś") == "IRQ:4,BLR"
    assert nationalities_text("IRQ:10, SYR:4") == "IRQ:10,SYR:4"
    assert nationalities_text("Kongo, Demokratyczna Republika Konga") == "COD"
    assert nationalities_text("Marsas 2") == "Marsas 2"  # kept, for validation to name


def test_headers_in_four_languages_and_abbreviations():
    cases = {
        ("Įvykio data", "Laikas", "Valstybė", "Rūšis", "Asmenų sk.", "Pilietybė", "Platuma (WGS84)", "Ilguma (WGS84)"):
            {"occurred_at", "occurred_time", "country", "type", "persons", "nationalities", "lat", "lon"},
        ("DATUMS", "LAIKS", "VALSTS", "VEIDS", "PERS. SK.", "VALSTSPIEDERĪBA", "X", "Y", "PIEZĪMES", "AVOTS"):
            {"occurred_at", "occurred_time", "country", "type", "persons", "nationalities", "x", "y",
             "description", "source"},
        ("data", "godz.", "państwo", "typ zdarzenia", "l. osób", "obyw.", "szer. geogr.", "dł. geogr.", "uwagi",
         "stan"):
            {"occurred_at", "occurred_time", "country", "type", "persons", "nationalities", "lat", "lon",
             "description", "status"},
    }
    for headers, fields in cases.items():
        mapped = map_columns(list(headers))
        assert set(mapped.columns) == fields, (headers, mapped.columns)
        assert mapped.ignored == []
    assert not map_columns(["Data i godzina", "Kraj", "Typ", "MGRS"]).missing()
