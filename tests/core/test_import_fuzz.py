"""Hypothesis: whatever the bytes, the importers raise UserError or succeed, and an import
that fails leaves nothing behind (one transaction). 2,000 examples per importer on CI."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm.errors import UserError
from crm.services.imports import import_file, read_source, revert_last_import

EXAMPLES = 2000 if os.environ.get("CI") else 120
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("CI"),
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

HEADERS = ["First name", "Last name", "Name", "Email", "E-mail 2 Address", "Phone",
           "Mobile Phone", "Société", "Voornaam", "Tags", "Notes", "country", "priority",
           "lawful_basis", "lawful_basis_on", "sessions", "id", "Phone 1 - Value",
           "Phone 1 - Label", "Labels", "?", ""]
ODD_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
CELLS = st.one_of(
    ODD_TEXT,
    st.sampled_from(["ada@example.com", "ADA@EXAMPLE.COM", "+32 2 555 12 34", "0475 55 12 34",
                     "=1+1", "'=1+1", "'+32475551234", "BE", "Belgique", "2", "9",
                     "consent", "2022-06-08", "31/02/2022", "a ::: b", "x (work); y",
                     "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1", "", " ", "\"", ";", "\n"]),
)


def _only_user_errors(path: Path, fmt: str = "auto") -> None:
    try:
        read_source(path, fmt)
    except UserError as exc:
        assert str(exc)
        assert "\n" not in str(exc)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
@FUZZ
@given(data=st.binary(max_size=2048))
def test_random_bytes_never_crash_a_reader(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _only_user_errors(path)


@FUZZ
@given(prefix=st.sampled_from([b"PK\x03\x04", b"BEGIN:VCARD\r\n", b"\xef\xbb\xbf",
                               b"\xff\xfe", b"First name;Email\r\n"]),
       data=st.binary(max_size=1024))
def test_plausible_starts_then_garbage(tmp_path: Path, prefix: bytes, data: bytes) -> None:
    path = tmp_path / "odd.dat"
    path.write_bytes(prefix + data)
    _only_user_errors(path)


@st.composite
def odd_csv(draw) -> tuple[bytes, int]:  # type: ignore[no-untyped-def]
    headers = draw(st.lists(st.one_of(st.sampled_from(HEADERS), ODD_TEXT), min_size=1,
                            max_size=8))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(headers) + 1), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=draw(st.sampled_from(
        [csv.QUOTE_MINIMAL, csv.QUOTE_ALL])), lineterminator=draw(st.sampled_from(
            ["\n", "\r\n"])))
    writer.writerow(headers)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return buffer.getvalue().encode(encoding, errors="replace"), len(rows)


def _counts(db) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                     for t in ("contact", "contact_email", "contact_phone", "company", "tag",
                               "encounter", "import_batch", "import_change"))


@FUZZ
@given(sample=odd_csv())
def test_odd_csv_imports_fully_or_not_at_all(db, tmp_path: Path,
                                             sample: tuple[bytes, int]) -> None:
    data, _rows = sample
    path = tmp_path / "odd.csv"
    path.write_bytes(data)
    before = _counts(db)
    try:
        report = db.write(import_file, path)
    except UserError as exc:
        assert "\n" not in str(exc)
        assert _counts(db) == before
        return
    counts = _counts(db)
    assert counts[0] == before[0] + report.created
    assert report.created + report.updated + report.skipped >= 1
    db.write(revert_last_import)
    after = _counts(db)
    assert after[:6] == before[:6]


@st.composite
def odd_vcard(draw) -> str:  # type: ignore[no-untyped-def]
    names = st.sampled_from(["N", "FN", "EMAIL", "TEL", "ORG", "TITLE", "NOTE", "CATEGORIES",
                             "item1.EMAIL", "item1.X-ABLabel", "URL", "UID", "ADR", "LANG",
                             "X-CRM-PRIORITY", "X-CRM-COUNTRY", "PHOTO", "X-FOO"])
    params = st.sampled_from(["", ";TYPE=CELL", ";CELL;PREF", ";type=INTERNET;type=pref",
                              ";CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE", ";VALUE=uri",
                              ";ENCODING=b", ";TYPE=\"work,voice\""])
    lines = ["BEGIN:VCARD", f"VERSION:{draw(st.sampled_from(['2.1', '3.0', '4.0']))}"]
    for _ in range(draw(st.integers(0, 8))):
        value = draw(st.one_of(CELLS, st.sampled_from(["=C3=A9t=C3=A9=", "tel:+1-555",
                                                       "a\\,b;c;;", "=", "\\"])))
        lines.append(f"{draw(names)}{draw(params)}:{value}".replace("\n", "\\n"))
        if draw(st.booleans()):
            lines.append(" " + draw(ODD_TEXT).replace("\n", ""))
    if draw(st.booleans()):
        lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


@FUZZ
@given(cards=st.lists(odd_vcard(), min_size=1, max_size=3))
def test_odd_vcards_never_crash(tmp_path: Path, cards: list[str]) -> None:
    path = tmp_path / "odd.vcf"
    path.write_text("".join(cards), encoding="utf-8", errors="replace")
    _only_user_errors(path)


@FUZZ
@given(rows=st.lists(st.lists(st.one_of(CELLS, st.integers(), st.floats(allow_nan=True),
                                        st.dates(), st.none(), st.booleans()),
                              max_size=6), min_size=0, max_size=6))
def test_odd_workbooks_never_crash(tmp_path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = Workbook()
    sheet = book.active
    try:
        for row in rows:
            sheet.append(row)
    except (IllegalCharacterError, ValueError):
        return  # openpyxl itself refuses to write such a cell: no such file can exist
    path = tmp_path / "odd.xlsx"
    book.save(path)
    _only_user_errors(path, "xlsx")
