"""The import's fast paths give what the plain ways give: splitting a cell into values,
turning table rows into records (a column plan made once per table instead of per cell), and
the search index rows of the new contacts (made as they are inserted instead of read back)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from crm.errors import UserError
from crm.io.headers import google_label, map_headers
from crm.io.records import EMAIL_LABEL, IGNORE, PHONE_LABEL, ColumnMap, ContactRecord
from crm.services.companies import create_company
from crm.services.contacts import get_contact, list_contacts
from crm.services.importing.mapping import LABELLED, records_from_table, split_cell, tags_of
from crm.services.importing.text import CONTROL, printable
from crm.services.imports import import_file
from crm.services.missions import create_mission
from crm.services.search import _tokens, refresh_index
from crm.services.sessions import create_session
from crm.services.tags import ensure_tags

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


def index_rows(db) -> dict[int, list[list[str]]]:  # type: ignore[no-untyped-def]
    """Every index row: its docid and each column's words (what FTS5 keeps of its text)."""
    rows = db.read(lambda s: s.execute(text(
        "SELECT rowid, name, company, email, phone, note, tag FROM contact_fts")).all())
    return {row[0]: [sorted(_tokens(value or "")) for value in row[1:]] for row in rows}


def rows_read_back(db) -> dict[int, list[list[str]]]:  # type: ignore[no-untyped-def]
    """The index rows every contact gets when they are computed from the tables."""
    def rebuild(session) -> None:  # type: ignore[no-untyped-def]
        session.execute(text("INSERT OR IGNORE INTO contact_fts_stale SELECT id FROM contact"))
        refresh_index(session.connection().connection.dbapi_connection)
    db.write(rebuild)
    return index_rows(db)


@pytest.mark.sqlite_only
def test_new_contacts_get_the_index_rows_the_tables_give(db, tmp_path) -> None:
    # Names as the file has them and as the database already has them: the index holds the
    # company's and the tag's stored names, and phones kept as written have their digits.
    db.write(create_company, name="UCB Pharma S.A.")
    db.write(ensure_tags, ["Leads 2024"])
    card = tmp_path / "people.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lemaître;Frédéric;Quentin;Dr.;\r\n"
        "FN:Dr. Frédéric Quentin Lemaître\r\nNICKNAME:Fred\r\nORG:ucb pharma s.a.\r\n"
        "TITLE:Head of CMC/Analytics\r\nEMAIL;TYPE=WORK:fred.lemaitre+mit@ucb.example\r\n"
        "EMAIL:f.l@home.example\r\nTEL;TYPE=CELL:+32 475 12 34 56\r\n"
        "TEL:0351 / 22 33-44\r\nADR;TYPE=WORK:;Bldg 4;Allée de la Recherche 60;Anderlecht;"
        "Brussels;1070;Belgium\r\nURL:https://www.ucb.example/people/fred\r\n"
        "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/fredlemaitre\r\n"
        "CATEGORIES:leads 2024,CDMO,Boston-trip\r\nNOTE:Met at the round table\\n8 June\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:\r\n"
        "EMAIL:only.an.email@x.example\r\nEND:VCARD\r\n", encoding="utf-8")
    def round_table(session) -> None:  # type: ignore[no-untyped-def]
        mission = create_mission(session, name="USA 2022")
        create_session(session, mission_id=mission.id, title="Round table")

    db.write(round_table)
    # Met at a session: the import's encounters (which carry no note) come after the rows.
    report = db.write(import_file, card, session_title="Round table")
    assert report.created == 2
    assert all(db.read(get_contact, r.id).encounters for r in db.read(list_contacts))
    imported = index_rows(db)
    assert any("UCB" in row[1] and "Fred" in row[0] for row in imported.values()), imported
    assert imported == rows_read_back(db)


