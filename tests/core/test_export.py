"""Exports: lossless round trips, profiles, safe cells, atomic writes, vCard and ICS."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from crm.clock import local_today, utcnow
from crm.db import open_database
from crm.errors import UserError
from crm.io.safety import FORMULA_STARTS
from crm.services.contacts import ContactFilter, create_contact, list_contacts
from crm.services.encounters import record_encounter
from crm.services.exports import export_file, list_profiles, load_profile
from crm.services.followups import create_followup, list_followups
from crm.services.imports import import_file
from crm.services.missions import create_mission
from crm.services.sessions import create_session

SESSION = "Round table: Belgium-US partnerships"
HOSTILE = ["=1+1", "+32 2 555 12 34", "-2+3", "@SUM(A1)", "\tindent", "\rreturn",
           '=HYPERLINK("http://evil.example","x")']


def _session(session):  # type: ignore[no-untyped-def]
    mission = create_mission(session, name="USA 2022", starts_on=date(2022, 6, 6))
    start = utcnow() - timedelta(hours=1)
    return create_session(session, mission_id=mission.id, title=SESSION, starts_at=start,
                          ends_at=start + timedelta(hours=4), kind="round table")


def _people(session) -> None:  # type: ignore[no-untyped-def]
    met = _session(session)
    lea = create_contact(
        session, first_name="Léa", last_name="Müller-Dupont", job_title="Head of CMC, EU",
        emails=[("lea@northwind.example.com", "work"), ("lea.m@mail.example.org", "home")],
        phones=[("+1 617 555 0142", "mobile"), ("+32 2 555 12 34", "work")],
        company="Northwind Biologics", linkedin="https://www.linkedin.com/in/lea-example",
        country="US", language="fr", notes="Wants CAR-T capacity in EU;\nsecond line, with comma",
        tags=["CAR-T", "Boston 2022"], priority=2, owner="Ann Peeters", source="quick capture",
        lawful_basis="legitimate interest", lawful_basis_on=date(2022, 6, 8),
        lawful_basis_note="Met in person")
    lea.company.kind, lea.company.country, lea.company.city = "biotech", "US", "Cambridge"
    lea.company.website = "https://northwind.example.com"
    record_encounter(session, contact_id=lea.id, session_id=met.id, note="asked for the deck",
                     owner="Ann Peeters")
    create_followup(session, contact_id=lea.id, title="Send the deck",
                    due_on=local_today() + timedelta(days=2), notes="PDF in the shared drive")
    plain = create_contact(session, first_name="Sam", last_name="Ricci",
                           emails=["sam@lumengen.example.com"])
    create_followup(session, contact_id=plain.id, title="Call back",
                    due_on=local_today() + timedelta(days=30))
    for i, text in enumerate(HOSTILE):
        create_contact(session, first_name=text, last_name=f"Hostile{i}", job_title=text,
                       notes=text, tags=[text.strip() or "x"], company=text.strip() or "x")


@pytest.fixture
def rich_db(db):  # type: ignore[no-untyped-def]
    db.write(_people)
    return db


@pytest.fixture
def second_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    target = open_database(str(tmp_path / "second.db"))
    target.write(_session)
    yield target
    target.close()


def _export(db, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    return db.read(export_file, path, **kwargs)


@pytest.mark.parametrize(("name", "kwargs"), [
    ("all.csv", {}),
    ("all.xlsx", {}),
    ("all.vcf", {}),
    ("all4.vcf", {"vcard_version": "4.0"}),
])
def test_round_trip_is_lossless(rich_db, second_db, tmp_path: Path, name: str,
                                kwargs: dict) -> None:
    first, second = tmp_path / f"1-{name}", tmp_path / f"2-{name}"
    _export(rich_db, first, **kwargs)
    report = second_db.write(import_file, first)
    assert (report.created, report.updated, report.skipped) == (9, 0, 0), report.summary()
    assert report.problems == [] and report.unmapped == []
    _export(second_db, second, **kwargs)
    # The default CSV of both databases: every field, every contact, the same.
    _export(rich_db, tmp_path / "a.csv")
    _export(second_db, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    if name.endswith(".csv"):
        assert first.read_bytes() == second.read_bytes()
    # Importing the file again changes nothing and duplicates no one.
    again = second_db.write(import_file, first)
    assert (again.created, again.updated) == (0, 9)
    _export(second_db, tmp_path / "c.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "c.csv").read_bytes()


def _rows(path: Path, profile: str) -> list[list[str]]:
    chosen = load_profile(profile)
    text = path.read_bytes().decode(chosen.encoding)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=chosen.delimiter))


@pytest.mark.parametrize("profile", ["default", "excel", "agency"])
@pytest.mark.sqlite_only
def test_no_csv_cell_starts_like_a_formula(rich_db, tmp_path: Path, profile: str) -> None:
    path = tmp_path / f"{profile}.csv"
    report = _export(rich_db, path, profile=profile)
    rows = _rows(path, profile)
    assert len(rows) == report.rows + 1
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    assert "'=1+1" in cells and "'@SUM(A1)" in cells


@pytest.mark.parametrize("profile", ["google", "outlook"])
@pytest.mark.sqlite_only
def test_google_and_outlook_files_get_values_as_they_are(rich_db, tmp_path: Path,
                                                         profile: str) -> None:
    # Google and Outlook import the file themselves: an apostrophe would become part of the
    # phone number there (no spreadsheet reads these files).
    path = tmp_path / f"{profile}.csv"
    _export(rich_db, path, profile=profile)
    cells = [cell for row in _rows(path, profile) for cell in row]
    assert "+1 617-555-0142" in cells
    assert not [c for c in cells if c.startswith("'+")]


@pytest.mark.sqlite_only
def test_excel_profile_is_for_belgian_excel(rich_db, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    _export(rich_db, path, profile="excel")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")[:200]
    header = data[3:].split(b"\r\n")[0].decode()
    assert header.startswith("First name;Last name;Company")
    row = next(r for r in _rows(path, "excel") if r[0] == "Léa")
    assert row[6] == "'+1 617-555-0142"  # phone: international format, kept as text


def test_agency_profile_one_row_per_lead(rich_db, tmp_path: Path) -> None:
    path = tmp_path / "agency.csv"
    _export(rich_db, path, profile="agency")
    header, *rows = _rows(path, "agency")
    lea = dict(zip(header, next(r for r in rows if r[0] == "Léa"), strict=True))
    assert lea["Company"] == "Northwind Biologics"
    assert lea["Sector"] == "biotech"
    assert lea["Country"] == "US"
    assert lea["Session"] == SESSION
    assert lea["Mission"] == "USA 2022"
    assert lea["Date met"] == utcnow().astimezone().date().isoformat()
    assert lea["Delegate"] == "Ann Peeters"
    assert lea["Follow-up status"].startswith("open (due ")
    assert lea["Lawful basis"] == "legitimate interest"
    assert lea["Note"] == "asked for the deck"
    sam = dict(zip(header, next(r for r in rows if r[0] == "Sam"), strict=True))
    assert sam["Session"] == "" and sam["Follow-up status"].startswith("open")


@pytest.mark.parametrize("name", ["all.csv", "all.xlsx", "all.vcf", "leads.csv"])
def test_every_export_lists_contacts_as_the_contacts_list_does(db, tmp_path: Path,
                                                                name: str) -> None:
    """Added out of name order, one put in the trash between the others: the file's rows
    are in the contacts list's order (last name, then first name), the trashed one left out."""
    from openpyxl import load_workbook

    from crm.models import Contact
    from crm.services.common import trash

    def add(session) -> None:  # type: ignore[no-untyped-def]
        met = _session(session)
        for first, last in [("Zoe", "Zimmer"), ("Bob", "Berg"), ("Gone", "Away"),
                            ("Ann", "Adams"), ("Carl", "Claes"), ("Abe", "Adams")]:
            person = create_contact(session, first_name=first, last_name=last)
            record_encounter(session, contact_id=person.id, session_id=met.id)
            if first == "Gone":
                trash(session, Contact, person.id)

    db.write(add)
    path = tmp_path / name
    _export(db, path, profile="agency" if name == "leads.csv" else "default")
    if name.endswith(".vcf"):
        firsts = [line.split(":", 1)[1].split()[0] for line in
                  path.read_text(encoding="utf-8").splitlines() if line.startswith("FN:")]
    else:
        header, *rows = (list(load_workbook(path).active.iter_rows(values_only=True))
                         if name.endswith(".xlsx") else
                         _rows(path, "agency" if name == "leads.csv" else "default"))
        column = list(header).index("First name" if name == "leads.csv" else "first_name")
        firsts = [row[column] for row in rows]
    listed = [c.first_name for c in db.read(list_contacts, ContactFilter())]
    assert firsts == listed == ["Abe", "Ann", "Bob", "Carl", "Zoe"]


