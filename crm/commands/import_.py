"""``import FILE`` (any source of crm.sources: CSV, XLSX, vCard, LinkedIn ...) and
``import --revert-last``."""

from __future__ import annotations

import argparse
import sys

from crm.cli import EXIT_BAD_INPUT, CliContext
from crm.errors import UserError
from crm.services.importing.read import import_formats
from crm.sources import sources


def register(subparsers: argparse._SubParsersAction) -> None:
    kinds = ", ".join(source.label for source in sources())
    parser = subparsers.add_parser(
        "import", help=f"import contacts from a file ({kinds})",
        description="Import contacts. A contact already known (same email or phone) is "
                    "updated, not duplicated; the whole import is one transaction.")
    parser.add_argument("file", metavar="FILE", nargs="?", help="the file to import")
    parser.add_argument("--format", dest="fmt", default="auto",
                        choices=import_formats(),
                        help="file format (default: detected)")
    parser.add_argument("--session", metavar="TITLE",
                        help="record everyone imported as met at this session")
    parser.add_argument("--dry-run", action="store_true",
                        help="report what would happen and write nothing")
    parser.add_argument("--revert-last", action="store_true",
                        help="undo the last import (remove what it created, restore what it "
                             "updated)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from crm.services.imports import import_file, revert_last_import

    if args.revert_last:
        if args.file or args.dry_run or args.session:
            raise UserError("--revert-last takes no FILE, --session or --dry-run")
        print(ctx.db.write(revert_last_import).summary())
        return 0
    if not args.file:
        print("mission-crm import: give a FILE (or --revert-last)", file=sys.stderr)
        return EXIT_BAD_INPUT
    kwargs = dict(fmt=args.fmt, session_title=args.session, dry_run=args.dry_run,
                  owner=ctx.owner, region=ctx.preferences.default_region)
    # A dry run only reads: it never takes the write lock.
    run_in = ctx.db.read if args.dry_run else ctx.db.write
    report = run_in(import_file, args.file, **kwargs)
    print(report.summary())
    return 0
