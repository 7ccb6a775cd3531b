"""``list contacts|companies|sessions|followups``."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.orm import Session

from crm.cli import CliContext, print_json, print_table
from crm.errors import ValidationError
from crm.services.companies import list_companies
from crm.services.contacts import ContactFilter, display_name, list_contacts
from crm.services.followups import Due, list_followups
from crm.services.sessions import list_sessions
from crm.services.validation import format_phone


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("list", help="list contacts, companies, sessions or follow-ups")
    parser.add_argument("what", choices=("contacts", "companies", "sessions", "followups"))
    parser.add_argument("--search", default="", metavar="Q", help="only rows matching Q")
    parser.add_argument("--due", choices=[d.value for d in Due],
                        help="follow-ups: overdue, due today, or due within 7 days")
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.add_argument("--no-name", action="store_true",
                        help="contacts: only the people kept without a name (to complete)")
    parser.set_defaults(handler=run)


def contact_dicts(session: Session, search: str, no_name: bool = False) -> list[dict[str, Any]]:
    return [{"id": r.id, "name": display_name(r.first_name, r.last_name, r.email, r.phone),
             "first_name": r.first_name, "last_name": r.last_name,
             "email": r.email, "phone": r.phone, "phone_display": format_phone(r.phone),
             "company": r.company, "company_id": r.company_id, "job_title": r.job_title,
             "country": r.country, "owner": r.owner}
            for r in list_contacts(session, ContactFilter(search=search, no_name=no_name))]


def company_dicts(session: Session, search: str) -> list[dict[str, Any]]:
    return [{"id": r.id, "name": r.name, "kind": r.kind, "country": r.country, "city": r.city,
             "website": r.website, "contacts": r.contact_count}
            for r in list_companies(session, search=search)]


def session_dicts(session: Session, search: str) -> list[dict[str, Any]]:
    return [{"id": r.id, "title": r.title, "kind": r.kind, "mission": r.mission,
             "starts_at": r.starts_at.isoformat() if r.starts_at else None,
             "ends_at": r.ends_at.isoformat() if r.ends_at else None, "venue": r.venue,
             "met": r.met_count}
            for r in list_sessions(session, search=search)]


def followup_dicts(session: Session, search: str, due: str | None) -> list[dict[str, Any]]:
    return [{"id": r.id, "title": r.title, "due": r.effective_due.isoformat(),
             "due_on": r.due_on.isoformat(),
             "snoozed_until": r.snoozed_until.isoformat() if r.snoozed_until else None,
             "status": r.status, "priority": r.priority, "contact_id": r.contact_id,
             "contact": r.contact_name, "company": r.company, "owner": r.owner}
            for r in list_followups(session, due=due, search=search)]


COLUMNS = {
    "contacts": ("name", "company", "email", "phone_display", "id"),
    "companies": ("name", "kind", "country", "contacts", "id"),
    "sessions": ("title", "kind", "starts_at", "met", "id"),
    "followups": ("due", "status", "title", "contact", "id"),
}


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.due and args.what != "followups":
        raise ValidationError("--due applies to 'list followups' only", field="due")
    if args.no_name and args.what != "contacts":
        raise ValidationError("--no-name applies to 'list contacts' only", field="no_name")

    def collect(session: Session) -> list[dict[str, Any]]:
        if args.what == "contacts":
            return contact_dicts(session, args.search, args.no_name)
        if args.what == "companies":
            return company_dicts(session, args.search)
        if args.what == "sessions":
            return session_dicts(session, args.search)
        return followup_dicts(session, args.search, args.due)

    rows = ctx.db.read(collect)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, COLUMNS[args.what])
    return 0