def test_export_exactly_what_the_view_shows(rich_db, tmp_path: Path) -> None:
    flt = ContactFilter(search="ricci")
    report = _export(rich_db, tmp_path / "view.csv", flt=flt, profile="excel")
    assert report.rows == 1
    assert _rows(tmp_path / "view.csv", "excel")[1][:2] == ["Sam", "Ricci"]
    shown = rich_db.read(list_contacts, ContactFilter(tag="car-t"))
    report = _export(rich_db, tmp_path / "tag.vcf", flt=ContactFilter(tag="car-t"))
    assert report.rows == len(shown) == 1


@pytest.mark.sqlite_only
def test_xlsx_cells_header_and_widths(rich_db, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "agency.xlsx"
    _export(rich_db, path, profile="agency")
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    assert all(cell.font.bold for cell in sheet[1])
    headers = [c.value for c in sheet[1]]
    lea = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Léa")
    phone = lea[headers.index("Phone")]
    assert (phone.value, phone.data_type) == ("+1 617-555-0142", "s")
    assert lea[headers.index("Lawful basis date")].is_date
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    hostile = [c.value for row in sheet.iter_rows() for c in row if c.value == "=1+1"]
    assert hostile  # the text itself, stored as a string
    widths = [sheet.column_dimensions[c].width for c in "ABCD"]
    assert all(8 <= w <= 62 for w in widths)


@pytest.mark.sqlite_only
def test_vcards_parse_with_vobject(rich_db, tmp_path: Path) -> None:
    import vobject

    for version in ("3.0", "4.0"):
        path = tmp_path / f"c{version}.vcf"
        _export(rich_db, path, vcard_version=version)
        cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
        assert len(cards) == 9
        lea = next(c for c in cards if c.fn.value == "Léa Müller-Dupont")
        assert lea.version.value == version
        assert lea.org.value == ["Northwind Biologics"]
        assert len(lea.contents["email"]) == 2 and len(lea.contents["tel"]) == 2


def test_ics_of_open_followups_agrees_with_list_followups(rich_db, tmp_path: Path) -> None:
    from icalendar import Calendar

    path = tmp_path / "week.ics"
    report = _export(rich_db, path, due="week")
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    due = rich_db.read(list_followups, due="week")
    assert report.rows == len(events) == len(due) == 1
    event = events[0]
    assert event.decoded("dtstart") == due[0].effective_due
    assert event.decoded("dtend") == due[0].effective_due + timedelta(days=1)
    assert str(event["summary"]).startswith("Send the deck — Léa Müller-Dupont")
    assert "PDF in the shared drive" in str(event["description"])
    assert str(event["uid"]) == f"{due[0].id}@mission-crm"
    everything = Calendar.from_ical(_export_bytes(rich_db, tmp_path / "all.ics"))
    assert len(list(everything.walk("VEVENT"))) == 2


def _export_bytes(db, path: Path) -> bytes:  # type: ignore[no-untyped-def]
    _export(db, path)
    return path.read_bytes()


@pytest.mark.sqlite_only
def test_failed_export_never_damages_the_existing_file(rich_db, tmp_path: Path,
                                                       monkeypatch) -> None:
    import crm.services.exports as exports

    path = tmp_path / "leads.xlsx"
    path.write_bytes(b"precious")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("crash half-way")

    monkeypatch.setattr(exports, "write_xlsx", broken)
    with pytest.raises(RuntimeError):
        _export(rich_db, path)
    with pytest.raises(UserError, match="no profile"):
        _export(rich_db, tmp_path / "leads.csv", profile="nope")
    with pytest.raises(UserError, match="does not exist"):
        _export(rich_db, tmp_path / "missing" / "x.csv")
    assert path.read_bytes() == b"precious"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("crm.db")] == [
        "leads.xlsx"]


