"""Importing contact files made by Google, Outlook, phones and Belgian Excel: what lands in
the database, what is reported, what is refused, and undoing an import."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from crm.clock import utcnow
from crm.errors import UserError
from crm.services.contacts import ContactFilter, create_contact, get_contact, list_contacts
from crm.services.imports import import_file, revert_last_import
from crm.services.missions import create_mission
from crm.services.sessions import create_session
from tests.conftest import REPO, run_cli

FIXTURES = REPO / "tests" / "fixtures"


def _contacts(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Every live contact, fully loaded, by full name."""
    def load(session):  # type: ignore[no-untyped-def]
        return {c.full_name: c for c in (get_contact(session, r.id)
                                          for r in list_contacts(session))}
    return db.read(load)


def _import(db, name: str, **kwargs):  # type: ignore[no-untyped-def]
    return db.write(import_file, FIXTURES / name, **kwargs)


def _counts(db_path: Path) -> tuple[int, int, int, int]:
    # Read with the app's own SQLite (sqlcipher3's) and closed at once: a second SQLite
    # library in the process drops the app's locks on the file when it closes it
    # (sqlite.org/howtocorrupt.html, 2.2.1); the counts then now and then read a state
    # older than the last commit.
    import sqlcipher3.dbapi2 as sqlcipher

    raw = sqlcipher.connect(str(db_path))
    try:
        return tuple(raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("contact", "company", "encounter", "import_batch"))
    finally:
        raw.close()


# Reading the file is the point here: SQLite is enough.
@pytest.mark.sqlite_only
def test_google_contacts_csv(db) -> None:
    report = _import(db, "google_contacts.csv")
    assert (report.format, report.dialect) == ("csv", "google")
    # Row 5 (an email, no name) is kept without a name; row 4's "12" kept, not checked.
    assert (report.created, report.updated, report.skipped) == (4, 0, 0)
    problems = {(p.row, p.field) for p in report.problems}
    assert problems == {(4, "email"), (4, "phone")}
    assert report.unmapped == ["Organization Department"]
    people = _contacts(db)
    avery = people["Avery Whitman"]
    assert [(e.address, e.label) for e in avery.emails] == [
        ("avery.whitman@northwind.example.com", "work"), ("avery.w@mail.example.org", "home")]
    assert [(p.number, p.label) for p in avery.phones] == [
        ("+16175550142", "mobile"), ("+16175550143", "work")]
    assert [t.name for t in avery.tags] == ["Boston 2022"]
    assert avery.company.name == "Northwind Biologics"
    assert avery.job_title == "VP Business Development"
    # The unmapped columns are kept in the notes, after the file's own note.
    assert avery.notes.startswith("Met at the Boston round table.\nInterested in fill")
    # Google's address: its formatted text (the file has no parts) and its country as written.
    assert [(a.label, a.street, a.country) for a in avery.addresses] == [
        ("work", "1 Kendall Sq, Cambridge MA", "United States")]
    assert avery.country == "US"
    camille = people["Camille Lefèvre"]
    assert camille.middle_name == "Anne"
    # Google puts several numbers in one cell, separated by " ::: ".
    assert [p.number for p in camille.phones] == ["+18575550120", "+18575550121"]
    assert [t.name for t in camille.tags] == ["CAR-T"]


@pytest.mark.sqlite_only
def test_outlook_csv(db) -> None:
    report = _import(db, "outlook_contacts.csv")
    assert (report.dialect, report.created, report.skipped) == ("outlook", 2, 0)
    morgan = _contacts(db)["Morgan Delacroix"]
    assert morgan.job_title == "Chief Scientific Officer"  # not Outlook's "Title" (Dr.)
    assert [(p.number, p.label) for p in morgan.phones] == [
        ("+12155550177", "mobile"), ("+12155550170", "work")]
    assert (morgan.name_prefix, morgan.name_suffix) == ("Dr.", None)
    assert morgan.birthday is None  # Outlook's "0/0/00"
    assert [(a.label, a.street, a.city, a.region, a.postal_code, a.country)
            for a in morgan.addresses] == [
        ("work", "100 Market St", "Philadelphia", "PA", "19104", "United States of America")]
    # The business address says where the company is, too.
    assert morgan.company.country == "US"
    assert morgan.company.city == "Philadelphia"
    assert sorted(t.name for t in morgan.tags) == ["Philadelphia", "Vaccines"]
    assert "Sensitivity" not in (morgan.notes or "")


