"""Backups: daily and before migrations, kept N, consistent, encrypted like the database;
``backup FILE`` and ``restore FILE``."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest

from crm import encryption
from crm.config import Preferences
from crm.db import open_database
from crm.services import backup
from crm.services.contacts import count_contacts, create_contact
from tests.inprocess import cli

pytestmark = pytest.mark.sqlite_only  # backups are copies of the SQLite file

RAW_KEY = "ab" * 32  # a recovery-key style raw key: no KDF, quick tests


@pytest.fixture
def run(capsys):  # type: ignore[no-untyped-def]
    return partial(cli, capsys)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _contacts_in(path: Path, key: encryption.Key | None = None) -> int:
    conn = encryption.connect(path, key, readonly=True)
    try:
        return conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        conn.close()


def test_first_open_of_the_day_makes_one_backup(db_path: Path) -> None:
    db = open_database(str(db_path))
    db.write(create_contact, first_name="Ada")
    db.close()
    assert backup.list_backups(db_path) == []  # a brand-new database has nothing to back up
    for _ in range(2):
        open_database(str(db_path)).close()
    backups = backup.list_backups(db_path)
    assert [b.reason for b in backups] == ["daily"]
    assert _contacts_in(backups[0].path) == 1
    assert backup.daily_backup_if_due(db_path, None, today=date.today()) is None
    tomorrow = date.today() + timedelta(days=1)
    assert backup.daily_backup_if_due(db_path, None, today=tomorrow) is not None


def test_only_the_newest_backups_are_kept(db_path: Path) -> None:
    Preferences(backups_to_keep=2).save()
    open_database(str(db_path)).close()
    made = [backup.make_backup(db_path, None, f"test-{n}") for n in range(4)]
    kept = [b.path for b in backup.list_backups(db_path)]
    assert kept == [made[3], made[2]]


def test_backup_of_an_encrypted_database_is_encrypted(db_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, RAW_KEY)
    db = open_database(str(db_path))
    db.write(create_contact, first_name="Ada", emails=["ada@example.org"])
    copy = backup.backup_to(db_path, db.key, db_path.with_name("copy.db"))
    db.close()
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(copy) as raw:
        raw.execute("SELECT count(*) FROM contact").fetchone()
    assert b"ada@example.org" not in copy.read_bytes()
    assert _contacts_in(copy, encryption.key_from_text(RAW_KEY, "test")) == 1


def test_a_backup_is_a_snapshot_without_uncommitted_changes(db) -> None:
    db.write(create_contact, first_name="Committed")
    with db.session(write=True) as session:
        create_contact(session, first_name="Pending")
        session.flush()
        copy = backup.backup_to(db.path, None, db.path.with_name("snapshot.db"))
    assert _contacts_in(copy) == 1
    assert db.read(count_contacts) == 2


def test_a_copy_that_fails_its_check_leaves_no_file(db, monkeypatch) -> None:
    monkeypatch.setattr(backup, "integrity_errors", lambda path, key: ["page 3: corrupt"])
    target = db.path.with_name("copy.db")
    with pytest.raises(backup.UserError, match="integrity"):
        backup.backup_to(db.path, None, target)
    assert not target.exists()
    assert [p.name for p in db.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_backup_then_restore_keeps_the_replaced_database(db_path: Path, run,
                                                            tmp_path: Path) -> None:
    assert run("add", "contact", "--first", "Before", db=db_path).returncode == 0
    copy = tmp_path / "saved.db"
    result = run("backup", str(copy), db=db_path)
    assert result.returncode == 0, result.stderr
    assert run("backup", str(copy), db=db_path).returncode == 2  # never overwrites
    assert run("add", "contact", "--first", "After", db=db_path).returncode == 0
    restored = run("restore", str(copy), db=db_path)
    assert restored.returncode == 0, restored.stderr
    names = run("list", "contacts", "--json", db=db_path).stdout
    assert "Before" in names and "After" not in names
    aside = [b for b in backup.list_backups(db_path) if b.reason == "before-restore"]
    assert len(aside) == 1 and _contacts_in(aside[0].path) == 2
    assert run("check", db=db_path).returncode == 0


@pytest.mark.parametrize("content", [b"not a database at all\n", b"\x00" * 4096])
def test_cli_restore_refuses_a_bad_file_and_changes_nothing(db_path: Path, run, tmp_path: Path,
                                                            content: bytes) -> None:
    assert run("add", "contact", "--first", "Kept", db=db_path).returncode == 0
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = _digest(db_path)
    result = run("restore", str(bad), db=db_path)
    assert result.returncode == 2
    assert str(bad) in result.stderr
    assert _digest(db_path) == before
    assert "Kept" in run("list", "contacts", db=db_path).stdout


def test_cli_restore_refuses_a_damaged_backup(db_path: Path, run, tmp_path: Path) -> None:
    db = open_database(str(db_path))
    db.write(lambda s: [create_contact(s, first_name=f"P{n}", notes="x" * 500)
                        for n in range(200)])
    db.close()
    damaged = tmp_path / "damaged.db"
    backup.copy_database(db_path, None, damaged)
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])  # a copy cut short (a full USB key)
    result = run("restore", str(damaged), db=db_path)
    assert result.returncode == 2
    assert "damaged" in result.stderr or "not a Mission CRM database" in result.stderr
    assert run("list", "contacts", "--json", db=db_path).stdout.count('"id"') == 200


def test_cli_restore_of_an_encrypted_backup(db_path: Path, run, tmp_path: Path) -> None:
    env = {encryption.PASSPHRASE_ENV: RAW_KEY}
    assert run("add", "contact", "--first", "Secret", db=db_path, env=env).returncode == 0
    assert run("backup", str(tmp_path / "b.db"), db=db_path, env=env).returncode == 0
    assert run("add", "contact", "--first", "Later", db=db_path, env=env).returncode == 0
    assert run("restore", str(tmp_path / "b.db"), db=db_path, env=env).returncode == 0
    names = run("list", "contacts", db=db_path, env=env).stdout
    assert "Secret" in names and "Later" not in names
    assert encryption.file_kind(db_path) == "encrypted"


def test_reads_wait_while_a_restore_swaps_the_file(db_path: Path, tmp_path: Path) -> None:
    # In the app, timers and page loads read while a restore replaces the file: they must
    # wait and then see the restored database, never "database is locked" or a broken read.
    import threading

    db = open_database(str(db_path))
    db.write(create_contact, first_name="Kept")
    copy = tmp_path / "saved.db"
    backup.backup_to(db_path, db.key, copy)
    db.write(create_contact, first_name="Added after the backup")
    results: list[object] = []

    def read_during_the_swap() -> None:
        try:
            results.append(db.read(count_contacts))
        except Exception as exc:  # what the user would see as a storage error
            results.append(exc)

    with db.exclusive():
        reader = threading.Thread(target=read_during_the_swap)
        reader.start()
        reader.join(timeout=0.3)
        assert reader.is_alive(), "the read did not wait for the swap"
        db.engine.dispose()
        backup.restore_from(db_path, db.key, copy, backup.check_backup_file(copy, db.key))
        db.use_key(db.key)
        assert db.read(count_contacts) == 1  # the job itself still reads
    reader.join(timeout=10)
    assert results == [1]
    db.close()
