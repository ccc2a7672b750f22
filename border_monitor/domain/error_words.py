"""Errors as a code and its values, worded in English here and in the user's language by the window.

An error the window can show is raised as ``SomeError.of(code, **values)`` (``BorderMonitorError.of``):
its ``str()`` is the English sentence made from the template registered for ``code`` (the CLI's and the
logs' wording), and it keeps ``code`` and ``values`` so that ``ui.text.error_texts`` can word it through
Qt's translations with the values formatted for the user's locale (a decimal comma, the system's label).

Each layer registers its templates (``register``) in the module that defines its codes
(``geo.coords.messages``, ``io.messages``, ...). A template names its values in braces, ``{text}``,
without a format spec; a value is worded by its type:

- ``str``: as it is (cut to a readable length); ``int``: digits; ``float``: ``:g`` (6 significant digits);
- ``Place``: a WGS 84 position, ``54.68680 N, 25.28560 E``;
- ``System``: a coordinate system by its short name, worded as its label (``LKS-94 / Lithuania TM``);
- ``Axes``: a system's two values in its written order (``northing, easting``);
- ``Word``: one of the few words a template fills in (``minutes``), from ``WORDS``;
- ``Message``: a nested error (a code and its values), ``Messages``: several, joined by "; ";
- a ``BorderMonitorError``: its own sentence (its code's, if it has one).
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from .value_text import shorten

TEMPLATES: dict[str, str] = {}  # code -> English template, filled by each layer's messages module
PLACEHOLDER = re.compile(r"\{([a-z0-9]+)\}")

#: The words templates fill in, by code (the window translates each).
WORDS = {
    "degrees": "degrees", "minutes": "minutes", "seconds": "seconds",
    "latitudes": "latitudes", "longitudes": "longitudes",
}


@dataclass(frozen=True)
class Place:
    lon: float
    lat: float


@dataclass(frozen=True)
class System:
    name: str
    label: str  # the English label (geo.coords knows it; the window words it itself)


@dataclass(frozen=True)
class Axes:
    northing_first: bool
    degrees: bool = False


@dataclass(frozen=True)
class Word:
    code: str


@dataclass(frozen=True)
class Message:
    code: str
    values: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return english(self.code, self.values)


@dataclass(frozen=True)
class Messages:
    items: tuple[Message, ...]


def register(templates: dict[str, str]) -> None:
    """Add a layer's templates; a code can be registered once, with placeholders without format specs."""
    for code, template in templates.items():
        if code in TEMPLATES and TEMPLATES[code] != template:
            raise ValueError(f"the error code {code!r} is registered twice")
        for _text, name, spec, _conv in string.Formatter().parse(template):
            if name is not None and (spec or not PLACEHOLDER.fullmatch("{" + name + "}")):
                raise ValueError(f"{code}: placeholder {{{name}}} must be plain lowercase letters and digits")
        TEMPLATES[code] = template


def place_text(lon: float, lat: float) -> str:
    return f"{abs(lat):.5f} {'N' if lat >= 0 else 'S'}, {abs(lon):.5f} {'E' if lon >= 0 else 'W'}"


def english_value(value) -> str:
    from .errors import BorderMonitorError

    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Place):
        return place_text(value.lon, value.lat)
    if isinstance(value, System):
        return value.label
    if isinstance(value, Axes):
        if value.degrees:
            return "latitude, longitude" if value.northing_first else "longitude, latitude"
        return "northing, easting" if value.northing_first else "easting, northing"
    if isinstance(value, Word):
        return WORDS[value.code]
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, Messages):
        return "; ".join(str(m) for m in value.items)
    if isinstance(value, BorderMonitorError):
        return str(value)
    return shorten(value)


def fill(template: str, values: dict, word) -> str:
    """``template`` with each ``{name}`` replaced by ``word(values[name])``."""
    return PLACEHOLDER.sub(lambda m: word(values[m.group(1)]), template)


def english(code: str, values: dict) -> str:
    """The English sentence of ``code`` with ``values``."""
    try:
        template = TEMPLATES[code]
    except KeyError:
        raise ValueError(f"no English wording for the error code {code!r}") from None
    return fill(template, values, english_value)
