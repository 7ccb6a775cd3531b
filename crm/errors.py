"""The one exception type for errors a user can cause, and its few refinements."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad value, a missing record, a file that is not ours.

    The message is complete and readable on its own; ``field`` names the offending field
    (for editors that show the message next to it) and ``row`` the file row, where known.
    """

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        self.row = row

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A value that does not pass validation (``field`` says which)."""


class NotFoundError(UserError):
    """A record named by id or title does not exist (or is in the trash)."""


class NotADatabaseError(UserError):
    """The file is not a Mission CRM database (or the key is wrong)."""


class ReadOnlyAccessError(UserError):
    """The login may read the (team server) database and not write it: an agency login."""
