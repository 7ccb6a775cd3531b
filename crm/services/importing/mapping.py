"""Map stage: what a source read, as ContactRecords (each cell in the field its column maps
to), with the headers and cells kept for the wizard's preview."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm.errors import UserError, ValidationError
from crm.i18n import N_, _
from crm.io.records import (
    EMAIL_LABEL,
    FIELD_LABELS,
    IGNORE,
    LABEL_FIELDS,
    PHONE_LABEL,
    URL_KIND,
    URL_LABEL,
    ColumnMap,
    ContactRecord,
)
from crm.io.tables import Table
from crm.services.importing.report import Problem
from crm.services.importing.text import clip
from crm.sources import ContactSource, Reading

LABELLED = re.compile(r"^(.*?)\s*\(([^()]{1,40})\)$")
# The columns a preview of records (vCards, scans) shows, and the field each one holds.
_RECORD_COLUMNS = ((N_("Name"), "full_name"), (N_("Company"), "company"),
                   (N_("Job title"), "job_title"), (N_("Emails"), "email"),
                   (N_("Phones"), "phone"), (N_("Tags"), "tags"))


@dataclass
class MappedFile:
    """A file read but not yet validated: its records and how its columns were understood."""

    path: Path
    source: ContactSource
    dialect: str
    headers: list[str]
    mapping: list[ColumnMap | None]
    records: list[ContactRecord]
    problems: list[Problem] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # the cells, for the wizard's preview
    # A file we exported carries its own owner and source (empty ones included): the import
    # keeps them as they are instead of filling in the importing user and the file name.
    own_export: bool = False
    # How many of ``problems`` are people not read at all (None: every one of them).
    skipped: int | None = None

    @property
    def format(self) -> str:
        return self.source.name

    @property
    def unmapped(self) -> list[str]:
        """Headers of the columns that map to nothing and hold a value in some row."""
        used = dict.fromkeys(name for record in self.records for name in record.extra)
        if self.source.editable_mapping:
            return [h for h, m in zip(self.headers, self.mapping, strict=True)
                    if m is None and h and h in used]
        # A source that names its own fields (vCards): the properties no field holds.
        return list(used)


def split_cell(cell: str) -> list[tuple[str, str | None]]:
    """Several values in one cell ("a@x.com (work); b@y.com", Google's " ::: ")."""
    # Most cells hold one value: no need for the regular expressions then.
    several = ";" in cell or ":::" in cell or "\n" in cell
    parts = re.split(r"\s*:::\s*|\s*;\s*|\n", cell) if several else [cell]
    values = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        labelled = LABELLED.match(part) if part.endswith(")") else None
        if labelled and labelled.group(1):
            values.append((labelled.group(1), labelled.group(2).strip().lower() or None))
        else:
            values.append((part, None))
    return values


def tags_of(cell: str, own_export: bool = False) -> list[str]:
    """The tags in one cell."""
    # Our own files separate tags with "; " only (a tag may hold a comma); people type commas.
    parts = re.split(r"\s*:::\s*|;" if own_export else r"\s*:::\s*|[;,]", cell)
    # Google's system groups ("* myContacts", "* starred") are not the user's labels.
    return [p.strip() for p in parts if p.strip() and not p.strip().startswith("*")]


def records_from_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
                       row_numbers: Sequence[int],
                       mapping: Sequence[ColumnMap | None],
                       own_export: bool = False,
                       placeholders: frozenset[str] = frozenset()) -> list[ContactRecord]:
    """Table rows as ContactRecords, each cell going where ``mapping`` says; an unmapped
    cell that is one of the writer's ``placeholders`` (casefolded) is not kept."""
    from crm.io.headers import google_label

    width = len(headers)
    # Where each column goes, worked out once for the table (in column order), not per cell.
    plan: list[tuple[int, str, Any]] = []
    label_columns: list[tuple[int, tuple[str, str]]] = []
    for col in range(width):
        target = mapping[col] if col < len(mapping) else None
        if target is None:
            plan.append((col, "extra", headers[col] or f"column {col + 1}"))
        elif target.field in LABEL_FIELDS:
            label_columns.append((col, (target.field, target.slot or "")))
        elif target.field != IGNORE:
            plan.append((col, target.field, target))
    records = []
    for cells, number in zip(rows, row_numbers, strict=True):
        record = ContactRecord(row=number)
        count = len(cells)
        slot_labels = {key: google_label(cells[col]) for col, key in label_columns
                       if col < count}
        addresses: dict[str, dict[str, str]] = {}
        day_parts: dict[str, str] = {}
        for col, name, target in plan:
            if col >= count:
                break
            cell = cells[col]
            cell = cell.strip() if isinstance(cell, str) else str(cell)
            if not cell:
                continue
            if name == "extra":
                if not placeholders or cell.casefold() not in placeholders:
                    record.extra[target] = cell
            elif name in ("email", "phone"):
                slot_label = slot_labels.get(
                    (EMAIL_LABEL if name == "email" else PHONE_LABEL, target.slot or ""))
                bucket = record.emails if name == "email" else record.phones
                for value, label in split_cell(cell):
                    bucket.append((value, label or slot_label or target.label))
            elif name == "address":
                parts = addresses.setdefault(target.slot or "", {})
                part = target.label or "street"
                # Outlook's "Street 2" and "Street 3" are one extended line.
                parts[part] = f"{parts[part]}\n{cell}" if part in parts else cell
            elif name == "url":
                for value, label in split_cell(cell):
                    key = target.slot or ""
                    record.urls.append((value, slot_labels.get((URL_KIND, key)),
                                        label or slot_labels.get((URL_LABEL, key))
                                        or target.label))
            elif name == "tags":
                record.tags.extend(tags_of(cell, own_export))
            elif name == "sessions":
                record.sessions.extend(v for v, _label in split_cell(cell))
            elif name == "notes":
                record.notes.append(cell)
            elif name == "birthday" and target.label:
                day_parts[target.label] = cell
            else:
                record.values.setdefault(name, cell)
        for slot, parts in addresses.items():
            record.addresses.append(_address_parts(slot, parts))
        if day_parts:
            record.values.setdefault("birthday", _birthday_of(day_parts))
        if record.extra or not record.is_empty():
            records.append(record)
    return records


