"""The form's wording of ``domain.check_errors.CheckError``, through Qt's translations (context "checks").

The English source texts say exactly what ``domain.check_english`` says (the CLI's wording), so an English
user reads the same sentence in both; numbers and times follow the chosen locale (a decimal comma in
Lithuanian, Latvian and Polish). The model's own reasons (``ValidationError.reason``) are English phrases:
the known ones are translated here, an unknown one is shown as it is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ...domain.check_errors import CheckCode, CheckError
from ...domain.value_text import shorten
from .error_texts import error_text, has_wording
from .formats import datetime_text
from .labels import type_label

class _Counted(QObject):
    """Messages with a count: pyside6-lupdate gives plural forms only to ``tr()`` (context "_Counted")."""

    def unknown_codes(self, count: int) -> str:
        # English forms (border_monitor_en.ts): "%1 is not a known nationality code (...)" and
        # "%1 are not known nationality codes (...)".
        return self.tr("%1 is not a known nationality code (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG).", "", count)


def _fill(text: str, *values) -> str:
    for i, value in reversed(list(enumerate(values, start=1))):  # %10 before %1
        text = text.replace(f"%{i}", str(value))
    return text


def _fixed(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _short(value: float) -> str:
    return QLocale().toString(float(value), "g", 6)


def _utc(when) -> str:
    return datetime_text(when)


def _is_english() -> bool:
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def reason_text(reason: str) -> str:
    """A model's ``ValidationError.reason`` in the user's language (the known ones)."""
    known = {
        "is not an ISO 8601 date and time": QCoreApplication.translate("checks", "is not an ISO 8601 date and time"),
        "is not a date and time": QCoreApplication.translate("checks", "is not a date and time"),
        "has no time zone": QCoreApplication.translate("checks", "has no time zone"),
        "is not an ISO 3166-1 alpha-3 country code": QCoreApplication.translate("checks", "is not an ISO 3166-1 alpha-3 country code"),
        "has a count that is not a whole number >= 0": QCoreApplication.translate("checks", "has a count that is not a whole number >= 0"),
        "has a count that is not a whole number": QCoreApplication.translate("checks", "has a count that is not a whole number"),
    }
    return known.get(reason, reason)


def check_text(error: CheckError) -> str:
    """The sentence under the field for ``error``, in the user's language."""
    c, v = error.code, error.values
    if c is CheckCode.CHOOSE_VALUE:
        return QCoreApplication.translate("checks", "Choose a value.")
    if c is CheckCode.NOT_ONE_OF:
        return _fill(QCoreApplication.translate("checks", "'%1' is not one of: %2."), shorten(v["value"]), ", ".join(v["allowed"]))
    if c is CheckCode.TIME_MISSING:
        return QCoreApplication.translate("checks", "Enter the date and time of the incident.")
    if c in (CheckCode.TIME_UNREADABLE, CheckCode.NATIONALITY_UNREADABLE):
        return _fill(QCoreApplication.translate("checks", "'%1' %2."), shorten(v["value"]), reason_text(v["reason"]))
    if c is CheckCode.TIME_BEFORE_2000:
        return _fill(QCoreApplication.translate("checks", "%1 UTC is before 2000; incidents start in 2000."), _utc(v["when"]))
    if c is CheckCode.TIME_IN_FUTURE:
        return _fill(QCoreApplication.translate("checks", "%1 UTC is in the future."), _utc(v["when"]))
    if c is CheckCode.PERSONS_NOT_WHOLE:
        return _fill(QCoreApplication.translate("checks", "'%1' is not a whole number of persons."), shorten(v["value"]))
    if c is CheckCode.PERSONS_NEGATIVE:
        return _fill(QCoreApplication.translate("checks", "%1 persons is negative; enter 0 or more."), QLocale().toString(int(v["persons"])))
    if c is CheckCode.PERSONS_NEEDED:
        return _fill(QCoreApplication.translate("checks", "An incident of type %1 needs the number of persons (at least 1)."), type_label(v["type"]))
    if c is CheckCode.NATIONALITY_UNKNOWN:
        codes = v["codes"]
        listed, count = ", ".join(f"'{shorten(code)}'" for code in codes), len(codes)
        return _fill(_Counted().unknown_codes(count), listed)
    if c is CheckCode.NATIONALITIES_EXCEED:
        return _fill(QCoreApplication.translate("checks", "The nationalities count %1 persons, more than the incident's %2."),
                     QLocale().toString(int(v["counted"])), QLocale().toString(int(v["persons"])))
    if c is CheckCode.LOCATION_UNREADABLE:
        # The coordinate reader's error, worded from its code; one without a code (an English sentence) reads
        # as such in English, and in other languages as "cannot be read" with the sentence in the tooltip.
        message = v["message"]
        if isinstance(message, BaseException) and has_wording(message):
            return error_text(message)
        return str(message) if _is_english() else QCoreApplication.translate("checks", "This text cannot be read as a position in the chosen "
                                                          "coordinate system.")
    if c is CheckCode.LOCATION_MISSING:
        return QCoreApplication.translate("checks", "Enter the position of the incident.")
    if c is CheckCode.LOCATION_NOT_A_POSITION:
        return _fill(QCoreApplication.translate("checks", "'%1, %2' is not a position."), shorten(v["lat"]), shorten(v["lon"]))
    if c is CheckCode.LOCATION_OFF_GLOBE:
        return _fill(QCoreApplication.translate("checks", "Latitude %1, longitude %2 is not on the globe."), _short(v["lat"]), _short(v["lon"]))
    lat, lon = _fixed(v.get("lat", 0.0), 5), _fixed(v.get("lon", 0.0), 5)
    if c is CheckCode.LOCATION_SWAPPED:
        return _fill(QCoreApplication.translate("checks", "Latitude %1, longitude %2 is outside the monitored region; latitude and longitude look "
                        "swapped."), lat, lon)
    if c is CheckCode.LOCATION_MINUS_SIGN:
        return _fill(QCoreApplication.translate("checks", "Latitude %1, longitude %2 is outside the monitored region: a minus sign too many (the "
                        "region is north and east)."), lat, lon)
    if c is CheckCode.LOCATION_WRONG_CONTINENT:
        return _fill(QCoreApplication.translate("checks", "Latitude %1, longitude %2 is not in Europe: the position is on the wrong continent."),
                     lat, lon)
    if c is CheckCode.LOCATION_OUTSIDE_REGION:
        return _fill(QCoreApplication.translate("checks", "Latitude %1, longitude %2 is outside the monitored region (latitude %3..%4, longitude "
                        "%5..%6)."), lat, lon, _short(v["lat_min"]), _short(v["lat_max"]), _short(v["lon_min"]),
                     _short(v["lon_max"]))
    if c is CheckCode.BELARUSIAN_SIDE:
        return QCoreApplication.translate("checks", "This position lies on the Belarusian side of the border. An observation across the line may "
                  "be recorded; saving will ask you to confirm.")
    if c is CheckCode.FAR_FROM_BORDER:
        return _fill(QCoreApplication.translate("checks", "This position is %1 km from the border with Belarus; check the coordinates."),
                     _fixed(v["km"], 0))
    if c is CheckCode.OTHER_COUNTRYS_BORDER:
        return _fill(QCoreApplication.translate("checks", "The nearest border is %1, but the reporting country is %2; check the country or the "
                        "position."), v["border"], v["country"])
    raise ValueError(f"no wording for the check code {c!r}")


def check_detail(error: CheckError | None) -> str | None:
    """More for the tooltip than the sentence says: the coordinate reader's own (English) sentence."""
    if error is not None and error.code is CheckCode.LOCATION_UNREADABLE and not _is_english():
        message = error.values["message"]
        return None if isinstance(message, BaseException) and has_wording(message) else str(message)
    return None