def test_androids_relations_and_dates_keep_what_their_type_numbers_say(
        db, tmp_path: Path) -> None:
    # Android gives a relation's and a date's kind as a number, or 0 and a label of its own
    # (before: "X-ANDROID-CUSTOM (relation): Mum, dearest; 8" in the notes).
    card = tmp_path / "android.vcf"
    card.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\n"
        b"X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Mum\\, dearest;8;;;;;;;;;;;;;\r\n"
        b"X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Atzimba;0;Emergencia 1;;;;;;;;;;;;\r\n"
        b"X-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;2010-10-10;0;Adoption day;;;;;;;;"
        b";;;;\r\nX-ANDROID-CUSTOM:vnd.android.cursor.item/contact_event;2013-01-01;2;;;;;;;;;;;;;"
        b"\r\nEND:VCARD\r\n")
    db.write(import_file, card)
    notes = _contacts(db)["Jane Doe"].notes.splitlines()
    assert notes == ["X-ANDROID-CUSTOM (relation, mother): Mum, dearest",
                     "X-ANDROID-CUSTOM (relation, Emergencia 1): Atzimba",
                     "X-ANDROID-CUSTOM (event, Adoption day): 2010-10-10",
                     "X-ANDROID-CUSTOM (event, other): 2013-01-01"]


@pytest.mark.sqlite_only
def test_android_vcard_21_quoted_printable(db) -> None:
    report = _import(db, "android_2_1.vcf")
    assert (report.format, report.created) == ("vcard", 2)
    people = _contacts(db)
    rene = people["René Van Damme"]
    assert rene.company.name == "Société Générale de Biologie"
    assert rene.notes.startswith("Rencontré à Boston, très intéressé par notre offre.\n"
                                 "Deuxième ligne.")
    # Android keeps the nickname and the birthday in its own property; another date (its
    # type 1: an anniversary) is kept in the notes.
    assert rene.nickname == "Ren"
    assert rene.birthday == "1975-04-12"
    assert "X-ANDROID-CUSTOM (event, anniversary): 2001-06-09" in rene.notes
    assert [(p.number, p.label) for p in rene.phones] == [
        ("+32475551234", "mobile"), ("+3225551234", "work")]
    # A card in ISO-8859-1, as older phones write.
    assert people["Jürgen Müller"].emails[0].label == "home"


@pytest.mark.sqlite_only
def test_iphone_vcard_30_groups_and_folded_lines(db) -> None:
    _import(db, "iphone_3_0.vcf")
    hana = _contacts(db)["Hana Nakamura"]
    assert [(e.address, e.label) for e in hana.emails] == [
        ("hana.nakamura@atlasbio.example.com", "work"), ("hana.n@mail.example.org", "home")]
    assert [(p.number, p.label) for p in hana.phones] == [
        ("+19195550134", "mobile"), ("+19195550135", "lab")]
    assert hana.job_title == "Senior Director, Quality Assurance"
    assert "single-use bioreactor line" in hana.notes
    assert hana.linkedin == "https://www.linkedin.com/in/hana-nakamura-example"
    assert sorted(t.name for t in hana.tags) == ["CDMO", "Durham visit"]


@pytest.mark.sqlite_only
def test_vcard_40(db) -> None:
    _import(db, "vcard_4_0.vcf")
    ines = _contacts(db)["Inès Moreau"]
    assert str(ines.id) == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert [p.number for p in ines.phones] == ["+16175550191", "+33655551234"]
    assert ines.language == "fr"


@pytest.mark.sqlite_only
def test_belgian_excel_csv_cp1252_semicolons(db) -> None:
    report = _import(db, "belgian_excel.csv")
    assert (report.created, report.skipped) == (3, 1)
    people = _contacts(db)
    seb = people["Sébastien Dubois"]
    assert seb.company.name == "Société Wallonne de Biotech"
    assert seb.country == "BE"  # "Belgique"
    assert seb.notes == "Très intéressé par la mission; à recontacter"
    assert [(p.number, p.label) for p in seb.phones] == [
        ("+3225551235", None), ("+32475551299", "mobile")]
    jerome = people["Jérôme Vermeulen"]
    assert jerome.emails[0].address == "J.Vermeulen@bioprocedes.example.be"
    assert jerome.notes == '=HYPERLINK("http://evil.example")'  # kept as text, never run
    assert sorted(t.name for t in people["Françoise Lemaître"].tags) == [
        "Académique", "Recherche"]


@pytest.mark.sqlite_only
def test_dutch_xlsx_from_a_colleague(db) -> None:
    report = _import(db, "colleague_dutch.xlsx")
    assert (report.format, report.created, report.skipped) == ("xlsx", 3, 0)
    assert report.unmapped == ["Badge nr"]
    people = _contacts(db)
    # Excel had turned +32 478 ... into the number 32478553311.
    assert [p.number for p in people["Ann Peeters"].phones] == ["+32478553311"]
    pieter = people["Pieter De Smet"]
    assert pieter.country == "BE"
    assert "Badge nr: A-0042" in pieter.notes
    # Two people of one company: one company.
    assert pieter.company_id == people["Lotte Janssens"].company_id


@pytest.mark.parametrize(("name", "kind"), [("libreoffice_leads.ods", "ods"),
                                          ("libreoffice_leads.xls", "xls")])
