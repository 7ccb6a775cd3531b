"""Settings → Email templates: edit the follow-up email in English, French and Dutch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from crm.errors import UserError
from crm.services.drafts import (
    LANGUAGES,
    PLACEHOLDERS,
    EmailTemplate,
    check_template,
    default_templates,
    load_templates,
    save_templates,
)
from ui.dialogs.form import error_colour

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class EmailTemplatesTab(QWidget):
    """One subject and body per language; placeholders are filled for each contact."""

    def __init__(self, window: MainWindow | None = None):
        super().__init__()
        self.loaded = load_templates()
        self.edited = dict(self.loaded)
        self.language = QComboBox()
        self.language.setObjectName("template-language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.current = self.language.currentData()
        self.subject = QLineEdit()
        self.subject.setObjectName("template-subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("template-body")
        self.body.setMinimumHeight(150)
        self.reset_button = QPushButton(self.tr("Restore the default text"))
        self.reset_button.clicked.connect(self.restore_default)
        placeholders = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders: {placeholders}. {{your_name}} is your name from "
                              "the General tab.").format(placeholders=placeholders))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_colour()};")
        self.error.hide()

        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        form.addRow("", hint)
        form.addRow("", self.reset_button)
        form.addRow(self.error)
        self._show(self.current)
        self.language.currentIndexChanged.connect(self._language_changed)

    def tab_title(self) -> str:
        return self.tr("Email templates")

    def _show(self, language: str) -> None:
        template = self.edited[language]
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)

    def _keep_current(self) -> None:
        self.edited[self.current] = EmailTemplate(self.subject.text(), self.body.toPlainText())

    def _language_changed(self) -> None:
        self._keep_current()
        self.current = self.language.currentData()
        self._show(self.current)

    def restore_default(self) -> None:
        """Put the shipped text back for the shown language (saved with OK)."""
        self.edited[self.current] = default_templates()[self.current]
        self._show(self.current)

    def apply(self) -> None:
        self._keep_current()
        changed = {code: t for code, t in self.edited.items() if t != self.loaded.get(code)}
        if not changed:
            return
        for code, template in self.edited.items():
            try:
                check_template(code, template)
            except UserError as exc:
                self.language.setCurrentIndex(self.language.findData(code))
                self.error.setText(exc.message)
                self.error.show()
                raise
        defaults = default_templates()
        # Only what differs from the shipped text is stored: later default updates still apply.
        save_templates({code: t for code, t in self.edited.items() if t != defaults.get(code)})
        self.loaded = dict(self.edited)
        self.error.hide()
