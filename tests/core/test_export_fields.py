"""Every export profile's cells for contacts with tricky data: labels, several emails and
phones, a company and sessions in the trash, tags with commas, cells that look like formulas,
leads met at several sessions. Exports read contacts set-wise (one query per kind of row),
so these pin down what each field is made of."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crm.clock import utcnow
from crm.errors import UserError
from crm.models import Company, Contact, Encounter, MissionSession
from crm.services.contacts import ContactFilter, create_contact
from crm.services.encounters import record_encounter
from crm.services.exports import export_file, load_profile
from crm.services.followups import create_followup
from crm.services.missions import create_mission
from crm.services.sessions import create_session

T0 = datetime(2022, 6, 8, 14, 0, tzinfo=UTC)
DUE = date(2030, 1, 10)


def _tricky(session) -> dict[str, str]:  # type: ignore[no-untyped-def]
    mission = create_mission(session, name="USA 2022", starts_on=T0.date())

    def met_at(title: str, starts_at: datetime | None) -> MissionSession:
        return create_session(session, mission_id=mission.id, title=title, starts_at=starts_at,
                              ends_at=starts_at and starts_at + timedelta(hours=2))

    round_table, seminar = met_at("B Round table", T0), met_at("A Seminar", T0 + timedelta(1))
    visit, gone, dinner = met_at("C Visit", None), met_at("Gone", T0), met_at("D Dinner", T0)
    lea = create_contact(
        session, first_name="Léa", last_name="Müller", job_title="-Head", notes="=1+1",
        emails=[("lea@north.example", "work"), ("lea@home.example", None),
                ("l3@x.example", "home")],
        phones=[("+1 617 555 0142", "mobile"), ("+32 2 555 12 34", "work"),
                ("+32 475 12 34 56", None)],
        company="Northwind", country="US", tags=["zeta, with comma", "Alpha", "=sum"],
        owner="Ann", lawful_basis="consent", lawful_basis_on=date(2022, 6, 8))
    session.get(Company, lea.company_id).deleted_at = utcnow()
    record_encounter(session, contact_id=lea.id, session_id=round_table.id,
                     met_at=T0 + timedelta(minutes=30), note="asked for the deck", owner="Bob")
    # Logged ten days later: the lead was met on the session's day.
    record_encounter(session, contact_id=lea.id, session_id=seminar.id,
                     met_at=T0 + timedelta(days=10))
    record_encounter(session, contact_id=lea.id, session_id=visit.id)
    session.execute(Encounter.__table__.update().where(Encounter.session_id == visit.id)
                    .values(met_at=None))
    record_encounter(session, contact_id=lea.id, session_id=gone.id, met_at=T0)
    session.get(MissionSession, gone.id).deleted_at = utcnow()
    trashed = record_encounter(session, contact_id=lea.id, session_id=dinner.id, met_at=T0)
    trashed.deleted_at = utcnow()
    snoozed = create_followup(session, contact_id=lea.id, title="Call", due_on=DUE)
    snoozed.snoozed_until = DUE + timedelta(days=5)
    create_followup(session, contact_id=lea.id, title="Mail", due_on=DUE + timedelta(days=9))
    create_followup(session, contact_id=lea.id, title="Old", due_on=DUE - timedelta(days=1)) \
        .deleted_at = utcnow()
    sam = create_contact(session, first_name="Sam", last_name="Ricci")
    create_followup(session, contact_id=sam.id, title="Done", due_on=DUE).status = "done"
    zed = create_contact(session, first_name="Zed", last_name="Trashed",
                         emails=["zed@x.example"], tags=["Alpha"])
    zed.deleted_at = utcnow()
    session.flush()
    return {"lea": str(lea.id), "sam": str(sam.id), "zed": str(zed.id)}


@pytest.fixture
def tricky(db):  # type: ignore[no-untyped-def]
    return db, db.write(_tricky)


def _rows(db, tmp_path: Path, profile: str,  # type: ignore[no-untyped-def]
          flt: ContactFilter | None = None) -> list[dict[str, str]]:
    path = tmp_path / f"{profile}.csv"
    db.read(export_file, path, profile=profile, flt=flt)
    chosen = load_profile(profile)
    text = path.read_bytes().decode(chosen.encoding)
    return list(csv.DictReader(text.splitlines(keepends=True), delimiter=chosen.delimiter))


def test_default_profile_cells(tricky, tmp_path: Path) -> None:
    db, ids = tricky
    lea, sam = _rows(db, tmp_path, "default")
    assert lea["id"] == ids["lea"] and sam["id"] == ids["sam"]
    assert (lea["job_title"], lea["notes"]) == ("'-Head", "'=1+1")
    # The company is in the trash: none of its fields.
    assert [lea[f] for f in ("company", "company_kind", "company_country", "company_city",
                             "company_website")] == [""] * 5
    assert lea["emails"] == "lea@north.example (work); lea@home.example; l3@x.example (home)"
    assert lea["phones"] == "'+16175550142 (mobile); +3225551234 (work); +32475123456"
    assert lea["tags"] == "'=sum; Alpha; zeta, with comma"
    # By time met, never-met last; trashed sessions and encounters left out.
    assert lea["sessions"] == "B Round table; A Seminar; C Visit"
    assert (lea["priority"], lea["lawful_basis"], lea["lawful_basis_on"]) == (
        "0", "consent", "2022-06-08")
    assert [sam[f] for f in ("emails", "phones", "tags", "sessions", "company")] == [""] * 5


def test_excel_google_and_outlook_cells(tricky, tmp_path: Path) -> None:
    db, _ids = tricky
    lea = _rows(db, tmp_path, "excel")[0]
    assert (lea["Email"], lea["Other emails"]) == (
        "lea@north.example", "lea@home.example; l3@x.example (home)")
    assert (lea["Phone"], lea["Other phones"]) == (
        "'+1 617-555-0142", "'+32 2 555 12 34 (work); +32 475 12 34 56")
    assert lea["Sessions met"] == "B Round table; A Seminar; C Visit"
    google = _rows(db, tmp_path, "google")[0]
    # Google and Outlook import these files themselves: no spreadsheet apostrophes.
    assert google["Labels"] == "=sum ::: Alpha ::: zeta, with comma ::: * myContacts"
    assert [google[f"E-mail {n} - {part}"] for n in (1, 2) for part in ("Label", "Value")] == [
        "Work", "lea@north.example", "", "lea@home.example"]
    assert [google[f"Phone {n} - {part}"] for n in (1, 2, 3) for part in ("Label", "Value")] == [
        "Mobile", "+1 617-555-0142", "Work", "+32 2 555 12 34", "", "+32 475 12 34 56"]
    assert google["Website 1 - Value"] == ""
    outlook = _rows(db, tmp_path, "outlook")[0]
    # A phone without a label is the "other" one.
    assert [outlook[f"{kind} Phone"] for kind in ("Business", "Mobile", "Home", "Other")] == [
        "+32 2 555 12 34", "+1 617-555-0142", "", "+32 475 12 34 56"]
    assert outlook["E-mail 3 Address"] == "l3@x.example"
    assert outlook["Categories"] == "=sum;Alpha;zeta, with comma"


def test_agency_rows_per_session_met(tricky, tmp_path: Path) -> None:
    db, _ids = tricky
    rows = _rows(db, tmp_path, "agency")
    picked = [(r["Last name"], r["Session"], r["Date met"], r["Note"], r["Delegate"],
               r["Follow-up status"]) for r in rows]
    due = (DUE + timedelta(days=5)).isoformat()  # the snoozed one; the trashed one left out
    assert picked == [
        ("Müller", "B Round table", "2022-06-08", "asked for the deck", "Bob", f"open (due {due})"),
        ("Müller", "A Seminar", "2022-06-09", "", "Ann", f"open (due {due})"),
        ("Müller", "C Visit", "", "", "Ann", f"open (due {due})"),
        ("Ricci", "", "", "", "", "done"),
    ]
    assert {r["Mission"] for r in rows[:3]} == {"USA 2022"} and rows[3]["Mission"] == ""
    # The lead's country: its company's, else its own (the company is in the trash).
    assert [r["Country"] for r in rows] == ["US", "US", "US", ""]


def test_filters_select_the_rows(tricky, tmp_path: Path) -> None:
    db, _ids = tricky
    assert [r["first_name"] for r in _rows(db, tmp_path, "default",
                                           ContactFilter(tag="alpha"))] == ["Léa"]
    zed, = _rows(db, tmp_path, "default", ContactFilter(only_trashed=True))
    assert (zed["emails"], zed["tags"]) == ("zed@x.example", "Alpha")
    everyone = _rows(db, tmp_path, "default", ContactFilter(include_trashed=True))
    assert [r["first_name"] for r in everyone] == ["Léa", "Sam", "Zed"]
    assert everyone[0]["emails"].startswith("lea@north.example (work)")


def test_vcard_and_xlsx_of_tricky_contacts(tricky, tmp_path: Path) -> None:
    import vobject
    from openpyxl import load_workbook

    db, ids = tricky
    db.read(export_file, tmp_path / "all.vcf")
    lea = next(vobject.readComponents((tmp_path / "all.vcf").read_text(encoding="utf-8")))
    assert lea.uid.value == ids["lea"]
    assert [e.value for e in lea.contents["email"]] == [
        "lea@north.example", "lea@home.example", "l3@x.example"]
    assert [t.value for t in lea.contents["tel"]] == [
        "+16175550142", "+3225551234", "+32475123456"]
    assert lea.categories.value == ["=sum", "Alpha", "zeta, with comma"]
    assert [s.value for s in lea.contents["x-crm-session"]] == [
        "B Round table", "A Seminar", "C Visit"]
    assert "org" not in lea.contents
    db.read(export_file, tmp_path / "leads.xlsx", profile="agency")
    sheet = load_workbook(tmp_path / "leads.xlsx").active
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert values[0][10] == datetime(2022, 6, 8) and values[0][15] == datetime(2022, 6, 8)
    assert values[0][7] == "+1 617-555-0142"  # text, not made inert: XLSX cells are text


@pytest.mark.sqlite_only
def test_a_character_the_encoding_lacks_names_row_and_column(tricky, tmp_path: Path) -> None:
    db, _ids = tricky
    db.write(lambda s: setattr(s.query(Contact).filter_by(first_name="Sam").one(), "notes",
                               "smile 🙂"))
    mine = tmp_path / "mine.json"
    mine.write_text('{"encoding": "cp1252", "columns": [{"field": "last_name"}, '
                    '{"field": "notes", "header": "Notes"}]}', encoding="utf-8")
    target = tmp_path / "out.csv"
    with pytest.raises(UserError, match="row 3, Notes: '🙂' cannot be written in cp1252"):
        db.read(export_file, target, profile=str(mine))
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

