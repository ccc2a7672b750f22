"""A throwaway PostgreSQL cluster for the tests and CI: initdb + pg_ctl in a temporary folder on a free port.

    python tests/pg_cluster.py start DIR       # prints the URL (postgresql://postgres@127.0.0.1:PORT/postgres)
    python tests/pg_cluster.py stop DIR

The server listens on 127.0.0.1 only (its socket in DIR), trusts the ``postgres`` superuser from there (and
for replication, so a standby can stream from it) and asks every other role for its password (SCRAM), so a
wrong password is a real refusal. As root, every server program runs as the ``postgres`` user
(``runuser -u postgres --``), which owns DIR; otherwise as the current user. Binaries: ``$BM_PG_BIN``, else
/usr/lib/postgresql/15/bin, else whatever ``pg_ctl`` is on PATH.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

SUPERUSER = "postgres"
_CANDIDATE_BINS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")

HBA = """\
local all all trust
host all postgres 127.0.0.1/32 trust
host replication postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


def pg_bin() -> Path | None:
    """The folder of initdb/pg_ctl/pg_basebackup, or None when PostgreSQL is not installed."""
    for candidate in (os.environ.get("BM_PG_BIN"), *_CANDIDATE_BINS):
        if candidate and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def has_postgis() -> bool:
    """Whether the PostGIS extension is installed beside the server."""
    binaries = pg_bin()
    if binaries is None:
        return False
    share = subprocess.run([str(binaries / "pg_config"), "--sharedir"], capture_output=True, text=True)
    folder = Path(share.stdout.strip() or "/usr/share/postgresql/15") / "extension"
    return any(folder.glob("postgis.control"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")
    return done


class Cluster:
    """One PostgreSQL data folder (``root/data``) and the server on ``port``."""

    def __init__(self, root: Path, port: int | None = None):
        self.root = Path(root)
        self.data = self.root / "data"
        self.bin = pg_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (no pg_ctl found)")
        port_file = self.root / "port"
        if port is None and port_file.exists():
            port = int(port_file.read_text())
        self.port = port or free_port()

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def _prepare_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "port").write_text(str(self.port))
        if os.geteuid() == 0:
            shutil.chown(self.root, SUPERUSER, SUPERUSER)
            self.root.chmod(0o755)
            for parent in self.root.parents:  # the server user must reach its folder
                if parent == Path("/"):
                    break
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    parent.chmod(mode | 0o001)

    def init(self) -> "Cluster":
        self._prepare_root()
        _run([str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
              "--locale=C.UTF-8", "--no-sync"])
        self._configure()
        return self

    def _configure(self) -> None:
        conf = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.data}'",
            "fsync": "off", "full_page_writes": "off",  # a commit still reaches the WAL before it returns
            "wal_level": "replica", "max_wal_senders": "5", "hot_standby": "on",
            "max_connections": "60", "shared_buffers": "64MB", "log_min_messages": "warning",
        }
        text = "".join(f"{k} = {v}\n" for k, v in conf.items())
        _run(["sh", "-c", f"cat >> '{self.data}/postgresql.auto.conf' <<'EOF'\n{text}EOF"])
        _run(["sh", "-c", f"cat > '{self.data}/pg_hba.conf' <<'EOF'\n{HBA}EOF"])

    def standby_of(self, primary: "Cluster | str") -> "Cluster":
        """Make this cluster a hot standby streaming from ``primary`` (a Cluster, or host:port of a server)."""
        self._prepare_root()
        host, port = ("127.0.0.1", primary.port) if isinstance(primary, Cluster) else primary.split(":")
        _run([str(self.bin / "pg_basebackup"), "-h", host, "-p", str(port), "-U", SUPERUSER, "-D", str(self.data),
              "-R", "-X", "stream", "-c", "fast", "--no-sync"])
        _run(["sh", "-c", f"cat >> '{self.data}/postgresql.auto.conf' <<'EOF'\nport = {self.port}\n"
                          f"unix_socket_directories = '{self.data}'\nEOF"])
        return self

    def start(self, timeout: float = 30.0) -> "Cluster":
        _run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.data / "server.log"), "-w",
              "-t", str(int(timeout)), "-o", f"-p {self.port}", "start"])
        return self

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            _run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def running(self) -> bool:
        done = subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "status"]),
                              capture_output=True)
        return done.returncode == 0

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = subprocess.run([str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)],
                                  capture_output=True)
            if done.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError(f"the server on port {self.port} did not become ready")

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python tests/pg_cluster.py start|stop DIR", file=sys.stderr)
        return 2
    command, folder = argv
    if command == "start":
        cluster = Cluster(Path(folder)).init().start()
        print(cluster.url())
    else:
        Cluster(Path(folder)).stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