_SLOT_LABELS = {"work": "work", "home": "home", "other": "other"}


def _birthday_of(parts: dict[str, str]) -> str:
    """A birthday given in year, month and day columns (Thunderbird) as one text:
    ``1980-06-15``, or ``--06-15`` without the year; anything else as written, for the
    validation to report."""
    year, month, day = (parts.get(k, "").strip() for k in ("year", "month", "day"))
    if month.isdigit() and day.isdigit() and (not year or year.isdigit()):
        date = f"{int(month):02d}-{int(day):02d}"
        return f"{int(year):04d}-{date}" if year else f"--{date}"
    return " ".join(p for p in (year, month, day) if p)


def _address_parts(slot: str, parts: dict[str, str]) -> dict[str, str]:
    """An address's parts from its columns: Outlook's slot gives its label; a formatted
    address is kept (as its street) only where the file has no parts."""
    from crm.io.headers import google_label

    formatted = parts.pop("formatted", None)
    if "label" in parts:
        parts["label"] = google_label(parts["label"]) or ""
    elif slot in _SLOT_LABELS:
        parts["label"] = _SLOT_LABELS[slot]
    if formatted and not any(v for k, v in parts.items() if k not in ("label", "country")):
        # The formatted text holds the country too (as its last line, often): not twice.
        country = (parts.get("country") or "").strip().casefold()
        lines = [line for line in formatted.splitlines() if line.strip().casefold() != country]
        if "\n".join(lines).strip():
            parts["street"] = "\n".join(lines).strip()
    return {k: v for k, v in parts.items() if v}


def map_reading(path: Path, source: ContactSource, reading: Reading,
                mapping: Sequence[str | None] | None = None) -> MappedFile:
    """What ``source`` read from ``path`` as records. ``mapping`` (a field name or None per
    column) overrides a table's automatic mapping; records map themselves."""
    if isinstance(reading, Table):
        return _map_table(path, source, reading, mapping)
    return _map_records(path, source, reading)


def _map_records(path: Path, source: ContactSource,
                 records: list[ContactRecord]) -> MappedFile:
    rows = [[" ".join(filter(None, (r.values.get("first_name"), r.values.get("last_name"))))
             or r.values.get("full_name", ""), r.values.get("company", ""),
             r.values.get("job_title", ""), "; ".join(e for e, _l in r.emails),
             "; ".join(p for p, _l in r.phones), ", ".join(r.tags)] for r in records]
    ours = any(r.values.pop("_ours", None) for r in records)
    # What the source could not read (a truncated last card ...): reported, counted skipped.
    dropped = getattr(records, "dropped", [])
    problems = sorted((Problem(row, "row", reason) for row, reason in
                       [*dropped, *getattr(records, "notes", [])]), key=lambda p: p.row)
    return MappedFile(path, source, source.name, [_(h) for h, _f in _RECORD_COLUMNS],
                      [ColumnMap(f) for _h, f in _RECORD_COLUMNS], list(records), problems,
                      rows=rows, own_export=ours, skipped=len(dropped))


def _map_table(path: Path, source: ContactSource, table: Table,
               mapping: Sequence[str | None] | None) -> MappedFile:
    dialect, auto = source.map_columns(table.headers)
    if mapping is not None:
        auto = [_override(a, m) for a, m in zip(auto, _padded(mapping, len(auto)), strict=True)]
    problems = [Problem(row, "row", reason) for row, reason in [*table.titles, *table.dropped]]
    if not any(m is not None and m.field != IGNORE and m.field not in LABEL_FIELDS
               for m in auto):
        shown = ", ".join(clip(h, 30) for h in table.headers[:8] if h.strip()) or \
            "(no header)"
        raise UserError(_("{path} row {header_row}: no column recognised (found: {shown}); "
                          "expected names, emails or phones")
                        .format(path=path, header_row=table.header_row, shown=shown),
                        row=table.header_row)
    if not table.rows:
        raise UserError(_("{path} row {row}: no rows after the header")
                        .format(path=path, row=table.header_row + 1),
                        row=table.header_row + 1)
    ours = any(m is not None and m.field == "source" for m in auto)
    from crm.io.headers import OUTLOOK_PLACEHOLDERS

    records = records_from_table(table.headers, table.rows, table.row_numbers, auto, ours,
                                 OUTLOOK_PLACEHOLDERS if dialect == "outlook" else frozenset())
    # The rows the reader dropped are counted skipped; a title above the header is none.
    return MappedFile(path, source, dialect, table.headers, auto, records, problems,
                      rows=table.rows, own_export=ours, skipped=len(table.dropped))


def _padded(mapping: Sequence[str | None], width: int) -> list[str | None]:
    return [*mapping[:width], *[None] * (width - len(mapping))]


def _override(auto: ColumnMap | None, chosen: str | None) -> ColumnMap | None:
    if chosen is None or chosen == "":
        return None
    # Keep what the header said beyond the field (the label of "Mobile Phone" ...).
    if auto is not None and auto.field == chosen:
        return auto
    if chosen not in FIELD_LABELS and chosen != IGNORE:
        raise ValidationError(_("mapping: unknown field '{chosen}'")
                              .format(chosen=chosen), field="mapping")
    return ColumnMap(chosen)
