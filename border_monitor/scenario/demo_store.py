"""Writing the 2021 scenario into a new GeoPackage store (the ``demo`` command and the GUI's first run)."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..domain.errors import BorderMonitorError
from .demo2021 import DEFAULT_SEED, generate

log = logging.getLogger(__name__)

DEMO_USER = "demo-scenario"


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    incidents: int
    persons: int
    events: int
    seed: int
    seconds: float

    def __str__(self) -> str:
        return (f"Wrote {self.incidents:,} synthetic incidents ({self.persons:,} persons, 2021-06-01 to 2021-12-31, "
                f"seed {self.seed}) and {self.events} context events to {self.path} in {self.seconds:.1f} s.")


def store_metadata_key(key: str) -> str:
    """The store's metadata key of a scenario metadata item ("seed" -> "scenario_seed")."""
    return key if key in ("synthetic", "description", "scenario") else f"scenario_{key}"


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for p in [path, *_sidecars(path)]:
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def write_demo_store(path: str | Path, n: int | None = None, seed: int = DEFAULT_SEED, force: bool = False,
                     progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Generate the scenario and write it, with its context events and metadata, to a new store at ``path``.

    The store is written beside the target under a temporary name and moved into place when
    complete, so an interrupted run leaves no half-written store. An existing file is replaced
    only with ``force``.
    """
    from ..store.gpkg.store import open_store

    started = time.perf_counter()
    path = Path(path)
    if path.is_dir():
        raise BorderMonitorError(f"The output path {path} is a folder; give a file name such as {path / 'demo.gpkg'}.")
    if path.exists() and not force:
        raise BorderMonitorError(f"The file {path} already exists; use --force to replace it.")
    if not path.parent.exists():
        raise BorderMonitorError(f"The folder {path.parent} of the output file does not exist.")
    scenario = generate(n, seed)
    partial = path.with_name(f".{path.stem}.partial{path.suffix or '.gpkg'}")
    _remove(partial)
    try:
        store = open_store(partial, create=True)
        try:
            store.add_batch(scenario.batch, DEMO_USER, progress=progress)
            store.set_events(scenario.events, DEMO_USER)
            for key, value in scenario.metadata.items():
                store.set_metadata(store_metadata_key(key), value)
        finally:
            store.close()
        for sidecar in _sidecars(partial):  # a closed store leaves none; never move a stale one along
            if sidecar.exists():
                sidecar.unlink()
        if force:
            _remove(path)
        os.replace(partial, path)
    except BaseException:
        _remove(partial)
        raise
    summary = DemoSummary(path=path, incidents=len(scenario.batch), persons=int(scenario.batch.persons.sum()),
                          events=len(scenario.events), seed=seed, seconds=time.perf_counter() - started)
    log.info("%s", summary)
    return summary


def ensure_demo_store(path: str | Path) -> Path:
    """The built-in demo store at ``path``: created (natural scale, default seed) when it is not there yet."""
    path = Path(path)
    if path.is_file() and path.stat().st_size > 0:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    write_demo_store(path, force=path.exists())
    return path
