"""XML files (KML, GPX) are checked before GDAL sees them.

KML and GPX never need a document type declaration. One can carry an entity-expansion bomb
("billion laughs": a few hundred bytes that expand to gigabytes) or an external entity
(``<!ENTITY xxe SYSTEM "file:///etc/passwd">``) that makes a parser read another file into
the data. So any ``<!DOCTYPE`` or ``<!ENTITY`` is refused outright, found by a plain byte scan
that expands nothing and opens nothing else. Then the file is parsed once by expat, with DTD
handling refused again, to name the line and column where a truncated or broken file breaks.
"""
from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from .errors import UnreadableFileError, UnsafeFileError
from .read_limits import DEFAULT_LIMITS, MB, ReadLimits, over_limit

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_BLOCK = 1 << 20


def check_xml_file(path: str | Path, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    """Refuse DTD declarations, then require well-formed XML (naming where it breaks)."""
    path = Path(path)
    if path.suffix.lower() == ".kmz":
        _check_kmz(path, limits)
        return
    with open(path, "rb") as stream:
        head = stream.read(4)
    encoding = _wide_encoding(head)
    _scan_declarations(path, _blocks(path), encoding)
    _check_well_formed(path, _blocks(path), encoding, limits)


# Compression methods GDAL's /vsizip/ and Python's zipfile both read.
_READABLE_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_METHOD_NAMES = {9: "deflate64", 12: "bzip2", 14: "LZMA", 93: "Zstandard", 95: "XZ", 98: "PPMd", 99: "AES"}


def _check_kmz(path: Path, limits: ReadLimits) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise UnreadableFileError(path, f"is not a KMZ (zip) archive, or it is truncated ({exc})") from None
    with archive:
        check_zip_sizes(path, archive, limits)
        budget = [limits.max_unzipped_mb * MB]
        for info in archive.infolist():
            if not info.filename.lower().endswith(".kml"):
                continue
            where = f"{path}!{info.filename}"
            head = next(_member_blocks(archive, info, budget, limits, size=4), b"")
            encoding = _wide_encoding(head[:4])
            _scan_declarations(where, _member_blocks(archive, info, [budget[0]], limits), encoding)
            _check_well_formed(where, _member_blocks(archive, info, budget, limits), encoding, limits)


def check_zip_sizes(path: Path, archive: zipfile.ZipFile, limits: ReadLimits, kind: str = "KMZ") -> None:
    """Refuse, before inflating anything, entries that are encrypted, compressed in a way we cannot
    read, or that say they inflate past the limits (a zip bomb). ``kind`` names the archive for the user
    (KMZ, XLSX, TAK package)."""
    total = 0
    for info in archive.infolist():
        where = f"{path}!{info.filename}"
        if info.flag_bits & 0x1:
            raise UnreadableFileError(where, f"is encrypted; save the {kind} without a password")
        if info.compress_type not in _READABLE_METHODS:
            method = _METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
            raise UnreadableFileError(where, f"is compressed with {method}, which cannot be read; save the {kind} "
                                             "with ordinary (deflate) compression")
        total += info.file_size
        if total > limits.max_unzipped_mb * MB:
            raise over_limit(path, f"its entries inflate to more than {limits.max_unzipped_mb:,} MB", "max_unzipped_mb",
                             f"{limits.max_unzipped_mb:,} MB")
        if info.file_size > MB and info.file_size > limits.max_zip_ratio * max(1, info.compress_size):
            raise over_limit(where, f"it inflates {info.file_size // max(1, info.compress_size):,} times its "
                                    "compressed size (a zip bomb?)", "max_zip_ratio", limits.max_zip_ratio)


def _blocks(path: Path):
    with open(path, "rb") as stream:
        while True:
            block = stream.read(_BLOCK)
            if not block:
                return
            yield block


def _member_blocks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int], limits: ReadLimits,
                   size: int = _BLOCK):
    """An entry's bytes, block by block, never more than ``budget[0]`` bytes in all (the sizes an
    archive declares can lie)."""
    where = f"{archive.filename}!{info.filename}"
    try:
        with archive.open(info) as stream:
            while True:
                block = stream.read(size)
                if not block:
                    return
                budget[0] -= len(block)
                if budget[0] < 0:
                    raise over_limit(archive.filename, f"its entries inflate to more than {limits.max_unzipped_mb:,} MB",
                                     "max_unzipped_mb", f"{limits.max_unzipped_mb:,} MB")
                yield block
    except (zipfile.BadZipFile, EOFError, zlib.error, RuntimeError, NotImplementedError, ValueError, OSError) as exc:
        raise UnreadableFileError(where, f"is damaged and cannot be unpacked ({exc})") from None


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16/32 text needs decoding before a byte scan can see ``<!DOCTYPE``."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                      (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return name
    if len(head) >= 2 and (head[0] == 0 or head[1] == 0):
        return "utf-16-be" if head[0] == 0 else "utf-16-le"
    return None


