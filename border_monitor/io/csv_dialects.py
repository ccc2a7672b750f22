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
class ScannedText:
    """What one pass over a file's bytes found: the codec to read it with, and its line count."""

    encoding: str  # the codec used: utf-8, utf-8-sig, cp1257, cp1250 (or the one the caller named)
    detected: bool  # True when we chose the encoding, False when the caller named it
    lines: int  # physical lines (the last one counted even without a line end)
    ends_with_newline: bool
    # False: only the file's start was looked at (``scan_utf8_start``): ``lines`` and ``ends_with_newline`` are unknown
    whole: bool = True


# Bytes looked at per step: memory stays bounded whatever the file's size.
BLOCK = 1 << 20
# A file whose valid UTF-8 letters outnumber its invalid sequences this many times is UTF-8 with
# damage, not a code page file: the code pages almost never form valid UTF-8 pairs.
UTF8_MAJORITY = 2


def scan_encoding(path: Path, encoding: str | None = None) -> ScannedText:
    """One streaming pass: check or detect the encoding, count the lines.

    With ``encoding`` the whole file must decode with it. Without, UTF-8 (with or without BOM)
    when every byte decodes; a file that is mostly UTF-8 with a few invalid bytes is refused,
    naming the first, rather than read as a code page (which would garble every letter);
    otherwise the code page whose letters the bytes make, cp1257 or cp1250.

    A file that is plain UTF-8 (as nearly all are) is recognised by a strict decoding alone
    (``_scan_utf8``), a quarter of the cost of the full scan (``_scan_full``), which tallies what
    a choice among code pages and every message need; anything else is scanned fully, from the start.
    """
    if encoding is None:
        scanned = _scan_utf8(path)
        if scanned is not None:
            return scanned
    return _scan_full(path, encoding)


_REPLACEMENT = "\ufffd".encode(UTF8)  # a U+FFFD in the file: the full scan counts it as an invalid sequence


def scan_utf8_start(path: Path) -> ScannedText | None:
    """What ``scan_encoding(path)`` says of a plain UTF-8 file, from its first block alone (``whole`` False: the line
    count and the last line end are not known): None when that block is not plain UTF-8 as ``_scan_utf8`` has it
    (valid, no U+FFFD, no NUL, no UTF-16 byte order mark, not only blanks), or is the whole file (which is then
    scanned whole, at once). A reader that starts so must have the whole file scanned (``scan_encoding``) and the
    encodings agree before it trusts what it read: ``csv_stream_process`` scans it in the importing process while the
    child reads it."""
    with open(path, "rb") as stream:
        head = stream.read(4)
        stream.seek(0)
        block = stream.read(BLOCK)
        if len(block) < BLOCK or not stream.read(1):
            return None
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        return None
    if b"\x00" in block or _REPLACEMENT in block or not block.lstrip(b"\t\n\r "):
        return None
    try:
        codecs.getincrementaldecoder(UTF8)(errors="strict").decode(block, False)
    except UnicodeDecodeError:
        return None
    return ScannedText(UTF8_BOM if head.startswith(codecs.BOM_UTF8) else UTF8, True, 0, False, whole=False)


def _scan_utf8(path: Path) -> ScannedText | None:
    """``_scan_full(path)`` of a file that is valid UTF-8 without U+FFFD, NUL bytes, a UTF-16 byte order mark or
    only blanks; None for any other file (the full scan then decides, and words what is wrong)."""
    decoder = codecs.getincrementaldecoder(UTF8)(errors="strict")
    newlines = carriage_returns = offset = 0
    last = b""
    blank = True
    with open(path, "rb") as stream:
        head = stream.read(4)
        stream.seek(0)
        if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            return None
        bom = head.startswith(codecs.BOM_UTF8)
        while True:
            block = stream.read(BLOCK)
            final = not block
            if b"\x00" in block or (b"\xef" in block or b"\xef" in last[-2:]) and (
                    _REPLACEMENT in block or _REPLACEMENT in last[-2:] + block[:2]):
                return None
            try:
                decoder.decode(block, final)
            except UnicodeDecodeError:
                return None
            if blank and block.lstrip(b"\t\n\r "):
                blank = False
            if final:
                break
            newlines += block.count(b"\n")
            if not newlines:  # lines end with CR alone only in a file without a LF (then every block is counted)
                carriage_returns += block.count(b"\r")
            last = (last + block)[-4:]
            offset += len(block)
    if blank:
        return None
    ends_with_newline = last[-1:] in (b"\n", b"\r")
    return ScannedText(UTF8_BOM if bom else UTF8, True, (newlines or carriage_returns) + (0 if ends_with_newline else 1),
                       ends_with_newline)