def test_libreoffice_and_old_excel_workbooks_are_read_like_xlsx(db, name: str, kind: str) -> None:
    # Written by LibreOffice Calc 7.4 from a French lead list (before: "save it as XLSX or
    # CSV first", nothing imported).
    report = _import(db, name)
    assert (report.format, report.created, report.skipped, report.problems) == (kind, 2, 0, [])
    elodie = _contacts(db)["Élodie Vandenberghe"]
    assert (elodie.job_title, elodie.company.name) == ("Head of Partnering", "UCB")
    assert [e.address for e in elodie.emails] == ["elodie.vandenberghe@ucb.example"]
    # The GSM column holds a number (the sheet made one of it): read without ".0".
    assert [(p.number, p.label) for p in elodie.phones] == [
        ("+3225599999", None), ("+32475123456", "mobile")]
    assert [a.postal_code for a in elodie.addresses] == ["1070"]
    # A date cell arrives as the day it shows.
    assert "Rencontré le: 2022-06-08" in elodie.notes
    assert "Rencontrée à la table ronde; suivi en juillet" in elodie.notes


def _titled_sheet(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Belgian delegation — BIO 2022 leads"])
    sheet.append([])
    sheet.append(["First name", "Last name", "Company", "Email", "Phone"])
    sheet.append(["Ann", "Peeters", "UCB", "ann.peeters@ucb.example", "+32 2 559 99 99"])
    sheet.append(["Jan", "Claes", "argenx", "jan.claes@argenx.example", "+32 9 310 34 00"])
    book.save(path)
    return path


def _titled_csv(path: Path) -> Path:
    # An event platform's report: what it is and when it ran, then the header.
    path.write_text("Report: Leads (Belgian pavilion)\nRun on: 2022-06-10 18:02\n\n"
                    "First name,Last name,Company,Email,Phone\n"
                    "Ann,Peeters,UCB,ann.peeters@ucb.example,+32 2 559 99 99\n"
                    "Jan,Claes,argenx,jan.claes@argenx.example,+32 9 310 34 00\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "name", "header_row"), [
    (_titled_sheet, "leads.xlsx", 3), (_titled_csv, "leads.csv", 4)])
def test_a_title_above_the_header_is_passed_over(db, tmp_path: Path, make, name: str,  # type: ignore[no-untyped-def]
                                                 header_row: int) -> None:
    # Before: "row 1: no column recognised (found: Belgian delegation …)", nothing imported.
    report = db.write(import_file, make(tmp_path / name))
    assert (report.created, report.skipped) == (2, 0)
    ann = _contacts(db)["Ann Peeters"]
    assert (ann.company.name, [e.address for e in ann.emails]) == (
        "UCB", ["ann.peeters@ucb.example"])
    assert [p.number for p in ann.phones] == ["+3225599999"]
    # The summary says where the header was found, and what came before it.
    titles = [p for p in report.problems if p.field == "row"]
    assert titles and all(p.row < header_row for p in titles)
    assert f"above the header (row {header_row})" in titles[0].reason


def test_excels_delimiter_line_is_followed_not_read_as_a_row(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Excel writes and reads "sep=;" as a file's first line: the delimiter, said.
    path = tmp_path / "leads.csv"
    path.write_bytes("sep=;\r\nPrénom;Nom;Société;E-mail\r\nAnn;Peeters;UCB;ann@ucb.example\r\n"
                     "Jan;Claes;argenx;jan@\r\n".encode("cp1252"))
    report = db.write(import_file, path)
    assert (report.created, report.unmapped) == (2, [])
    assert _contacts(db)["Ann Peeters"].company.name == "UCB"
    # Rows keep their numbers in the file: the bad email is on line 4.
    assert [(p.row, p.field) for p in report.problems] == [(4, "email")]


def _cover_sheet_workbook(path: Path) -> Path:
    # An agency's template: instructions first, a hidden list for its drop-downs (with a
    # "Name" column), an empty sheet, then the leads.
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    cover.title = "Instructions"
    cover.append(["How to fill in this list"])
    cover.append(["One row per person met; the Session column names the session."])
    lists = book.create_sheet("Lists")
    lists.append(["Name", "Sector"])
    lists.append(["Pharma", "Biotech"])
    lists.sheet_state = "hidden"
    book.create_sheet("Empty")
    leads = book.create_sheet("Leads")
    leads.append(["Voornaam", "Achternaam", "Bedrijf", "E-mail", "GSM"])
    leads.append(["Lotte", "Janssens", "Galapagos", "lotte.janssens@glpg.example",
                  "+32 475 55 12 34"])
    book.save(path)
    return path


@pytest.mark.parametrize("name", ["cover.xlsx", "libreoffice_cover_sheet.ods"])
def test_the_sheet_with_the_leads_is_read_not_the_cover_sheet(db, tmp_path: Path,
                                                              name: str) -> None:
    # The .ods is the same workbook saved by LibreOffice Calc 7.4. Before: the first sheet
    # was read ("no column recognised (found: How to fill in this list)").
    path = _cover_sheet_workbook(tmp_path / name) if name.endswith(".xlsx") \
        else FIXTURES / name
    report = db.write(import_file, path)
    assert (report.created, report.skipped) == (1, 0)
    lotte = _contacts(db)["Lotte Janssens"]
    assert (lotte.company.name, [p.number for p in lotte.phones]) == (
        "Galapagos", ["+32475551234"])
    assert [p.reason for p in report.problems] == [
        "read from the sheet 'Leads': the sheets before it (Instructions, Empty) hold no "
        "column the import knows"]


def test_existing_contacts_are_updated_not_duplicated(db, tmp_path: Path) -> None:
    known = db.write(lambda s: create_contact(
        s, first_name="Avery", last_name="Whitman", emails=["AVERY.WHITMAN@northwind.example.com"],
        job_title="Old title", owner="Ann").id)
    by_phone = db.write(lambda s: create_contact(
        s, first_name="Riley", last_name="Chen", phones=["+1 (617) 555 0199"]).id)
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Phone,Job title\nRiley Chen,+16175550199,Chemist\n",
                     encoding="utf-8")
    report = _import(db, "google_contacts.csv")
    assert (report.created, report.updated) == (3, 1)
    report = db.write(import_file, sheet)
    assert (report.created, report.updated) == (0, 1)
    people = _contacts(db)
    assert len(people) == 5
    avery = people["Avery Whitman"]
    assert avery.id == known
    assert avery.job_title == "VP Business Development"
    assert avery.owner == "Ann"  # the import does not take ownership
    assert len(avery.emails) == 2
    assert people["Riley Chen"].id == by_phone
    assert people["Riley Chen"].job_title == "Chemist"
    # The same file again: everyone is updated, nobody created.
    again = _import(db, "google_contacts.csv")
    assert (again.created, again.updated) == (0, 4)
    assert len(_contacts(db)) == 5


