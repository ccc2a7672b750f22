"""Jobs on stores that run in a worker (``ui.workers``), one module per kind: opening, importing, exporting."""
