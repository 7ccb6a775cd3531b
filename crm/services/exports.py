"""Exports: contacts (everything, or exactly what a view shows) to CSV, XLSX or vCard through
profiles that are data files, and open follow-ups to an iCalendar file for calendars."""

from __future__ import annotations

import io
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm.clock import local_today, utcnow
from crm.errors import UserError, ValidationError
from crm.models import Contact, Encounter, FollowUp, MissionSession
from crm.services.contacts import ContactFilter, list_contacts
from crm.services.followups import Due, list_followups
from crm.services.validation import format_phone

PROFILE_DIR = Path(__file__).resolve().parents[2] / "resources" / "export_profiles"
EXPORT_FORMATS = ("csv", "xlsx", "vcard", "ics")
_SUFFIX_FORMATS = {".xlsx": "xlsx", ".vcf": "vcard", ".vcard": "vcard", ".ics": "ics",
                   ".csv": "csv", ".txt": "csv"}
# Columns written as text in XLSX even when they look like numbers (phones, ids).
_CHUNK = 500

Progress = Callable[[int, int], None]

CONTACT_FIELDS = (
    "id", "first_name", "last_name", "full_name", "job_title", "company", "company_kind",
    "company_country", "company_city", "company_website", "email", "other_emails", "emails",
    "phone", "other_phones", "phones", "work_phone", "mobile_phone", "home_phone",
    "other_phone", "linkedin", "country", "language", "tags", "tags_google", "tags_outlook",
    "priority", "owner", "source", "lawful_basis", "lawful_basis_on", "lawful_basis_note",
    "notes", "sessions", "created_at", "updated_at",
)
LEAD_FIELDS = ("mission", "session", "met_on", "encounter_note", "delegate",
               "followup_status", "lead_country")
_NUMBERED = re.compile(r"^(email|phone)_(\d+)(_label)?$")


@dataclass(frozen=True)
class ExportProfile:
    """Which rows and columns a CSV/XLSX export writes, and how (a JSON file in resources)."""

    name: str
    description: str
    rows: str  # "contacts" or "leads" (one row per contact x session met)
    delimiter: str
    encoding: str
    line_ending: str
    columns: tuple[tuple[str, str], ...]  # (field, header)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: str
    rows: int
    profile: str | None

    def summary(self) -> str:
        what = "events" if self.format == "ics" else "rows" if self.format != "vcard" else \
            "contacts"
        return f"{self.path}: {self.rows} {what} written ({self.format}" + \
            (f", profile {self.profile})" if self.profile else ")")


def list_profiles() -> list[str]:
    """The names of the built-in export profiles."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.json"))


def load_profile(name: str) -> ExportProfile:
    """A built-in profile by name, or a profile file a user copied and adapted (a path)."""
    path = Path(name)
    if path.suffix.lower() != ".json":
        path = PROFILE_DIR / f"{name}.json"
        if not path.exists():
            raise ValidationError(f"profile: no profile '{name}' (one of: "
                                  f"{', '.join(list_profiles())}, or a .json file)",
                                  field="profile")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        columns = tuple((c["field"], c.get("header", c["field"])) for c in raw["columns"])
        profile = ExportProfile(
            name=path.stem, description=raw.get("description", ""),
            rows=raw.get("rows", "contacts"), delimiter=raw.get("delimiter", ","),
            encoding=raw.get("encoding", "utf-8"), line_ending=raw.get("line_ending", "\n"),
            columns=columns)
    except FileNotFoundError:
        raise ValidationError(f"profile: no file {path}", field="profile") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"{path}: not a valid export profile ({exc})",
                              field="profile") from None
    _check_profile(profile, path)
    return profile


def _check_profile(profile: ExportProfile, path: Path) -> None:
    if profile.rows not in ("contacts", "leads"):
        raise ValidationError(f"{path}: rows must be 'contacts' or 'leads'", field="profile")
    if len(profile.delimiter) != 1 or profile.delimiter in "\"'\r\n":
        raise ValidationError(f"{path}: delimiter must be one character such as , or ;",
                              field="profile")
    if profile.line_ending not in ("\n", "\r\n"):
        raise ValidationError(f"{path}: line_ending must be \"\\n\" or \"\\r\\n\"",
                              field="profile")
    try:
        "".encode(profile.encoding)
    except LookupError:
        raise ValidationError(f"{path}: unknown encoding '{profile.encoding}'",
                              field="profile") from None
    allowed = set(CONTACT_FIELDS) | (set(LEAD_FIELDS) if profile.rows == "leads" else set())
    for field, _header in profile.columns:
        if field not in allowed and not _NUMBERED.match(field):
            raise ValidationError(f"{path}: unknown field '{field}' (known: "
                                  f"{', '.join(sorted(allowed))}, email_N, phone_N ...)",
                                  field="profile")


def format_for(path: Path, fmt: str | None) -> str:
    """The export format: the one asked for, else the file's extension, else CSV."""
    if fmt:
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(f"format: '{fmt}' is not one of {', '.join(EXPORT_FORMATS)}",
                                  field="format")
        return fmt
    return _SUFFIX_FORMATS.get(path.suffix.lower(), "csv")