@pytest.mark.sqlite_only
def test_same_person_twice_in_one_file_is_one_contact(db, tmp_path: Path) -> None:
    sheet = tmp_path / "twice.csv"
    sheet.write_text("First name;Last name;Email;Phone\n"
                     "Ada;Lovelace;ada@example.com;\n"
                     "Ada;Lovelace;ADA@example.com;+32 2 555 12 34\n", encoding="utf-8")
    report = db.write(import_file, sheet)
    assert (report.created, report.updated) == (1, 1)
    assert [p.row for p in report.problems] == [3]
    ada = _contacts(db)["Ada Lovelace"]
    assert [p.number for p in ada.phones] == ["+3225551234"]


def _mission_session(db, title: str = "Round table Boston"):  # type: ignore[no-untyped-def]
    def make(session):  # type: ignore[no-untyped-def]
        mission = create_mission(session, name="USA 2022")
        start = utcnow() - timedelta(hours=1)
        return create_session(session, mission_id=mission.id, title=title, starts_at=start,
                              ends_at=start + timedelta(hours=3)).id
    return db.write(make)


def test_session_option_records_encounters(db) -> None:
    session_id = _mission_session(db)
    report = _import(db, "iphone_3_0.vcf", session_title="round table", owner="Ann")
    assert report.created == 2
    met = db.read(list_contacts, ContactFilter(session_id=session_id))
    assert {r.last_name for r in met} == {"Nakamura", "Sørensen"}
    with pytest.raises(UserError, match="no session titled"):
        _import(db, "iphone_3_0.vcf", session_title="Gala dinner")


def test_dry_run_writes_nothing(db, db_path: Path) -> None:
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    report = db.read(import_file, FIXTURES / "google_contacts.csv", dry_run=True)
    assert (report.created, report.skipped, report.dry_run) == (4, 0, True)
    assert "dry run: nothing written" in report.summary()
    assert _counts(db_path) == (0, 0, 0, 0)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_revert_last_import_removes_created_and_restores_updated(db, db_path: Path) -> None:
    known = db.write(lambda s: create_contact(
        s, first_name="Avery", last_name="Whitman", emails=["avery.whitman@northwind.example.com"],
        job_title="Old title", tags=["vip"]).id)
    before_first = _counts(db_path)
    _mission_session(db)
    _import(db, "outlook_contacts.csv")
    after_outlook = _counts(db_path)
    report = _import(db, "google_contacts.csv", session_title="Round table Boston")
    assert (report.created, report.updated) == (3, 1)

    reverted = db.write(revert_last_import)
    assert (reverted.removed, reverted.restored) == (3, 1)
    assert _counts(db_path)[:3] == after_outlook[:3]
    avery = _contacts(db)["Avery Whitman"]
    assert avery.id == known
    assert avery.job_title == "Old title"
    assert [e.address for e in avery.emails] == ["avery.whitman@northwind.example.com"]
    assert [t.name for t in avery.tags] == ["vip"]
    assert avery.company is None
    assert avery.encounters == []

    assert db.write(revert_last_import).removed == 2  # then the Outlook import
    assert _counts(db_path)[:2] == before_first[:2]
    with pytest.raises(UserError, match="no import to revert"):
        db.write(revert_last_import)


