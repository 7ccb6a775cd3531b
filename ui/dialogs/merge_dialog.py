"""Merge two contacts (or two companies) side by side, choosing field by field.

Where the two records differ, a pair of radio buttons picks the value the kept record gets;
equal fields are shown once. Emails, phones, tags, encounters, interactions and follow-ups
(a company's people) of both records are kept whatever is chosen, and listed below.
``exec()`` returns Accepted once merged; ``dialog.result_merge`` is the ``MergeResult``.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm.db import Database
from crm.errors import UserError
from crm.services.merge import KEEP, OTHER, MergePreview, MergeResult, merge_preview, merge_records
from ui.operations import error_text, notify_changed

# Long notes are shown cut: the dialog is for choosing, the full text stays in the record.
SHOWN_CHARS = 160


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


class MergeDialog(QDialog):
    """Merge ``other_id`` into ``keep_id`` (the sides can be swapped before merging)."""

    def __init__(self, db: Database, parent: QWidget | None, keep_id: uuid.UUID,
                 other_id: uuid.UUID):
        super().__init__(parent)
        self.db = db
        self.result_merge: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setObjectName("merge-dialog")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.swap_button = QPushButton(self.tr("&Keep the other one"))
        self.swap_button.setObjectName("swap")
        self.swap_button.setToolTip(self.tr("Keep the record on the right and merge the one "
                                            "on the left into it"))
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("merge")
        self.merge_button.setDefault(True)
        self.buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load(keep_id, other_id)

    def load(self, keep_id: uuid.UUID, other_id: uuid.UUID) -> None:
        """Show the two records, ``keep_id`` on the left."""
        self.preview: MergePreview = self.db.read(merge_preview, keep_id, other_id)
        p = self.preview
        what = self.tr("contacts") if p.kind == "contact" else self.tr("companies")
        self.setWindowTitle(self.tr("Merge {what}").format(what=what))
        self.intro.setText(self.tr(
            "“{other}” will be merged into “{keep}”. Where they differ, choose the value to "
            "keep; everything linked to either record is kept. You can undo the merge.")
            .format(other=p.other_name, keep=p.keep_name))
        self.groups = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(16)
        header_keep = QLabel(self.tr("<b>Keep:</b> {name}").format(name=p.keep_name))
        header_other = QLabel(self.tr("<b>Merge in:</b> {name}").format(name=p.other_name))
        for label in (header_keep, header_other):
            label.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(header_keep, 0, 1)
        grid.addWidget(header_other, 0, 2)
        row = 1
        for choice in p.fields:
            if not choice.keep and not choice.other:
                continue
            title = self.field_titles().get(choice.field, choice.label)
            grid.addWidget(QLabel(title), row, 0, Qt.AlignmentFlag.AlignTop)
            if choice.differs:
                group = QButtonGroup(self)
                for column, (side, text) in enumerate(((KEEP, choice.keep),
                                                       (OTHER, choice.other)), start=1):
                    button = QRadioButton(_cut(text) or self.tr("(empty)"))
                    button.setObjectName(f"{choice.field}:{side}")
                    button.setToolTip(text)
                    button.setChecked(side == choice.default)
                    group.addButton(button)
                    button.setProperty("side", side)
                    grid.addWidget(button, row, column)
                self.groups[choice.field] = group
            else:
                same = QLabel(_cut(choice.keep))
                same.setTextFormat(Qt.TextFormat.PlainText)
                same.setToolTip(self.tr("The same in both"))
                grid.addWidget(same, row, 1, 1, 2)
            row += 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, row, 0, 1, 3)
        row += 1
        grid.addWidget(QLabel(self.tr("<b>Kept from both</b>")), row, 0, 1, 3)
        row += 1
        titles = {"emails": self.tr("Emails"), "phones": self.tr("Phones"),
                  "tags": self.tr("Tags"), "encounters": self.tr("Met at"),
                  "interactions": self.tr("Interactions"), "followups": self.tr("Follow-ups"),
                  "people": self.tr("People")}
        for key, (mine, theirs) in p.combined.items():
            if not mine and not theirs:
                continue
            grid.addWidget(QLabel(titles.get(key, key)), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, items in ((1, mine), (2, theirs)):
                shown = QLabel(_cut(", ".join(items)) or "—")
                shown.setTextFormat(Qt.TextFormat.PlainText)
                shown.setWordWrap(True)
                grid.addWidget(shown, row, column, Qt.AlignmentFlag.AlignTop)
            row += 1
        grid.setRowStretch(row, 1)
        self.scroll.setWidget(grid_host)

    def field_titles(self) -> dict[str, str]:
        return {"first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                "job_title": self.tr("Job title"), "company_id": self.tr("Company"),
                "linkedin": self.tr("LinkedIn"), "country": self.tr("Country"),
                "language": self.tr("Language"), "notes": self.tr("Notes"),
                "priority": self.tr("Priority"), "owner": self.tr("Owner"),
                "source": self.tr("Source"), "lawful_basis": self.tr("Lawful basis"),
                "lawful_basis_on": self.tr("Lawful basis since"),
                "lawful_basis_note": self.tr("Lawful basis note"), "name": self.tr("Name"),
                "website": self.tr("Website"), "kind": self.tr("Kind"),
                "city": self.tr("City")}

    def choices(self) -> dict[str, str]:
        """Which side each differing field is taken from."""
        out = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                out[name] = str(checked.property("side"))
        return out

    def swap(self) -> None:
        """Keep the other record instead (the choices start over)."""
        self.load(self.preview.other_id, self.preview.keep_id)

    def accept(self) -> None:
        """Merge; on a refusal, say why and stay open."""
        try:
            self.result_merge = self.db.write(merge_records, self.preview.keep_id,
                                              self.preview.other_id, self.choices())
        except UserError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        notify_changed("all")
        super().accept()
