"""Files we write (rejects reports, exports, reports): checked first, then written whole or not at all.

``check_output`` refuses a path that is a store (or its ``-wal``/``-shm``/``-journal``) or an
input, compared by resolved path and by ``os.path.samefile`` (hard links, symlinks); a folder
given as a file; a device or pipe; a folder that does not exist or cannot be written; and, with
``overwrite=False``, a file that exists. ``replacing`` gives a temporary path in the same folder
and renames it into place (``os.replace``, after ``fsync``) only when the writing succeeded; a
failure removes it and leaves any old file as it was. The file gets the user's normal
permissions (``0o666`` less the umask), not the ``0o600`` of ``tempfile.mkstemp``.
"""
from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import BorderMonitorError

log = logging.getLogger(__name__)

SIDECARS = ("-wal", "-shm", "-journal")


class OutputError(BorderMonitorError):
    """An output file cannot be written where it was asked for; the message names it."""


def check_output(path: str | Path, *, store: str | Path | None = None, inputs: Iterable[str | Path] = (),
                 overwrite: bool = True, what: str = "output file") -> Path:
    """``path`` as given, after refusing every target that would lose data or cannot work."""
    path = Path(path)
    for protected, role in _protected(store, inputs):
        if _same(path, protected):
            raise OutputError(f"Cannot write the {what} {path}: it is {role}; choose another file.")
    if path.is_dir():
        raise OutputError(f"Cannot write the {what} {path}: it is a folder; give a file name.")
    if path.exists() and not path.resolve().is_file():
        raise OutputError(f"Cannot write the {what} {path}: it is not a regular file (a device, pipe or socket).")
    if path.exists() and not overwrite:
        raise OutputError(f"The {what} {path} exists already; choose another name, or pass --overwrite to replace it.")
    folder = _target(path).parent
    if not folder.exists():
        raise OutputError(f"Cannot write the {what} {path}: the folder {folder} does not exist.")
    if not folder.is_dir():
        raise OutputError(f"Cannot write the {what} {path}: {folder} is not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"Cannot write the {what} {path}: the folder {folder} is not writable.")
    return path


@contextmanager
def replacing(path: str | Path, *, create: bool = True, what: str = "output file") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on failure it is removed.

    ``create=False`` yields a name that does not exist yet (GDAL drivers create their file themselves).
    An ``OSError`` while writing (disk full, read-only file system) becomes an ``OutputError`` naming ``path``.
    """
    path = Path(path)
    target = _target(path)
    temp = _reserve(target, what, path)
    if not create:
        temp.unlink()
    try:
        try:
            yield temp
            _fsync_file(temp)
            os.replace(temp, target)
        except OSError as exc:
            raise OutputError(f"Cannot write the {what} {path}: {exc.strerror or exc}.") from None
        _fsync_folder(target.parent)
    finally:
        _remove_leftovers(temp)
    log.info("wrote %s", path)


def _reserve(target: Path, what: str, shown: Path) -> Path:
    """A new empty file beside ``target`` with the suffix kept (drivers look at it), mode 0o666 & ~umask."""
    for _ in range(100):
        temp = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.tmp{target.suffix}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise OutputError(f"Cannot write the {what} {shown}: {exc.strerror or exc}.") from None
        os.close(fd)
        return temp
    raise OutputError(f"Cannot write the {what} {shown}: no free temporary name in {target.parent}.")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it (POSIX; not Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems refuse fsync on a folder; the rename has happened
        log.debug("fsync of %s: %s", folder, exc)
    finally:
        os.close(fd)


def _remove_leftovers(temp: Path) -> None:
    for leftover in (temp, *(temp.with_name(temp.name + s) for s in SIDECARS)):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("cannot remove the temporary file %s: %s", leftover, exc)


def _target(path: Path) -> Path:
    """Where the bytes go: through a symlink to the file it names."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _protected(store, inputs) -> Iterator[tuple[Path, str]]:
    if store is not None:
        store = Path(store)
        yield store, f"the store {store}"
        for suffix in SIDECARS:
            yield store.with_name(store.name + suffix), f"a file of the store {store}"
    for item in inputs:
        item = Path(item)
        yield item, f"the input {item}"
        for suffix in SIDECARS:
            yield item.with_name(item.name + suffix), f"a file of the input {item}"


def _same(a: Path, b: Path) -> bool:
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (or cannot be looked at): not the same file
        return False
