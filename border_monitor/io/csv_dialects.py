"""How spreadsheets in the three countries write CSV: encodings, separators, decimal commas.

Encodings: UTF-8 (with or without BOM) first, strictly; otherwise the Windows code page whose
decoding gives the letters of the region: cp1257 (Baltic: ā ē ī ū ė į š ž č ...) or cp1250
(Polish: ą ę ł ż ś ć ń ó ...).
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import UnreadableFileError

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
BALTIC = "cp1257"
POLISH = "cp1250"
CANDIDATES = (BALTIC, POLISH)

BALTIC_LETTERS = frozenset("āēīūėįšžčųąęģķļņõäöüĀĒĪŪĖĮŠŽČŲĄĘĢĶĻŅÕÄÖÜ")
POLISH_LETTERS = frozenset("ąęłżśćńóźĄĘŁŻŚĆŃÓŹ")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # the codec used: utf-8, utf-8-sig, cp1257 or cp1250
    detected: bool  # True when we chose the encoding, False when the caller named it


def decode_bytes(data: bytes, path: str | Path, encoding: str | None = None) -> DecodedText:
    """Decode a whole file: with ``encoding`` when given, else by detection."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        raise UnreadableFileError(path, "is UTF-16 text; save it as UTF-8 (or cp1257/cp1250) CSV")
    if b"\x00" in data[:65536]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UnreadableFileError(path, f"is not a text file (a NUL byte on line {line}); "
                                        "is it a spreadsheet (.xlsx) or UTF-16 text rather than CSV?")
    if encoding:
        codec = _codec_name(path, encoding)
        if codec == UTF8 and data.startswith(codecs.BOM_UTF8):
            codec = UTF8_BOM
        try:
            return DecodedText(data.decode(codec), codec, detected=False)
        except UnicodeDecodeError as exc:
            raise _decode_error(path, data, exc, codec) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return DecodedText(data.decode(UTF8_BOM), UTF8_BOM, detected=True)
        except UnicodeDecodeError as exc:
            raise _decode_error(path, data, exc, "UTF-8 (the file starts with a UTF-8 byte order mark)") from None
    try:
        return DecodedText(data.decode(UTF8), UTF8, detected=True)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            line = data.count(b"\n") + 1
            raise UnreadableFileError(path, f"is truncated: it ends in the middle of a UTF-8 character on line {line}") \
                from None
        utf8_error = exc
    counts = np.bincount(np.frombuffer(data, dtype=np.uint8), minlength=256)
    best: tuple[int, str, str] | None = None
    for codec in CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(counts, codec)
        if best is None or score > best[0]:
            best = (score, codec, text)
    if best is None:
        raise _decode_error(path, data, utf8_error, "UTF-8, cp1257 or cp1250")
    return DecodedText(best[2], best[1], detected=True)


def plausibility(byte_counts: np.ndarray, codec: str) -> int:
    """How many non-ASCII bytes decode (in ``codec``) to letters of the code page's languages.

    ``byte_counts[b]`` is how often byte b occurs. A byte that decodes to the same character in
    both code pages says nothing; a letter outside the languages (e.g. ``ŕ`` when Polish bytes
    are read as Baltic) counts against.
    """
    own = BALTIC_LETTERS if codec == BALTIC else POLISH_LETTERS
    other = POLISH if codec == BALTIC else BALTIC
    score = 0
    for byte in np.flatnonzero(byte_counts[128:]) + 128:
        raw = bytes([int(byte)])
        ch = raw.decode(codec, errors="replace")
        if ch == raw.decode(other, errors="replace"):
            continue
        n = int(byte_counts[byte])
        if ch in own:
            score += n
        elif ch.isalpha():
            score -= n
    return score


def _codec_name(path, encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UnreadableFileError(path, f"cannot be read as {encoding!r}: no such encoding") from None
    return {"utf-8": UTF8, "cp1257": BALTIC, "cp1250": POLISH}.get(name, name)


def _decode_error(path, data: bytes, exc: UnicodeDecodeError, tried: str) -> UnreadableFileError:
    line = data[: exc.start].count(b"\n") + 1
    column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
    byte = data[exc.start: exc.start + 1].hex().upper()
    return UnreadableFileError(
        path, f"is not {tried} text: byte 0x{byte} on line {line}, column {column} cannot be decoded "
              "(wrong encoding?)")


# -- separators and decimal commas -----------------------------------------------

SEPARATORS = (",", ";", "\t", "|")


def detect_separator(header_line: str) -> str:
    """The separator used in a header line: the most frequent of , ; TAB | outside quotes."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else ","


def uses_decimal_comma(separator: str) -> bool:
    """Spreadsheets that separate with ``;`` (or TAB) write numbers with a decimal comma."""
    return separator != ","
