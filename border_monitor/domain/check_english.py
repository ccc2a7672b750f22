"""The English sentences of ``domain.check_errors.CheckError`` (the CLI's and the logs' wording).

The form's wording, in the user's language, is ``ui.text.check_texts``; both say the same things.
"""
from __future__ import annotations

from .check_errors import CheckCode, CheckError
from .value_text import shorten


def _where(v: dict) -> str:
    return f"Latitude {v['lat']:.5f}, longitude {v['lon']:.5f}"


def english(error: CheckError) -> str:
    """The sentence for ``error``, as it stands under the field."""
    c, v = error.code, error.values
    if c is CheckCode.CHOOSE_VALUE:
        return "Choose a value."
    if c is CheckCode.NOT_ONE_OF:
        return f"'{shorten(v['value'])}' is not one of: {', '.join(v['allowed'])}."
    if c is CheckCode.TIME_MISSING:
        return "Enter the date and time of the incident."
    if c in (CheckCode.TIME_UNREADABLE, CheckCode.NATIONALITY_UNREADABLE):
        return f"'{shorten(v['value'])}' {v['reason']}."
    if c is CheckCode.TIME_BEFORE_2000:
        return f"{v['when']:%Y-%m-%d %H:%M} UTC is before 2000; incidents start in 2000."
    if c is CheckCode.TIME_IN_FUTURE:
        return f"{v['when']:%Y-%m-%d %H:%M} UTC is in the future."
    if c is CheckCode.PERSONS_NOT_WHOLE:
        return f"'{shorten(v['value'])}' is not a whole number of persons."
    if c is CheckCode.PERSONS_NEGATIVE:
        return f"{v['persons']} persons is negative; enter 0 or more."
    if c is CheckCode.PERSONS_NEEDED:
        return f"An incident of type {v['type']} needs the number of persons (at least 1)."
    if c is CheckCode.NATIONALITY_UNKNOWN:
        codes = v["codes"]
        listed = ", ".join(f"'{shorten(code)}'" for code in codes)
        verb = "is not a known nationality code" if len(codes) == 1 else "are not known nationality codes"
        return f"{listed} {verb} (ISO 3166-1 alpha-3, e.g. IRQ, SYR, AFG)."
    if c is CheckCode.NATIONALITIES_EXCEED:
        return f"The nationalities count {v['counted']} persons, more than the incident's {v['persons']}."
    if c is CheckCode.LOCATION_UNREADABLE:
        return str(v["message"])
    if c is CheckCode.LOCATION_MISSING:
        return "Enter the position of the incident."
    if c is CheckCode.LOCATION_NOT_A_POSITION:
        return f"'{shorten(v['lat'])}, {shorten(v['lon'])}' is not a position."
    if c is CheckCode.LOCATION_OFF_GLOBE:
        return f"Latitude {v['lat']:g}, longitude {v['lon']:g} is not on the globe."
    if c is CheckCode.LOCATION_SWAPPED:
        return f"{_where(v)} is outside the monitored region; latitude and longitude look swapped."
    if c is CheckCode.LOCATION_MINUS_SIGN:
        return f"{_where(v)} is outside the monitored region: a minus sign too many (the region is north and east)."
    if c is CheckCode.LOCATION_WRONG_CONTINENT:
        return f"{_where(v)} is not in Europe: the position is on the wrong continent."
    if c is CheckCode.LOCATION_OUTSIDE_REGION:
        return (f"{_where(v)} is outside the monitored region (latitude {v['lat_min']:g}..{v['lat_max']:g}, "
                f"longitude {v['lon_min']:g}..{v['lon_max']:g}).")
    if c is CheckCode.BELARUSIAN_SIDE:
        return ("This position lies on the Belarusian side of the border. An observation across the line may be "
                "recorded; saving will ask you to confirm.")
    if c is CheckCode.FAR_FROM_BORDER:
        return f"This position is {v['km']:.0f} km from the border with Belarus; check the coordinates."
    if c is CheckCode.OTHER_COUNTRYS_BORDER:
        return (f"The nearest border is {v['border']}, but the reporting country is {v['country']}; check the "
                "country or the position.")
    raise ValueError(f"no English wording for the check code {c!r}")
