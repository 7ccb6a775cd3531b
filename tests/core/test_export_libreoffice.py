"""A real spreadsheet reads our files: LibreOffice Calc (headless) opens the ``excel`` CSV and
the XLSX; accents stay intact, phones stay text, and no cell becomes a formula."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.test_export import HOSTILE, _people

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.sqlite_only, pytest.mark.skipif(
    SOFFICE is None and os.environ.get("CI") != "true",
    reason="LibreOffice (soffice) is not installed; CI installs libreoffice-calc-nogui")]
# Semicolon, double quote, UTF-8, first line 1, ..., and (13th token) "evaluate formulas" on:
# the most dangerous way to open a CSV, as a user who ticks that box would.
CSV_FILTER = "CSV:59,34,76,1,,0,false,true,false,false,false,-1,true"


def _convert(source: Path, target_format: str, out: Path, infilter: str | None = None) -> Path:
    assert SOFFICE is not None, "soffice must be installed when CI=true"
    command = [SOFFICE, "--headless", "--norestore",
               f"-env:UserInstallation={(out / 'profile').as_uri()}",
               "--convert-to", target_format, "--outdir", str(out)]
    if infilter:
        command.append(f"--infilter={infilter}")
    subprocess.run([*command, str(source)], check=True, capture_output=True, timeout=180)
    converted = out / f"{source.stem}.{target_format.split(':')[0]}"
    assert converted.exists(), f"LibreOffice did not convert {source.name}"
    return converted


@pytest.fixture
def exported(db, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from crm.services.exports import export_file

    db.write(_people)
    db.read(export_file, tmp_path / "excel.csv", profile="excel")
    db.read(export_file, tmp_path / "leads.xlsx", profile="agency")
    # A control file: the same dangerous text without our protection does become a formula,
    # so the filter options above really evaluate formulas.
    (tmp_path / "control.csv").write_text("a;b\n=1+1;x\n", encoding="utf-8")
    return tmp_path


def test_libreoffice_reads_the_excel_csv(exported: Path) -> None:
    from openpyxl import load_workbook

    out = exported / "out"
    out.mkdir()
    control = load_workbook(_convert(exported / "control.csv", "xlsx", out, CSV_FILTER)).active
    assert control["A2"].data_type == "f"

    sheet = load_workbook(_convert(exported / "excel.csv", "xlsx", out, CSV_FILTER)).active
    headers = [c.value for c in sheet[1]]
    rows = [[c for c in row] for row in sheet.iter_rows(min_row=2)]
    assert not [c.coordinate for row in rows for c in row if c.data_type == "f"]
    lea = next(r for r in rows if r[0].value == "Léa")
    assert lea[1].value == "Müller-Dupont"
    phone = lea[headers.index("Phone")]
    assert phone.data_type == "s" and phone.value.endswith("+1 617-555-0142")
    assert lea[headers.index("Other phones")].value.endswith("+32 2 555 12 34 (work)")
    names = [r[0].value for r in rows]
    for text in HOSTILE:
        if text.strip():
            assert any(isinstance(n, str) and text.strip() in n for n in names), text


def test_libreoffice_reads_the_xlsx(exported: Path) -> None:
    out = exported / "out"
    out.mkdir()
    converted = _convert(exported / "leads.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                         out)
    rows = list(csv.reader(converted.read_text(encoding="utf-8").splitlines()))
    header = rows[0]
    lea = dict(zip(header, next(r for r in rows if r[0] == "Léa"), strict=True))
    assert lea["Last name"] == "Müller-Dupont"
    assert lea["Phone"] == "+1 617-555-0142"  # text, as written: not 1.6175550142E+10
    assert lea["Lawful basis date"] == "2022-06-08"
    cells = [c for r in rows for c in r]
    # Stored as text, shown as text: LibreOffice computed none of them.
    assert "=1+1" in cells and "@SUM(A1)" in cells and "2" not in cells