def _scan_full(path: Path, encoding: str | None = None) -> ScannedText:
    """``scan_encoding`` of any file: every tally the choice of an encoding and the messages need."""
    codec = _codec_name(path, encoding) if encoding else None
    counts = np.zeros(256, dtype=np.int64)
    newlines = carriage_returns = 0
    offset = 0
    first_bad: tuple[int, int] | None = None  # (byte offset, line) of the first undecodable byte
    utf8 = codecs.getincrementaldecoder(UTF8)(errors="replace")
    strict = None
    valid_wide = invalid = 0
    last = b""
    with open(path, "rb") as stream:
        head = stream.read(4)
        stream.seek(0)
        if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            if codec is None or not codec.startswith("utf-16"):
                raise UnreadableFileError.of("file.utf16", path)
        bom = head.startswith(codecs.BOM_UTF8)
        if codec == UTF8 and bom:
            codec = UTF8_BOM
        if codec is not None:
            strict = codecs.getincrementaldecoder(codec)(errors="strict")
        while True:
            block = stream.read(BLOCK)
            final = not block
            if block and (codec is None or not codec.startswith("utf-16")) and b"\x00" in block:
                at = block.index(b"\x00")
                line = newlines + block[:at].count(b"\n") + 1
                raise UnreadableFileError.of("file.nul_byte", path, line=int(line))
            if strict is not None:
                try:
                    strict.decode(block, final)
                except UnicodeDecodeError as exc:
                    raise _stream_decode_error(path, offset, newlines, block, exc, codec) from None
                except UnicodeError as exc:  # e.g. UTF-16 without a byte order mark
                    raise UnreadableFileError(path, f"is not {codec} text ({exc})") from None
            else:
                text = utf8.decode(block, final)
                bad_here = text.count("\ufffd")
                if bad_here and first_bad is None:
                    first_bad = _first_invalid(path, offset, newlines, block)
                invalid += bad_here
                valid_wide += len(text) - len(text.encode("ascii", "ignore")) - bad_here
            if block:
                counts += np.bincount(np.frombuffer(block, dtype=np.uint8), minlength=256)
            if final:
                break
            newlines += block.count(b"\n")
            carriage_returns += block.count(b"\r")
            last = (last + block)[-4:]
            offset += len(block)
    if offset == 0 or counts[[9, 10, 13, 32]].sum() == offset:
        raise UnreadableFileError.of("file.empty", path)
    line_ends = newlines or carriage_returns  # old Mac files end lines with CR alone
    ends_with_newline = last[-1:] in (b"\n", b"\r")
    lines = line_ends + (0 if ends_with_newline else 1)
    if codec is not None:
        return ScannedText(codec, False, lines, ends_with_newline)
    if not invalid:
        return ScannedText(UTF8_BOM if bom else UTF8, True, lines, ends_with_newline)
    bad_offset, bad_line = first_bad
    if invalid == 1 and bad_offset >= offset - 3 and _ends_inside_a_character(last):
        # the last bytes are the start of a character that never ends
        raise UnreadableFileError(path, f"is truncated: it ends in the middle of a UTF-8 character on line {bad_line}")
    if bom or (valid_wide and valid_wide >= UTF8_MAJORITY * invalid):
        raise UnreadableFileError(
            path, f"is UTF-8 text with {invalid} invalid byte sequence(s), the first at byte {bad_offset} "
                  f"(line {bad_line}); it was not imported, as reading it in another encoding would garble "
                  "its letters. Fix those bytes, or name the encoding with --encoding")
    best: tuple[int, str] | None = None
    for candidate in CANDIDATES:
        if _decodes(path, candidate):
            score = plausibility(counts, candidate)
            if best is None or score > best[0]:
                best = (score, candidate)
    if best is None:
        raise UnreadableFileError.of("file.unknown_encoding", path, offset=int(bad_offset), line=int(bad_line))
    return ScannedText(best[1], True, lines, ends_with_newline)


def _ends_inside_a_character(tail: bytes) -> bool:
    for k in range(1, min(4, len(tail)) + 1):
        try:
            tail[-k:].decode(UTF8)
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data" and exc.start == 0:
                return True
    return False


def _decodes(path: Path, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    with open(path, "rb") as stream:
        try:
            while block := stream.read(BLOCK):
                decoder.decode(block)
            decoder.decode(b"", True)
        except UnicodeDecodeError:
            return False
    return True


def _first_invalid(path, offset: int, newlines: int, block: bytes) -> tuple[int, int]:
    """Byte offset and line of the first invalid UTF-8 sequence in ``block`` (or just before it)."""
    skip = 0
    while skip < min(3, len(block)) and 0x80 <= block[skip] <= 0xBF:
        skip += 1  # the end of a character the previous block began
    start = skip
    try:
        block[skip:].decode(UTF8)
    except UnicodeDecodeError as exc:
        start = skip + exc.start
    return offset + start, newlines + block[:start].count(b"\n") + 1


def _stream_decode_error(path, offset: int, newlines: int, block: bytes, exc: UnicodeDecodeError,
                         codec: str) -> UnreadableFileError:
    at = max(0, min(exc.start, len(block)))
    line = newlines + block[:at].count(b"\n") + 1
    column = at - (block.rfind(b"\n", 0, at) + 1) + 1
    byte = block[at: at + 1].hex().upper() or "(end of file)"
    return UnreadableFileError(
        path, f"is not {codec} text: byte 0x{byte} on line {line}, column {column} cannot be decoded "
              "(wrong encoding?)")


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
    if not getattr(codecs.lookup(encoding), "_is_text_encoding", True):
        raise UnreadableFileError(path, f"cannot be read as {encoding!r}: it is not a text encoding "
                                        "(try utf-8, cp1257 or cp1250)")
    return {"utf-8": UTF8, "cp1257": BALTIC, "cp1250": POLISH}.get(name, name)


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
