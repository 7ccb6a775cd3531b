"""``add contact`` and ``add followup``."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.orm import Session

from crm.cli import CliContext, CliParser
from crm.services.common import parse_id
from crm.services.contacts import create_contact
from crm.services.duplicates import Match, similar_contacts
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
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
                         help="phone (repeatable; without +, read in your default region)")
    contact.add_argument("--company", help="company name (created if new)")
    contact.add_argument("--title", dest="job_title", help="job title")
    contact.add_argument("--country", help="two-letter country code")
    contact.add_argument("--tags", default="", help="comma-separated tags")
    contact.add_argument("--session", help="title of the session where you met")
    contact.add_argument("--note", help="a short note (on the encounter when --session is given)")
    contact.set_defaults(handler=run_contact)

    followup = kinds.add_parser("followup", help="add a follow-up to a contact; prints its id")
    followup.add_argument("contact_id", metavar="CONTACT_ID")
    followup.add_argument("--title", required=True)
    followup.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    followup.add_argument("--priority", type=int, default=0, choices=(0, 1, 2))
    followup.set_defaults(handler=run_followup)


def run_contact(args: argparse.Namespace, ctx: CliContext) -> int:
    def add(session: Session) -> tuple[str, list[Match]]:
        met_at = find_session(session, args.session) if args.session else None
        # Looked up before creating; the contact is created anyway (a user may know better).
        similar = similar_contacts(session, args.first, args.last, args.email, args.phone,
                                   args.company, region=ctx.preferences.default_region)
        contact = create_contact(
            session, first_name=args.first, last_name=args.last, emails=args.email,
            phones=args.phone, company=args.company, job_title=args.job_title,
            country=args.country, tags=split_tags(args.tags), owner=ctx.owner,
            notes=None if met_at else args.note, source="command line",
            region=ctx.preferences.default_region)
        if met_at is not None:
            record_encounter(session, contact_id=contact.id, session_id=met_at.id,
                             note=args.note, owner=ctx.owner)
        return str(contact.id), similar

    contact_id, similar = ctx.db.write(add)
    for match in similar:
        print(f"warning: looks like {match.summary}: {match.contact_id}", file=sys.stderr)
    print(contact_id)
    return 0


def run_followup(args: argparse.Namespace, ctx: CliContext) -> int:
    contact_id = parse_id(args.contact_id, "contact id")
    due = parse_date(args.due, "due")
    followup = ctx.db.write(create_followup, contact_id=contact_id, title=args.title,
                            due_on=due, priority=args.priority, owner=ctx.owner)
    print(followup.id)
    return 0
