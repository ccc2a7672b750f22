"""The incident form as a user meets it: typing, messages next to fields, live conversion, saving."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timezone  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox  # noqa: E402

from border_monitor.domain import Country, Incident, IncidentType, Nationality, Status  # noqa: E402
from border_monitor.geo.coords import crs  # noqa: E402
from border_monitor.ui.editing.form import IncidentForm  # noqa: E402

S = QDateTimeEdit.Section
SECTIONS = (S.YearSection, S.MonthSection, S.DaySection, S.HourSection, S.MinuteSection, S.SecondSection)
NEAR_DRUSKININKAI = (23.95, 54.02)  # lon, lat: Lithuania, a few km from the line
GRODNO = (23.83, 53.68)  # Belarus


def make_form(qtbot, **kwargs) -> IncidentForm:
    form = IncidentForm(**kwargs)
    qtbot.addWidget(form)
    form.show()
    return form


def type_time(qtbot, form: IncidentForm, text: str) -> None:
    """Type 'YYYY-MM-DD HH:MM:SS' section by section, as a user tabbing through the editor does."""
    edit = form.time_edit
    edit.setFocus()
    parts = text.replace("-", " ").replace(":", " ").split()
    for section, part in zip(SECTIONS, parts):
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, part)


def type_into(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def shown(form: IncidentForm, name: str) -> str:
    """The message under a field, '' when it is hidden."""
    message = form.messages[name]
    return message.text() if message.isVisibleTo(form) else ""


def test_typing_a_whole_incident_builds_it(qtbot):
    form = make_form(qtbot)
    assert not form.save_button.isEnabled()  # no position yet, no persons for an apprehension
    assert "Enter the position" in shown(form, "location")
    type_time(qtbot, form, "2021-08-01 03:30:00")
    form.country_combo.setCurrentIndex(form.country_combo.findData("LT"))
    form.type_combo.setCurrentIndex(form.type_combo.findData("prevented_entry"))
    qtbot.keyClicks(form.persons_edit, "7")
    qtbot.keyClicks(form.nationalities_edit, "irq:5, SYR:2")
    qtbot.keyClicks(form.location_edit.line, "54.02, 23.95")
    qtbot.keyClicks(form.description_edit, "Group of seven at the fence")
    qtbot.keyClicks(form.source_edit, "patrol 12")
    form.status_combo.setCurrentIndex(form.status_combo.findData("verified"))
    assert all(shown(form, name) == "" for name in form.messages), {n: shown(form, n) for n in form.messages}
    assert form.save_button.isEnabled()
    assert "Druskininkai" in form.derived_label.text() or "LT-BY" in form.derived_label.text()
    assert "Europe/Vilnius" in form.zone_label.text() and "UTC+03:00" in form.zone_label.text()
    with qtbot.waitSignal(form.accepted, timeout=2000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    incident = form.incident()
    assert incident.occurred_at == datetime(2021, 8, 1, 0, 30, tzinfo=timezone.utc)  # 03:30 EEST
    assert incident.country is Country.LT and incident.type is IncidentType.PREVENTED_ENTRY
    assert incident.persons == 7
    assert incident.nationalities == (Nationality("IRQ", 5), Nationality("SYR", 2))
    assert (incident.lon, incident.lat) == (23.95, 54.02)
    assert incident.description == "Group of seven at the fence" and incident.source == "patrol 12"
    assert incident.status is Status.VERIFIED


def test_local_time_follows_the_reporting_country(qtbot):
    form = make_form(qtbot, lon=23.85, lat=52.70)
    assert form.country_combo.currentData() == "PL"  # picked from the nearest border (PL-BY)
    type_time(qtbot, form, "2021-11-08 10:00:00")
    assert form.occurred_at() == datetime(2021, 11, 8, 9, 0, tzinfo=timezone.utc)  # CET = UTC+1
    assert "Europe/Warsaw" in form.zone_label.text()
    form.country_combo.setCurrentIndex(form.country_combo.findData("LV"))
    assert form.occurred_at() == datetime(2021, 11, 8, 8, 0, tzinfo=timezone.utc)  # EET = UTC+2
    assert "Europe/Riga" in form.zone_label.text()


def test_an_untyped_time_keeps_its_instant_when_the_country_changes(qtbot):
    form = make_form(qtbot, lon=23.85, lat=52.70)  # the country follows the position: LT -> PL
    assert form.country_combo.currentData() == "PL"
    assert shown(form, "occurred_at") == ""  # "now" did not become an hour in the future
    original = Incident(occurred_at="2021-08-01T00:30:12.345Z", country="LT", type="smuggling",
                        lon=23.95, lat=54.02)
    edit = make_form(qtbot, incident=original)
    assert edit.time_edit.dateTime().toString("yyyy-MM-dd HH:mm:ss") == "2021-08-01 03:30:12"  # Vilnius
    edit.country_combo.setCurrentIndex(edit.country_combo.findData("PL"))
    assert edit.time_edit.dateTime().toString("yyyy-MM-dd HH:mm:ss") == "2021-08-01 02:30:12"  # Warsaw
    assert edit.occurred_at() == original.occurred_at  # same instant, to the millisecond


def bad_time_future(qtbot, form):
    type_time(qtbot, form, f"{datetime.now().year + 1}-01-01 00:00:00")


@pytest.mark.parametrize("field,bad,fix,words", [
    ("persons", lambda q, f: type_into(q, f.persons_edit, "-3"), lambda q, f: type_into(q, f.persons_edit, "3"),
     "negative"),
    ("persons", lambda q, f: type_into(q, f.persons_edit, "3.5"), lambda q, f: type_into(q, f.persons_edit, "3"),
     "not a whole number"),
    ("persons", lambda q, f: type_into(q, f.persons_edit, ""), lambda q, f: type_into(q, f.persons_edit, "2"),
     "needs the number of persons"),
    ("persons", lambda q, f: (type_into(q, f.persons_edit, "0"),
                              f.type_combo.setCurrentIndex(f.type_combo.findData("return_to_belarus"))),
     lambda q, f: f.type_combo.setCurrentIndex(f.type_combo.findData("barrier_damage")), "Return to Belarus"),  # the type as the form names it
    ("nationalities", lambda q, f: type_into(q, f.nationalities_edit, "IRQ:1, XYZ"),
     lambda q, f: type_into(q, f.nationalities_edit, "IRQ:1, SYR"), "'XYZ' is not a known nationality code"),
    ("nationalities", lambda q, f: type_into(q, f.nationalities_edit, "IRQ:9"),
     lambda q, f: type_into(q, f.nationalities_edit, "IRQ:4"), "more than the incident's 4"),
    ("location", lambda q, f: type_into(q, f.location_edit.line, "23.95, 54.02"),
     lambda q, f: type_into(q, f.location_edit.line, "54.02, 23.95"), "swapped"),
    ("location", lambda q, f: type_into(q, f.location_edit.line, "54.02, -23.95"),
     lambda q, f: type_into(q, f.location_edit.line, "54.02, 23.95"), "minus sign"),
    ("location", lambda q, f: type_into(q, f.location_edit.line, "-33.45, -70.66"),
     lambda q, f: type_into(q, f.location_edit.line, "54.02, 23.95"), "wrong continent"),
    ("location", lambda q, f: type_into(q, f.location_edit.line, "48.85, 2.35"),
     lambda q, f: type_into(q, f.location_edit.line, "54.02, 23.95"), "outside the monitored region"),
    ("location", lambda q, f: type_into(q, f.location_edit.line, "fence post 12"),
     lambda q, f: type_into(q, f.location_edit.line, "54.02, 23.95"), "fence post 12"),
    ("location", lambda q, f: type_into(q, f.location_edit.line, ""),
     lambda q, f: type_into(q, f.location_edit.line, "54.02, 23.95"), "Enter the position"),
    ("occurred_at", lambda q, f: type_time(q, f, "1999-12-31 23:00:00"),
     lambda q, f: type_time(q, f, "2021-08-01 03:30:00"), "before 2000"),
    ("occurred_at", bad_time_future, lambda q, f: type_time(q, f, "2021-08-01 03:30:00"), "in the future"),
], ids=["negative-persons", "fractional-persons", "no-persons", "return-without-persons", "unknown-code",
        "too-many-nationals", "swapped-axes", "minus-sign", "other-continent", "outside-region", "unreadable",
        "empty-location", "before-2000", "future"])
def test_each_message_appears_next_to_its_field_and_clears_when_fixed(qtbot, field, bad, fix, words):
    form = make_form(qtbot, lon=NEAR_DRUSKININKAI[0], lat=NEAR_DRUSKININKAI[1])
    type_time(qtbot, form, "2021-08-01 03:30:00")
    type_into(qtbot, form.persons_edit, "4")
    assert form.save_button.isEnabled(), {n: shown(form, n) for n in form.messages}
    bad(qtbot, form)
    assert words in shown(form, field)
    assert form.messages[field].kind == "error"
    assert [n for n in form.messages if shown(form, n)] == [field]  # only next to that field
    assert not form.save_button.isEnabled()
    fix(qtbot, form)
    assert shown(form, field) == ""
    assert form.save_button.isEnabled()


def click_in_next_message_box(qtbot, button: QMessageBox.StandardButton, seen: list) -> None:
    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)


def test_belarusian_side_is_allowed_after_a_confirmation(qtbot):
    form = make_form(qtbot)
    type_time(qtbot, form, "2021-08-01 03:30:00")
    form.type_combo.setCurrentIndex(form.type_combo.findData("provocation"))
    type_into(qtbot, form.location_edit.line, f"{GRODNO[1]}, {GRODNO[0]}")
    assert "Belarusian side" in form.derived_label.text()
    assert "Belarusian side" in shown(form, "location") and form.messages["location"].kind == "warning"
    assert form.save_button.isEnabled()
    seen: list[str] = []
    click_in_next_message_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert seen and "Belarusian side" in seen[0]
    assert form.incident() is None and form.isVisible()  # not saved
    click_in_next_message_box(qtbot, QMessageBox.StandardButton.Save, seen)
    with qtbot.waitSignal(form.accepted, timeout=3000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert (form.incident().lon, form.incident().lat) == GRODNO


def test_switching_the_system_rewrites_the_position_and_reads_any_system(qtbot):
    form = make_form(qtbot)
    edit = form.location_edit
    qtbot.keyClicks(edit.line, "54.02, 23.95")
    edit.combo.setCurrentIndex(edit.combo.findData("lks94"))
    assert edit.text() == crs.format(23.95, 54.02, "lks94")
    northing, easting = (float(v) for v in edit.text().split())
    assert 5_900_000 < northing < 6_100_000 and 400_000 < easting < 600_000  # northing first
    assert edit.position() == (23.95, 54.02)  # switching keeps the position exactly
    edit.combo.setCurrentIndex(edit.combo.findData("mgrs"))
    assert edit.text().startswith("34U") or edit.text().startswith("35U")
    edit.combo.setCurrentIndex(edit.combo.findData("pl1992"))
    type_into(qtbot, edit.line, "579000 790000")  # PL-1992 northing easting: Białystok area
    lon, lat = edit.position()
    assert 52.5 < lat < 53.5 and 22.5 < lon < 24.0
    assert "WGS 84:" in edit.readout.text()
    assert form.messages["location"].text() == "" or form.messages["location"].kind == "warning"


def test_derived_fields_follow_the_position_live(qtbot):
    form = make_form(qtbot)
    assert "enter a position" in form.derived_label.text()
    type_into(qtbot, form.location_edit.line, "54.02, 23.95")
    lithuania = form.derived_label.text()
    assert "LT-BY" in lithuania and "EU side" in lithuania and "from the border" in lithuania
    type_into(qtbot, form.location_edit.line, "52.70, 23.85")
    assert "PL-BY" in form.derived_label.text()


def test_nationality_completion_offers_names_and_inserts_the_code(qtbot):
    form = make_form(qtbot)
    edit = form.nationalities_edit
    qtbot.keyClicks(edit, "IRQ:3, syria")
    completer = edit.completer_widget()
    assert completer.popup().isVisible()
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert any(o.startswith("SYR") for o in offered)
    edit.insert_completion(next(o for o in offered if o.startswith("SYR")))
    assert edit.text() == "IRQ:3, SYR:"
    qtbot.keyClicks(edit, "2")
    type_into(qtbot, form.persons_edit, "5")
    assert shown(form, "nationalities") == ""


def test_editing_keeps_id_revision_and_the_exact_time_of_untouched_fields(qtbot):
    original = Incident(occurred_at="2021-08-01T00:30:12.345Z", country="LT", type="apprehension",
                        lon=23.951234567, lat=54.021234567, persons=7, nationalities="IRQ:5,SYR:2",
                        description="first", source="patrol", revision=3)
    form = make_form(qtbot, incident=original)
    assert form.windowTitle() == "Edit incident"
    assert form.persons_edit.text() == "7" and form.nationalities_edit.text() == "IRQ:5, SYR:2"
    type_into(qtbot, form.persons_edit, "8")
    with qtbot.waitSignal(form.accepted, timeout=2000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    edited = form.incident()
    assert edited.id == original.id and edited.revision == 3
    assert edited.persons == 8
    assert edited.occurred_at == original.occurred_at  # milliseconds kept
    assert (edited.lon, edited.lat) == (original.lon, original.lat)  # not rounded by the text
    assert edited.nationalities == original.nationalities and edited.description == "first"
