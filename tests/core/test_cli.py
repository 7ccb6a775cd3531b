"""The CLI as scripts use it: exit codes, one-line errors, the --json shape."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from crm import __version__
from tests.conftest import run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_then_list_sessions_and_contacts(db_path: Path) -> None:
    assert run_cli("demo", db=db_path).returncode == 0
    sessions = json.loads(run_cli("list", "sessions", "--json", db=db_path).stdout)
    assert {s["starts_at"][:10] for s in sessions} == {"2022-06-08", "2022-06-10"}
    assert all({"id", "title", "starts_at"} <= set(s) for s in sessions)
    contacts = json.loads(run_cli("list", "contacts", "--json", db=db_path).stdout)
    assert len(contacts) == 40
    assert all({"id", "first_name", "last_name", "email", "phone", "company"} <= set(c)
               for c in contacts)
    assert run_cli("check", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_add_contact_at_session_then_followup(db_path: Path) -> None:
    run_cli("demo", db=db_path)
    added = run_cli("add", "contact", "--first", "Léa", "--last", "Martin", "--email",
                    "lea@example.com", "--phone", "+1 617 555 0199", "--company", "Acme",
                    "--session", "Round table: Belgium-US partnerships in the life sciences",
                    "--note", "wants CAR-T capacity", db=db_path)
    assert added.returncode == 0, added.stderr
    contact_id = added.stdout.strip()
    found = json.loads(run_cli("list", "contacts", "--search", "martin", "--json",
                               db=db_path).stdout)
    assert [(c["id"], c["phone"], c["company"]) for c in found] == [
        (contact_id, "+16175550199", "Acme")]

    due = (date.today() - timedelta(days=1)).isoformat()
    fu = run_cli("add", "followup", contact_id, "--title", "Send deck", "--due", due,
                 db=db_path)
    assert fu.returncode == 0, fu.stderr
    overdue = json.loads(run_cli("list", "followups", "--due", "overdue", "--json",
                                 db=db_path).stdout)
    mine = [f for f in overdue if f["contact_id"] == contact_id]
    assert mine == [{**mine[0], "title": "Send deck", "due": due, "status": "open"}]


@pytest.mark.parametrize(("args", "field"), [
    # An email or a phone alone is a contact ("(no name)"); nothing at all is not.
    (["--tags", "vip"], "name"),
    (["--first", "A", "--email", "not-an-email"], "email"),
    (["--first", "A", "--phone", "call me"], "phone"),
    (["--first", "A", "--session", "No such session"], "session"),
])
def test_add_contact_bad_input_exits_2_and_writes_nothing(db_path: Path, args, field) -> None:
    run_cli("demo", db=db_path)
    before = run_cli("list", "contacts", "--json", db=db_path).stdout
    result = run_cli("add", "contact", *args, db=db_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert field in result.stderr
    assert run_cli("list", "contacts", "--json", db=db_path).stdout == before


def test_add_followup_bad_input(db_path: Path) -> None:
    assert run_cli("add", "followup", "nope", "--title", "x", "--due", "2022-06-01",
                   db=db_path).returncode == 2
    contact_id = run_cli("add", "contact", "--first", "A", db=db_path).stdout.strip()
    result = run_cli("add", "followup", contact_id, "--title", "x", "--due", "tomorrow",
                     db=db_path)
    assert result.returncode == 2
    assert "due" in result.stderr


@pytest.mark.parametrize("content", [b"just some text\n", b"\x00\x01garbage" * 100])
def test_not_a_database_exits_2_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.db"
    path.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    result = run_cli("list", "contacts", db=path)
    assert result.returncode == 2
    assert "not a Mission CRM database" in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_unknown_arguments_exit_2() -> None:
    assert run_cli("list", "everything").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_due_only_for_followups(db_path: Path) -> None:
    result = run_cli("list", "contacts", "--due", "today", db=db_path)
    assert result.returncode == 2
