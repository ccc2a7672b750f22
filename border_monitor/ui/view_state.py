"""The one filter + selection the whole window shares, as a plain value (UI state, no Qt).

``ui.state.AppState`` wraps it in a QObject that emits signals; tests can use this alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..domain.filters import IncidentFilter


@dataclass(frozen=True)
class ViewState:
    filter: IncidentFilter = field(default_factory=IncidentFilter)
    selection: tuple[str, ...] = ()  # selected incident ids (str UUID), in selection order
    focus: str | None = None  # the incident last selected (centre the map on it, mark its day)

    def with_filter(self, **changes) -> "ViewState":
        return replace(self, filter=self.filter.with_changes(**changes))

    def with_selection(self, ids, focus: str | None = None) -> "ViewState":
        ids = tuple(dict.fromkeys(str(i) for i in ids))
        if focus is None and ids:
            focus = ids[-1]
        return replace(self, selection=ids, focus=focus if ids else None)
