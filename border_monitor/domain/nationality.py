"""Nationalities: ISO 3166-1 alpha-3 codes with a count of persons where known."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .errors import ValidationError

# Codes a border service meets that are not (or no longer) ISO 3166-1 countries.
EXTRA_CODES = {
    "XXA": "Stateless person",
    "XXX": "Unknown nationality",
    "XKX": "Kosovo",
}


@lru_cache(maxsize=1)
def nationality_names() -> dict[str, str]:
    """alpha-3 code -> English name, for completion and display (read on the first call)."""
    names = _names_from_database()
    if names is None:
        import pycountry

        names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    names.update(EXTRA_CODES)
    return names


def _names_from_database() -> dict[str, str] | None:
    """pycountry's ISO 3166-1 table read from its own JSON file (``pycountry.DATABASE_DIR``) without importing
    pycountry, which imports ``importlib.metadata`` to know its version: 70-80 ms of a ~0.35 s ``border-monitor
    stats`` (measured 2026-12-02), for the codes that validating nationalities needs. The same names as
    ``pycountry.countries`` gives (a test compares them); None where the file is not found or not as expected,
    and pycountry is imported instead."""
    import importlib.util
    import json
    from pathlib import Path

    try:
        spec = importlib.util.find_spec("pycountry")
        if spec is None or spec.origin is None:
            return None
        table = json.loads((Path(spec.origin).parent / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))
        return {entry["alpha_3"]: entry.get("common_name") or entry["name"] for entry in table["3166-1"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def nationality_name(code: str) -> str:
    return nationality_names().get(code, code)


@dataclass(frozen=True, order=True)
class Nationality:
    code: str
    count: int | None = None

    def __post_init__(self):
        code = self.code.strip().upper() if isinstance(self.code, str) else self.code
        if not isinstance(code, str) or code not in nationality_names():
            raise ValidationError("nationalities", self.code, "is not an ISO 3166-1 alpha-3 country code")
        object.__setattr__(self, "code", code)
        if self.count is not None:
            if isinstance(self.count, bool) or not isinstance(self.count, int) or self.count < 0:
                raise ValidationError("nationalities", f"{code}:{self.count}", "has a count that is not a whole number >= 0")

    def __str__(self) -> str:
        return self.code if self.count is None else f"{self.code}:{self.count}"


def parse_nationalities(value: object) -> tuple[Nationality, ...]:
    """Parse ``"IRQ:12, SYR:3, AFG"``, a mapping ``{"IRQ": 12}`` or a sequence of either.

    The result is sorted by code, one entry per code (counts of a repeated code add up).
    """
    if value is None or value == "":
        return ()
    items: list[Nationality] = []
    if isinstance(value, Nationality):
        items = [value]
    elif isinstance(value, dict):
        items = [Nationality(str(k), None if v is None else _count(k, v)) for k, v in value.items()]
    elif isinstance(value, str):
        for part in value.replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            code, _, count = part.partition(":")
            items.append(Nationality(code.strip(), _count(code, count.strip()) if count.strip() else None))
    else:
        for item in value:  # type: ignore[union-attr]
            if isinstance(item, Nationality):
                items.append(item)
            elif isinstance(item, str):
                items.extend(parse_nationalities(item))
            else:
                code, count = item
                items.append(Nationality(str(code), None if count is None else _count(code, count)))
    merged: dict[str, int | None] = {}
    for n in items:
        if n.code in merged and merged[n.code] is not None and n.count is not None:
            merged[n.code] += n.count
        else:
            merged[n.code] = n.count if n.code not in merged else (merged[n.code] or n.count)
    return tuple(Nationality(code, count) for code, count in sorted(merged.items()))


def format_nationalities(items: tuple[Nationality, ...]) -> str:
    return ",".join(str(n) for n in items)


# The most persons an incident can count (the store keeps persons as a 32-bit integer).
MAX_COUNT = 2**31 - 1


def _count(code: object, raw: object) -> int:
    try:
        number = float(raw) if isinstance(raw, str) else raw
        if isinstance(number, bool) or number != int(number):  # type: ignore[arg-type]
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise ValidationError("nationalities", f"{code}:{raw}", "has a count that is not a whole number") from None
    if abs(int(number)) > MAX_COUNT:  # type: ignore[arg-type]
        raise ValidationError("nationalities", f"{code}:{raw}", f"has a count larger than {MAX_COUNT:,}")
    return int(number)  # type: ignore[arg-type]
