"""Undoable edits: each QUndoCommand's redo/undo is one store write announced once (``ui.write_op``).

Nothing is ever deleted for good: undoing a create soft-deletes the incident and redoing it
restores it, so the audit log tells the whole story. Undoing an update writes the values from
before back over the current row (with its current revision, so the store's optimistic check
passes and the revision keeps growing). Every store call writes its own audit entry in the same
transaction (the store does that).

If the incident was changed by someone else since (a sync, another window), undo and redo refuse
rather than overwrite: the command reports the sentence, marks itself obsolete and the stack drops it.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain.errors import BorderMonitorError, StoreError
from ...domain.incident import Incident
from ...store.base import Change, IncidentStore
from ..state import AppState
from ..write_op import run_write

log = logging.getLogger(__name__)

#: The fields a user edits; undo/redo restore exactly these (plus the deleted flag).
USER_FIELDS = ("occurred_at", "country", "type", "lon", "lat", "persons", "nationalities", "description",
               "source", "status")


def user_values(incident: Incident) -> dict:
    return {name: getattr(incident, name) for name in USER_FIELDS}


class EditContext:
    """What every command needs: the state (and its store), the user, and where to report a failure."""

    def __init__(self, state: AppState, user: str, on_error: Callable[[str], None] | None = None):
        self.state = state
        self.user = user
        self.on_error = on_error or (lambda message: log.error("%s", message))

    @property
    def store(self) -> IncidentStore | None:
        return self.state.store


class StoreCommand(QUndoCommand):
    """Runs a store write for redo and one for undo; broadcasts the change; refuses on conflict."""

    def __init__(self, ctx: EditContext, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.error: str | None = None

    def _do(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._do, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, action: Callable[[], Change], what: str) -> None:
        try:
            run_write(self.ctx.state, action)
        except BorderMonitorError as exc:
            self.error = self._cannot(what, exc)
            log.warning("%s", self.error)
            self.setObsolete(True)
            self.ctx.on_error(self.error)
            return
        self._after(what)

    def _cannot(self, what: str, exc: BaseException) -> str:
        """"Cannot undo 'Edit incident': <the reason>", in the user's language."""
        from ..failure_text import failure_text

        text = (QCoreApplication.translate("commands", "Cannot undo '%1': %2") if what == "undo"
                else QCoreApplication.translate("commands", "Cannot redo '%1': %2"))
        return text.replace("%1", self.text()).replace("%2", failure_text(exc))

    def _after(self, what: str) -> None:
        """Selection follow-up once the write is broadcast."""


def _require(store: IncidentStore, incident_id, expected: dict, deleted: bool | None) -> Incident:
    """The current row, checked to hold ``expected`` user values (None: do not check)."""
    current = store.get(incident_id)
    if deleted is not None and current.deleted != deleted:
        state = "deleted" if current.deleted else "not deleted"
        raise StoreError(f"incident {incident_id} is {state} now; it was changed since this edit.")
    if expected and user_values(current) != expected:
        changed = sorted(k for k, v in expected.items() if user_values(current)[k] != v)
        by = f" by {current.updated_by}" if current.updated_by else ""
        raise StoreError(f"incident {incident_id} was changed since{by} ({', '.join(changed)}); "
                         "undoing would overwrite that change.")
    return current


class CreateIncident(StoreCommand):
    """Redo (first): add. Undo: soft delete. Redo (again): restore."""

    def __init__(self, ctx: EditContext, incident: Incident, text: str):
        super().__init__(ctx, text)
        self.incident = incident
        self.id = str(incident.id)
        self._added = False

    def _do(self) -> Change:
        if not self._added:
            change = self.ctx.store.add([self.incident], self.ctx.user)
            self._added = True
            return change
        _require(self.ctx.store, self.id, user_values(self.incident), deleted=True)
        return self.ctx.store.restore([self.id], self.ctx.user)

    def _undo(self) -> Change:
        _require(self.ctx.store, self.id, user_values(self.incident), deleted=False)
        return self.ctx.store.delete([self.id], self.ctx.user)

    def _after(self, what: str) -> None:
        state = self.ctx.state
        if what == "redo":
            state.select([self.id])
        elif self.id in state.selection:
            state.select([i for i in state.selection if i != self.id])


