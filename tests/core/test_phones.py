"""Phone numbers where the mission is (the region chain) and numbers valid nowhere (kept as
written, not checked): what a delegate typing or importing numbers sees."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm.errors import ValidationError
from crm.services.contacts import (
    ContactFilter,
    create_contact,
    display_name,
    get_contact,
    list_contacts,
    stored_phones,
    update_contact,
)
from crm.services.exports import export_file
from crm.services.imports import import_file
from crm.services.missions import create_mission, mission_in_use, update_mission
from crm.services.phones import (
    Phone,
    UncheckedPhoneError,
    check_phone,
    phone_text,
    read_phone,
    region_chain,
    regions_for,
)
from crm.services.validation import format_phone
from tests.conftest import run_cli

HOME_BE = region_chain(home_region="BE")
US_MISSION = region_chain(mission_country="US", home_region="BE")
# Regions phonenumbers has example numbers for, a spread of the world.
REGIONS = ["US", "BE", "DE", "FR", "NL", "GB", "CH", "JP", "BR", "IN", "AU", "CA", "ES", "IT"]


def _settings(examples: int = 100) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


# --- the chain ---------------------------------------------------------------------------

def test_the_chain_is_contact_company_mission_home_each_region_once() -> None:
    chain = region_chain(contact_country="de", company_country="US", mission_country="US",
                         home_region="BE")
    assert [str(r) for r in chain] == ["DE (contact)", "US (company)", "BE (home region)"]
    # Unknown codes are left out rather than tried.
    assert [r.code for r in region_chain(contact_country="XX", home_region="BE")] == ["BE"]


def test_an_american_number_typed_the_american_way_during_the_us_mission() -> None:
    phone = read_phone("(617) 555-0101", US_MISSION)
    assert (phone.number, phone.checked, str(phone.region)) == ("+16175550101", True,
                                                                 "US (mission)")


def test_the_error_names_every_region_tried() -> None:
    with pytest.raises(UncheckedPhoneError) as caught:
        check_phone("555-01", US_MISSION)
    assert caught.value.message == ("phone: '555-01' is not a valid phone number in "
                                    "US (mission), BE (home region)")
    # What keeping it would store: the text as written, not checked.
    assert (caught.value.phone.number, caught.value.phone.checked) == ("555-01", False)


def test_a_german_number_of_a_contact_in_germany() -> None:
    chain = region_chain(contact_country="DE", mission_country="US", home_region="BE")
    assert read_phone("0351 223344", chain).number == "+49351223344"


@pytest.mark.parametrize("typed", ["+1 617 555 0101 ext. 102", "(617) 555-0101 x102",
                                   "617-555-0101;ext=102", "tel:+1-617-555-0101;ext=102",
                                   "617 555 0101 ext=102"])
def test_extensions_are_kept_apart(typed: str) -> None:
    phone = read_phone(typed, US_MISSION)
    assert (phone.number, phone.extension) == ("+16175550101", "102")
    assert phone_text(phone.number, phone.checked, phone.extension) == \
        "+1 617-555-0101 ext. 102"


def test_a_number_a_spreadsheet_stripped_of_its_plus_is_read_as_international() -> None:
    assert read_phone("32475551234", HOME_BE).number == "+32475551234"


@st.composite
def _national(draw):  # type: ignore[no-untyped-def]
    """A valid number of some region, written the national way, with its E.164 form."""
    region = draw(st.sampled_from(REGIONS))
    kind = draw(st.sampled_from([phonenumbers.PhoneNumberType.FIXED_LINE,
                                 phonenumbers.PhoneNumberType.MOBILE]))
    example = phonenumbers.example_number_for_type(region, kind) or \
        phonenumbers.example_number(region)
    text = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    return region, text, phonenumbers.format_number(example,
                                                    phonenumbers.PhoneNumberFormat.E164)


@_settings()
@given(_national(), st.sampled_from(REGIONS), st.sampled_from(REGIONS))
def test_a_national_number_is_read_in_the_first_region_where_it_is_valid(
        number, mission: str, home: str) -> None:  # type: ignore[no-untyped-def]
    region, text, e164 = number
    # The contact's own country comes first, whatever the mission and home region say.
    phone = read_phone(text, region_chain(contact_country=region, mission_country=mission,
                                          home_region=home))
    assert (phone.number, phone.checked, phone.region.code) == (e164, True, region)
    # Without it, the first region of the chain where the text is valid wins.
    chain = region_chain(mission_country=mission, home_region=home)
    expected = next((r for r in chain if phonenumbers.is_valid_number(
        phonenumbers.parse(text, r.code))), None)
    found = read_phone(text, chain)
    if expected is None:
        assert not found.checked or found.region is None
    else:
        assert found.checked and found.region == expected


@_settings(300)
@given(st.text(max_size=40).filter(lambda t: t.strip()),
       st.lists(st.sampled_from(REGIONS), max_size=4))
def test_reading_never_fails_and_keeps_what_it_cannot_check_as_written(
        text: str, regions: list[str]) -> None:
    chain = region_chain(contact_country=regions[0] if regions else None,
                         mission_country=regions[1] if len(regions) > 1 else None,
                         home_region=regions[2] if len(regions) > 2 else None)
    phone = read_phone(text, chain)
    if phone.checked:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone.number, None))
        assert phone.number == phonenumbers.format_number(
            phonenumbers.parse(phone.number, None), phonenumbers.PhoneNumberFormat.E164)
    else:
        # Nothing typed is lost: exactly the text, shown and exported as it is.
        assert phone.number == text.strip() and phone.extension is None
        assert phone_text(phone.number, False) == text.strip()


@_settings(200)
@given(st.text(alphabet="0123456789 -()./+x", min_size=1, max_size=25)
       .filter(lambda t: t.strip()))
def test_format_phone_changes_only_checked_numbers(text: str) -> None:
    phone = read_phone(text, US_MISSION)
    shown = format_phone(phone.number)
    if phone.checked:
        assert phonenumbers.format_number(phonenumbers.parse(shown, None),
                                          phonenumbers.PhoneNumberFormat.E164) == phone.number
    elif not phone.number.startswith("+") or not phone.number[1:].isdigit():
        assert shown == phone.number


# --- missions ----------------------------------------------------------------------------

def test_missions_have_a_country_and_the_one_under_way_gives_the_region(db) -> None:
    def setup(session):  # type: ignore[no-untyped-def]
        create_mission(session, name="Japan 2023", starts_on=date(2023, 4, 1),
                       ends_on=date(2023, 4, 9), country="jp")
        return create_mission(session, name="USA 2022", starts_on=date(2022, 6, 6),
                              ends_on=date(2022, 6, 10), country="US").id

    usa = db.write(setup)
    # Under way on 8 June 2022: the US one; later, the latest that started (Japan).
    assert db.read(mission_in_use, date(2022, 6, 8)).country == "US"
    assert db.read(mission_in_use, date(2024, 1, 1)).country == "JP"
    chain = db.read(lambda s: regions_for(s, home_region="BE", today=date(2022, 6, 8)))
    assert [str(r) for r in chain] == ["US (mission)", "BE (home region)"]
    with pytest.raises(ValidationError, match="country"):
        db.write(update_mission, usa, country="USA")


def test_the_sample_mission_is_in_the_us(demo_db) -> None:
    assert demo_db.read(mission_in_use).country == "US"


# --- adding and editing ------------------------------------------------------------------

def test_add_contact_reads_in_the_contact_country_then_its_company(db) -> None:
    def add(session):  # type: ignore[no-untyped-def]
        from crm.services.companies import create_company

        create_company(session, name="Dresden Bio", country="DE")
        by_company = create_contact(session, first_name="Hans", company="Dresden Bio",
                                    phones=["0351 223344"])
        by_country = create_contact(session, first_name="Grete", country="DE",
                                    phones=["0351 223345"])
        return [p.number for p in by_company.phones + by_country.phones]

    assert db.write(add) == ["+49351223344", "+49351223345"]


def test_a_phone_valid_nowhere_is_refused_unless_the_user_keeps_it(db) -> None:
    with pytest.raises(UncheckedPhoneError, match="in BE \\(home region\\)"):
        db.write(create_contact, first_name="A", phones=["12-34"])
    kept = db.write(lambda s: get_contact(s, create_contact(
        s, first_name="A", phones=[("12-34", "work")], keep_unchecked=True).id))
    assert [(p.number, p.checked, p.label) for p in kept.phones] == [
        ("12-34", False, "work")]


def test_editing_re_reads_an_unchecked_number_in_the_new_country(db) -> None:
    contact_id = db.write(lambda s: create_contact(
        s, first_name="Hans", phones=["0351 223344"], keep_unchecked=True, region="US").id)
    before = db.read(lambda s: stored_phones(get_contact(s, contact_id)))
    assert [(p.number, p.checked) for p in before] == [("0351 223344", False)]
    # Given back unchanged (as the editor does) after the country is set: now checked.
    db.write(update_contact, contact_id, country="DE", phones=before, region="US")
    after = db.read(lambda s: get_contact(s, contact_id).phones)
    assert [(p.number, p.checked) for p in after] == [("+49351223344", True)]
    # Still valid nowhere: kept as it was, not refused.
    db.write(update_contact, contact_id, phones=[Phone("12", False)])
    assert [(p.number, p.checked) for p in db.read(
        lambda s: get_contact(s, contact_id).phones)] == [("12", False)]


def test_people_without_a_name_are_kept_and_listed_as_no_name(db) -> None:
    db.write(create_contact, emails=["ann@x.example.com"])
    db.write(create_contact, first_name="Named", emails=["b@x.example.com"])
    with pytest.raises(ValidationError, match="name"):
        db.write(create_contact, first_name=" ", tags=["vip"])
    nameless = db.read(list_contacts, ContactFilter(no_name=True))
    assert [(r.email, display_name(r.first_name, r.last_name, r.email, r.phone))
            for r in nameless] == [("ann@x.example.com", "(no name) ann@x.example.com")]
    # Searchable by what there is.
    assert [r.email for r in db.read(list_contacts, ContactFilter(search="ann@x"))] == [
        "ann@x.example.com"]


# --- the command line --------------------------------------------------------------------

def test_cli_add_contact_with_the_demo_mission_stores_plus_one(db_path: Path) -> None:
    assert run_cli("demo", db=db_path).returncode == 0
    added = run_cli("add", "contact", "--first", "Ann", "--last", "Lee", "--phone",
                    "(617) 555-0101", "--json", db=db_path)
    assert added.returncode == 0, added.stderr
    contact = json.loads(added.stdout)
    assert contact["name"] == "Ann Lee"
    assert [(p["number"], p["checked"], p["read_in"]) for p in contact["phones"]] == [
        ("+16175550101", True, "US (mission)")]
    assert "read in US (mission): +1 617-555-0101" in added.stderr


def test_cli_country_applies_without_any_mission(db_path: Path) -> None:
    refused = run_cli("add", "contact", "--first", "Ann", "--phone", "(617) 555-0101",
                      db=db_path)
    assert refused.returncode == 2
    assert "not a valid phone number in BE (home region)" in refused.stderr
    assert "--keep-as-written" in refused.stderr
    added = run_cli("add", "contact", "--first", "Ann", "--country", "US", "--phone",
                    "(617) 555-0101", "--json", db=db_path)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["phones"][0]["number"] == "+16175550101"
    kept = run_cli("add", "contact", "--email", "x@y.example.com", "--phone", "12",
                   "--keep-as-written", db=db_path)
    assert kept.returncode == 0 and "kept as written" in kept.stderr
    listed = run_cli("list", "contacts", "--no-name", "--json", db=db_path)
    assert [c["name"] for c in json.loads(listed.stdout)] == ["(no name) x@y.example.com"]


# --- importing ---------------------------------------------------------------------------

def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_keeps_numbers_valid_nowhere_searchable_and_exported_as_written(
        db, tmp_path: Path) -> None:
    sheet = _write(tmp_path, "people.csv",
                   "First name,Last name,Country,Phone,Mobile\n"
                   "Hans,Weber,Germany,0351 223344,0170 1234567\n"
                   "Ann,Lee,,(617) 555-0101 x102,call 555 01 99\n")
    report = db.write(import_file, sheet, region="BE")
    assert (report.created, report.skipped, report.unchecked_phones) == (2, 0, 2)
    # A warning, not a dropped value.
    warnings = [str(p) for p in report.problems]
    assert warnings == [
        "row 3, phone: '(617) 555-0101 x102' is not a valid phone number in BE (home "
        "region); kept as written, not checked",
        "row 3, phone: 'call 555 01 99' is not a valid phone number in BE (home region); "
        "kept as written, not checked"]
    hans = db.read(list_contacts, ContactFilter(search="Weber"))[0]
    assert db.read(lambda s: [(p.number, p.label, p.checked) for p in get_contact(
        s, hans.id).phones]) == [("+49351223344", None, True), ("+491701234567", "mobile", True)]
    # Found by the digits as written.
    assert [r.last_name for r in db.read(list_contacts, ContactFilter(search="555 01 99"))] \
        == ["Lee"]
    out = tmp_path / "out.csv"
    db.read(export_file, out)
    assert "call 555 01 99" in out.read_text(encoding="utf-8-sig")


def test_import_reads_national_numbers_where_the_mission_is(demo_db, tmp_path: Path) -> None:
    sheet = _write(tmp_path, "booth.csv", "Name,Phone\nAnn Lee,(617) 555-0101\n")
    report = demo_db.write(import_file, sheet, region="BE")
    assert report.problems == []
    ann = demo_db.read(list_contacts, ContactFilter(search="Ann Lee"))[0]
    assert ann.phone == "+16175550101"


def test_a_vcard_address_in_germany_reads_its_numbers_there(db, tmp_path: Path) -> None:
    card = _write(tmp_path, "dresden.vcf",
                  "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weber;Hans;;;\r\nFN:Hans Weber\r\n"
                  "ADR;TYPE=WORK:;;Tatzberg 47;Dresden;;01307;Germany\r\n"
                  "TEL;TYPE=WORK,VOICE:0351 223344\r\nTEL;TYPE=CELL:0170 1234567\r\n"
                  "TEL;TYPE=WORK,FAX:0351 223399\r\nEND:VCARD\r\n")
    db.write(import_file, card, region="BE")
    hans = db.read(list_contacts, ContactFilter(search="Weber"))[0]
    assert db.read(lambda s: [(p.number, p.label) for p in get_contact(s, hans.id).phones]) \
        == [("+49351223344", "work"), ("+491701234567", "mobile"), ("+49351223399", "fax")]


def test_email_only_and_phone_only_people_are_imported_without_a_name(
        db, tmp_path: Path) -> None:
    cards = _write(tmp_path, "android.vcf",
                   "BEGIN:VCARD\r\nVERSION:2.1\r\nEMAIL;HOME:ann@x.example.com\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;CELL:+32 475 55 12 34\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Peeters;Anna;;;\r\nEND:VCARD\r\n")
    report = db.write(import_file, cards)
    assert (report.created, report.skipped, report.nameless) == (3, 0, 2)
    assert "2 contacts without a name are kept" in report.summary()
    names = sorted(display_name(r.first_name, r.last_name, r.email, r.phone)
                   for r in db.read(list_contacts, ContactFilter(no_name=True)))
    # Names are never made up from the address.
    assert names == ["(no name) +32475551234", "(no name) ann@x.example.com"]


def test_a_file_where_nothing_can_be_imported_exits_2_and_says_why(
        db_path: Path, tmp_path: Path) -> None:
    sheet = _write(tmp_path, "companies.csv", "Company,Job title\nAcme,CEO\nBeta,CTO\n")
    result = run_cli("import", str(sheet), db=db_path)
    assert result.returncode == 2
    line = result.stderr.strip()
    assert "\n" not in line and str(sheet) in line
    assert "nothing could be imported: every row was skipped (2 row(s))" in line
    assert "row 2, name: row has no name, and no valid email or phone" in line
    assert run_cli("import", str(sheet), "--dry-run", db=db_path).returncode == 2


def test_looks_like_finds_a_number_typed_the_way_of_the_mission_country(demo_db) -> None:
    from crm.services.duplicates import similar_contacts

    # A demo contact has +1 617 555 0100; typed nationally during the US mission.
    found = demo_db.read(lambda s: similar_contacts(s, "Someone", "Else", [],
                                                    ["(617) 555-0100"], None, region="BE",
                                                    min_score=0))
    assert [(m.name, m.reasons) for m in found] == [("Ava Whitfield", ("same phone",))]
