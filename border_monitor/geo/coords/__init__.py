"""Coordinates: the systems and their conversions (``systems``), reading and writing position text
(``crs``, the public API), the text grammar (``text``), MGRS references (``mgrs``) and the errors (``errors``)."""
