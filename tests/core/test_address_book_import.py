"""What address books write, read field by field: vCards from iPhone (3.0) and a vCard 4.0
card, with addresses, birthdays, nickname, name parts, typed phones with extensions, websites
and social profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm.services.contacts import get_contact, list_contacts
from crm.services.imports import import_file

IPHONE = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:Dupont;Jean;Marie;Dr.;PhD
FN:Dr. Jean Marie Dupont PhD
NICKNAME:Jeannot
ORG:Acme Bio;
TEL;type=WORK;type=VOICE;type=pref:+1 (418) 555-0100 ext. 102
TEL;type=CELL:+32 475 55 12 34
item1.ADR;type=WORK;type=pref:;Floor 3;100 Market St;Philadelphia;PA;19104;USA
item1.X-ABADR:us
item2.ADR:;;Rue Haute 1;Bruxelles;;1000;Belgique
item2.X-ABLabel:_$!<Home>!$_
item3.URL;type=pref:https://acme.example.com
item3.X-ABLabel:_$!<HomePage>!$_
X-SOCIALPROFILE;type=twitter:https://twitter.com/jdupont
BDAY;X-APPLE-OMIT-YEAR=1604:1604-06-15
END:VCARD
"""

VCARD4 = """BEGIN:VCARD
VERSION:4.0
N:Peeters;An;;;
FN:An Peeters
BDAY:19800229
TEL;VALUE=uri;TYPE=work:tel:+1-418-555-0101;ext=7
ADR;TYPE=home:PO 12;;Rue Haute 2;Bruxelles;;1000;Belgium
URL;TYPE=work:www.peeters.example.be
END:VCARD
"""


