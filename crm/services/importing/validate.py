"""Validate stage: a ContactRecord as a Person ready to write, each value normalised (emails,
phones in E.164, countries, dates ...), with a Problem for every value dropped.

Nothing a person gave is dropped for want of a format: a phone valid in none of the contact's
regions (crm.services.phones) is kept as written, not checked, with a warning; a person with
an email or a phone but no name is kept without one (listed as "(no name)")."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import product
from typing import Any

from crm.errors import ValidationError
from crm.i18n import _
from crm.io.names import name_parts
from crm.io.records import ContactRecord
from crm.services.addressbook import (
    Address,
    WebAddress,
    address_from,
    normalize_birthday,
    web_address,
)
from crm.services.importing.report import Problem
from crm.services.importing.text import clip, printable, stored_label
from crm.services.limits import column_limit
from crm.services.phones import MAX_NUMBER, Phone, read_phone, region_chain, unchecked_message
from crm.services.validation import (
    clean_text,
    email_key,
    normalize_email,
    normalize_lawful_basis,
    normalize_priority,
)

# Where each imported field is stored: its limit is that column's (crm.services.limits),
# a longer value would not fit on PostgreSQL.
_COLUMN = {"company": ("company", "name"), "company_kind": ("company", "kind"),
           "company_city": ("company", "city"), "company_website": ("company", "website")}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
# Text fields of the contact taken as they are (within their column's size).
_TEXT_FIELDS = ("job_title", "linkedin", "language", "owner", "source", "lawful_basis_note",
                "middle_name", "name_prefix", "name_suffix", "nickname")
# A number written with its extension ("ext. 102", "x102", ";ext=102") has a letter or ";".
_MAX_TAG = column_limit("tag", "name") or 80


@dataclass
class Person:
    """A record that passed validation: ready to insert or to merge into a contact."""

    row: int
    id: uuid.UUID | None
    first_name: str
    last_name: str
    fields: dict[str, Any]
    emails: list[tuple[str, str | None]]
    phones: list[Phone]
    company: str | None
    company_fields: dict[str, Any]
    tags: list[str]
    sessions: list[str]
    notes: str | None
    # (day, summary) of what happened before the import: LinkedIn's "Connected On".
    interactions: list[tuple[date, str]] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    urls: list[WebAddress] = field(default_factory=list)
    # Pictures of the person (a vCard's PHOTO): (bytes, media type, kind).
    pictures: list[tuple[bytes, str, str]] = field(default_factory=list)
    target: uuid.UUID | None = None  # the existing contact it updates
    merged_into: Person | None = None  # an earlier row of the same file, same person


class _RowProblems:
    """The problems of one row, added to the import's list as they are found."""

    def __init__(self, row: int, problems: list[Problem]):
        self.row = row
        self.problems = problems

    def add(self, name: str, reason: str) -> None:
        self.problems.append(Problem(self.row, name, reason))

    def dropped(self, name: str, error: ValidationError) -> None:
        """A value a validator refused: its reason, without the field name it starts with."""
        self.add(name, _("{reason}; not imported")
                       .format(reason=clip(error.message.split(': ', 1)[-1], 200)))

    def fits(self, name: str, value: str | None) -> str | None:
        """``value``, or None (and a problem) when it is too long for its column."""
        table, column = _COLUMN.get(name, ("contact", name))
        limit = column_limit(table, column)
        if value is not None and limit is not None and len(value) > limit:
            self.add(name, _("{length} characters, longer than the {limit} that fit; "
                             "not imported").format(length=len(value), limit=limit))
            return None
        return value


@dataclass
class PhoneMemo:
    """Where an import reads national numbers besides each contact's own country: the
    mission's country, the home region and the countries of the companies already known
    (by company_key); and each number read once per chain (numbers repeat in a file)."""

    mission_country: str | None = None
    company_countries: dict[str, str] = field(default_factory=dict)
    read: dict[tuple[str, tuple[object, ...]], Phone] = field(default_factory=dict)


