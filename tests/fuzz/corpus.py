"""Valid seed files of every import format, and the mutations the fuzz suite applies to them.

Shared by ``tests/fuzz`` (hypothesis, a few hundred cases) and ``benchmarks/fuzz_import.py``
(thousands, through the CLI). Pure functions of bytes and a ``random.Random``.
"""
from __future__ import annotations

import io
import random
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from border_monitor.domain import Incident
from border_monitor.domain.taxonomy import COUNTRIES, TYPES, TYPES_NEEDING_PERSONS
from border_monitor.io import write_incidents

GPX = ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1" '
       'xmlns:bm="https://example.org/bm">\n'
       + "".join(f'<wpt lat="54.{k}" lon="25.{k}"><time>2021-08-0{k + 1}T10:00:00Z</time><name>other</name>'
                 f'<desc>Grupė {k}</desc><type>other</type><extensions><bm:country>LT</bm:country>'
                 f'<bm:persons>{k}</bm:persons></extensions></wpt>\n' for k in range(4))
       + "</gpx>\n")


def incidents(n: int = 5) -> list[Incident]:
    out = []
    for k in range(n):
        kind = TYPES[k % len(TYPES)]
        persons = 2 if kind in TYPES_NEEDING_PERSONS or k % 2 else 0
        out.append(Incident(
            occurred_at=datetime(2021, 8, 1, tzinfo=timezone.utc) + timedelta(hours=7 * k), country=COUNTRIES[k % 3],
            type=kind, lon=23.5 + 0.3 * k, lat=53.5 + 0.4 * k, persons=persons,
            nationalities="IRQ:2" if persons else "", description=['Grupė "x"; y', "łódź\nnowa", ""][k % 3]))
    return out


def seeds(folder: Path) -> dict[str, bytes]:
    """Seed name (with its suffix) -> bytes of a valid file."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = incidents()
    out: dict[str, bytes] = {}
    for suffix in (".csv", ".geojson", ".kml", ".gpkg", ".xlsx"):
        path = folder / f"seed{suffix}"
        write_incidents(rows, path)
        out[path.name] = path.read_bytes()
    out["baltic.csv"] = ("Date;Time;Country;Type;X;Y;Persons;Description\n" + "".join(
        f"0{k + 1}.08.2021;1{k}:30;LT;other;25,{k}1;54,{k}2;{k};Grupė žmonių {k}\n" for k in range(5))).encode("cp1257")
    out["polish.tsv"] = ("occurred_at\tcountry\ttype\tlon\tlat\tpersons\tdescription\r\n" + "".join(
        f"2021-08-0{k + 1} 10:00\tPL\tother\t23,{k}5\t53,{k}1\t{k}\t\"Grupa \"\"łódź\"\"\t{k}\"\r\n"
        for k in range(5))).encode("cp1250")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", out["seed.kml"])
    out["seed.kmz"] = buffer.getvalue()
    out["seed.gpx"] = GPX.encode("utf-8")
    return out


# -- mutations ----------------------------------------------------------------------------------

def flip(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if b:
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def insert(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    chunk = rng.choice([b'"', b",", b";", b"\n", b"\r", b"\x00", b"{", b"[", b"<", b"]]>", b"\xff\xfe", b"\xc4",
                        b"<!DOCTYPE x>", b"&amp;", b"9" * 25, b"1e400", b"NaN", b"-", b"Z"])
    return data[:at] + chunk * rng.randint(1, 50) + data[at:]


def delete(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[at + rng.randint(1, 200):]


def splice(data: bytes, rng: random.Random) -> bytes:
    a, b = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[a:b] + data[at:]


def deep(data: bytes, rng: random.Random) -> bytes:
    """Structure-aware: nest deeply at a place that looks like the start of a value or element."""
    depth = rng.choice([70, 500, 3000])
    if data.lstrip()[:1] in (b"{", b"["):
        at = data.find(b'"coordinates":')
        at = at + len(b'"coordinates":') if at >= 0 else 1
        return data[:at] + b"[" * depth + data[at:at + 10] + b"]" * depth + data[at + 10:]
    if data.lstrip()[:1] == b"<":
        at = data.find(b"<Placemark>") if b"<Placemark>" in data else data.find(b"<wpt")
        at = max(at, 0)
        return data[:at] + b"<a>" * depth + b"</a>" * depth + data[at:]
    return data


def huge_field(data: bytes, rng: random.Random) -> bytes:
    size = rng.choice([2 << 20, 300_000])
    filler = rng.choice([b"x", b"\xc4\x97", b'\\"', b"\n"])
    at = data.find(b"Grup")
    at = at if at >= 0 else len(data) // 2
    return data[:at] + filler * (size // len(filler)) + data[at:]


def wrong_type(data: bytes, rng: random.Random) -> bytes:
    """Structure-aware: a value of another type where a field's value is."""
    replacements = [(b'"LT"', b'["LT", "LV"]'), (b'"LT"', b'{"a": 1}'), (b'"LT"', b"12345678901234567890"),
                    (b"2021-08-01", b"2021-08-01ZZ"), (b"IRQ:2", b"IRQ:99999999999999999999"),
                    (b"LT", b"L\x00T"), (b"25.", b"1e999"), (b"other", b"other" * 1000)]
    old, new = rng.choice(replacements)
    return data.replace(old, new, rng.randint(1, 3))


def many_fields(data: bytes, rng: random.Random) -> bytes:
    count = rng.choice([1500, 20_000])
    if data.lstrip()[:1] == b"{":
        extra = b", ".join(b'"p%d": %d' % (k, k) for k in range(count))
        return data.replace(b'"properties": {', b'"properties": {' + extra + b", ", 1)
    line_end = data.find(b"\n")
    if line_end > 0 and b"<" not in data[:line_end]:
        return data[:line_end] + b"".join(b",c%d" % k for k in range(count)) + data[line_end:]
    return data


def zip_mutation(data: bytes, rng: random.Random) -> bytes:
    """KMZ only: flags, methods and sizes of the entry changed in its headers."""
    b = bytearray(data)
    for signature, flag_at, method_at, size_at in ((b"PK\x03\x04", 6, 8, 22), (b"PK\x01\x02", 8, 10, 24)):
        at = data.find(signature)
        if at < 0:
            continue
        choice = rng.randrange(3)
        if choice == 0:
            b[at + flag_at] |= 1
        elif choice == 1:
            b[at + method_at:at + method_at + 2] = rng.choice([9, 12, 14, 99, 8, 0]).to_bytes(2, "little")
        else:
            b[at + size_at:at + size_at + 4] = rng.choice([0, 1, 2**31, 2**32 - 1]).to_bytes(4, "little")
    return bytes(b)


PLAIN = (flip, truncate, insert, delete, splice)
STRUCTURED = (deep, huge_field, wrong_type, many_fields)
MUTATIONS = PLAIN + STRUCTURED + (zip_mutation,)


def mutate(data: bytes, rng: random.Random, steps: int | None = None) -> tuple[bytes, list[str]]:
    """Apply 1-3 mutations; the data and their names."""
    names = []
    for _ in range(steps or rng.randint(1, 3)):
        mutation = rng.choice(MUTATIONS)
        data = mutation(data, rng)
        names.append(mutation.__name__)
    return data, names
