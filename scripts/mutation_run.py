"""Mutation run over domain/, store/ and geo/: which deliberate bugs does the unit suite miss?

Runs mutmut 3 (``pip install -e '.[mutation]'``) on a random, reproducible sample of each
package's mutants and prints killed / survived per package and every surviving mutant as
``file:line  old -> new``. Not part of CI: a sample of ~100 mutants per package takes minutes.

    python scripts/mutation_run.py                       # domain, store, geo; 100 mutants each
    python scripts/mutation_run.py --package store --max-mutants 40
    python scripts/mutation_run.py --package domain --only 'domain/local_time.py'

How: the sources and tests are copied to ``--work-dir/<package>`` (default ``build/mutation``)
with a ``[tool.mutmut]`` section that limits mutation to the package. mutmut first runs the
package's tests once to learn which tests reach which function; then each mutant runs only
those tests, with mutmut's CPU-time limit (``--timeout-multiplier`` times the clean run) as
its timeout. Results stay in the work directory: running the same command again resumes
where it stopped (Ctrl-C is safe), and only a change to the sources or tests starts afresh.
A larger ``--max-mutants`` with the same ``--seed`` extends the same sample.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("mutation_run")

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("border_monitor", "tests", "data", "resources", "setup.py", "pyproject.toml")
# Unit tests that exercise each package in-process (mutmut maps them to functions itself).
# Left out: tests that drive the code through subprocesses (mutmut cannot see into those),
# the Qt tests, and the 100k-incident scenario runs.
PACKAGE_TESTS = {
    "domain": ["test_domain.py", "test_checks.py", "test_local_time.py", "test_store_local_day.py",
               "test_io_csv.py", "../store/test_filters.py", "test_store_aggregates.py", "test_store_batch.py"],
    "store": ["../store/test_filters.py", "test_store_aggregates.py", "test_store_local_day.py",
              "test_store_batch.py", "test_store_roundtrip.py", "test_store_update_many.py",
              "test_store_gpkg_binary.py", "test_store_rtree_bulk.py", "test_store_migrations.py",
              "test_store_outside_edits.py", "test_store_gdal.py", "test_local_time.py"],
    "geo": ["test_crs.py", "test_enrich.py", "test_reference.py", "test_checks.py", "../store/test_filters.py"],
}
# mutmut's exit codes -> what they mean for the mutant (mutmut.__main__.status_by_exit_code).
# A timeout counts apart: an endless loop is caught, but so is a mutant that only made the tests slow.
STATUS = {"killed": "killed", "segfault": "killed", "caught by type check": "killed", "timeout": "timeout",
          "survived": "survived", "no tests": "no tests", "suspicious": "other", "skipped": "other",
          "not checked": "pending", "check was interrupted by user": "pending"}
_RESULT_LINE = re.compile(r"^\s+(\S+): (.+)$")
_FUNCTION = re.compile(r"\.x(?:ǁ(?P<cls>[^ǁ]+)ǁ|_)(?P<func>.+)__mutmut_\d+$")


@dataclass
class Survivor:
    name: str
    where: str  # file:line
    change: str  # old -> new


def source_fingerprint() -> str:
    digest = hashlib.sha256()
    for top in ("border_monitor", "tests"):
        for path in sorted((ROOT / top).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def mutmut_config(package: str, only: list[str], timeout_multiplier: float) -> str:
    patterns = [f"border_monitor/{p}" for p in only] or [f"border_monitor/{package}/*"]
    tests = [f"tests/unit/{name}" for name in PACKAGE_TESTS[package]]
    return "\n".join([
        "", "[tool.mutmut]",
        'source_paths = ["border_monitor/"]',
        f"only_mutate = {json.dumps(patterns)}",
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}",
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]',
        'also_copy = ["data", "resources", "setup.py"]',
        f"timeout_multiplier = {float(timeout_multiplier)}",
        ""])


def prepare(work: Path, package: str, only: list[str], timeout_multiplier: float) -> None:
    """A copy of the sources with the mutmut config; a stale copy (other sources or settings) is replaced."""
    config = mutmut_config(package, only, timeout_multiplier)
    stamp = hashlib.sha256((source_fingerprint() + config).encode()).hexdigest()
    stamp_file = work / "sources.sha256"
    if stamp_file.is_file() and stamp_file.read_text() == stamp:
        return
    if work.exists():
        log.info("sources or settings changed: starting %s afresh", package)
        shutil.rmtree(work)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=ignore)
        else:
            shutil.copy2(source, work / name)
    pyproject = work / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + config, encoding="utf-8")
    stamp_file.write_text(stamp)


def mutmut(work: Path, *args: str, quiet: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mutmut", *args]
    # The tests must import the mutated copy, never a checkout named on PYTHONPATH.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run(command, cwd=work, text=True, capture_output=quiet, env=env)


def mutant_names(work: Path) -> dict[str, str]:
    """Every mutant -> its state so far (killed, survived, pending...)."""
    result = mutmut(work, "results", "--all", "true")
    states = {}
    for line in result.stdout.splitlines():
        match = _RESULT_LINE.match(line)
        if match:
            states[match.group(1)] = STATUS.get(match.group(2).strip(), match.group(2).strip())
    return states


def generate(work: Path) -> None:
    """Make the mutants and the map of tests to functions. mutmut has no command for this alone:
    asked for a mutant that does not exist, ``mutmut run`` does both and then stops on its
    "nothing matches" check, which is what we want here."""
    if list((work / "mutants").rglob("*.py.meta")) and (work / "mutants" / "mutmut-stats.json").is_file():
        return
    log.info("generating mutants and mapping tests (runs the tests once)")
    result = mutmut(work, "run", "--max-children", "1", "bm.no-such-mutant")
    if not list((work / "mutants").rglob("*.py.meta")):
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit("mutmut did not generate mutants (see its output above)")


def run_sample(work: Path, names: list[str]) -> None:
    """One mutmut run for all of them (each run starts with a clean run of the tests involved);
    mutmut records each result as it comes, so an interrupted run loses nothing."""
    log.info("running %d mutants", len(names))
    result = mutmut(work, "run", "--max-children", "1", *names)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit(f"mutmut run failed (exit {result.returncode}); see its output above")


def describe(work: Path, name: str) -> Survivor:
    """file:line and the changed line of a mutant, from ``mutmut show``'s diff of its function."""
    diff = mutmut(work, "show", name).stdout.splitlines()
    path = next((line[4:].strip() for line in diff if line.startswith("--- ")), "?")
    old = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    new = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    line_no = 0
    source = ROOT / path
    if old and source.is_file():
        lines = source.read_text(encoding="utf-8").splitlines()
        start = function_start(source, name)
        wanted = old[0].strip()
        line_no = next((k + 1 for k in range(start, len(lines)) if lines[k].strip() == wanted), 0)
    return Survivor(name, f"{path}:{line_no or '?'}", compact_change(" / ".join(s.strip() for s in old),
                                                                     " / ".join(s.strip() for s in new)))


