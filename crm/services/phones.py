"""Phone numbers where the mission is: in which regions a number written without ``+`` is
read, and what is kept of a number that is valid in none of them.

A number without a country code is read, in this order, in the contact's country, its
company's country, the country of the mission under way (or last used), then the user's home
region (Preferences.default_region): the first region where phonenumbers finds it valid wins.
One function gives that chain (:func:`region_chain`, or :func:`regions_for` from the
database), one reads a number through it (:func:`read_phone`); adding, editing, quick
capture, the import and the command line all use these two. A number valid nowhere is never
lost: it is kept exactly as written with ``checked=False`` (the import does so and warns; the
editor and the command line ask first).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import phonenumbers
from sqlalchemy.orm import Session

from crm.errors import ValidationError
from crm.i18n import N_, _

# The column sizes of contact_phone (crm.models.ContactPhone).
MAX_NUMBER = 64
MAX_EXTENSION = 20
# Why a region is in the chain, as the messages say it ("US (mission)").
CONTACT, COMPANY, MISSION, HOME = N_("contact"), N_("company"), N_("mission"), N_("home region")
# vCard's "ext=102" after a space or a comma: phonenumbers reads it only after ";".
_EXT_PARAMETER = re.compile(r"\s*[;,]?\s*ext\s*=\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Region:
    """A region (ISO 3166-1 alpha-2, as phonenumbers knows it) and why it is tried."""

    code: str
    why: str

    def __str__(self) -> str:
        return _("{code} ({why})").format(code=self.code, why=_(self.why))


@dataclass(frozen=True)
class Phone:
    """A phone ready to store: ``number`` in E.164 when ``checked``, else as written."""

    number: str
    checked: bool = True
    extension: str | None = None
    label: str | None = None
    # The region a national number was read in (None: it had a country code, or unchecked).
    region: Region | None = None

    def with_label(self, label: str | None) -> Phone:
        return Phone(self.number, self.checked, self.extension, label, self.region)


class UncheckedPhoneError(ValidationError):
    """A phone valid in none of the regions tried; ``phone`` is what keeping it would store
    (as written, not checked), for a caller that asks the user whether to keep it."""

    def __init__(self, message: str, *, field: str, phone: Phone):
        super().__init__(message, field=field)
        self.phone = phone


def region_code(value: str | None) -> str | None:
    """``value`` as a region phonenumbers knows (``"us"`` -> ``"US"``), else None."""
    if not value:
        return None
    code = value.strip().upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


@lru_cache(maxsize=512)
def region_chain(*, contact_country: str | None = None, company_country: str | None = None,
                 mission_country: str | None = None,
                 home_region: str | None = None) -> tuple[Region, ...]:
    """The regions a national number is read in, first match wins; each region once, and
    unknown codes left out. Cached: an import asks for the same few chains row after row."""
    chain: list[Region] = []
    for value, why in ((contact_country, CONTACT), (company_country, COMPANY),
                       (mission_country, MISSION), (home_region, HOME)):
        code = region_code(value)
        if code is not None and all(r.code != code for r in chain):
            chain.append(Region(code, why))
    return tuple(chain)


def tried(regions: tuple[Region, ...]) -> str:
    """The regions as a message names them: "US (mission), BE (home region)"."""
    return ", ".join(str(r) for r in regions) or _("no region (add the country code: +1 ...)")


def _valid(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return parsed if phonenumbers.is_valid_number(parsed) else None


def _checked(parsed: phonenumbers.PhoneNumber, label: str | None,
             region: Region | None) -> Phone:
    extension = (parsed.extension or "")[:MAX_EXTENSION] or None
    return Phone(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
                 True, extension, label, region)


def read_phone(raw: str, regions: tuple[Region, ...], label: str | None = None) -> Phone:
    """``raw`` read through ``regions``: checked (E.164, its extension apart: ``ext. 102``,
    ``x102``, ``;ext=102``) when valid with its own country code or in one of the regions,
    else as written and not checked. Never raises; ``raw`` must hold something."""
    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:].strip()
    if "ext" in text or "EXT" in text or "Ext" in text:
        text = _EXT_PARAMETER.sub(";ext=", text)
    if text.startswith("+"):
        parsed = _valid(text, None)
        if parsed is not None:
            return _checked(parsed, label, None)
    else:
        for region in regions:
            parsed = _valid(text, region.code)
            if parsed is not None:
                return _checked(parsed, label, region)
        # A spreadsheet turns "+32478..." into the number 32478...: try it as international.
        digits = text.replace(" ", "")
        if digits.isdigit() and len(digits) >= 10:
            parsed = _valid("+" + digits, None)
            if parsed is not None:
                return _checked(parsed, label, None)
    return Phone(raw.strip(), False, None, label, None)


def unchecked_message(raw: str, regions: tuple[Region, ...], field: str = "phone") -> str:
    """Why ``raw`` is not checked: "phone: '555-01' is not a valid phone number in US
    (mission), BE (home region)"."""
    if raw.strip().startswith("+"):
        return _("{field}: '{candidate}' is not a valid phone number").format(
            field=field, candidate=raw.strip())
    return _("{field}: '{candidate}' is not a valid phone number in {regions}").format(
        field=field, candidate=raw.strip(), regions=tried(regions))


