"""vCards and CSV files written by other programs (iPhone, macOS Contacts, Android, Outlook
2003/2007, Evolution, Thunderbird, KDE, Gmail, Lotus Notes, BlackBerry;
tests/fixtures/thirdparty/README.md says where each comes from): imported with no silent
loss. Every person arrives (or is reported), and every value of the file is in a field of
the contact, in its notes, or in a problem of the import's summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crm.io.countries import country_code
from crm.services.contacts import get_contact, list_contacts
from crm.services.imports import import_file, read_source
from crm.services.phones import read_phone, region_chain
from tests.conftest import REPO

CORPUS = REPO / "tests" / "fixtures" / "thirdparty"
FILES = sorted(CORPUS.glob("*.vcf"))
CSV_FILES = sorted(CORPUS.glob("*.csv"))
# A property line of a TEL with a number (after unfolding), whatever its group:
# "item1.TEL;type=CELL:+1 ..." (a form's empty "tel;fax:" holds none).
_TEL = re.compile(r"^(?:[A-Za-z0-9-]+\.)?TEL(?:;[^:\n]*)?:[ \t]*\S", re.IGNORECASE | re.MULTILINE)


def _tel_count(data: bytes) -> int:
    text = data.decode("utf-8", "replace").replace("\r\n", "\n")
    unfolded = re.sub(r"\n[ \t]", "", text)
    return len(_TEL.findall(unfolded))


def _stored(db) -> list[tuple[str, list[tuple[str, str | None, bool]]]]:  # type: ignore[no-untyped-def]
    def load(session):  # type: ignore[no-untyped-def]
        return [(r.id, [(p.number, p.extension, p.checked) for p in get_contact(
            session, r.id).phones]) for r in list_contacts(session)]
    return db.read(load)


def _import_and_check(db, path: Path) -> None:  # type: ignore[no-untyped-def]
    mapped = read_source(path)
    # The reader sees every TEL of the file.
    assert sum(len(r.phones) for r in mapped.records) == _tel_count(path.read_bytes())
    report = db.write(import_file, path, region="BE")
    assert report.skipped == 0, report.summary()
    assert report.created == len(mapped.records), report.summary()
    assert not [p for p in report.problems if p.field == "phone"
                and not p.reason.endswith("kept as written, not checked")], report.summary()
    stored = {number_ext for _id, phones in _stored(db) for number_ext, *_ in
              [((n, e),) for n, e, _c in phones]}
    for record in mapped.records:
        # The contact's country: the card's, else that of its first address with a known one.
        country = record.values.get("country") or next(
            (code for code in (country_code(a["country"]) for a in record.addresses
                               if a.get("country")) if code), None)
        chain = region_chain(contact_country=country, home_region="BE")
        for raw, _label in record.phones:
            phone = read_phone(raw, chain)
            assert (phone.number, phone.extension) in stored, (path.name, raw)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_phone_of_a_third_party_vcard_ends_up_on_a_contact(db, path: Path) -> None:
    _import_and_check(db, path)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_third_party_card_with_cr_cr_lf_line_endings(db, tmp_path: Path, path: Path) -> None:
    # As a Windows transfer leaves an iPhone's card (and Thunderbird's own test file).
    data = path.read_bytes()
    damaged = tmp_path / f"crcrlf-{path.name}"
    damaged.write_bytes(data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\r\n"))
    _import_and_check(db, damaged)


@pytest.mark.sqlite_only
def test_what_the_macos_and_thunderbird_cards_keep(db) -> None:
    # Before: all 7 numbers of the macOS card and all 5 of the Thunderbird card were dropped
    # (national numbers, home region BE).
    db.write(import_file, CORPUS / "ezvcard-John_Doe_MAC_ADDRESS_BOOK.vcf", region="BE")
    db.write(import_file, CORPUS / "ezvcard-thunderbird-MoreFunctionsForAddressBook-extension.vcf",
             region="BE")
    phones = [phones for _id, phones in _stored(db)]
    assert sorted(len(p) for p in phones) == [5, 7]
    mac = next(p for p in phones if len(p) == 7)
    # The card's address is in the USA: its numbers are read there.
    assert ("+19055551234", None, True) in mac


@pytest.mark.sqlite_only
def test_android_email_only_cards_are_kept(db) -> None:
    report = db.write(import_file, CORPUS / "ezvcard-John_Doe_ANDROID.vcf", region="BE")
    # 6 cards, 2 of them an email alone (before: skipped, "row has no name").
    assert (report.created, report.skipped, report.nameless) == (6, 0, 2)


def test_a_name_written_in_two_scripts_keeps_the_first_and_the_other(db) -> None:
    # vobject's card: N and FN in English, then (same ALTID) in Japanese.
    report = db.write(import_file, CORPUS / "vobject-vcard40_multilang.vcf", region="BE")
    assert (report.created, report.skipped) == (1, 0)
    (row,) = db.read(list_contacts)
    contact = db.read(get_contact, row.id)
    # The card's first N names the contact (it was the last: the Japanese one, and the
    # English N was nowhere); the other N and FN are in the notes.
    assert (contact.first_name, contact.last_name) == ("Taro", "Yamada")
    assert "N: 山田; 太郎" in contact.notes and "FN: 山田太郎" in contact.notes


@pytest.mark.parametrize("kind", ["group", "org", "location"])
def test_a_card_that_is_not_a_person_says_so_in_the_notes(db, kind: str) -> None:
    db.write(import_file, CORPUS / f"vobject-vcard40_{kind}.vcf", region="BE")
    (row,) = db.read(list_contacts)
    contact = db.read(get_contact, row.id)
    assert f"KIND: {kind}" in contact.notes
    # Its name is not a person's: kept whole ("The Doe Family", not "The Doe" "Family").
    full = {"group": "The Doe Family", "org": "ABC Marketing",
            "location": "Empire State Building"}[kind]
    assert (contact.first_name, contact.last_name) == ("", full)


@pytest.mark.sqlite_only
def test_the_rfc_6350_extension(db) -> None:
    db.write(import_file, CORPUS / "ezvcard-rfc6350-example.vcf")
    assert ("+14186569254", "102", True) in _stored(db)[0][1]


# --- Every value arrives somewhere a person sees it, or the summary says it did not. ---

def _words(text: str) -> str:
    # Commas apart: "Richter, James" holds the words of "Mr. John Richter".
    return " ".join(str(text).replace(",", " ").casefold().split())


def _contacts_text(db) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    """Everything the imported contacts hold, as one searchable text; how many pictures
    and birthdays they have."""
    def load(session):  # type: ignore[no-untyped-def]
        texts, pictures, birthdays = [], 0, 0
        for row in list_contacts(session):
            c = get_contact(session, row.id)
            texts += [c.first_name, c.last_name, c.middle_name, c.name_prefix, c.name_suffix,
                      c.nickname, c.job_title, c.linkedin, c.notes, c.country, c.language,
                      c.company.name if c.company else None]
            texts += [e.address for e in c.emails] + [t.name for t in c.tags]
            texts += [p.number for p in c.phones] + [u.url for u in c.urls]
            texts += [u.label for u in c.urls] + [a.label for a in c.addresses]
            texts += [c.owner, c.source]
            texts += [c.company.website, c.company.city] if c.company else []
            texts += [part for a in c.addresses for part in (
                a.po_box, a.extended, a.street, a.city, a.region, a.postal_code, a.country)]
            pictures += len(c.pictures)
            birthdays += c.birthday is not None
        return " ".join(_words(t) for t in texts if t), pictures, birthdays
    return db.read(load)


def _properties(path: Path) -> list[tuple[int, str, str, object]]:
    """(card row, NAME, raw value, line) of every property of every card of the file, as
    the vCard lexer (vobject's) splits them."""
    import io

    import vobject

    from crm.io.tables import decode_text
    from crm.io.vcard import _content_line, _decode_quoted_printable, split_cards

    text, _encoding = decode_text(path.read_bytes(), path)
    cards, _unread = split_cards(text, path)
    found: list[tuple[int, str, str, object]] = []
    for row, card in cards:
        if "QUOTED-PRINTABLE" in card.upper():
            card = _decode_quoted_printable(card)
        read: list[object] = []
        for line, number in vobject.base.getLogicalLines(io.StringIO(card)):
            if line.strip():
                content = _content_line(line, number, read)
                if content is None:  # no property: the whole line is to arrive
                    found.append((row, "", line, None))
                elif not read or content is not read[-1]:
                    read.append(content)
        found += [(row, c.name.upper(), str(c.value), c) for c in read]  # type: ignore[attr-defined]
    return found


def _parts(raw: str) -> list[str]:
    """A value's parts as a person wrote them (structured values split on ; and ,)."""
    import re

    pieces = re.split(r"(?<!\\)[;,]", raw)
    return [re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), p).strip()
            for p in pieces if p.strip()]


