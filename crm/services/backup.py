"""Backups: automatic (before a migration, once a day), on demand, and restore.

A backup is a consistent copy made with ``VACUUM INTO`` into a temporary file (a snapshot even
while another program writes, in WAL mode), checked with ``integrity_check``, flushed to disk,
then renamed into place: a backup file is complete or absent. A copy of an encrypted database
is encrypted with the same key. Automatic backups live in ``NAME-backups/`` next to the
database file; the newest ``Preferences.backups_to_keep`` are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from crm import encryption, secrets
from crm.config import Preferences
from crm.encryption import Key, PassphrasePrompt
from crm.errors import NotADatabaseError, UserError
from crm.i18n import _

# NAME-20260601-093000-daily.db; the reason says why it was made.
_BACKUP_NAME = re.compile(r"-(\d{8}-\d{6})-([a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup file."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def backups_dir(db_path: Path) -> Path:
    """The folder of a database's automatic backups."""
    return db_path.with_name(f"{db_path.name}-backups")


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The automatic backups of a database, newest first."""
    folder = backups_dir(db_path)
    found = []
    for entry in folder.glob(f"{db_path.name}-*.db") if folder.is_dir() else []:
        match = _BACKUP_NAME.search(entry.name)
        if match:
            made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(BackupInfo(entry, made_at, match.group(2), entry.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # A rename is durable only once its directory is flushed (not possible on Windows).
    with contextlib.suppress(OSError):
        _fsync(folder)


def integrity_errors(path: Path, key: Key | None) -> list[str]:
    """``PRAGMA integrity_check`` of a database file: empty when sound."""
    conn = encryption.connect(path, key, readonly=True)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def copy_database(db_path: Path, key: Key | None, target: Path) -> Path:
    """Write a consistent, checked copy of the database to ``target`` (which must not exist)."""
    if target.exists():
        raise UserError(_("{target}: already exists; choose another file name")
                        .format(target=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    _remove(tmp)
    source = encryption.connect(db_path, key)
    try:
        source.execute("PRAGMA busy_timeout = 10000")
        source.execute("VACUUM INTO ?", (str(tmp),))
    except sqlcipher.Error:
        _remove(tmp)
        raise
    finally:
        source.close()
    try:
        problems = integrity_errors(tmp, key)
        if problems:
            raise UserError(_("{db_path}: the copy failed its integrity check ({reason}); run "
                              "`mission-crm check`").format(db_path=db_path, reason=problems[0]))
        _fsync(tmp)
        os.replace(tmp, target)
    finally:
        _remove(tmp)
    _fsync_dir(target.parent)
    return target


def make_backup(db_path: Path, key: Key | None, reason: str) -> Path:
    """An automatic backup into the backups folder, then the oldest beyond the limit removed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    reason = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    folder = backups_dir(db_path)
    target = folder / f"{db_path.name}-{stamp}-{reason}.db"
    counter = 1
    while target.exists():  # two backups in one second (a migration, then a restore)
        counter += 1
        target = folder / f"{db_path.name}-{stamp}-{reason}-{counter}.db"
    copy_database(db_path, key, target)
    prune_backups(db_path)
    return target


def prune_backups(db_path: Path, keep: int | None = None) -> list[Path]:
    """Remove automatic backups beyond the newest ``keep`` (default: the preference)."""
    keep = Preferences.load().backups_to_keep if keep is None else keep
    removed = [b.path for b in list_backups(db_path)[max(1, keep):]]
    for path in removed:
        _remove(path)
    return removed


def backup_before_migration(db_path: Path, key: Key | None, from_revision: str) -> Path:
    """The copy made before a schema migration."""
    return make_backup(db_path, key, f"before-migration-{from_revision}")


def daily_backup_if_due(db_path: Path, key: Key | None, today: date | None = None) -> Path | None:
    """Back up the database if no automatic backup was made today (local date)."""
    today = today or date.today()
    if any(b.made_at.date() == today for b in list_backups(db_path)):
        return None
    return make_backup(db_path, key, "daily")