def test_a_crash_while_writing_leaves_no_temporary_file(tmp_path: Path) -> None:
    from crm.io.safety import atomic_write

    target = tmp_path / "out.csv"
    target.write_text("old")

    def half(handle) -> None:  # type: ignore[no-untyped-def]
        handle.write(b"half a fi")
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError, match="No space left"):
        atomic_write(target, half)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.sqlite_only
def test_user_profile_file(rich_db, tmp_path: Path) -> None:
    mine = tmp_path / "mine.json"
    mine.write_text('{"rows": "contacts", "delimiter": "\\t", "encoding": "cp1252", '
                    '"line_ending": "\\r\\n", "columns": [{"field": "last_name", '
                    '"header": "Nom"}, {"field": "email_1"}]}', encoding="utf-8")
    report = _export(rich_db, tmp_path / "mine.csv", profile=str(mine),
                     flt=ContactFilter(search="ricci"))
    assert report.profile == "mine"
    assert (tmp_path / "mine.csv").read_bytes() == (
        b"Nom\temail_1\r\nRicci\tsam@lumengen.example.com\r\n")
    broken = tmp_path / "broken.json"
    broken.write_text('{"columns": [{"field": "salary"}]}', encoding="utf-8")
    with pytest.raises(UserError, match="unknown field 'salary'"):
        _export(rich_db, tmp_path / "x.csv", profile=str(broken))
    assert set(list_profiles()) >= {"default", "excel", "google", "outlook", "agency"}