def validate_record(record: ContactRecord, *, region: str, owner: str | None,
                    source: str | None, problems: list[Problem],
                    phone_memo: PhoneMemo) -> Person | None:
    """A record as a Person, with a Problem for every value dropped; None when the row
    cannot become a contact at all (it is then counted as skipped). ``source`` (with
    ``owner``) fills those fields where the file leaves them out; None keeps the file's.
    ``region`` is the home region, last of the regions a national phone is read in."""
    values = _present_values(record)
    row = _RowProblems(record.row, problems)
    names = _names(record, values, row)
    if names is None:
        return None
    kept: list[str] = []
    emails = _emails(record.emails, row, kept)
    for name, reason in record.passed_over:
        row.add(name, reason)
    fields = _contact_fields(values, row)
    # A file of ours says the contact's country itself; another program's may only say it
    # in an address.
    addresses = _addresses(record.addresses, fields, row, derive=source is not None)
    if source is not None:
        _company_place(values, addresses)
    if fields.get("country"):
        # The contact's country (the file's, or its address's): national numbers are read there.
        values["country"] = fields["country"]
    phones = _phones(record.phones, _regions(values, region, phone_memo), phone_memo, row)
    urls = _urls(record.urls, fields, row, kept)
    _birthday(values, fields, row, kept)
    _full_name(values, names, fields, row, kept)
    if not names[0] and not names[1] and not emails and not phones \
            and not fields.get("linkedin"):
        if record.emails or record.phones or values:
            row.add("name", _("row has no name, and no valid email or phone; row skipped"))
        else:
            row.add("name", _("empty row; a name, an email or a phone is required; "
                              "row skipped"))
        return None
    if source is not None:
        fields.setdefault("owner", clean_text(owner))
        fields.setdefault("source", source)
    company = row.fits("company", values.get("company"))
    company_fields = {"kind": row.fits("company_kind", values.get("company_kind")),
                      "country": values.get("company_country"),
                      "city": row.fits("company_city", values.get("company_city")),
                      "website": row.fits("company_website", values.get("company_website"))}
    tags = _tags(record.tags, row)
    return Person(row=record.row, id=_contact_id(values, row), first_name=names[0],
                  last_name=names[1], fields=fields, emails=emails, phones=phones,
                  company=company, company_fields=company_fields, tags=tags,
                  sessions=[s for s in record.sessions if s.strip()],
                  notes=_notes(record, kept), interactions=_connection(values, row),
                  addresses=addresses, urls=urls,
                  pictures=list(dict.fromkeys(record.pictures)))


def _present_values(record: ContactRecord) -> dict[str, str]:
    """The record's values that hold something, without control characters."""
    values = {}
    for key, raw_value in record.values.items():
        value = printable(raw_value).strip() if raw_value else ""
        if value:
            values[key] = value
    return values


def _name_words(text: str) -> str:
    return " ".join(text.replace(",", " ").casefold().split())


def _full_name(values: dict[str, str], names: tuple[str, str], fields: dict[str, Any],
               row: _RowProblems, kept: list[str]) -> None:
    """A full name ("Display Name", a vCard's FN) that the name parts do not give back
    ("contact number one" for "contact" "one") is kept in the notes, and said."""
    full = values.get("full_name")
    first, last = names
    if not full or not (first or last):
        return
    prefix, middle, suffix = (fields.get(k) or "" for k in ("name_prefix", "middle_name",
                                                            "name_suffix"))
    said = {_name_words(full)}
    nickname = fields.get("nickname")
    if nickname:
        # 'Robert "Bob" Smith': the nickname in its quotes or brackets.
        said.add(_name_words(re.sub(r"""[("'“]\s*""" + re.escape(nickname) + r"""\s*[)"'”]""",
                                    " ", full)))
    # Written with or without the title, middle name and suffix, given or family name first.
    for with_prefix, with_middle, with_suffix in product((True, False), repeat=3):
        given = [prefix if with_prefix else "", first, middle if with_middle else ""]
        tail = suffix if with_suffix else ""
        if said & {_name_words(" ".join([*given, last, tail])),
                   _name_words(" ".join([last, *given, tail]))}:
            return
    row.add("full_name", _("'{value}' is not the first and last names; kept in the notes")
                         .format(value=clip(full, 40)))
    kept.append(f"Full name: {full}")


