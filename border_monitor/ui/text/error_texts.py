"""The window's wording of coded errors (``domain.error_words``), through Qt's translations.

Each code of ``geo.coords.messages`` (context "coord_errors") and of the store, file, sync and base map
errors (context "errors") has its sentence here, with the same English text as the code's template (a test
holds them equal), so an English user reads what the command line says. Values are worded for the user's
locale: numbers with its decimal comma, coordinate systems by their translated labels, nested messages in
the same language. An error without a code (or with a code not here) reads as its English sentence.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.error_words import PLACEHOLDER, Axes, Message, Messages, Place, System, Word, fill
from ...domain.errors import BorderMonitorError
from ...domain.value_text import shorten
from .system_texts import system_label



def _coord_templates() -> dict[str, str]:
    return {
        "coords.bad_character": QCoreApplication.translate("coord_errors", "'{text}' is not coordinate text: '{char}' (character {pos}) is not part of any "
                'coordinate notation this program reads.'),
        "coords.mark_without_number": QCoreApplication.translate("coord_errors", "'{text}' has the mark {mark} without a number in front of it."),
        "coords.no_numbers": QCoreApplication.translate("coord_errors", "'{text}' holds no numbers, so it is not a position."),
        "coords.letter_count": QCoreApplication.translate("coord_errors", "'{text}' has {count} hemisphere or axis letter(s); write one for each of the two "
                'numbers (N or S and E or W), or none.'),
        "coords.letters_in_middle": QCoreApplication.translate("coord_errors", "'{text}' has its letters in the middle; put N/S and E/W either all before or all "
                'after their numbers.'),
        "coords.letter_without_number": QCoreApplication.translate("coord_errors", "'{text}' has a letter without a number beside it."),
        "coords.separator_count": QCoreApplication.translate("coord_errors", "'{text}' has {count} separators (comma, semicolon or slash); a position is two "
                'values with one separator between them (use a decimal point if the comma is a '
                'separator).'),
        "coords.unclear_split": QCoreApplication.translate("coord_errors", "'{text}' has {count} number(s) and it is unclear where the first value ends and "
                'the second begins; separate them with a comma or semicolon, or add hemisphere '
                'letters (N, E).'),
        "coords.too_many_numbers": QCoreApplication.translate("coord_errors", "'{text}' has {count} numbers in '{where}'; degrees take at most three (d m s)."),
        "coords.unit_order": QCoreApplication.translate("coord_errors", "'{text}' has {unit} after {previous} in '{where}'; write degrees, then minutes, "
                'then seconds.'),
        "coords.after_seconds": QCoreApplication.translate("coord_errors", "'{text}' has a number after the seconds in '{where}'."),
        "coords.not_degrees_first": QCoreApplication.translate("coord_errors", "'{text}' starts '{where}' with {unit} instead of degrees."),
        "coords.inner_fraction": QCoreApplication.translate("coord_errors", "'{text}' has a fraction in {number} although more numbers follow in '{where}'; "
                'only the last of degrees, minutes and seconds may have decimals.'),
        "coords.inner_sign": QCoreApplication.translate("coord_errors", "'{text}' has a sign on {number} inside '{where}'; put a sign only before the "
                'degrees.'),
        "coords.sixty": QCoreApplication.translate("coord_errors", "'{text}' has {size} {unit} in '{where}'; it must be below 60."),
        "coords.same_axis": QCoreApplication.translate("coord_errors", "'{text}' gives two {axis} ({first} and {second}); give one of N/S and one of "
                'E/W.'),
        "coords.sign_and_letter": QCoreApplication.translate("coord_errors", "'{text}' has both a minus sign and the letter {letter}; use one or the other."),
        "coords.latitude_beyond": QCoreApplication.translate("coord_errors", "'{text}' gives latitude {value}, beyond 90 degrees."),
        "coords.longitude_beyond": QCoreApplication.translate("coord_errors", "'{text}' gives longitude {value}, beyond 180 degrees."),
        "coords.not_metres": QCoreApplication.translate("coord_errors", "'{text}' has '{part}' where a grid coordinate (one number of metres) was "
                'expected.'),
        "coords.grid_letters": QCoreApplication.translate("coord_errors", "'{text}' labels grid coordinates with {first} and {second}; use N for the "
                'northing and E for the easting.'),
        "coords.wrong_utm_zone": QCoreApplication.translate("coord_errors", "'{text}' names UTM zone {zone}, but the system given is {system}."),
        "coords.grid_not_a_position": QCoreApplication.translate("coord_errors", "'{text}' read in {system} (written {axes}) is not a position, far outside the "
                'area that system is used for.'),
        "coords.grid_far": QCoreApplication.translate("coord_errors", "'{text}' read in {system} (written {axes}) lies at {place}, far outside the area "
                'that system is used for.'),
        "coords.grid_far_swapped": QCoreApplication.translate("coord_errors", "'{text}' read in {system} (written {axes}) lies at {place}, far outside the area "
                'that system is used for. With the two numbers the other way round it would be '
                '{swapped}; check their order ({axes}).'),
        "coords.grid_not_a_position_swapped": QCoreApplication.translate("coord_errors", "'{text}' read in {system} (written {axes}) is not a position, far outside the "
                'area that system is used for. With the two numbers the other way round it would '
                'be {swapped}; check their order ({axes}).'),
        "coords.no_wgs84": QCoreApplication.translate("coord_errors", "'{text}' in {system} does not convert to a WGS 84 position."),
        "coords.no_grid_fits": QCoreApplication.translate("coord_errors", "'{text}' is not a plausible position in the monitored region (latitude {south} "
                'to {north}, longitude {west} to {east}) in any grid tried ({orders}); check the '
                'numbers and their order, or name the system.'),
        "coords.grid_order": QCoreApplication.translate("coord_errors", '{name} as {axes}'),
        "coords.ambiguous": QCoreApplication.translate("coord_errors", "'{text}' fits more than one coordinate system: {options}. Name the system to "
                'choose.'),
        "coords.ambiguous_option": QCoreApplication.translate("coord_errors", '{system} ({name}) puts it at {place}'),
        "coords.metres_and_degrees": QCoreApplication.translate("coord_errors", "'{text}' mixes a number that can only be metres ({metres}) with one that looks "
                'like degrees ({degrees}); write both in one system.'),
        "coords.outside_region": QCoreApplication.translate("coord_errors", "'{text}' reads as {place}, outside the monitored region (latitude {south} to "
                '{north}, longitude {west} to {east}). Name the system (wgs84) to accept a '
                'position elsewhere.'),
        "coords.outside_region_swapped": QCoreApplication.translate("coord_errors", "'{text}' reads as {place}, outside the monitored region (latitude {south} to "
                '{north}, longitude {west} to {east}). It looks like longitude written first: WGS '
                '84 text gives latitude first, so swap the numbers or add N and E. Name the '
                'system (wgs84) to accept a position elsewhere.'),
        "coords.not_text": QCoreApplication.translate("coord_errors", '{text} is not coordinate text.'),
        "coords.empty": QCoreApplication.translate("coord_errors", 'The coordinate text is empty.'),
        "coords.too_long": QCoreApplication.translate("coord_errors", "'{text}...' is {count} characters, too long for a position."),
        "coords.precision": QCoreApplication.translate("coord_errors", 'Precision {precision} is outside {low} to {high} for {system}.'),
        "coords.off_globe": QCoreApplication.translate("coord_errors", 'Longitude {lon}, latitude {lat} is not a position on the globe.'),
        "coords.cannot_write": QCoreApplication.translate("coord_errors", '{place} cannot be written in {system}.'),
        "coords.not_mgrs": QCoreApplication.translate("coord_errors", "'{text}' is not an MGRS reference; write the grid zone (e.g. 35U), the 100 km "
                'square (e.g. LA) and 2 to 10 digits, e.g. 35U LA 89485 61289.'),
        "coords.mgrs_zone": QCoreApplication.translate("coord_errors", "'{text}' names UTM zone {zone}; zones run from 1 to 60."),
        "coords.mgrs_square_only": QCoreApplication.translate("coord_errors", "'{text}' names only the 100 km square {square}; add digits for easting and "
                'northing (1 to 5 each) to give a position.'),
        "coords.mgrs_digits": QCoreApplication.translate("coord_errors", "'{text}' has {count} digits after the square; an MGRS reference has an equal "
                'number for easting and northing, 1 to 5 each.'),
        "coords.mgrs_invalid": QCoreApplication.translate("coord_errors", "'{text}' is not a valid MGRS reference: the square {square} does not lie in grid "
                'zone {zone} at those digits.'),
        "coords.mgrs_precision": QCoreApplication.translate("coord_errors", 'MGRS precision {precision} is not one of 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 '
                'm), 5 (1 m).'),
        "coords.mgrs_cannot_write": QCoreApplication.translate("coord_errors", 'Latitude {lat}, longitude {lon} cannot be written as an MGRS reference.'),
        "coords.no_system_name": QCoreApplication.translate("coord_errors", '{name} is not a coordinate system name.'),
        "coords.unknown_system": QCoreApplication.translate("coord_errors", "'{name}' is not a coordinate system this program knows; use one of {names} or "
                'EPSG:nnnn.'),
    }


def _words() -> dict[str, str]:
    return {
        "degrees": QCoreApplication.translate("coord_errors", "degrees"),
        "minutes": QCoreApplication.translate("coord_errors", "minutes"),
        "seconds": QCoreApplication.translate("coord_errors", "seconds"),
        "latitudes": QCoreApplication.translate("coord_errors", "latitudes"),
        "longitudes": QCoreApplication.translate("coord_errors", "longitudes"),
    }


def _axes(value: Axes) -> str:
    if value.degrees:
        return (QCoreApplication.translate("coord_errors", "latitude, longitude") if value.northing_first
                else QCoreApplication.translate("coord_errors", "longitude, latitude"))
    return (QCoreApplication.translate("coord_errors", "northing, easting") if value.northing_first
            else QCoreApplication.translate("coord_errors", "easting, northing"))


def templates() -> dict[str, str]:
    """Every coded sentence the window words, by code, in the language installed now."""
    from .failure_codes import error_templates

    return {**_coord_templates(), **error_templates()}


def _number(value: float, locale: QLocale) -> str:
    """``:g`` as the command line writes it (English), without its exponent and with the locale's decimal
    sign in other languages: 6061911 rather than 6.06191e+06, 54,7 rather than 54.7."""
    text = f"{value:g}"
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return text
    if "e" in text and value == value and abs(value) != float("inf"):
        text = f"{value:.0f}" if float(value).is_integer() else f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", locale.decimalPoint())


def value_text(value) -> str:
    """One value of a coded error, worded for the user's locale."""
    locale = QLocale()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)  # counts, zones, line numbers: digits, no group separator
    if isinstance(value, float):
        return _number(value, locale)
    if isinstance(value, Place):
        lat = locale.toString(abs(value.lat), "f", 5)
        lon = locale.toString(abs(value.lon), "f", 5)
        return f"{lat} {'N' if value.lat >= 0 else 'S'}, {lon} {'E' if value.lon >= 0 else 'W'}"
    if isinstance(value, System):
        try:
            return system_label(value.name)
        except BorderMonitorError:
            return value.label
    if isinstance(value, Axes):
        return _axes(value)
    if isinstance(value, Word):
        return _words().get(value.code, value.code)
    if isinstance(value, Message):
        return message_text(value.code, value.values)
    if isinstance(value, Messages):
        return "; ".join(message_text(m.code, m.values) for m in value.items)
    if isinstance(value, BaseException):
        return error_text(value)
    return shorten(value)


def message_text(code: str, values: dict, known: dict[str, str] | None = None) -> str:
    """The sentence of ``code`` with ``values`` in the user's language (English if the code is not known)."""
    from ...domain.error_words import english

    template = (known or templates()).get(code)
    if template is None:
        return english(code, values)
    return fill(template, values, value_text)


def has_wording(error: BaseException) -> bool:
    """True when ``error`` carries a code the window words in the user's language."""
    code = getattr(error, "code", None)
    return isinstance(code, str) and code in templates()


def error_text(error: BaseException) -> str:
    """``error``'s sentence in the user's language when it has a known code, else its own (English) text."""
    code = getattr(error, "code", None)
    known = templates()
    if isinstance(code, str) and code in known:
        return message_text(code, dict(getattr(error, "values", {}) or {}), known)
    return str(error)


__all__ = ["PLACEHOLDER", "error_text", "has_wording", "message_text", "templates", "value_text"]
