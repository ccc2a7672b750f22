"""CSV injection: text cells a spreadsheet would run as a formula, neutralised on export, restored on import.

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with
a ``'`` in front (as OWASP advises), so Excel, LibreOffice and Google Sheets show it as text.
Numbers, times and booleans are never touched (``-12.5`` stays a number). Reading a CSV, a
``'`` followed by one of those characters is dropped again, so importing our own guarded export
gives back the original text; a ``'`` before anything else is data and stays. Text that starts
with quotes before such a character (``'=x``) gets one more quote, so it too comes back as itself.
"""
from __future__ import annotations

import re

import numpy as np

from .columns import EXPORT_FIELDS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
# A cell we prefix: a formula start, or quotes before one (so that "'=x" in the data comes back as itself).
_NEEDS_GUARD = re.compile("'*[=+\\-@\t\r]")
_GUARDED = re.compile("'+[=+\\-@\t\r]")

# Export columns written as free text (the others are numbers, times or true/false).
NOT_TEXT = frozenset({"occurred_at", "created_at", "updated_at", "lon", "lat", "distance_to_border_m",
                      "persons", "revision", "in_zone"})
TEXT_FIELDS = tuple(name for name in EXPORT_FIELDS if name not in NOT_TEXT)
_STARTS = FORMULA_STARTS + (QUOTE,)


def guard_cells(cells: list[str]) -> list[str]:
    """Cell texts, with ``'`` before each that a spreadsheet would read as a formula."""
    if not any(cell.startswith(_STARTS) for cell in cells):
        return cells
    return [QUOTE + cell if cell.startswith(_STARTS) and _NEEDS_GUARD.match(cell) else cell for cell in cells]


def unguard_cell(text: str) -> str:
    """One cell as read, with our guard ``'`` removed."""
    return text[1:] if _GUARDED.match(text) else text


def unguard_columns(raw: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The text columns of a CSV as read (field -> cell texts), with our guard ``'`` removed."""
    return {name: _unguard(values) if name in TEXT_FIELDS else values for name, values in raw.items()}


def _unguard(values: np.ndarray) -> np.ndarray:
    values = np.asarray(values)
    if values.dtype.kind == "U":
        quoted = np.flatnonzero(values.astype("U1") == QUOTE)  # the first characters, vectorised
    else:
        texts = values.tolist()
        try:  # one search in C over all the cells (nearly always finding none) instead of a test of each
            if not len(texts) or ("\0" + "\0".join(texts)).find("\0" + QUOTE) < 0:
                return values
        except TypeError:  # not all str (GDAL numbers): look at each
            pass
        quoted = [k for k, v in enumerate(texts) if isinstance(v, str) and v.startswith(QUOTE)]
    texts = values[quoted].tolist() if len(quoted) else []
    hits = [(k, text[1:]) for k, text in zip(quoted, texts) if _GUARDED.match(text)]
    if not hits:
        return values
    out = values.copy()
    for k, text in hits:
        out[k] = text
    return out
