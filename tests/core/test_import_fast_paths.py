"""The import's fast paths give what the plain ways give: splitting a cell into values, and
turning table rows into records (a column plan made once per table instead of per cell)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from crm.io.headers import google_label, map_headers
from crm.io.records import EMAIL_LABEL, IGNORE, PHONE_LABEL, ColumnMap, ContactRecord
from crm.services.importing.mapping import LABELLED, records_from_table, split_cell, tags_of
from crm.services.importing.text import CONTROL, printable

PIECES = st.sampled_from(["a@x.example", "+32 2 555 12 34", " ", ";", " ; ", ":::", " ::: ",
                          "\n", "(work)", " (home)", "()", "(x)y", ")", "(", "é", "\t"])
CELLS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=6).map("".join)


def split_with_regexes(cell: str) -> list[tuple[str, str | None]]:
    """The plain way: every cell through both regular expressions."""
    values = []
    for part in re.split(r"\s*:::\s*|\s*;\s*|\n", cell):
        part = part.strip()
        if not part:
            continue
        labelled = LABELLED.match(part)
        if labelled and labelled.group(1):
            values.append((labelled.group(1), labelled.group(2).strip().lower() or None))
        else:
            values.append((part, None))
    return values


@settings(max_examples=300, deadline=None)
@given(CELLS)
def test_splitting_a_cell_agrees_with_the_regular_expressions(cell: str) -> None:
    assert split_cell(cell) == split_with_regexes(cell)


def records_cell_by_cell(headers: Sequence[str], rows: Sequence[Sequence[str]],
                         row_numbers: Sequence[int], mapping: Sequence[ColumnMap | None],
                         own_export: bool = False) -> list[ContactRecord]:
    """The plain way: every cell looks up its column's target."""
    records = []
    width = len(headers)
    for cells, number in zip(rows, row_numbers, strict=True):
        record = ContactRecord(row=number)
        slot_labels: dict[tuple[str, str], str | None] = {}
        for col, target in enumerate(mapping):
            if target is not None and target.field in (EMAIL_LABEL, PHONE_LABEL) \
                    and col < len(cells):
                slot_labels[(target.field, target.slot or "")] = google_label(cells[col])
        for col in range(min(width, len(cells))):
            cell = cells[col].strip()
            if not cell:
                continue
            target = mapping[col] if col < len(mapping) else None
            if target is None:
                record.extra[headers[col] or f"column {col + 1}"] = cell
                continue
            name = target.field
            if name in (IGNORE, EMAIL_LABEL, PHONE_LABEL):
                continue
            if name in ("email", "phone"):
                slot_label = slot_labels.get(
                    (EMAIL_LABEL if name == "email" else PHONE_LABEL, target.slot or ""))
                bucket = record.emails if name == "email" else record.phones
                for value, label in split_with_regexes(cell):
                    bucket.append((value, label or slot_label or target.label))
            elif name == "tags":
                record.tags.extend(tags_of(cell, own_export))
            elif name == "sessions":
                record.sessions.extend(v for v, _label in split_with_regexes(cell))
            elif name == "notes":
                record.notes.append(cell)
            else:
                record.values.setdefault(name, cell)
        if not record.is_empty() or record.extra:
            records.append(record)
    return records


HEADERS = ["First name", "Last name", "Name", "Email", "E-mail 2 Address", "E-mail 2 - Label",
           "Phone", "Mobile Phone", "Phone 1 - Value", "Phone 1 - Label", "Société", "Tags",
           "Labels", "Notes", "sessions", "country", "Unknown column", "", "Groups", "First name"]
CELL = st.one_of(CELLS, st.sampled_from(["Ada", "* myContacts ::: Friends", "Work", "BE", ""]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8), st.data(),
       st.booleans())
def test_rows_become_the_same_records_either_way(headers: list[str], data: st.DataObject,
                                                 own_export: bool) -> None:
    _dialect, mapping = map_headers(headers)
    rows = data.draw(st.lists(st.lists(CELL, min_size=0, max_size=len(headers) + 1),
                              max_size=5))
    numbers = list(range(2, len(rows) + 2))
    assert records_from_table(headers, rows, numbers, mapping, own_export) == \
        records_cell_by_cell(headers, rows, numbers, mapping, own_export)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20))
def test_printable_text_is_cleaned_as_the_regex_cleans_it(text: str) -> None:
    assert printable(text) == CONTROL.sub("", text)
