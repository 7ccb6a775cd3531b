"""Mission CRM: with no command, opens the app; with a command, runs the headless CLI."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# With only these options (each with its value), the app starts without building the CLI's
# parser, which imports every command module (the team server's pulls in psycopg ...).
APP_OPTIONS = ("--db", "--screenshot", "--size", "--page", "--language")
LANGUAGES = ("en", "fr", "nl")  # --language (crm.i18n.LANGUAGES, without importing it)


def app_options(argv: Sequence[str]) -> dict[str, str] | None:
    """``{option: value}`` when ``argv`` holds nothing but the app's options, else None."""
    found: dict[str, str] = {}
    items = list(argv)
    while items:
        name, equals, value = items.pop(0).partition("=")
        if name not in APP_OPTIONS:
            return None
        if not equals:
            if not items or items[0].startswith("-"):
                return None
            value = items.pop(0)
        if name == "--language" and value not in LANGUAGES:
            return None  # the parser says which values it takes
        found[name] = value
    return found


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--self-check"]:  # support and the bundle's tests: ui/self_check.py
        from ui.self_check import run_self_check

        return run_self_check()
    app = app_options(argv)
    if app is not None:
        from crm import i18n
        from ui.app import run_app

        i18n.request_language(app.get("--language"))
        return run_app(db_target=app.get("--db"), screenshot=app.get("--screenshot"),
                       size=app.get("--size"), page=app.get("--page"))
    from crm.cli import build_parser, run_command
    from ui.commands import COMMANDS as UI_COMMANDS

    parser = build_parser(UI_COMMANDS)
    parser.add_argument("--screenshot", metavar="PNG",
                        help="render the main window offscreen to PNG, then exit")
    parser.add_argument("--size", metavar="WxH",
                        help="the window's size for --screenshot (default 1366x768)")
    parser.add_argument("--page", metavar="NAME",
                        help="the page --screenshot shows (contacts, companies, sessions, "
                        "followups, dashboard, trash; default contacts)")
    args = parser.parse_args(argv)
    if args.command:
        return run_command(args)
    # Qt is imported only here: the CLI starts fast and runs where no display exists.
    from crm import i18n
    from ui.app import run_app

    i18n.request_language(args.language)
    return run_app(db_target=args.db, screenshot=args.screenshot, size=args.size,
                   page=args.page, create=args.new)


if __name__ == "__main__":
    sys.exit(main())