def _names(record: ContactRecord, values: dict[str, str],
           row: _RowProblems) -> tuple[str, str] | None:
    """(first, last) names, or None (and the reason) when the row has no usable name."""
    first = values.get("first_name", "")
    last = values.get("last_name", "")
    full = values.get("full_name")
    if not first and not last and full:
        # An organisation's own card (or row: its name is its company's) keeps its name whole.
        if record.whole_name or _name_words(full) == _name_words(values.get("company", "")):
            last = full
        else:
            # "Dr. Marie-Claire van der Berg PhD", "Peeters, Jan" (crm.io.names); one word
            # is the family name.
            parts = name_parts(full)
            first, last = (parts.first, parts.last) if parts.last else ("", parts.first)
            for key, value in (("name_prefix", parts.prefix), ("name_suffix", parts.suffix),
                               ("nickname", parts.nickname)):
                if value:
                    values.setdefault(key, value)
    for name, value in (("first_name", first), ("last_name", last)):
        limit = column_limit("contact", name)
        if limit is not None and len(value) > limit:
            # A person without their name would be a wrong record: the row waits for a fix.
            row.add(name, _("{length} characters, longer than the {limit} that fit; "
                            "row skipped").format(length=len(value), limit=limit))
            return None
    # No name at all is not a reason to skip: validate_record keeps whoever has an email,
    # a phone or a profile, with empty names (never made up from the email address).
    return first, last


# The plain ASCII addresses nearly every file holds; anything else goes to email_validator.
_SIMPLE_EMAIL = re.compile(
    r"^(?=.{6,254}$)(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
    r"(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")
# Domains email_validator refuses even without a deliverability check (RFC 6761 and co).
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def fast_email(raw: str) -> str:
    """``normalize_email``, with a fast path giving the same result for plain ASCII
    addresses (email_validator costs ~70 µs an address: seconds on a large file)."""
    candidate = raw.strip()
    if _SIMPLE_EMAIL.match(candidate):
        local, _at, domain = candidate.rpartition("@")
        lowered = domain.lower()
        # "--" (punycode and reserved labels) is left to email_validator's IDNA rules.
        if lowered.rsplit(".", 1)[-1] not in _SPECIAL_TLDS and "--" not in lowered:
            return f"{local}@{lowered}"
    return normalize_email(candidate)


def _emails(raw_emails: list[tuple[str, str | None]], row: _RowProblems,
            kept: list[str]) -> list[tuple[str, str | None]]:
    """Valid addresses, each once (any case), with their labels; the others are kept in
    the notes (``kept``), as written."""
    emails: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for raw, label in raw_emails:
        try:
            address = fast_email(raw)
        except ValidationError:
            row.add("email", _("'{value}' is not a valid email address; kept in the notes")
                             .format(value=clip(raw, 80)))
            kept.append(f"Email: {printable(raw).strip()}")
            continue
        if email_key(address) not in seen:
            seen.add(email_key(address))
            emails.append((address, stored_label(label)))
    return emails


def _regions(values: dict[str, str], home_region: str, memo: PhoneMemo) -> tuple:
    """The region chain of one record: its country, its company's (the file's, else the
    known company's), the mission's, the home region. ``values`` holds ISO codes already."""
    company_country = values.get("company_country")
    if not company_country and values.get("company"):
        from crm.services.importing.match import company_key

        company_country = memo.company_countries.get(company_key(values["company"]))
    return region_chain(contact_country=values.get("country"),
                        company_country=company_country,
                        mission_country=memo.mission_country, home_region=home_region)


