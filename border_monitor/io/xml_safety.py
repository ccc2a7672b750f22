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
from pathlib import Path
from xml.parsers import expat

from .errors import UnreadableFileError, UnsafeFileError

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_BLOCK = 1 << 20


def check_xml_file(path: str | Path) -> None:
    """Refuse DTD declarations, then require well-formed XML (naming where it breaks)."""
    path = Path(path)
    if path.suffix.lower() == ".kmz":
        _check_kmz(path)
        return
    with open(path, "rb") as stream:
        head = stream.read(4)
    encoding = _wide_encoding(head)
    _scan_declarations(path, _blocks(path), encoding)
    _check_well_formed(path, _blocks(path), encoding)


def _check_kmz(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise UnreadableFileError(path, "is not a KMZ (zip) archive, or it is truncated") from None
    with archive:
        for info in archive.infolist():
            if not info.filename.lower().endswith(".kml"):
                continue
            where = f"{path}!{info.filename}"
            with archive.open(info) as member:
                head = member.read(4)
            encoding = _wide_encoding(head)
            _scan_declarations(where, _member_blocks(archive, info), encoding)
            _check_well_formed(where, _member_blocks(archive, info), encoding)


def _blocks(path: Path):
    with open(path, "rb") as stream:
        while True:
            block = stream.read(_BLOCK)
            if not block:
                return
            yield block


def _member_blocks(archive: zipfile.ZipFile, info: zipfile.ZipInfo):
    with archive.open(info) as stream:
        while True:
            try:
                block = stream.read(_BLOCK)
            except (zipfile.BadZipFile, EOFError) as exc:
                raise UnreadableFileError(f"{archive.filename}!{info.filename}", f"is damaged ({exc})") from None
            if not block:
                return
            yield block


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


def _check_well_formed(where, blocks, encoding: str | None) -> None:
    parser = expat.ParserCreate(encoding="UTF-8" if encoding else None)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args):
        raise UnsafeFileError(where, "is refused: it declares a document type or an entity")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
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
        raise UnreadableFileError(where, f"is not {encoding} text ({exc.reason})") from None


def check_xml_bytes(where: str, data: bytes) -> None:
    """The same two checks for XML held in memory (a Cursor-on-Target event read from a socket or a
    zip entry): refuse DTD and entity declarations, then require well-formed XML. ``where`` names it."""
    encoding = _wide_encoding(data[:4])
    _scan_declarations(where, [data], encoding)
    _check_well_formed(where, [data], encoding)
