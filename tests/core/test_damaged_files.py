"""Contact files as other programs and file transfers damage them: vCards with CR CR LF or
lone CR line endings, trailing spaces, stray byte order marks, a missing END:VCARD; a
LinkedIn export whose rows are wrapped in one pair of quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm.errors import UserError
from crm.services.contacts import get_contact, list_contacts
from crm.services.imports import import_file, read_source

CARD = ("BEGIN:VCARD\nVERSION:3.0\nN:Nakamura;Hana;;;\nFN:Hana Nakamura\n"
        "ORG:Atlas Bioprocess\nNOTE:Met at the Durham visit\\, wants a long\n"
        "  note folded over two lines\nitem1.TEL;type=CELL;type=pref:+1 (919) 555-0134\n"
        "item1.X-ABLabel:_$!<Mobile>!$_\nEMAIL;type=INTERNET;type=WORK:hana@atlas.example.com\n"
        "END:VCARD\n")
SECOND = ("BEGIN:VCARD\nVERSION:3.0\nN:Sørensen;Lars;;;\nFN:Lars Sørensen\n"
          "TEL;TYPE=WORK:+45 32 12 34 56\nEND:VCARD\n")


def _people(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return db.read(lambda s: {c.full_name: c for c in (get_contact(s, r.id)
                                                       for r in list_contacts(s))})


def _file(tmp_path: Path, data: bytes, name: str = "cards.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


ENDINGS = {"CR CR LF": "\r\r\n", "lone CR": "\r", "LF": "\n", "CRLF": "\r\n"}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_a_vcard_with_any_line_ending_reads_whole(db, tmp_path: Path, ending: str) -> None:
    data = (CARD + SECOND).replace("\n", ENDINGS[ending]).encode("utf-8")
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.skipped, report.problems) == (2, 0, [])
    hana = _people(db)["Hana Nakamura"]
    assert hana.notes == "Met at the Durham visit, wants a long note folded over two lines"
    assert [(p.number, p.label) for p in hana.phones] == [("+19195550134", "mobile")]


def test_mixed_endings_trailing_spaces_and_byte_order_marks(db, tmp_path: Path) -> None:
    lines = (CARD + SECOND).split("\n")
    endings = ["\r\r\n", "\r", "\n", "\r\n"]
    text = "".join(f"{line}   {endings[i % 4]}" if line.startswith(("FN", "TEL", "END"))
                   else f"{line}{endings[i % 4]}" for i, line in enumerate(lines))
    # A BOM at the start and one in the middle (two exports pasted together).
    data = b"\xef\xbb\xbf" + text.replace("BEGIN:VCARD", "\ufeffBEGIN:VCARD", 2)[1:] \
        .encode("utf-8")
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.skipped) == (2, 0)
    assert [p.number for p in _people(db)["Lars Sørensen"].phones] == ["+4532123456"]


def test_a_truncated_last_card_is_reported_and_the_complete_ones_are_read(
        db, tmp_path: Path) -> None:
    cut = SECOND[:SECOND.index("TEL") + 8]
    data = (CARD + cut).replace("\n", "\r\n").encode("utf-8")
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.skipped) == (1, 1)
    assert [str(p) for p in report.problems] == [
        "row 12, row: vCard has no END:VCARD (truncated file?); not imported"]
    assert list(_people(db)) == ["Hana Nakamura"]


def test_a_card_left_open_by_the_next_one_is_read_up_to_it(db, tmp_path: Path) -> None:
    data = (CARD.replace("END:VCARD\n", "") + SECOND).encode("utf-8")
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.skipped) == (2, 0)
    assert [str(p) for p in report.problems] == [
        "row 1, row: vCard has no END:VCARD before line 11; read up to there"]


def test_a_file_with_only_a_truncated_card_is_refused(db, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="row 1: vCard has no END:VCARD"):
        db.write(import_file, _file(tmp_path, SECOND[:40].encode("utf-8")))


def test_an_outlook_address_with_an_empty_parameter_is_read(db, tmp_path: Path) -> None:
    # Outlook (2.1) ends the address's parameters with ";": vobject refused the line, and
    # with it the whole card (before: "unreadable vCard", nothing imported).
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=de:Rastral;Ralf\r\n"
            "ADR;HOME;PREF;:;;L\xe4mmerweg 12;Kleindorf;;98765;Deutschland\r\n"
            "TEL;WORK;;VOICE:+49 611 123456\r\nEND:VCARD\r\n").encode("cp1252")
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.problems) == (1, [])
    ralf = _people(db)["Ralf Rastral"]
    assert [(a.street, a.city, a.postal_code, a.label) for a in ralf.addresses] == [
        ("L\xe4mmerweg 12", "Kleindorf", "98765", "home")]
    assert [(p.number, p.label) for p in ralf.phones] == [("+49611123456", "work")]


def test_an_email_property_ending_with_a_separator_or_holding_two_is_read(
        db, tmp_path: Path) -> None:
    # vCardLib's 2.1 sample ends an address with ";"; address books put two in one EMAIL
    # (before: "not a valid email address", kept in the notes).
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Gump;Forrest\r\n"
            b"EMAIL:forrestgump@example.com;\r\n"
            b"EMAIL;WORK:bubba@example.com, shrimp@example.com\r\nEND:VCARD\r\n")
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.problems) == (1, [])
    forrest = _people(db)["Forrest Gump"]
    assert [(e.address, e.label) for e in forrest.emails] == [
        ("forrestgump@example.com", None), ("bubba@example.com", "work"),
        ("shrimp@example.com", "work")]
    assert not forrest.notes


def test_photo_data_on_lines_that_are_not_indented_stays_the_photo(db, tmp_path: Path) -> None:
    # A .NET library writes 2.1 photos so: every line of data after the first one was "not a
    # property", and the card was refused.
    import base64

    jpeg = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 2
    encoded = base64.b64encode(jpeg).decode()
    lines = [encoded[i:i + 76] for i in range(0, len(encoded), 76)]
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Mustermann;Max\r\n"
            f"PHOTO;ENCODING=BASE64;TYPE=JPEG:{lines[0]}\r\n" + "".join(
                line + "\r\n" for line in lines[1:]) + "\r\nEND:VCARD\r\n").encode()
    report = db.write(import_file, _file(tmp_path, data))
    assert (report.created, report.problems) == (1, [])
    assert db.read(lambda s: [p.data for r in list_contacts(s)
                              for p in get_contact(s, r.id).pictures]) == [jpeg]


def test_a_line_that_is_no_property_is_kept_in_the_notes_and_said(db, tmp_path: Path) -> None:
    data = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nakamura;Hana;;;\r\n"
            b"EMAIL:hana@atlas.example.com\r\nmet at the BIO booth, call in July\r\n"
            b"END:VCARD\r\n")
    report = db.write(import_file, _file(tmp_path, data))
    assert report.created == 1
    assert [str(p) for p in report.problems] == [
        "row 1, vcard: line 5 is not a vCard property; kept in the notes as written"]
    hana = _people(db)["Hana Nakamura"]
    assert hana.notes == "met at the BIO booth, call in July"
    assert [e.address for e in hana.emails] == ["hana@atlas.example.com"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["\r\r\n", "\r", "\n", "\r\n", " \r\n", "\t\n"]),
                min_size=30, max_size=30))
def test_any_mix_of_line_breaks_reads_the_same_cards(tmp_path: Path, breaks: list[str]) -> None:
    lines = (CARD + SECOND).split("\n")[:-1]
    text = "".join(line + breaks[i % len(breaks)] for i, line in enumerate(lines))
    mapped = read_source(_file(tmp_path, text.encode("utf-8")))
    assert [(r.values.get("last_name"), [p for p, _l in r.phones]) for r in mapped.records] \
        == [("Nakamura", ["+1 (919) 555-0134"]), ("Sørensen", ["+45 32 12 34 56"])]


LINKEDIN = ("Notes:\n\"When exporting your connection data, you may notice that some of the "
            "email addresses are missing.\"\n\n"
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")


def test_linkedin_rows_wrapped_in_one_pair_of_quotes_read_as_their_fields(
        db, tmp_path: Path) -> None:
    rows = ('"Maëlle,Vandersteen,https://www.linkedin.com/in/maelle-v,,Corvalis Therapeutics,'
            '""Director, Business Development"",08 Jun 2022"\n'
            'Tobias,Okafor,https://www.linkedin.com/in/tokafor,t@example.com,Northgate,CSO,'
            '09 Jun 2022\n')
    path = _file(tmp_path, (LINKEDIN + rows).encode("utf-8"), "Connections.csv")
    report = db.write(import_file, path)
    assert (report.format, report.created, report.skipped) == ("linkedin", 2, 0)
    maelle = _people(db)["Maëlle Vandersteen"]
    assert maelle.job_title == "Director, Business Development"
    assert maelle.company.name == "Corvalis Therapeutics"
    assert maelle.linkedin == "https://www.linkedin.com/in/maelle-v"


def test_a_linkedin_export_whose_every_row_is_skipped_says_why(db, tmp_path: Path) -> None:
    path = _file(tmp_path, (LINKEDIN + ",,,,,,08 Jun 2022\n,,,,Acme,,09 Jun 2022\n")
                 .encode("utf-8"), "Connections.csv")
    with pytest.raises(UserError, match="nothing could be imported: every row was skipped "
                                        r"\(2 row\(s\)\) \(row 5, name"):
        db.write(import_file, path)


def test_a_row_wider_than_the_header_is_said_and_skipped(db, tmp_path: Path) -> None:
    data = (b"First name,Last name,Email\r\nAnn,Peeters,ann@ucb.example\r\n"
            b"Jan,Claes,jan@argenx.example,+32 9 310 34 00\r\n")
    report = db.write(import_file, _file(tmp_path, data, "list.csv"))
    assert (report.created, report.skipped) == (1, 1)
    assert [(p.row, p.reason) for p in report.problems] == [
        (3, "more cells than the header's 3 columns; not imported")]
