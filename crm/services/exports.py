"""Exports: contacts (everything, or exactly what a view shows) to CSV, XLSX or vCard through
profiles that are data files, and open follow-ups to an iCalendar file for calendars."""

from __future__ import annotations

import codecs
import csv
import gc
import json
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import contains, is_, itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import Any, BinaryIO

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from crm.clock import local_today, utcnow
from crm.errors import UserError, ValidationError
from crm.i18n import LANGUAGES, N_, _, ngettext, translated
from crm.io.safety import FORMULA_STARTS, atomic_write, neutralise
from crm.models import (
    Company,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactPicture,
    ContactUrl,
    Encounter,
    FollowUp,
    Mission,
    MissionSession,
    Tag,
    contact_tag,
)
from crm.resources import resource_path
from crm.services import export_layout as layout
from crm.services.addressbook import Address, WebAddress, phone_with_extension
from crm.services.contacts import NAME_ORDER, ContactFilter, list_contacts, listed
from crm.services.followups import Due, list_followups
from crm.services.mission_time import in_zone
from crm.services.validation import format_phone, lawful_basis_label

PROFILE_DIR = resource_path("export_profiles")
EXPORT_FORMATS = ("csv", "xlsx", "vcard", "ics")
_SUFFIX_FORMATS = {".xlsx": "xlsx", ".vcf": "vcard", ".vcard": "vcard", ".ics": "ics",
                   ".csv": "csv", ".txt": "csv"}
# Columns written as text in XLSX even when they look like numbers (phones, ids).
_CHUNK = 500
_CSV_ROWS_AT_ONCE = 5000

Progress = Callable[[int, int], None]

CONTACT_FIELDS = (
    "id", "first_name", "last_name", "full_name", "middle_name", "name_prefix", "name_suffix",
    "nickname", "birthday", "job_title", "company", "company_kind",
    "company_country", "company_city", "company_website", "email", "other_emails", "emails",
    "phone", "other_phones", "phones", "addresses", "websites", "linkedin", "country",
    "language", "tags", "tags_google", "tags_outlook",
    "priority", "owner", "source", "lawful_basis", "lawful_basis_on", "lawful_basis_note",
    "notes", "sessions", "created_at", "updated_at",
    *sorted(layout.PHONE_SLOT_FIELDS), *sorted(layout.ADDRESS_SLOT_FIELDS),
)
LEAD_FIELDS = ("mission", "session", "met_on", "encounter_note", "delegate",
               "followup_status", "lead_country")


@dataclass(frozen=True)
class ExportProfile:
    """Which rows and columns a CSV/XLSX export writes, and how (a JSON file in resources)."""

    name: str
    description: str
    rows: str  # "contacts" or "leads" (one row per contact x session met)
    delimiter: str
    encoding: str
    line_ending: str
    # (field, header): the header in ``language``; templates not yet expanded.
    columns: tuple[tuple[str, str], ...]
    # The language of the file's headers, whatever the app's: AWEX reads French, FIT Dutch.
    language: str = "en"
    # Whether people open the file in a spreadsheet (Excel, LibreOffice): then a cell that
    # would start a formula gets an apostrophe. Not so for a file another program imports
    # (Google, Outlook), where the apostrophe would become part of the value.
    spreadsheet: bool = True
    # Who reads the file, as the export's summary names it ("not exported to Outlook").
    title: str = ""
    # Whether a birthday needs its year (Outlook has no birthday without one).
    birthday_needs_year: bool = False
    # Google keeps a LinkedIn profile as one of its websites; a contact without an address
    # but with a country gets an address of that country alone (read back as the country).
    linkedin_as_website: bool = False
    country_as_address: bool = False

    @property
    def target(self) -> str:
        return self.title or _("the {name} profile").format(name=self.name)


@dataclass(frozen=True)
class ExportTable:
    """A profile's columns filled for the chosen contacts: the profile with its templates
    expanded (one column per header written), the values, what the profile left out, and
    the rows' order: the index of each row as written (None: as the columns hold them)."""

    profile: ExportProfile
    rows: int
    columns: list[list[Any]]
    losses: tuple[str, ...] = ()
    order: list[int] | None = None


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: str
    rows: int
    profile: str | None
    # What the format could not hold ("3 extra emails not exported to Outlook").
    losses: tuple[str, ...] = ()

    def summary(self) -> str:
        if self.format == "ics":
            text = ngettext("{path}: {count} event written", "{path}: {count} events written",
                            self.rows)
        elif self.format == "vcard":
            text = ngettext("{path}: {count} contact written",
                            "{path}: {count} contacts written", self.rows)
        else:
            text = ngettext("{path}: {count} row written", "{path}: {count} rows written",
                            self.rows)
        text = text.format(path=self.path, count=self.rows)
        if self.profile:
            text += " " + _("({format}, profile {profile})").format(format=self.format,
                                                                    profile=self.profile)
        else:
            text += f" ({self.format})"
        return text + "".join(f"\n  {line}" for line in self.losses)


