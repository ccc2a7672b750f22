"""Geography: coordinates (``coords``: systems, reading and writing positions), reference layers (``reference``), derived fields (``enrich``)."""
