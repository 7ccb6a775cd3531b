"""vCards written by other programs (iPhone, macOS Contacts, Android, Outlook 2003/2007,
Evolution, Thunderbird, Gmail, Lotus Notes, BlackBerry; tests/fixtures/thirdparty/README.md
says where each comes from): imported with no silent loss."""

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
# A property line of a TEL (after unfolding), whatever its group: "item1.TEL;type=CELL:".
_TEL = re.compile(r"^(?:[A-Za-z0-9-]+\.)?TEL[;:]", re.IGNORECASE | re.MULTILINE)


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
def test_an_iphone_card_with_cr_cr_lf_line_endings(db, tmp_path: Path) -> None:
    data = (CORPUS / "ezvcard-John_Doe_IPHONE.vcf").read_bytes()
    damaged = tmp_path / "iphone-crcrlf.vcf"
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


@pytest.mark.sqlite_only
def test_the_rfc_6350_extension(db) -> None:
    db.write(import_file, CORPUS / "ezvcard-rfc6350-example.vcf")
    assert ("+14186569254", "102", True) in _stored(db)[0][1]
