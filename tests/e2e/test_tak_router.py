"""``border-monitor tak`` against a real TAK router (taky, from PyPI) on loopback, run in a subprocess.

A second client is a plain socket (or an ``ssl`` socket) that cuts what it receives on ``</event>``.
taky keeps (persists) the markers it has routed and replays them to every client that connects, so
each test starts its own router on free ports.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from border_monitor.domain import IncidentFilter
from border_monitor.store import open_store
from border_monitor.tak.cot_in import incident_id
from border_monitor.tak.cot_out import event_uid
from border_monitor.tak.cot_types import cot_type

pytest.importorskip("taky", reason="the tak-test extra (taky) is not installed")

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
WAIT = 60.0  # seconds any condition may take on a loaded machine before the test gives up


def cli(*args, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "border_monitor", *args], capture_output=True, text=True,
                          env={**ENV, **(env or {})}, timeout=240, **kwargs)


def _default_sigint() -> None:
    # A suite started in the background by a non-interactive shell inherits SIGINT ignored, and Python then
    # installs no KeyboardInterrupt handler: the child would never stop on the Ctrl-C these tests send.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cli_background(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "border_monitor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV, preexec_fn=_default_sigint)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, what: str, timeout: float = WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class Router:
    """taky in a subprocess, TCP (or SSL with the given certificate files) on a free loopback port."""

    def __init__(self, folder: Path, tls: dict | None = None):
        self.port = free_port()
        lines = ["[taky]", "hostname = localhost", "node_id = TEST", "bind_ip = 127.0.0.1", f"root_dir = {folder}",
                 "", "[cot_server]", f"port = {self.port}", "", "[ssl]", f"enabled = {'true' if tls else 'false'}"]
        if tls:
            lines += [f"{k} = {v}" for k, v in tls.items()] + [f"cert_db = {folder / 'cert-db.txt'}"]
            lines += ["", "[cot_server]"] if False else []
        config = folder / "taky.conf"
        config.write_text("\n".join(lines) + "\n")
        self.log = open(folder / "taky.log", "w")
        self.process = subprocess.Popen([sys.executable, "-m", "taky.cot", "-c", str(config), "-l", "info"],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        wait_for(self._listening, "taky to listen")

    def _listening(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"taky exited: {Path(self.log.name).read_text()}")
        try:
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
            return True
        except OSError:
            return False

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class Receiver:
    """A plain TAK client: a socket that collects every event the router sends it."""

    def __init__(self, port: int, context: ssl.SSLContext | None = None):
        sock = socket.create_connection(("127.0.0.1", port), timeout=WAIT)
        self.sock = context.wrap_socket(sock, server_hostname="localhost") if context else sock
        self.events: list[ET.Element] = []
        self._buffer = b""
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        self.sock.settimeout(0.2)
        while True:
            try:
                data = self.sock.recv(65536)
            except (socket.timeout, ssl.SSLWantReadError):
                continue
            except OSError:
                return
            if not data:
                return
            self._buffer += data
            found = re.findall(rb"<event\b.*?</event>", self._buffer, re.S)
            if found:
                self._buffer = self._buffer[self._buffer.rindex(b"</event>") + 8:]
                with self._lock:
                    self.events.extend(ET.fromstring(e) for e in found)

    def of_type(self, prefix: str = "") -> list[ET.Element]:
        with self._lock:
            return [e for e in self.events if e.get("type", "").startswith(prefix) and e.get("uid") != "probe"]

    def ready(self, port: int) -> None:
        """Wait until the router routes to this client: a probe event from another client arrives."""
        probe = _probe_event()
        with socket.create_connection(("127.0.0.1", port)) as sender:
            def arrived():
                sender.sendall(probe)
                with self._lock:
                    return any(e.get("uid") == "probe" for e in self.events)
            wait_for(arrived, "the router to route to the receiver")

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass


def _probe_event() -> bytes:
    now = datetime.now(timezone.utc)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    stale = (now + timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return (f'<event version="2.0" uid="probe" type="t-x-probe" how="m-g" time="{stamp}" start="{stamp}" '
            f'stale="{stale}"><point lat="0" lon="0" hae="0" ce="9999999" le="9999999"/></event>').encode()


@pytest.fixture()
def router(tmp_path):
    folder = tmp_path / "taky"
    folder.mkdir()
    r = Router(folder)
    yield r
    r.close()


@pytest.fixture()
def demo_store(tmp_path):
    def make(n: int, name: str = "s.gpkg") -> Path:
        path = tmp_path / name
        result = cli("demo", "--out", str(path), "--incidents", str(n))
        assert result.returncode == 0, result.stderr
        return path
    return make


def _all(path: Path):
    with open_store(path) as store:
        return store.page(IncidentFilter(), limit=100_000)


def test_send_200_incidents_and_another_client_receives_exactly_them(router, demo_store):
    store = demo_store(200)
    incidents = {event_uid(i.id): i for i in _all(store)}
    receiver = Receiver(router.port)
    try:
        receiver.ready(router.port)
        result = cli("tak", "send", "--store", str(store), "--server", f"tcp://127.0.0.1:{router.port}")
        assert result.returncode == 0, result.stderr
        assert f"sent 200 incidents" in result.stdout
        wait_for(lambda: len(receiver.of_type()) >= 200, "200 events at the other client")
        events = receiver.of_type()
        assert len(events) == 200
        assert {e.get("uid") for e in events} == set(incidents)
        for event in events:
            incident = incidents[event.get("uid")]
            assert event.get("type") == cot_type(incident.type)
            stamp = incident.occurred_at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{incident.occurred_at.microsecond // 1000:03d}Z"
            assert event.get("time") == event.get("start") == stamp
            point = event.find("point")
            assert abs(float(point.get("lat")) - incident.lat) < 1e-6
            assert abs(float(point.get("lon")) - incident.lon) < 1e-6
            assert event.find("detail/remarks").text == incident.description
    finally:
        receiver.close()


def test_follow_sends_an_edit_that_replaces_and_a_delete_that_removes(router, demo_store):
    store = demo_store(20)
    receiver = Receiver(router.port)
    follow = None
    try:
        receiver.ready(router.port)
        follow = cli_background("tak", "send", "--store", str(store), "--server", f"tcp://127.0.0.1:{router.port}",
                                "--follow", "--interval", "0.2", "--for", "600")
        wait_for(lambda: len(receiver.of_type()) >= 20, "the first 20 events")
        incidents = _all(store)
        edited, removed = incidents[3], incidents[7]
        with open_store(store) as s:
            s.update(s.get(edited.id).with_changes(description="Moved 2 km north; group of 4"), "ana")
            s.delete([removed.id], "ana")
        wait_for(lambda: receiver.of_type("t-x-d-d"), "the delete event")
        wait_for(lambda: len(receiver.of_type()) >= 22, "the edited event")
        again = [e for e in receiver.of_type() if e.get("uid") == event_uid(edited.id)]
        assert [e.find("detail/remarks").text for e in again] == [edited.description, "Moved 2 km north; group of 4"]
        deletes = receiver.of_type("t-x-d-d")
        assert [d.find("detail/link").get("uid") for d in deletes] == [event_uid(removed.id)]
        assert len(receiver.of_type()) == 22  # nothing else was sent
    finally:
        receiver.close()
        if follow is not None:
            follow.send_signal(signal.SIGINT)
            out, err = follow.communicate(timeout=60)
    assert follow.returncode == 0, err
    assert "sent 21 incidents and 1 deletions" in out, out + err


def _foreign(uid: str, k: int, kind: str = "a-h-A-M-F-Q") -> bytes:
    now = datetime.now(timezone.utc) - timedelta(minutes=5)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    stale = (now + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return (f'<?xml version="1.0" encoding="UTF-8"?><event version="2.0" uid="{uid}" type="{kind}" how="h-g-i-g-o" '
            f'time="{stamp}" start="{stamp}" stale="{stale}"><point lat="{54.30 + k * 0.001:.6f}" '
            f'lon="{25.70 + k * 0.001:.6f}" hae="0" ce="25" le="10"/><detail><contact callsign="PATROL-{k}"/>'
            f'<remarks>Drone seen over the forest, heading west</remarks></detail></event>').encode()


def test_listen_ingests_events_of_another_client_twice_without_duplicates(router, demo_store):
    store = demo_store(1, "r.gpkg")
    batch = b"".join(_foreign(f"ANDROID-{k}.drone", k) for k in range(30))
    skipped = _foreign("ANDROID-far", 0).replace(b'lat="54.300000"', b'lat="40.000000"') + \
        _foreign("ANDROID-chat", 1, kind="u-d-f")
    listen = cli_background("tak", "listen", "--store", str(store), "--server", f"tcp://127.0.0.1:{router.port}",
                            "--for", "600", "--user", "tak-gateway")
    try:
        with socket.create_connection(("127.0.0.1", router.port)) as sender:
            sender.sendall(batch + skipped)
            wait_for(lambda: _count(store) == 31, "30 incidents ingested")
            sender.sendall(batch + _foreign("ANDROID-last", 40))  # the same 30 again, then one more
            wait_for(lambda: _count(store) == 32, "the last incident ingested")
    finally:
        listen.send_signal(signal.SIGINT)
        out, err = listen.communicate(timeout=60)
    assert listen.returncode == 0, err
    assert "31 added, 0 updated, 0 deleted, 30 unchanged" in out
    assert "2 outside the monitored region" not in out and "1 outside the monitored region" in out
    assert "1 of unmapped types" in out
    with open_store(store) as s:
        got = s.get(incident_id("ANDROID-7.drone"))
        assert got.source == "PATROL-7" and got.status.value == "reported" and got.type.value == "airspace"
        assert s.history(got.id)[0].user == "tak-gateway"
    # A second run: the router replays what it keeps; nothing is added twice.
    again = cli("tak", "listen", "--store", str(store), "--server", f"tcp://127.0.0.1:{router.port}", "--for", "3")
    assert again.returncode == 0, again.stderr
    assert "0 added" in again.stdout and _count(store) == 32


def _count(path: Path) -> int:
    with open_store(path) as store:
        return store.count(IncidentFilter())


def test_listen_refuses_events_with_a_dtd_or_entity_from_a_server(tmp_path, demo_store):
    """taky never routes a DTD (it re-serialises events), so a plain socket plays the server here."""
    store = demo_store(1, "r.gpkg")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
            + _foreign("bomb", 1).split(b"?>", 1)[1].replace(b"Drone seen", b"&lol2;"))
    external = b'<!DOCTYPE event [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + \
        _foreign("xxe", 2).split(b"?>", 1)[1].replace(b"Drone seen", b"&x;")

    def serve():
        conn, _ = server.accept()
        conn.sendall(bomb + external + _foreign("good", 3))
        time.sleep(30)
        conn.close()
    threading.Thread(target=serve, daemon=True).start()
    listen = cli_background("tak", "listen", "--store", str(store), "--server", f"tcp://127.0.0.1:{port}",
                            "--for", "600")
    try:
        wait_for(lambda: _count(store) == 2, "the good event")
    finally:
        listen.send_signal(signal.SIGINT)
        out, err = listen.communicate(timeout=60)
        server.close()
    assert "1 added" in out and "2 refused" in out, out + err
    assert "document type or an entity" in err
    with open_store(store) as s:
        assert all("lol" not in i.description and "root:" not in i.description for i in s.page(IncidentFilter()))


# -- TLS ---------------------------------------------------------------------------------------------

def _certificates(folder: Path) -> dict:
    """A CA, a server certificate for 127.0.0.1/localhost and a client certificate (PEM and .p12)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    import ipaddress

    now = datetime.now(timezone.utc) - timedelta(minutes=5)

    def name(text):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def issue(subject, key, issuer, issuer_key, *, ca=False, usage=None, san=None):
        builder = (x509.CertificateBuilder().subject_name(name(subject)).issuer_name(name(issuer))
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now).not_valid_after(now + timedelta(days=2))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if ca:
            builder = builder.add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                                          content_commitment=False, key_encipherment=False,
                                                          data_encipherment=False, key_agreement=False,
                                                          encipher_only=False, decipher_only=False), critical=True)
        if usage:
            builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        if san:
            builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
        return builder.sign(issuer_key, hashes.SHA256())

    def pem_key(key):
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = issue("Test TAK CA", ca_key, "Test TAK CA", ca_key, ca=True)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = issue("localhost", server_key, "Test TAK CA", ca_key, usage=ExtendedKeyUsageOID.SERVER_AUTH,
                   san=[x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    client_key = ec.generate_private_key(ec.SECP256R1())
    client = issue("patrol-laptop", client_key, "Test TAK CA", ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    files = {"ca": folder / "ca.pem", "cert": folder / "server.pem", "key": folder / "server.key",
             "client_cert": folder / "client.pem", "client_key": folder / "client.key", "p12": folder / "client.p12"}
    files["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files["cert"].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    files["key"].write_bytes(pem_key(server_key))
    files["client_cert"].write_bytes(client.public_bytes(serialization.Encoding.PEM))
    files["client_key"].write_bytes(pem_key(client_key))
    files["p12"].write_bytes(pkcs12.serialize_key_and_certificates(
        b"patrol-laptop", client_key, client, [ca], serialization.BestAvailableEncryption(b"atakatak")))
    return files


def test_tls_with_a_client_certificate_the_test_makes(tmp_path, demo_store):
    folder = tmp_path / "taky"
    folder.mkdir()
    files = _certificates(tmp_path)
    router = Router(folder, tls={"client_cert_required": "true", "ca": files["ca"], "ca_key": "", "cert": files["cert"],
                                 "key": files["key"], "server_p12": "", "server_p12_pw": "", "key_pw": ""})
    store = demo_store(25)
    context = ssl.create_default_context(cafile=str(files["ca"]))
    context.load_cert_chain(str(files["client_cert"]), str(files["client_key"]))
    receiver = None
    try:
        receiver = Receiver(router.port, context)
        _ready_tls(receiver, router.port, context)
        result = cli("tak", "send", "--store", str(store), "--server", f"tls://127.0.0.1:{router.port}",
                     "--cert", str(files["p12"]), "--password", "atakatak", "--ca", str(files["ca"]))
        assert result.returncode == 0, result.stderr
        wait_for(lambda: len(receiver.of_type()) >= 25, "25 events over TLS")
        assert {e.get("uid") for e in receiver.of_type()} == {event_uid(i.id) for i in _all(store)}
        # Without the CA the server's certificate is not trusted: a sentence, exit 2.
        untrusted = cli("tak", "send", "--store", str(store), "--server", f"tls://127.0.0.1:{router.port}",
                        "--cert", str(files["p12"]), "--password", "atakatak")
        assert untrusted.returncode == 2
        assert "certificate is not trusted" in untrusted.stderr and "Traceback" not in untrusted.stderr
        wrong = cli("tak", "send", "--store", str(store), "--server", f"tls://127.0.0.1:{router.port}",
                    "--cert", str(files["p12"]), "--password", "wrong", "--ca", str(files["ca"]))
        assert wrong.returncode == 2 and "certificate files cannot be used" in wrong.stderr
        from_env = cli("tak", "send", "--store", str(store), "--server", f"tls://127.0.0.1:{router.port}",
                       "--cert", str(files["p12"]), "--ca", str(files["ca"]),
                       env={"BORDER_MONITOR_TAK_PASSWORD": "atakatak"})
        assert from_env.returncode == 0, from_env.stderr
        wait_for(lambda: len(receiver.of_type()) >= 50, "25 more events, the password from the environment")
    finally:
        if receiver is not None:
            receiver.close()
        router.close()


def _ready_tls(receiver: Receiver, port: int, context: ssl.SSLContext) -> None:
    probe = _probe_event()
    with context.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="localhost") as sender:
        def arrived():
            sender.sendall(probe)
            return any(e.get("uid") == "probe" for e in receiver.events)
        wait_for(arrived, "the router to route over TLS")


# -- UDP and failures ------------------------------------------------------------------------------------

def test_udp_sends_one_datagram_per_event(demo_store):
    store = demo_store(5)
    receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    receiver.bind(("127.0.0.1", 0))
    receiver.settimeout(WAIT)
    port = receiver.getsockname()[1]
    result = cli("tak", "send", "--store", str(store), "--server", f"udp://127.0.0.1:{port}")
    assert result.returncode == 0, result.stderr
    datagrams = [ET.fromstring(receiver.recv(65536)) for _ in range(5)]
    receiver.close()
    assert {d.get("uid") for d in datagrams} == {event_uid(i.id) for i in _all(store)}


def test_unreachable_server_and_bad_urls_are_sentences(demo_store):
    store = demo_store(2)
    closed = free_port()
    result = cli("tak", "send", "--store", str(store), "--server", f"tcp://127.0.0.1:{closed}")
    assert result.returncode == 2 and f"Cannot connect to tcp://127.0.0.1:{closed}" in result.stderr
    bad = cli("tak", "send", "--store", str(store), "--server", "http://example.org")
    assert bad.returncode == 2 and "is not tcp://HOST:PORT" in bad.stderr
    cert = cli("tak", "send", "--store", str(store), "--server", "tcp://127.0.0.1:1", "--ca", str(store))
    assert cert.returncode == 2 and "are for tls:// servers" in cert.stderr
    assert "Traceback" not in result.stderr + bad.stderr + cert.stderr
