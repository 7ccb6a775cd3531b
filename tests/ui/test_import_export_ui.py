"""Import and export in the app: the File menu, the import wizard (preview, mapping,
problems, import, undo) and the export dialog (everything or what the list shows)."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm.services.contacts import count_contacts
from crm.services.exports import load_profile
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.features.import_export import open_export, open_import, revert_last

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Set MISSION_CRM_SHOTS=DIR to keep PNGs of the dialogs for a look.
SHOTS = os.environ.get("MISSION_CRM_SHOTS")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_file_menu_has_import_export_and_revert(window) -> None:  # type: ignore[no-untyped-def]
    names = [a.objectName() for a in window.menu("File").actions()]
    assert names.index("import") < names.index("export") < names.index("revert-import")
    settings = window.menu("File").actions().index(window.settings_action)
    assert names.index("revert-import") < settings


def test_import_wizard_previews_maps_checks_and_imports(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = window.db.read(count_contacts)
    wizard = open_import(window)
    qtbot.addWidget(wizard)
    assert not wizard.import_button.isEnabled()
    wizard.load(FIXTURES / "google_contacts.csv")
    assert "Google Contacts" in wizard.info.text()
    headers = [wizard.mapping_table.item(r, 0).text()
               for r in range(wizard.mapping_table.rowCount())]
    assert headers[0] == "First Name"
    assert wizard.mapping()[headers.index("E-mail 1 - Value")] == "email"
    assert wizard.preview_table.rowCount() == 4
    assert wizard.preview_table.item(0, 0).text() == "Avery"
    # The department column means nothing to us: import it as the job title instead.
    department = headers.index("Organization Department")
    assert wizard.mapping()[department] is None
    wizard.set_mapping(department, "company_kind")
    wizard.check()
    qtbot.waitUntil(lambda: wizard.problems.rowCount() == 2, timeout=10_000)
    # Row 5 (an email, no name) is kept; row 4's phone "12" is kept as written.
    assert "4 to create, 0 to update, 0 to skip" in wizard.summary.text()
    assert "1 without a name" in wizard.summary.text()
    assert "1 phone valid in no region kept as written" in wizard.summary.text()
    assert [wizard.problems.item(r, 0).text() for r in range(2)] == ["4", "4"]
    assert window.db.read(count_contacts) == before  # a check writes nothing
    shot(wizard, "import-wizard")

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert window.db.read(count_contacts) == before + 4
    assert "Imported google_contacts.csv: 4 created" in window.statusBar().currentMessage() \
        or window.undo_action.isEnabled()
    window.undo()
    assert window.db.read(count_contacts) == before


def test_import_wizard_takes_a_linkedin_export(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = window.db.read(count_contacts)
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    formats = [wizard.format_combo.itemText(i) for i in range(wizard.format_combo.count())]
    assert "LinkedIn Connections" in formats
    wizard.load(FIXTURES / "linkedin_connections.csv")
    assert "7 contact rows in a LinkedIn Connections export" in wizard.info.text()
    headers = [wizard.mapping_table.item(r, 0).text()
               for r in range(wizard.mapping_table.rowCount())]
    assert wizard.mapping()[headers.index("URL")] == "linkedin"
    assert wizard.mapping()[headers.index("Connected On")] == "connected_on"
    assert wizard.preview_table.item(0, 0).text() == "Maëlle"
    shot(wizard, "import-wizard-linkedin")
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert window.db.read(count_contacts) == before + 7
    assert wizard.report is not None and wizard.report.problems == []


def test_import_wizard_takes_a_libreoffice_workbook(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = window.db.read(count_contacts)
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    formats = [wizard.format_combo.itemText(i) for i in range(wizard.format_combo.count())]
    assert "LibreOffice Calc (ODS)" in formats and "Excel 97–2003 (XLS)" in formats
    shot(wizard, "import-wizard-empty")
    wizard.load(FIXTURES / "libreoffice_leads.ods")
    headers = [wizard.mapping_table.item(r, 0).text()
               for r in range(wizard.mapping_table.rowCount())]
    assert headers[:3] == ["Prénom", "Nom", "Société"]
    assert wizard.mapping()[headers.index("GSM")] == "phone"
    # A column of one part of an address says which part it gives (not "one line").
    postal = headers.index("Code postal")
    assert wizard.mapping()[postal] == "address"
    assert wizard.mapping_table.cellWidget(postal, 2).currentText() == "Address: postal code"
    assert wizard.preview_table.item(0, 0).text() == "Élodie"
    shot(wizard, "import-wizard-ods")
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert window.db.read(count_contacts) == before + 2


def test_import_wizard_says_why_a_file_cannot_be_imported(window, qtbot,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 10)
    wizard.load(bad)
    assert "cannot be imported" in wizard.info.text()
    assert "photo.csv" in wizard.info.text()
    assert not wizard.import_button.isEnabled()
    wizard.load(FIXTURES / "iphone_3_0.vcf")
    assert wizard.import_button.isEnabled()
    assert wizard.mapping() is None  # vCards map themselves
    assert wizard.preview_table.item(0, 0).text() == "Hana Nakamura"
    shot(wizard, "import-wizard-vcard")


def test_revert_last_import_from_the_menu(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a[2]))
    before = window.db.read(count_contacts)
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    wizard.load(FIXTURES / "belgian_excel.csv")
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.run_import()
    assert window.db.read(count_contacts) == before + 3
    revert_last(window)
    assert "belgian_excel.csv" in asked[0]
    assert window.db.read(count_contacts) == before
    revert_last(window)
    assert asked[-1] == "There is no import to revert."


def _rows(path: Path) -> list[list[str]]:
    profile = load_profile("excel")
    text = path.read_bytes().decode(profile.encoding)
    return list(csv.reader(text.splitlines(), delimiter=profile.delimiter))


def test_export_what_the_contacts_list_shows(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.page("contacts")
    qtbot.keyClicks(window.search, "Abernathy")
    qtbot.waitUntil(lambda: page.model.rowCount() < 40)
    shown = page.model.rowCount()
    dialog = open_export(window)
    qtbot.addWidget(dialog)
    assert dialog.shown.isChecked() and str(shown) in dialog.shown.text()
    dialog.set_format("csv")
    dialog.set_profile("excel")
    assert "semicolon" in dialog.profile_help.text()
    shot(dialog, "export-dialog")
    target = tmp_path / "view.csv"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.export_to(target)
    rows = _rows(target)
    assert len(rows) == shown + 1 and all(r[1] == "Abernathy" for r in rows[1:])
    assert str(target) in window.statusBar().currentMessage()

    everything = ExportDialog(window.db, window, view_filter=page.current_filter())
    qtbot.addWidget(everything)
    everything.everything.setChecked(True)
    everything.set_format("xlsx")
    everything.set_profile("agency")
    assert everything.suggested_name().startswith("leads-")
    with qtbot.waitSignal(everything.accepted, timeout=10_000):
        everything.export_to(tmp_path / "leads")
    assert everything.report.path == tmp_path / "leads.xlsx"
    assert everything.report.rows >= 40


def test_export_failure_is_said_and_writes_nothing(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(window.db, window)
    qtbot.addWidget(dialog)
    assert dialog.shown.isHidden()
    dialog.set_format("ics")
    assert not dialog.profile_combo.isEnabled() and dialog.due_combo.isEnabled()
    dialog.export_to(tmp_path / "missing-folder" / "f.ics")
    qtbot.waitUntil(lambda: "Nothing was written" in dialog.status.text(), timeout=10_000)
    assert "does not exist" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_import_wizard_records_the_session_met(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import ContactFilter

    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    wizard.load(FIXTURES / "vcard_4_0.vcf")
    wizard.session_combo.setCurrentIndex(1)
    session_id = wizard.session_combo.currentData()
    before = window.db.read(count_contacts, ContactFilter(session_id=session_id))
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.run_import()
    assert window.db.read(count_contacts, ContactFilter(session_id=session_id)) == before + 1


def test_the_wizard_says_why_nothing_could_be_imported(window, qtbot,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    sheet = tmp_path / "companies.csv"
    sheet.write_text("Company,Job title\nAcme,CEO\nBeta,CTO\n", encoding="utf-8")
    wizard = ImportWizard(window.db, window)
    qtbot.addWidget(wizard)
    wizard.load(sheet)
    wizard.check()
    qtbot.waitUntil(lambda: "Nothing was imported" in wizard.summary.text(), timeout=10_000)
    # The same line as the command line's.
    assert "nothing could be imported: every row was skipped (2 row(s)) (row 2, name: row has " \
           "no name, and no valid email or phone; row skipped)" in wizard.summary.text()


def test_export_dialog_says_what_the_format_cannot_hold(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import create_contact

    window.db.write(create_contact, first_name="Ada", last_name="Many", birthday="--06-15",
                    emails=[f"ada{n}@example.com" for n in range(5)])
    dialog = ExportDialog(window.db, window)
    qtbot.addWidget(dialog)
    dialog.set_format("csv")
    dialog.set_profile("outlook")
    dialog.export_to(tmp_path / "outlook.csv")
    # The dialog stays open to say it, until closed.
    qtbot.waitUntil(lambda: "Not in the file" in dialog.status.text(), timeout=10_000)
    assert "2 extra emails not exported to Outlook" in dialog.status.text()
    assert "1 birthday without a year" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close"
    assert (tmp_path / "outlook.csv").exists()
