"""Geography: coordinate systems (``crs``), reference layers (``reference``), derived fields (``enrich``)."""
