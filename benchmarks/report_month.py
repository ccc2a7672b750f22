"""Time of the situation report of a month: ``border-monitor report`` without the process start.

    .venv/bin/python benchmarks/report_month.py 100000          # the demo scenario at 100k incidents
    .venv/bin/python benchmarks/report_month.py 10000 --month 2021-10

Writes the demo store at N incidents into a temporary folder, then times, for the month (default
August 2021): opening the store, gathering the figures (``report.content.gather``: stats of the month
and the month before, the early warning, sectors, notable incidents, points), painting and writing the
PDF and the HTML file. Prints one table; wall-clock seconds on this machine.
"""
from __future__ import annotations

import argparse
import calendar
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="incidents in the demo store")
    parser.add_argument("--month", default="2021-08", help="YYYY-MM (default 2021-08)")
    parser.add_argument("--workdir", default=None)
    args = parser.parse_args(argv)

    from border_monitor.domain.filters import IncidentFilter
    from border_monitor.report.content import gather
    from border_monitor.report.offscreen import gui_application
    from border_monitor.report.sitrep import write_report
    from border_monitor.scenario.demo_store import write_demo_store
    from border_monitor.store import open_store

    gui_application()
    year, month = (int(v) for v in args.month.split("-"))
    first, last = f"{args.month}-01", f"{args.month}-{calendar.monthrange(year, month)[1]:02d}"
    folder = Path(args.workdir or tempfile.mkdtemp(prefix="bench-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    store_path = folder / f"demo-{args.n}.gpkg"
    if not store_path.exists():
        t = time.perf_counter()
        write_demo_store(store_path, n=args.n)
        print(f"demo store of {args.n:,} incidents written in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    rows = []
    t0 = time.perf_counter()
    store = open_store(store_path, read_only=True)
    rows.append(("open the store (columnar index)", time.perf_counter() - t0))
    flt = IncidentFilter(date_from=first, date_to=last)
    t = time.perf_counter()
    content = gather(store, flt)
    rows.append((f"gather ({content.stats.total:,} incidents in {args.month})", time.perf_counter() - t))
    for suffix in ("pdf", "html"):
        out = folder / f"report.{suffix}"
        t = time.perf_counter()
        write_report(content, out, store_path=store_path)
        rows.append((f"paint and write the {suffix.upper()} ({out.stat().st_size / 1e6:.1f} MB)", time.perf_counter() - t))
    store.close()
    pages = subprocess.run(["pdfinfo", str(folder / "report.pdf")], capture_output=True, text=True).stdout
    pages = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
    print(f"Report of {args.month} on the demo store at {args.n:,} incidents ({pages} PDF pages)")
    for name, seconds in rows:
        print(f"  {name:<55} {seconds:7.2f} s")
    print(f"  {'total, store opened to PDF and HTML written':<55} {time.perf_counter() - t0:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
