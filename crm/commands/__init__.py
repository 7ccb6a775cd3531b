"""CLI subcommands, one module each. A module has ``register(subparsers)``, which adds its
parser with ``set_defaults(handler=...)``; a handler is ``(args, ctx) -> exit code``."""

from crm.commands import (
    add,
    check,
    demo,
    duplicates,
    export,
    import_,
    listing,
    merge,
    server,
    sync,
)

COMMANDS = [demo, add, listing, import_, export, duplicates, merge, check, server, sync]
