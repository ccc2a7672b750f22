"""Coded errors (``domain.error_words``): the window words each code in the user's language, says in English
exactly what the command line says, and an error without a code is a translated sentence with the English
text as its detail."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from border_monitor.domain.check_errors import CheckCode, CheckError
from border_monitor.domain.error_words import TEMPLATES
from border_monitor.domain.errors import BorderMonitorError, StoreError
from border_monitor.domain.failure_messages import FILE_PREFIX
from border_monitor.geo.coords import crs
from border_monitor.geo.coords.errors import CoordinateError
from border_monitor.io.errors import UnreadableFileError
from border_monitor.io.readers import read_incidents
from border_monitor.store import open_store
from border_monitor.ui.failure_text import failure_box, failure_detail, failure_text
from border_monitor.ui.text.check_texts import check_detail, check_text
from border_monitor.ui.text.error_texts import error_text, templates

BAD_POSITIONS = [
    "54,5 N 25,3 N", "abc", "54°41'70\" 25°17'", "N54 E", "54 25 13", "1;2;3", "91, 25", "54 41.5' 12 25 17",
    "-54 S 25 E", "6061911 999", "35U LA", "35ULA123", "6000000 500000", "35U 582000 6061000", "54.7 125.3",
    "25.28 54.69", "x" * 300,
]
SYSTEMS_GIVEN = [("35U 582000 6061000", "utm34n"), ("6061911 582892", "pl1992"), ("54.1 25.1", "no-such-grid")]


def _errors() -> list[BorderMonitorError]:
    found = []
    for text in BAD_POSITIONS:
        try:
            crs.parse(text)
        except CoordinateError as exc:
            found.append(exc)
    for text, system in SYSTEMS_GIVEN:
        with pytest.raises(CoordinateError) as caught:
            crs.parse(text, system)
        found.append(caught.value)
    return found


def test_every_code_has_the_same_english_wording_in_the_window(language):
    language("en")
    shown = templates()
    expected = {code: ("{path}: " + t if code.startswith(FILE_PREFIX) else t) for code, t in TEMPLATES.items()}
    assert sorted(set(expected) - set(shown)) == [], "codes the window cannot word"
    assert sorted(set(shown) - set(expected)) == [], "wordings of codes the model never raises"
    assert {code: shown[code] for code in expected if shown[code] != expected[code]} == {}


def test_real_reader_errors_read_in_english_exactly_as_the_command_line_says(language):
    language("en")
    errors = _errors()
    assert len({e.code for e in errors}) >= 12 and all(e.code for e in errors)  # the readers raise coded errors
    assert [error_text(e) for e in errors] == [str(e) for e in errors]


@pytest.mark.parametrize("lang, word", [("lt", "platuma"), ("lv", "platums"), ("pl", "szerokość")])
def test_reader_errors_read_in_the_language_with_its_decimal_comma(language, lang, word):
    language(lang)
    errors = _errors()
    texts = [error_text(e) for e in errors]
    assert all(text != str(e) for text, e in zip(texts, errors))  # none left in English
    with pytest.raises(CoordinateError) as caught:
        crs.parse("54.7 125.3")  # outside the region: the place and the region bounds are numbers
    text = error_text(caught.value)
    assert word in text.lower() and "57,5" in text and "54,70000" in text


@pytest.mark.parametrize("lang", ["lt", "lv", "pl"])
def test_the_form_words_the_reader_error_without_an_english_tooltip(language, lang):
    language(lang)
    with pytest.raises(CoordinateError) as caught:
        crs.parse("54,5 N 25,3 N")
    error = CheckError(CheckCode.LOCATION_UNREADABLE, {"message": caught.value})
    assert check_text(error) == error_text(caught.value) != str(caught.value)
    assert check_detail(error) is None
    language("en")
    assert check_text(error) == str(caught.value)


def test_store_and_file_errors_shown_in_a_message_box_read_in_polish(language, tmp_path, qtbot):
    not_a_store = tmp_path / "notes.gpkg"
    sqlite3.connect(not_a_store).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError) as store_error:
        open_store(not_a_store)
    with pytest.raises(UnreadableFileError) as file_error:
        read_incidents(tmp_path / "missing.csv")
    language("en")
    assert failure_text(store_error.value) == str(store_error.value)
    assert failure_text(file_error.value) == str(file_error.value)
    language("pl")
    text = failure_text(store_error.value)
    assert str(not_a_store) in text and "nie jest plikiem GeoPackage" in text
    assert failure_text(file_error.value) == f"{tmp_path / 'missing.csv'}: plik nie istnieje"
    box = failure_box(None, "Otwórz magazyn", store_error.value)
    qtbot.addWidget(box)
    assert box.text() == text and box.detailedText() == ""  # worded: no English detail needed


def test_an_error_without_a_code_is_a_translated_sentence_with_the_english_detail(language, qtbot):
    error = BorderMonitorError("The widget frobnicator refused the value 7.")
    language("en")
    assert failure_text(error) == str(error) and failure_detail(error) is None
    language("lv")
    assert failure_text(error).startswith("Darbība neizdevās")
    assert failure_detail(error) == str(error)
    box = failure_box(None, "Kļūda", error, icon=QMessageBox.Icon.Critical)
    qtbot.addWidget(box)
    assert box.text().startswith("Darbība neizdevās") and box.detailedText() == str(error)
    worded = ValueError("The ring radii must be positive.")  # caught by a caller as a sentence of ours
    assert failure_text(worded, worded=True).startswith("Darbība neizdevās")
    assert failure_detail(worded, worded=True) == str(worded)


BAD_ROWS = ("occurred_at,country,type,persons,lat,lon\n"
            "2021-08-02T10:15:00Z,LT,apprehension,3,54.1,25.6\n"
            ",LT,apprehension,3,54.1,25.6\n"                      # empty time
            "2021-08-02T10:15:00Z,XX,apprehension,3,54.1,25.6\n"  # not LT, LV or PL
            "2021-08-02T10:15:00Z,LT,picnic,3,54.1,25.6\n"        # not a known type (the codes listed)
            "2021-08-02T10:15:00Z,LT,apprehension,three,54.1,25.6\n"
            "2021-08-02T10:15:00Z,LT,apprehension,3,64.1,25.6\n"  # outside the monitored region
            "1999-08-02T10:15:00Z,LT,apprehension,-2,54.1,25.6\n")


@pytest.mark.parametrize("lang, line", [("lt", "eilutė"), ("lv", "rinda"), ("pl", "wiersz")])
def test_rejected_rows_read_in_the_language(language, tmp_path, lang, line):
    from border_monitor.ui.text.reject_texts import reject_line, reject_reason

    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    result = read_incidents(path)
    assert len(result.rejects) >= 7
    language("en")
    label = result.source.row_label
    assert [reject_line(result.source, e) for e in result.rejects] == [
        f"{label} {e.row}, {e.field}: {e.value!r} {e.message}" for e in result.rejects]
    language(lang)
    untranslated = [e.message for e in result.rejects if reject_reason(e.message) == e.message]
    assert untranslated == []
    assert all(reject_line(result.source, e).startswith(line) for e in result.rejects)


@pytest.mark.parametrize("lang, word", [("lt", "šiaurė"), ("lv", "ziemeļu"), ("pl", "północ")])
def test_the_readers_note_on_the_grid_it_chose_reads_in_the_language(language, tmp_path, lang, word):
    from border_monitor.ui.text.reject_texts import note_text

    path = tmp_path / "xy.csv"
    path.write_text("occurred_at,country,type,persons,X,Y\n2021-08-02T10:15:00Z,LT,apprehension,3,6061911,582892\n",
                    encoding="utf-8")
    notes = read_incidents(path).source.notes
    assert len(notes) == 1 and "were read as LKS-94" in notes[0]
    language("en")
    assert note_text(notes[0]) == notes[0]
    language(lang)
    text = note_text(notes[0])
    assert text != notes[0] and "LKS-94 / Lithuania TM (lks94)" in text and word in text


def test_sync_reports_read_as_the_command_line_in_english_and_in_the_language(language, tmp_path):
    from border_monitor.sync.exchange import DirectionReport
    from border_monitor.sync.operations import ExportReport
    from border_monitor.ui.text.sync_texts import sync_report_text

    reports = [DirectionReport("laptop-7", "vilnius", new=1234, changed=2, audit=1),
               DirectionReport("vilnius", "laptop-7", new=0, changed=5, conflicts=3, audit=1236)]
    reports += [ExportReport(tmp_path / "out.bmsync", peer, 12, audit, 2, 40_960, encrypted)
                for peer in ("", "laptop-7") for encrypted in (False, True) for audit in (1, 5)]
    language("en")
    assert [sync_report_text(r) for r in reports] == [r.sentence() for r in reports]
    language("pl")
    texts = [sync_report_text(r) for r in reports]
    assert texts[0] == "laptop-7 -> vilnius: nowych zdarzeń 1234, zmienionych 2, 1 wpis audytu"
    assert "w konflikcie 3" in texts[1] and "1236 wpisów audytu" in texts[1]
    assert not any(ENGLISH.search(t) for t in texts)


ENGLISH = __import__("re").compile(r"\b(new|changed|incidents?|audit|entr(y|ies)|wrote|batches|bytes|encrypted)\b")
