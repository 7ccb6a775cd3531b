"""``backup FILE`` and ``restore FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm.cli import CliContext
from crm.db import open_database
from crm.errors import UserError
from crm.services.backup import backup_to, check_backup_file, restore_from


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="write a checked copy of the database to FILE (encrypted if it is)")
    backup.add_argument("file", metavar="FILE", type=Path)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database by the backup FILE (checked first; the replaced "
                        "database is kept in the backups folder)")
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.set_defaults(handler=run_restore)


def _sqlite_path(ctx: CliContext) -> Path:
    path = ctx.db.path
    if path is None:
        raise UserError("backup and restore work on a database file, not on a server URL")
    return path


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    target = backup_to(_sqlite_path(ctx), ctx.db.key, args.file)
    state = "encrypted" if ctx.db.is_encrypted else "not encrypted"
    print(f"backed up to {target} ({state})")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    # A restore is how a missing or empty database file is brought back: it may be made.
    ctx.create = True
    path = _sqlite_path(ctx)
    current_key = ctx.db.key
    source_key = check_backup_file(args.file, current_key)
    ctx.close()
    aside = restore_from(path, current_key, args.file, source_key)
    # Open the restored file as any later command will (keys, migration of an older backup).
    restored = open_database(str(path), daily_backup=False)
    restored.close()
    if aside is not None:
        print(f"the replaced database was kept as {aside}")
    print(f"restored {path} from {args.file}")
    return 0
