"""The incident cache in front of any backend: the numpy columnar index (``columnar``), the aggregates it answers
(``aggregates``, ``window_counts``, ``extent``), the ``IncidentCache`` that owns it (``incident_cache``: its
lock, its change-sequence mark, incremental catch-up), rows whose derived fields went stale (``stale_rows``)
and its snapshot in the user's cache folder (``snapshot``)."""
