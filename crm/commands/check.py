"""``check``: integrity and schema version; exit 0 when sound."""

from __future__ import annotations

import argparse
import sys

from crm.cli import CliContext
from crm.db import head_revision, integrity_problems


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="check integrity and schema version")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    problems = integrity_problems(ctx.db)
    if problems:
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        return 1
    print(f"ok: integrity sound, schema at revision {head_revision()}")
    return 0
