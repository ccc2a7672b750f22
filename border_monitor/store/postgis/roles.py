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


# Schema version 4: a service's supervisor manages the users of its own service, through two functions that run
# as their owner (who made the store, allowed to create roles): ``bm_add_user`` and ``bm_remove_user``. They check
# who is asking (the session's user, not the owner they run as), keep a supervisor to its service and to the
# three Border Monitor levels (a user made here is never a superuser, never the owner, never able to create
# roles), quote every name with format('%I'), and pin their search_path. Only the owner and supervisors may call
# them (EXECUTE is revoked from PUBLIC).
_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
USER_MANAGEMENT = [
    # The level and service of any role (bm_user_level()/bm_user_service() read current_user, which inside a
    # SECURITY DEFINER function is the owner; these take the role to ask about).
    """CREATE FUNCTION bm_role_level(who name) RETURNS text LANGUAGE sql STABLE
        SET search_path = pg_catalog, pg_temp AS $$
        SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN NULL
                    WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = who)
                         OR pg_has_role(who, (SELECT datdba FROM pg_database
                                              WHERE datname = current_database()), 'MEMBER') THEN 'owner'
                    WHEN pg_has_role(who, 'bm_supervisor', 'MEMBER') THEN 'supervisor'
                    WHEN pg_has_role(who, 'bm_operator', 'MEMBER') THEN 'operator'
                    WHEN pg_has_role(who, 'bm_viewer', 'MEMBER') THEN 'viewer' END $$""",
    """CREATE FUNCTION bm_role_service(who name) RETURNS text LANGUAGE sql STABLE
        SET search_path = pg_catalog, pg_temp AS $$
        SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN NULL
                    WHEN pg_has_role(who, 'bm_service_lt', 'MEMBER') THEN 'LT'
                    WHEN pg_has_role(who, 'bm_service_lv', 'MEMBER') THEN 'LV'
                    WHEN pg_has_role(who, 'bm_service_pl', 'MEMBER') THEN 'PL' END $$""",
    # Who may manage the users of ``service``: the owner (any service) or a supervisor of that service.
    f"""CREATE FUNCTION bm_check_manager(service text, what text) RETURNS text {_DEFINER} AS $$
    DECLARE
        caller_level text := public.bm_role_level(session_user);
        caller_service text := public.bm_role_service(session_user);
    BEGIN
        IF caller_level = 'owner' THEN
            RETURN caller_level;
        END IF;
        IF caller_level IS DISTINCT FROM 'supervisor' THEN
            RAISE EXCEPTION 'user % is %, and only a supervisor of the service or the database''s owner may %',
                session_user, coalesce(caller_level || ' ' || caller_service, 'no Border Monitor user'), what
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF service IS DISTINCT FROM caller_service THEN
            RAISE EXCEPTION 'supervisor % of % may not % of %: a supervisor manages the users of its own service',
                session_user, caller_service, what, coalesce(service, 'no service')
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN caller_level;
    END $$""",
    f"""CREATE FUNCTION bm_add_user(user_name text, service text, level text, password text DEFAULT NULL)
        RETURNS void {_DEFINER} AS $$
    BEGIN
        IF level IS NULL OR level NOT IN ('viewer', 'operator', 'supervisor') THEN
            RAISE EXCEPTION 'a Border Monitor user is a viewer, operator or supervisor, not %',
                coalesce(level, 'nothing')
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF service IS NULL OR service NOT IN ('LT', 'LV', 'PL') THEN
            RAISE EXCEPTION 'the service % is not LT, LV or PL', coalesce(service, '(none)')
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM public.bm_check_manager(service, 'add users');
        IF user_name IS NULL OR user_name !~ '^[a-z_][a-z0-9_.-]{{0,62}}$' OR user_name LIKE 'bm\\_%'
           OR user_name IN ('postgres', 'public') THEN
            RAISE EXCEPTION 'the name % is not one for a new user (lower-case letters, digits, _ . -; not bm_...)',
                coalesce(user_name, '(none)') USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = user_name) THEN
            RAISE EXCEPTION 'there is a user % already; remove it first or choose another name', user_name
                USING ERRCODE = 'duplicate_object';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                       'IN ROLE %I, %I', user_name, 'bm_' || level, 'bm_service_' || lower(service));
        IF password IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', user_name, password);
        END IF;
    END $$""",
    f"""CREATE FUNCTION bm_remove_user(user_name text) RETURNS void {_DEFINER} AS $$
    DECLARE
        target_level text := public.bm_role_level(user_name);
    BEGIN
        IF target_level = 'owner' THEN
            PERFORM public.bm_check_manager(NULL, 'remove the database''s owner or a superuser');
            RAISE EXCEPTION '% is the database''s owner or a superuser; Border Monitor does not remove it', user_name
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF target_level IS NULL OR NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = user_name) THEN
            RAISE EXCEPTION 'there is no Border Monitor user %', user_name USING ERRCODE = 'undefined_object';
        END IF;
        PERFORM public.bm_check_manager(public.bm_role_service(user_name), 'remove users');
        IF user_name = session_user THEN
            RAISE EXCEPTION 'user % does not remove itself; another supervisor of its service or the owner does',
                user_name USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('DROP ROLE %I', user_name);
    END $$""",
    "REVOKE EXECUTE ON FUNCTION bm_check_manager(text, text), bm_add_user(text, text, text, text), "
    "bm_remove_user(text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION bm_check_manager(text, text), bm_add_user(text, text, text, text), "
    "bm_remove_user(text) TO bm_supervisor",
]


