"""Faults found by feeding the app hostile input (issue #16): over-long values, huge search
words, bytes that are not UTF-8, what an erasure leaves, killed exports, empty or missing
database files, SQLCipher's own log lines."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from crm.db import open_database
from crm.errors import UserError, ValidationError
from crm.io import safety
from crm.models import Company, Contact, Tag
from crm.services.companies import list_companies
from crm.services.contacts import ContactFilter, create_contact, list_contacts, update_contact
from crm.services.duplicates import similar_contacts
from crm.services.followups import list_followups
from crm.services.imports import import_file
from crm.services.limits import column_limit
from crm.services.privacy import erase_person
from crm.services.sessions import list_sessions
from tests.conftest import REPO, run_cli


def test_limits_come_from_the_model() -> None:
    assert column_limit("contact", "first_name") == Contact.__table__.c.first_name.type.length
    assert column_limit("company", "name") == 255
    assert column_limit("contact", "notes") is None  # Text: no limit


def test_cli_add_refuses_a_60000_character_first_name(db_path: Path) -> None:
    done = run_cli("add", "contact", "--first", "x" * 60_000, "--last", "Long", db=db_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "error: first name: 60000 characters, at most 120 fit"]
    with open_database(str(db_path)) as db:
        assert db.read(list_contacts, ContactFilter()) == []


def test_editing_refuses_an_over_long_value_naming_the_field(db) -> None:
    person = db.write(create_contact, first_name="Léa", last_name="Martin")
    with pytest.raises(ValidationError) as raised:
        db.write(update_contact, person.id, job_title="y" * 256)
    assert raised.value.field == "job_title" and "at most 255" in raised.value.message
    with pytest.raises(ValidationError) as raised:
        db.write(update_contact, person.id, company="c" * 50_000)
    assert "company name" in raised.value.message
    assert db.read(lambda s: s.get(Contact, person.id).job_title) is None


def test_import_names_the_row_and_field_of_an_over_long_value(db, tmp_path: Path) -> None:
    sheet = tmp_path / "long.csv"
    sheet.write_text("First name,Last name,Company\n"
                     f"{'x' * 300},Long,Acme\n"
                     f"Ann,Fine,{'c' * 300}\n"
                     "Bob,Plain,Acme\n", encoding="utf-8")
    report = db.write(import_file, sheet)
    assert report.created == 2 and report.skipped == 1
    shown = [str(p) for p in report.problems]
    assert any(s.startswith("row 2, first_name: 300 characters") and "row skipped" in s
               for s in shown), shown
    assert any(s.startswith("row 3, company: 300 characters") and "not imported" in s
               for s in shown), shown
    names = {c.last_name: c for c in db.read(list_contacts, ContactFilter())}
    assert set(names) == {"Fine", "Plain"} and names["Fine"].company is None


def test_a_50000_character_search_word_is_no_error(db) -> None:
    db.write(create_contact, first_name="Léa", last_name="Martin", company="Acme 100%")
    huge = "x" * 50_000
    assert db.read(list_contacts, ContactFilter(search=huge)) == []
    assert db.read(list_contacts, ContactFilter(search="4" * 50_000)) == []  # a "phone"
    assert db.read(list_companies, search=huge) == []
    assert db.read(list_followups, search=huge) == []
    assert db.read(list_sessions, search=huge) == []
    assert db.read(similar_contacts, "Léa", "Martin", company=huge) is not None
    # A % or _ typed is taken literally, not as a wildcard.
    assert [c.name for c in db.read(list_companies, search="100%")] == ["Acme 100%"]
    assert db.read(list_companies, search="1_0") == []


def test_an_argument_that_is_not_utf8_gets_one_clear_line(db_path: Path) -> None:
    command = [os.fsencode(sys.executable), os.fsencode(REPO / "main.py"), b"--db",
               os.fsencode(db_path), b"add", b"contact", b"--first", b"Ren\xe9", b"--last",
               b"Latin1"]
    done = subprocess.run(command, capture_output=True, cwd=REPO, timeout=120)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2
    assert "UnicodeEncodeError" not in stderr and "unexpected" not in stderr
    assert stderr.startswith("error: --first: ") and "not valid UTF-8" in stderr
    assert len(stderr.strip().splitlines()) == 1


def _file_bytes(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


@pytest.mark.sqlite_only
def test_erase_leaves_no_trace_of_the_person_anywhere_in_the_file(db, db_path: Path) -> None:
    db.write(create_contact, first_name="Other", last_name="Person", company="Old Corp",
             tags=["shared"])
    person = db.write(create_contact, first_name="Zyxwinska", last_name="Qorvath",
                      company="Qorvath Holdings", emails=["zyx@qorvath.example"],
                      tags=["qorvath-only", "shared"])
    joined = db.write(create_contact, first_name="Joins", last_name="Later",
                      company="Old Corp")
    pid = person.id
    erase_person(db, pid)
    db.close()
    data = _file_bytes(db_path)
    for needle in (pid.hex, str(pid), "Zyxwinska", "Qorvath", "qorvath"):
        assert needle.encode() not in data, needle
    with open_database(str(db_path)) as again:
        companies = again.read(lambda s: sorted(s.scalars(select(Company.name))))
        tags = again.read(lambda s: sorted(s.scalars(select(Tag.name))))
        assert companies == ["Old Corp"]  # used by others: kept
        assert tags == ["shared"]
        assert again.read(lambda s: s.get(Contact, joined.id)) is not None


def test_erase_keeps_a_company_that_was_there_before_the_person(db) -> None:
    db.write(lambda s: s.add(Company(name="Founded Early")))
    from datetime import timedelta

    from sqlalchemy import update

    from crm.clock import utcnow

    db.write(lambda s: s.execute(update(Company).values(created_at=utcnow() - timedelta(days=3))))
    person = db.write(create_contact, first_name="Solo", last_name="Member",
                      company="Founded Early")
    erase_person(db, person.id)
    assert db.read(lambda s: list(s.scalars(select(Company.name)))) == ["Founded Early"]


def test_a_killed_export_leaves_no_temp_file_after_the_next_start(db_path: Path,
                                                                   tmp_path: Path) -> None:
    target = tmp_path / "out" / "contacts.csv"
    target.parent.mkdir()
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from crm.io.safety import atomic_write\n"
        "def write(handle):\n"
        "    handle.write(b'first_name,last_name\\nSecret,Person\\n')\n"
        "    handle.flush()\n"
        "    os._exit(9)  # killed half-way\n"
        f"atomic_write(Path({str(target)!r}), write)\n")
    subprocess.run([sys.executable, "-c", script], cwd=REPO, timeout=60, check=False)
    leftovers = list(target.parent.glob(".contacts.csv.*.tmp"))
    assert len(leftovers) == 1 and b"Secret" in leftovers[0].read_bytes()
    done = run_cli("list", "contacts", db=db_path)
    assert done.returncode == 0, done.stderr
    assert list(target.parent.iterdir()) == []
    assert safety.remove_interrupted_writes() == []


def test_a_running_write_keeps_its_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    seen: list[list[Path]] = []

    def write(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"a")
        safety.remove_interrupted_writes()  # another start, while this one writes
        seen.append(list(tmp_path.glob(".x.csv.*.tmp")))

    safety.atomic_write(target, write)
    assert len(seen[0]) == 1 and target.read_bytes() == b"a"


def test_a_zero_byte_database_is_refused_unless_new(tmp_path: Path) -> None:
    empty = tmp_path / "crm.db"
    empty.touch()
    done = run_cli("list", "contacts", db=empty)
    assert done.returncode == 2
    assert "empty (0 bytes)" in done.stderr and "--new" in done.stderr
    assert empty.stat().st_size == 0  # untouched
    assert run_cli("--new", "list", "contacts", db=empty).returncode == 0
    assert empty.stat().st_size > 0


def test_a_database_that_was_there_and_is_gone_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    open_database(str(path)).close()
    for name in os.listdir(tmp_path):
        if name.startswith("crm.db") and (tmp_path / name).is_file():
            (tmp_path / name).unlink()
    with pytest.raises(UserError) as raised:
        open_database(str(path))
    assert "missing (moved or deleted?)" in str(raised.value)
    assert not path.exists()
    open_database(str(path), create=True).close()


def test_db_in_a_folder_that_does_not_exist_needs_new_but_demo_creates_it(tmp_path: Path
                                                                           ) -> None:
    target = tmp_path / "no" / "such" / "crm.db"
    done = run_cli("list", "contacts", db=target)
    assert done.returncode == 2 and "no such folder" in done.stderr
    assert not target.parent.exists()
    assert run_cli("--new", "list", "contacts", db=target).returncode == 0
    demo = tmp_path / "fresh" / "demo.db"
    assert run_cli("demo", db=demo).returncode == 0 and demo.exists()


def test_a_first_start_in_an_existing_folder_still_creates_the_database(tmp_path: Path
                                                                         ) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.db"
    open_database(str(path)).close()
    assert path.exists()


def test_a_wrong_sqlcipher_key_prints_one_line_and_no_native_log(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    created = run_cli("--encrypt", "add", "contact", "--last", "Hidden", db=path,
                      env={"MISSION_CRM_PASSPHRASE": "right"})
    assert created.returncode == 0, created.stderr
    for command in (("list", "contacts"), ("check",), ("backup", str(tmp_path / "b.db"))):
        done = run_cli(*command, db=path, env={"MISSION_CRM_PASSPHRASE": "wrong"})
        assert done.returncode == 2
        assert "hmac" not in done.stderr.lower() and "ERROR CORE" not in done.stderr
        assert done.stderr.strip().splitlines() == [
            f"error: {path}: wrong key or not a Mission CRM database"]
