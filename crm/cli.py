"""The headless command line: argparse subcommands that call crm.services.

Exit codes (DESIGN.md): 0 done; 2 bad input or bad arguments (one clear line on stderr,
nothing written); 1 anything unexpected (a message on stderr, nothing half-written, because
every command's writes are one transaction).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import OperationalError

from crm import __version__
from crm.config import Preferences
from crm.db import Database, describe_storage_error, open_database
from crm.errors import UserError
from crm.io.safety import remove_interrupted_writes

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


class CliParser(argparse.ArgumentParser):
    """argparse, with its errors on one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


@dataclass
class CliContext:
    """What a command handler gets besides its arguments: the database, opened on first use."""

    target: str | None
    preferences: Preferences = field(default_factory=Preferences.load)
    encrypt: bool | None = None
    # A new database was asked for (--new, or a command that makes one: demo, restore).
    create: bool = False
    _db: Database | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.target, encrypt=self.encrypt, create=self.create)
            self.notices += self._db.notices
        return self._db

    @property
    def owner(self) -> str | None:
        return self.preferences.owner_name or None

    def close(self) -> None:
        """Close the database (a command that replaces the file closes it first)."""
        if self._db is not None:
            self._db.close()
            self._db = None


Handler = Callable[[argparse.Namespace, CliContext], int]


def print_json(rows: Sequence[dict[str, Any]]) -> None:
    """One JSON array of objects on stdout."""
    json.dump(list(rows), sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """Rows as aligned text columns for a human reader."""
    if not rows:
        print("(none)")
        return
    cells = [[("" if row.get(c) is None else str(row.get(c))) for c in columns] for row in rows]
    widths = [min(40, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


def build_parser(extra_commands: Sequence[Any] = ()) -> argparse.ArgumentParser:
    """The parser of every subcommand (main.py adds the app's own options to it, and
    ``extra_commands``: command modules that live outside crm/, such as the PDF report, which
    needs Qt)."""
    from crm.commands import COMMANDS

    parser = CliParser(prog="mission-crm", description="Mission CRM: contacts and follow-ups "
                       "for trade delegations. Without a command, opens the app.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or URL (default: $MISSION_CRM_DB, else the file in "
                             "your user data folder)")
    parser.add_argument("--encrypt", action="store_true",
                        help="create the new --db file encrypted (SQLCipher); the key comes from "
                             "the OS keyring, else from $MISSION_CRM_PASSPHRASE")
    parser.add_argument("--language", choices=("en", "fr", "nl"),
                        help="the language of this run: the app, and the texts commands write "
                             "(the report); without it the commands write English")
    parser.add_argument("--new", action="store_true",
                        help="create the --db database if it is missing, its folders included, "
                             "or if it is an empty (0-byte) file; without it such a --db is "
                             "refused (a typo or a lost file must not become an empty CRM)")
    parser.add_argument("--version", action="version", version=f"Mission CRM {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND",
                                       parser_class=CliParser)
    for module in [*COMMANDS, *extra_commands]:
        module.register(subparsers)
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed subcommand; turn errors into exit codes and one line on stderr."""
    from crm import i18n

    # Commands speak English unless asked (scripts read their output); the variable is the
    # tests' and translators' way to ask without an option.
    i18n.request_language(getattr(args, "language", None)
                          or os.environ.get("MISSION_CRM_LANGUAGE") or "en")
    ctx = CliContext(target=args.db, encrypt=True if getattr(args, "encrypt", False) else None,
                     create=bool(getattr(args, "new", False)))
    handler: Handler = args.handler
    try:
        # What an export killed half-way left (a hidden temporary file of plain contacts).
        remove_interrupted_writes()
        code = handler(args, ctx)
        # After the command's own output: e.g. "this new database is NOT encrypted".
        for notice in ctx.notices:
            print(notice, file=sys.stderr)
        return code
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OperationalError, sqlcipher.OperationalError) as exc:
        # Another process holding the write lock past busy_timeout, a read-only folder ...
        print(f"error: the database could not be written: {describe_storage_error(exc)}",
              file=sys.stderr)
        return EXIT_UNEXPECTED
    except UnicodeEncodeError as exc:
        # Bytes that are not UTF-8 in an argument (sys.argv holds them as surrogate escapes):
        # fine for a file name, not as text to store.
        print(f"error: {_undecodable_argument(args, exc)}; nothing was written",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (``| head``) went away: not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        # Disk full or a read-only folder while copying a file (backup, restore, key change).
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}; nothing was changed", file=sys.stderr)
        return EXIT_UNEXPECTED
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return EXIT_UNEXPECTED
    except Exception as exc:
        print(f"unexpected error: {type(exc).__name__}: {exc} (nothing was written)",
              file=sys.stderr)
        if os.environ.get("MISSION_CRM_DEBUG"):
            traceback.print_exc()
        return EXIT_UNEXPECTED
    finally:
        ctx.close()


def _has_surrogates(value: object) -> bool:
    if isinstance(value, str):
        return any("\udc80" <= ch <= "\udcff" for ch in value)
    if isinstance(value, list | tuple):
        return any(_has_surrogates(item) for item in value)
    return False


def _undecodable_argument(args: argparse.Namespace, exc: UnicodeEncodeError) -> str:
    """One line naming the argument whose bytes are not UTF-8 text."""
    shown = exc.object[:60] if isinstance(exc.object, str) else ""
    shown = shown.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    for name, value in vars(args).items():
        if name != "handler" and _has_surrogates(value):
            option = "--" + name.replace("_", "-")
            return (f"{option}: '{shown}' is not valid UTF-8 text (the terminal or script "
                    "gave bytes in another encoding)")
    return f"'{shown}' is not valid UTF-8 text (bytes in another encoding)"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the command line."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_BAD_INPUT
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
