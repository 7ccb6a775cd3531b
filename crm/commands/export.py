"""``export FILE [--profile NAME] [--format csv|xlsx|vcard|ics]``."""

from __future__ import annotations

import argparse

from crm.cli import CliContext
from crm.services.contacts import ContactFilter
from crm.services.followups import Due


def register(subparsers: argparse._SubParsersAction) -> None:
    from crm.services.exports import EXPORT_FORMATS

    parser = subparsers.add_parser(
        "export", help="export contacts (CSV, XLSX, vCard) or open follow-ups (ICS)",
        description="Export contacts through a profile (default, excel, google, outlook, "
                    "agency, or a .json profile file), as vCards, or open follow-ups as an "
                    "iCalendar file. The file is replaced only when complete.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--profile", default="default",
                        help="default, excel, google, outlook, agency, or a profile .json")
    parser.add_argument("--format", dest="fmt", choices=EXPORT_FORMATS,
                        help="default: from the file extension (.xlsx, .vcf, .ics), else csv")
    parser.add_argument("--search", default="", metavar="Q",
                        help="only contacts matching Q (as in the contacts list)")
    parser.add_argument("--session", metavar="TITLE", help="only contacts met at this session")
    parser.add_argument("--tag", help="only contacts with this tag")
    parser.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    parser.add_argument("--due", choices=[d.value for d in Due],
                        help="ics: only follow-ups in this window (as list followups --due)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from sqlalchemy.orm import Session

    from crm.services.exports import ExportReport, export_file
    from crm.services.sessions import find_session

    def export(session: Session) -> ExportReport:
        flt = ContactFilter(search=args.search, tag=args.tag)
        if args.session:
            flt.session_id = find_session(session, args.session).id
        return export_file(session, args.file, profile=args.profile, fmt=args.fmt, flt=flt,
                           vcard_version=args.vcard_version, due=args.due)

    print(ctx.db.read(export).summary())
    return 0
