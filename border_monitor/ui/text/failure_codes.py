"""The window's wording of the store, file and sync error codes (``domain.failure_messages``), context
"errors". A file code's sentence is its path and its problem ("{path}: does not exist"), as ``str()`` of an
``io.errors.UnreadableFileError`` reads."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def error_templates() -> dict[str, str]:
    return {
        "store.not_geopackage": QCoreApplication.translate("errors", '{path} is not a GeoPackage (no GPKG application id or gpkg_contents table).'),
        "store.foreign_geopackage": QCoreApplication.translate("errors", '{path} is a GeoPackage but not a Border Monitor store; import its layer into a '
                'store instead of opening it.'),
        "store.too_new": QCoreApplication.translate("errors", '{path} was written by a newer Border Monitor (schema version {version}); this '
                'version reads up to schema version {current}.'),
        "store.upgrade_first": QCoreApplication.translate("errors", '{path} is at schema version {version} and must be upgraded to {current} before '
                'it can be read: open it once where it can be written (e.g. border-monitor gui or '
                'import).'),
        "store.unreadable": QCoreApplication.translate("errors", '{path} cannot be read as a Border Monitor store: {reason}.'),
        "store.other_scheme": QCoreApplication.translate("errors", '{address} is neither a file nor a PostgreSQL address: Border Monitor reads '
                'GeoPackage files and postgresql:// databases, not {scheme}://.'),
        "store.missing": QCoreApplication.translate("errors", 'The store {path} does not exist.'),
        "store.folder": QCoreApplication.translate("errors", 'The store {path} is a folder, not a file.'),
        "store.missing_file": QCoreApplication.translate("errors", 'The {what} {path} does not exist.'),
        "store.folder_file": QCoreApplication.translate("errors", 'The {what} {path} is a folder, not a file.'),
        "file.missing": QCoreApplication.translate("errors", '{path}: does not exist'),
        "file.folder": QCoreApplication.translate("errors", '{path}: is a folder, not a file'),
        "file.not_regular": QCoreApplication.translate("errors", '{path}: is not a regular file (a device, a pipe or a socket); only files are '
                'read'),
        "file.permission": QCoreApplication.translate("errors", '{path}: cannot be read (permission denied)'),
        "file.unreadable": QCoreApplication.translate("errors", '{path}: cannot be read ({reason})'),
        "file.empty": QCoreApplication.translate("errors", '{path}: is empty'),
        "file.utf16": QCoreApplication.translate("errors", '{path}: is UTF-16 text; save it as UTF-8 (or cp1257/cp1250) CSV'),
        "file.nul_byte": QCoreApplication.translate("errors", '{path}: is not a text file (a NUL byte on line {line}); is it a spreadsheet '
                '(.xlsx) or UTF-16 text rather than CSV?'),
        "file.unknown_encoding": QCoreApplication.translate("errors", '{path}: is not UTF-8, cp1257 or cp1250 text: byte {offset} on line {line} cannot '
                'be decoded (wrong encoding?)'),
        "import.suffix": QCoreApplication.translate("errors", '{path}: cannot import files ending in {suffix}; known suffixes: {known}'),
        "sync.no_package": QCoreApplication.translate("errors", 'There is no sync package {path}.'),
        "sync.folder": QCoreApplication.translate("errors", '{path} is a folder, not a sync package.'),
        "sync.needs_passphrase": QCoreApplication.translate("errors", 'The sync package {path} is encrypted: give its passphrase with '
                '--passphrase-file.'),
        "sync.not_encrypted": QCoreApplication.translate("errors", 'The sync package {path} is not encrypted, but a passphrase was given: it is not '
                'the package you expect, or it was written without --passphrase-file.'),
        "sync.not_a_package": QCoreApplication.translate("errors", 'The sync package {path} is not a Border Monitor sync package (not a GeoPackage).'),
        "sync.wrong_passphrase": QCoreApplication.translate("errors", 'The sync package {path} cannot be opened: the passphrase is wrong, or the '
                'package was changed after it was written.'),
        "sync.changed": QCoreApplication.translate("errors", 'The sync package {path} was changed after it was written (its content does not '
                'match its digest); it was not applied.'),
        "basemap.missing": QCoreApplication.translate("errors", "The base map {path} does not exist."),
        "basemap.no_info": QCoreApplication.translate("errors", "The file {path} is not a base map built by "
                                                      "'border-monitor basemap build' (it has no {table} table)."),
        "basemap.not_a_basemap": QCoreApplication.translate("errors", "The file {path} is not a base map built by "
                                                            "'border-monitor basemap build'."),
        "basemap.no_extract": QCoreApplication.translate("errors", "The OpenStreetMap extract {path} does not exist."),
        "basemap.extract_suffix": QCoreApplication.translate("errors", "The OpenStreetMap extract {path} is not an "
                                                             ".osm.pbf or .osm file."),
    }
