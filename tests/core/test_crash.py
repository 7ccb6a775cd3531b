"""Durability: SIGKILL at any moment, two writers, a full disk, I/O errors, a read-only file,
and no secret or erased person left in any file the app wrote."""

from __future__ import annotations

import errno
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from crm import db as crm_db
from crm import encryption
from crm.db import describe_storage_error, integrity_problems, open_database
from crm.models import Contact, ContactEmail, MergeRecord
from crm.services import backup, keys
from crm.services.contacts import count_contacts, create_contact
from tests.conftest import REPO
from tests.crash_writer import BATCH, run_writer
from tests.inprocess import cli

pytestmark = pytest.mark.sqlite_only

# At least 50 kills in CI; fewer on a developer's machine.
RUNS = 50 if os.environ.get("CI") == "true" else 12
RAW_KEY = "cd" * 32


@pytest.fixture
def run(capsys):  # type: ignore[no-untyped-def]
    return partial(cli, capsys)


def _pairs_problems(db) -> list[str]:  # type: ignore[no-untyped-def]
    """Each duplicate pair is whole: unmerged (2 contacts, no record) or merged (1, 1)."""
    contacts = db.read(lambda s: Counter(s.scalars(select(Contact.last_name).where(
        Contact.last_name.like("pair-%")))))
    emails = db.read(lambda s: Counter(s.scalars(
        select(Contact.last_name).join(ContactEmail).where(Contact.last_name.like("pair-%")))))
    merged = db.read(lambda s: s.scalar(select(func.count(MergeRecord.id))))
    problems = [f"{name}: {emails[name]} emails" for name in contacts if emails[name] != 2]
    problems += [f"{name}: {n} contacts" for name, n in contacts.items() if n not in (1, 2)]
    if merged != sum(1 for n in contacts.values() if n == 1):
        problems.append(f"{merged} merge records for {contacts}")
    return problems


def _state(path: Path) -> tuple[list[str], Counter, dict[str, set]]:
    """Integrity problems, contacts per batch and job titles per batch."""
    db = open_database(str(path), daily_backup=False)
    try:
        problems = integrity_problems(db) + _pairs_problems(db)
        rows = db.read(lambda s: s.execute(select(Contact.last_name, Contact.job_title)).all())
        with db.engine.connect() as conn:
            indexed = conn.exec_driver_sql("SELECT count(*) FROM contact_fts_key").scalar()
    finally:
        db.close()
    if indexed != len(rows):
        problems.append(f"search index has {indexed} contacts, the table {len(rows)}")
    batches = [(last, title) for last, title in rows if not last.startswith("pair-")]
    sizes = Counter(last for last, _ in batches)
    titles: dict[str, set] = {}
    for last, title in batches:
        titles.setdefault(last, set()).add(title)
    return problems, sizes, titles


def test_sigkill_at_random_moments_leaves_whole_transactions(tmp_path: Path,
                                                            monkeypatch) -> None:
    plain, encrypted = tmp_path / "plain.db", tmp_path / "encrypted.db"
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, RAW_KEY)
    open_database(str(encrypted)).close()
    monkeypatch.delenv(encryption.PASSPHRASE_ENV)
    open_database(str(plain)).close()
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, RAW_KEY)  # the writer finds the key here
    # fork: the writer starts with everything imported, so each run costs its kill delay.
    context = multiprocessing.get_context("fork")
    rng = random.Random(int(os.environ.get("CRASH_SEED", "6")))
    killed_mid_write = 0
    for run_number in range(RUNS):
        path = encrypted if run_number % 2 else plain
        ready = context.Event()
        writer = context.Process(target=run_writer, args=(str(path), ready), daemon=True)
        writer.start()
        assert ready.wait(30), "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.8))
        os.kill(writer.pid, signal.SIGKILL)
        writer.join(10)
        assert writer.exitcode == -signal.SIGKILL
        killed_mid_write += Path(f"{path}-wal").exists()
        problems, sizes, titles = _state(path)
        assert problems == [], f"run {run_number}: {problems}"
        assert all(n == BATCH for n in sizes.values()), f"run {run_number}: partial batch"
        assert all(len(t) == 1 for t in titles.values()), f"run {run_number}: partial edit"
    assert killed_mid_write > 0
    merges = 0
    for path in (plain, encrypted):
        with open_database(str(path), daily_backup=False) as db:
            merges += db.read(lambda s: s.scalar(select(func.count(MergeRecord.id))))
    assert merges > 0, "no run got as far as a merge: lengthen the kill delays"
    assert sum(_state(plain)[1].values()) > 0 and sum(_state(encrypted)[1].values()) > 0