def _phones(raw_phones: list[tuple[str, str | None]], regions: tuple, memo: PhoneMemo,
            row: _RowProblems) -> list[Phone]:
    """Each number once, with its label: checked (E.164) where valid in ``regions``, else
    as written, not checked, and a warning saying where it was tried."""
    phones: list[Phone] = []
    for raw, label in raw_phones:
        text = raw.strip()
        if not text:
            continue
        if len(text) > MAX_NUMBER:
            row.add("phone", _("'{value}' is longer than {limit} characters; not imported")
                    .format(value=clip(text, 40), limit=MAX_NUMBER))
            continue
        key = (text, regions)
        phone = memo.read.get(key)
        if phone is None:
            phone = memo.read[key] = read_phone(text, regions)
        if not phone.checked:
            reason = unchecked_message(text, regions).split(": ", 1)[-1]
            row.add("phone", _("{reason}; kept as written, not checked").format(
                reason=clip(reason, 200)))
        if all((p.number, p.extension) != (phone.number, phone.extension) for p in phones):
            phones.append(phone.with_label(stored_label(label)))
    return phones


def _addresses(raw_addresses: list[dict[str, str]], fields: dict[str, Any],
               row: _RowProblems, derive: bool) -> list[Address]:
    """The postal addresses, each once. An address of a country alone is the contact's
    country (what our Google and Outlook exports write for a contact without an address);
    without a country of its own, the contact takes that of its first address."""
    addresses: list[Address] = []
    for raw in raw_addresses:
        try:
            address = address_from({k: printable(v) for k, v in raw.items()})
        except ValidationError as exc:
            row.dropped("address", exc)
            continue
        if address is None or address in addresses:
            continue
        code = _country(address.country) if address.country else None
        if code and not any(getattr(address, p) for p in (
                "po_box", "extended", "street", "city", "region", "postal_code")):
            fields.setdefault("country", code)
            continue
        addresses.append(address)
    for address in addresses if derive else ():
        code = _country(address.country) if address.country else None
        if code:
            fields.setdefault("country", code)
            break
    return addresses


def _company_place(values: dict[str, str], addresses: list[Address]) -> None:
    """A work address tells where the company is when the file says nothing else
    (Outlook's business address is all it has)."""
    work = next((a for a in addresses if a.label == "work"), None)
    if work is None or not values.get("company"):
        return
    if work.city and not values.get("company_city"):
        values["company_city"] = work.city
    code = _country(work.country) if work.country else None
    if code and not values.get("company_country"):
        values["company_country"] = code


def _urls(raw_urls: list[tuple[str, str | None, str | None]], fields: dict[str, Any],
          row: _RowProblems, kept: list[str]) -> list[WebAddress]:
    """The web addresses, each once; a LinkedIn profile among them (Google keeps it as a
    website) is the contact's LinkedIn. One that is not a web address stays in the notes."""
    urls: list[WebAddress] = []
    for raw, kind, label in raw_urls:
        text = printable(raw).strip()
        if not text:
            continue
        if "linkedin." in text.lower() and not fields.get("linkedin"):
            fields["linkedin"] = row.fits("linkedin", text)
            continue
        if (label or "").lower() == "profile":
            kind, label = kind or "social", None
        try:
            url = web_address(text, kind if kind in ("website", "social") else None, label)
        except ValidationError as exc:
            row.add("url", _("{reason}; kept in the notes").format(
                reason=clip(exc.message.split(": ", 1)[-1], 200)))
            kept.append(f"Website: {text}")
            continue
        if all(u.url != url.url for u in urls):
            urls.append(url)
    return urls


def _birthday(values: dict[str, str], fields: dict[str, Any], row: _RowProblems,
              kept: list[str]) -> None:
    raw = values.get("birthday")
    # Outlook writes "0/0/00" for no birthday.
    if not raw or not raw.strip("0/-. "):
        return
    try:
        fields["birthday"] = normalize_birthday(raw)
        return
    except ValidationError:
        pass
    day = parse_day(raw)
    if day is not None:
        fields["birthday"] = day.isoformat()
        return
    row.add("birthday", _("'{value}' is not a date (YYYY-MM-DD, or --MM-DD without the "
                          "year); kept in the notes").format(value=clip(raw, 20)))
    kept.append(f"Birthday: {raw}")


