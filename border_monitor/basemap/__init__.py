"""Offline base maps, Qt-free: a GeoPackage built from OpenStreetMap extracts (``build``), the features of one
tile read back from it (``tile_query``), its drawing style (``style``), raster MBTiles written (``mbtiles_write``)
and an online XYZ layer's tiles downloaded into one (``tile_download``). Drawing with QPainter lives in
``border_monitor.ui.map.basemap_render``.
"""
