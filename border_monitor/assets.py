"""Where the packaged data/ and resources/ folders are, and the user's cache folder.

In an installed wheel they are the packages ``border_monitor.data`` and
``border_monitor.resources`` (see setup.py); when the code runs from a source
checkout (editable install, tests run from the repository root) they are the
top-level folders beside the package.
"""
from __future__ import annotations

from functools import lru_cache
import importlib
import os
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=None)
def _folder(package: str, source_name: str) -> Path:
    source = _SOURCE_ROOT / source_name
    if source.is_dir() and (_SOURCE_ROOT / "pyproject.toml").is_file():
        return source
    try:
        # data/ and resources/ are namespace packages in the wheel (no __init__.py):
        # their __path__ is the folder (importlib.resources.files would give a MultiplexedPath).
        return Path(next(iter(importlib.import_module(package).__path__)))
    except (ModuleNotFoundError, StopIteration):  # pragma: no cover - broken install
        raise FileNotFoundError(f"packaged folder {package} ({source_name}/) is missing") from None


def data_path(*parts: str) -> Path:
    """Path of a file under the project's data/ folder."""
    return _folder("border_monitor.data", "data").joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """Path of a file under the project's resources/ folder."""
    return _folder("border_monitor.resources", "resources").joinpath(*parts)


CACHE_DIR_ENV = "BORDER_MONITOR_CACHE_DIR"


def cache_dir() -> Path:
    """The user's cache folder of Border Monitor (``$BORDER_MONITOR_CACHE_DIR`` when set): index snapshots,
    the border's near grid; anything in it can be rebuilt."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("border-monitor"))
