"""The early warning's sentences in the user's language: the briefing's shifts in pressure
(``analysis.shifts``, context "shifts") and the reference time the map's impact layer names.

The English source texts say what ``SectorShift.sentence`` and ``BorderShift.sentence`` say (the CLI's
``alerts``); counts and expected values follow the chosen locale (a decimal comma in lt, lv and pl).
Sector and border names are proper names and codes (``LT-BY``), kept as they are.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...analysis.reference_time import ReferenceTime
from ...analysis.shifts import BorderShift, SectorShift


def _fill(text: str, *values) -> str:
    for i, value in reversed(list(enumerate(values, start=1))):  # %10 before %1
        text = text.replace(f"%{i}", str(value))
    return text


def _count(value: int) -> str:
    return QLocale().toString(int(value))


def _expected(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def sector_shift_text(shift: SectorShift) -> str:
    return _fill(QCoreApplication.translate(
        "shifts", "%1 (%2) rising, %3 in 7 days against %4 expected, while its neighbours %5 fall, %6 against %7"),
        shift.sector, shift.border, _count(shift.week.count), _expected(shift.week.expected),
        ", ".join(shift.neighbours), _count(shift.neighbours_week.count), _expected(shift.neighbours_week.expected))


def border_shift_text(shift: BorderShift) -> str:
    return _fill(QCoreApplication.translate(
        "shifts", "%1 falling, %2 in 7 days against %3 expected, while %4 rises, %5 against %6"),
        shift.falling, _count(shift.falling_week.count), _expected(shift.falling_week.expected), shift.rising,
        _count(shift.rising_week.count), _expected(shift.rising_week.expected))


def shift_text(shift: SectorShift | BorderShift) -> str:
    """The sentence for ``shift`` as the briefing shows it."""
    return sector_shift_text(shift) if isinstance(shift, SectorShift) else border_shift_text(shift)


def reference_time_text(at: ReferenceTime) -> str:
    """``ReferenceTime.describe`` in the user's language (its dates and times stay ISO, as the CLI's)."""
    if at.end_of_day is not None:
        return QCoreApplication.translate("shifts", "end of %1 (each service's local day)").replace(
            "%1", at.end_of_day.isoformat())
    if at.wall_clock is not None:
        return QCoreApplication.translate("shifts", "%1 (each service's local time)").replace(
            "%1", at.wall_clock.isoformat(timespec="minutes"))
    return at.describe()
