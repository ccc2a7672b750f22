"""The schema of a Border Monitor PostgreSQL database and its versioned migrations.

``schema_migrations`` lists every migration applied (version, when, what). ``db init`` applies them all to
an empty database, ``db upgrade`` the pending ones, each run in one transaction; a database whose schema is
newer than this version knows is refused (``SchemaTooNew``), as is one that holds tables of another
application (``init`` on a foreign database).

1. PostGIS; ``incidents`` (UUID primary key, ``geometry(Point, 4326)`` with a GiST index, a ``fid`` in write
   order and the ``change_seq`` of its last write, both given by a trigger; a store copied from a GeoPackage
   keeps its fids, ``SET LOCAL bm.keep_fid = 'on'``), ``incident_removals`` (rows
   another program deleted outright), ``audit_log`` (insert-only, hash-chained like the GeoPackage's),
   ``bm_metadata``, ``events``, ``saved_filters``, ``reference_features``.
2. Roles per service, enforced by the database (``roles``): grants, row-level security on ``incidents``,
   the operator's limits by trigger.
3. Field sync (``sync_tables``): the incidents' sync states, peers and their marks, the batches applied, the
   audit entries received; the audit action "sync".
4. Users managed per service (``roles.USER_MANAGEMENT``): ``bm_add_user``/``bm_remove_user`` run as the
   owner (SECURITY DEFINER, search_path pinned) for the owner and supervisors, a supervisor kept to its service.
5. Bulk loads without a PL/pgSQL call per inserted row (``_V5``): inserts take ``fid`` and ``change_seq`` from
   column defaults (``nextval``, evaluated by the server in C, and COPY keeps its multi-row inserts), the
   advisory lock from a statement trigger; operators and supervisors may name every column but those two
   (column privileges), so the defaults always apply to their rows; a statement trigger after the insert gives
   a new number to a row whose ``change_seq`` the statement did not draw (one the owner named); the operator's
   status rule on inserts is an AFTER row trigger that fires only for a row that is not "reported" or is
   deleted, written by a session that row-level security binds. Updates keep their row triggers.

The change sequence (``bm_change_seq``): every write to ``incidents`` takes one advisory lock (``CHANGE_LOCK``)
for the rest of the transaction before its first row (a statement trigger for inserts, the row trigger for
updates and deletes); an inserted row gets the next ``fid`` and ``change_seq`` from the columns' defaults, an
updated one the next ``change_seq`` (and keeps its ``fid``) from the row trigger; a statement trigger sends
``NOTIFY border_monitor, '<seq>'``. Every write by any program (psql, QGIS, another Border Monitor) so bumps
the sequence, and writers take turns from their first row to their commit, so sequence numbers become visible
in order: a reader that has seen everything up to N never later finds a row committed with a number below N.
Only the owner of the table can give an inserted row a ``fid`` of its own (kept: so a GeoPackage store copied
in keeps its fids, ``transfer``); a ``change_seq`` it names is replaced by the next number after the insert.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
import uuid

from ...domain.errors import StoreError

log = logging.getLogger(__name__)

CHANNEL = "border_monitor"
CHANGE_LOCK = 0x42_4D_43_53  # "BMCS": the advisory lock every write to incidents takes
APPLICATION = "Border Monitor"

_V1 = [
    "CREATE EXTENSION IF NOT EXISTS postgis",
    "CREATE TABLE bm_metadata (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE SEQUENCE bm_change_seq",
    "CREATE SEQUENCE incidents_fid_seq",
    """CREATE TABLE incidents (
        uuid uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fid bigint NOT NULL UNIQUE,
        geom geometry(Point, 4326),
        occurred_at timestamptz NOT NULL,
        country text NOT NULL,
        type text NOT NULL,
        persons integer NOT NULL DEFAULT 0,
        nationalities text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        source text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'reported',
        created_at timestamptz,
        created_by text,
        updated_at timestamptz,
        updated_by text,
        revision integer NOT NULL DEFAULT 1,
        origin text,
        border text,
        sector text,
        distance_to_border_m double precision,
        side text,
        in_zone boolean,
        deleted boolean NOT NULL DEFAULT false,
        change_seq bigint NOT NULL DEFAULT 0
    )""",
    "ALTER SEQUENCE incidents_fid_seq OWNED BY incidents.fid",
    "CREATE INDEX incidents_geom_gist ON incidents USING gist (geom)",
    "CREATE INDEX incidents_change_seq ON incidents (change_seq)",
    "CREATE INDEX incidents_occurred_at ON incidents (occurred_at)",
    "CREATE TABLE incident_removals (fid bigint NOT NULL, uuid uuid NOT NULL, change_seq bigint NOT NULL)",
    "CREATE INDEX incident_removals_change_seq ON incident_removals (change_seq)",
    f"""CREATE FUNCTION bm_incident_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({CHANGE_LOCK});
        IF TG_OP = 'INSERT' THEN
            IF NEW.fid IS NULL OR coalesce(current_setting('bm.keep_fid', true), '') <> 'on' THEN
                NEW.fid := nextval('incidents_fid_seq');
            END IF;
        ELSE
            NEW.fid := OLD.fid;
        END IF;
        NEW.change_seq := nextval('bm_change_seq');
        RETURN NEW;
    END $$""",
    f"""CREATE FUNCTION bm_incident_removed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({CHANGE_LOCK});
        INSERT INTO incident_removals (fid, uuid, change_seq) VALUES (OLD.fid, OLD.uuid, nextval('bm_change_seq'));
        RETURN OLD;
    END $$""",
    f"""CREATE FUNCTION bm_incidents_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{CHANNEL}', (SELECT last_value FROM bm_change_seq)::text);
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER incidents_written BEFORE INSERT OR UPDATE ON incidents FOR EACH ROW "
    "EXECUTE FUNCTION bm_incident_written()",
    "CREATE TRIGGER incidents_removed AFTER DELETE ON incidents FOR EACH ROW EXECUTE FUNCTION bm_incident_removed()",
    "CREATE TRIGGER incidents_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents "
    "FOR EACH STATEMENT EXECUTE FUNCTION bm_incidents_notify()",
    """CREATE TABLE audit_log (
        id bigint PRIMARY KEY,
        at text NOT NULL,
        actor text NOT NULL,
        origin text NOT NULL,
        action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'import', 'enrich',
                                               'filter', 'attach')),
        incident_uuid text,
        before_json text,
        after_json text,
        prev_hash text NOT NULL,
        hash text NOT NULL
    )""",
    "CREATE INDEX audit_log_incident ON audit_log (incident_uuid)",
    """CREATE FUNCTION bm_audit_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log of Border Monitor is insert-only (% refused)', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
    "EXECUTE FUNCTION bm_audit_insert_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
    "EXECUTE FUNCTION bm_audit_insert_only()",
    """CREATE TABLE events (id serial PRIMARY KEY, start_date date NOT NULL, end_date date NOT NULL,
        country text NOT NULL DEFAULT '', title text NOT NULL, CHECK (end_date >= start_date))""",
    """CREATE TABLE saved_filters (name text PRIMARY KEY, filter_json text NOT NULL, author text NOT NULL,
        created text NOT NULL, updated text NOT NULL)""",
    """CREATE TABLE reference_features (layer text NOT NULL, fid integer NOT NULL, properties jsonb NOT NULL,
        geom geometry(Geometry, 4326), PRIMARY KEY (layer, fid))""",
    "CREATE INDEX reference_features_geom_gist ON reference_features USING gist (geom)",
]

from .roles import MIGRATION as _V2, USER_MANAGEMENT as _V4  # noqa: E402
from .sync_tables import MIGRATION as _V3, SYNC_TABLES  # noqa: E402

# Schema version 5: the per-row PL/pgSQL work of inserts moved into the server's C code. Editors' column
# privileges list every column of ``incidents`` but ``fid`` and ``change_seq`` (a column added by a later
# migration needs its grant there too).
_EDITOR_COLUMNS = ", ".join(["uuid", "geom", "occurred_at", "country", "type", "persons", "nationalities",
                             "description", "source", "status", "created_at", "created_by", "updated_at",
                             "updated_by", "revision", "origin", "border", "sector", "distance_to_border_m", "side",
                             "in_zone", "deleted"])
_V5 = [
    "ALTER TABLE incidents ALTER COLUMN fid SET DEFAULT nextval('incidents_fid_seq'), "
    "ALTER COLUMN change_seq SET DEFAULT nextval('bm_change_seq')",
    # Before the first row: the lock, and the sequence's value before this statement (its floor).
    f"""CREATE FUNCTION bm_incidents_lock() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({CHANGE_LOCK});
        PERFORM set_config('bm.change_floor', (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END
                                               FROM bm_change_seq)::text, true);
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER incidents_insert_lock BEFORE INSERT ON incidents FOR EACH STATEMENT "
    "EXECUTE FUNCTION bm_incidents_lock()",
    # After the last row: a row whose change_seq was not drawn from the sequence by this statement (one the owner
    # named, below the floor or above the sequence) gets a new number through the update trigger, as the row
    # trigger of version 1 gave every inserted row. One pass over the statement's rows, in C.
    """CREATE FUNCTION bm_incidents_renumber() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        floor bigint := current_setting('bm.change_floor')::bigint;
        top bigint := (SELECT last_value FROM bm_change_seq);
    BEGIN
        IF EXISTS (SELECT 1 FROM added WHERE change_seq <= floor OR change_seq > top) THEN
            UPDATE incidents SET change_seq = 0
            WHERE uuid IN (SELECT uuid FROM added WHERE change_seq <= floor OR change_seq > top);
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER incidents_insert_renumber AFTER INSERT ON incidents REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION bm_incidents_renumber()",
    f"""CREATE OR REPLACE FUNCTION bm_incident_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({CHANGE_LOCK});
        NEW.fid := OLD.fid;
        NEW.change_seq := nextval('bm_change_seq');
        RETURN NEW;
    END $$""",
    "DROP TRIGGER incidents_written ON incidents",
    "CREATE TRIGGER incidents_written BEFORE UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION bm_incident_written()",
    "DROP TRIGGER incidents_role_rules ON incidents",
    "CREATE TRIGGER incidents_role_rules BEFORE UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION bm_role_rules()",
    # Evaluated in C for every row; the function runs only for a row an operator may not insert (the owner and
    # superusers, whom row-level security does not bind, skip it as bm_role_rules lets them pass).
    "CREATE TRIGGER incidents_role_rules_insert AFTER INSERT ON incidents FOR EACH ROW "
    "WHEN ((NEW.status <> 'reported' OR NEW.deleted) AND row_security_active('incidents'::regclass)) "
    "EXECUTE FUNCTION bm_role_rules()",
    "REVOKE INSERT, UPDATE ON incidents FROM bm_operator, bm_supervisor",
    f"GRANT INSERT ({_EDITOR_COLUMNS}), UPDATE ({_EDITOR_COLUMNS}) ON incidents TO bm_operator, bm_supervisor",
]

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "incidents with change sequence, audit log, metadata, events, saved filters, reference layers", _V1),
    (2, "roles: viewer, operator, supervisor per service (grants, row-level security, role rules)", _V2),
    (3, "field sync: incident sync states, peers, applied batches, received audit entries", _V3),
    (4, "users managed per service: bm_add_user, bm_remove_user (run as the owner, for supervisors)", _V4),
    (5, "bulk loads: fid and change_seq from column defaults, the lock by a statement trigger, editors' column "
        "privileges", _V5),
]
CURRENT_VERSION = MIGRATIONS[-1][0]
OWN_TABLES = {"schema_migrations", "bm_metadata", "incidents", "incident_removals", "audit_log", "events",
              "saved_filters", "reference_features", "spatial_ref_sys", *SYNC_TABLES}


class SchemaTooNew(StoreError):
    """The database was made by a newer Border Monitor."""


class ForeignDatabase(StoreError):
    """The database holds tables of another application."""


def _tables(conn) -> set[str]:
    rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        "AND table_type IN ('BASE TABLE', 'VIEW')").fetchall()
    return {r[0] for r in rows} - {"geometry_columns", "geography_columns"}


def schema_version(conn) -> int:
    """The database's schema version: 0 when it holds no Border Monitor schema."""
    if conn.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def check_version(conn, name: str) -> int:
    """The schema version, refused when there is none or it is newer than this version knows."""
    version = schema_version(conn)
    if version == 0:
        raise StoreError(f"The database {name} holds no Border Monitor store; make one first with: "
                         f"border-monitor db init --store URL")
    if version > CURRENT_VERSION:
        raise SchemaTooNew(f"The database {name} has schema version {version}, newer than this Border Monitor "
                           f"knows ({CURRENT_VERSION}); use a newer version of Border Monitor.")
    if version < CURRENT_VERSION:
        raise StoreError(f"The database {name} has schema version {version}; this Border Monitor needs "
                         f"{CURRENT_VERSION}: run border-monitor db upgrade --store URL")
    return version