@pytest.mark.sqlite_only
def test_iphone_and_vcard_4_cards_keep_every_field(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cards.vcf"
    path.write_text(IPHONE + VCARD4, encoding="utf-8")
    report = db.write(import_file, path)
    assert (report.created, report.skipped, report.problems) == (2, 0, [])
    people = {r.last_name: db.read(get_contact, r.id) for r in db.read(list_contacts)}
    jean = people["Dupont"]
    assert (jean.first_name, jean.middle_name, jean.name_prefix, jean.name_suffix,
            jean.nickname, jean.birthday) == ("Jean", "Marie", "Dr.", "PhD", "Jeannot",
                                              "--06-15")
    assert [(p.number, p.label, p.extension) for p in jean.phones] == [
        ("+14185550100", "work", "102"), ("+32475551234", "mobile", None)]
    assert [(a.label, a.extended, a.street, a.city, a.region, a.postal_code, a.country)
            for a in jean.addresses] == [
        ("work", "Floor 3", "100 Market St", "Philadelphia", "PA", "19104", "USA"),
        ("home", None, "Rue Haute 1", "Bruxelles", None, "1000", "Belgique")]
    assert jean.country == "US"  # from its first address
    assert [(u.url, u.kind, u.label) for u in jean.urls] == [
        ("https://acme.example.com", "website", "homepage"),
        ("https://twitter.com/jdupont", "social", "twitter")]
    an = people["Peeters"]
    assert an.birthday == "1980-02-29"
    assert [(p.number, p.label, p.extension) for p in an.phones] == [
        ("+14185550101", "work", "7")]
    assert [(a.po_box, a.street, a.country) for a in an.addresses] == [
        ("PO 12", "Rue Haute 2", "Belgium")]
    assert [(u.url, u.kind, u.label) for u in an.urls] == [
        ("https://www.peeters.example.be", "website", "work")]


@pytest.mark.sqlite_only
def test_a_birthday_that_does_not_read_stays_in_the_notes(
        db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.csv"
    path.write_text("First Name,Last Name,Birthday\nAnn,Lee,the 31st of June\n",
                    encoding="utf-8")
    report = db.write(import_file, path)
    assert {(p.field, p.reason.split(";")[-1].strip()) for p in report.problems} >= {
        ("birthday", "kept in the notes")}
    ann = db.read(get_contact, db.read(list_contacts)[0].id)
    assert ann.birthday is None
    assert "Birthday: the 31st of June" in ann.notes


@pytest.mark.sqlite_only
def test_revert_takes_back_the_addresses_an_import_added(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import create_contact
    from crm.services.imports import revert_last_import

    contact = db.write(create_contact, first_name="Ann", last_name="Lee",
                       emails=["ann@lee.example"], nickname="Annie")
    path = tmp_path / "google.csv"
    path.write_text("First Name,Last Name,Nickname,E-mail 1 - Value,Address 1 - Label,"
                    "Address 1 - City,Website 1 - Value\n"
                    "Ann,Lee,Nan,ann@lee.example,Home,Gent,https://lee.example.be\n",
                    encoding="utf-8")
    report = db.write(import_file, path)
    assert report.updated == 1
    updated = db.read(get_contact, contact.id)
    assert (updated.nickname, [a.city for a in updated.addresses],
            [u.url for u in updated.urls]) == ("Nan", ["Gent"], ["https://lee.example.be"])
    db.write(revert_last_import)
    back = db.read(get_contact, contact.id)
    assert (back.nickname, back.addresses, back.urls) == ("Annie", [], [])


# A phone's address book holds businesses too: Apple marks them (X-ABShowAs:COMPANY), other
# programs write the company's name as the card's name, with no N.
BUSINESSES = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:;;;;
FN:Pizzeria Da Marco
ORG:Pizzeria Da Marco;
TEL;type=WORK;type=VOICE;type=pref:+32 2 512 34 56
X-ABShowAs:COMPANY
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:;;;;
FN:Boston Biotech Shuttle
TEL;type=WORK:+1 617 555 0199
X-ABShowAs:COMPANY
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Acme Biotech
ORG:Acme Biotech
EMAIL;type=INTERNET;type=WORK:info@acme.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Marie Dupont
ORG:Acme Biotech
EMAIL;type=INTERNET:marie@acme.example
END:VCARD
"""


@pytest.mark.sqlite_only
def test_a_business_card_keeps_its_name_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "address-book.vcf"
    path.write_text(BUSINESSES, encoding="utf-8")
    report = db.write(import_file, path)
    assert (report.created, report.skipped) == (4, 0)
    names = {(r.first_name, r.last_name, r.company) for r in db.read(list_contacts)}
    # Before: "Pizzeria Da" "Marco", "Boston Biotech" "Shuttle", "Acme" "Biotech".
    assert names == {("", "Pizzeria Da Marco", "Pizzeria Da Marco"),
                     ("", "Boston Biotech Shuttle", None),
                     ("", "Acme Biotech", "Acme Biotech"),
                     # A person's name without N is still split.
                     ("Marie", "Dupont", "Acme Biotech")}
    notes = [db.read(get_contact, r.id).notes for r in db.read(list_contacts)]
    assert not any(n and "Full name" in n for n in notes)


@pytest.mark.sqlite_only
def test_a_row_named_as_its_company_keeps_its_name_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "outlook.csv"
    path.write_text("Name,Company,E-mail Address\n"
                    "Flanders Investment & Trade,Flanders Investment & Trade,info@fit.example\n"
                    "Jan Peeters,Flanders Investment & Trade,jan@fit.example\n",
                    encoding="utf-8")
    db.write(import_file, path)
    assert {(r.first_name, r.last_name) for r in db.read(list_contacts)} == {
        ("", "Flanders Investment & Trade"), ("Jan", "Peeters")}


@pytest.mark.sqlite_only
def test_a_business_exported_as_a_vcard_is_shown_as_one(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm.services.exports import export_file

    path = tmp_path / "address-book.vcf"
    path.write_text(BUSINESSES, encoding="utf-8")
    db.write(import_file, path)
    out = tmp_path / "out.vcf"
    db.read(export_file, out)
    cards = out.read_text(encoding="utf-8").split("END:VCARD")
    business = [c for c in cards if "X-ABSHOWAS:COMPANY" in c]
    # Apple's Contacts shows the company's own entries as businesses; people stay people.
    assert sorted("FN:Acme Biotech" in c or "FN:Pizzeria Da Marco" in c for c in business) \
        == [True, True]
    assert not any("FN:Marie Dupont" in c for c in business)
