"""Text folded for search: "Kuźnica", "KUZNICA" and "kuznica" are one word to a search.

``fold`` decomposes (Unicode NFKD), drops the combining marks (accents, carons, ogoneks, macrons),
maps the letters NFKD leaves whole (Polish ł, Croatian/Vietnamese đ, ø, ß via casefold, ...) to their
base letters, and casefolds. The store folds each distinct text once when it indexes it, and the
query the same way, so a search ignores case and diacritics both ways.
"""
from __future__ import annotations

import unicodedata

# Letters with a stroke or other mark that are not a base letter plus a combining mark, so NFKD keeps them.
_UNDECOMPOSED = str.maketrans({
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H",
    "ı": "i", "ŧ": "t", "Ŧ": "T", "ƀ": "b", "ɨ": "i", "ʉ": "u", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "þ": "th", "Þ": "TH",
})


def fold(text: str) -> str:
    """``text`` without case or diacritics: ``fold("Šalčininkai") == fold("SALCININKAI") == "salcininkai"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.casefold())