def _labelled(values: Iterable[tuple[str, str | None]]) -> str:
    return "; ".join(f"{v} ({label})" if label else v for v, label in values)


def _contacts(session: Session, flt: ContactFilter | None) -> list[Contact]:
    """The contacts ``flt`` selects, in the contacts list's order, with what exports show."""
    ids = [row.id for row in list_contacts(session, flt)]
    by_id: dict[uuid.UUID, Contact] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for contact in session.scalars(select(Contact).where(Contact.id.in_(chunk)).options(
                selectinload(Contact.company), selectinload(Contact.emails),
                selectinload(Contact.phones), selectinload(Contact.tags),
                selectinload(Contact.followups),
                selectinload(Contact.encounters).selectinload(Encounter.session)
                .selectinload(MissionSession.mission))):
            by_id[contact.id] = contact
    return [by_id[i] for i in ids if i in by_id]


def _live_encounters(contact: Contact) -> list[Encounter]:
    met = [e for e in contact.encounters
           if e.deleted_at is None and e.session.deleted_at is None]
    never = datetime.max.replace(tzinfo=UTC)
    return sorted(met, key=lambda e: (e.met_at or never, e.session.title))


def contact_fields(contact: Contact) -> dict[str, Any]:
    """Every exportable field of a contact, plus its lists (emails, phones, tags, sessions)."""
    company = contact.company if contact.company and contact.company.deleted_at is None \
        else None
    emails = [(e.address, e.label) for e in contact.emails]
    phones = [(p.number, p.label) for p in contact.phones]
    tags = [t.name for t in contact.tags]
    sessions = list(dict.fromkeys(e.session.title for e in _live_encounters(contact)))
    data: dict[str, Any] = {
        "id": str(contact.id), "first_name": contact.first_name,
        "last_name": contact.last_name, "full_name": contact.full_name,
        "job_title": contact.job_title, "company": company.name if company else None,
        "company_kind": company.kind if company else None,
        "company_country": company.country if company else None,
        "company_city": company.city if company else None,
        "company_website": company.website if company else None,
        "email": emails[0][0] if emails else None,
        "other_emails": _labelled(emails[1:]), "emails": _labelled(emails),
        "phone": format_phone(phones[0][0]) if phones else None,
        "other_phones": _labelled((format_phone(n), lb) for n, lb in phones[1:]),
        "phones": _labelled(phones),
        "linkedin": contact.linkedin, "country": contact.country,
        "language": contact.language, "tags": "; ".join(tags),
        "tags_google": " ::: ".join([*tags, "* myContacts"]),
        "tags_outlook": ";".join(tags), "priority": contact.priority,
        "owner": contact.owner, "source": contact.source,
        "lawful_basis": contact.lawful_basis, "lawful_basis_on": contact.lawful_basis_on,
        "lawful_basis_note": contact.lawful_basis_note, "notes": contact.notes,
        "sessions": "; ".join(sessions),
        "created_at": contact.created_at, "updated_at": contact.updated_at,
        "email_list": emails, "phone_list": phones, "tag_list": tags,
        "session_list": sessions,
    }
    for label in ("work", "mobile", "home", "other"):
        number = next((n for n, lb in phones if (lb or "other") == label), None)
        data[f"{label}_phone"] = format_phone(number) if number else None
    return data


def _followup_status(contact: Contact) -> str:
    live = [f for f in contact.followups if f.deleted_at is None]
    open_ = [f for f in live if f.status == "open"]
    if open_:
        due = min(max(f.due_on, f.snoozed_until or f.due_on) for f in open_)
        return f"open (due {due.isoformat()})"
    if any(f.status == "done" for f in live):
        return "done"
    return "none"


def _met_on(encounter: Encounter) -> date | None:
    """The day a lead was met: when it was logged, if that falls within its session;
    otherwise (logged later from notes or a card) the session's day."""
    session = encounter.session
    met, start, end = encounter.met_at, session.starts_at, session.ends_at
    if met is not None and (start is None or start - timedelta(days=1) <= met
                            <= (end or start) + timedelta(days=1)):
        return met.astimezone().date()
    return start.astimezone().date() if start else (met.astimezone().date() if met else None)


