"""Reports and exports made from a store: the situation report (SITREP, PDF or HTML), the standalone
interactive HTML map, the animated GIF of a period.

``content`` gathers every figure of a report from the store (no Qt: the same calls ``stats`` and
``alerts`` make); ``texts`` holds the report's words in English, Lithuanian, Latvian and Polish;
``map_image`` and ``chart_image`` paint the map and the timeline with QPainter (offscreen);
``sitrep`` lays the report out and writes it as PDF (QPdfWriter, A4) or HTML; ``html_map`` builds
the standalone folium page; ``animation`` writes the GIF with Pillow.
"""