def compact_change(old: str, new: str, context: int = 18) -> str:
    """``old -> new`` with the common start and end cut down to ``context`` characters."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    lo = max(0, start - context)

    def cut(text: str) -> str:
        hi = min(len(text), len(text) - end + context)
        return ("..." if lo else "") + text[lo:hi] + ("..." if hi < len(text) else "")

    return f"{cut(old)}  ->  {cut(new)}"


def function_start(source: Path, name: str) -> int:
    """0-based line where the mutated function starts (0 when not found)."""
    match = _FUNCTION.search(name)
    if not match:
        return 0
    cls, func = match.group("cls"), match.group("func")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    scopes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == cls] if cls else [tree]
    for scope in scopes:
        for node in ast.walk(scope):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == func:
                return node.lineno - 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", action="append", choices=sorted(PACKAGE_TESTS),
                        help="package to mutate (repeatable; default: all three)")
    parser.add_argument("--max-mutants", type=int, default=100, help="mutants per package (a random sample)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the sample")
    parser.add_argument("--only", action="append", default=[],
                        help="files within border_monitor/ to mutate, e.g. 'store/cache/aggregates.py' (repeatable)")
    parser.add_argument("--timeout-multiplier", type=float, default=15.0,
                        help="a mutant may use this many times its tests' clean CPU time")
    parser.add_argument("--work-dir", type=Path, default=ROOT / "build" / "mutation")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        import mutmut as _  # noqa: F401
    except ImportError:
        parser.error("mutmut is not installed: pip install -e '.[mutation]'")

    totals: dict[str, Counter] = {}
    survivors: dict[str, list[Survivor]] = {}
    for package in args.package or sorted(PACKAGE_TESTS):
        only = [p for p in args.only if p.startswith(f"{package}/")]
        if args.only and not only:
            continue
        work = args.work_dir / package
        prepare(work, package, only, args.timeout_multiplier)
        generate(work)
        states = mutant_names(work)
        sample = sorted(states)
        random.Random(args.seed).shuffle(sample)
        sample = sample[:max(0, args.max_mutants)]
        pending = [n for n in sample if states[n] == "pending"]
        log.info("%s: %d mutants, sample of %d, %d still to run", package, len(states), len(sample), len(pending))
        if pending:
            run_sample(work, pending)
            states = mutant_names(work)
        totals[package] = Counter(states[n] for n in sample)
        survivors[package] = sorted((describe(work, n) for n in sample if states[n] == "survived"),
                                    key=lambda s: s.where)

    columns = ("killed", "timeout", "survived", "no tests", "other", "pending")
    print(f"{'package':10} {'sampled':>8} " + " ".join(f"{c:>9}" for c in columns) + "  killed/(killed+survived)")
    for package, counts in totals.items():
        tested = counts["killed"] + counts["timeout"] + counts["survived"]
        score = f"{100 * (counts['killed'] + counts['timeout']) / tested:.0f}%" if tested else "-"
        print(f"{package:10} {sum(counts.values()):8} " + " ".join(f"{counts[c]:9}" for c in columns) + f"  {score}")
    for package, found in survivors.items():
        if found:
            print(f"\nsurviving mutants in {package}/:")
            for s in found:
                print(f"  {s.where:42} {s.change}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
