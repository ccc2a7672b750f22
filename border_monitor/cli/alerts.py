"""``border-monitor alerts``: the early warning per sector and per border at a reference time.

    border-monitor alerts --store demo.gpkg --at 2021-08-01
    border-monitor alerts --store demo.gpkg --at 2021-10-01T06:00Z --measure persons --json
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import BorderMonitorError

if TYPE_CHECKING:  # the analysis (numpy) is imported when the command runs, not for --help
    from ..analysis.early_warning import EarlyWarning, UnitWarning
    from ..analysis.levels import WindowTest


def register(subparsers) -> argparse.ArgumentParser:
    from ..analysis.early_warning import MEASURES

    parser = subparsers.add_parser(
        "alerts", help="early warning: impact level per sector and border, shifts, nationalities",
        description="Compare the last 24 hours and the last 7 days before a reference time with the 28 days "
                    "before them, for every sector and every border, and give each an impact level (normal, "
                    "elevated, high) from a count test (negative binomial or Poisson upper tail, with minimum "
                    "counts). Also lists shifts in pressure (a sector or border rising while its neighbours or "
                    "another border fall) and the nationalities whose share of the persons changed most.")
    parser.add_argument("--store", required=True, metavar="STORE", help="the store (GeoPackage file)")
    parser.add_argument("--at", metavar="DATETIME", default=None,
                        help="the reference time (default: now): a date (2021-08-01, the end of that day on each "
                             "service's clock), a local time (2021-08-01T18:00) or an instant (2021-08-01T15:00Z)")
    parser.add_argument("--measure", choices=MEASURES, default="incidents",
                        help="what sets the level: incidents (default) or persons; both are shown")
    parser.add_argument("--all", action="store_true", help="list every sector, not only those elevated or high")
    parser.add_argument("--json", action="store_true", help="print one JSON object with every border and sector")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from ..analysis.early_warning import early_warning
    from ..analysis.reference_time import now, parse_reference_time
    from ..store import is_store_url, open_store, store_target

    at = parse_reference_time(args.at) if args.at is not None else now()
    path = store_target(args.store)
    if not is_store_url(path) and not path.is_file():
        what = "is a folder, not a store file" if path.is_dir() else "does not exist"
        raise BorderMonitorError(f"The store file {path} {what}.")
    with open_store(path, read_only=True) as store:
        warning = early_warning(store, at, measure=args.measure)
    text = json.dumps(warning.to_json(), ensure_ascii=False) if args.json else format_warning(warning, args.all)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into ``head``: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _p(value: float) -> str:
    if value >= 0.001:
        return f"{value:.3f}"
    return "<1e-300" if value == 0 else f"{value:.0e}"


def _window(test: WindowTest) -> list[str]:
    return [f"{test.count:,}", f"{test.expected:,.1f}", _p(test.p_value)]


def _persons(unit: UnitWarning) -> str:
    a = unit.persons
    return f"{a.last_24h.count:,} / {a.last_7d.count:,}"


def _rows(units: list[UnitWarning], with_border: bool) -> list[list[str]]:
    from ..analysis.levels import Level

    rows = []
    for u in units:
        a = u.driving
        level = u.level.value.upper() if u.level is Level.HIGH else u.level.value
        rows.append([level, u.name, *([u.border] if with_border else []), *_window(a.last_24h),
                     *_window(a.last_7d), a.trend.value, a.driver or "-", _persons(u)])
    return rows


def _table(header: list[str], rows: list[list[str]], left: int) -> list[str]:
    """Columns: the first ``left`` aligned left, the others right."""
    widths = [max(len(h), *(len(r[k]) for r in rows)) if rows else len(h) for k, h in enumerate(header)]

    def line(cells):
        return "  " + "  ".join(c.ljust(w) if k < left else c.rjust(w) for k, (c, w) in enumerate(zip(cells, widths)))
    return [line(header), *(line(r) for r in rows)]


def format_warning(warning: EarlyWarning, every_sector: bool = False) -> str:
    from ..analysis.levels import Level

    t = warning.thresholds
    other = "persons" if warning.measure == "incidents" else "incidents"
    lines = [f"Early warning at {warning.at.describe()}",
             f"Levels by {warning.measure} ({other} shown beside); the last 24 h and 7 days against the "
             f"{t.baseline_days} days before them.", ""]
    window_header = ["24h", "expected", "p", "7 days", "expected", "p", "trend", "by", "persons 24h / 7d"]
    lines.append("Borders")
    lines += _table(["level", "border", *window_header], _rows(warning.borders, False), 2)
    lines.append("")
    shown = warning.sectors if every_sector else [u for u in warning.sectors if u.level is not Level.NORMAL]
    ranked = sorted(shown, key=lambda u: (-u.level.rank, u.driving.last_24h.p_value if u.driving.driver == "24h"
                                          else u.driving.last_7d.p_value)) if not every_sector else shown
    hidden = len(warning.sectors) - len(shown)
    lines.append("Sectors" + (f" (elevated or high; {hidden} others normal)" if not every_sector else ""))
    if ranked:
        lines += _table(["level", "sector", "border", *window_header], _rows(ranked, True), 3)
    else:
        lines.append("  (none elevated or high)")
    lines += ["", "Shifts in pressure"]
    sentences = [s.sentence() for s in warning.border_shifts] + [s.sentence() for s in warning.sector_shifts]
    lines += [f"  {s}" for s in sentences] or ["  (none)"]
    lines += ["", "Nationalities whose share of the persons changed most (last 7 days against the baseline)"]
    for scope, items in warning.nationalities.items():
        label = "All borders" if scope == "all" else scope
        if not items:
            lines.append(f"  {label}: no persons in the last 7 days or in the baseline")
            continue
        lines.append(f"  {label}")
        rows = [[n.code, n.name, f"{n.change:+.1f} points", f"{n.persons_7d:,}", f"{n.share_7d:.0%}",
                 f"{n.persons_baseline:,}", f"{n.share_baseline:.0%}"] for n in items]
        lines += ["  " + line for line in _table(["code", "name", "share", "7 days", "of all", "baseline", "of all"],
                                                  rows, 2)]
    recent = sum(u.incidents.last_7d.count + u.incidents.baseline_total for u in warning.borders)
    if recent == 0:
        lines += ["", f"The store holds no incidents in the {t.baseline_days + 7} days before "
                      f"{warning.at.describe()}; give --at a time within its data."]
    lines += ["", f"Levels: high needs p <= {t.high_p:g} ({t.high_p_in_high_border:g} in a high border), "
                  f"{t.high_ratio:g}x expected and {t.min_24h[1]} incidents in 24 h or {t.min_7d[1]} in 7 days; "
                  f"elevated p <= {t.elevated_p:g}, {t.elevated_ratio:g}x, {t.min_24h[0]} or {t.min_7d[0]}."]
    if any(not math.isinf(u.driving.size) for u in (*warning.borders, *warning.sectors)):
        lines.append("Units whose baseline varies more than a Poisson are tested with a negative binomial.")
    return "\n".join(lines)