@pytest.mark.sqlite_only
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.one_of(CELLS, st.sampled_from(
    ["Ada", "Dupont-Ségur", "+32 2 555 12 34", "0475/12.34.56", "a@x.example", "Acme NV",
     "ACME nv", "cdmo; leads", "Zoë", ""])), min_size=7, max_size=7), min_size=1, max_size=6))
def test_any_file_gives_the_index_rows_the_tables_give(db, tmp_path_factory,
                                                      rows: list[list[str]]) -> None:
    import csv

    path = tmp_path_factory.mktemp("csv") / "people.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Last name", "Email", "Phone", "Company", "Tags",
                         "Notes"])
        writer.writerows(rows)
    try:
        db.write(import_file, path)
    except UserError:
        return  # nothing in the file to import
    assert index_rows(db) == rows_read_back(db)


LATIN = st.text(alphabet=st.sampled_from("aeiouz AZ;,.-éèêëàçôöüßñÉÀ€œ'\"123"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LATIN, st.booleans()), min_size=1, max_size=6))
def test_lines_in_utf8_among_windows_1252_lines_are_each_read_right(
        lines: list[tuple[str, bool]]) -> None:
    from pathlib import Path

    from crm.io.tables import decode_text

    # Each line in UTF-8 or in Windows-1252; one of the latter that happens to be valid UTF-8
    # too (two bytes such as "Ã©") cannot be told apart, and is left out.
    encoded = [line.encode("utf-8" if utf8 else "cp1252") for line, utf8 in lines]
    assume(all(utf8 or line.isascii() or not _valid_utf8(raw)
               for (line, utf8), raw in zip(lines, encoded, strict=True)))
    text, _encoding = decode_text(b"\n".join(encoded), Path("mixed.csv"))
    assert text == "\n".join(line for line, _utf8 in lines)


def _valid_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


NAME_WORDS = st.sampled_from(["Jan", "van", "Van", "der", "de", "Dr.", "Prof.", "PhD", "Jr.",
                              "III", "Marie-Claire", "(Bob)", '"Bo"', "O'Brien", "St.", "M.",
                              "Dhr.", "Ir.", "LEE", "bin", "y", "Vanden", "A.", ",", "Müller"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(NAME_WORDS, st.text(alphabet="abcXYZé'.-", min_size=1, max_size=6)),
                min_size=1, max_size=6))
def test_a_name_written_whole_loses_no_word_in_its_parts(words: list[str]) -> None:
    from crm.io.names import name_parts

    full = " ".join(words)
    parts = name_parts(full)

    def said(text: str) -> list[str]:
        # Commas ("Peeters, Jan"), a nickname's quotes and brackets ("'Bo'" too, but not
        # O'Brien's), and punctuation alone say nothing of the person.
        for mark in ',()"':
            text = text.replace(mark, " ")
        return sorted(w.strip("'") for w in text.split() if any(ch.isalnum() for ch in w))

    assert said(" ".join(parts)) == said(full)
    assert parts.first or parts.last or not said(full)


def test_plain_names_are_read_as_nameparser_reads_them() -> None:
    from faker import Faker
    from nameparser import HumanName

    from crm.io.names import _CONSTANTS, _plain, name_parts

    fake = Faker(["en_US", "fr_FR", "fr_BE", "nl_BE", "nl_NL", "de_DE", "es_ES", "it_IT",
                  "pt_BR", "pl_PL", "tr_TR", "en_IE", "sv_SE"])
    fake.seed_instance(2022)
    names = [fake.name() for _ in range(6000)] + [
        f"{fake.first_name()} {fake.first_name()} {fake.last_name()}" for _ in range(2000)]
    plain = [name for name in names if _plain(name.split())]
    assert len(plain) > len(names) // 3  # the fast path is the common case
    for name in plain:
        parsed = HumanName(name, constants=_CONSTANTS)
        assert name_parts(name) == (parsed.title, " ".join(
            p for p in (parsed.first, parsed.middle) if p), parsed.last, parsed.suffix,
            parsed.nickname), name
