"""File > TAK connection...: the window's long-lived link to a TAK network (``border_monitor.tak``)."""
