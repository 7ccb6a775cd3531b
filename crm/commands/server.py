"""``server``: team mode on PostgreSQL: ``init`` (schema and roles), ``add-login``, ``password``."""

from __future__ import annotations

import argparse
import getpass
import sys

from crm.cli import EXIT_OK, CliContext
from crm.db import open_database, remember_password, resolve_target, to_url, without_password
from crm.errors import UserError
from crm.services.server import ROLE_KINDS, add_login, init_roles


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "server", help="team mode: prepare a PostgreSQL database and its logins",
        description="Team mode on PostgreSQL. Run with --db postgresql://ADMIN@HOST/DATABASE.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    init = actions.add_parser("init", help="create the schema and the delegate/agency roles "
                              "on an empty PostgreSQL database (again after an upgrade)")
    init.set_defaults(handler=run_init)
    login = actions.add_parser("add-login", help="create a login (or reset its password)")
    login.add_argument("login", help="the login name, e.g. alice")
    login.add_argument("--role", choices=ROLE_KINDS, required=True,
                       help="delegate: read and write; agency: read only")
    login.add_argument("--password-stdin", action="store_true",
                       help="read the new login's password from standard input")
    login.set_defaults(handler=run_add_login)
    password = actions.add_parser("password", help="keep the password of the --db login in "
                                  "the OS keyring (never in a file)")
    password.add_argument("--password-stdin", action="store_true",
                          help="read the password from standard input")
    password.set_defaults(handler=run_password)


def _read_password(args: argparse.Namespace, prompt: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError("password: no terminal to ask on; use --password-stdin")
    first = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != first:
        raise UserError("password: the two entries differ")
    return first


def _shown(ctx: CliContext) -> str:
    return ctx.db.url.render_as_string(hide_password=True)


def run_init(args: argparse.Namespace, ctx: CliContext) -> int:
    roles = ctx.db.write(init_roles)
    print(f"ok: {_shown(ctx)} has the Mission CRM schema; groups {roles.delegate} "
          f"(read and write) and {roles.agency} (read only)")
    return EXIT_OK


def run_add_login(args: argparse.Namespace, ctx: CliContext) -> int:
    password = _read_password(args, f"Password for {args.login}: ")
    group = ctx.db.write(add_login, args.login, kind=args.role, password=password)
    print(f"ok: login {args.login} is a member of {group}")
    return EXIT_OK


def run_password(args: argparse.Namespace, ctx: CliContext) -> int:
    url = without_password(to_url(resolve_target(ctx.target)))
    if url.get_backend_name() != "postgresql":
        raise UserError("--db: give the server URL, postgresql://USER@HOST/DATABASE")
    password = _read_password(args, f"Password for {url.username}@{url.host}: ")
    remember_password(url, password)
    # Prove it works before saying so: the next commands will use it from the keyring.
    open_database(url.render_as_string(hide_password=False), migrate_schema=False).close()
    print(f"ok: the password of {url.render_as_string(hide_password=True)} is in the keyring")
    return EXIT_OK