def test_excel_csv_imports_back(rich_db, second_db, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    _export(rich_db, path, profile="excel")
    report = second_db.write(import_file, path)
    assert report.unmapped == [] and report.created == 9
    lea = next(r for r in second_db.read(list_contacts) if r.first_name == "Léa")
    from crm.services.contacts import get_contact

    full = second_db.read(get_contact, lea.id)
    assert [p.number for p in full.phones] == ["+16175550142", "+3225551234"]
    assert [e.address for e in full.emails] == ["lea@northwind.example.com",
                                                "lea.m@mail.example.org"]


@pytest.mark.sqlite_only
def test_cli_export_formats_and_bad_arguments(db_path: Path, tmp_path: Path) -> None:
    import json

    from tests.conftest import run_cli

    assert run_cli("demo", db=db_path).returncode == 0
    for name, extra in (("leads.xlsx", ("--profile", "agency")),
                        ("view.csv", ("--profile", "excel", "--search", "abernathy"))):
        result = run_cli("export", str(tmp_path / name), *extra, db=db_path)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).exists()
    week = json.loads(run_cli("list", "followups", "--due", "week", "--json", db=db_path).stdout)
    assert f"{len(week)} events written" in run_cli(
        "export", str(tmp_path / "w2.ics"), "--due", "week", db=db_path).stdout
    bad = run_cli("export", str(tmp_path / "x.csv"), "--profile", "nope", db=db_path)
    assert bad.returncode == 2 and "no profile 'nope'" in bad.stderr