def list_profiles() -> list[str]:
    """The names of the built-in export profiles."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def load_profile(name: str) -> ExportProfile:
    """A built-in profile by name, or a profile file a user copied and adapted (a path)."""
    path = Path(name)
    if path.suffix.lower() != ".json":
        path = PROFILE_DIR / f"{name}.json"
        if not path.exists():
            raise ValidationError(_("profile: no profile '{name}' (one of: {values}, or a .json "
                                    "file)").format(name=name, values=', '.join(list_profiles())),
                                  field="profile")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        language = raw.get("language", "en")
        if language not in LANGUAGES:
            raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
        # Headers are written in English in the file and translated into the profile's
        # language from crm's catalogue (a user's own profile may write them in any language:
        # a header the catalogue does not know is kept as it is).
        columns = tuple((c["field"], translated(c.get("header", c["field"]), language))
                        for c in raw["columns"])
        description = raw.get("description", "")
        profile = ExportProfile(
            name=path.stem, description=_(description) if description else "",
            rows=raw.get("rows", "contacts"), delimiter=raw.get("delimiter", ","),
            encoding=raw.get("encoding", "utf-8"), line_ending=raw.get("line_ending", "\n"),
            columns=columns, language=language, spreadsheet=bool(raw.get("spreadsheet", True)),
            title=str(raw.get("title", "")),
            birthday_needs_year=bool(raw.get("birthday_needs_year", False)),
            linkedin_as_website=bool(raw.get("linkedin_as_website", False)),
            country_as_address=bool(raw.get("country_as_address", False)))
    except FileNotFoundError:
        raise ValidationError(_("profile: no file {path}")
                              .format(path=path), field="profile") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(_("{path}: not a valid export profile ({reason})")
                              .format(path=path, reason=exc),
                              field="profile") from None
    _check_profile(profile, path)
    return profile


def _check_profile(profile: ExportProfile, path: Path) -> None:
    if profile.rows not in ("contacts", "leads"):
        raise ValidationError(_("{path}: rows must be 'contacts' or 'leads'")
                              .format(path=path), field="profile")
    if len(profile.delimiter) != 1 or profile.delimiter in "\"'\r\n":
        raise ValidationError(_("{path}: delimiter must be one character such as , or ;")
                              .format(path=path),
                              field="profile")
    if profile.line_ending not in ("\n", "\r\n"):
        raise ValidationError(_("{path}: line_ending must be \"\\n\" or \"\\r\\n\"")
                              .format(path=path),
                              field="profile")
    try:
        "".encode(profile.encoding)
    except LookupError:
        raise ValidationError(_("{path}: unknown encoding '{encoding}'")
                              .format(path=path, encoding=profile.encoding),
                              field="profile") from None
    allowed = set(CONTACT_FIELDS) | (set(LEAD_FIELDS) if profile.rows == "leads" else set())
    for field, _header in profile.columns:
        if field not in allowed and not layout.check_numbered(field):
            raise ValidationError(_("{path}: unknown field '{field}' (known: {values}, email_N, "
                                    "phone_N, address_N_city, url_N ...)")
                                  .format(path=path, field=field,
                                          values=", ".join(sorted(allowed))),
                                  field="profile")


def format_for(path: Path, fmt: str | None) -> str:
    """The export format: the one asked for, else the file's extension, else CSV."""
    if fmt:
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(_("format: '{fmt}' is not one of {values}")
                                  .format(fmt=fmt, values=', '.join(EXPORT_FORMATS)),
                                  field="format")
        return fmt
    return _SUFFIX_FORMATS.get(path.suffix.lower(), "csv")


def _labelled(values: Sequence[tuple[str, str | None]]) -> str:
    if len(values) == 1 and not values[0][1]:
        return values[0][0]  # the common case, made cheap: one address or number, no label
    return "; ".join([f"{v} ({label})" if label else v for v, label in values])


def _phones_labelled(values: Sequence[layout.PhoneValue],
                     text: Callable[[str], str] = str) -> str:
    return _labelled([(phone_with_extension(text(n), ext), label)
                      for n, label, ext in values])


# --- The selected contacts, read set-wise ---------------------------------------------------
# One query for the contacts (and their company), in the contacts list's order, and one per
# kind of child row (emails, phones, tags, encounters, follow-ups), grouped in Python: no ORM
# objects, and only what the asked-for fields need. At 100,000 contacts the time goes to
# reading rows and making Python objects, so rows are read as the driver gives them and
# sorted here (a plain table scan is several times faster than one in contact order).

# Fields that are a column of the contact, or of its company (empty if that is in the trash).
_COLUMNS: dict[str, Any] = {
    "first_name": Contact.first_name, "last_name": Contact.last_name,
    "middle_name": Contact.middle_name, "name_prefix": Contact.name_prefix,
    "name_suffix": Contact.name_suffix, "nickname": Contact.nickname,
    "birthday": Contact.birthday,
    "job_title": Contact.job_title, "linkedin": Contact.linkedin, "country": Contact.country,
    "language": Contact.language, "priority": Contact.priority, "owner": Contact.owner,
    "source": Contact.source, "lawful_basis": Contact.lawful_basis,
    "lawful_basis_on": Contact.lawful_basis_on,
    "lawful_basis_note": Contact.lawful_basis_note, "notes": Contact.notes,
    "created_at": Contact.created_at, "updated_at": Contact.updated_at,
    "company": Company.name, "company_kind": Company.kind,
    "company_country": Company.country, "company_city": Company.city,
    "company_website": Company.website,
}
# Columns the other fields are made of.
_NEEDS: dict[str, tuple[str, ...]] = {
    "full_name": ("first_name", "last_name"),
    "lead_country": ("company_country", "country"),
    "delegate": ("owner",),
}
_EMAIL_FIELDS = {"email", "other_emails", "emails", "email_list"}
_PHONE_FIELDS = {"phone", "other_phones", "phones", "phone_list", *layout.PHONE_SLOT_FIELDS}
_ADDRESS_FIELDS = {"addresses", "address_list", *layout.ADDRESS_SLOT_FIELDS}
_URL_FIELDS = {"websites", "url_list"}
_TAG_FIELDS = {"tags", "tags_google", "tags_outlook", "tag_list"}
_SESSION_FIELDS = {"sessions", "session_list"}
_TEXT_TYPES = {str, type(None)}
_NUMBER_TYPES = {int, float, bool}  # written as str() writes them, as _text does


def _rows(session: Session, stmt: Any) -> list[tuple[Any, ...]]:
    """The rows of a Core select as the driver gives them: no Row objects and no conversion
    of values (ids stay text on SQLite). Columns that need converting go through _converted."""
    result = session.connection().execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _processor(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """What turns a driver value of ``column`` into what the ORM returns (dates, aware
    datetimes); None where the driver's value is that already."""
    return column.type.dialect_impl(dialect).result_processor(dialect, None)


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any]:
    return _processor(column, dialect) or (lambda value: value)


def _converted(column: Any, dialect: Any, values: list[Any]) -> list[Any]:
    """Driver values of ``column`` as the ORM returns them."""
    convert = _processor(column, dialect)
    # (A column nobody fills, birthdays often, is not converted value by value.)
    if convert is None or values.count(None) == len(values):
        return values
    return [convert(value) for value in values]


def _id_texts(keys: list[Any]) -> list[str]:
    """Contact ids as text (``str(uuid)``) from the driver's values: UUIDs, or on a database
    without a UUID type the 32 hex digits SQLAlchemy's Uuid stores (formatted here: parsing
    each into a uuid.UUID costs more than the rest of its row)."""
    return [f"{k[:8]}-{k[8:12]}-{k[12:16]}-{k[16:20]}-{k[20:]}"
            if k.__class__ is str and len(k) == 32 else str(uuid.UUID(str(k))) for k in keys]