def _arrived(part: str, held: str, held_words: set[str]) -> bool:
    said = _words(part)
    return said in held or all(word in held_words for word in said.split())


@pytest.mark.sqlite_only
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_property_of_a_third_party_vcard_arrives_or_is_reported(db, path: Path) -> None:
    from crm.io.vcard import BOOKKEEPING, BOOKKEEPING_PREFIXES

    report = db.write(import_file, path, region="BE")
    held, pictures, birthdays = _contacts_text(db)
    held_words = set(held.split())
    reported = [p for p in report.problems]
    said = _words(report.summary())
    properties = _properties(path)
    with_address = {row for row, name, _raw, _line in properties if name == "ADR"}
    lost = []
    photos = 0
    for row, name, raw, _line in properties:
        if name in BOOKKEEPING or name.startswith(BOOKKEEPING_PREFIXES) or name == "TEL":
            continue  # TEL: test_every_phone_of_a_third_party_vcard_ends_up_on_a_contact
        if name == "LABEL" and row in with_address:
            continue  # the printed form of the card's ADR
        if name in ("PHOTO", "LOGO", "KEY", "SOUND", "X-MS-CARDPICTURE") and not \
                raw.lower().startswith(("http:", "https:", "ldap:", "cid:")):
            photos += name == "PHOTO"
            if name != "PHOTO" and not any(p.row == row and p.field == name.lower()
                                           for p in reported):
                lost.append((row, name, raw[:40]))
            continue
        if name == "BDAY":
            if not birthdays and "birthday:" not in held:
                lost.append((row, name, raw))
            continue
        for part in _parts(raw):
            if name == "ADR" and (country_code(part) or "").casefold() in held_words:
                continue  # a country held as its code (the contact's country)
            if not _arrived(part, held, held_words) and _words(part) not in said:
                lost.append((row, name, part[:60]))
    assert not lost, (path.name, lost, report.summary())
    photo_problems = sum(1 for p in reported if p.field == "photo")
    assert pictures + photo_problems >= photos, (pictures, photo_problems, photos)
    # What no field holds is named in the summary.
    assert report.created + report.updated == len(read_source(path).records)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("path", CSV_FILES, ids=[p.name for p in CSV_FILES])
