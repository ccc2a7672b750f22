"""Roles of a shared store, enforced by PostgreSQL itself (grants, row-level security, triggers), per service.

Group roles (NOLOGIN, cluster-wide): ``bm_viewer`` (reads everything), ``bm_operator`` (also creates and edits
incidents of its own service, as reported), ``bm_supervisor`` (also verifies, closes, deletes and restores
incidents of its service, and edits the timeline's events), and one role per service, ``bm_service_lt``,
``bm_service_lv``, ``bm_service_pl``. A user is a LOGIN role that is a member of one level and one service
(``border-monitor db user add NAME --service LT --role operator``). Every service reads the whole picture.

The rules, in the database (so psql and QGIS are refused as Border Monitor is):

- ``incidents``: row-level security. Everyone reads; operators and supervisors insert and update only rows
  of their service (before and after the change); a trigger refuses an operator a status other than the one
  the row had or "reported", and any change of ``deleted`` (a delete or a restore); nobody deletes a row.
- ``audit_log``: read by all, inserted by operators and supervisors, changed or removed by nobody (the
  insert-only trigger of migration 1 holds for every role, the owner too).
- ``events``: written by supervisors; ``saved_filters`` by operators and supervisors; ``bm_metadata``:
  operators and supervisors move the audit head, only supervisors change other keys.

The owner of the database (who ran ``db init``) and superusers are not bound by row-level security; they
manage users. The trigger functions that must write beside the caller run as their owner (SECURITY DEFINER).
"""
from __future__ import annotations

import re

from ...domain.errors import StoreError, ValidationError

LEVELS = ("viewer", "operator", "supervisor")
SERVICES = ("LT", "LV", "PL")
LEVEL_ROLES = {level: f"bm_{level}" for level in LEVELS}
SERVICE_ROLES = {service: f"bm_service_{service.lower()}" for service in SERVICES}
_NAME = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")

_CREATE_GROUPS = f"""
DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY{list(LEVEL_ROLES.values()) + list(SERVICE_ROLES.values())!r} LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END $$"""

