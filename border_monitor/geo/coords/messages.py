"""The coordinate readers' errors as codes and English templates (``domain.error_words``).

``ui.text.error_texts`` words the same codes in the user's language. ``Place`` values are WGS 84
positions, ``System`` values name a coordinate system, ``Axes`` the order of its two values.
"""
from __future__ import annotations

from border_monitor.domain.error_words import register

TEMPLATES = {
    # text.py: splitting and reading the two numbers
    "coords.bad_character": "'{text}' is not coordinate text: '{char}' (character {pos}) is not part of any "
                            "coordinate notation this program reads.",
    "coords.mark_without_number": "'{text}' has the mark {mark} without a number in front of it.",
    "coords.no_numbers": "'{text}' holds no numbers, so it is not a position.",
    "coords.letter_count": "'{text}' has {count} hemisphere or axis letter(s); write one for each of the two "
                           "numbers (N or S and E or W), or none.",
    "coords.letters_in_middle": "'{text}' has its letters in the middle; put N/S and E/W either all before or "
                                "all after their numbers.",
    "coords.letter_without_number": "'{text}' has a letter without a number beside it.",
    "coords.separator_count": "'{text}' has {count} separators (comma, semicolon or slash); a position is two "
                              "values with one separator between them (use a decimal point if the comma is a "
                              "separator).",
    "coords.unclear_split": "'{text}' has {count} number(s) and it is unclear where the first value ends and "
                            "the second begins; separate them with a comma or semicolon, or add hemisphere "
                            "letters (N, E).",
    "coords.too_many_numbers": "'{text}' has {count} numbers in '{where}'; degrees take at most three (d m s).",
    "coords.unit_order": "'{text}' has {unit} after {previous} in '{where}'; write degrees, then minutes, "
                         "then seconds.",
    "coords.after_seconds": "'{text}' has a number after the seconds in '{where}'.",
    "coords.not_degrees_first": "'{text}' starts '{where}' with {unit} instead of degrees.",
    "coords.inner_fraction": "'{text}' has a fraction in {number} although more numbers follow in '{where}'; "
                             "only the last of degrees, minutes and seconds may have decimals.",
    "coords.inner_sign": "'{text}' has a sign on {number} inside '{where}'; put a sign only before the degrees.",
    "coords.sixty": "'{text}' has {size} {unit} in '{where}'; it must be below 60.",
    "coords.same_axis": "'{text}' gives two {axis} ({first} and {second}); give one of N/S and one of E/W.",
    "coords.sign_and_letter": "'{text}' has both a minus sign and the letter {letter}; use one or the other.",
    "coords.latitude_beyond": "'{text}' gives latitude {value}, beyond 90 degrees.",
    "coords.longitude_beyond": "'{text}' gives longitude {value}, beyond 180 degrees.",
    "coords.not_metres": "'{text}' has '{part}' where a grid coordinate (one number of metres) was expected.",
    "coords.grid_letters": "'{text}' labels grid coordinates with {first} and {second}; use N for the northing "
                           "and E for the easting.",
    # crs.py: reading in a system, guessing the system
    "coords.wrong_utm_zone": "'{text}' names UTM zone {zone}, but the system given is {system}.",
    "coords.grid_not_a_position": "'{text}' read in {system} (written {axes}) is not a position, far outside "
                                  "the area that system is used for.",
    "coords.grid_far": "'{text}' read in {system} (written {axes}) lies at {place}, far outside the area that "
                       "system is used for.",
    "coords.grid_far_swapped": "'{text}' read in {system} (written {axes}) lies at {place}, far outside the "
                               "area that system is used for. With the two numbers the other way round it would "
                               "be {swapped}; check their order ({axes}).",
    "coords.grid_not_a_position_swapped": "'{text}' read in {system} (written {axes}) is not a position, far "
                                          "outside the area that system is used for. With the two numbers the "
                                          "other way round it would be {swapped}; check their order ({axes}).",
    "coords.no_wgs84": "'{text}' in {system} does not convert to a WGS 84 position.",
    "coords.no_grid_fits": "'{text}' is not a plausible position in the monitored region (latitude {south} to "
                           "{north}, longitude {west} to {east}) in any grid tried ({orders}); check the numbers "
                           "and their order, or name the system.",
    "coords.grid_order": "{name} as {axes}",
    "coords.ambiguous": "'{text}' fits more than one coordinate system: {options}. Name the system to choose.",
    "coords.ambiguous_option": "{system} ({name}) puts it at {place}",
    "coords.metres_and_degrees": "'{text}' mixes a number that can only be metres ({metres}) with one that looks "
                                 "like degrees ({degrees}); write both in one system.",
    "coords.outside_region": "'{text}' reads as {place}, outside the monitored region (latitude {south} to "
                             "{north}, longitude {west} to {east}). Name the system (wgs84) to accept a position "
                             "elsewhere.",
    "coords.outside_region_swapped": "'{text}' reads as {place}, outside the monitored region (latitude {south} "
                                     "to {north}, longitude {west} to {east}). It looks like longitude written "
                                     "first: WGS 84 text gives latitude first, so swap the numbers or add N and "
                                     "E. Name the system (wgs84) to accept a position elsewhere.",
    "coords.not_text": "{text} is not coordinate text.",
    "coords.empty": "The coordinate text is empty.",
    "coords.too_long": "'{text}...' is {count} characters, too long for a position.",
    "coords.precision": "Precision {precision} is outside {low} to {high} for {system}.",
    "coords.off_globe": "Longitude {lon}, latitude {lat} is not a position on the globe.",
    "coords.cannot_write": "{place} cannot be written in {system}.",
    # mgrs.py
    "coords.not_mgrs": "'{text}' is not an MGRS reference; write the grid zone (e.g. 35U), the 100 km square "
                       "(e.g. LA) and 2 to 10 digits, e.g. 35U LA 89485 61289.",
    "coords.mgrs_zone": "'{text}' names UTM zone {zone}; zones run from 1 to 60.",
    "coords.mgrs_square_only": "'{text}' names only the 100 km square {square}; add digits for easting and "
                               "northing (1 to 5 each) to give a position.",
    "coords.mgrs_digits": "'{text}' has {count} digits after the square; an MGRS reference has an equal number "
                          "for easting and northing, 1 to 5 each.",
    "coords.mgrs_invalid": "'{text}' is not a valid MGRS reference: the square {square} does not lie in grid "
                           "zone {zone} at those digits.",
    "coords.mgrs_precision": "MGRS precision {precision} is not one of 1 (10 km), 2 (1 km), 3 (100 m), 4 (10 m), "
                             "5 (1 m).",
    "coords.mgrs_cannot_write": "Latitude {lat}, longitude {lon} cannot be written as an MGRS reference.",
    # systems.py
    "coords.no_system_name": "{name} is not a coordinate system name.",
    "coords.unknown_system": "'{name}' is not a coordinate system this program knows; use one of {names} or "
                             "EPSG:nnnn.",
}

register(TEMPLATES)
