"""Refuse network file systems: SQLite's WAL mode needs shared memory and locks a network share cannot give.

On Linux the mount table (``/proc/mounts``) names the file system type of the mount holding a
path; on other systems we fall back to what we can tell (Windows UNC paths, mapped network
drives). An expert may pass ``allow_network=True`` to open such a path anyway.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ...domain.errors import StoreError

log = logging.getLogger(__name__)

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "v9fs", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.s3fs", "fuse.rclone", "fuse.gcsfuse",
    "fuse.davfs", "davfs", "davfs2", "coda", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2", "afpfs", "fuse.afpfs",
    "webdav", "fuse.smbnetfs", "fuse.curlftpfs", "virtiofs",
})


@dataclass(frozen=True)
class Mount:
    device: str
    mount_point: str
    fs_type: str


def _unescape(field: str) -> str:
    r"""Mount table fields escape space, tab, newline and backslash as octal (``\040``)."""
    out = []
    i = 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[Mount]:
    """The entries of a ``/proc/mounts`` (or ``/etc/mtab``) text."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3 or line.lstrip().startswith("#"):
            continue
        mounts.append(Mount(_unescape(parts[0]), _unescape(parts[1]), parts[2].lower()))
    return mounts


def mount_of(path: str | os.PathLike, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path``: the longest mount point that is a prefix of it (the last one wins ties)."""
    target = os.path.normpath(str(path))
    best: Mount | None = None
    for m in mounts:
        point = os.path.normpath(m.mount_point)
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) >= len(os.path.normpath(best.mount_point))):
            best = m
    return best


def is_network_type(fs_type: str) -> bool:
    fs_type = fs_type.lower()
    return fs_type in NETWORK_FS_TYPES or fs_type.startswith(("nfs", "smb", "cifs")) or fs_type.endswith(".sshfs")


def _real_path(path: Path) -> Path:
    """The path with symbolic links of its existing part resolved (the file itself may not exist yet)."""
    path = path.absolute()
    tail = []
    while not path.exists() and path != path.parent:
        tail.append(path.name)
        path = path.parent
    return path.resolve().joinpath(*reversed(tail))


def network_filesystem(path: str | os.PathLike, mounts_text: str | None = None) -> str | None:
    """The network file system type holding ``path`` ("nfs4", "cifs", ...), or None for a local one."""
    target = _real_path(Path(path))
    if sys.platform.startswith("win"):
        text = str(target)
        if text.startswith("\\\\"):
            return "smb"
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
                return "smb"
        except (AttributeError, OSError):
            return None
        return None
    if mounts_text is None:
        for source in ("/proc/self/mounts", "/proc/mounts", "/etc/mtab"):
            try:
                mounts_text = Path(source).read_text(encoding="utf-8", errors="replace")
                break
            except OSError:
                continue
        else:
            return None
    mount = mount_of(target, parse_mounts(mounts_text))
    if mount is not None and is_network_type(mount.fs_type):
        return mount.fs_type
    return None


def check_local(path: str | os.PathLike, allow_network: bool = False, mounts_text: str | None = None) -> None:
    """Raise ``StoreError`` when ``path`` lies on a network file system (unless ``allow_network``)."""
    fs_type = network_filesystem(path, mounts_text)
    if fs_type is None:
        return
    if allow_network:
        log.warning("Opening %s on network file system %s at the user's request", path, fs_type)
        return
    raise StoreError(
        f"The store {path} is on a network file system ({fs_type}). SQLite's write-ahead log is not safe "
        "there and the file could be corrupted; copy it to a local disk, work on it there and copy it back "
        "(or open it with allow_network=True if you know the share supports SQLite locking)."
    )