def check_name(name: str) -> str:
    name = str(name or "").strip()
    if not _NAME.match(name):
        raise ValidationError("name", name, "is not a user name (lower-case letters, digits, _ . -; up to 63)")
    if name.startswith("bm_") or name in ("postgres", "public"):
        raise ValidationError("name", name, "is a name Border Monitor or PostgreSQL keeps for itself")
    return name


def _refusal(conn, exc, what: str) -> StoreError:
    """The server's sentence of a refused user change (``bm_add_user``/``bm_remove_user``)."""
    diag = getattr(exc, "diag", None)
    text = (getattr(diag, "message_primary", None) or str(exc).strip().splitlines()[0]).rstrip(".")
    if text.startswith("permission denied for function"):  # EXECUTE is the owner's and the supervisors' only
        text = (f"user {conn.info.user} may not {what}: only a supervisor of the service or the database's owner "
                "manages users")
    return StoreError(text[:1].upper() + text[1:] + ".")


def add_user(conn, name: str, service: str, level: str, password: str | None = None) -> None:
    """A LOGIN role ``name`` of ``service`` at ``level`` (inside the caller's transaction), made by the database's
    ``bm_add_user``: the owner adds users of any service, a supervisor those of its own. The password travels
    as a SCRAM verifier made here, never as the text itself."""
    import psycopg

    name = check_name(name)
    service = str(service).upper()
    if service not in SERVICES:
        raise ValidationError("service", service, "is not LT, LV or PL")
    if level not in LEVELS:
        raise ValidationError("role", level, "is not viewer, operator or supervisor")
    verifier = None
    if password:
        verifier = conn.pgconn.encrypt_password(password.encode("utf-8"), name.encode("utf-8"),
                                                b"scram-sha-256").decode("ascii")
    try:
        with conn.transaction():
            conn.execute("SELECT bm_add_user(%s, %s, %s, %s)", (name, service, level, verifier))
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.DuplicateObject,
            psycopg.errors.InvalidParameterValue) as exc:
        raise _refusal(conn, exc, "add users") from None


def remove_user(conn, name: str) -> None:
    """Drop the user ``name`` (``bm_remove_user``: the owner removes any Border Monitor user, a supervisor those
    of its own service, never itself, the owner or a superuser)."""
    import psycopg

    name = check_name(name)
    try:
        with conn.transaction():
            conn.execute("SELECT bm_remove_user(%s)", (name,))
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.UndefinedObject) as exc:
        raise _refusal(conn, exc, "remove users") from None


def list_users(conn, service: str | None = None) -> list[tuple[str, str, str]]:
    """(name, service, level) of every LOGIN role that is a member of a Border Monitor level, by name; only those
    of ``service`` when given."""
    rows = conn.execute(
        "SELECT u.rolname, g.rolname FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid "
        "JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolcanlogin AND g.rolname LIKE 'bm\\_%%' ORDER BY 1, 2"
    ).fetchall()
    users: dict[str, dict] = {}
    for user, group in rows:
        entry = users.setdefault(user, {"service": "", "level": ""})
        for svc, role in SERVICE_ROLES.items():
            if group == role:
                entry["service"] = svc
        for level, role in LEVEL_ROLES.items():
            if group == role:
                entry["level"] = level
    return [(u, e["service"], e["level"]) for u, e in sorted(users.items())
            if e["level"] and (service is None or e["service"] == service)]


def connected_role(conn) -> tuple[str, str]:
    """(level, service) of the connection's user ("owner", "") for the owner or a superuser."""
    level, service = conn.execute("SELECT bm_role_level(session_user), bm_role_service(session_user)").fetchone()
    return level or "", ("" if level == "owner" else service or "")
