"""``duplicates``: contacts and companies that may be the same, scored, with reasons."""

from __future__ import annotations

import argparse
from typing import Any

from crm.cli import CliContext, print_json
from crm.errors import ValidationError
from crm.services.duplicates import MIN_SCORE, DuplicatePair, find_duplicates


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "duplicates", help="list contacts and companies that may be duplicates (nothing is "
                           "merged; see 'merge')")
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.add_argument("--min-score", type=int, default=MIN_SCORE, metavar="N",
                        help=f"only pairs scoring at least N of 100 (default {MIN_SCORE})")
    parser.set_defaults(handler=run)


def pair_dict(pair: DuplicatePair) -> dict[str, Any]:
    """A pair as printed: ``ids[0]`` is the older record, the suggested one to keep."""
    return {"kind": pair.kind, "ids": [str(pair.a_id), str(pair.b_id)],
            "names": [pair.a_name, pair.b_name], "score": pair.score,
            "reasons": list(pair.reasons)}


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if not 0 <= args.min_score <= 100:
        raise ValidationError(f"--min-score: {args.min_score} is not between 0 and 100",
                              field="min_score")
    pairs = ctx.db.read(find_duplicates, min_score=args.min_score)
    if args.json:
        print_json([pair_dict(p) for p in pairs])
        return 0
    if not pairs:
        print("No duplicates found.")
    for p in pairs:
        print(f"{p.score:3d}  {p.kind:7}  {p.a_name}  <->  {p.b_name}  ({'; '.join(p.reasons)})")
        print(f"     merge {p.a_id} {p.b_id}")
    return 0