def test_cli_import_dry_run_revert(db_path: Path) -> None:
    dry = run_cli("import", str(FIXTURES / "belgian_excel.csv"), "--dry-run", db=db_path)
    assert dry.returncode == 0, dry.stderr
    assert "3 created, 0 updated, 1 skipped" in dry.stdout
    assert "row 5, name:" in dry.stdout
    done = run_cli("import", str(FIXTURES / "belgian_excel.csv"), db=db_path)
    assert done.returncode == 0, done.stderr
    assert _counts(db_path)[0] == 3
    undone = run_cli("import", "--revert-last", db=db_path)
    assert undone.returncode == 0, undone.stderr
    assert "3 contacts removed" in undone.stdout
    assert _counts(db_path)[0] == 0
    assert run_cli("import", "--revert-last", db=db_path).returncode == 2


def _bad_files(tmp: Path) -> list[tuple[Path, str]]:
    files = {
        "garbage.csv": bytes(range(256)) * 40,
        "empty.csv": b"",
        "blank.csv": b"\r\n\r\n   \r\n",
        "header_only.csv": "Prénom;Nom;E-mail\r\n".encode("cp1252"),
        "nothing_known.csv": b"foo,bar,baz\n1,2,3\n",
        "huge_line.csv": b"First name,Email\n" + b"x" * (50 * 1024 * 1024) + b"\n",
        "truncated.vcf": (FIXTURES / "truncated.vcf").read_bytes(),
        "not_really.xlsx": b"PK\x03\x04" + b"\x00" * 200,
        "garbage.vcf": b"BEGIN:VCARD\r\n\x00\x01\x02\xff\r\n",
        # A quoted cell never closed: everything after it would be one cell.
        "unclosed_quote.csv": b"First name,Last name,Email\nAnna,Peeters,a@x.be\n\n"
                              b'"Bob,Claes,b@x.be\nCarl,Dewit,c@x.be\n',
    }
    binary = "is not a CSV, vCard or XLSX file: it holds binary data, not text"
    expected = {"garbage.csv": binary, "empty.csv": "empty", "blank.csv": "empty",
                "header_only.csv": "row 2", "nothing_known.csv": "row 1",
                "huge_line.csv": "row 2", "truncated.vcf": "row 1",
                "not_really.xlsx": "XLSX", "garbage.vcf": binary,
                "unclosed_quote.csv": "row 4: a quoted cell starts here and is never closed"}
    out = []
    for name, data in files.items():
        path = tmp / name
        path.write_bytes(data)
        out.append((path, expected[name]))
    return out


def _zip(members: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "said"), [
    ("photo.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 4, "a JPEG picture"),
    ("badge.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a PNG picture"),
    ("badge.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a PNG picture"),
    # A PDF's first lines are text: read as CSV, it gave a "row 7" or a nonsense import.
    ("list.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
     "a PDF document"),
    ("photos.zip", _zip({"a.txt": "hello"}), "a ZIP archive"),
    ("photos.xlsx", _zip({"a.txt": "hello"}), "a ZIP archive"),
])
def test_a_file_that_is_not_an_address_book_is_named_for_what_it_is(
        db, tmp_path: Path, name: str, data: bytes, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as raised:
        db.write(import_file, path)
    message = str(raised.value)
    # One message naming the file and what it is; no row (no row of it holds contacts).
    assert message.startswith(f"{path} is not a CSV, vCard or XLSX file: it is {said}"), message
    assert "row" not in message.replace(str(path), "")


@pytest.mark.parametrize(("name", "data", "said"), [
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
     "not a readable XLS workbook"),
    # A Word document is a compound file too: tried as a workbook, and said.
    ("letter.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
     "not a readable XLS workbook"),
    ("book.ods", _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                       "content.xml": "<x/>"}), "not a readable ODS workbook"),
    ("cut.ods", (FIXTURES / "libreoffice_leads.ods").read_bytes()[:3000],
     "not a readable ODS workbook"),
])
def test_a_damaged_workbook_is_refused_naming_the_file(db_path: Path, tmp_path: Path,
                                                       name: str, data: bytes,
                                                       said: str) -> None:
    from crm.db import open_database

    database = open_database(str(db_path))
    before = _counts(db_path)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as raised:
        database.write(import_file, path)
    assert str(raised.value).startswith(f"{path}: {said} ("), str(raised.value)
    assert _counts(db_path) == before


@pytest.mark.parametrize("name", ["calamine-pass_protected.xlsx",
                                  "calamine-pass_protected.ods"])
def test_a_workbook_protected_by_a_password_is_refused_saying_so(db, name: str) -> None:
    # Excel's (a compound file, whatever its name) and LibreOffice's, from calamine's tests
    # (before: "not a readable XLSX workbook", "save it as XLSX or CSV first").
    path = FIXTURES / "thirdparty" / name
    with pytest.raises(UserError) as raised:
        db.write(import_file, path)
    assert str(raised.value) == (f"{path}: the workbook is protected by a password; open it, "
                                 "save it without one, and import it again")


