"""The PDF mission report: `report FILE.pdf` writes a PDF that opens, with a cover, the
charts, the sessions with who was met and one table row per lead."""

from __future__ import annotations

import re
import unicodedata

import pypdf

from crm.services.report import report_data
from tests.conftest import run_cli


def _page_texts(path) -> list[str]:  # type: ignore[no-untyped-def]
    reader = pypdf.PdfReader(str(path))
    # NFKC: the PDF's text uses typographic ligatures ("ﬁ").
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in reader.pages]


def test_report_command_writes_the_mission_report(demo_db, db_path, tmp_path) -> None:
    report = demo_db.read(report_data)
    demo_db.close()
    target = tmp_path / "mission report.pdf"
    result = run_cli("report", str(target), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "40 leads" in result.stdout

    reader = pypdf.PdfReader(str(target))
    assert reader.metadata.title == f"Mission report: {report.name}"
    pages = _page_texts(target)
    assert len(pages) >= 5
    # Cover: the mission and its figures, nothing else.
    assert pages[0].startswith("Mission report Belgian Economic Mission")
    assert "Leads (people met) 40" in pages[0]
    # Charts: two pages of pictures.
    assert pages[1].startswith("The mission in figures")
    for number in (1, 2):
        assert reader.pages[number].images, f"page {number + 1} has no chart"
    # Sessions with who was met.
    sessions_at = next(i for i, t in enumerate(pages) if t.startswith("Sessions and who was met"))
    sessions_text = " ".join(pages[sessions_at:])
    for item in report.sessions:
        assert item.title in sessions_text
        for person in item.people:
            assert person.name in sessions_text
    # The leads table: every lead, numbered 1..N, with its follow-up status.
    leads_at = next(i for i, t in enumerate(pages) if t.startswith("Leads and follow-up status"))
    leads_text = " ".join(pages[leads_at:])
    for number, lead in enumerate(report.leads, start=1):
        assert re.search(rf"\b{number} {re.escape(lead.name)}\b", leads_text), lead.name
    assert leads_text.count("Overdue") >= report.numbers.followups.overdue > 0
    assert re.search(r"No follow- ?up", leads_text) and "Done" in leads_text


def test_report_errors_are_one_line_and_exit_2(db, db_path, tmp_path) -> None:
    db.close()
    empty = run_cli("report", str(tmp_path / "r.pdf"), db=db_path)
    assert empty.returncode == 2
    assert empty.stderr.strip() == ("error: no mission to report on: create one, or load the "
                                    "sample with 'demo'")
    assert not (tmp_path / "r.pdf").exists()
    assert run_cli("demo", db=db_path).returncode == 0
    missing = run_cli("report", str(tmp_path / "no" / "r.pdf"), db=db_path)
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr and len(missing.stderr.splitlines()) == 1


def test_a_mission_without_sessions_still_makes_a_readable_report(db, qapp, tmp_path) -> None:
    from crm.services.missions import create_mission
    from ui.report import write_report

    mission = db.write(create_mission, name="Boston 2027")
    path = write_report(db.read(report_data, mission_id=mission.id), tmp_path / "r.pdf")
    pages = _page_texts(path)
    assert pages[0].startswith("Mission report Boston 2027")
    assert any("No sessions recorded for this mission." in page for page in pages)
    assert any("No one was met yet." in page for page in pages)
