"""The registry of contact sources: every kind of input the import (and the scan) reads.

A source is one small module that says how to recognise its input and how to read it. The
import (crm.services.imports) asks the registry which source a file is, lets that source read
it, then maps, validates, matches and writes what it read the same way whatever the source.
The CLI's ``import --format`` choices and the import wizard's format list and file filter
come from here.

Adding a source (an Outlook .msg, a CRM's JSON ...):

1. write ``crm/sources/<name>.py`` with a subclass of :class:`ContactSource` and, at the end,
   ``SOURCE = register(MySource())`` (``SOURCES = (register(...), ...)`` for a few kinds read
   alike); keep its module-level imports light (pandas, openpyxl, vobject ... inside
   ``read``), since the CLI lists the sources at start-up;
2. add ``"crm.sources.<name>"`` to :data:`BUILTIN_MODULES` (an explicit list, so that a
   frozen installer bundles every source).

``read`` returns one of two shapes:

- a :class:`crm.io.tables.Table` (a header row and rows of text cells): the import maps each
  column to a field by its header (``map_columns``: English/French/Dutch synonyms, Google and
  Outlook dialects), and the user may change that mapping in the wizard;
- a list of :class:`crm.io.records.ContactRecord` (values already in fields: first_name,
  last_name, company, job_title, linkedin ..., emails and phones as (value, label) lists):
  for inputs without columns (vCards, QR payloads, business-card text).

Either way nothing is validated yet: a source reads, the import judges. A source raises
:class:`crm.errors.UserError` naming the file and row for input it cannot read.
``read_text`` reads text already in memory (a QR code's payload) the same way, so a scan can
hand a decoded vCard to the vCard source; ``detect_source(origin, text.encode())`` picks it.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path

from crm.i18n import _
from crm.io.records import ColumnMap, ContactRecord
from crm.io.tables import Table

# Imported in this order; a tie in ``sniff`` goes to the earlier one. The last two are what
# a scan reads (crm.scan): a QR code's payload and a business card's text.
BUILTIN_MODULES = (
    "crm.sources.csv_file",
    "crm.sources.xlsx_file",
    "crm.sources.workbook_files",
    "crm.sources.vcard_file",
    "crm.sources.linkedin",
    "crm.sources.qr_payload",
    "crm.sources.card_text",
)

Reading = Table | list[ContactRecord]


class ContactSource:
    """One kind of input. Subclasses set the class attributes and implement ``sniff`` and
    ``read``; ``map_columns`` is for table sources whose headers need their own rules."""

    name: str = ""  # the --format value and what the import report says ("csv", "vcard")
    label: str = ""  # for people: the wizard's format list ("Excel (XLSX)")
    extensions: tuple[str, ...] = ()  # with the dot, lower case: the wizard's file filter
    # Whether a person may change what each column imports as (sources returning a Table).
    editable_mapping: bool = True

    def sniff(self, path: Path, head: bytes) -> float:
        """How sure this source is that it reads the file: 0 (not mine) to 1 (certainly
        mine), from its first bytes ``head`` (up to 4 KB) and its name."""
        raise NotImplementedError

    def read(self, path: Path, data: bytes | None) -> Reading:
        """The file as a Table or as records (see the module's docstring). ``data`` is the
        file's content when the caller has it already; None: read ``path`` yourself."""
        raise NotImplementedError

    def read_text(self, text: str, origin: Path) -> Reading:
        """The same from text already in memory (a QR code's payload, text read by OCR);
        ``origin`` names it in messages."""
        return self.read(origin, text.encode("utf-8"))

    def map_columns(self, headers: Sequence[str]) -> tuple[str, list[ColumnMap | None]]:
        """Who made a table (its dialect: generic, google, outlook ...) and the field of each
        column (None: not a field; kept in the notes)."""
        from crm.io.headers import map_headers

        return map_headers(headers)

    def describe(self, dialect: str) -> str:
        """What a person calls a file of this source and dialect ("a Google Contacts export"),
        in the current language."""
        return _(self.label)


_REGISTRY: dict[str, ContactSource] = {}


def register(source: ContactSource) -> ContactSource:
    """Add ``source`` to the registry (a later source of the same name replaces it)."""
    if not source.name or source.name == "auto":
        raise ValueError(f"a contact source needs a name other than 'auto': {source!r}")
    _REGISTRY[source.name] = source
    return source


def sources() -> list[ContactSource]:
    """Every registered source, in registration order."""
    return list(_REGISTRY.values())


def source_names() -> tuple[str, ...]:
    """The names ``--format`` accepts besides ``auto``."""
    return tuple(s.name for s in sources())


def get_source(name: str) -> ContactSource:
    """The source called ``name``; KeyError when there is none."""
    return _REGISTRY[name]


def detect_source(path: Path, head: bytes) -> ContactSource:
    """The source most sure it reads the file (the first registered wins a tie)."""
    best: ContactSource | None = None
    best_score = 0.0
    for source in sources():
        score = source.sniff(path, head)
        if score > best_score:
            best, best_score = source, score
    if best is None:
        # Every table source scores above 0 for text: only an empty registry ends here.
        raise LookupError(f"no contact source reads {path.name}")
    return best


def file_filter_patterns() -> list[str]:
    """``*.csv``-style patterns of every source's extensions, for a file dialog."""
    return list(dict.fromkeys(f"*{ext}" for s in sources() for ext in s.extensions))


# Loaded with the package, in BUILTIN_MODULES order, whichever module is imported first.
for _module in BUILTIN_MODULES:
    importlib.import_module(_module)