def _scan_declarations(where, blocks, encoding: str | None) -> None:
    tail = b""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace") if encoding else None
    offset = 0
    for block in blocks:
        if decoder is not None:
            block = decoder.decode(block).encode("utf-8")
        window = tail + block
        found = _DECLARATION.search(window)
        if found:
            where_at = offset - len(tail) + found.start()
            raise UnsafeFileError(
                where, f"is refused: it declares a <!{found.group(1).decode().upper()}> at byte {where_at}. "
                       "KML and GPX files never need one, and it can hide an entity-expansion bomb or a "
                       "reference to another file on this computer")
        tail = window[-32:]
        offset += len(block)


def _check_well_formed(where, blocks, encoding: str | None, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    try:
        parser = expat.ParserCreate(encoding="UTF-8" if encoding else None)
    except (LookupError, ValueError) as exc:
        raise UnreadableFileError(where, f"cannot be read: {exc}") from None
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args):
        raise UnsafeFileError(where, "is refused: it declares a document type or an entity")

    depth = [0]

    def start(*_args):
        depth[0] += 1
        if depth[0] > limits.max_depth:
            raise over_limit(where, f"its elements are nested more than {limits.max_depth} deep (line "
                                    f"{parser.CurrentLineNumber})", "max_depth", limits.max_depth)

    def end(*_args):
        depth[0] -= 1

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.buffer_text = True
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict") if encoding else None
    try:
        for block in blocks:
            if decoder is not None:
                block = decoder.decode(block).encode("utf-8")
            parser.Parse(block, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        message = expat.errors.messages[exc.code] if exc.code in expat.errors.messages else str(exc)
        if exc.code in (expat.errors.codes[expat.errors.XML_ERROR_NO_ELEMENTS],
                        expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_TOKEN],
                        expat.errors.codes[expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION],
                        expat.errors.codes[expat.errors.XML_ERROR_PARTIAL_CHAR]):
            raise UnreadableFileError(
                where, f"is truncated or unfinished: the XML breaks off at line {exc.lineno}, "
                       f"column {exc.offset + 1} ({message})") from None
        raise UnreadableFileError(
            where, f"is not well-formed XML: line {exc.lineno}, column {exc.offset + 1}: {message}") from None
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(where, f"is not {encoding or 'UTF-8'} text ({exc.reason})") from None
    except (LookupError, ValueError) as exc:
        raise UnreadableFileError(where, f"declares an encoding that cannot be read ({exc})") from None


def check_xml_bytes(where: str, data: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> None:
    """The same two checks for XML held in memory (a Cursor-on-Target event read from a socket or a
    zip entry): refuse DTD and entity declarations, then require well-formed XML. ``where`` names it."""
    encoding = _wide_encoding(data[:4])
    _scan_declarations(where, [data], encoding)
    _check_well_formed(where, [data], encoding, limits)
