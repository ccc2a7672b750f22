"""Fuzz the CLI ``import`` with mutated files of every format, each in its own process.

    .venv/bin/python benchmarks/fuzz_import.py                        # 3000 cases
    .venv/bin/python benchmarks/fuzz_import.py --cases 500 --jobs 2 --workdir /tmp/fuzz

Each case mutates a valid seed file (``tests/fuzz/corpus.py``: byte flips, truncation, inserted
or deleted chunks, deep nesting, huge fields, wrong types, zip headers) and runs
``border-monitor import FILE --store S --partial`` with an address-space limit
(``resource.setrlimit``, default 1.5 GB) and a timeout (default 60 s). Prints how many ran and
how each ended: ok (exit 0), refused (exit 2 with a sentence), crashed (exit 1 or 3, a
traceback, or a signal), timeout, over memory (MemoryError, or a peak RSS over the limit);
and how many refused files changed the store (must be 0). Cases that did not end ok or
refused are kept in the work folder, with their stderr, to replay.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The corpus is loaded from its file: some packages (taky) install a top-level "tests" package
# into site-packages that would shadow ours.
_spec = importlib.util.spec_from_file_location("fuzz_corpus", ROOT / "tests" / "fuzz" / "corpus.py")
_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_corpus)
mutate, seeds = _corpus.mutate, _corpus.seeds

OUTCOMES = ("ok", "refused", "crashed", "timeout", "over memory")


def fingerprint(store: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(str(store) + suffix)
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


def make_store(path: Path) -> None:
    from border_monitor.store import open_store

    with open_store(path, create=True):
        pass


def run_case(k: int, name: str, data: bytes, folder: Path, pristine: Path, args) -> tuple[str, bool, float, int]:
    case = folder / f"case{k}"
    case.mkdir()
    source = case / name
    source.write_bytes(data)
    store = case / "store.gpkg"
    shutil.copyfile(pristine, store)
    before = fingerprint(store)
    limit = args.memory_mb << 20

    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = dict(os.environ, PYTHONPATH=str(ROOT), BM_LOG_DIR=str(case))
    command = [sys.executable, "-m", "border_monitor", "import", str(source), "--store", str(store), "--partial"]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               preexec_fn=limit_memory)
    try:
        _out, err = process.communicate(timeout=args.timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
        timed_out = True
    seconds = time.monotonic() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    text = err.decode("utf-8", "replace")
    code = process.returncode
    if timed_out:
        outcome = "timeout"
    elif "MemoryError" in text or "std::bad_alloc" in text or "Cannot allocate memory" in text:
        outcome = "over memory"
    elif code == 0:
        outcome = "ok"
    elif code == 2 and "Traceback" not in text:
        outcome = "refused"
    else:
        outcome = "crashed"
    changed = code != 0 and fingerprint(store) != before
    if outcome in ("ok", "refused") and not changed:
        shutil.rmtree(case)
    else:
        (case / "stderr.txt").write_text(f"exit {code}\n{text}", encoding="utf-8")
    return outcome, changed, seconds, peak_kb


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--jobs", type=int, default=1, help="cases run at once (default 1)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case (default 60)")
    parser.add_argument("--memory-mb", type=int, default=1536, help="address-space limit per case (default 1536)")
    parser.add_argument("--workdir", type=Path, default=None, help="where cases are written (default: a temp folder)")
    args = parser.parse_args(argv)
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="bm-fuzz-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = seeds(folder / "seeds")
    pristine = folder / "pristine.gpkg"
    if not pristine.exists():
        make_store(pristine)
    rng = random.Random(args.seed)
    names = sorted(corpus)
    cases = []
    for k in range(args.cases):
        name = names[k % len(names)]
        data, mutations = mutate(corpus[name], rng)
        cases.append((k, name, data, mutations))
    results: list[tuple[str, str, bool, float]] = []
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [(name, mutations, pool.submit(run_case, k, name, data, folder, pristine, args))
                   for k, name, data, mutations in cases]
        for done, (name, mutations, future) in enumerate(futures, 1):
            outcome, changed, seconds, _peak = future.result()
            results.append((name, outcome, changed, seconds, "+".join(mutations)))
            if done % 250 == 0:
                so_far = Counter(r[1] for r in results)
                print(f"... {done} of {len(cases)} cases: " + ", ".join(f"{o} {so_far[o]}" for o in OUTCOMES)
                      + f"; store changed {sum(1 for r in results if r[2])}", file=sys.stderr, flush=True)
    elapsed = time.monotonic() - started
    by_outcome = Counter(outcome for _n, outcome, _c, _s, _m in results)
    by_format = Counter((Path(n).suffix, outcome) for n, outcome, _c, _s, _m in results)
    changed = sum(1 for r in results if r[2])
    slowest = max(r[3] for r in results) if results else 0.0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{len(results)} cases through `border-monitor import` in {elapsed:.0f} s (seed {args.seed}; "
          f"limits {args.timeout:g} s, {args.memory_mb} MB)")
    for outcome in OUTCOMES:
        print(f"  {outcome:<12} {by_outcome.get(outcome, 0):>6}")
    print(f"  refused or failed files that changed the store: {changed}")
    print(f"  slowest case: {slowest:.1f} s; largest peak RSS of a case: {peak_mb:.0f} MB")
    print("  by format: " + "; ".join(
        f"{suffix} " + ", ".join(f"{o} {by_format[(suffix, o)]}" for o in OUTCOMES if by_format[(suffix, o)])
        for suffix in sorted({Path(n).suffix for n in names})))
    bad = [r for r in results if r[1] not in ("ok", "refused") or r[2]]
    if bad:
        print(f"  kept for replay in {folder}: " + ", ".join(f"{n} ({o}, {m})" for n, o, _c, _s, m in bad[:20]))
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
