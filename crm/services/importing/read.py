"""Read stage: which source the file is (crm.sources), and what that source reads from it."""

from __future__ import annotations

from pathlib import Path

from crm.errors import ValidationError
from crm.i18n import _
from crm.io.tables import check_bytes, read_bytes
from crm.sources import ContactSource, Reading, detect_source, get_source, source_names

# How much of a file the sources see to recognise it.
SNIFF_BYTES = 4096


def import_formats() -> tuple[str, ...]:
    """What ``--format`` accepts: ``auto`` (detected), then every registered source."""
    return ("auto", *source_names())


def check_format(fmt: str) -> None:
    """A ValidationError unless ``fmt`` is one of import_formats()."""
    if fmt not in import_formats():
        raise ValidationError(_("format: '{fmt}' is not one of {values}")
                              .format(fmt=fmt, values=', '.join(import_formats())),
                              field="format")


def read_input(path: Path, fmt: str = "auto",
               data: bytes | None = None) -> tuple[ContactSource, Reading]:
    """The source of the file at ``path`` (or of ``data``, its content) and what it read.
    A missing, empty, unreadable or malformed file is a UserError naming it."""
    check_format(fmt)
    data = read_bytes(path) if data is None else check_bytes(data, path)
    source = detect_source(path, data[:SNIFF_BYTES]) if fmt == "auto" else get_source(fmt)
    return source, source.read(path, data)