def backup_to(db_path: Path, key: Key | None, target: Path) -> Path:
    """``backup FILE``: a checked copy at a place the user chose (encrypted if the DB is)."""
    target = target.expanduser().resolve()
    if target == db_path.resolve():
        raise UserError(_("{target}: that is the database itself; choose another file")
                        .format(target=target))
    return copy_database(db_path, key, target)


def check_backup_file(source: Path, key_hint: Key | None,
                      prompt: PassphrasePrompt | None = None) -> Key | None:
    """Check that ``source`` is a sound Mission CRM database; returns the key that opens it.

    Tried keys: ``key_hint`` (the open database's key: backups share it), then the usual
    sources. Raises NotADatabaseError / UserError naming the file when it will not do.
    """
    from crm.db import NOT_OURS, known_revision  # db imports this module at load time

    kind = encryption.file_kind(source)
    if kind in ("missing", "empty"):
        raise UserError(_("{source}: no such backup file (or it is empty)").format(source=source))
    if kind == "foreign":
        raise NotADatabaseError(_("{source}: {not_ours}")
                                .format(source=source, not_ours=_(NOT_OURS)))
    key: Key | None = None
    if kind == "encrypted":
        if key_hint is not None and encryption.key_opens(source, key_hint):
            key = key_hint
        else:
            key = encryption.find_key(source, prompt)
    try:
        problems = integrity_errors(source, key)
        conn = encryption.connect(source, key, readonly=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlcipher.DatabaseError as exc:
        raise NotADatabaseError(_("{source}: {not_ours} ({reason})")
                                .format(source=source, not_ours=_(NOT_OURS), reason=exc)) from None
    if problems:
        raise UserError(_("{source}: damaged backup ({reason}); nothing was restored")
                        .format(source=source, reason=problems[0]))
    if row is None or not known_revision(row[0]):
        raise NotADatabaseError(_("{source}: {not_ours} (or made by a newer Mission CRM)")
                                .format(source=source, not_ours=_(NOT_OURS)))
    return key


def _checkpoint_and_release(db_path: Path, key: Key | None) -> None:
    """Fold the WAL into the file and make sure nobody else has the database open."""
    conn = encryption.connect(db_path, key)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy:
        raise UserError(_("{db_path}: the database is open in another Mission CRM window or "
                          "command; close it, then restore again").format(db_path=db_path))


def restore_from(db_path: Path, current_key: Key | None, source: Path,
                 source_key: Key | None) -> Path | None:
    """Replace the database with the checked backup ``source`` (see ``check_backup_file``).

    The replaced database is first copied to the backups folder (returned; None when there was
    none). The database must be closed by the caller.
    """
    source = source.expanduser().resolve()
    if source == db_path.resolve():
        raise UserError(_("{source}: that is the database itself").format(source=source))
    aside = None
    if encryption.file_kind(db_path) not in ("missing", "empty"):
        _checkpoint_and_release(db_path, current_key)
        aside = make_backup(db_path, current_key, "before-restore")
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    _remove(tmp)
    try:
        shutil.copyfile(source, tmp)
        _fsync(tmp)
        if integrity_errors(tmp, source_key):
            raise UserError(_("{source}: the copy failed its integrity check; nothing restored")
                            .format(source=source))
        # A stale WAL next to the new file would be replayed into it: remove it first
        # (it is empty after the TRUNCATE checkpoint above).
        for suffix in ("-wal", "-shm"):
            _remove(db_path.with_name(db_path.name + suffix))
        os.replace(tmp, db_path)
    finally:
        _remove(tmp)
    _fsync_dir(db_path.parent)
    if source_key is not None and source_key.kind == "raw" and secrets.is_secure_keyring():
        # The restored file may carry an older key: keep the one that opens it.
        secrets.set_secret(encryption.keyring_entry(db_path), source_key.value)
    return aside
