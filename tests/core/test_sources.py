"""The registry of contact sources: what each recognises, and that the format lists (CLI,
wizard) and the import follow it, so a new source is one module."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm.errors import ValidationError
from crm.io.records import ContactRecord
from crm.sources import (
    ContactSource,
    detect_source,
    file_filter_patterns,
    get_source,
    source_names,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize(("name", "expected"), [
    ("google_contacts.csv", "csv"), ("outlook_contacts.csv", "csv"),
    ("belgian_excel.csv", "csv"), ("colleague_dutch.xlsx", "xlsx"),
    ("iphone_3_0.vcf", "vcard"), ("android_2_1.vcf", "vcard"), ("vcard_4_0.vcf", "vcard"),
])
def test_each_fixture_is_recognised_by_its_source(name: str, expected: str) -> None:
    path = FIXTURES / name
    assert detect_source(path, path.read_bytes()[:4096]).name == expected


def test_content_wins_over_the_file_name(tmp_path: Path) -> None:
    assert detect_source(tmp_path / "cards.csv", b"BEGIN:VCARD\r\nVERSION:3.0").name == "vcard"
    assert detect_source(tmp_path / "people.vcf", b"PK\x03\x04rest").name == "xlsx"
    assert detect_source(tmp_path / "people.vcf", b"Name,Email\n").name == "vcard"
    assert detect_source(tmp_path / "export.dat", b"Name,Email\n").name == "csv"


def test_the_cli_and_the_wizard_list_every_source() -> None:
    from crm.cli import build_parser

    names = source_names()
    assert {"csv", "xlsx", "vcard"} <= set(names)
    import_parser = build_parser()._subparsers._group_actions[0].choices["import"]  # type: ignore[union-attr]
    fmt = next(a for a in import_parser._actions if a.dest == "fmt")
    assert list(fmt.choices) == ["auto", *names]
    assert {"*.csv", "*.xlsx", "*.vcf"} <= set(file_filter_patterns())


class _Badges(ContactSource):
    """A source of this test only: one person per line, "First Last <email>"."""

    name = "badges"
    label = "Badge list"
    extensions = (".badges",)
    editable_mapping = False

    def sniff(self, path: Path, head: bytes) -> float:
        return 1.0 if path.suffix == ".badges" else 0.0

    def read(self, path: Path, data: bytes | None) -> list[ContactRecord]:
        text = (data if data is not None else path.read_bytes()).decode()
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            name, _sep, email = line.partition("<")
            first, _sp, last = name.strip().partition(" ")
            records.append(ContactRecord(row=number, values={"first_name": first,
                                                             "last_name": last},
                                         emails=[(email.rstrip(">"), None)]))
        return records


@pytest.fixture
def badges_source(monkeypatch: pytest.MonkeyPatch) -> ContactSource:
    import crm.sources

    # What ``register(_Badges())`` does, undone after the test.
    source = _Badges()
    monkeypatch.setitem(crm.sources._REGISTRY, source.name, source)
    return source


def test_a_new_source_is_one_class_and_the_import_takes_it(badges_source, db,
                                                           tmp_path: Path) -> None:
    from crm.services.imports import import_file, preview_file

    path = tmp_path / "booth.badges"
    path.write_text("Ada Lovelace <ada@example.com>\nAlan Turing <not an email>\n")
    assert get_source("badges") is badges_source
    preview = preview_file(path)
    assert preview.format == "badges" and preview.description == "Badge list"
    assert not preview.editable_mapping
    report = db.write(import_file, path)
    assert (report.created, report.format) == (2, "badges")
    assert [(p.row, p.field) for p in report.problems] == [(2, "email")]


def test_an_unknown_format_is_refused_before_reading(tmp_path: Path) -> None:
    from crm.services.imports import read_source

    with pytest.raises(ValidationError, match="format: 'pdf' is not one of auto, csv"):
        read_source(tmp_path / "missing.pdf", "pdf")


def test_a_payload_in_memory_is_read_by_the_same_source() -> None:
    payload = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n" \
        "EMAIL:ada@example.com\r\nEND:VCARD\r\n"
    origin = Path("badge QR code")
    source = detect_source(origin, payload.encode())
    [record] = source.read_text(payload, origin)
    assert source.name == "vcard"
    assert (record.values["first_name"], record.emails) == ("Ada", [("ada@example.com", None)])
