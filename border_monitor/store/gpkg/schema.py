"""GeoPackage 1.2 core tables and the helpers that register feature and attribute tables.

The DDL follows the OGC GeoPackage Encoding Standard 1.2 (Annex C) as GDAL writes it, so that
GDAL's ``validate_gpkg`` and QGIS read the file as any other GeoPackage. R-tree indexes use the
GeoPackage 1.2 trigger set (insert, update1-4, delete), which is what GDAL 3.6 writes and checks.
"""
from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2.0
# Page size of a new store file (set before its first write; an existing file keeps its own). Rows of incidents
# are ~300 bytes: 8 KiB pages waste less at the end of each page than SQLite's 4 KiB default, and the small tables
# do not grow much yet (larger pages would: each table and index takes at least one).
PAGE_SIZE = 8192

WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
    'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

CORE_DDL = [
    """CREATE TABLE gpkg_spatial_ref_sys (
        srs_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL PRIMARY KEY,
        organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL,
        definition TEXT NOT NULL,
        description TEXT)""",
    """CREATE TABLE gpkg_contents (
        table_name TEXT NOT NULL PRIMARY KEY,
        data_type TEXT NOT NULL,
        identifier TEXT UNIQUE,
        description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
        srs_id INTEGER,
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE gpkg_geometry_columns (
        table_name TEXT NOT NULL,
        column_name TEXT NOT NULL,
        geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL,
        z TINYINT NOT NULL,
        m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
    """CREATE TABLE gpkg_tile_matrix_set (
        table_name TEXT NOT NULL PRIMARY KEY,
        srs_id INTEGER NOT NULL,
        min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
        CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
    """CREATE TABLE gpkg_tile_matrix (
        table_name TEXT NOT NULL,
        zoom_level INTEGER NOT NULL,
        matrix_width INTEGER NOT NULL,
        matrix_height INTEGER NOT NULL,
        tile_width INTEGER NOT NULL,
        tile_height INTEGER NOT NULL,
        pixel_x_size DOUBLE NOT NULL,
        pixel_y_size DOUBLE NOT NULL,
        CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
        CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name))""",
    """CREATE TABLE gpkg_extensions (
        table_name TEXT,
        column_name TEXT,
        extension_name TEXT NOT NULL,
        definition TEXT NOT NULL,
        scope TEXT NOT NULL,
        CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))""",
]

SRS_ROWS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
    ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
]

RTREE_EXTENSION_DEFINITION = "http://www.geopackage.org/spec120/#extension_rtree"


def quote(name: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def create_core(conn: sqlite3.Connection) -> None:
    """The mandatory GeoPackage tables and spatial reference systems, in an empty database."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {USER_VERSION}")
    for ddl in CORE_DDL:
        conn.execute(ddl)
    conn.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", SRS_ROWS)


def register_features(conn: sqlite3.Connection, table: str, geometry_type: str, description: str = "",
                      geometry_column: str = "geom", srs_id: int = 4326, identifier: str | None = None) -> None:
    """Register an existing table as a feature layer (gpkg_contents + gpkg_geometry_columns)."""
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, ?, ?)",
        (table, identifier or table, description, srs_id),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)", (table, geometry_column, geometry_type, srs_id)
    )


def register_attributes(conn: sqlite3.Connection, table: str, description: str = "") -> None:
    """Register an existing table as an attribute (non-spatial) table."""
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
        (table, table, description),
    )


def rtree_name(table: str, column: str = "geom") -> str:
    return f"rtree_{table}_{column}"


def rtree_trigger_ddl(table: str, column: str = "geom", pk: str = "fid") -> dict[str, str]:
    """The GeoPackage 1.2 R-tree triggers of a feature table, by trigger name."""
    r, t, c, i = quote(rtree_name(table, column)), quote(table), quote(column), quote(pk)
    base = rtree_name(table, column)
    values = f"NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    return {
        f"{base}_insert": (
            f'CREATE TRIGGER {quote(base + "_insert")} AFTER INSERT ON {t} '
            f"WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c})) "
            f"BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END"
        ),
        f"{base}_update1": (
            f'CREATE TRIGGER {quote(base + "_update1")} AFTER UPDATE OF {c} ON {t} '
            f"WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
            f"BEGIN INSERT OR REPLACE INTO {r} VALUES ({values}); END"
        ),
        f"{base}_update2": (
            f'CREATE TRIGGER {quote(base + "_update2")} AFTER UPDATE OF {c} ON {t} '
            f"WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) "
            f"BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END"
        ),
        f"{base}_update3": (
            f'CREATE TRIGGER {quote(base + "_update3")} AFTER UPDATE ON {t} '
            f"WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c})) "
            f"BEGIN DELETE FROM {r} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {r} VALUES ({values}); END"
        ),
        f"{base}_update4": (
            f'CREATE TRIGGER {quote(base + "_update4")} AFTER UPDATE ON {t} '
            f"WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c})) "
            f"BEGIN DELETE FROM {r} WHERE id IN (OLD.{i}, NEW.{i}); END"
        ),
        f"{base}_delete": (
            f'CREATE TRIGGER {quote(base + "_delete")} AFTER DELETE ON {t} '
            f"WHEN old.{c} NOT NULL "
            f"BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END"
        ),
    }


def create_rtree(conn: sqlite3.Connection, table: str, column: str = "geom", pk: str = "fid") -> None:
    """The spatial index of a feature table: extension row, virtual table, its content and triggers."""
    conn.execute(
        "INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', ?, 'write-only')",
        (table, column, RTREE_EXTENSION_DEFINITION),
    )
    r = quote(rtree_name(table, column))
    conn.execute(f"CREATE VIRTUAL TABLE {r} USING rtree(id, minx, maxx, miny, maxy)")
    c = quote(column)
    conn.execute(
        f"INSERT OR REPLACE INTO {r} SELECT {quote(pk)}, ST_MinX({c}), ST_MaxX({c}), ST_MinY({c}), ST_MaxY({c}) "
        f"FROM {quote(table)} WHERE {c} NOT NULL AND NOT ST_IsEmpty({c})"
    )
    for ddl in rtree_trigger_ddl(table, column, pk).values():
        conn.execute(ddl)


def touch_contents(conn: sqlite3.Connection, table: str,
                   bounds: tuple[float, float, float, float] | None = None) -> None:
    """Mark a table changed now in gpkg_contents, and set its bounds when given."""
    if bounds is None:
        conn.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?", (table,)
        )
    else:
        conn.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
            "min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?", (*bounds, table),
        )


def is_geopackage(conn: sqlite3.Connection) -> bool:
    app = conn.execute("PRAGMA application_id").fetchone()[0]
    has_contents = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'"
    ).fetchone() is not None
    return app == APPLICATION_ID and has_contents
