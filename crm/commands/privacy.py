"""``subject-access CONTACT_ID`` and ``retention``: GDPR access requests and housekeeping."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm.cli import CliContext, print_json, print_table
from crm.errors import UserError
from crm.services.privacy import (
    subject_access,
    subject_access_json,
    subject_access_text,
    untouched_contacts,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    access = subparsers.add_parser(
        "subject-access", help="everything held about one person (GDPR access request)")
    access.add_argument("contact_id", metavar="CONTACT_ID")
    access.add_argument("--format", choices=("text", "json"), default=None,
                        help="text (default) or json; with --output, taken from its suffix")
    access.add_argument("--output", metavar="FILE", type=Path, help="write to FILE")
    access.set_defaults(handler=run_subject_access)

    retention = subparsers.add_parser(
        "retention", help="contacts nobody has touched for N months (candidates for erasure)")
    retention.add_argument("--months", type=int, default=24, help="default: 24")
    retention.add_argument("--json", action="store_true", help="print JSON")
    retention.set_defaults(handler=run_retention)


def run_subject_access(args: argparse.Namespace, ctx: CliContext) -> int:
    data = ctx.db.read(subject_access, args.contact_id)
    fmt = args.format or ("json" if args.output and args.output.suffix == ".json" else "text")
    text = subject_access_json(data) if fmt == "json" else subject_access_text(data)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{args.output}: cannot write ({exc.strerror})") from None
    print(f"written to {args.output}")
    return 0


def run_retention(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = [{"id": str(r.id), "first_name": r.first_name, "last_name": r.last_name,
             "last_activity": r.last_activity.date().isoformat(),
             "lawful_basis": r.lawful_basis, "in_trash": r.in_trash}
            for r in ctx.db.read(untouched_contacts, args.months)]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "first_name", "last_name", "last_activity", "lawful_basis"])
    return 0
