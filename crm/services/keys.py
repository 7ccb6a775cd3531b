"""Encrypt an existing plain database, change a database's key, save a recovery key.

Each rewrite goes through a new file: the database is exported (``sqlcipher_export``) into a
temporary file with the new key, the copy is checked, then renamed over the original. A crash
at any moment leaves either the old file or the new one, never half of each. The database must
be closed by the caller (no other connection open).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from crm import encryption, secrets
from crm.encryption import Key
from crm.errors import UserError
from crm.i18n import _
from crm.services import backup


@dataclass(frozen=True)
class Rekeyed:
    """What a key change did: where the key now lives, and which backups followed."""

    key: Key
    in_keyring: bool
    backups_rewritten: int
    backups_removed: int


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, then delete it (best effort: SSDs and copy-on-write
    filesystems may still hold old blocks; the README says so)."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


def _rewrite(path: Path, old: Key | None, new: Key | None) -> None:
    """Replace the file at ``path`` by a copy encrypted with ``new``, through a temp file."""
    tmp = path.with_name(f".{path.name}.rekey.tmp")
    aside = path.with_name(f".{path.name}.rekey.old")
    for leftover in (tmp, aside):
        _shred(leftover)
    conn = encryption.connect(path, old)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise UserError(_("{path}: the database is open in another Mission CRM window or "
                              "command; close it and try again").format(path=path))
        encryption.export_copy(conn, tmp, new)
    finally:
        conn.close()
    if not encryption.key_opens(tmp, new) or backup.integrity_errors(tmp, new):
        _shred(tmp)
        raise UserError(_("{path}: the re-encrypted copy did not check out; nothing changed")
                        .format(path=path))
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(path, aside)
    except BaseException:
        _shred(tmp)
        raise
    try:
        os.replace(tmp, path)
    except BaseException:
        os.replace(aside, path)  # the original back in place, as if nothing happened
        _shred(tmp)
        raise
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    _shred(aside)


def choose_new_key(passphrase: str | None = None) -> Key:
    """The key for an encryption or a key change: ``passphrase`` if given, else a random key
    for a secure keyring, else ``MISSION_CRM_NEW_PASSPHRASE`` / ``MISSION_CRM_PASSPHRASE``."""
    if passphrase:
        return encryption.key_from_text(passphrase, "prompt")
    if secrets.is_secure_keyring():
        return encryption.new_random_key()
    for variable in (encryption.NEW_PASSPHRASE_ENV, encryption.PASSPHRASE_ENV):
        key = encryption.environment_key(variable)
        if key is not None:
            return key
    raise UserError(_("no key to encrypt with: {keyring_problem}; set {new_passphrase_env} (or "
                      "{passphrase_env}) to a passphrase")
                    .format(keyring_problem=secrets.keyring_problem(),
                            new_passphrase_env=encryption.NEW_PASSPHRASE_ENV,
                            passphrase_env=encryption.PASSPHRASE_ENV))


def _store(db_path: Path, key: Key) -> bool:
    """Keep a raw key in the keyring; forget any stored key when the new one is a passphrase."""
    entry = encryption.keyring_entry(db_path)
    if key.kind == "raw" and key.source == "keyring":
        secrets.set_secret(entry, key.value)
        return True
    secrets.delete_secret(entry)
    return False


def change_key(db_path: Path, old: Key | None, new: Key) -> Rekeyed:
    """Encrypt the database (and its automatic backups) with ``new``.

    ``old`` is None for a plain database: it becomes encrypted, and its plain backups are
    overwritten and removed (they would leak what the encryption protects); a fresh encrypted
    backup replaces them. Backups under ``old`` are re-encrypted with ``new``.
    """
    previous = encryption.stored_key(db_path)
    in_keyring = _store(db_path, new)
    try:
        _rewrite(db_path, old, new)
    except BaseException:
        # The file still has the old key: put the old key back where it was.
        if previous is not None:
            secrets.set_secret(encryption.keyring_entry(db_path), previous.value)
        elif in_keyring:
            secrets.delete_secret(encryption.keyring_entry(db_path))
        raise
    rewritten = removed = 0
    for info in backup.list_backups(db_path):
        if old is not None and encryption.key_opens(info.path, old):
            _rewrite(info.path, old, new)
            rewritten += 1
        elif old is None and encryption.file_kind(info.path) == "plain":
            _shred(info.path)
            removed += 1
    if old is None:
        backup.make_backup(db_path, new, "after-encryption")
    return Rekeyed(new, in_keyring, rewritten, removed)


def recovery_key_text(db_path: Path, key: Key) -> str:
    """The content of a recovery key file for a database opened with ``key``."""
    if key.kind != "raw":
        raise UserError(_("{db_path} is protected by a passphrase, not by a key in the keyring: "
                          "the passphrase is what you need to keep").format(db_path=db_path))
    return (
        "Mission CRM recovery key\n"
        f"Database: {db_path}\n\n"
        f"{key.value}\n\n"
        "Keep this file somewhere safe and away from the laptop (a password manager, a USB\n"
        "key in a drawer). Anyone holding it and the database can read the database.\n"
        "To open the database without the keyring (new laptop, keyring reset), type this\n"
        "key where the app asks for the passphrase, or set MISSION_CRM_PASSPHRASE to it.\n"
    )


def save_recovery_key(db_path: Path, key: Key, target: Path) -> Path:
    """Write the recovery key file (readable by its owner only) to ``target``."""
    target = target.expanduser().resolve()
    if target.exists():
        raise UserError(_("{target}: already exists; choose another file name")
                        .format(target=target))
    text = recovery_key_text(db_path, key)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise UserError(_("{target}: cannot write the recovery key ({strerror})")
                        .format(target=target, strerror=exc.strerror)) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return target
