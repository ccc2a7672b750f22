"""The one filter syntax shared by every subcommand that reads incidents."""
from __future__ import annotations

import argparse

from ..domain.errors import ValidationError
from ..domain.filters import IncidentFilter


def add_filter_args(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filter")
    group.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                       help="first day (inclusive, in the reporting country's time zone)")
    group.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (inclusive)")
    group.add_argument("--country", metavar="LT,LV,PL", help="reporting countries, comma-separated")
    group.add_argument("--type", dest="types", metavar="TYPE,...", help="incident types, comma-separated")
    group.add_argument("--status", dest="statuses", metavar="STATUS,...", help="statuses, comma-separated")
    group.add_argument("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT", help="bounding box in WGS84 degrees")
    group.add_argument("--text", default="", help="text to find in description, source, sector, nationalities")


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def filter_from_args(args: argparse.Namespace) -> IncidentFilter:
    bbox = None
    if getattr(args, "bbox", None):
        parts = _split(args.bbox)
        try:
            bbox = tuple(float(p) for p in parts)
        except ValueError:
            raise ValidationError("--bbox", args.bbox, "is not four numbers minlon,minlat,maxlon,maxlat") from None
        if len(bbox) != 4:
            raise ValidationError("--bbox", args.bbox, "is not four numbers minlon,minlat,maxlon,maxlat")
    return IncidentFilter(
        date_from=args.date_from or None,
        date_to=args.date_to or None,
        countries=frozenset(_split(args.country)),
        types=frozenset(_split(args.types)),
        statuses=frozenset(_split(getattr(args, "statuses", None))),
        bbox=bbox,
        text=getattr(args, "text", "") or "",
    )
