"""The export dialog: what (everything, or what the contacts list shows), how (a profile and
a format), where; contacts to CSV, XLSX or vCard, open follow-ups to a calendar file."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm.clock import local_today
from crm.db import Database
from crm.services.contacts import ContactFilter, count_contacts
from crm.services.exports import ExportReport, export_file, list_profiles, load_profile
from ui.operations import Operation, error_text

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "vcard": ".vcf", "ics": ".ics"}


class ExportDialog(QDialog):
    """Export contacts or follow-ups; the file is replaced only when complete."""

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 view_filter: ContactFilter | None = None):
        super().__init__(parent)
        self.db = db
        self.view_filter = view_filter
        self.report: ExportReport | None = None
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("Export"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        for value, text in (("csv", self.tr("CSV (spreadsheet, other CRMs)")),
                            ("xlsx", self.tr("Excel workbook (XLSX)")),
                            ("vcard", self.tr("vCard (phones, Outlook, Google)")),
                            ("ics", self.tr("Calendar of open follow-ups (ICS)"))):
            self.format_combo.addItem(text, value)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update())
        form.addRow(self.tr("Format:"), self.format_combo)

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile")
        names = {"default": self.tr("Every field (default)"),
                 "excel": self.tr("Excel, Belgian locale (semicolons)"),
                 "google": self.tr("Google Contacts"), "outlook": self.tr("Outlook"),
                 "agency": self.tr("Lead report for the trade agencies")}
        for name in list_profiles():
            self.profile_combo.addItem(names.get(name, name), name)
        self.profile_combo.currentIndexChanged.connect(lambda _i: self._update())
        form.addRow(self.tr("Profile:"), self.profile_combo)
        self.profile_help = QLabel()
        self.profile_help.setObjectName("profile-help")
        self.profile_help.setWordWrap(True)
        form.addRow("", self.profile_help)

        self.version_combo = QComboBox()
        self.version_combo.setObjectName("vcard-version")
        for version in ("3.0", "4.0"):
            self.version_combo.addItem(self.tr("vCard {version}").format(version=version),
                                       version)
        form.addRow(self.tr("Version:"), self.version_combo)

        self.due_combo = QComboBox()
        self.due_combo.setObjectName("due")
        for value, text in ((None, self.tr("All open follow-ups")),
                            ("overdue", self.tr("Overdue")), ("today", self.tr("Due today")),
                            ("week", self.tr("Due within 7 days"))):
            self.due_combo.addItem(text, value)
        form.addRow(self.tr("Follow-ups:"), self.due_combo)
        layout.addLayout(form)

        self.scope = QButtonGroup(self)
        total = db.read(count_contacts)
        self.everything = QRadioButton(self.tr("All %n contact(s)", "", total))
        self.everything.setObjectName("everything")
        self.shown = QRadioButton()
        self.shown.setObjectName("shown")
        self.scope.addButton(self.everything)
        self.scope.addButton(self.shown)
        layout.addWidget(self.everything)
        layout.addWidget(self.shown)
        if view_filter is not None:
            shown = db.read(count_contacts, view_filter)
            self.shown.setText(self.tr("Only the %n contact(s) the list shows", "", shown))
            narrowed = shown != total or bool(view_filter.search.strip())
            (self.shown if narrowed else self.everything).setChecked(True)
        else:
            self.shown.hide()
            self.everything.setChecked(True)
        layout.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def set_profile(self, name: str) -> None:
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(name))

    def _update(self) -> None:
        fmt = self.format_combo.currentData()
        tabular = fmt in ("csv", "xlsx")
        self.profile_combo.setEnabled(tabular)
        self.version_combo.setEnabled(fmt == "vcard")
        self.due_combo.setEnabled(fmt == "ics")
        if tabular:
            self.profile_help.setText(load_profile(self.profile_combo.currentData()).description)
        elif fmt == "vcard":
            self.profile_help.setText(self.tr("One card per contact, with every email, phone "
                                              "and tag."))
        else:
            self.profile_help.setText(self.tr("One all-day event per open follow-up, on the "
                                              "day it is due; Outlook and Google Calendar "
                                              "import it."))

    def suggested_name(self) -> str:
        fmt = self.format_combo.currentData()
        stem = "followups" if fmt == "ics" else (
            "leads" if self.profile_combo.currentData() == "agency" and fmt != "vcard"
            else "contacts")
        return f"{stem}-{local_today().isoformat()}{SUFFIXES[fmt]}"

    def choose_and_export(self) -> Operation | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                              str(Path.home() / self.suggested_name()))
        if not path:
            return None
        return self.export_to(Path(path))

    def export_to(self, path: Path) -> Operation:
        """Write the export to ``path`` off the GUI thread."""
        fmt = self.format_combo.currentData()
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])
        flt = self.view_filter if self.shown.isChecked() else None
        kwargs = {"profile": self.profile_combo.currentData(), "fmt": fmt, "flt": flt,
                  "vcard_version": self.version_combo.currentData(),
                  "due": self.due_combo.currentData()}
        self.export_button.setEnabled(False)
        return (Operation(self, lambda: self.db.read(export_file, path, **kwargs),
                          label=self.tr("Exporting…"))
                .success(self._done).failure(self._failed).run())

    def _done(self, report: ExportReport) -> None:
        self.report = report
        self.export_button.setEnabled(True)
        if not report.losses:
            self.accept()
            return
        # What the format could not hold stays on screen until the user has read it.
        self.status.setText(self.tr("Exported {rows} to {path}. Not in the file:").format(
            rows=report.rows, path=report.path) + "<ul>" + "".join(
                f"<li>{html.escape(line)}</li>" for line in report.losses) + "</ul>")
        self.cancel_button.setText(self.tr("Close"))

    def _failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was written: {why}").format(why=error_text(error)))
