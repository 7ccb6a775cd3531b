"""``demo``: load the sample mission."""

from __future__ import annotations

import argparse

from crm.cli import CliContext
from crm.services.demo import load_demo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="load the sample mission (June 2022, USA) with generated sample contacts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    # Asking for demo data is asking for a database: a new --db file is made, folders included.
    ctx.create = True
    result = ctx.db.write(load_demo, owner=ctx.owner)
    if not any((result.sessions, result.companies, result.contacts)):
        print("The sample mission is already loaded; nothing added.")
    else:
        print(f"Loaded {result.sessions} sessions, {result.companies} companies, "
              f"{result.contacts} contacts and {result.followups} follow-ups.")
    return 0
