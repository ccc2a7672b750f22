"""KML styles per incident type and the ``<name>`` of each Placemark, for the KML writer and reader.

Export: GDAL's LIBKML driver writes the Placemarks; ``add_type_styles`` then streams the file once and adds a
``<Style id="type-apprehension">`` (IconStyle colour of the type) per type to the document and a
``<styleUrl>`` to each Placemark (found by its id, the incident's uuid), in the KML 2.2 order (styleUrl
after the TimeStamp, before ExtendedData). Google Earth and QGIS then colour the points as the map does.

Names: a Placemark's ``<name>`` is the incident's title, kept as the first line of its description (the
incident has no title field; the description is the one free text a user reads and searches, while
``source`` says who reported it). ``placemark_names`` makes the names for export (the description's first
line, or "type (country, n persons)" when there is no description); ``names_into_descriptions`` puts a
name read from a KML in front of the description unless it is that first line already or one of our own
generated names, so export -> import -> export keeps names and descriptions as they were.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Mapping
from xml.sax.saxutils import escape, quoteattr

import numpy as np

MAX_NAME = 120
_GENERATED = re.compile(r"^[a-z_]+ \([A-Z]{2}, \d+ persons\)$")
_PLACEMARK_ID = re.compile(r'<Placemark\b[^>]*\bid="([^"]*)"')
FALLBACK_COLOR = "#808080"


def style_id(incident_type: str) -> str:
    return "type-" + re.sub(r"[^A-Za-z0-9_-]", "_", str(incident_type))


def kml_color(hex_rgb: str, alpha: int = 0xFF) -> str:
    """``#rrggbb`` -> KML's ``aabbggrr``."""
    value = hex_rgb.lstrip("#")
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        value = FALLBACK_COLOR.lstrip("#")
    r, g, b = value[0:2], value[2:4], value[4:6]
    return f"{alpha:02x}{b}{g}{r}".lower()


def placemark_names(descriptions, types, countries, persons) -> np.ndarray:
    """The ``<name>`` of each exported incident (object array)."""
    out = []
    for description, t, c, p in zip(descriptions, types, countries, persons):
        first = "" if description is None else str(description).strip().split("\n", 1)[0].strip()
        if not first:
            out.append(f"{t} ({c}, {int(p)} persons)")
        else:
            out.append(first if len(first) <= MAX_NAME else first[:MAX_NAME - 1] + "…")
    return np.array(out, dtype=object)


def names_into_descriptions(names, descriptions) -> np.ndarray:
    """Descriptions with each Placemark's name as their first line (see the module text)."""
    out = np.empty(len(names), dtype=object)
    if descriptions is None:
        descriptions = [""] * len(names)
    for k, (name, description) in enumerate(zip(names, descriptions)):
        text = "" if description is None else str(description)
        title = "" if name is None else str(name).strip()
        first = text.strip().split("\n", 1)[0].strip()
        if not title or _GENERATED.match(title) or first.startswith(title.removesuffix("…")):
            out[k] = description if description is not None else ""
        else:
            out[k] = f"{title}\n{text}" if text.strip() else title
    return out


def _style_block(types: list[str], colors: Mapping[str, str], indent: str) -> str:
    parts = []
    for t in types:
        parts.append(f'{indent}<Style id={quoteattr(style_id(t))}>\n'
                     f'{indent}  <IconStyle>\n'
                     f'{indent}    <color>{kml_color(colors.get(t, FALLBACK_COLOR))}</color>\n'
                     f'{indent}  </IconStyle>\n'
                     f'{indent}  <LabelStyle>\n'
                     f'{indent}    <scale>0</scale>\n'
                     f'{indent}  </LabelStyle>\n'
                     f'{indent}</Style>\n')
    return "".join(parts)


def add_type_styles(path: str | Path, ids, types, colors: Mapping[str, str]) -> int:
    """Rewrite the KML at ``path`` (a temporary file of ``output_files.replacing``) with a Style per type and
    a styleUrl on each Placemark; returns the number of Placemarks styled."""
    path = Path(path)
    type_of = {str(i): str(t) for i, t in zip(ids, types)}
    kinds = sorted(set(type_of.values()))
    temp = path.with_name(path.name + ".styled")
    styled, in_placemark, in_cdata, styles_written, current = 0, False, False, False, None
    with open(path, encoding="utf-8") as source, open(temp, "w", encoding="utf-8", newline="") as target:
        for line in source:
            stripped = line.strip()
            if in_cdata:
                in_cdata = "]]>" not in line
                target.write(line)
                continue
            if "<![CDATA[" in line and "]]>" not in line.split("<![CDATA[", 1)[1]:
                in_cdata = True
                target.write(line)
                continue
            if not styles_written and (stripped.startswith("<Placemark") or stripped == "</Document>"):
                indent = line[: len(line) - len(line.lstrip())]
                target.write(_style_block(kinds, colors, indent))
                styles_written = True
            if stripped.startswith("<Placemark"):
                found = _PLACEMARK_ID.search(line)
                current = type_of.get(found.group(1)) if found else None
                in_placemark = True
            elif in_placemark and current is not None and stripped in ("<ExtendedData>", "<Point>"):
                indent = line[: len(line) - len(line.lstrip())]
                target.write(f"{indent}<styleUrl>#{escape(style_id(current))}</styleUrl>\n")
                styled += 1
                current = None
            elif stripped == "</Placemark>":
                in_placemark = False
            target.write(line)
    temp.replace(path)
    return styled
