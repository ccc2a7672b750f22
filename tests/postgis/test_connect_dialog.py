"""File > Connect to shared store... and File > Recent stores: a real server that asks for a password (SCRAM),
the password kept in a keyring backend (never in the settings file), a recent shared store opened again
with the saved password, and a wrong password refused in a sentence with the window left on its store."""
from __future__ import annotations

import secrets

import pytest

pytest.importorskip("PySide6")
keyring = pytest.importorskip("keyring")

from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from border_monitor.cli.main import main  # noqa: E402
from border_monitor.store.postgis.store import PostgisStore  # noqa: E402
from border_monitor.store.postgis.url import parse  # noqa: E402
from border_monitor.ui.actions import recent_stores, shared_store  # noqa: E402
from border_monitor.ui.lifecycle import dispose  # noqa: E402
from border_monitor.ui.main_window import MainWindow  # noqa: E402
from border_monitor.ui.settings import open_settings  # noqa: E402

TIMEOUT = 30_000


class MemoryKeyring(KeyringBackend):
    """A keyring backend of this process (the test machine has no desktop secret service)."""
    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def ring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def near_midnight(qapp, tmp_path):
    from border_monitor.store import open_store

    store = open_store(tmp_path / "field.gpkg", create=True)
    yield store
    store.close()


@pytest.fixture
def operator(pg_server, pg_url, tmp_path, capsys):
    name, password = f"t_connect_{secrets.token_hex(3)}", secrets.token_hex(8)
    secret = tmp_path / "pw"
    secret.write_text(password + "\n")
    assert main(["db", "user", "add", name, "--service", "LT", "--role", "operator", "--store", pg_url,
                 "--password-file", str(secret)]) == 0
    capsys.readouterr()
    yield parse(pg_url), name, password
    main(["db", "user", "remove", name, "--store", pg_url])


def fill(dialog, address, user, password):
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def test_connect_keeps_the_password_in_the_keyring_only_and_recent_stores_reopen_it(
        qtbot, near_midnight, operator, ring, tmp_path, monkeypatch):
    address, user, password = operator
    settings_file = tmp_path / "settings.ini"
    w = MainWindow(near_midnight, store_path=near_midnight.path, settings=open_settings(settings_file),
                   restore=False)
    try:
        assert w.connect_action in w.menus["file"].actions()
        dialog = w.shared_store.choose()
        assert dialog.has_keyring and dialog.remember.isEnabled()
        dialog.host.setText("")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible() and "server" in dialog.message.text()  # refused in the dialog, nothing opened
        fill(dialog, address, user, password)
        dialog.remember.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: isinstance(w.state.store, PostgisStore), timeout=TIMEOUT)
        account = f"{user}@{address.host}:{address.port}/{address.database}"
        assert ring.secrets[("border-monitor", account)] == password
        kept = f"postgresql://{user}@{address.host}:{address.port}/{address.database}"
        assert w.state.store_path == kept
        w.settings.qsettings.sync()
        text = settings_file.read_text()
        assert password not in text and kept in text  # the recent list holds the address, never the password
        w.recent_stores.fill()
        entries = [a.data() for a in w.recent_stores.menu.actions() if a.data()]
        assert entries[:2] == [kept, str(near_midnight.path)]

        # back to the file, then the recent shared store opens with the keyring's password, no dialog
        w.recent_stores.open(str(near_midnight.path))
        qtbot.waitUntil(lambda: w.state.store_path == str(near_midnight.path), timeout=TIMEOUT)
        w.recent_stores.open(kept)
        qtbot.waitUntil(lambda: isinstance(w.state.store, PostgisStore), timeout=TIMEOUT)
        assert w.state.store.count(w.state.filter) == 0  # an empty shared store, read as the operator

        # a wrong password: a sentence, the window stays on its store, nothing new in the keyring
        shown = []
        monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
        ring.secrets[("border-monitor", account)] = "not-the-password"
        before = w.state.store
        w.recent_stores.open(kept)
        qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
        assert "password" in shown[0] and "not-the-password" not in shown[0]
        assert w.state.store is before
    finally:
        dispose(w)


def test_recent_list_drops_passwords_repeats_and_keeps_eight():
    values = [f"/data/s{k}.gpkg" for k in range(10)]
    values.insert(1, "postgresql://op:secret@db.example:5432/bm")
    values.insert(3, "/data/s0.gpkg")
    kept = recent_stores.remembered(values)
    assert kept[1] == "postgresql://op@db.example:5432/bm" and len(kept) == 8 and kept.count("/data/s0.gpkg") == 1
    assert recent_stores.with_first(kept, "/data/s5.gpkg")[0] == "/data/s5.gpkg"
    assert shared_store.address_of("db.example", 5433, "bm", "ją", "p@ss:/") == \
        "postgresql://j%C4%85:p%40ss%3A%2F@db.example:5433/bm"
    assert parse(shared_store.address_of("db.example", 5433, "bm", "ją", "p@ss:/")).user == "ją"