def _apply(conn, upto: int, start: int) -> list[int]:
    applied = []
    for number, title, statements in MIGRATIONS:
        if start < number <= upto:
            log.info("Migrating the database to schema version %d: %s", number, title)
            for statement in statements:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, description) VALUES (%s, %s)", (number, title))
            applied.append(number)
    return applied


def init(conn, name: str, created_by: str = "", target: int = CURRENT_VERSION) -> list[int]:
    """Make the schema in an empty database (one transaction); the versions applied. A database that already
    holds a Border Monitor store, or tables of another application, is refused."""
    with conn.transaction():
        conn.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
        version = schema_version(conn)
        if version:
            raise StoreError(f"The database {name} already holds a Border Monitor store (schema version {version}); "
                             "use border-monitor db upgrade to bring it up to date.")
        foreign = sorted(_tables(conn) - OWN_TABLES)
        if foreign:
            shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
            raise ForeignDatabase(f"The database {name} is not empty (it holds {shown}); Border Monitor makes its "
                                  "store only in an empty database: create one (createdb) and give its URL.")
        conn.execute("CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL "
                     "DEFAULT now(), description text NOT NULL)")
        applied = _apply(conn, target, 0)
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        for key, value in (("created", now), ("origin", str(uuid.uuid4())), ("synthetic", "false"),
                           ("application", APPLICATION), ("created_by", created_by)):
            conn.execute("INSERT INTO bm_metadata (key, value) VALUES (%s, %s)", (key, value))
    return applied


def upgrade(conn, name: str) -> list[int]:
    """Apply the pending migrations (one transaction); the versions applied (none when up to date)."""
    with conn.transaction():
        conn.execute(f"SELECT pg_advisory_xact_lock({CHANGE_LOCK})")
        version = schema_version(conn)
        if version == 0:
            raise StoreError(f"The database {name} holds no Border Monitor store; make one with: "
                             "border-monitor db init --store URL")
        if version > CURRENT_VERSION:
            raise SchemaTooNew(f"The database {name} has schema version {version}, newer than this Border Monitor "
                               f"knows ({CURRENT_VERSION}); it was left as it is.")
        return _apply(conn, CURRENT_VERSION, version)
