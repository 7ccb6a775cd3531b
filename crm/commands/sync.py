"""``sync``: team mode: push local changes to the server, pull the others'; list conflicts."""

from __future__ import annotations

import argparse
import json

from crm.cli import EXIT_OK, CliContext, print_json, print_table
from crm.db import open_database
from crm.errors import UserError
from crm.sync import list_conflicts, restore_conflict, sync


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sync", help="team mode: push local changes to the server and pull the others'")
    parser.add_argument("--server", metavar="URL",
                        help="the team database, postgresql://USER@HOST/DATABASE (its "
                             "password comes from the keyring: `server password`)")
    parser.add_argument("--batch", type=int, default=2000, metavar="N",
                        help="records per pulled batch (each batch is committed on its own)")
    parser.add_argument("--conflicts", action="store_true",
                        help="list the conflicts syncs found (no sync)")
    parser.add_argument("--restore", metavar="CONFLICT_ID",
                        help="put back the version that lost a conflict (no sync)")
    parser.add_argument("--json", action="store_true", help="with --conflicts: JSON output")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.restore:
        conflict = ctx.db.write(restore_conflict, args.restore)
        print(f"restored the {conflict.table_name} record {conflict.row_id}; "
              "the next sync sends it")
        return EXIT_OK
    if args.conflicts:
        rows = [{"id": str(c.id), "table": c.table_name, "row_id": c.row_id,
                 "reason": c.reason, "detected_at": c.detected_at.isoformat(),
                 "kept": json.loads(c.kept) if c.kept else None,
                 "lost": json.loads(c.lost) if c.lost else None}
                for c in ctx.db.read(list_conflicts)]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, ["id", "table", "row_id", "reason", "detected_at"])
        return EXIT_OK
    if not args.server:
        raise UserError("sync: give --server URL (or --conflicts, --restore)", field="server")
    if args.batch < 1:
        raise UserError("--batch: must be at least 1", field="batch")
    server = open_database(args.server)
    try:
        result = sync(ctx.db, server, batch=args.batch,
                      progress=lambda stage, n: print(f"{stage} {n}", flush=True))
    finally:
        server.close()
    print(f"ok: pulled {result.pulled}, pushed {result.pushed}, "
          f"conflicts {result.conflicts}", flush=True)
    if result.refused:
        print(f"{result.refused} record(s) set aside, the server would refuse them; fix them "
              "here and sync again (also in `sync --conflicts`):", flush=True)
        for line in result.refusals:
            print(f"  {line}", flush=True)
    return EXIT_OK
