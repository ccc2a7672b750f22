"""Reading and writing the two numbers of a position as people type them.

Pure text work, no projections: split ``54°41'12,5"N 25°17'08,3"E``, ``N54 41.208 E25 17.139``,
``54,6868 25,2856`` or ``N 6061911 E 582892`` into two parts, then read a part as degrees
(with minutes and seconds, signs or hemisphere letters) or as metres (with optional N/E axis labels).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from border_monitor.domain.error_words import Word
from border_monitor.geo.coords.errors import CoordinateError

_UNITS = ("d", "m", "s")  # degrees, minutes, seconds, in the order they must come
_UNIT_WORD = {"d": Word("degrees"), "m": Word("minutes"), "s": Word("seconds")}

_TOKEN = re.compile(
    r"""
     (?P<ws>\s+)
    |(?P<num>[+-]?\d+(?:[.,]\d+)?)
    |(?P<s>''|′′|["″”“])
    |(?P<m>['′’‘´`])
    |(?P<d>[°º˚])
    |(?P<hemi>[NSEW])
    |(?P<sep>[,;/])
    """,
    re.VERBOSE,
)

# Characters people paste that mean the same as what the tokenizer reads.
_NORMALISE = str.maketrans({"−": "-", "–": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "\t": " "})


@dataclass(frozen=True)
class Num:
    """One number as written: ``raw`` keeps the spelling, ``unit`` is d/m/s when marked."""

    raw: str
    value: float
    unit: str | None = None

    @property
    def has_fraction(self) -> bool:
        return "." in self.raw or "," in self.raw

    @property
    def has_sign(self) -> bool:
        return self.raw[0] in "+-"


@dataclass(frozen=True)
class Part:
    """One of the two halves of a position: an optional letter (N/S/E/W) and its numbers."""

    letter: str | None
    numbers: tuple[Num, ...]

    def describe(self) -> str:
        body = " ".join(n.raw + {"d": "°", "m": "'", "s": '"', None: ""}[n.unit] for n in self.numbers)
        if self.letter:
            return f"{body} {self.letter}"
        return body


@dataclass(frozen=True)
class Pair:
    """A position's text split into its two parts, in the order written."""

    text: str
    first: Part
    second: Part

    @property
    def parts(self) -> tuple[Part, Part]:
        return (self.first, self.second)

    @property
    def has_units(self) -> bool:
        return any(n.unit for p in self.parts for n in p.numbers)

    @property
    def is_simple(self) -> bool:
        """Exactly one plain number on each side (could be degrees or metres)."""
        return not self.has_units and all(len(p.numbers) == 1 for p in self.parts)


def _tokens(text: str) -> list[tuple[str, str]]:
    """(kind, raw) tokens without whitespace; kinds: num, d, m, s, hemi, sep."""
    upper = text.translate(_NORMALISE).upper()
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(upper):
        match = _TOKEN.match(upper, pos)
        if match is None:
            raise CoordinateError.of("coords.bad_character", text=text, char=text[pos], pos=pos + 1)
        kind = match.lastgroup
        if kind != "ws":
            out.append((kind, match.group()))
        pos = match.end()
    numbers = [raw for kind, raw in out if kind == "num"]
    # "54,25" or "6061911,582892": one number with a comma and nothing else means two numbers.
    if len(out) == 1 and len(numbers) == 1 and "," in numbers[0]:
        head, tail = numbers[0].split(",")
        out = [("num", head), ("sep", ","), ("num", tail)]
    return out


def _numbers(text: str, tokens: list[tuple[str, str]]) -> list[Num]:
    """Attach degree/minute/second marks to the number before them."""
    nums: list[Num] = []
    for kind, raw in tokens:
        if kind == "num":
            nums.append(Num(raw, float(raw.replace(",", "."))))
        elif kind in _UNITS:
            if not nums or nums[-1].unit is not None:
                raise CoordinateError.of("coords.mark_without_number", text=text, mark=raw)
            nums[-1] = Num(nums[-1].raw, nums[-1].value, kind)
    return nums


def _has_number_between(tokens, start, end) -> bool:
    return any(kind == "num" for kind, _ in tokens[start:end])


def split_pair(text: str) -> Pair:
    """Split coordinate text into its two parts, raising a sentence when that cannot be done."""
    tokens = _tokens(text)
    if not any(kind == "num" for kind, _ in tokens):
        raise CoordinateError.of("coords.no_numbers", text=text)
    letters = [i for i, (kind, _) in enumerate(tokens) if kind == "hemi"]
    if letters:
        tokens = [t for t in tokens if t[0] != "sep"]
        letters = [i for i, (kind, _) in enumerate(tokens) if kind == "hemi"]
        if len(letters) != 2:
            raise CoordinateError.of("coords.letter_count", text=text, count=len(letters))
        if letters[0] == 0:  # letters before their numbers: N54 41.2 E25 17.1
            spans = [(1, letters[1]), (letters[1] + 1, len(tokens))]
        elif letters[1] == len(tokens) - 1:  # letters after: 54 41.2 N 25 17.1 E
            spans = [(0, letters[0]), (letters[0] + 1, letters[1])]
        else:
            raise CoordinateError.of("coords.letters_in_middle", text=text)
        if not all(_has_number_between(tokens, a, b) for a, b in spans):
            raise CoordinateError.of("coords.letter_without_number", text=text)
        parts = [
            Part(tokens[letters[k]][1], tuple(_numbers(text, tokens[a:b]))) for k, (a, b) in enumerate(spans)
        ]
        return Pair(text, parts[0], parts[1])

    seps = [i for i, (kind, _) in enumerate(tokens) if kind == "sep"]
    if seps:
        if len(seps) != 1 or not _has_number_between(tokens, 0, seps[0]) or not _has_number_between(
            tokens, seps[0] + 1, len(tokens)
        ):
            raise CoordinateError.of("coords.separator_count", text=text, count=len(seps))
        first = _numbers(text, tokens[: seps[0]])
        second = _numbers(text, tokens[seps[0] + 1 :])
        return Pair(text, Part(None, tuple(first)), Part(None, tuple(second)))

    nums = _numbers(text, tokens)
    degree_marked = [i for i, n in enumerate(nums) if n.unit == "d"]
    if len(degree_marked) == 2 and degree_marked[0] == 0:
        cut = degree_marked[1]
    elif len(nums) in (2, 4, 6):
        cut = len(nums) // 2
    else:
        raise CoordinateError.of("coords.unclear_split", text=text, count=len(nums))
    return Pair(text, Part(None, tuple(nums[:cut])), Part(None, tuple(nums[cut:])))


def _part_degrees(text: str, part: Part) -> float:
    """Signed decimal degrees of one part; the hemisphere letter is applied by the caller."""
    nums = part.numbers
    where = part.describe()
    if len(nums) > 3:
        raise CoordinateError.of("coords.too_many_numbers", text=text, count=len(nums), where=where)
    units: list[str] = []
    for n in nums:
        expected = _UNITS.index(units[-1]) + 1 if units else 0
        if n.unit is not None:
            if _UNITS.index(n.unit) < expected:
                raise CoordinateError.of("coords.unit_order", text=text, unit=_UNIT_WORD[n.unit],
                                         previous=_UNIT_WORD[units[-1]], where=where)
            units.append(n.unit)
        elif expected >= len(_UNITS):
            raise CoordinateError.of("coords.after_seconds", text=text, where=where)
        else:
            units.append(_UNITS[expected])
    if units[0] != "d":
        raise CoordinateError.of("coords.not_degrees_first", text=text, where=where, unit=_UNIT_WORD[units[0]])
    for n in nums[:-1]:
        if n.has_fraction:
            raise CoordinateError.of("coords.inner_fraction", text=text, number=n.raw, where=where)
    for n in nums[1:]:
        if n.has_sign:
            raise CoordinateError.of("coords.inner_sign", text=text, number=n.raw, where=where)
    value = 0.0
    for n, unit in zip(nums, units):
        size = abs(n.value)
        if unit != "d" and size >= 60:
            raise CoordinateError.of("coords.sixty", text=text, size=float(size), unit=_UNIT_WORD[unit], where=where)
        value += size / {"d": 1.0, "m": 60.0, "s": 3600.0}[unit]
    return -value if nums[0].raw.startswith("-") else value


def pair_as_degrees(pair: Pair) -> tuple[float, float]:
    """(lat, lon) in degrees: letters decide which is which, else latitude comes first."""
    text = pair.text
    values = [_part_degrees(text, p) for p in pair.parts]
    letters = [p.letter for p in pair.parts]
    if letters[0] is None:
        lat, lon = values
    else:
        kinds = ["lat" if letter in "NS" else "lon" for letter in letters]
        if kinds[0] == kinds[1]:
            word = Word("latitudes" if kinds[0] == "lat" else "longitudes")
            raise CoordinateError.of("coords.same_axis", text=text, axis=word, first=letters[0], second=letters[1])
        for part, value in zip(pair.parts, values):
            if part.letter in "SW" and value < 0:
                raise CoordinateError.of("coords.sign_and_letter", text=text, letter=part.letter)
        signed = [(-v if letter in "SW" else v) for v, letter in zip(values, letters)]
        lat, lon = signed if kinds[0] == "lat" else signed[::-1]
    if not -90.0 <= lat <= 90.0:
        raise CoordinateError.of("coords.latitude_beyond", text=text, value=float(lat))
    if not -180.0 <= lon <= 180.0:
        raise CoordinateError.of("coords.longitude_beyond", text=text, value=float(lon))
    return lat, lon


def pair_as_metres(pair: Pair) -> tuple[tuple[float, float], bool]:
    """The two numbers of a grid position.

    Returns ``((northing, easting), True)`` when N/E letters label the axes, otherwise
    ``((first, second), False)`` in the order written, for the caller to assign by system.
    """
    text = pair.text
    for part in pair.parts:
        if len(part.numbers) != 1 or part.numbers[0].unit:
            raise CoordinateError.of("coords.not_metres", text=text, part=part.describe())
    first, second = (p.numbers[0].value for p in pair.parts)
    letters = [p.letter for p in pair.parts]
    if letters[0] is None:
        return (first, second), False
    if sorted(letters) != ["E", "N"]:
        raise CoordinateError.of("coords.grid_letters", text=text, first=letters[0], second=letters[1])
    return ((first, second) if letters[0] == "N" else (second, first)), True


def format_decimal(a: float, b: float, precision: int) -> str:
    """Two decimal numbers, first then second, as ``54.686800, 25.285600``."""
    return f"{a:.{precision}f}, {b:.{precision}f}"


def _dms_one(value: float, precision: int, positive: str, negative: str) -> str:
    scale = 10**precision
    ticks = round(abs(value) * 3600 * scale)  # whole units of the last written decimal of a second
    degrees, rest = divmod(ticks, 3600 * scale)
    minutes, second_ticks = divmod(rest, 60 * scale)
    width = 2 + (precision + 1 if precision else 0)
    seconds = f"{second_ticks / scale:0{width}.{precision}f}"
    letter = negative if value < 0 and ticks else positive
    return f"{degrees}°{minutes:02d}'{seconds}\"{letter}"


def format_dms(lat: float, lon: float, precision: int) -> str:
    """Degrees, minutes, seconds with hemisphere letters: ``54°41'12.5"N 25°17'08.2"E``."""
    return f"{_dms_one(lat, precision, 'N', 'S')} {_dms_one(lon, precision, 'E', 'W')}"