def _by_contact(rows: list[tuple[Any, ...]], value: Callable[[tuple[Any, ...]], Any],
                order: Callable[[tuple[Any, ...]], Any] | None = None) -> dict[Any, list[Any]]:
    """``value`` of each row (contact key first) listed per contact; with ``order``, each
    list in that order (one stable sort of all rows: cheap for a number such as a position)."""
    if order is not None:
        rows.sort(key=order)
    groups: dict[Any, list[Any]] = {}
    for row in rows:
        values = groups.get(row[0])
        if values is None:
            groups[row[0]] = [value(row)]
        else:
            values.append(value(row))
    return groups


def _grouped(keys: Iterable[Any], values: Iterable[Any],
             slot_of: dict[Any, int]) -> list[Sequence[Any]]:
    """The ``values`` (one per child row, ``keys`` its contact's) listed per contact, in the
    order of the exported contacts (``slot_of``: each one's index), each list in the rows'
    order; an empty tuple for a contact without any. One lookup per child row and none per
    contact; rows of contacts not exported are skipped. (A plain loop: the same with map()
    over whole lists, scattering the first rows and appending the others, was slower.)"""
    per: list[Any] = [()] * len(slot_of)
    slot = slot_of.get
    for key, value in zip(keys, values, strict=True):
        index = slot(key)
        if index is not None:
            found = per[index]
            if found:
                found.append(value)
            else:
                per[index] = [value]
    return per


def _grouped_rows(rows: list[tuple[Any, ...]], value: Callable[[tuple[Any, ...]], Any],
                  slot_of: dict[Any, int],
                  order: Callable[[tuple[Any, ...]], Any] | None = None) -> list[Sequence[Any]]:
    """``value`` of each row (contact key first) listed per exported contact (_grouped); with
    ``order``, each list in that order (one stable sort of all rows: cheap for a number such
    as a position)."""
    if order is not None:
        rows.sort(key=order)
    return _grouped(map(itemgetter(0), rows), map(value, rows), slot_of)


def _children(session: Session, stmt: Any, column: Any, selected: Any) -> list[tuple[Any, ...]]:
    """Child rows of the selected contacts (``selected`` None: of every contact; rows of
    contacts not exported are read but never looked up, cheaper than filtering them)."""
    return _rows(session, stmt if selected is None else stmt.where(column.in_(selected)))


def _phone_lists(session: Session, selected: Any, slot_of: dict[Any, int]
                 ) -> list[Sequence[layout.PhoneValue]]:
    """Each contact's phones in position order: (number, label, extension)."""
    return _grouped_rows(_children(session, select(
        ContactPhone.contact_id, ContactPhone.number, ContactPhone.label,
        ContactPhone.extension, ContactPhone.position), ContactPhone.contact_id, selected),
        itemgetter(1, 2, 3), slot_of, itemgetter(4))


def _address_lists(session: Session, selected: Any,
                   slot_of: dict[Any, int]) -> list[Sequence[Address]]:
    """Each contact's postal addresses in position order."""
    return _grouped_rows(_children(session, select(
        ContactAddress.contact_id, ContactAddress.label, ContactAddress.po_box,
        ContactAddress.extended, ContactAddress.street, ContactAddress.city,
        ContactAddress.region, ContactAddress.postal_code, ContactAddress.country,
        ContactAddress.position), ContactAddress.contact_id, selected),
        lambda row: Address(*row[1:9]), slot_of, itemgetter(9))


def _url_lists(session: Session, selected: Any,
               slot_of: dict[Any, int]) -> list[Sequence[WebAddress]]:
    """Each contact's web addresses in position order."""
    return _grouped_rows(_children(session, select(
        ContactUrl.contact_id, ContactUrl.url, ContactUrl.kind, ContactUrl.label,
        ContactUrl.position), ContactUrl.contact_id, selected),
        lambda row: WebAddress(*row[1:4]), slot_of, itemgetter(4))


def _labelled_lists(session: Session, model: Any, value: Any, selected: Any,
                    slot_of: dict[Any, int]) -> list[Sequence[tuple[str, str | None]]]:
    """Each contact's emails or phones (``model``), in position order: (value, label)."""
    return _grouped_rows(_children(session, select(
        model.contact_id, value, model.label, model.position), model.contact_id, selected),
        itemgetter(1, 2), slot_of, itemgetter(3))


def _encounters(session: Session, selected: Any, leads: bool,
                slot_of: dict[Any, int]) -> tuple[dict[Any, str], list[Sequence[tuple]]]:
    """The titles of the live sessions, and each exported contact's live encounters at them
    by time met (never-met last) then session title, as the driver gives their rows:
    (contact key, session key, met_at, and with ``leads`` note, owner)."""
    every_session = _rows(session, select(MissionSession.id, MissionSession.title,
                                          MissionSession.deleted_at))
    titles = {key: title for key, title, trashed_at in every_session if trashed_at is None}
    extra = (Encounter.note, Encounter.owner) if leads else ()
    rows = _children(session, select(
        Encounter.contact_id, Encounter.session_id, Encounter.met_at, *extra)
        .where(Encounter.deleted_at.is_(None)), Encounter.contact_id, selected)
    if len(titles) < len(every_session):
        rows = [row for row in rows if row[1] in titles]  # else its session is in the trash
    # The rows themselves, not a tuple of their values each (two million at a million
    # contacts: with the filter skipped, ~6.5 -> ~6.0 s of the export's encounters).
    met = _grouped(map(itemgetter(0), rows), rows, slot_of)
    # Sorted within each contact's few: cheaper than sorting all rows, even by key lists.
    # The driver's times compare like times (text in one format on SQLite).
    _sort_several(met, lambda found: (found[2] is None, found[2] or "", titles[found[1]]))
    return titles, met


def _sort_several(lists: list[Sequence[Any]], key: Callable[[Any], Any]) -> None:
    """Each list of more than one value sorted by ``key``, in place."""
    for values in lists:
        if len(values) > 1:
            values.sort(key=key)  # type: ignore[attr-defined]