def test_bad_files_are_refused_naming_file_and_row_and_write_nothing(db_path: Path,
                                                                     tmp_path: Path) -> None:
    from crm.db import open_database

    database = open_database(str(db_path))
    before = _counts(db_path)
    for path, where in _bad_files(tmp_path):
        with pytest.raises(UserError) as raised:
            database.write(import_file, path)
        message = str(raised.value)
        assert str(path) in message and where in message, (path.name, message)
        assert "\n" not in message and len(message) < 400
    database.close()
    assert _counts(db_path) == before
    # The command line: exit 2 and that one line on stderr.
    for name, where in (("garbage.csv", "binary data"), ("header_only.csv", "row"),
                        ("truncated.vcf", "row")):
        result = run_cli("import", str(tmp_path / name), db=db_path)
        assert result.returncode == 2, (name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(tmp_path / name) in lines[0] and where in lines[0]
    assert _counts(db_path) == before


def test_a_failure_while_writing_leaves_nothing(db, db_path: Path, monkeypatch) -> None:
    import crm.services.importing.write as write_stage

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(write_stage, "record_encounters", broken)
    with pytest.raises(RuntimeError):
        _import(db, "google_contacts.csv")
    assert _counts(db_path) == (0, 0, 0, 0)


@pytest.mark.sqlite_only
def test_mapping_can_be_changed(db, tmp_path: Path) -> None:
    sheet = tmp_path / "odd.csv"
    sheet.write_text("Who,Mail,Badge\nAda Lovelace,ada@example.com,B-12\n", encoding="utf-8")
    from crm.services.imports import preview_file

    preview = preview_file(sheet)
    assert preview.mapping == [None, "email", None]
    report = db.write(import_file, sheet, mapping=["full_name", "email", "job_title"])
    assert report.unmapped == []
    assert _contacts(db)["Ada Lovelace"].job_title == "B-12"


def test_startup_does_not_import_heavy_modules() -> None:
    code = ("import sys, crm.cli, crm.services.imports, crm.services.exports;"
            "crm.cli.build_parser();"
            "heavy = {'pandas', 'openpyxl', 'vobject', 'icalendar'} & set(sys.modules);"
            "print(sorted(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.sqlite_only
def test_import_report_names_rows_in_summary(db) -> None:
    report = _import(db, "google_contacts.csv")
    text = report.summary()
    assert "4 created, 0 updated, 0 skipped" in text
    assert "row 4, email: 'not-an-email' is not a valid email address" in text
    assert isinstance(report.problems[0].row, int)


def test_a_shared_switchboard_does_not_merge_different_people(db, tmp_path: Path) -> None:
    db.write(lambda s: create_contact(s, first_name="Avery", last_name="Whitman",
                                      emails=["avery@northwind.example.com"],
                                      phones=["+1 617 555 0100"]))
    sheet = tmp_path / "team.csv"
    sheet.write_text("Name,Email,Phone\n"
                     "Sam Ricci,sam@northwind.example.com,+1 617 555 0100\n"
                     "Lee Park,lee@northwind.example.com,+1 617 555 0100\n"
                     "Avery Whitman,,+1 617 555 0100\n", encoding="utf-8")
    report = db.write(import_file, sheet)
    # Different emails on one line are different people; a row without an email is the
    # person already known by that number.
    assert (report.created, report.updated) == (2, 1)
    assert len(_contacts(db)) == 3


@pytest.mark.sqlite_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="validators are forked on Linux")
def test_a_large_file_validated_by_several_processes_imports_as_one_would(
        db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Validation split over processes (a large file) gives the same contacts, counts and
    problems, in the same order, as validation in one process."""
    import crm.services.imports as imports
    from crm.db import open_database

    lines = ["First Name,Last Name,E-mail Address,Mobile Phone,Company,Categories"]
    for n in range(230):
        email = "not-an-email" if n % 37 == 5 else f"person{n % 200}@example.org"
        phone = "12" if n % 41 == 3 else f"+32 475 {n:02d} {n % 97:02d} {n % 89:02d}"
        lines.append(f"Name{n},Family{n % 17},{email},{phone},Firm {n % 9},Tag {n % 4}")
    path = tmp_path / "large.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    serial = db.write(import_file, path)
    monkeypatch.setattr(imports, "PARALLEL_ROWS", 100)
    monkeypatch.setattr(imports, "_CHUNK_ROWS", 40)
    assert imports._validators(230) > 1 or len(imports.os.sched_getaffinity(0)) == 1
    other = open_database(str(tmp_path / "other.db"))
    try:
        pooled = other.write(import_file, path)
        people = _contacts(other)
    finally:
        other.close()
    assert (pooled.created, pooled.updated, pooled.skipped, pooled.unchecked_phones) == (
        serial.created, serial.updated, serial.skipped, serial.unchecked_phones)
    assert [(p.row, p.field, p.reason) for p in pooled.problems] == \
        [(p.row, p.field, p.reason) for p in serial.problems]
    assert any(p.field == "email" for p in pooled.problems)
    mine = _contacts(db)
    assert sorted(people) == sorted(mine)
    for name, contact in mine.items():
        twin = people[name]
        assert [e.address for e in twin.emails] == [e.address for e in contact.emails]
        assert [p.number for p in twin.phones] == [p.number for p in contact.phones]
        assert [t.name for t in twin.tags] == [t.name for t in contact.tags]
        assert (twin.company.name if twin.company else None) == \
            (contact.company.name if contact.company else None)


@pytest.mark.sqlite_only
def test_cards_in_utf8_and_in_windows_1252_in_one_file(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # vCards put together from two programs: Outlook 2019's in UTF-8, an older one's note in
    # Windows-1252 (its CHARSET says so). Read whole as Windows-1252, "Schröder" became
    # "SchrÃ¶der".
    path = tmp_path / "merged.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=de:Schröder;Lukas;;;\r\n"
        "FN:Lukas Schröder\r\nORG:Eupen Biotech AG\r\nTITLE:Geschäftsführer\r\n"
        "EMAIL;PREF;INTERNET:lukas@eupen.example\r\nEND:VCARD\r\n".encode()
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anne Fischer\r\nN:Fischer;Anne;;;\r\n"
          "EMAIL;type=INTERNET:anne@metzgerei.example\r\n"
          "NOTE;CHARSET=Windows-1252:Wollte mich am Montag zurückrufen.\r\n"
          "END:VCARD\r\n".encode("cp1252"))
    assert db.write(import_file, path).created == 2
    people = _contacts(db)
    assert people["Lukas Schröder"].job_title == "Geschäftsführer"
    assert people["Anne Fischer"].notes == "Wollte mich am Montag zurückrufen."


@pytest.mark.sqlite_only
def test_a_csv_saved_by_excel_for_mac_in_mac_roman_keeps_its_accents(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Excel for Mac's "Comma Separated Values" is Mac Roman, lines ending in CR. Before:
    # read as Latin-1 (è, ê and ç are bytes Windows-1252 leaves undefined), every accented
    # letter became a control character and was dropped: "Mller", "Socit".
    path = tmp_path / "leads.csv"
    path.write_bytes("Prénom,Nom,Société,Fonction\rRené,Müller,Société Générale,Directeur\r"
                     "Françoise,Lefèvre,Bière & Cie,Maître brasseuse\r".encode("mac_roman"))
    report = db.write(import_file, path)
    assert (report.created, report.unmapped) == (2, [])
    people = _contacts(db)
    assert people["René Müller"].company.name == "Société Générale"
    assert people["Françoise Lefèvre"].job_title == "Maître brasseuse"


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("names", "encoding", "company"), [
    # Mac Roman whose letters all read as Windows-1252 too ("Ž" for é, "Ÿ" for ü): the
    # letters between letters say which (before: "RenŽ MŸller").
    (["René", "Müller"], "mac_roman", "Société Générale"),
    # Windows-1252 with no accented letter, its apostrophes between letters: left as it is.
    (["Ann", "O’Neill"], "cp1252", "Ann’s Biotech"),
    (["Tomaž", "Šimunović".replace("ć", "c")], "cp1252", "Krka"),
    (["Dušan", "Božidar"], "cp1252", "Œnologie & Cœur"),
])
def test_one_byte_text_is_read_in_its_encoding(db, tmp_path, names: list[str],  # type: ignore[no-untyped-def]
                                               encoding: str, company: str) -> None:
    path = tmp_path / "leads.csv"
    path.write_bytes(f"First name,Last name,Company\r{names[0]},{names[1]},{company}\r"
                     .encode(encoding))
    assert db.write(import_file, path).created == 1
    assert _contacts(db)[" ".join(names)].company.name == company


@pytest.mark.sqlite_only
def test_an_excel_file_with_a_row_added_in_utf8(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "list.csv"
    path.write_bytes("Prénom;Nom;Société\r\nSébastien;Dubois;Société Wallonne\r\n"
                     .encode("cp1252") + "Zoë;Lemaître;Université de Liège\r\n".encode())
    assert db.write(import_file, path).created == 2
    people = _contacts(db)
    assert people["Sébastien Dubois"].company.name == "Société Wallonne"
    assert people["Zoë Lemaître"].company.name == "Université de Liège"


@pytest.mark.sqlite_only
def test_a_name_written_whole_is_read_into_its_parts(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Display names as address books and lists write them. Before, the last word was the
    # family name: "Van" was a first name, "PhD" and "Jr." family names.
    path = tmp_path / "names.csv"
    path.write_text("Name,Email\n"
                    "Jan Van Damme,jvd@x.example\n"
                    "Dr. Marie-Claire van der Berg PhD,mc@x.example\n"
                    '"Peeters, Jan",jp@x.example\n'
                    "Mr. John A. Smith Jr.,js@x.example\n"
                    "Dhr. Koen Vanden Bossche,kvb@x.example\n"
                    'Robert "Bob" Smith,rs@x.example\n'
                    "Jo,jo@x.example\n", encoding="utf-8")
    report = db.write(import_file, path)
    assert (report.created, report.problems) == (7, [])
    people = {c.emails[0].address.split("@")[0]: c for c in _contacts(db).values()}
    assert {key: (c.name_prefix, c.first_name, c.last_name, c.name_suffix, c.nickname)
            for key, c in people.items()} == {
        "jvd": (None, "Jan", "Van Damme", None, None),
        "mc": ("Dr.", "Marie-Claire", "van der Berg", "PhD", None),
        "jp": (None, "Jan", "Peeters", None, None),
        "js": ("Mr.", "John A.", "Smith", "Jr.", None),
        "kvb": ("Dhr.", "Koen", "Vanden Bossche", None, None),
        "rs": (None, "Robert", "Smith", None, "Bob"),
        "jo": (None, "", "Jo", None, None)}
    assert not any(c.notes for c in people.values())


OUTLOOK_COM = ("First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
               "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,"
               "Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,"
               "Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,"
               "Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,"
               "Company,Office Location,Manager's Name,Assistant's Name,Assistant's Phone,"
               "Company Yomi,Business Street,Business City,Business State,Business Postal Code,"
               "Business Country/Region,Home Street,Home City,Home State,Home Postal Code,"
               "Home Country/Region,Other Street,Other City,Other State,Other Postal Code,"
               "Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,"
               "Birthday,Anniversary,Notes")


@pytest.mark.sqlite_only
def test_outlook_com_export_keeps_the_personal_web_page_and_the_text_phone(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    headers = OUTLOOK_COM.split(",")
    values = dict.fromkeys(headers, "")
    values.update({"First Name": "Ann", "Last Name": "Lee", "E-mail Address": "ann@lee.example",
                   "TTY/TDD Phone": "+1 617 555 0142", "Personal Web Page": "ann-lee.example",
                   "Web Page": "www.acme.example", "Company": "Acme"})
    path = tmp_path / "outlook-com.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([headers, [values[h] for h in headers]])
    report = db.write(import_file, path)
    assert (report.dialect, report.created, report.unmapped) == ("outlook", 1, [])
    ann = _contacts(db)["Ann Lee"]
    assert [(p.number, p.label) for p in ann.phones] == [("+16175550142", "other")]
    assert [(u.url, u.label) for u in ann.urls] == [("https://ann-lee.example", "home"),
                                                   ("https://www.acme.example", None)]


def test_a_vcard_4_synchronisation_map_is_not_kept_in_the_notes(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # RFC 6350's CLIENTPIDMAP says which device wrote a value: bookkeeping, like REV.
    path = tmp_path / "card.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:James de Mann\r\nN:de Mann;James;;;\r\n"
                     b"EMAIL;TYPE=work;PID=1.1:jdm@example.com\r\n"
                     b"CLIENTPIDMAP:1;urn:uuid:3df403f4-5924-4bb7-b077-3c711d9eb34b\r\n"
                     b"END:VCARD\r\n")
    report = db.write(import_file, path)
    assert (report.created, report.problems) == (1, [])
    assert not _contacts(db)["James de Mann"].notes


def test_an_iphones_own_bookkeeping_stays_out_of_the_notes(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # iOS 17 / macOS 14 cards (as an iCloud export writes them): an encrypted blob and the
    # photo's bookkeeping filled every contact's notes; the address's neighbourhood stays.
    path = tmp_path / "icloud.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.2.1//EN\r\n"
        b"N:Nordmann;Test;;;\r\nFN:Test Nordmann\r\n"
        b"EMAIL;type=INTERNET;type=HOME;type=pref:test@nordmann.example\r\n"
        b"X-ADDRESSING-GRAMMAR;type=pref:nk4spnSLebY1Z7hrtGsE+SiKxtfLA9NCl1ppo++yLQXR\r\n"
        b" dTzQ1rMPcvZSSz8zcfqqEZ7obWbUmqx3AwTv9El8RwO0sd7JC5PtBU/Xo1sAoQHgxyDHqt9HyYt\r\n"
        b"X-IMAGETYPE:PHOTO\r\nX-IMAGEHASH:+t54yzQVDfamrN6MVyxA7A==\r\n"
        b"X-SHARED-PHOTO-DISPLAY-PREF:AUTOUPDATE\r\n"
        b"item1.ADR;type=HOME:;;Kirkegata 1;Oslo;;0153;Norway\r\nitem1.X-ABADR:no\r\n"
        b"item1.X-APPLE-SUBLOCALITY:Sentrum\r\nREV:2024-02-28T22:04:34Z\r\n"
        b"UID:0efc819a-536a-4d77-8070-733ebf12b49c\r\nEND:VCARD\r\n")
    db.write(import_file, path)
    assert _contacts(db)["Test Nordmann"].notes == "X-APPLE-SUBLOCALITY: Sentrum"
