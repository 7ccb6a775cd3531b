"""GDPR: erasure from every table, index, journal and backup; subject access; retention."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import func, inspect, select

from crm.db import integrity_problems, open_database
from crm.errors import NotFoundError
from crm.models import Base, Contact
from crm.services import privacy
from crm.services.backup import list_backups, make_backup
from crm.services.common import trash
from crm.services.contacts import create_contact, update_contact
from crm.services.demo import load_demo
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.interactions import log_interaction
from crm.services.sessions import find_session
from tests.inprocess import cli

EMAIL = "zoe.forgotten@erasure.example"
PHONE = "+32 470 12 34 56"


@pytest.fixture
def run(capsys):  # type: ignore[no-untyped-def]
    return partial(cli, capsys)


def _person(session, **extra) -> uuid.UUID:  # type: ignore[no-untyped-def]
    contact = create_contact(session, first_name="Zoë", last_name="Forgotten", emails=[EMAIL],
                             phones=[PHONE], company="Erasure Bio", tags=["to-forget"],
                             notes="met at the reception", lawful_basis="consent",
                             lawful_basis_on=date(2022, 6, 8),
                             lawful_basis_note="asked for the deck at the stand", **extra)
    met = find_session(session, "Belgium")
    record_encounter(session, contact_id=contact.id, session_id=met.id, note="wants CAR-T")
    create_followup(session, contact_id=contact.id, title="Send the deck",
                    due_on=date(2022, 6, 20))
    log_interaction(session, contact_id=contact.id, channel="email", summary="sent the deck")
    return contact.id


def _files_holding(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _rows_referring_to(db, contact_id: uuid.UUID) -> dict[str, int]:  # type: ignore[no-untyped-def]
    found = {}
    with db.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            for column in table.columns:
                refers = any(fk.column.table.name == "contact" for fk in column.foreign_keys)
                if refers or (table.name == "contact" and column.name == "id"):
                    n = conn.execute(select(func.count()).select_from(table)
                                     .where(column == contact_id)).scalar()
                    if n:
                        found[table.name] = n
    return found


@pytest.mark.sqlite_only
def test_erase_removes_the_person_from_every_table_and_every_file(demo_db) -> None:
    contact_id = demo_db.write(_person)
    others_before = demo_db.read(lambda s: s.scalar(select(func.count(Contact.id)))) - 1
    make_backup(demo_db.path, demo_db.key, "daily")  # a backup holding the person
    folder = demo_db.path.parent
    assert _files_holding(folder, EMAIL.encode())

    erased = privacy.erase_person(demo_db, contact_id)

    assert erased.rows["contact"] == 1 and erased.backups_erased == 1
    assert _rows_referring_to(demo_db, contact_id) == {}
    assert demo_db.read(lambda s: s.scalar(select(func.count(Contact.id)))) == others_before
    assert integrity_problems(demo_db) == []
    # The bytes are gone from the database, its WAL and the backups, not only the rows.
    assert _files_holding(folder, EMAIL.encode()) == []
    assert _files_holding(folder, b"Forgotten") == []
    assert _files_holding(folder, b"asked for the deck at the stand") == []


@pytest.mark.sqlite_only
def test_erase_reaches_a_contact_in_the_trash(db) -> None:
    contact = db.write(create_contact, first_name="Trashed", emails=[EMAIL])
    db.write(trash, Contact, contact.id)
    privacy.erase_person(db, contact.id)
    assert _rows_referring_to(db, contact.id) == {}
    assert _files_holding(db.path.parent, EMAIL.encode()) == []


@pytest.mark.sqlite_only
def test_old_versions_of_an_edited_person_are_gone_too(db) -> None:
    contact = db.write(create_contact, first_name="Zoe", emails=["old.address@erasure.example"])
    db.write(update_contact, contact.id, emails=[EMAIL], notes="n" * 3000)
    privacy.erase_person(db, contact.id)
    assert _files_holding(db.path.parent, b"old.address@erasure.example") == []
    assert _files_holding(db.path.parent, EMAIL.encode()) == []


def test_registered_erasers_are_called(db, monkeypatch) -> None:
    called: list[uuid.UUID] = []
    monkeypatch.setattr(privacy, "_ERASERS", [])
    privacy.register_eraser(lambda conn, cid: called.append(cid))
    contact = db.write(create_contact, first_name="Indexed")
    privacy.erase_person(db, contact.id)
    assert called == [contact.id]


def test_cli_erase(db_path: Path, run) -> None:
    added = run("add", "contact", "--first", "Zoë", "--last", "Forgotten", "--email", EMAIL,
                db=db_path)
    contact_id = added.stdout.strip()
    result = run("erase", contact_id, db=db_path)
    assert result.returncode == 0, result.stderr
    assert "erased" in result.stdout
    assert run("erase", contact_id, db=db_path).returncode == 2
    assert run("erase", "not-an-id", db=db_path).returncode == 2
    assert _files_holding(db_path.parent, EMAIL.encode()) == []


def test_erase_of_an_unknown_person_changes_nothing(db) -> None:
    with pytest.raises(NotFoundError):
        privacy.erase_person(db, uuid.uuid4())


def test_subject_access_export_holds_everything_about_the_person(demo_db) -> None:
    contact_id = demo_db.write(_person)
    data = demo_db.read(privacy.subject_access, contact_id)
    assert data["emails"] == [{"address": EMAIL, "label": None}]
    assert data["company"] == "Erasure Bio" and data["tags"] == ["to-forget"]
    assert data["lawful_basis"] == "consent" and data["lawful_basis_on"] == "2022-06-08"
    assert [e["note"] for e in data["encounters"]] == ["wants CAR-T"]
    assert [f["title"] for f in data["followups"]] == ["Send the deck"]
    assert [i["summary"] for i in data["interactions"]] == ["sent the deck"]
    assert json.loads(privacy.subject_access_json(data))["id"] == str(contact_id)
    text = privacy.subject_access_text(data)
    for expected in ("Zoë Forgotten", EMAIL, "Lawful basis: consent", "Send the deck",
                     "wants CAR-T", "sent the deck"):
        assert expected in text


@pytest.mark.sqlite_only
def test_cli_subject_access_writes_json_or_text(demo_db, run, tmp_path: Path) -> None:
    contact_id = demo_db.write(_person)
    path = demo_db.path
    demo_db.close()
    out = tmp_path / "zoe.json"
    assert run("subject-access", str(contact_id), "--output", str(out), db=path).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["last_name"] == "Forgotten"
    text = run("subject-access", str(contact_id), db=path)
    assert text.returncode == 0 and "Personal data held about Zoë Forgotten" in text.stdout


def test_retention_lists_contacts_untouched_for_n_months(db) -> None:
    with time_machine.travel(datetime(2022, 6, 8, 12, tzinfo=UTC), tick=False):
        old = db.write(create_contact, first_name="Old", last_name="Lead")
        revived = db.write(create_contact, first_name="Revived", last_name="Lead")
    with time_machine.travel(datetime(2024, 1, 10, 12, tzinfo=UTC), tick=False):
        db.write(log_interaction, contact_id=revived.id, summary="called again")
        recent = db.write(create_contact, first_name="Recent", last_name="Lead")
    now = datetime(2024, 6, 1, tzinfo=UTC)
    rows = db.read(privacy.untouched_contacts, 12, now=now)
    assert [r.id for r in rows] == [old.id]
    assert rows[0].last_activity.date() == date(2022, 6, 8)
    assert {r.id for r in db.read(privacy.untouched_contacts, 3, now=now)} == {
        old.id, revived.id, recent.id}


def test_months_before_clamps_to_the_end_of_the_month() -> None:
    moment = datetime(2024, 3, 31, 9, tzinfo=UTC)
    assert privacy.months_before(moment, 1) == datetime(2024, 2, 29, 9, tzinfo=UTC)
    assert privacy.months_before(moment, 15) == datetime(2022, 12, 31, 9, tzinfo=UTC)


def test_cli_retention(db_path: Path, run) -> None:
    with time_machine.travel(datetime.now(UTC) - timedelta(days=800), tick=False):
        assert run("add", "contact", "--first", "Ancient", db=db_path).returncode == 0
    assert run("add", "contact", "--first", "Fresh", db=db_path).returncode == 0
    listed = json.loads(run("retention", "--months", "24", "--json", db=db_path).stdout)
    assert [r["first_name"] for r in listed] == ["Ancient"]
    assert run("retention", "--months", "0", db=db_path).returncode == 2


def test_erase_in_an_encrypted_database_cleans_its_backups(db_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MISSION_CRM_PASSPHRASE", "ab" * 32)
    db = open_database(str(db_path))
    db.write(load_demo)
    contact_id = db.write(_person)
    make_backup(db.path, db.key, "daily")
    erased = privacy.erase_person(db, contact_id)
    assert erased.backups_erased == 1 and erased.backups_unreached == ()
    for info in list_backups(db_path):
        other = open_database(str(info.path), daily_backup=False)
        assert _rows_referring_to(other, contact_id) == {}
        other.close()
    db.close()


@pytest.mark.sqlite_only
def test_erase_also_drops_the_merge_history_that_keeps_a_copy_of_the_person(db) -> None:
    from crm.models import MergeRecord
    from crm.services.merge import merge_contacts

    keep = db.write(create_contact, first_name="Zoë", last_name="Forgotten", emails=[EMAIL])
    other = db.write(create_contact, first_name="Zoe", last_name="Forgotten",
                     emails=["zoe.second.address@erasure.example"])
    db.write(merge_contacts, keep.id, other.id)
    assert db.read(lambda s: s.scalar(select(func.count(MergeRecord.id)))) == 1
    privacy.erase_person(db, keep.id)
    assert db.read(lambda s: s.scalar(select(func.count(MergeRecord.id)))) == 0
    assert _files_holding(db.path.parent, b"zoe.second.address@erasure.example") == []


@pytest.mark.sqlite_only
def test_erase_also_drops_the_import_history_that_names_the_person(db_path: Path, run,
                                                                   tmp_path: Path) -> None:
    from crm.models import ImportChange

    first = tmp_path / "first.csv"
    first.write_text(f"First Name,Last Name,Email,Notes\nZoë,Forgotten,{EMAIL},met once\n",
                     encoding="utf-8")
    second = tmp_path / "second.csv"
    second.write_text(f"First Name,Last Name,Email,Job Title\nZoë,Forgotten,{EMAIL},CEO\n",
                      encoding="utf-8")
    for csv_file in (first, second):
        result = run("import", str(csv_file), db=db_path)
        assert result.returncode == 0, result.stderr
    contact_id = json.loads(run("list", "contacts", "--json", db=db_path).stdout)[0]["id"]
    with open_database(str(db_path)) as db:
        assert db.read(lambda s: s.scalar(select(func.count(ImportChange.id)))) >= 2
    assert run("erase", contact_id, db=db_path).returncode == 0
    with open_database(str(db_path)) as db:
        assert db.read(lambda s: s.scalar(select(func.count(ImportChange.id)))) == 0
    first.unlink()  # the user's own files: theirs to delete
    second.unlink()
    assert _files_holding(db_path.parent, EMAIL.encode()) == []


def test_subject_access_holds_the_address_book_too(db) -> None:  # type: ignore[no-untyped-def]
    contact = db.write(create_contact, first_name="Ann", last_name="Lee", nickname="Annie",
                       birthday="--02-29", phones=[("+1 418 555 0100", "work", "12")],
                       addresses=[{"label": "home", "street": "Rue Haute 1",
                                   "city": "Bruxelles"}],
                       urls=["https://github.com/annlee"])
    data = db.read(privacy.subject_access, contact.id)
    assert (data["nickname"], data["birthday"]) == ("Annie", "--02-29")
    assert data["phones"][0]["extension"] == "12"
    assert data["addresses"][0]["city"] == "Bruxelles"
    assert data["web_addresses"][0]["kind"] == "social"
    text = privacy.subject_access_text(data)
    assert "Address: Rue Haute 1, Bruxelles (home)" in text
    assert "Web: https://github.com/annlee" in text and "Birthday: --02-29" in text
