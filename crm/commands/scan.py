"""``scan IMAGE [--json] [--save [--session TITLE]]``: read a badge's QR code or a business
card (crm.scan); print what was read, or save it through quick capture's service."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from crm.cli import EXIT_BAD_INPUT, CliContext, print_json
from crm.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan", help="read a badge's QR code or a business card (a photo) into a contact",
        description="Read the QR code of a conference badge (vCard, MeCard, BIZCARD, a "
                    "LinkedIn or web address) or, without a code, a business card by OCR. "
                    "Prints what was read; --save creates the contact.")
    parser.add_argument("image", metavar="IMAGE", type=Path, help="a photo (JPEG, PNG ...)")
    parser.add_argument("--json", action="store_true",
                        help="print what was read as JSON (nothing is saved)")
    parser.add_argument("--save", action="store_true",
                        help="create the contact, as quick capture does")
    parser.add_argument("--session", metavar="TITLE",
                        help="with --save: the session where you met (default: the session "
                             "running now, else the last one used)")
    parser.add_argument("--keep-picture", action="store_true",
                        help="with --save: keep the picture of the badge or card with the "
                             "contact")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from crm.scan import scan_file

    if args.json and args.save:
        raise UserError("give --json (print, save nothing) or --save, not both")
    if (args.session or args.keep_picture) and not args.save:
        raise UserError("--session and --keep-picture go with --save")
    from crm.services.phones import regions_for

    # A number without + on a card is read where the mission is, else at home.
    regions = [r.code for r in ctx.db.read(regions_for,
                                           home_region=ctx.preferences.default_region)]
    result = scan_file(args.image, region=regions or ctx.preferences.default_region)
    for message in result.messages:
        print(f"note: {message}", file=sys.stderr)
    if args.json:
        print_json([result.as_json()])
        return 0
    if not args.save:
        _print_fields(result)
        return 0
    if not (result.first_name or result.last_name):
        print(f"error: {args.image}: no name was read, so nothing was saved; check the "
              "picture, or add the person with `add contact`", file=sys.stderr)
        return EXIT_BAD_INPUT
    return _save(args, ctx, result)


def _print_fields(result) -> None:  # type: ignore[no-untyped-def]
    rows = [("Name", f"{result.first_name} {result.last_name}".strip(), "first_name"),
            ("Company", result.company, "company"), ("Job title", result.job_title,
                                                     "job_title"),
            ("Email", ", ".join(result.emails), "email"),
            ("Phone", ", ".join(result.phones), "phone"),
            ("LinkedIn", result.linkedin, "linkedin"), ("Website", result.website,
                                                        "company_website"),
            ("Note", result.note.replace("\n", " / "), "notes")]
    low = set(result.low_confidence())
    print(f"Read from the picture ({result.source}):")
    for label, value, key in rows:
        if value:
            check = "   (check this: read with low confidence)" if key in low else ""
            print(f"  {label + ':':<11}{value}{check}")
    print("Nothing saved (--save creates the contact).")


def _note(result) -> str | None:  # type: ignore[no-untyped-def]
    """What the code said besides the fields, or the card's other lines (an address ...)."""
    if not result.note:
        return None
    return f"From the card: {result.note}" if result.source == "ocr" else result.note


def _save(args: argparse.Namespace, ctx: CliContext, result) -> int:  # type: ignore[no-untyped-def]
    from crm.scan import SOURCE_LABELS
    from crm.services.capture import CapturedPicture, capture_contact
    from crm.services.duplicates import similar_contacts
    from crm.services.sessions import current_session, find_session, last_used_session

    region = ctx.preferences.default_region

    def save(session: Session):  # type: ignore[no-untyped-def]
        if args.session:
            met_at = find_session(session, args.session)
        else:
            met_at = current_session(session) or last_used_session(session)
        similar = similar_contacts(session, result.first_name, result.last_name,
                                   result.emails, result.phones, result.company, region=region)
        picture = CapturedPicture(result.picture, result.media_type, result.picture_kind) \
            if args.keep_picture else None
        contact = capture_contact(
            session, first_name=result.first_name, last_name=result.last_name,
            company=result.company or None, job_title=result.job_title or None,
            email=next(iter(result.emails), None), phone=next(iter(result.phones), None),
            more_emails=result.emails[1:], more_phones=result.phones[1:],
            linkedin=result.linkedin or None, website=result.website or None,
            session_id=met_at.id if met_at else None,
            note=_note(result),
            owner=ctx.owner, region=region, picture=picture,
            # A number from a badge that is valid nowhere is kept as written, not dropped.
            keep_unchecked=True,
            source=SOURCE_LABELS[result.source])
        return str(contact.id), contact.full_name, met_at.title if met_at else None, similar

    contact_id, name, met_title, similar = ctx.db.write(save)
    for match in similar:
        print(f"warning: looks like {match.summary}: {match.contact_id}", file=sys.stderr)
    where = f", met at {met_title}" if met_title else " (not at a session)"
    print(f"saved {name}{where}: {contact_id}", file=sys.stderr)
    print(contact_id)
    return 0