def test_every_cell_of_a_third_party_csv_arrives_or_is_reported(db, path: Path) -> None:
    from crm.io.headers import OUTLOOK_PLACEHOLDERS
    from crm.io.records import IGNORE, LABEL_FIELDS

    mapped = read_source(path)
    # Outlook's "Sensitivity: Normal", "Gender: Unspecified" in every row say nothing.
    placeholders = OUTLOOK_PLACEHOLDERS if mapped.dialect == "outlook" else frozenset()
    report = db.write(import_file, path, region="BE")
    assert report.skipped == 0 and report.created == len(mapped.records), report.summary()
    held, _pictures, birthdays = _contacts_text(db)
    held_words = set(held.split())
    said = _words(report.summary())
    lost = []
    for cells, number in zip(mapped.rows, [r.row for r in mapped.records], strict=False):
        for header, target, cell in zip(mapped.headers, mapped.mapping, cells, strict=False):
            if not str(cell).strip() or str(cell).strip().casefold() in placeholders or (
                    target is not None and (
                    target.field == IGNORE or target.field in LABEL_FIELDS)):
                continue
            if target is not None and target.field == "phone":
                continue  # read as phones (kept as written when they do not validate)
            if target is not None and target.field == "country" and \
                    (country_code(cell) or "").casefold() in held_words:
                continue  # held as its code
            if target is not None and target.field == "birthday":
                if not birthdays and "birthday:" not in held:
                    lost.append((number, header, cell))
                continue
            if target is not None and target.field == "tags":
                # Google's system groups ("* myContacts", "* My Contacts") are not labels.
                lost += [(number, header, part) for part in re.split(r"\s*:::\s*|[;,]", cell)
                         if part.strip() and not part.strip().startswith("*")
                         and not _arrived(part, held, held_words)]
                continue
            if not _arrived(cell, held, held_words) and _words(cell) not in said:
                lost.append((number, header, cell))
    assert not lost, (path.name, lost, report.summary())


