"""Dates, times and numbers for the user, in the locale's way (``QLocale()``, the default locale).

Under the bare "C" locale (no LANG set) Qt's short formats are odd ("1 06 2021"); ISO 8601 is used
there instead.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    """The wall-clock time of ``value`` (its own zone) as a QDateTime."""
    return QDateTime(qdate(value), QTime(value.hour, value.minute, value.second))


def date_text(value: date, long: bool = False) -> str:
    locale = QLocale()
    if _is_c(locale):
        return value.isoformat()
    return locale.toString(qdate(value), QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime, long: bool = False) -> str:
    """Wall-clock date and time of ``value`` in its own zone, in the locale's format."""
    locale = QLocale()
    if _is_c(locale):
        return value.strftime("%Y-%m-%d %H:%M:%S" if long else "%Y-%m-%d %H:%M")
    if not long:
        return locale.toString(qdatetime(value), QLocale.FormatType.ShortFormat)
    # The long date, then the time with seconds, without the zone the long time format ends in ("t"): that
    # would name the workstation's zone, not the one ``value`` is in.
    time_format = re.sub(r"\s*\bt+\b", "", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()
    return (f"{locale.toString(qdate(value), QLocale.FormatType.LongFormat)} "
            f"{locale.toString(QTime(value.hour, value.minute, value.second), time_format)}")


def utc_offset_text(value: datetime) -> str:
    """The UTC offset of an aware ``value`` as ``+HH:MM`` (``+00:00`` for UTC; ``""`` when naive)."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def datetime_offset_text(value: datetime, long: bool = False) -> str:
    """Wall-clock date and time of ``value`` in its own zone, then its UTC offset: "2021-07-03 23:10 +02:00".

    With the offset shown, times of different zones (LT/LV at UTC+3, PL at UTC+2 in summer) can be
    compared at a glance, e.g. in a column sorted by the instant.
    """
    offset = utc_offset_text(value)
    text = datetime_text(value, long)
    return f"{text} {offset}" if offset else text


def number_text(value: int | float, decimals: int | None = None) -> str:
    locale = QLocale()
    if decimals is None:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)
