"""Recording incidents: the form, undoable edits and the history view.

- ``EditController(store, state, user)``: the undo stack and the Edit menu/toolbar (``install``).
- ``IncidentForm``: the dialog with every field, checked as the user types.
- ``HistoryView(store, state)``: an incident's audit trail, for the details panel.
"""
from .controller import EditController
from .form import IncidentForm
from .history import HistoryView

__all__ = ["EditController", "IncidentForm", "HistoryView"]
