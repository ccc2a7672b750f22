"""TAK interoperability, free of Qt: incidents as Cursor-on-Target events out and in, the connection
to a TAK server (``client.TakClient``: start, send, stop, a status callback a window can follow),
following a store's changes, and ATAK data packages.

``cot_types`` holds the mapping table of incident types to CoT types; ``cot_out`` writes events,
``cot_in`` reads them through the XML safety of ``io.xml_safety``; ``stream`` cuts a TCP stream into
events; ``transport`` opens TCP, TLS and UDP links; ``ingest`` applies received events to a store;
``follow`` finds what changed in one; ``package`` writes and reads data packages.
"""
