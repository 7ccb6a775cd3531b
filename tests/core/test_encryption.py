"""Encryption at rest: SQLCipher files, where their key comes from, and what a wrong key does."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from functools import partial
from pathlib import Path

import keyring
import pytest

from crm import encryption
from crm.db import integrity_problems, open_database
from crm.errors import NotADatabaseError, UserError
from crm.services.backup import list_backups
from crm.services.contacts import count_contacts, create_contact
from tests.conftest import run_cli
from tests.inprocess import cli
from tests.memory_keyring import BACKEND_NAME, FILE_ENV, MemoryKeyring

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a CLI subprocess that sees a secure keyring (persisted in a file)."""
    return {"PYTHON_KEYRING_BACKEND": BACKEND_NAME, FILE_ENV: str(tmp_path / "keyring.json")}


@pytest.fixture
def run(capsys):  # type: ignore[no-untyped-def]
    """The CLI in-process (see tests/inprocess.py)."""
    return partial(cli, capsys)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain_sqlite_cannot_read(path: Path) -> bool:
    try:
        with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as raw:
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return True
    return False


def test_new_database_with_a_secure_keyring_is_encrypted_with_a_random_key(
        memory_keyring: MemoryKeyring, db_path: Path) -> None:
    db = open_database(str(db_path))
    db.write(create_contact, first_name="Ada", last_name="Lovelace", emails=["ada@example.org"])
    assert db.is_encrypted and db.notices == []
    db.close()
    assert _plain_sqlite_cannot_read(db_path)
    stored = encryption.stored_key(db_path)
    assert stored is not None and len(stored.value) == 64
    assert stored.value.encode() not in db_path.read_bytes()
    again = open_database(str(db_path))
    assert again.read(count_contacts) == 1 and integrity_problems(again) == []
    again.close()


def test_without_keyring_the_passphrase_from_the_environment_encrypts(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, PASSPHRASE)
    db = open_database(str(db_path))
    db.write(create_contact, first_name="Ada")
    db.close()
    assert _plain_sqlite_cannot_read(db_path)
    assert PASSPHRASE.encode() not in db_path.read_bytes()
    monkeypatch.delenv(encryption.PASSPHRASE_ENV)
    with pytest.raises(NotADatabaseError, match="wrong key or not a Mission CRM database"):
        open_database(str(db_path))