def check_phone(raw: str, regions: tuple[Region, ...], *, label: str | None = None,
                field: str = "phone", keep_unchecked: bool = False) -> Phone:
    """``read_phone`` for what a user types: a number valid nowhere is an
    UncheckedPhoneError naming the regions tried, unless ``keep_unchecked`` (the user said
    to keep it as written). Longer than the column holds: a ValidationError either way."""
    if len(raw.strip()) > MAX_NUMBER:
        raise ValidationError(_("{field}: longer than {limit} characters").format(
            field=field, limit=MAX_NUMBER), field=field)
    phone = read_phone(raw, regions, label)
    if not phone.checked and not keep_unchecked:
        raise UncheckedPhoneError(unchecked_message(raw, regions, field), field=field,
                                  phone=phone)
    return phone


def reread(phone: Phone, regions: tuple[Region, ...]) -> Phone:
    """A stored phone again: an unchecked one becomes checked when it is valid now (the
    contact's country was set, say), else it stays as written."""
    if phone.checked:
        return phone
    again = read_phone(phone.number, regions, phone.label)
    return again if again.checked else phone


def phone_text(number: str | None, checked: bool = True, extension: str | None = None) -> str:
    """A stored phone as people read it: a checked one in international format with its
    extension (``+1 617-555-0101 ext. 102``), an unchecked one exactly as written."""
    if not number:
        return ""
    if not checked or not number.startswith("+"):
        return number
    try:
        shown = phonenumbers.format_number(phonenumbers.parse(number, None),
                                           phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        shown = number
    return f"{shown} ext. {extension}" if extension else shown


def example_number(region: str | None) -> str:
    """A number as people of ``region`` write it (``(201) 555-0123`` for US), for a
    placeholder; empty when phonenumbers has none."""
    code = region_code(region)
    example = phonenumbers.example_number(code) if code else None
    if example is None:
        return ""
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)


def mission_country(session: Session, today: date | None = None) -> str | None:
    """The country of the mission under way today, else of the mission last used."""
    from crm.services.missions import mission_in_use

    mission = mission_in_use(session, today)
    return mission.country if mission is not None else None


def regions_for(session: Session, *, home_region: str | None,
                contact_country: str | None = None,
                company_id: uuid.UUID | None = None,
                company_country: str | None = None, company_name: str | None = None,
                today: date | None = None) -> tuple[Region, ...]:
    """The region chain of one contact, from the database: its country, its company's
    (``company_country``, else that of ``company_id`` or of the company called
    ``company_name``), the mission's, the home region."""
    if company_country is None and company_id is not None:
        from crm.models import Company

        company = session.get(Company, company_id)
        company_country = company.country if company is not None else None
    elif company_country is None and company_name and company_name.strip():
        from crm.services.companies import find_company

        found = find_company(session, company_name)
        company_country = found.country if found is not None else None
    return region_chain(contact_country=contact_country, company_country=company_country,
                        mission_country=mission_country(session, today),
                        home_region=home_region)
