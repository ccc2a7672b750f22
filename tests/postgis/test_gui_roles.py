"""The window greys out what the connected role may not do, per service, against the real server: an LT operator
with a PL incident selected has Edit/Delete/Verify/Close disabled with a tooltip saying why and records incidents
of LT only; an LT supervisor verifies, closes, deletes and restores LT incidents, not PL ones; a viewer changes
nothing. What the window still lets through is what the database accepts."""
from __future__ import annotations

import secrets
from datetime import datetime, timezone

import psycopg
import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMainWindow  # noqa: E402

from border_monitor.domain.incident import Incident  # noqa: E402
from border_monitor.domain.taxonomy import Status  # noqa: E402
from border_monitor.store import open_store  # noqa: E402
from border_monitor.store.postgis import roles  # noqa: E402
from border_monitor.ui.editing.controller import EditController  # noqa: E402
from border_monitor.ui.editing.form import IncidentForm  # noqa: E402
from border_monitor.ui.state import AppState  # noqa: E402

def incident(country: str, k: int = 0) -> Incident:
    lon, lat = {"LT": (25.0, 54.5), "PL": (23.8, 53.1), "LV": (27.5, 55.9)}[country]
    return Incident(occurred_at=datetime(2021, 8, 1 + k, 10, tzinfo=timezone.utc), country=country,
                    type="apprehension", lon=lon + 0.01 * k, lat=lat, persons=2, description=f"{country} {k}")


@pytest.fixture
def picture(pg_server, pg_url):
    """Two LT and two PL incidents written by the owner; an LT operator, an LT supervisor and a PL viewer."""
    lt, lt2, pl, pl2 = incident("LT"), incident("LT", 1), incident("PL"), incident("PL", 1)
    with open_store(pg_url) as owner:
        owner.add([lt, lt2, pl, pl2], "admin")
        owner.delete([lt2.id, pl2.id], "admin")  # one deleted incident of each service, to restore
    suffix = secrets.token_hex(3)
    db = pg_url.rsplit("/", 1)[1]
    urls = {}
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for level, service in (("operator", "LT"), ("supervisor", "LT"), ("viewer", "PL")):
            name, password = f"g_{level}_{suffix}", secrets.token_hex(8)
            roles.add_user(conn, name, service, level, password)
            urls[level] = pg_server.database_url(db, user=name, password=password)
    yield dict(urls=urls, lt=str(lt.id), lt2=str(lt2.id), pl=str(pl.id), pl2=str(pl2.id), owner=pg_url)
    with pg_server.admin() as conn:
        for url in urls.values():
            conn.execute(f'DROP ROLE IF EXISTS "{url.split("//", 1)[1].split(":", 1)[0]}"')


@pytest.fixture
def connect(qtbot):
    made = []

    def connect(url: str) -> dict:
        store = open_store(url)
        state = AppState()
        window = QMainWindow()
        qtbot.addWidget(window)
        controller = EditController(store, state, "officer", parent=window)
        controller.install(window)
        errors: list[str] = []
        controller.failed.connect(errors.append)
        made.append((controller, store))
        return dict(store=store, state=state, c=controller, errors=errors)

    yield connect
    for controller, store in made:
        controller.undo_stack.clear()
        store.close()


def enabled(c: EditController) -> dict[str, bool]:
    out = {"new": c.new_action.isEnabled(), "edit": c.edit_action.isEnabled(), "delete": c.delete_action.isEnabled(),
           "restore": c.restore_action.isEnabled()}
    out.update({s.value: a.isEnabled() for s, a in c.status_actions.items()})
    return out


