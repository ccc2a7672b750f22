"""TakClient, the API a window drives: start, send, stop, status callbacks, reconnection; a server that
reads slowly gets everything; events it sends arrive parsed."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from test_tak_cot import foreign

from border_monitor.tak.client import ClientState, TakClient
from border_monitor.tak.transport import Endpoint, TakConnectionError

WAIT = 30.0


def wait_for(condition, what):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


class Server:
    """A plain TCP server on loopback that records what it receives and can send."""

    def __init__(self, delay: float = 0.0, port: int = 0):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.delay = delay
        self.conn = None
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        try:
            self.conn, _ = self.sock.accept()
        except OSError:
            return
        time.sleep(self.delay)  # a slow server: the client's socket buffer fills meanwhile
        while True:
            try:
                data = self.conn.recv(65536)
            except OSError:
                return
            if not data:
                return
            self.received += data

    def close(self):
        for s in (self.conn, self.sock):
            if s is not None:
                try:
                    s.close()
                except OSError:
                    pass


def test_a_slow_server_gets_every_event_and_statuses_are_reported():
    server = Server(delay=1.0)
    statuses = []
    client = TakClient(f"tcp://127.0.0.1:{server.port}", on_status=statuses.append, timeout=WAIT).start()
    try:
        client.wait_connected(WAIT)
        events = [foreign(f"u{k}").replace(b"drone over the road", b"x" * 2000) for k in range(3000)]
        client.send(events)
        client.drain(WAIT)
        wait_for(lambda: server.received.count(b"</event>") == 3000, "3000 events at the server")
        assert server.received == b"".join(events)
        assert client.status.sent == 3000
    finally:
        client.stop()
        server.close()
    states = [s.state for s in statuses]
    assert states[:2] == [ClientState.CONNECTING, ClientState.CONNECTED] and states[-1] == ClientState.STOPPED


def test_events_from_the_server_arrive_parsed_and_a_dtd_is_refused():
    server = Server()
    got = []
    client = TakClient(f"tcp://127.0.0.1:{server.port}", on_events=got.extend).start()
    try:
        client.wait_connected(WAIT)
        wait_for(lambda: server.conn is not None, "the connection")
        server.conn.sendall(foreign("one")[:100])
        server.conn.sendall(foreign("one")[100:] + b'<!DOCTYPE e [<!ENTITY x "y">]>' + foreign("bad") + foreign("two"))
        wait_for(lambda: len(got) == 2, "two events")
        assert [e.uid for e in got] == ["one", "two"] and client.status.refused == 1
    finally:
        client.stop()
        server.close()


def test_without_reconnect_the_failure_is_raised_and_with_it_the_client_comes_back():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    one_shot = TakClient(f"tcp://127.0.0.1:{port}").start()
    with pytest.raises(TakConnectionError, match=f"Cannot connect to tcp://127.0.0.1:{port}"):
        one_shot.wait_connected(WAIT)
    assert one_shot.status.state is ClientState.FAILED
    statuses = []
    lasting = TakClient(f"tcp://127.0.0.1:{port}", reconnect=True, on_status=statuses.append).start()
    try:
        wait_for(lambda: any(s.state is ClientState.RECONNECTING for s in statuses), "a reconnection attempt")
        lasting.send(foreign("queued while away"))
        server = Server(port=port)
        try:
            lasting.wait_connected(WAIT)
            lasting.drain(WAIT)
            wait_for(lambda: b'uid="queued while away"' in server.received, "the queued event")
        finally:
            lasting.stop()
            server.close()
    finally:
        lasting.stop()
    assert not lasting.running


def test_endpoints_parse_or_say_what_is_wrong():
    assert str(Endpoint.parse("tls://tak.example:8089")) == "tls://tak.example:8089"
    assert Endpoint.parse("udp://239.2.3.1:6969").multicast
    assert not Endpoint.parse("udp://127.0.0.1:6969").multicast
    for bad in ("tak.example:8087", "tcp://tak.example", "ftp://x:1", "tcp://:80"):
        with pytest.raises(TakConnectionError):
            Endpoint.parse(bad)


def test_udp_multicast_one_event_per_datagram():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # a free UDP port
        probe.bind(("", 0))
        port = probe.getsockname()[1]
    got = []
    receiver = TakClient(f"udp://239.2.3.1:{port}", on_events=got.extend).start()
    sender = TakClient(f"udp://239.2.3.1:{port}", receive=False).start()
    try:
        try:
            receiver.wait_connected(WAIT)
        except TakConnectionError as exc:  # a machine with no multicast route at all
            pytest.skip(f"no multicast here: {exc}")
        sender.wait_connected(WAIT)
        sender.send([foreign("m1"), foreign("m2")[:-3], foreign("m3")])  # the middle one is cut short
        sender.drain(WAIT)
        wait_for(lambda: len(got) == 2, "two multicast events")
        assert [e.uid for e in got] == ["m1", "m3"]
    finally:
        sender.stop()
        receiver.stop()