def _followup_status(followups: list[tuple[Any, ...]], language: str = "en") -> str:
    """'open (due D)' with the earliest effective due date of the open ones, else 'done' if
    one was done, else 'none' (live follow-ups: status, due_on, snoozed_until), in the
    profile's ``language`` (the date stays ISO: the agencies' spreadsheets sort it)."""
    open_ = [max(due, snoozed or due) for status, due, snoozed in followups if status == "open"]
    if open_:
        return translated(N_("open (due {date})"), language).format(
            date=min(open_).isoformat())
    if any(status == "done" for status, _d, _s in followups):
        return translated(N_("done"), language)
    return translated(N_("none"), language)


def _met_on(met_at: datetime | None, starts_at: datetime | None,
            ends_at: datetime | None, zone: str | None = None) -> date | None:
    """The day a lead was met, on the clock of the mission's place (``zone``; the machine's
    without one): when it was logged, if that falls within its session; otherwise (logged
    later from notes or a card) the session's first day."""
    if met_at is not None and (starts_at is None or starts_at - timedelta(days=1) <= met_at
                               <= (ends_at or starts_at) + timedelta(days=1)):
        return in_zone(met_at, zone).date()
    if starts_at is not None:
        return in_zone(starts_at, zone).date()
    return in_zone(met_at, zone).date() if met_at else None


def _narrows(flt: ContactFilter | None) -> bool:
    """Whether ``flt`` selects fewer than all contacts (live, or live and trashed)."""
    return flt is not None and (bool(flt.search) or flt.company_id is not None
                                or flt.session_id is not None or bool(flt.tag)
                                or flt.only_trashed)


# Filters that select every contact, live (or also those in the trash).
_EVERY_CONTACT = (ContactFilter(), ContactFilter(include_trashed=True))


def _contacts_and_name_order(session: Session, columns: list[Any], flt: ContactFilter | None
                      ) -> tuple[list[tuple[Any, ...]], list[int]]:
    """Every contact (live, or with the trash if ``flt`` says so) as rows (rowid, deleted_at,
    *columns) in the table's order, by one plain scan of it, and the index of each row in
    the contacts list's order, read from the name index alone (on SQLite). Reading the rows
    in name order through the index fetches each apart (at a million contacts 54 s; so,
    32 s); sorting whole rows makes SQLite spill them to temporary files; and the columns
    built in the table's order visit their values where they lie in memory (child rows are
    in about that order too): at a million contacts the export took 38.3 s with the rows
    put in name order first, 31.1 s so (the order is applied to the lines written)."""
    rowid = literal_column("contact.rowid")
    by_name = map(itemgetter(0), _rows(session, select(rowid).select_from(Contact)
                                       .order_by(*NAME_ORDER)))
    scan = _rows(session, select(rowid, Contact.deleted_at, *columns))
    if not (flt is not None and flt.include_trashed):
        scan = list(compress(scan, map(is_, map(itemgetter(1), scan), repeat(None))))
    # (In C, as map() over whole lists: at a million contacts a loop per row costs seconds.)
    index_of = dict(zip(map(itemgetter(0), scan), range(len(scan)), strict=True))
    return scan, [index for index in map(index_of.get, by_name) if index is not None]


def _in_order(rows: list[Any], order: Sequence[int] | None) -> Iterable[Any]:
    """``rows`` as the list shows them: ``order`` holds the index of each (None: as held)."""
    return rows if order is None else map(rows.__getitem__, order)


