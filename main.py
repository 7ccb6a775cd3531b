"""Mission CRM: with no command, opens the app; with a command, runs the headless CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from crm.cli import build_parser, run_command
    from ui.commands import COMMANDS as UI_COMMANDS

    parser = build_parser(UI_COMMANDS)
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the main window offscreen to PNG, then exit")
    args = parser.parse_args(argv)
    if args.command:
        return run_command(args)
    # Qt is imported only here: the CLI starts fast and runs where no display exists.
    from ui.app import run_app

    return run_app(db_target=args.db, screenshot=args.screenshot)


if __name__ == "__main__":
    sys.exit(main())
