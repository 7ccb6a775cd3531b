"""Team mode on PostgreSQL: the access roles of a delegation's shared database.

Two group roles per database, named after it: ``<db>_delegate`` reads and writes every table,
``<db>_agency`` reads and cannot write. Each person logs in with their own login role, a member
of one group, so the server knows who connected and what each login may do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import _

ROLE_KINDS = ("delegate", "agency")
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")
# What each group may do on every table (and, through default privileges, on tables that later
# migrations add).
_TABLE_RIGHTS = {"delegate": "SELECT, INSERT, UPDATE, DELETE", "agency": "SELECT"}


@dataclass(frozen=True)
class ServerRoles:
    """The group roles of one team database."""

    delegate: str
    agency: str

    def group(self, kind: str) -> str:
        if kind not in ROLE_KINDS:
            raise ValidationError(_("role: '{kind}' is not one of {values}")
                                  .format(kind=kind, values=', '.join(ROLE_KINDS)),
                                  field="role")
        return self.delegate if kind == "delegate" else self.agency


def _require_postgresql(session: Session) -> None:
    if session.get_bind().dialect.name != "postgresql":
        raise ValidationError(_("--db: server commands need a PostgreSQL database URL "
                                "(postgresql://USER@HOST/DATABASE)"), field="db")


def _quote(session: Session, value: str, *, identifier: bool = True) -> str:
    raw = session.connection().connection.driver_connection
    literal = sql.Identifier(value) if identifier else sql.Literal(value)
    return literal.as_string(raw)


def roles_of(session: Session) -> ServerRoles:
    """The group role names of the database ``session`` is connected to."""
    _require_postgresql(session)
    database = session.connection().exec_driver_sql("SELECT current_database()").scalar_one()
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:48]
    return ServerRoles(delegate=f"{base}_delegate", agency=f"{base}_agency")


def _role_exists(session: Session, name: str) -> bool:
    found = session.connection().exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %(name)s", {"name": name}).first()
    return found is not None


def init_roles(session: Session) -> ServerRoles:
    """Create (or bring up to date) the delegate and agency groups and grant their rights.

    Idempotent: run it again after an upgrade of the schema. Only the two groups (and the
    owner) may connect to the database afterwards.
    """
    roles = roles_of(session)
    conn = session.connection()
    database = _quote(session, conn.exec_driver_sql("SELECT current_database()").scalar_one())
    conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    for kind in ROLE_KINDS:
        group = _quote(session, roles.group(kind))
        if not _role_exists(session, roles.group(kind)):
            conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {group}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {group}")
        rights = _TABLE_RIGHTS[kind]
        conn.exec_driver_sql(f"GRANT {rights} ON ALL TABLES IN SCHEMA public TO {group}")
        conn.exec_driver_sql(
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {rights} ON TABLES TO {group}")
        if kind == "delegate":
            # The change log's counter (sync): a delegate's writes append to it.
            conn.exec_driver_sql(
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}")
            conn.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                                 f"GRANT USAGE, SELECT ON SEQUENCES TO {group}")
    return roles


def add_login(session: Session, login: str, *, kind: str, password: str) -> str:
    """Create the login role ``login`` (or reset its password) as a member of the ``kind`` group.

    Returns the group it joined. The password is sent to the server only, never logged.
    """
    if not _ROLE_NAME.match(login):
        raise ValidationError(_("login: '{login}' is not a valid login name (lower-case "
                                "letters, digits, _ . @ -, at most 63 characters)")
                              .format(login=login), field="login")
    if not password:
        raise ValidationError(_("password: a login needs a password"), field="password")
    roles = roles_of(session)
    group = roles.group(kind)
    if not _role_exists(session, group):
        raise ValidationError(_("the database has no team roles yet: run `server init` first"),
                              field="role")
    conn = session.connection()
    name = _quote(session, login)
    secret = _quote(session, password, identifier=False)
    verb = "ALTER" if _role_exists(session, login) else "CREATE"
    conn.exec_driver_sql(f"{verb} ROLE {name} LOGIN PASSWORD {secret}")
    other = roles.group("agency" if kind == "delegate" else "delegate")
    if _role_exists(session, other):
        conn.exec_driver_sql(f"REVOKE {_quote(session, other)} FROM {name}")
    conn.exec_driver_sql(f"GRANT {_quote(session, group)} TO {name}")
    return group
