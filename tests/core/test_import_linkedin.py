"""LinkedIn's Connections.csv: the current export (a "Notes:" preamble above the header) and
the older one (header first), read as what a delegate expects after the trip: every
connection a contact, its profile address, title and company, and the day they connected in
the contact's history; missing emails are normal."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from crm.services.contacts import create_contact, get_contact, list_contacts
from crm.services.exports import export_file
from crm.services.importing.validate import parse_connection_day
from crm.services.imports import import_file, preview_file, revert_last_import
from crm.sources.linkedin import find_header
from tests.conftest import REPO, run_cli

FIXTURES = REPO / "tests" / "fixtures"
CURRENT = FIXTURES / "linkedin_connections.csv"  # with the preamble, LF
OLDER = FIXTURES / "linkedin_connections_old.csv"  # header first, CRLF
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def _people(db):  # type: ignore[no-untyped-def]
    """Every live contact, fully loaded, by full name."""
    def load(session):  # type: ignore[no-untyped-def]
        return {c.full_name: c for c in (get_contact(session, r.id)
                                          for r in list_contacts(session))}
    return db.read(load)


def _history(contact) -> list[tuple[date, str, str]]:  # type: ignore[no-untyped-def]
    # The day as the delegate's computer shows it (local time), whatever its time zone.
    return sorted((i.occurred_at.astimezone().date(), i.channel, i.summary)
                  for i in contact.interactions if i.deleted_at is None)


@pytest.mark.sqlite_only
def test_the_current_export_imports_every_connection(db) -> None:
    report = db.write(import_file, CURRENT)
    assert (report.format, report.dialect) == ("linkedin", "linkedin")
    assert (report.created, report.updated, report.skipped) == (7, 0, 0)
    assert report.problems == [] and report.unmapped == []  # no email is not a problem
    people = _people(db)
    maelle = people["Maëlle Vandersteen"]
    assert maelle.job_title == "Director, Business Development"
    assert maelle.company.name == "Corvalis Therapeutics"
    assert maelle.linkedin == "https://www.linkedin.com/in/maelle-vandersteen-4b21a7113"
    assert maelle.emails == []
    assert _history(maelle) == [(date(2022, 6, 8), "note", "Connected on LinkedIn")]
    tobias = people["Tobias Okafor-Lindqvist"]
    assert tobias.company.name == "Northgate Bioprocess, Inc."
    assert [e.address for e in tobias.emails] == ["tobias.okafor@example.com"]
    assert people["Jean-François Dupont, PhD"].company.name == "Université de Namur-sur-Meuse"
    assert people["Sam Whitcombe"].company is None
    assert _history(people["Hiroshi Tanabe"]) == [(date(2019, 1, 2), "note",
                                                   "Connected on LinkedIn")]
    assert {c.source for c in people.values()} == {"import of linkedin_connections.csv"}


@pytest.mark.sqlite_only
def test_the_older_export_without_preamble_too(db) -> None:
    report = db.write(import_file, OLDER)
    assert (report.format, report.created, report.problems) == ("linkedin", 3, [])
    renee = _people(db)["Renée Castellanos"]
    assert (renee.company.name, renee.job_title) == ("Bluewater Capital Partners, LP",
                                                     "Principal")
    assert _history(renee) == [(date(2018, 3, 15), "note", "Connected on LinkedIn")]


@pytest.mark.sqlite_only
def test_an_export_without_url_column_and_with_a_bom(db, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"\xef\xbb\xbfFirst Name,Last Name,Email Address,Company,Position,"
                     b"Connected On\r\nIngrid,Solberg,,Fjord Assays AS,CTO,01 Feb 2016\r\n")
    report = db.write(import_file, path)
    assert (report.format, report.created, report.problems) == ("linkedin", 1, [])
    assert _people(db)["Ingrid Solberg"].job_title == "CTO"


def test_the_preview_maps_the_url_to_the_profile_not_a_website() -> None:
    preview = preview_file(CURRENT)
    assert preview.description == "a LinkedIn Connections export"
    assert preview.headers == HEADER.split(",")
    assert preview.mapping == ["first_name", "last_name", "linkedin", "email", "company",
                               "job_title", "connected_on"]
    assert preview.total_rows == 7 and preview.rows[0][0] == "Maëlle"


@pytest.mark.sqlite_only
def test_problems_name_the_row_of_the_file(db, tmp_path: Path) -> None:
    text = CURRENT.read_text(encoding="utf-8").replace("09 Jun 2022", "sometime in June")
    path = tmp_path / "Connections.csv"
    # A row with a date alone is nobody (one with a profile alone is kept, without a name).
    path.write_text(text + ",,,,Nowhere Inc,,01 Jan 2020\n", encoding="utf-8")
    report = db.write(import_file, path)
    # The preamble takes rows 1-3 and the header row 4: Priya is row 7, the nameless row 12.
    assert [(p.row, p.field) for p in report.problems] == [(7, "connected_on"), (12, "name")]
    assert (report.created, report.skipped) == (7, 1)
    assert _history(_people(db)["Priya Raghunathan"]) == []


def test_importing_again_updates_and_adds_no_second_history_line(db) -> None:
    db.write(import_file, CURRENT)
    again = db.write(import_file, CURRENT)
    assert (again.created, again.updated) == (0, 7)
    people = _people(db)
    assert len(people) == 7
    assert all(len(c.interactions) == 1 for c in people.values())


def test_a_known_contact_is_found_by_profile_and_revert_restores_it(db) -> None:
    # Met at the booth with a card; the profile written the way people copy it.
    def met(session):  # type: ignore[no-untyped-def]
        return create_contact(session, first_name="Maelle", last_name="Vandersteen",
                              job_title="BD", linkedin="linkedin.com/in/Maelle-Vandersteen-"
                                                      "4b21a7113/", emails=["mv@example.com"])
    contact_id = db.write(met).id
    report = db.write(import_file, CURRENT)
    assert (report.created, report.updated) == (6, 1)
    updated = db.read(get_contact, contact_id)
    assert updated.full_name == "Maëlle Vandersteen"  # the file's values win
    assert updated.job_title == "Director, Business Development"
    assert [e.address for e in updated.emails] == ["mv@example.com"]  # kept
    assert len(updated.interactions) == 1
    db.write(revert_last_import)
    restored = db.read(get_contact, contact_id)
    assert (restored.full_name, restored.job_title) == ("Maelle Vandersteen", "BD")
    assert restored.interactions == []
    assert list(_people(db)) == ["Maelle Vandersteen"]


@pytest.mark.sqlite_only
def test_namesakes_at_one_company_stay_two_people(db, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(f"{HEADER}\n"
                    "John,Smith,https://www.linkedin.com/in/john-smith-1,,Acme Bio,CFO,"
                    "01 Mar 2021\n"
                    "John,Smith,https://www.linkedin.com/in/john-smith-2,,Acme Bio,Intern,"
                    "02 Mar 2021\n"
                    "John,Smith,https://www.linkedin.com/in/john-smith-1/,,Acme Bio,CFO,"
                    "01 Mar 2021\n", encoding="utf-8")
    report = db.write(import_file, path)
    assert (report.created, report.updated) == (2, 1)
    assert [(p.row, p.reason) for p in report.problems] == [
        (4, "same person as row 2; merged into it")]


@pytest.mark.sqlite_only
def test_the_profile_is_exported_in_csv_and_xlsx(db, tmp_path: Path) -> None:
    db.write(import_file, CURRENT)
    db.read(export_file, tmp_path / "out.csv")
    db.read(export_file, tmp_path / "out.xlsx")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"))))
    profiles = {r["linkedin"] for r in rows}
    assert "https://www.linkedin.com/in/jfdupont" in profiles and len(profiles) == 7
    sheet = load_workbook(tmp_path / "out.xlsx", read_only=True).worksheets[0]
    cells = list(sheet.iter_rows(values_only=True))
    column = cells[0].index("linkedin")
    assert {r[column] for r in cells[1:]} == profiles


def test_the_cli_imports_it_and_a_forced_format_says_what_is_wrong(tmp_path: Path) -> None:
    db_path = tmp_path / "crm.db"
    done = run_cli("import", str(CURRENT), db=db_path)
    assert done.returncode == 0, done.stderr
    assert "linkedin_connections.csv (linkedin): 7 created" in done.stdout
    other = tmp_path / "contacts.csv"
    other.write_text("Name,Email\nAda Lovelace,ada@example.com\n", encoding="utf-8")
    refused = run_cli("import", str(other), "--format", "linkedin", db=db_path)
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "not a LinkedIn Connections export" in lines[0]


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_connection_day_reads_back(day: date) -> None:
    assert parse_connection_day(f"{day:%d} {MONTHS[day.month - 1]} {day.year}") == day


@given(st.lists(st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)
                .filter(lambda line: "Connected On" not in line), max_size=6))
def test_the_header_is_found_below_any_preamble(preamble: list[str]) -> None:
    lines = [line for text in preamble for line in text.splitlines()][:15]
    assert find_header([*lines, HEADER, "Ada,Lovelace,,,,,01 Jan 2020"]) == len(lines)


PREAMBLE = CURRENT.read_text(encoding="utf-8").split(HEADER)[0]
# Cells on one line (a quoted line break shifts the row numbers pandas gives, see tables.py).
CELL = st.one_of(st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=25),
                 st.sampled_from(["", "08 Jun 2022", "31 Feb 2022", "Acme, Inc.", '"quoted"',
                                  "https://www.linkedin.com/in/ada", "ada@example.com",
                                  "not an email", "x" * 300]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(CELL, min_size=7, max_size=7), min_size=1, max_size=8),
       preamble=st.booleans())
def test_any_connections_file_imports_or_says_why(rows: list[list[str]],
                                                  preamble: bool) -> None:
    import tempfile

    from crm.db import open_database
    from crm.errors import UserError

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER.split(","))
    writer.writerows(rows)
    text = (PREAMBLE if preamble else "") + buffer.getvalue()
    header_row = PREAMBLE.count("\n") + 1 if preamble else 1
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "crm.db"))
        try:
            report = db.read(import_file, Path(folder) / "Connections.csv", dry_run=True,
                             data=text.encode("utf-8"))
        except UserError as exc:
            assert "\n" not in str(exc)
            return
        finally:
            db.close()
    assert report.format == "linkedin"
    last_row = header_row + len(rows)
    assert all(header_row < p.row <= last_row for p in report.problems)
    # An empty Email Address is normal: only a written, invalid one is a problem.
    with_email = {header_row + 1 + i for i, row in enumerate(rows) if row[3].strip()}
    assert {p.row for p in report.problems if p.field == "email"} <= with_email
