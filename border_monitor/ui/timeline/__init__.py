"""The timeline panel (pyqtgraph): stacked daily bars, the time window, context events."""
