"""The main window's actions, grouped by what they act on (``files``: open, import, export, base maps)."""