def export_columns(session: Session, fields: Iterable[str], flt: ContactFilter | None = None,
                   *, leads: bool = False, losses: Counter[str] | None = None,
                   widest_out: dict[str, int] | None = None,
                   profile: ExportProfile | None = None
                   ) -> tuple[int, dict[str, list[Any]], list[int] | None]:
    """The contacts ``flt`` selects as one column of values per asked-for field (one row per
    contact, or with ``leads`` per contact and session met), and their order: the index of
    each row in the contacts list's order, or None where the rows are in that order already
    (their order as read: _contacts_and_name_order).
    Templates (``email_N`` …) come back numbered, as many as the widest list needs (its
    length goes into ``widest_out``); values no slot holds are counted in ``losses``.
    ``profile`` says where a LinkedIn profile and a country without an address go."""
    wanted = set(fields)
    country_as_address = profile is not None and profile.country_as_address
    linkedin_as_website = profile is not None and profile.linkedin_as_website
    if country_as_address:
        wanted.add("country")
    if linkedin_as_website:
        wanted.add("linkedin")
    dialect = session.get_bind().dialect
    selected = listed(select(Contact.id), flt, dialect.name, ordered=False) \
        if _narrows(flt) else None
    names = sorted({n for f in wanted for n in _NEEDS.get(f, (f,)) if n in _COLUMNS}
                   | ({"owner"} if leads else set()))
    own = [n for n in names if not n.startswith("company")]
    of_company = [n for n in names if n.startswith("company")]
    read = [Contact.id, Contact.company_id, *(_COLUMNS[n] for n in own)]
    skipped = 0  # columns read before the contact's own (the read in name order below)
    order: list[int] | None = None
    if dialect.name == "sqlite" and (flt is None or flt in _EVERY_CONTACT):
        (contacts, order), skipped = _contacts_and_name_order(session, read, flt), 2
    else:
        contacts = _rows(session, listed(select(*read), flt, dialect.name))
    transposed = (list(zip(*contacts, strict=True))[skipped:]
                  or [()] * (len(own) + 2))
    del contacts  # (its rows: a quarter of the memory at a million contacts)
    keys = list(transposed[0])
    slot_of = dict(zip(keys, range(len(keys)), strict=True))  # each contact's row
    columns = {name: _converted(_COLUMNS[name], dialect, list(values))
               for name, values in zip(own, transposed[2:], strict=True)}
    if of_company:
        # Read apart and looked up: cheaper than joining a company to every contact's row.
        companies = {row[0]: row[1:] for row in _rows(session, select(
            Company.id, *(_COLUMNS[n] for n in of_company)).where(Company.deleted_at.is_(None)))}
        linked = map(companies.get, transposed[1], repeat((None,) * len(of_company)))
        columns.update(zip(of_company, map(list, zip(*linked, strict=True)), strict=True)
                       if keys else ((name, []) for name in of_company))
    del transposed
    data: dict[str, list[Any]] = dict(columns)
    if "id" in wanted:
        data["id"] = _id_texts(keys)
    if "full_name" in wanted:
        data["full_name"] = [f"{first} {last}".strip() for first, last in
                             zip(columns["first_name"], columns["last_name"], strict=True)]
    numbered = [f for f in wanted if layout.NUMBERED.match(f)]
    kinds = layout.list_kinds(list(wanted))
    phone_text = lru_cache(maxsize=None)(format_phone)
    lists: dict[str, list[Sequence[Any]]] = {}
    if wanted & _EMAIL_FIELDS or "email" in kinds:
        emails = _labelled_lists(session, ContactEmail, ContactEmail.address, selected, slot_of)
        lists["email"] = data["email_list"] = emails
        if "email" in wanted:
            data["email"] = [values[0][0] if values else None for values in emails]
        if "other_emails" in wanted:
            data["other_emails"] = [_labelled(values[1:]) for values in emails]
        if "emails" in wanted:
            # One address without a label (the common case) is its own cell.
            data["emails"] = [values[0][0] if len(values) == 1 and not values[0][1]
                              else _labelled(values) for values in emails]
    if wanted & _PHONE_FIELDS or "phone" in kinds:
        phones = _phone_lists(session, selected, slot_of)
        lists["phone"] = data["phone_list"] = phones
        if "phones" in wanted:
            data["phones"] = [values[0][0] if len(values) == 1 and not values[0][1]
                              and not values[0][2] else _phones_labelled(values)
                              for values in phones]
        # Formatting a number costs more than the rest of a row: only for fields that show it.
        if "phone" in wanted:
            data["phone"] = [phone_with_extension(phone_text(values[0][0]), values[0][2])
                             if values else None for values in phones]
        if "other_phones" in wanted:
            data["other_phones"] = [_phones_labelled(values[1:], phone_text)
                                    for values in phones]
    if wanted & _ADDRESS_FIELDS or "address" in kinds:
        addresses = _address_lists(session, selected, slot_of)
        if country_as_address:
            addresses = [values or ([Address("work", country=country)] if country else ())
                         for values, country in zip(addresses, columns["country"],
                                                    strict=True)]
        lists["address"] = data["address_list"] = addresses
        if "addresses" in wanted:
            data["addresses"] = ["; ".join(f"{a.one_line()} ({a.label})" if a.label
                                           else a.one_line() for a in values)
                                 for values in addresses]
    if wanted & _URL_FIELDS or "url" in kinds:
        urls = _url_lists(session, selected, slot_of)
        if linkedin_as_website:
            urls = [[*values, WebAddress(linkedin, "social", "linkedin")] if linkedin
                    else values for values, linkedin in zip(urls, columns["linkedin"],
                                                            strict=True)]
        lists["url"] = data["url_list"] = urls
        if "websites" in wanted:
            data["websites"] = [_labelled([(u.url, u.label) for u in values])
                                for values in urls]
    widest = {kind: max(map(len, values), default=0) for kind, values in lists.items()}
    if widest_out is not None:
        widest_out.update(widest)
    templates = [(f, "") for f in sorted(numbered) if layout.is_template(f)]
    for field in [f for f, _h in layout.expand(templates, widest)] + \
            [f for f in numbered if not layout.is_template(f)]:
        data[field] = layout.numbered_column(field, lists, phone_text)
        wanted.add(field)
    wanted -= {f for f, _h in templates}
    data.update(layout.slot_columns(sorted(wanted), lists, phone_text,
                                    losses if losses is not None else Counter()))
    if wanted & _TAG_FIELDS:
        # Tags in the order of their key as the database sorts it (its collation).
        # (Names are unique, as their keys are.)
        tag_rows = _rows(session, select(Tag.id, Tag.name).order_by(Tag.key))
        rank_of = {name: rank for rank, (_tag, name) in enumerate(tag_rows)}
        links = _children(session, select(contact_tag.c.contact_id, contact_tag.c.tag_id),
                          contact_tag.c.contact_id, selected)
        tags = _grouped(map(itemgetter(0), links),
                        map(dict(tag_rows).__getitem__, map(itemgetter(1), links)), slot_of)
        # Sorted within each contact's few (faster than the database sorting every link).
        _sort_several(tags, rank_of.__getitem__)
        data["tag_list"] = tags
        if "tags" in wanted:
            data["tags"] = ["; ".join(names) for names in tags]
        if "tags_google" in wanted:
            data["tags_google"] = [" ::: ".join([*names, "* myContacts"]) for names in tags]
        if "tags_outlook" in wanted:
            data["tags_outlook"] = [";".join(names) for names in tags]
    met: list[Sequence[tuple]] = []
    titles: dict[Any, str] = {}
    if wanted & _SESSION_FIELDS or leads:
        titles, met = _encounters(session, selected, leads, slot_of)
        if "session_list" in wanted or leads:
            data["session_list"] = [[titles[found[0][1]]] if len(found) == 1
                                    else list(dict.fromkeys([titles[m[1]] for m in found]))
                                    for found in met]
            data["sessions"] = ["; ".join(values) for values in data["session_list"]]
        else:
            # The cell alone (a CSV or XLSX file): no list of titles made per contact.
            data["sessions"] = [titles[found[0][1]] if len(found) == 1
                                else "; ".join(dict.fromkeys([titles[m[1]] for m in found]))
                                for found in met]
    if "followup_status" in wanted:
        as_date = _converter(FollowUp.due_on, dialect)
        by_contact = _by_contact(_children(session, select(
            FollowUp.contact_id, FollowUp.status, FollowUp.due_on, FollowUp.snoozed_until)
            .where(FollowUp.deleted_at.is_(None)), FollowUp.contact_id, selected),
            lambda row: (row[1], as_date(row[2]), row[3] and as_date(row[3])))
        language = profile.language if profile is not None else "en"
        data["followup_status"] = [_followup_status(by_contact.get(key, []), language)
                                   for key in keys]
    if "lead_country" in wanted:
        data["lead_country"] = [company or country for company, country in zip(
            columns["company_country"], columns["country"], strict=True)]
    if not leads:
        return len(keys), {field: data[field] for field in wanted}, order
    return _lead_columns(session, dialect, wanted, data, columns["owner"], met, titles, order)