def test_without_keyring_or_passphrase_the_database_is_plain_and_says_so(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(encryption.ALLOW_UNENCRYPTED_ENV)
    db = open_database(str(db_path))
    assert not db.is_encrypted
    assert "NOT encrypted" in db.notices[0] and encryption.PASSPHRASE_ENV in db.notices[0]
    db.close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM contact").fetchone() == (0,)


def test_wrong_passphrase_leaves_the_file_untouched(db_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, PASSPHRASE)
    open_database(str(db_path)).close()
    before = _digest(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, "not the passphrase")
    with pytest.raises(NotADatabaseError) as info:
        open_database(str(db_path))
    assert "wrong key or not a Mission CRM database" in str(info.value)
    assert "not the passphrase" not in str(info.value)
    assert _digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings


def test_the_prompt_is_asked_again_after_a_wrong_answer(db_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, PASSPHRASE)
    open_database(str(db_path)).close()
    monkeypatch.delenv(encryption.PASSPHRASE_ENV)
    answers = iter(["wrong guess", PASSPHRASE])
    asked: list[str] = []

    def prompt(path: Path, reason: str) -> str | None:
        asked.append(reason)
        return next(answers)

    db = open_database(str(db_path), prompt=prompt)
    assert db.is_encrypted and asked == ["open", "retry"]
    db.close()
    with pytest.raises(NotADatabaseError):
        open_database(str(db_path), prompt=lambda path, reason: None)


def test_keys_never_show_their_value() -> None:
    key = encryption.key_from_text(PASSPHRASE, "prompt")
    raw = encryption.new_random_key()
    for shown in (repr(key), str(key), repr(raw), str(raw)):
        assert PASSPHRASE not in shown and raw.value not in shown
    assert encryption.key_from_text(raw.value.upper(), "prompt").kind == "raw"
    assert encryption.key_from_text(f"x'{raw.value}'", "prompt").value == raw.value


def test_cli_encrypt_option_creates_an_encrypted_database(db_path: Path,
                                                          keyring_env: dict[str, str]) -> None:
    created = run_cli("--encrypt", "add", "contact", "--first", "Ada", db=db_path,
                      env=keyring_env)
    assert created.returncode == 0, created.stderr
    assert _plain_sqlite_cannot_read(db_path)
    listed = run_cli("list", "contacts", "--json", db=db_path, env=keyring_env)
    assert listed.returncode == 0 and "Ada" in listed.stdout
    before = _digest(db_path)
    no_key = run_cli("list", "contacts", db=db_path)  # the null keyring: no key anywhere
    assert no_key.returncode == 2
    assert "wrong key or not a Mission CRM database" in no_key.stderr
    wrong = run_cli("list", "contacts", db=db_path, env={encryption.PASSPHRASE_ENV: "nope"})
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    assert _digest(db_path) == before


def test_cli_encrypt_option_without_any_key_source_refuses(db_path: Path, run) -> None:
    result = run("--encrypt", "demo", db=db_path)
    assert result.returncode == 2
    assert encryption.PASSPHRASE_ENV in result.stderr
    assert not db_path.exists()


def test_cli_encrypts_an_existing_plain_database(db_path: Path, run) -> None:
    assert run("demo", db=db_path).returncode == 0
    assert run("check", db=db_path).returncode == 0  # opens again: a plain daily backup
    assert list_backups(db_path)
    contacts = run("list", "contacts", "--json", db=db_path).stdout
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        result = run("encrypt", db=db_path)
        assert result.returncode == 0, result.stderr
        assert "recovery key" in result.stdout
        assert _plain_sqlite_cannot_read(db_path)
        assert run("list", "contacts", "--json", db=db_path).stdout == contacts
        # The plain backups would leak what the encryption protects: none is left.
        assert all(_plain_sqlite_cannot_read(b.path) for b in list_backups(db_path))
        assert run("check", db=db_path).returncode == 0
    finally:
        keyring.set_keyring(previous)
    assert run("check", db=db_path).returncode == 2  # the key is in that keyring only


def test_cli_change_key_re_encrypts_database_and_backups(db_path: Path, run) -> None:
    old = {encryption.PASSPHRASE_ENV: "old passphrase"}
    assert run("demo", db=db_path, env=old).returncode == 0
    assert run("check", db=db_path, env=old).returncode == 0
    changed = run("change-key", db=db_path,
                  env={**old, encryption.NEW_PASSPHRASE_ENV: "new passphrase"})
    assert changed.returncode == 0, changed.stderr
    assert "1 automatic backup(s) re-encrypted" in changed.stdout
    assert run("check", db=db_path, env=old).returncode == 2
    new = {encryption.PASSPHRASE_ENV: "new passphrase"}
    assert run("check", db=db_path, env=new).returncode == 0
    new_key = encryption.key_from_text("new passphrase", "test")
    assert all(encryption.key_opens(b.path, new_key) for b in list_backups(db_path))


def test_recovery_key_opens_the_database_when_the_keyring_is_lost(
        db_path: Path, memory_keyring: MemoryKeyring, tmp_path: Path, run) -> None:
    assert run("--encrypt", "demo", db=db_path).returncode == 0
    recovery = tmp_path / "recovery.txt"
    saved = run("save-recovery-key", str(recovery), db=db_path)
    assert saved.returncode == 0, saved.stderr
    assert stat.S_IMODE(recovery.stat().st_mode) == 0o600
    key_line = next(line for line in recovery.read_text().splitlines() if len(line) == 64)
    assert run("save-recovery-key", str(recovery), db=db_path).returncode == 2  # no overwrite
    memory_keyring.store.clear()  # the keyring is gone (a new laptop)
    assert run("check", db=db_path).returncode == 2
    recovered = run("check", db=db_path, env={encryption.PASSPHRASE_ENV: key_line})
    assert recovered.returncode == 0, recovered.stderr


def test_a_passphrase_database_has_no_recovery_key_to_save(db_path: Path, run,
                                                          tmp_path: Path) -> None:
    env = {encryption.PASSPHRASE_ENV: PASSPHRASE}
    assert run("check", db=db_path, env=env).returncode == 0
    result = run("save-recovery-key", str(tmp_path / "r.txt"), db=db_path, env=env)
    assert result.returncode == 2 and "passphrase" in result.stderr
    assert not (tmp_path / "r.txt").exists()


def test_plain_database_is_not_silently_encrypted_by_the_option(db_path: Path) -> None:
    open_database(str(db_path)).close()
    with pytest.raises(UserError, match="not encrypted"):
        open_database(str(db_path), encrypt=True)


def test_no_secret_reaches_the_preferences_or_the_environment_files(
        db_path: Path, memory_keyring: MemoryKeyring) -> None:
    from crm.config import Preferences, config_dir

    db = open_database(str(db_path))
    Preferences(owner_name="Delegate").save()
    key = encryption.stored_key(db_path)
    db.close()
    assert key is not None
    for path in [*config_dir().rglob("*"), *db_path.parent.rglob("*")]:
        if path.is_file():
            assert key.value.encode() not in path.read_bytes(), path
    assert key.value not in os.environ.values()


def test_the_unencrypted_warning_reaches_stderr_after_the_output(db_path: Path, run,
                                                                 monkeypatch) -> None:
    monkeypatch.delenv(encryption.ALLOW_UNENCRYPTED_ENV)
    result = run("add", "contact", "--first", "Ada", db=db_path)
    assert result.returncode == 0 and result.stdout.strip()
    assert "NOT encrypted" in result.stderr and "encrypt" in result.stderr
    again = run("list", "contacts", db=db_path)
    assert again.stderr == ""  # said once, when the file was created
