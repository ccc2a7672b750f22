"""An import's rejected rows in the user's language (context "rejects"): where ("line 3", "sheet 'Ataskaita',
row 4") and why ("is empty", "is not a number").

The readers give each reject a short English reason, the same few phrases for every file (the CLI prints
them); the known ones are translated here, one with values (the incident types allowed, the monitored
region) keeps its values, and a reason not known here is shown as it is.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.batch import RowError
from ...io.read_result import SourceInfo
from .check_texts import reason_text

_REGION = re.compile(r"^is outside the monitored region \(lat (?P<lat>[^,]+), lon (?P<lon>[^)]+)\)$")
_LISTED = re.compile(r"^(?P<head>is not a known incident type|is not a known status) \((?P<codes>[^)]*)\)$")
_FIELDS = re.compile(r"^has (?P<n>\d+) fields where the header has (?P<width>\d+)$")
_REPEATS = re.compile(r"^repeats the id of row (?P<row>\d+)$")
_AT_LEAST = re.compile(r"^must be at least 1 for (?:this type|type (?P<type>\w+))$")


def _phrases() -> dict[str, str]:
    return {
        "is empty": QCoreApplication.translate("rejects", "is empty"),
        "is not a number": QCoreApplication.translate("rejects", "is not a number"),
        "is not a finite number": QCoreApplication.translate("rejects", "is not a finite number"),
        "is not a whole number": QCoreApplication.translate("rejects", "is not a whole number"),
        "is negative": QCoreApplication.translate("rejects", "is negative"),
        "is before 2000": QCoreApplication.translate("rejects", "is before 2000"),
        "is in the future": QCoreApplication.translate("rejects", "is in the future"),
        "is not LT, LV or PL": QCoreApplication.translate("rejects", "is not LT, LV or PL"),
        "is not a known incident type": QCoreApplication.translate("rejects", "is not a known incident type"),
        "is not a known status": QCoreApplication.translate("rejects", "is not a known status"),
        "is outside -180..180": QCoreApplication.translate("rejects", "is outside -180..180"),
        "is outside -90..90": QCoreApplication.translate("rejects", "is outside -90..90"),
        "is not a UUID": QCoreApplication.translate("rejects", "is not a UUID"),
        "has a UTC offset that is not +HH:MM": QCoreApplication.translate("rejects", "has a UTC offset that is not +HH:MM"),
        "is not an MGRS grid reference": QCoreApplication.translate("rejects", "is not an MGRS grid reference"),
    }


def reject_reason(message: str) -> str:
    """``RowError.message`` in the user's language (a reason not known here as it is)."""
    known = _phrases()
    if message in known:
        return known[message]
    translated = reason_text(message)  # the model's reasons the form also shows
    if translated != message:
        return translated
    if m := _REGION.match(message):
        return (QCoreApplication.translate("rejects", "is outside the monitored region (lat %1, lon %2)")
                .replace("%1", m["lat"]).replace("%2", m["lon"]))
    if m := _LISTED.match(message):
        return f"{known[m['head']]} ({m['codes']})"
    if m := _FIELDS.match(message):
        return (QCoreApplication.translate("rejects", "has %1 fields where the header has %2")
                .replace("%1", m["n"]).replace("%2", m["width"]))
    if m := _REPEATS.match(message):
        return QCoreApplication.translate("rejects", "repeats the id of row %1").replace("%1", m["row"])
    if _AT_LEAST.match(message):
        return QCoreApplication.translate("rejects", "must be at least 1 for this type")
    return message


def row_place(source: SourceInfo, row: int) -> str:
    """Where a reject is: "line 3" of a CSV, "sheet 'X', row 4" of a workbook, "feature 2" otherwise."""
    if source.format == "XLSX":
        return (QCoreApplication.translate("rejects", "sheet '%1', row %2").replace("%1", str(source.layer))
                .replace("%2", str(row)))
    if source.format == "CSV":
        return QCoreApplication.translate("rejects", "line %1").replace("%1", str(row))
    return QCoreApplication.translate("rejects", "feature %1").replace("%1", str(row))


def reject_line(source: SourceInfo, error: RowError, field_separator: str = ", ") -> str:
    """One rejected row as the import dialog and the File > Import message list it."""
    return f"{row_place(source, error.row)}{field_separator}{error.field}: {error.value!r} {reject_reason(error.message)}"


_AXIS = r"(?:northing|easting|latitude|longitude)"
_SWAPPED = re.compile(rf"^(?P<a>.+) holds the (?P<x>{_AXIS})s and (?P<b>.+) the (?P<y>{_AXIS})s of (?P<label>.+) "
                      rf"\(it writes the (?P<z>{_AXIS}) first\): they were read that way round$")
_READ_AS = re.compile(rf"^the columns (?P<a>.+) and (?P<b>.+) were read as (?P<label>.+) \((?P<name>[\w:]+)\)"
                      rf"(?:, .+ the (?P<x>{_AXIS}) and .+ the (?P<y>{_AXIS}))?$")
_TYPE_FROM = re.compile(r"^the incident type was read from the (?P<field>.+) field$")
_SKIPPED = re.compile(r"^(?P<n>\d+) deleted incident\(s\) of (?P<name>.+) were skipped$")
_NO_UUIDS = re.compile(r"^the id column holds no UUIDs \(e\.g\. (?P<sample>.+)\); new ids were made$")


def _axis(word: str) -> str:
    return {
        "northing": QCoreApplication.translate("rejects", "northing (X)"),
        "easting": QCoreApplication.translate("rejects", "easting (Y)"),
        "latitude": QCoreApplication.translate("rejects", "latitude"),
        "longitude": QCoreApplication.translate("rejects", "longitude"),
    }[word]


def _fill(text: str, *values: str) -> str:
    for i, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{i}", value)
    return text


def note_text(note: str) -> str:
    """A reader's note about how it read the file (``SourceInfo.notes``), in the user's language (in English
    exactly as the reader wrote it)."""
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return note
    if note == "the file holds no features":
        return QCoreApplication.translate("rejects", "the file holds no features")
    if m := _SWAPPED.match(note):
        return _fill(QCoreApplication.translate(
            "rejects", "%1 holds the %2 values and %3 the %4 values of %5 (it writes the %6 first): they were read "
                       "that way round"), m["a"], _axis(m["x"]), m["b"], _axis(m["y"]), m["label"], _axis(m["z"]))
    if m := _READ_AS.match(note):
        if m["x"]:
            return _fill(QCoreApplication.translate(
                "rejects", "the columns %1 and %2 were read as %3 (%4): %1 the %5, %2 the %6"),
                m["a"], m["b"], m["label"], m["name"], _axis(m["x"]), _axis(m["y"]))
        return _fill(QCoreApplication.translate("rejects", "the columns %1 and %2 were read as %3 (%4)"),
                     m["a"], m["b"], m["label"], m["name"])
    if m := _TYPE_FROM.match(note):
        return QCoreApplication.translate("rejects", "the incident type was read from the %1 field").replace(
            "%1", m["field"])
    if m := _SKIPPED.match(note):
        return _fill(QCoreApplication.translate("rejects", "%1 deleted incident(s) of %2 were skipped"),
                     m["n"], m["name"])
    if m := _NO_UUIDS.match(note):
        return QCoreApplication.translate("rejects", "the id column holds no UUIDs (e.g. %1); new ids were made").replace(
            "%1", m["sample"])
    return note