def test_a_second_writer_waits_for_the_first(db_path: Path) -> None:
    db = open_database(str(db_path))
    with db.session(write=True) as session:
        create_contact(session, first_name="First", last_name="Writer")
        session.flush()
        other = subprocess.Popen(
            [sys.executable, str(REPO / "main.py"), "--db", str(db_path), "add", "contact",
             "--first", "Second", "--last", "Writer"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Long enough for the CLI to start and block on the lock we hold.
        time.sleep(3)
        assert other.poll() is None, other.communicate()
    _out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err
    assert db.read(count_contacts) == 2
    assert integrity_problems(db) == []
    db.close()


def test_a_writer_that_cannot_wait_longer_says_why(db_path: Path, monkeypatch, run) -> None:
    holder = open_database(str(db_path))
    holder.write(create_contact, first_name="Kept")
    monkeypatch.setattr(crm_db, "BUSY_TIMEOUT_MS", 300)
    with holder.session(write=True) as session:
        create_contact(session, first_name="Holding")
        session.flush()
        blocked = run("add", "contact", "--first", "Blocked", db=db_path)
        second = open_database(str(db_path), daily_backup=False)
        with pytest.raises(OperationalError) as info:
            second.write(create_contact, first_name="Blocked too")
        second.close()
    assert blocked.returncode == 1
    assert "another Mission CRM window or command is writing" in blocked.stderr
    assert "another Mission CRM window" in describe_storage_error(info.value)
    assert sorted(c.first_name for c in holder.read(
        lambda s: list(s.scalars(select(Contact))))) == ["Holding", "Kept"]
    holder.close()


def _capped(real_connect, *args, **kwargs):  # type: ignore[no-untyped-def]
    """A connection whose database cannot grow: SQLite's own "database or disk is full"."""
    conn = real_connect(*args, **kwargs)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {max(pages, 1) + 2}")
    return conn


def test_a_full_disk_loses_nothing_and_says_so(db_path: Path, monkeypatch, run) -> None:
    assert run("add", "contact", "--first", "Before", "--last", "Full", db=db_path).returncode == 0
    monkeypatch.setattr(encryption, "connect", partial(_capped, encryption.connect))
    result = run("demo", db=db_path)
    monkeypatch.undo()
    assert result.returncode == 1
    assert "disk is full" in result.stderr and "nothing was written" in result.stderr
    db = open_database(str(db_path), daily_backup=False)
    assert db.read(count_contacts) == 1 and integrity_problems(db) == []
    db.close()


def test_a_read_only_database_loses_nothing_and_says_so(db_path: Path, monkeypatch,
                                                        run) -> None:
    assert run("add", "contact", "--first", "Kept", db=db_path).returncode == 0
    real = encryption.connect
    monkeypatch.setattr(encryption, "connect",
                        lambda path, key=None, **kw: real(path, key, readonly=True,
                                                          **{k: v for k, v in kw.items()
                                                             if k != "readonly"}))
    result = run("add", "contact", "--first", "Lost", db=db_path)
    monkeypatch.undo()
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert run("list", "contacts", db=db_path).stdout.count("Kept") == 1


def _io_error(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise OSError(errno.EIO, "Input/output error", str(args[0]))


def test_io_errors_while_copying_lose_nothing(db_path: Path, monkeypatch, run,
                                              tmp_path: Path) -> None:
    assert run("add", "contact", "--first", "Kept", db=db_path).returncode == 0
    copy = tmp_path / "copy.db"
    assert run("backup", str(copy), db=db_path).returncode == 0
    monkeypatch.setattr(backup.os, "replace", _io_error)
    failed = run("backup", str(tmp_path / "other.db"), db=db_path)
    assert failed.returncode == 1 and "Input/output error" in failed.stderr
    assert not (tmp_path / "other.db").exists()
    restored = run("restore", str(copy), db=db_path)
    assert restored.returncode == 1 and "nothing was changed" in restored.stderr
    monkeypatch.setattr(keys.os, "replace", _io_error)
    monkeypatch.setenv(encryption.NEW_PASSPHRASE_ENV, RAW_KEY)
    encrypted = run("encrypt", db=db_path)
    assert encrypted.returncode == 1
    monkeypatch.undo()
    assert encryption.file_kind(db_path) == "plain"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert "Kept" in run("list", "contacts", db=db_path).stdout
    assert run("check", db=db_path).returncode == 0


def test_a_backup_that_cannot_be_written_does_not_stop_the_app(db_path: Path,
                                                               monkeypatch) -> None:
    open_database(str(db_path)).close()
    monkeypatch.setattr(backup, "copy_database", partial(_io_error))
    db = open_database(str(db_path))
    assert any("automatic backup" in notice for notice in db.notices)
    db.write(create_contact, first_name="Still works")
    db.close()


def _all_files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_no_passphrase_and_no_erased_email_in_any_file_the_app_wrote(tmp_path: Path, run,
                                                                    monkeypatch) -> None:
    from crm.config import Preferences, config_dir

    passphrase = "Brussels-Boston 2022 delegation!"
    email = "forget.me.please@erasure.example"
    for name, env in (("encrypted.db", {encryption.PASSPHRASE_ENV: passphrase}),
                      ("plain.db", {})):
        db_path = tmp_path / name
        assert run("demo", db=db_path, env=env).returncode == 0
        added = run("add", "contact", "--first", "Forget", "--last", "Me", "--email", email,
                    "--note", "met at the reception", db=db_path, env=env)
        contact_id = added.stdout.strip()
        assert run("add", "followup", contact_id, "--title", "Call back", "--due",
                   "2022-06-20", db=db_path, env=env).returncode == 0
        assert run("check", db=db_path, env=env).returncode == 0  # the daily backup
        assert run("list", "contacts", "--search", "forget", db=db_path,
                   env=env).stdout.count("Forget") == 1
        assert run("erase", contact_id, db=db_path, env=env).returncode == 0
        assert run("backup", str(tmp_path / f"kept-{name}"), db=db_path, env=env).returncode == 0
    Preferences(owner_name="Delegate").save()
    files = _all_files(tmp_path, config_dir())
    assert any(p.suffix == ".json" for p in files) and len(files) >= 6
    for path in files:
        data = path.read_bytes()
        assert passphrase.encode() not in data, path
        assert email.encode() not in data and email.upper().encode() not in data, path
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, passphrase)
    db = open_database(str(tmp_path / "encrypted.db"), daily_backup=False)
    assert db.read(lambda s: s.scalar(select(func.count()).select_from(Contact).where(
        Contact.last_name == "Me"))) == 0
    db.close()

