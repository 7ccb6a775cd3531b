"""CLI subcommands, one module each. A module has ``register(subparsers)``, which adds its
parser with ``set_defaults(handler=...)``; a handler is ``(args, ctx) -> exit code``."""

from crm.commands import add, backup, check, demo, encryption, erase, listing, privacy

COMMANDS = [demo, add, listing, check, backup, encryption, erase, privacy]
