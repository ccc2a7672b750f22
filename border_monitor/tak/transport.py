"""Where CoT goes: ``tcp://HOST:PORT``, ``tls://HOST:PORT`` (client certificate) or ``udp://GROUP:PORT``.

The standard library carries it (``socket``, ``ssl``): CoT over TCP is XML events back to back, over
UDP one event per datagram (multicast SA, ``239.2.3.1:6969``). ``connect`` returns a ``Link``
with ``send(bytes)`` and ``receive()``; TLS loads the client certificate from a PEM file (with
``--key`` when the key is apart) or from a PKCS#12 ``.p12`` as TAK servers hand them out
(read with ``cryptography``), and checks the server against ``--ca`` (or the system's CAs).
Every failure is a ``TakConnectionError`` naming the server and what went wrong.
"""
from __future__ import annotations

import logging
import os
import socket
import ssl
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..domain.errors import BorderMonitorError

log = logging.getLogger(__name__)

SCHEMES = ("tcp", "tls", "udp")
UDP_MAX = 65507


class TakConnectionError(BorderMonitorError):
    """A TAK server cannot be reached, or refuses us; the message names it."""


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    host: str
    port: int

    @classmethod
    def parse(cls, text: str) -> "Endpoint":
        parts = urlsplit(text.strip())
        if parts.scheme not in SCHEMES:
            raise TakConnectionError(f"The TAK server {text!r} is not tcp://HOST:PORT, tls://HOST:PORT or "
                                     "udp://GROUP:PORT.")
        try:
            port = parts.port
        except ValueError:
            port = None
        if not parts.hostname or port is None or port == 0:
            raise TakConnectionError(f"The TAK server {text!r} names no host and port (e.g. tcp://tak.example:8087).")
        return cls(parts.scheme, parts.hostname, port)

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def multicast(self) -> bool:
        try:
            return self.scheme == "udp" and int(self.host.split(".")[0]) in range(224, 240)
        except ValueError:
            return False


@dataclass(frozen=True)
class TlsFiles:
    """The client's certificate (PEM with its key, PEM + ``key``, or PKCS#12) and the CA to trust."""

    cert: Path | None = None
    key: Path | None = None
    ca: Path | None = None
    password: str | None = None

    def context(self, endpoint: Endpoint) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
        try:
            if self.ca is not None:
                context.load_verify_locations(cafile=str(self.ca))
            if self.cert is not None:
                if self.cert.suffix.lower() in (".p12", ".pfx"):
                    _load_pkcs12(context, self.cert, self.password)
                else:
                    context.load_cert_chain(str(self.cert), str(self.key) if self.key else None, self.password)
        except FileNotFoundError as exc:
            raise TakConnectionError(f"Cannot connect to {endpoint}: the file {exc.filename} does not exist.") from None
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise TakConnectionError(f"Cannot connect to {endpoint}: the certificate files cannot be used ({exc}).") \
                from None
        return context


def _load_pkcs12(context: ssl.SSLContext, path: Path, password: str | None) -> None:
    """``ssl`` loads certificates from files only: the PKCS#12 content goes to a private temporary PEM
    (mode 0600, removed at once)."""
    try:
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12
    except ImportError:  # pragma: no cover - cryptography is a dependency
        raise TakConnectionError(f"Reading {path} needs the 'cryptography' package; give a PEM certificate instead.") \
            from None
    key, cert, extra = pkcs12.load_key_and_certificates(path.read_bytes(),
                                                        password.encode() if password else None)
    if key is None or cert is None:
        raise ValueError(f"{path} holds no certificate with its private key")
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()) + cert.public_bytes(Encoding.PEM)
    pem += b"".join(c.public_bytes(Encoding.PEM) for c in extra or ())
    fd, name = tempfile.mkstemp(suffix=".pem")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(pem)
        context.load_cert_chain(name)
    finally:
        os.unlink(name)


class Link:
    """An open connection: TCP/TLS stream or UDP socket."""

    def __init__(self, endpoint: Endpoint, sock: socket.socket, *, listening: bool = False):
        self.endpoint = endpoint
        self.sock = sock
        self.listening = listening

    def send(self, data: bytes) -> None:
        try:
            if self.endpoint.scheme == "udp":
                if len(data) > UDP_MAX:
                    raise TakConnectionError(f"An event of {len(data)} bytes does not fit a UDP datagram to "
                                             f"{self.endpoint}.")
                self.sock.sendto(data, (self.endpoint.host, self.endpoint.port))
            else:
                self.sock.sendall(data)
        except socket.timeout:
            raise TakConnectionError(f"Sending to {self.endpoint} failed: the server takes no data.") from None
        except OSError as exc:
            raise TakConnectionError(f"Sending to {self.endpoint} failed: {exc.strerror or exc}.") from None

    def receive(self, size: int = 65536) -> bytes:
        """Bytes as they arrive (b"" when the server closed the connection); ``socket.timeout`` passes through."""
        try:
            return self.sock.recv(size)
        except socket.timeout:
            raise
        except OSError as exc:
            raise TakConnectionError(f"Receiving from {self.endpoint} failed: {exc.strerror or exc}.") from None

    def settimeout(self, seconds: float | None) -> None:
        self.sock.settimeout(seconds)

    def close(self) -> None:
        try:
            if self.endpoint.scheme != "udp":
                self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()


def connect(endpoint: Endpoint, tls: TlsFiles | None = None, *, timeout: float = 10.0,
            listen: bool = False) -> Link:
    """Open a link to ``endpoint``. ``listen``: UDP only, bind the port (and join the group) to receive."""
    if endpoint.scheme == "udp":
        return _udp(endpoint, listen)
    try:
        sock = socket.create_connection((endpoint.host, endpoint.port), timeout=timeout)
    except socket.timeout:
        raise TakConnectionError(f"Cannot connect to {endpoint}: no answer within {timeout:g} s.") from None
    except OSError as exc:
        raise TakConnectionError(f"Cannot connect to {endpoint}: {exc.strerror or exc}.") from None
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if endpoint.scheme == "tls":
        context = (tls or TlsFiles()).context(endpoint)
        try:
            sock = context.wrap_socket(sock, server_hostname=endpoint.host)
        except ssl.SSLCertVerificationError as exc:
            sock.close()
            raise TakConnectionError(f"Cannot connect to {endpoint}: its certificate is not trusted "
                                     f"({exc.verify_message}); give the server's CA with --ca.") from None
        except (ssl.SSLError, OSError) as exc:
            sock.close()
            raise TakConnectionError(f"Cannot connect to {endpoint}: the TLS handshake failed ({exc}).") from None
    log.info("connected to %s", endpoint)
    return Link(endpoint, sock)


def _udp(endpoint: Endpoint, listen: bool) -> Link:
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        if listen:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("", endpoint.port) if endpoint.multicast else (endpoint.host, endpoint.port))
            if endpoint.multicast:
                group = struct.pack("4s4s", socket.inet_aton(endpoint.host), socket.inet_aton("0.0.0.0"))
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, group)
        elif endpoint.multicast:
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
            sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
    except OSError as exc:
        raise TakConnectionError(f"Cannot open {endpoint}: {exc.strerror or exc}.") from None
    return Link(endpoint, sock, listening=listen)
