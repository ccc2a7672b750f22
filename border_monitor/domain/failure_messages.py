"""Codes and English templates of the store, file and sync errors the window shows (``domain.error_words``).

``ui.text.failure_codes`` words the same codes in the user's language. The file codes (``file.*``) are the
problem of an ``io.errors.UnreadableFileError`` without its path: the whole sentence is "{path}: problem".
"""
from __future__ import annotations

from .error_words import register

FILE_PREFIX = "file."

TEMPLATES = {
    # store/gpkg/open.py, store/resolve.py
    "store.not_geopackage": "{path} is not a GeoPackage (no GPKG application id or gpkg_contents table).",
    "store.foreign_geopackage": "{path} is a GeoPackage but not a Border Monitor store; import its layer into a "
                                "store instead of opening it.",
    "store.too_new": "{path} was written by a newer Border Monitor (schema version {version}); this version reads "
                     "up to schema version {current}.",
    "store.upgrade_first": "{path} is at schema version {version} and must be upgraded to {current} before it can "
                           "be read: open it once where it can be written (e.g. border-monitor gui or import).",
    "store.unreadable": "{path} cannot be read as a Border Monitor store: {reason}.",
    "store.other_scheme": "{address} is neither a file nor a PostgreSQL address: Border Monitor reads GeoPackage "
                          "files and postgresql:// databases, not {scheme}://.",
    "store.missing": "The store {path} does not exist.",
    "store.folder": "The store {path} is a folder, not a file.",
    "store.missing_file": "The {what} {path} does not exist.",
    "store.folder_file": "The {what} {path} is a folder, not a file.",
    # io/read_limits.py, io/readers.py, io/csv_dialects.py (the problem after "{path}: ")
    "file.missing": "does not exist",
    "file.folder": "is a folder, not a file",
    "file.not_regular": "is not a regular file (a device, a pipe or a socket); only files are read",
    "file.permission": "cannot be read (permission denied)",
    "file.unreadable": "cannot be read ({reason})",
    "file.empty": "is empty",
    "file.utf16": "is UTF-16 text; save it as UTF-8 (or cp1257/cp1250) CSV",
    "file.nul_byte": "is not a text file (a NUL byte on line {line}); is it a spreadsheet (.xlsx) or UTF-16 text "
                     "rather than CSV?",
    "file.unknown_encoding": "is not UTF-8, cp1257 or cp1250 text: byte {offset} on line {line} cannot be decoded "
                             "(wrong encoding?)",
    "import.suffix": "{path}: cannot import files ending in {suffix}; known suffixes: {known}",
    # sync/package.py
    "sync.no_package": "There is no sync package {path}.",
    "sync.folder": "{path} is a folder, not a sync package.",
    "sync.needs_passphrase": "The sync package {path} is encrypted: give its passphrase with --passphrase-file.",
    "sync.not_encrypted": "The sync package {path} is not encrypted, but a passphrase was given: it is not the "
                          "package you expect, or it was written without --passphrase-file.",
    "sync.not_a_package": "The sync package {path} is not a Border Monitor sync package (not a GeoPackage).",
    "sync.wrong_passphrase": "The sync package {path} cannot be opened: the passphrase is wrong, or the package "
                             "was changed after it was written.",
    "sync.changed": "The sync package {path} was changed after it was written (its content does not match its "
                    "digest); it was not applied.",
    # basemap/build.py, basemap/osm_read.py
    "basemap.missing": "The base map {path} does not exist.",
    "basemap.no_info": "The file {path} is not a base map built by 'border-monitor basemap build' (it has no "
                       "{table} table).",
    "basemap.not_a_basemap": "The file {path} is not a base map built by 'border-monitor basemap build'.",
    "basemap.no_extract": "The OpenStreetMap extract {path} does not exist.",
    "basemap.extract_suffix": "The OpenStreetMap extract {path} is not an .osm.pbf or .osm file.",
}

register(TEMPLATES)