@lru_cache(maxsize=1024)
def _country(raw: str) -> str | None:
    # A file names a handful of countries, over and over.
    from crm.io.countries import country_code

    return country_code(raw)


def parse_day(raw: str) -> date | None:
    """A date written YYYY-MM-DD (a time may follow), DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY."""
    text = raw.strip()[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", raw.strip()) else raw.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _contact_fields(values: dict[str, str], row: _RowProblems) -> dict[str, Any]:
    """The contact's own columns (job title, country, lawful basis ...) that are valid.
    The countries of ``values`` (the contact's and its company's) become ISO codes."""
    fields: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        if name in values:
            fields[name] = row.fits(name, values[name])
    for name in ("country", "company_country"):
        if name in values:
            code = _country(values[name])
            if code is None:
                row.add(name, _("'{value}' is not a known country; not imported")
                              .format(value=clip(values[name], 40)))
            values[name] = code  # type: ignore[assignment]
    if values.get("country"):
        fields["country"] = values["country"]
    if "lawful_basis" in values:
        try:
            fields["lawful_basis"] = normalize_lawful_basis(values["lawful_basis"])
        except ValidationError as exc:
            row.dropped("lawful_basis", exc)
    if "lawful_basis_on" in values:
        day = parse_day(values["lawful_basis_on"])
        if day is None:
            row.add("lawful_basis_on", _("'{value}' is not a date (YYYY-MM-DD or DD/MM/YYYY); "
                                         "not imported")
                                       .format(value=clip(values['lawful_basis_on'], 20)))
        else:
            fields["lawful_basis_on"] = day
    if "priority" in values:
        try:
            fields["priority"] = normalize_priority(values["priority"])
        except ValidationError as exc:
            row.dropped("priority", exc)
    return {k: v for k, v in fields.items() if v is not None}


_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
     ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
     ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$")
CONNECTED_SUMMARY = "Connected on LinkedIn"


def parse_connection_day(raw: str) -> date | None:
    """LinkedIn's "08 Jun 2022" (English month names whatever the locale), else the dates
    parse_day reads."""
    found = _DAY_MONTH_YEAR.match(raw.strip())
    if found is None:
        return parse_day(raw)
    month = _MONTHS.get(found.group(2).lower())
    try:
        return date(int(found.group(3)), month, int(found.group(1))) if month else None
    except ValueError:
        return None


def _connection(values: dict[str, str], row: _RowProblems) -> list[tuple[date, str]]:
    """The LinkedIn connection as an interaction of that day, when the record has one."""
    raw = values.get("connected_on")
    if not raw:
        return []
    day = parse_connection_day(raw)
    if day is None:
        row.add("connected_on", _("'{value}' is not a date (such as 08 Jun 2022); not recorded")
                                .format(value=clip(raw, 20)))
        return []
    return [(day, CONNECTED_SUMMARY)]


def _tags(raw_tags: list[str], row: _RowProblems) -> list[str]:
    tags = []
    for tag in raw_tags:
        clean = " ".join(printable(tag).split())
        if len(clean) > _MAX_TAG:
            row.add("tags", _("'{value}...' is longer than {max_tag} characters; not imported")
                            .format(value=clip(clean, 20), max_tag=_MAX_TAG))
        elif clean:
            tags.append(clean)
    return tags


def _notes(record: ContactRecord, kept: list[str] = ()) -> str | None:  # type: ignore[assignment]
    """The record's notes, then its unmapped columns as ``Header: value`` lines, then the
    values that could not be stored in their field (``kept``)."""
    notes = [printable(n) for n in record.notes]
    if kept:
        notes.append("\n".join(kept))
    if record.extra:
        notes.append(printable("\n".join(f"{k}: {v}" for k, v in record.extra.items())))
    return "\n".join(notes).strip() or None


def _contact_id(values: dict[str, str], row: _RowProblems) -> uuid.UUID | None:
    if not values.get("id"):
        return None
    try:
        return uuid.UUID(values["id"])
    except ValueError:
        row.add("id", _("'{value}' is not an id of ours; ignored")
                      .format(value=clip(values['id'], 40)))
        return None