def _lead_columns(session: Session, dialect: Any, wanted: set[str],
                  data: dict[str, list[Any]], owners: list[str | None],
                  met: list[Sequence[tuple]], titles: dict[Any, str],
                  order: list[int] | None) -> tuple[int, dict[str, list[Any]], None]:
    """The contact columns repeated for each session the contact was met at (one row without
    a session if never met), with the lead fields of each encounter, in the contacts list's
    order (``order``: each contact's index in it, export_columns)."""
    sessions = {key: (mission, *_converted(MissionSession.starts_at, dialect, [start, end]),
                      zone)
                for key, mission, start, end, zone in _rows(session, select(
                    MissionSession.id, Mission.name, MissionSession.starts_at,
                    MissionSession.ends_at, Mission.time_zone)
                    .join(Mission, Mission.id == MissionSession.mission_id))}
    as_time = _converter(Encounter.met_at, dialect)
    index: list[int] = []
    rows_met: list[tuple | None] = []
    for i in range(len(met)) if order is None else order:
        found = met[i]
        index.extend([i] * (len(found) or 1))
        rows_met.extend(found or [None])
    out = {field: [data[field][i] for i in index] for field in wanted if field in data}
    # Each encounter: (contact key, session key, met_at, note, owner).
    out["mission"] = [m and sessions[m[1]][0] for m in rows_met]
    out["session"] = [m and titles[m[1]] for m in rows_met]
    out["met_on"] = [m and _met_on(as_time(m[2]), *sessions[m[1]][1:]) for m in rows_met]
    out["encounter_note"] = [m and m[3] for m in rows_met]
    out["delegate"] = [(m[4] if m else None) or owners[i]
                       for m, i in zip(rows_met, index, strict=True)]
    return len(index), {field: out[field] for field in wanted}, None


def export_records(session: Session, fields: Iterable[str],
                   flt: ContactFilter | None = None) -> list[dict[str, Any]]:
    """The contacts ``flt`` selects, in the contacts list's order, as one dict of the
    asked-for fields per contact (what the vCard writer takes)."""
    wanted = list(dict.fromkeys(fields))
    _count, columns, order = export_columns(session, wanted, flt)
    return list(_in_order([dict(zip(wanted, values, strict=True))
                           for values in zip(*(columns[f] for f in wanted), strict=True)],
                          order))


def _translate_values(columns: dict[str, list[Any]], language: str) -> None:
    """Values a reader reads as words (the lawful basis), in the profile's language."""
    if language != "en" and "lawful_basis" in columns:
        columns["lawful_basis"] = [lawful_basis_label(value, language) or value
                                   for value in columns["lawful_basis"]]


def profile_columns(session: Session, profile: ExportProfile,
                    flt: ContactFilter | None = None) -> ExportTable:
    """The profile's columns (values, not yet text) for the contacts ``flt`` selects, with
    the profile's templates expanded and what it cannot hold counted."""
    fields = [field for field, _h in profile.columns]
    if profile.rows == "leads":
        # A lead report is an excerpt by design: nothing to count.
        count, columns, _order = export_columns(session, fields, flt, leads=True,
                                                profile=profile)
        _translate_values(columns, profile.language)
        return ExportTable(profile, count, [columns[field] for field in fields])
    losses: Counter[str] = Counter()
    widest: dict[str, int] = {}
    extra = [*layout.LIST_FIELDS.values(), *layout.SINGLE_VALUES]
    count, columns, order = export_columns(session, [*fields, *extra], flt, losses=losses,
                                           widest_out=widest, profile=profile)
    _translate_values(columns, profile.language)
    if profile.linkedin_as_website:
        columns["linkedin"] = [None] * count  # written as a website: not lost
    expanded = replace(profile, columns=layout.expand(profile.columns, widest))
    names = [field for field, _h in expanded.columns]
    lists = {kind: columns[name] for kind, name in layout.LIST_FIELDS.items()}
    layout.count_losses(names, lists, {n: columns[n] for n in layout.SINGLE_VALUES}, losses)
    if profile.birthday_needs_year and "birthday" in names:
        losses["birthday_year"] = sum(1 for b in columns["birthday"] if b and b[:2] == "--")
        columns["birthday"] = [None if b and b[:2] == "--" else b for b in columns["birthday"]]
    for kind in ("email", "phone", "url"):
        losses[f"{kind}_label"] = _labels_lost(names, kind, lists[kind])
    if profile.country_as_address:
        in_file = lists["address"]
        slots = [n.split("_", 1)[0] for n in names if n in layout.ADDRESS_SLOT_FIELDS]
        if slots:
            # Read back in the order of the file's address columns.
            in_columns = list(dict.fromkeys(slots))
            placed = (layout.place_addresses(v, frozenset(in_columns)) for v in in_file)
            in_file = [[p.slots[s] for s in in_columns if s in p.slots] for p in placed]
        losses["country_dropped"] = _countries_lost(in_file, columns["country"])
    losses["picture"] = _picture_count(session, flt)
    return ExportTable(expanded, count, [columns[name] for name in names],
                       tuple(layout.loss_lines(losses, profile.target)), order)


def _labels_lost(names: list[str], kind: str, lists: list[Sequence[Any]]) -> int:
    """How many labels (work, home …) of a list the profile writes a value of but not its
    label: the plain columns (``email``, ``email_2`` …) of a list without label columns."""
    plain = [n for n in names if n == kind or re.fullmatch(rf"{kind}_\d+", n)]
    if not plain:
        return 0
    labelled = {int(n.split("_")[1]) for n in names
                if re.fullmatch(rf"{kind}_\d+_label", n)}
    # The first value of "email"/"phone" is the list's first; email_N is the N-th.
    slots = {1 if n == kind else int(n.split("_")[1]) for n in plain} - labelled
    label = (lambda v: v.label) if kind == "url" else (lambda v: v[1])
    return sum(1 for values in lists for n in slots
               if n <= len(values) and label(values[n - 1]))


def _countries_lost(addresses: list[Sequence[Address]], countries: list[Any]) -> int:
    """Contacts whose country a file without a country column (only addresses) cannot
    give back: they have addresses, and the first that names a country names another."""
    from crm.io.countries import country_code

    lost = 0
    for values, country in zip(addresses, countries, strict=True):
        if not country or not values or (values[0].label == "work" and not any(
                getattr(values[0], p) for p in ("street", "city", "po_box", "extended",
                                                "region", "postal_code"))):
            continue
        named = next((code for a in values if a.country
                      for code in [country_code(a.country)] if code), None)
        lost += named != country
    return lost