class UpdateIncidents(StoreCommand):
    """Each incident from its ``before`` user values to its ``after`` values; one store write for all
    (``update_many``: every incident is checked first, and one refused incident changes none)."""

    def __init__(self, ctx: EditContext, pairs: list[tuple[Incident, Incident]], text: str):
        super().__init__(ctx, text)
        self.pairs = [(str(b.id), user_values(b), user_values(a)) for b, a in pairs
                      if user_values(b) != user_values(a)]

    @property
    def ids(self) -> list[str]:
        return [i for i, _b, _a in self.pairs]

    def _write(self, forward: bool) -> Change:
        store, targets = self.ctx.store, []
        for incident_id, before, after in self.pairs:
            source, target = (before, after) if forward else (after, before)
            current = _require(store, incident_id, source, deleted=False)
            targets.append(current.with_changes(**target))
        return store.update_many(targets, self.ctx.user)

    def _do(self) -> Change:
        return self._write(True)

    def _undo(self) -> Change:
        return self._write(False)


class SetDeleted(StoreCommand):
    """Soft delete (``deleted=True``) or restore (``False``) some incidents; undo does the opposite.

    The first redo keeps only the incidents whose flag it changed (the store skips those already
    so), so undo never restores an incident that was deleted before this command.
    """

    def __init__(self, ctx: EditContext, ids: Iterable, deleted: bool, text: str):
        super().__init__(ctx, text)
        self.deleted = deleted
        self.ids = list(dict.fromkeys(str(i) for i in ids))
        self._done_once = False

    def _set(self, deleted: bool) -> Change:
        store = self.ctx.store
        return store.delete(self.ids, self.ctx.user) if deleted else store.restore(self.ids, self.ctx.user)

    def _do(self) -> Change:
        change = self._set(self.deleted)
        if not self._done_once:
            self._done_once = True
            changed = {str(i) for i in change.incidents}
            self.ids = [i for i in self.ids if i in changed]
            if not self.ids:
                self.setObsolete(True)  # nothing changed: nothing to undo
        return change

    def _undo(self) -> Change:
        return self._set(not self.deleted)

    def _after(self, what: str) -> None:
        state = self.ctx.state
        now_deleted = self.deleted if what == "redo" else not self.deleted
        if now_deleted:
            gone = set(self.ids)
            if gone & set(state.selection):
                state.select([i for i in state.selection if i not in gone])
        else:
            state.select(self.ids)


class ImportedBatch(StoreCommand):
    """An import the window has just written (in a worker, announced by ``ui.write_op.start_write``), as one
    step on the undo stack. The first redo (``QUndoStack.push``) writes nothing; undo soft-deletes the
    batch and redo restores it, each ONE store transaction with ONE audit entry (``delete_batch`` /
    ``restore_batch``), announced once."""

    def __init__(self, ctx: EditContext, ids: Iterable, text: str, source_name: str = ""):
        super().__init__(ctx, text)
        self.ids = [str(i) for i in ids]
        self.source_name = source_name
        self._pushed = False

    def _reason(self, what: str) -> str:
        return f"{what} of the import of {self.source_name}" if self.source_name else f"{what} of an import"

    def _do(self) -> Change:
        if not self._pushed:  # written already by the import itself
            self._pushed = True
            return Change()
        return self.ctx.store.restore_batch(self.ids, self.ctx.user, self._reason("redo"))

    def _undo(self) -> Change:
        return self.ctx.store.delete_batch(self.ids, self.ctx.user, self._reason("undo"))

    def _after(self, what: str) -> None:
        state = self.ctx.state
        if what == "undo":
            gone = set(self.ids)
            if gone & set(state.selection):
                state.select([i for i in state.selection if i not in gone])
