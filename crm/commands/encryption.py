"""``encrypt``, ``change-key`` and ``save-recovery-key``: the database's encryption key."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm.cli import CliContext
from crm.errors import UserError
from crm.services.keys import change_key, choose_new_key, save_recovery_key


def register(subparsers: argparse._SubParsersAction) -> None:
    encrypt = subparsers.add_parser(
        "encrypt", help="encrypt an existing plain database (key: the OS keyring, else "
                        "$MISSION_CRM_NEW_PASSPHRASE or $MISSION_CRM_PASSPHRASE)")
    encrypt.set_defaults(handler=run_encrypt)

    rekey = subparsers.add_parser(
        "change-key", help="re-encrypt the database and its backups with a new key (a new "
                           "random key in the OS keyring, else $MISSION_CRM_NEW_PASSPHRASE)")
    rekey.set_defaults(handler=run_change_key)

    recovery = subparsers.add_parser(
        "save-recovery-key", help="write the database key to FILE, to keep somewhere safe")
    recovery.add_argument("file", metavar="FILE", type=Path)
    recovery.set_defaults(handler=run_save_recovery_key)


def _path(ctx: CliContext) -> Path:
    if ctx.db.path is None:
        raise UserError("encryption applies to a database file, not to a server URL")
    return ctx.db.path


def _report(path: Path, outcome) -> None:  # type: ignore[no-untyped-def]
    where = ("the key is in the OS keyring; save a recovery key with `save-recovery-key FILE`"
             if outcome.in_keyring else "open it with the same passphrase from now on")
    print(f"{path} is encrypted: {where}")
    if outcome.backups_rewritten:
        print(f"{outcome.backups_rewritten} automatic backup(s) re-encrypted with the new key")
    if outcome.backups_removed:
        print(f"{outcome.backups_removed} plain automatic backup(s) overwritten and removed")


def run_encrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    path = _path(ctx)
    if ctx.db.is_encrypted:
        raise UserError(f"{path} is already encrypted (use `change-key` for a new key)")
    new = choose_new_key()
    ctx.close()
    _report(path, change_key(path, None, new))
    return 0


def run_change_key(args: argparse.Namespace, ctx: CliContext) -> int:
    path = _path(ctx)
    old = ctx.db.key
    if old is None:
        raise UserError(f"{path} is not encrypted; encrypt it with `encrypt`")
    new = choose_new_key()
    ctx.close()
    _report(path, change_key(path, old, new))
    return 0


def run_save_recovery_key(args: argparse.Namespace, ctx: CliContext) -> int:
    path = _path(ctx)
    if ctx.db.key is None:
        raise UserError(f"{path} is not encrypted: there is no key to save")
    target = save_recovery_key(path, ctx.db.key, args.file)
    print(f"recovery key written to {target}; keep it away from this laptop")
    return 0