@pytest.mark.sqlite_only
def test_photos_of_third_party_cards_are_kept_with_the_contact(db) -> None:
    import io

    from PIL import Image

    for name in ("thunderbird-v3-binary-jpeg.vcf", "vobject-photo-test.vcf",
                 "ezvcard-John_Doe_IPHONE.vcf"):
        db.write(import_file, CORPUS / name, region="BE")

    def pictures(session):  # type: ignore[no-untyped-def]
        return [(p.kind, p.media_type, p.data) for r in list_contacts(session)
                for p in get_contact(session, r.id).pictures]
    kept = db.read(pictures)
    assert len(kept) == 3
    for kind, media_type, data in kept:
        assert (kind, media_type) == ("photo", "image/jpeg")
        Image.open(io.BytesIO(data)).load()  # a whole picture, not a damaged one


@pytest.mark.sqlite_only
def test_a_thunderbird_csv_export_reads_its_own_columns(db) -> None:
    # Rows end with one delimiter more than the header has (before: every row dropped,
    # "no rows after the header"); "Primary Email" was kept in the notes, not as an email.
    report = db.write(import_file, CORPUS / "thunderbird-basic_csv_addressbook.csv")
    assert (report.created, report.skipped) == (2, 0)

    def names(session):  # type: ignore[no-untyped-def]
        return sorted((c.first_name, c.last_name, c.notes) for c in (
            get_contact(session, r.id) for r in list_contacts(session)))
    # "doe.invalid" is a domain reserved to be invalid: kept in the notes, and said.
    assert db.read(names) == [("Jane", "Doe", "Email: jane@doe.invalid"),
                              ("John", "Doe", "Email: john@doe.invalid")]
    assert "kept in the notes" in report.summary()


@pytest.mark.sqlite_only
def test_gmails_older_csv_labels_a_home_page_as_the_iphone_does(db) -> None:
    report = db.write(import_file, CORPUS / "roundcube-gmail.csv", region="BE")
    assert (report.created, report.dialect) == (1, "google")
    (row,) = db.read(list_contacts)
    contact = db.read(get_contact, row.id)
    # "Website 2 - Type: Home Page" (before: the label "home page", the iPhone's "homepage").
    assert ("https://home.page.com", "website", "homepage") in [
        (u.url, u.kind, u.label) for u in contact.urls]
    assert [e.label for e in contact.emails] == ["home", "work", None, "other"]


def test_a_utf16_card_without_a_bom_is_read(db) -> None:
    # Roundcube's test card: UTF-16 big-endian with no byte order mark, as older macOS
    # Address Books wrote them (before: "it holds binary data, not text").
    report = db.write(import_file, CORPUS / "encodings" / "roundcube-utf-16_sample.vcf")
    assert (report.created, report.skipped) == (1, 0)
    contact = db.read(get_contact, db.read(list_contacts)[0].id)
    assert (contact.first_name, contact.last_name) == ("Ǽgean", "ĽdaMonté")
    assert [(a.street, a.city, a.country) for a in contact.addresses] == [
        ("169 Mária Canal", "LaPaz", "Perú")]
