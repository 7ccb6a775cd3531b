"""Values a French or Dutch reader used to meet in English: lawful bases (editor, merge dialog,
agency exports), follow-up statuses in agency exports, the merge summary, the export's loss
lines; with the committed catalogues (scripts/setup.sh compiles them)."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator

import pytest

from crm import i18n
from crm.services import export_layout
from crm.services.contacts import create_contact
from crm.services.merge import merge_records
from crm.services.validation import LAWFUL_BASES, lawful_basis_label
from tests.conftest import run_cli


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_the_lawful_bases_read_in_each_language(language) -> None:  # type: ignore[no-untyped-def]
    assert [lawful_basis_label(b) for b in LAWFUL_BASES] == list(LAWFUL_BASES)
    i18n.set_language("fr")
    assert lawful_basis_label("legitimate interest") == "intérêt légitime"
    assert lawful_basis_label("consent", "nl") == "toestemming"
    assert lawful_basis_label("something typed elsewhere") == "something typed elsewhere"


def test_the_loss_lines_are_sentences_of_the_language(language) -> None:  # type: ignore[no-untyped-def]
    losses = Counter(email_dropped=2, picture=1, phone_retyped=1)
    assert export_layout.loss_lines(losses, "Outlook") == [
        "2 extra emails not exported to Outlook",
        "1 phone written without its type (no free column of that type in Outlook)",
        "1 picture not exported to Outlook"]
    i18n.set_language("fr")
    assert export_layout.loss_lines(losses, "Outlook")[0] == (
        "2 e-mails supplémentaires non exportés vers Outlook")
    i18n.set_language("nl")
    assert export_layout.loss_lines(losses, "Outlook")[2] == "1 foto niet geëxporteerd naar Outlook"


def test_the_merge_summary_is_in_the_language_of_who_merged(language, db) -> None:  # type: ignore[no-untyped-def]
    keep = db.write(create_contact, first_name="Ann", last_name="Lee", emails=["ann@x.com"])
    other = db.write(create_contact, first_name="Anne", last_name="Lee", emails=["ann@y.com"])
    i18n.set_language("fr")
    result = db.write(merge_records, keep.id, other.id, {})
    # Shown after "Fusionné :" in the status bar.
    assert result.summary == "Anne Lee dans Ann Lee"


def _cells(path) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
        handle.seek(0)
        return list(csv.DictReader(handle, delimiter=";" if ";" in first else ","))


@pytest.mark.parametrize(("profile", "basis_header", "basis", "status_header", "none", "open_"), [
    ("awex", "Base légale", "intérêt légitime", "Statut du suivi", "aucun",
     "ouvert (échéance le "),
    ("fit", "Rechtsgrond", "gerechtvaardigd belang", "Status opvolging", "geen",
     "open (vervalt op "),
    ("agency", "Lawful basis", "legitimate interest", "Follow-up status", "none", "open (due "),
])
def test_agency_exports_write_their_values_in_the_profile_language(  # type: ignore[no-untyped-def]
        demo_db, db_path, tmp_path, profile, basis_header, basis, status_header, none, open_):
    demo_db.close()
    target = tmp_path / f"{profile}.csv"
    result = run_cli("export", "--profile", profile, str(target), db=db_path)
    assert result.returncode == 0, result.stderr
    rows = _cells(target)
    assert {row[basis_header] for row in rows} <= {basis, ""} and basis in {
        row[basis_header] for row in rows}
    statuses = {row[status_header] for row in rows}
    assert any(status.startswith(open_) for status in statuses)
    assert not any(s.startswith(("open (due", "none")) for s in statuses) or profile == "agency"
    assert none in statuses or any(s.startswith(open_) for s in statuses)


def test_names_labels_kinds_and_import_counts_read_in_each_language(language) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from crm.services.contacts import display_name
    from crm.services.importing.report import ImportReport
    from crm.services.limits import field_label
    from crm.services.sessions import session_kind_label

    report = ImportReport(path=Path("leads.csv"), format="csv", created=1, updated=2, skipped=0)
    assert display_name("", "", "ann@x.example.com") == "(no name) ann@x.example.com"
    assert report.summary().startswith("leads.csv (csv): 1 created, 2 updated, 0 skipped")
    i18n.set_language("fr")
    assert display_name("", "", "ann@x.example.com") == "(sans nom) ann@x.example.com"
    assert field_label("name", "company") == "nom de l'entreprise"
    assert session_kind_label("round table") == "table ronde"
    assert session_kind_label("hackathon") == "hackathon"  # typed by a delegate: as written
    # French: the singular for 0 and 1, the plural from 2 ("1 créés" was the old text).
    assert report.summary().startswith("leads.csv (csv)\u00a0: 1 créé, 2 mis à jour, 0 ignoré")
    i18n.set_language("nl")
    assert field_label("first_name") == "voornaam"
    assert session_kind_label("full-day programme") == "dagprogramma"
