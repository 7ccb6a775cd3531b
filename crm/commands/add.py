"""``add contact`` and ``add followup``."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.orm import Session

from crm.cli import CliContext, CliParser
from crm.errors import UserError
from crm.services.common import parse_id
from crm.services.contacts import create_contact, display_name
from crm.services.duplicates import Match, similar_contacts
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.phones import (
    Region,
    UncheckedPhoneError,
    phone_text,
    read_phone,
    regions_for,
)
from crm.services.sessions import find_session
from crm.services.tags import split_tags
from crm.services.validation import parse_date


def register(subparsers: argparse._SubParsersAction) -> None:
    add = subparsers.add_parser("add", help="add a contact or a follow-up")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True,
                               parser_class=CliParser)

    contact = kinds.add_parser("contact", help="add a contact; prints its id")
    contact.add_argument("--first", default="", help="first name")
    contact.add_argument("--last", default="", help="last name")
    contact.add_argument("--email", action="append", default=[], help="email (repeatable)")
    contact.add_argument("--phone", action="append", default=[],
                         help="phone (repeatable); without +, read in the contact's --country, "
                              "its company's country, the mission's, then your home region")
    contact.add_argument("--keep-as-written", action="store_true",
                         help="keep a phone that is valid in none of those regions exactly as "
                              "written, marked 'not checked'")
    contact.add_argument("--company", help="company name (created if new)")
    contact.add_argument("--title", dest="job_title", help="job title")
    contact.add_argument("--country", help="two-letter country code")
    contact.add_argument("--tags", default="", help="comma-separated tags")
    contact.add_argument("--session", help="title of the session where you met")
    contact.add_argument("--note", help="a short note (on the encounter when --session is given)")
    contact.add_argument("--json", action="store_true",
                         help="print the stored contact as JSON instead of its id")
    contact.set_defaults(handler=run_contact)

    followup = kinds.add_parser("followup", help="add a follow-up to a contact; prints its id")
    followup.add_argument("contact_id", metavar="CONTACT_ID")
    followup.add_argument("--title", required=True)
    followup.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    followup.add_argument("--priority", type=int, default=0, choices=(0, 1, 2))
    followup.set_defaults(handler=run_followup)


def run_contact(args: argparse.Namespace, ctx: CliContext) -> int:
    def add(session: Session) -> tuple[dict[str, object], list[Match]]:
        met_at = find_session(session, args.session) if args.session else None
        # Looked up before creating; the contact is created anyway (a user may know better).
        similar = similar_contacts(session, args.first, args.last, args.email, args.phone,
                                   args.company, region=ctx.preferences.default_region)
        contact = create_contact(
            session, first_name=args.first, last_name=args.last, emails=args.email,
            phones=args.phone, company=args.company, job_title=args.job_title,
            country=args.country, tags=split_tags(args.tags), owner=ctx.owner,
            notes=None if met_at else args.note, source="command line",
            region=ctx.preferences.default_region, keep_unchecked=args.keep_as_written)
        if met_at is not None:
            record_encounter(session, contact_id=contact.id, session_id=met_at.id,
                             note=args.note, owner=ctx.owner)
        regions = regions_for(session, home_region=ctx.preferences.default_region,
                              contact_country=contact.country,
                              company_country=contact.company.country if contact.company
                              else None)
        return _contact_json(contact, args.phone, regions), similar

    try:
        added, similar = ctx.db.write(add)
    except UncheckedPhoneError as exc:
        raise UserError(f"{exc.message}; add the country code (+1 ...), give --country, or "
                        "--keep-as-written to keep it unchecked", field=exc.field) from None
    for match in similar:
        print(f"warning: looks like {match.summary}: {match.contact_id}", file=sys.stderr)
    for phone in added["phones"]:  # type: ignore[attr-defined]
        if not phone["checked"]:
            print(f"note: phone '{phone['number']}' kept as written, not checked",
                  file=sys.stderr)
        elif phone["read_in"]:
            print(f"note: phone '{phone['typed']}' read in {phone['read_in']}: "
                  f"{phone['shown']}", file=sys.stderr)
    if args.json:
        print(json.dumps(added, ensure_ascii=False, indent=2))
    else:
        print(added["id"])
    return 0


def _contact_json(contact, typed: list[str],  # type: ignore[no-untyped-def]
                  regions: tuple[Region, ...]) -> dict[str, object]:
    """The stored contact as ``--json`` prints it; each phone with what was typed and the
    region it was read in (read again the way create_contact read it)."""
    phones = []
    readings = {}
    for text in typed:
        if text.strip():
            reading = read_phone(text, regions)
            readings.setdefault((reading.number, reading.extension), (text, reading.region))
    for row in contact.phones:
        source, region = readings.get((row.number, row.extension), (row.number, None))
        phones.append({"number": row.number, "checked": row.checked,
                       "extension": row.extension, "label": row.label,
                       "shown": phone_text(row.number, row.checked, row.extension),
                       "typed": source, "read_in": str(region) if region else None})
    return {"id": str(contact.id), "name": display_name(contact.first_name, contact.last_name,
                                                        contact.email, contact.phone),
            "first_name": contact.first_name, "last_name": contact.last_name,
            "company": contact.company.name if contact.company else None,
            "country": contact.country, "emails": [e.address for e in contact.emails],
            "phones": phones}


def run_followup(args: argparse.Namespace, ctx: CliContext) -> int:
    contact_id = parse_id(args.contact_id, "contact id")
    due = parse_date(args.due, "due")
    followup = ctx.db.write(create_followup, contact_id=contact_id, title=args.title,
                            due_on=due, priority=args.priority, owner=ctx.owner)
    print(followup.id)
    return 0