def lead_rows(contact: Contact) -> list[dict[str, Any]]:
    """One row per session the contact was met at (one row without a session if never met)."""
    base = contact_fields(contact)
    base["followup_status"] = _followup_status(contact)
    base["lead_country"] = base["company_country"] or base["country"]
    rows = []
    for encounter in _live_encounters(contact) or [None]:
        row = dict(base)
        if encounter is None:
            row.update(mission=None, session=None, met_on=None, encounter_note=None,
                       delegate=contact.owner)
        else:
            met = _met_on(encounter)
            row.update(mission=encounter.session.mission.name, session=encounter.session.title,
                       met_on=met,
                       encounter_note=encounter.note,
                       delegate=encounter.owner or contact.owner)
        rows.append(row)
    return rows


def _value(data: dict[str, Any], field: str) -> Any:
    numbered = _NUMBERED.match(field)
    if numbered:
        kind, n, is_label = numbered.groups()
        values = data["email_list" if kind == "email" else "phone_list"]
        index = int(n) - 1
        if index >= len(values):
            return None
        value, label = values[index]
        if is_label:
            return (label or "").capitalize() or None
        return value if kind == "email" else format_phone(value)
    return data.get(field)


def table_rows(session: Session, profile: ExportProfile,
               flt: ContactFilter | None = None) -> list[list[Any]]:
    """The profile's rows for the contacts ``flt`` selects (values, not yet text)."""
    rows: list[list[Any]] = []
    for contact in _contacts(session, flt):
        records = lead_rows(contact) if profile.rows == "leads" else [contact_fields(contact)]
        rows.extend([_value(r, field) for field, _h in profile.columns] for r in records)
    return rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(profile: ExportProfile, rows: list[list[Any]]) -> bytes:
    """The rows as CSV in the profile's delimiter, encoding and line ending, every cell made
    inert for spreadsheets (crm.io.safety.neutralise)."""
    import csv

    import pandas as pd

    from crm.io.safety import neutralise

    headers = [neutralise(h) for _f, h in profile.columns]
    frame = pd.DataFrame([[neutralise(_text(v)) for v in row] for row in rows],
                         columns=headers, dtype=object)
    if frame.empty:
        frame = pd.DataFrame(columns=headers)
    text = frame.to_csv(index=False, sep=profile.delimiter, lineterminator=profile.line_ending,
                        quoting=csv.QUOTE_MINIMAL)
    try:
        return text.encode(profile.encoding)
    except UnicodeEncodeError as exc:
        line = text[: exc.start].count("\n") + 1
        raise UserError(f"row {line}: '{text[exc.start:exc.end]}' cannot be written in "
                        f"{profile.encoding}; use a UTF-8 profile") from None


def xlsx_bytes(profile: ExportProfile, rows: list[list[Any]]) -> bytes:
    """The rows as an XLSX workbook: text cells (phones, ids) stay text, dates are dates,
    a bold frozen header with an autofilter, and column widths that fit the content."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Leads" if profile.rows == "leads" else "Contacts"
    headers = [h for _f, h in profile.columns]
    sheet.append(headers)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.data_type = "s"
    widths = [len(h) for h in headers]
    for row in rows:
        values = [v if isinstance(v, (int, date)) and not isinstance(v, bool) else _text(v)
                  for v in row]
        values = [v.replace(tzinfo=None) if isinstance(v, datetime) else v for v in values]
        values = [v or None if isinstance(v, str) else v for v in values]
        sheet.append(values)
        for i, cell in enumerate(sheet[sheet.max_row]):
            if isinstance(cell.value, str):
                # Never a formula, whatever the text starts with.
                cell.data_type = "s"
                widths[i] = max(widths[i], min(len(cell.value), 60))
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
                widths[i] = max(widths[i], 10)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width, 6) + 2, 62)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


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


def export_file(session: Session, path: str | Path, *, profile: str = "default",
                fmt: str | None = None, flt: ContactFilter | None = None,
                vcard_version: str = "3.0", due: Due | str | None = None,
                today: date | None = None) -> ExportReport:
    """Export to ``path`` atomically: contacts (all, or those ``flt`` selects) as CSV/XLSX
    through ``profile``, as vCards, or their open follow-ups as iCalendar."""
    from crm.io.safety import atomic_write

    target = Path(path).expanduser()
    kind = format_for(target, fmt)
    used_profile: str | None = None
    if kind in ("csv", "xlsx"):
        chosen = load_profile(profile)
        used_profile = chosen.name
        rows = table_rows(session, chosen, flt)
        data = csv_bytes(chosen, rows) if kind == "csv" else xlsx_bytes(chosen, rows)
        count = len(rows)
    elif kind == "vcard":
        from crm.io.vcard import write_vcards

        fields = [contact_fields(c) for c in _contacts(session, flt)]
        data = write_vcards(fields, vcard_version).encode("utf-8")
        count = len(fields)
    else:
        data, count = ics_bytes(session, due=due, flt=flt, today=today)
    atomic_write(target, lambda handle: handle.write(data))
    return ExportReport(path=target, format=kind, rows=count, profile=used_profile)
