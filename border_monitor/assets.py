"""Where the packaged data/ and resources/ folders are.

In an installed wheel they are the packages ``border_monitor.data`` and
``border_monitor.resources`` (see setup.py); when the code runs from a source
checkout (editable install, tests run from the repository root) they are the
top-level folders beside the package.
"""
from __future__ import annotations

from functools import lru_cache
import importlib
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