def _add_pictures(session: Session, records: list[dict[str, Any]]) -> None:
    """Each record's pictures as ``picture_list`` [(bytes, media type, kind)], first kept
    first (the vCard writer's PHOTO)."""
    by_id: dict[str, list[tuple[bytes, str, str]]] = {}
    ids = [uuid.UUID(r["id"]) for r in records]
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for contact_id, data, media_type, kind in session.execute(
                select(ContactPicture.contact_id, ContactPicture.data, ContactPicture.media_type,
                       ContactPicture.kind).where(ContactPicture.contact_id.in_(chunk))
                .order_by(ContactPicture.position, ContactPicture.created_at)):
            by_id.setdefault(str(contact_id), []).append((data, media_type, kind))
    for record in records:
        record["picture_list"] = by_id.get(record["id"], [])


def _picture_count(session: Session, flt: ContactFilter | None) -> int:
    """How many pictures the chosen contacts have (no CSV or XLSX column holds one)."""
    stmt = select(func.count(ContactPicture.id))
    if _narrows(flt):
        stmt = stmt.where(ContactPicture.contact_id.in_(
            listed(select(Contact.id), flt, session.get_bind().dialect.name, ordered=False)))
    elif not (flt and flt.include_trashed):
        stmt = stmt.join(Contact, Contact.id == ContactPicture.contact_id).where(
            Contact.deleted_at.is_(None))
    return session.scalar(stmt) or 0


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _cells(values: list[Any], inert: bool = True) -> list[Any]:
    """A column's values as CSV cells, made inert for spreadsheets when ``inert``; None
    stays None (the csv module writes it as an empty cell)."""
    types = set(map(type, values)) - _TEXT_TYPES
    if types and types <= _NUMBER_TYPES:
        values = [value if value is None or value.__class__ is str else str(value)
                  for value in values]
    elif types:
        values = [value if value is None or value.__class__ is str else _text(value)
                  for value in values]
    if not inert:
        return values
    # Whether any cell starts a formula, checked in C: in most columns none does.
    if _some_cell_starts("\n".join(filter(None, values)), FORMULA_STARTS):
        values = _neutralised(values)
    return values


def write_csv(handle: BinaryIO, profile: ExportProfile, columns: list[list[Any]],
              order: Sequence[int] | None = None) -> None:
    """The columns (one list of values per profile column) as CSV in the profile's delimiter,
    encoding and line ending, every cell made inert for spreadsheets; the rows in ``order``
    (the index of each; None: as the columns hold them)."""
    inert = profile.spreadsheet
    headers = [neutralise(h) if inert else h for _f, h in profile.columns]
    encoder = codecs.getincrementalencoder(profile.encoding)()
    cells = columns
    try:
        if len(columns) < 2:
            # (A row of one empty cell is written "" by the csv module: left to it.)
            cells = [_cells(values, inert) for values in columns]
            text = _csv_text(profile, [headers, *_rows_written(cells, order)])
            handle.write(encoder.encode(text, final=True))
            return
        handle.write(encoder.encode(_csv_text(profile, [headers])))
        # Each cell as the csv module writes it (it quotes the few that need it), then each
        # row joined by the delimiter, in C: the csv module's writerows() cost as much as
        # the rest of the export's writing and formatting (it copies every character).
        cells = texts = [_csv_cells(profile, values) for values in columns]
        lines: Iterable[str] = map(profile.delimiter.join, zip(*texts, strict=True))
        if order is not None:
            # Joined in the order held (the cells where they lie in memory: a tenth faster
            # at a million rows than joining them in the order written), written in order.
            lines = _in_order(list(lines), order)
        while chunk := profile.line_ending.join(islice(lines, _CSV_ROWS_AT_ONCE)):
            handle.write(encoder.encode(chunk + profile.line_ending))
        handle.write(encoder.encode("", final=True))
    except UnicodeEncodeError:
        raise _unwritable(profile, [headers, *_rows_written(cells, order)]) from None


def _rows_written(columns: list[list[Any]], order: Sequence[int] | None) -> Iterable[tuple]:
    """The columns' rows in the order written (``order``: the index of each row)."""
    return _in_order(list(zip(*columns, strict=True)), order)


