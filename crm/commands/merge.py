"""``merge KEEP_ID OTHER_ID`` (contacts or companies) and ``merge --undo``."""

from __future__ import annotations

import argparse

from crm.cli import CliContext
from crm.errors import ValidationError
from crm.services.merge import OTHER, merge_records, undo_last_merge


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge", help="merge OTHER_ID into KEEP_ID (two contacts or two companies); "
                      "everything linked to OTHER_ID moves to KEEP_ID")
    parser.add_argument("keep_id", nargs="?", metavar="KEEP_ID")
    parser.add_argument("other_id", nargs="?", metavar="OTHER_ID")
    parser.add_argument("--take", action="append", default=[], metavar="FIELD",
                        help="take this field from OTHER_ID (repeatable), e.g. --take job_title;"
                             " other fields keep KEEP_ID's value, or OTHER_ID's where empty")
    parser.add_argument("--undo", action="store_true", help="undo the last merge")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.undo:
        if args.keep_id or args.take:
            raise ValidationError("--undo takes no ids or --take: it undoes the last merge",
                                  field="undo")
        undone = ctx.db.write(undo_last_merge)
        print(f"Undone: the merge of {undone.summary}; both records are back "
              f"({undone.keep_id}, {undone.other_id}).")
        return 0
    if not (args.keep_id and args.other_id):
        raise ValidationError("merge needs KEEP_ID and OTHER_ID (or --undo)", field="keep_id")
    # "--take company" reads as the field a user sees.
    aliases = {"company": "company_id", "first": "first_name", "last": "last_name",
               "title": "job_title"}
    choices = {aliases.get(name.strip(), name.strip()): OTHER for name in args.take}
    result = ctx.db.write(merge_records, args.keep_id, args.other_id, choices)
    moved = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in sorted(result.moved.items()))
    print(f"Merged {result.summary} ({result.keep_id}).")
    if moved:
        print(f"Moved: {moved}.")
    print("Undo with: merge --undo")
    return 0
