"""``erase CONTACT_ID``: GDPR erasure, gone for good from every table, index and backup."""

from __future__ import annotations

import argparse
import sys

from crm.cli import CliContext
from crm.services.privacy import erase_person


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "erase", help="GDPR erasure: remove a person for good from every table, the search "
                      "index and the automatic backups")
    parser.add_argument("contact_id", metavar="CONTACT_ID")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    erased = erase_person(ctx.db, args.contact_id)
    removed = sum(erased.rows.values())
    print(f"erased contact {erased.contact_id} ({removed} rows; "
          f"{erased.backups_erased} automatic backup(s) cleaned)")
    for path in erased.backups_unreached:
        print(f"warning: {path} is encrypted with another key and may still hold this person; "
              f"delete it, or set MISSION_CRM_PASSPHRASE to its key and erase again",
              file=sys.stderr)
    return 0