def _csv_text(profile: ExportProfile, rows: Iterable[Sequence[Any]]) -> str:
    """The rows as the csv module writes them in the profile's dialect."""
    parts: list[str] = []
    csv.writer(SimpleNamespace(write=parts.append), delimiter=profile.delimiter,
               lineterminator=profile.line_ending,
               quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return "".join(parts)


def _csv_cells(profile: ExportProfile, values: list[Any]) -> list[str]:
    """A column's values as the csv module writes its cells: made inert for spreadsheets if
    the profile says so (as _cells), the text as it is, but quoted where it may need to be
    (by the csv module itself), and None as nothing. Whether any cell needs either is
    checked on the whole column's text at once, in C: in most columns none does."""
    # The column's text, a cell a line: whether a cell starts or ends with a given character
    # is one search of the text (a cell holding a line break may make it say yes wrongly,
    # never no), not one look at each cell.
    try:
        text = "\n".join(values)
    except TypeError:  # not only text (the join checks: no pass over the cells to see)
        types = set(map(type, values))
        if types - _TEXT_TYPES:
            values = _cells(values, inert=False)
        if type(None) in types:
            values = ["" if value is None else value for value in values]
        text = "\n".join(values)
    if profile.spreadsheet and _some_cell_starts(text, FORMULA_STARTS):
        values = _neutralised(values)
        text = "\n".join(values)
    # A cell may need quoting if it holds the delimiter, a quote or a line break (or, to be
    # safe, starts or ends with a space).
    count = len(values)
    marks = [mark for mark in (profile.delimiter, '"', "\r") if mark in text]
    if text.count("\n") >= count:  # more than the count - 1 between the cells
        marks.append("\n")
    leading = _some_cell_starts(text, (" ",))
    trailing = " " in text and (text.endswith(" ") or " \n" in text)
    if not (marks or leading or trailing):
        return values
    # Which cells, by one search per mark the column holds, each cell's in C (a regular
    # expression run on every cell cost three times as much: job titles at a million).
    may_need: set[int] = set()
    for mark in marks:
        may_need.update(compress(range(count), map(contains, values, repeat(mark))))
    if leading:
        may_need.update(compress(range(count), map(str.startswith, values, repeat(" "))))
    if trailing:
        may_need.update(compress(range(count), map(str.endswith, values, repeat(" "))))
    parts: list[str] = []
    writer = csv.writer(SimpleNamespace(write=parts.append), delimiter=profile.delimiter,
                        lineterminator=profile.line_ending, quoting=csv.QUOTE_MINIMAL)
    line_end = len(profile.line_ending)
    values = list(values)
    for index in may_need:
        # The csv module itself says whether and how the cell is quoted.
        writer.writerow((values[index],))
        values[index] = parts.pop()[:-line_end]
    return values


def _neutralised(values: list[Any]) -> list[Any]:
    """The column's cells that would start a formula with an apostrophe before them (None
    stays None). (neutralise, inlined: a column of phone numbers has a "+" in every cell.)"""
    return [value if not value or not value.startswith(FORMULA_STARTS) else "'" + value
            for value in values]


def _some_cell_starts(text: str, chars: Iterable[str]) -> bool:
    """Whether a cell of a column joined by line breaks may start with one of ``chars``.
    (A two-character search of the text is slower than one of a character: only made for a
    character the text holds.)"""
    return any(char in text and (text.startswith(char) or "\n" + char in text)
               for char in chars)


def _unwritable(profile: ExportProfile, rows: Iterable[Iterable[Any]]) -> UserError:
    """The error naming the first row (the header is row 1), column and character that the
    profile's encoding cannot write."""
    headers = [h for _f, h in profile.columns]
    for number, row in enumerate(rows, start=1):
        for header, cell in zip(headers, row, strict=True):
            try:
                (cell or "").encode(profile.encoding)
            except UnicodeEncodeError as exc:
                return UserError(_("row {number}, {header}: '{reason}' cannot be written in "
                                   "{encoding}; use a UTF-8 profile")
                                 .format(number=number, header=header,
                                         reason=cell[exc.start:exc.end],
                                         encoding=profile.encoding))
    return UserError(_("the file cannot be written in {encoding}; use a UTF-8 profile")
                     .format(encoding=profile.encoding))


def write_xlsx(handle: BinaryIO, profile: ExportProfile, columns: list[list[Any]],
               order: Sequence[int] | None = None) -> None:
    """The columns (one list of values per profile column) as an XLSX workbook, streamed
    into ``handle``: text cells (phones, ids) stay text, dates are dates, a bold frozen
    header with an autofilter, and column widths that fit the content; the rows in
    ``order`` (the index of each; None: as the columns hold them)."""
    from crm.io.xlsx import write_xlsx as write_workbook

    write_workbook(handle, "Leads" if profile.rows == "leads" else "Contacts",
                   [h for _f, h in profile.columns], columns, order)


def ics_bytes(session: Session, *, due: Due | str | None = None,
              flt: ContactFilter | None = None, today: date | None = None) -> tuple[bytes, int]:
    """Open follow-ups (in a ``--due`` window if given) as all-day events, one per
    follow-up on its effective due date, that Outlook and Google Calendar import."""
    from icalendar import Calendar, Event

    rows = list_followups(session, due=due, status="open", today=today or local_today())
    if flt is not None:
        wanted = {r.id for r in list_contacts(session, flt)}
        rows = [r for r in rows if r.contact_id in wanted]
    notes: dict[uuid.UUID, str | None] = {}
    for start in range(0, len(rows), _CHUNK):
        chunk = [r.id for r in rows[start:start + _CHUNK]]
        notes.update(session.execute(select(FollowUp.id, FollowUp.notes)
                                     .where(FollowUp.id.in_(chunk))).all())
    calendar = Calendar()
    calendar.add("prodid", "-//Mission CRM//Follow-ups//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Mission CRM follow-ups")
    stamp = utcnow()
    for row in rows:
        event = Event()
        event.add("uid", f"{row.id}@mission-crm")
        event.add("dtstamp", stamp)
        event.add("dtstart", row.effective_due)
        event.add("dtend", row.effective_due + timedelta(days=1))
        who = row.contact_name + (f" ({row.company})" if row.company else "")
        event.add("summary", f"{row.title} — {who}")
        lines = [f"Follow-up with {who}", f"Contact id: {row.contact_id}"]
        if row.priority:
            lines.append("Priority: " + ("high" if row.priority == 1 else "top"))
        if notes.get(row.id):
            lines.append(notes[row.id])
        event.add("description", "\n".join(lines))
        event.add("priority", {0: 5, 1: 3, 2: 1}.get(row.priority, 5))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Follow-up"])
        calendar.add_component(event)
    return calendar.to_ical(), len(rows)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: an export makes millions of small objects (rows,
    lists, strings), none in a cycle, and the collector would scan them again and again
    (a third of the time of a CSV export at 100,000 contacts)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export_file(session: Session, path: str | Path, *, profile: str = "default",
                fmt: str | None = None, flt: ContactFilter | None = None,
                vcard_version: str = "3.0", due: Due | str | None = None,
                today: date | None = None) -> ExportReport:
    """Export to ``path`` atomically: contacts (all, or those ``flt`` selects) as CSV/XLSX
    through ``profile``, as vCards, or their open follow-ups as iCalendar."""
    target = Path(path).expanduser()
    kind = format_for(target, fmt)
    used_profile: str | None = None
    with _cycle_collector_paused():
        if kind in ("csv", "xlsx"):
            chosen = load_profile(profile)
            used_profile = chosen.name
            table = profile_columns(session, chosen, flt)
            if kind == "csv":
                # Written as it is made, straight into the file (no text of the whole file).
                atomic_write(target, lambda handle: write_csv(handle, table.profile,
                                                              table.columns, table.order))
            else:
                # Streamed too: the workbook is written row by row, never held whole.
                atomic_write(target, lambda handle: write_xlsx(handle, table.profile,
                                                               table.columns, table.order))
            return ExportReport(path=target, format=kind, rows=table.rows,
                                profile=used_profile, losses=table.losses)
        elif kind == "vcard":
            from crm.io.vcard import VCARD_FIELDS, write_vcards

            records = export_records(session, VCARD_FIELDS, flt)
            _add_pictures(session, records)
            data = write_vcards(records, vcard_version).encode("utf-8")
            count = len(records)
            # Pictures travel as PHOTO (and our X-CRM-PICTURE): nothing a vCard cannot hold.
            losses = ()
        else:
            data, count = ics_bytes(session, due=due, flt=flt, today=today)
    atomic_write(target, lambda handle: handle.write(data))
    return ExportReport(path=target, format=kind, rows=count, profile=used_profile,
                        losses=losses if kind == "vcard" else ())