def test_an_lt_operator_edits_lt_incidents_only_and_never_verifies_closes_or_deletes(picture, connect):
    op = connect(picture["urls"]["operator"])
    c, state, store = op["c"], op["state"], op["store"]
    state.select([picture["pl"]], picture["pl"])
    assert enabled(c) == {"new": True, "edit": False, "delete": False, "restore": False, "reported": False,
                          "verified": False, "closed": False}
    for action in (c.edit_action, c.delete_action, c.status_actions[Status.VERIFIED], c.status_actions[Status.CLOSED]):
        assert "operator LT: you may change incidents of LT only, and this is of PL" in action.toolTip()
    assert "Only a supervisor of LT may restore deleted incidents" in c.restore_action.toolTip()
    state.select([picture["lt"]], picture["lt"])
    assert enabled(c) == {"new": True, "edit": True, "delete": False, "restore": False, "reported": True,
                          "verified": False, "closed": False}
    assert "Only a supervisor of LT may delete incidents" in c.delete_action.toolTip()
    assert "Only a supervisor of LT may verify incidents" in c.status_actions[Status.VERIFIED].toolTip()
    assert c.edit_action.toolTip() == "Edit the selected incident (Enter in the table)"

    form = IncidentForm(None)  # the new-incident form: the service fixed to LT, the status to reported
    c._restrict(form)  # noqa: SLF001 - what new_incident does before showing the form
    model = form.status_combo.model()
    assert not form.country_combo.isEnabled() and form.country_combo.currentData() == "LT"
    assert "record incidents of LT only" in form.country_combo.toolTip()
    assert [model.item(k).isEnabled() for k in range(form.status_combo.count())] == [True, False, False]
    form.location_edit.set_position(23.8, 53.1)  # a position at the Polish border does not pick PL
    assert form.country_combo.currentData() == "LT"
    form.deleteLater()

    before = store.get(picture["lt"])
    c.update(before, before.with_changes(persons=9))  # what the window offers, the database accepts
    assert not op["errors"]
    c.delete([picture["pl"]])  # a shortcut past the greyed action: refused with the sentence, nothing written
    c.set_status(Status.CLOSED, [picture["lt"]])
    assert len(op["errors"]) == 2 and "of LT only" in op["errors"][0] and "Only a supervisor" in op["errors"][1]
    with open_store(picture["owner"]) as owner:
        assert owner.get(picture["lt"]).persons == 9 and owner.get(picture["lt"]).status == Status.REPORTED
        assert not owner.get(picture["pl"]).deleted


def test_an_lt_supervisor_verifies_closes_deletes_and_restores_lt_incidents_only(picture, connect):
    sup = connect(picture["urls"]["supervisor"])
    c, state = sup["c"], sup["state"]
    state.select([picture["lt"]], picture["lt"])
    assert enabled(c) == {"new": True, "edit": True, "delete": True, "restore": True, "reported": True,
                          "verified": True, "closed": True}
    state.select([picture["lt"], picture["pl"]], picture["lt"])  # a selection with a PL incident in it
    flags = enabled(c)
    assert flags["edit"] and not flags["delete"] and not flags["verified"] and not flags["closed"]
    assert "you may change incidents of LT only, and this is of PL" in c.delete_action.toolTip()
    c.set_status(Status.VERIFIED, [picture["lt"]])
    c.restore([picture["lt2"]])
    c.restore([picture["pl2"]])  # refused before it reaches the server
    c.delete([picture["lt"]])
    assert len(sup["errors"]) == 1 and "of LT only" in sup["errors"][0]
    with open_store(picture["owner"]) as owner:
        assert owner.get(picture["lt"]).status == Status.VERIFIED and owner.get(picture["lt"]).deleted
        assert not owner.get(picture["lt2"]).deleted and owner.get(picture["pl2"]).deleted


def test_a_viewer_changes_nothing(picture, connect):
    view = connect(picture["urls"]["viewer"])
    c, state = view["c"], view["state"]
    state.select([picture["pl"]], picture["pl"])
    assert not any(enabled(c).values())
    assert "viewer reads the shared picture" in c.new_action.toolTip()
    assert "viewer reads the shared picture" in c.edit_action.toolTip()