MIGRATION = [
    _CREATE_GROUPS,
    # Who is asking: the service and level of the session's user (NULL for the owner or a superuser).
    """CREATE FUNCTION bm_user_service() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN pg_has_role(current_user, 'bm_service_lt', 'MEMBER') THEN 'LT'
                    WHEN pg_has_role(current_user, 'bm_service_lv', 'MEMBER') THEN 'LV'
                    WHEN pg_has_role(current_user, 'bm_service_pl', 'MEMBER') THEN 'PL' END $$""",
    """CREATE FUNCTION bm_user_level() RETURNS text LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
                         OR pg_has_role(current_user, (SELECT datdba FROM pg_database
                                                       WHERE datname = current_database()), 'MEMBER') THEN 'owner'
                    WHEN pg_has_role(current_user, 'bm_supervisor', 'MEMBER') THEN 'supervisor'
                    WHEN pg_has_role(current_user, 'bm_operator', 'MEMBER') THEN 'operator'
                    WHEN pg_has_role(current_user, 'bm_viewer', 'MEMBER') THEN 'viewer' END $$""",
    """CREATE FUNCTION bm_role_rules() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE level text := bm_user_level();
    BEGIN
        IF level IN ('owner', 'supervisor') THEN
            RETURN NEW;
        END IF;
        IF level IS DISTINCT FROM 'operator' THEN
            RAISE EXCEPTION 'role %: only operators and supervisors change incidents', current_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'INSERT' THEN
            IF NEW.status <> 'reported' OR NEW.deleted THEN
                RAISE EXCEPTION 'operator %: a new incident is reported, not % (a supervisor verifies and closes)',
                    current_user, CASE WHEN NEW.deleted THEN 'deleted' ELSE NEW.status END
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            IF NEW.deleted IS DISTINCT FROM OLD.deleted THEN
                RAISE EXCEPTION 'operator %: only a supervisor deletes or restores incidents', current_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'reported' THEN
                RAISE EXCEPTION 'operator %: only a supervisor sets the status %', current_user, NEW.status
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER incidents_role_rules BEFORE INSERT OR UPDATE ON incidents FOR EACH ROW "
    "EXECUTE FUNCTION bm_role_rules()",
    "ALTER FUNCTION bm_incident_removed() SECURITY DEFINER",
    "ALTER TABLE incidents ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY incidents_read ON incidents FOR SELECT USING (true)",
    "CREATE POLICY incidents_add ON incidents FOR INSERT TO bm_operator, bm_supervisor "
    "WITH CHECK (country = bm_user_service())",
    "CREATE POLICY incidents_edit ON incidents FOR UPDATE TO bm_operator, bm_supervisor "
    "USING (country = bm_user_service()) WITH CHECK (country = bm_user_service())",
    "ALTER TABLE bm_metadata ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY metadata_read ON bm_metadata FOR SELECT USING (true)",
    "CREATE POLICY metadata_head ON bm_metadata FOR ALL TO bm_operator USING (key = 'audit_head') "
    "WITH CHECK (key = 'audit_head')",
    "CREATE POLICY metadata_all ON bm_metadata FOR ALL TO bm_supervisor USING (true) WITH CHECK (true)",
    "GRANT USAGE ON SCHEMA public TO bm_viewer, bm_operator, bm_supervisor",
    "GRANT SELECT ON incidents, incident_removals, audit_log, bm_metadata, events, saved_filters, "
    "reference_features, schema_migrations TO bm_viewer, bm_operator, bm_supervisor",
    "GRANT INSERT, UPDATE ON incidents TO bm_operator, bm_supervisor",
    "GRANT INSERT ON audit_log TO bm_operator, bm_supervisor",
    "GRANT INSERT, UPDATE ON bm_metadata TO bm_operator, bm_supervisor",
    "GRANT INSERT, UPDATE, DELETE ON saved_filters TO bm_operator, bm_supervisor",
    "GRANT INSERT, UPDATE, DELETE ON events TO bm_supervisor",
    "GRANT USAGE ON SEQUENCE events_id_seq TO bm_supervisor",
    "GRANT USAGE, SELECT ON SEQUENCE incidents_fid_seq, bm_change_seq TO bm_operator, bm_supervisor",
    "GRANT SELECT ON SEQUENCE bm_change_seq TO bm_viewer",
]


def check_name(name: str) -> str:
    name = str(name or "").strip()
    if not _NAME.match(name):
        raise ValidationError("name", name, "is not a user name (lower-case letters, digits, _ . -; up to 63)")
    if name.startswith("bm_") or name in ("postgres", "public"):
        raise ValidationError("name", name, "is a name Border Monitor or PostgreSQL keeps for itself")
    return name


def add_user(conn, name: str, service: str, level: str, password: str | None = None) -> None:
    """A LOGIN role ``name`` of ``service`` at ``level`` (inside the caller's transaction)."""
    from psycopg import sql

    name = check_name(name)
    service = str(service).upper()
    if service not in SERVICES:
        raise ValidationError("service", service, "is not LT, LV or PL")
    if level not in LEVELS:
        raise ValidationError("role", level, "is not viewer, operator or supervisor")
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
        raise StoreError(f"There is a user {name} already; remove it first or choose another name.")
    statement = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}, {}").format(
        sql.Identifier(name), sql.Identifier(LEVEL_ROLES[level]), sql.Identifier(SERVICE_ROLES[service]))
    if password:
        statement = statement + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
    conn.execute(statement)


def remove_user(conn, name: str) -> None:
    from psycopg import sql

    name = check_name(name)
    if name not in {u for u, _, _ in list_users(conn)}:
        raise StoreError(f"There is no Border Monitor user {name}.")
    conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))


def list_users(conn) -> list[tuple[str, str, str]]:
    """(name, service, level) of every LOGIN role that is a member of a Border Monitor level, by name."""
    rows = conn.execute(
        "SELECT u.rolname, g.rolname FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolcanlogin AND g.rolname LIKE 'bm\\_%%' ORDER BY 1, 2"
    ).fetchall()
    users: dict[str, dict] = {}
    for user, group in rows:
        entry = users.setdefault(user, {"service": "", "level": ""})
        for service, role in SERVICE_ROLES.items():
            if group == role:
                entry["service"] = service
        for level, role in LEVEL_ROLES.items():
            if group == role:
                entry["level"] = level
    return [(u, e["service"], e["level"]) for u, e in sorted(users.items()) if e["level"]]
