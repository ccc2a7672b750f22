"""Briefing mode: the wall display of the briefing room (``window.BriefingWindow``).

A full-screen, dark, read-only picture on one monitor: the map of the last days with sectors coloured
by impact level, the timeline, headline figures per country, the alerts, a clock and the time the
data is as of; a tour through the whole border, LT, LV and PL. ``picture_time`` and ``figures`` hold no Qt.
"""