def test_the_window_as_an_lt_operator_with_a_pl_incident_selected(qtbot, picture, tmp_path):
    from border_monitor.ui.lifecycle import dispose
    from border_monitor.ui.main_window import MainWindow
    from border_monitor.ui.settings import open_settings

    store = open_store(picture["urls"]["operator"])
    w = MainWindow(store, store_path=picture["urls"]["operator"], settings=open_settings(tmp_path / "s.ini"),
                   restore=False, user="officer.lt")
    try:
        w.resize(1400, 900)
        w.show()
        qtbot.waitUntil(w.map_panel.is_settled, timeout=30_000)
        w.state.select([picture["pl"]], picture["pl"])
        e = w.editing
        assert not e.edit_action.isEnabled() and not e.delete_action.isEnabled() and e.new_action.isEnabled()
        assert "as operator LT" in w.store_label.text()
        tool = w.findChild(type(e.toolbar), "editToolBar").widgetForAction(e.edit_action)
        assert not tool.isEnabled() and "of LT only" in tool.toolTip()
        shot = tmp_path / "operator_lt_pl_selected.png"
        assert w.grab().save(str(shot))
        import os

        if os.environ.get("BM_SHOTS"):  # a copy to look at
            w.grab().save(os.path.join(os.environ["BM_SHOTS"], shot.name))
            e.edit_menu.popup(w.mapToGlobal(w.rect().center()))
            qtbot.wait(200)
            e.edit_menu.grab().save(os.path.join(os.environ["BM_SHOTS"], "operator_edit_menu.png"))
            e.edit_menu.hide()
            from PySide6.QtWidgets import QApplication, QToolTip

            QToolTip.showText(tool.mapToGlobal(tool.rect().bottomLeft()), tool.toolTip(), tool)
            qtbot.wait(200)
            tips = [t for t in QApplication.topLevelWidgets() if t.metaObject().className() == "QTipLabel"]
            if tips:
                tips[0].grab().save(os.path.join(os.environ["BM_SHOTS"], "operator_edit_tooltip.png"))
            QToolTip.hideText()
    finally:
        dispose(w)
        store.close()


def test_a_supervisor_resolves_the_conflicts_of_its_own_service_only(qtbot, picture, tmp_path):
    from dataclasses import replace

    from border_monitor.sync.gpkg_replica import GeoPackageReplica
    from border_monitor.sync.operations import sync_stores
    from border_monitor.sync.postgis_replica import PostgisReplica
    from border_monitor.ui.conflicts.panel import ConflictsPanel

    laptop = tmp_path / "laptop.gpkg"
    open_store(laptop, create=True).close()

    def sync() -> None:
        with GeoPackageReplica.open(laptop) as local, PostgisReplica.open(picture["owner"]) as remote:
            sync_stores(local, remote)

    sync()
    for address, text in ((laptop, "field"), (picture["owner"], "hq")):  # the same field changed on both sides
        with open_store(address) as store:
            for uid in (picture["lt"], picture["pl"]):
                store.update(replace(store.get(uid), description=f"{text} note"), text)
    sync()
    for level, usable in (("supervisor", {"LT": True, "PL": False}), ("operator", None)):
        store = open_store(picture["urls"][level])
        state = AppState()
        state.adopt_store(store)
        panel = ConflictsPanel(state, lambda: "officer")
        qtbot.addWidget(panel)
        try:
            if usable is None:  # an operator: the panel says who resolves them
                assert panel.list.count() == 0 and "Only a supervisor of LT may resolve conflicts" in \
                    panel.summary.text()
                continue
            assert panel.list.count() == 2
            for row in range(2):
                panel.list.setCurrentRow(row)
                country = panel.current_conflict().state.values()["country"]
                assert panel.merge_button.isEnabled() is usable[country]
                assert all(b.isEnabled() is usable[country] for b in panel.keep_buttons) and panel.keep_buttons
                if not usable[country]:
                    assert "of LT only, and this is of PL" in panel.merge_button.toolTip()
        finally:
            panel.deleteLater()
            store.close()
