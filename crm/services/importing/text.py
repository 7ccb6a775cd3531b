"""Text helpers the import's stages share: control characters out, labels and quotes short."""

from __future__ import annotations

import re

from crm.services.validation import clean_text

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(text: str) -> str:
    """Text without control characters (PostgreSQL refuses NUL; none belongs in a contact)."""
    # Printable text has none of them (the usual case): no need for the regex then.
    return text if text.isprintable() else CONTROL.sub("", text)


def stored_label(label: str | None) -> str | None:
    """A phone or email label as stored: one short line (the column holds 40 characters)."""
    return clean_text(" ".join(printable(label).split())[:40]) if label else None


def clip(text: str, size: int) -> str:
    """A value quoted in a message: on one line, and not too long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"
