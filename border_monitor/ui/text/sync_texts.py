"""What a sync did, for the status bar, in the user's language (``sync.exchange.DirectionReport``,
``sync.operations.ExportReport``; the CLI prints their English ``sentence()``). Counts follow the locale."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from ...sync.exchange import DirectionReport
from ...sync.operations import ExportReport


def _n(value: int) -> str:
    return QLocale().toString(int(value))


class _SyncCounts(QObject):
    """Messages with a count (pyside6-lupdate gives plural forms only to ``tr()``)."""

    def direction(self, r: DirectionReport) -> str:
        text = self.tr("%1 -> %2: %3 new, %4 changed incidents, %Ln audit entries", "", r.audit)
        if r.conflicts:
            text = self.tr("%1 -> %2: %3 new, %4 changed incidents (%5 in conflict), %Ln audit entries", "", r.audit)
        return (text.replace("%1", r.sender).replace("%2", r.receiver).replace("%3", _n(r.new))
                .replace("%4", _n(r.changed)).replace("%5", _n(r.conflicts)))

    def export(self, r: ExportReport) -> str:
        if r.peer and r.encrypted:
            text = self.tr("wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, "
                           "encrypted)", "", r.audit)
        elif r.peer:
            text = self.tr("wrote %1 for %2: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)", "",
                           r.audit)
        elif r.encrypted:
            text = self.tr("wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes, encrypted)", "",
                           r.audit)
        else:
            text = self.tr("wrote %1: %3 incident versions, %Ln audit entries in %4 batches (%5 bytes)", "", r.audit)
        return (text.replace("%1", str(r.path)).replace("%2", r.peer).replace("%3", _n(r.items))
                .replace("%4", _n(r.batches)).replace("%5", _n(r.bytes)))


def sync_report_text(report) -> str:
    """One report of a sync (a direction, or a package written) in the user's language."""
    if isinstance(report, DirectionReport):
        return _SyncCounts().direction(report)
    if isinstance(report, ExportReport):
        return _SyncCounts().export(report)
    return report.sentence()
