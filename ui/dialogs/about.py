"""Help ▸ About: the version, where the database is and whether it is encrypted, and the
licences of Qt/PySide6 (LGPL v3) and of every other package the app ships."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm import __version__
from ui.dialogs.form import fit_wrapped_text
from ui.format import esc

if TYPE_CHECKING:
    from crm.db import Database


def database_facts(db: Database | None) -> tuple[str, str]:
    """Where the database is, and its encryption in words ("" for a server database)."""
    if db is None:
        return QCoreApplication.translate("AboutDialog", "opening…"), ""
    if db.path is None:
        return db.url.render_as_string(hide_password=True), ""
    where = str(db.path)
    if not db.is_encrypted:
        return where, QCoreApplication.translate(
            "AboutDialog", "not encrypted (File ▸ Encrypt Database… encrypts it)")
    if db.key is not None and db.key.source == "keyring":
        return where, QCoreApplication.translate(
            "AboutDialog", "encrypted; the key is kept by the system's password store")
    return where, QCoreApplication.translate("AboutDialog", "encrypted with a passphrase")


class AboutDialog(QDialog):
    def __init__(self, db: Database | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mission CRM"))
        where, encryption = database_facts(db)
        layout = QVBoxLayout(self)
        text = self.tr("<h3>Mission CRM {version}</h3><p>Contacts and follow-ups for the "
                       "members of a trade delegation.</p>").format(version=__version__)
        text += self.tr("<p>Database: {where}</p>").format(where=esc(where))
        if encryption:
            text += self.tr("<p>Encryption: {state}</p>").format(state=encryption)
        text += self.tr("<p>Made with Qt and PySide6 (Qt for Python), used under the GNU LGPL "
                        "v3, and the open-source packages listed under Licences.</p>")
        label = QLabel(text)
        label.setObjectName("about")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.licences = QPlainTextEdit()
        self.licences.setObjectName("licences")
        self.licences.setReadOnly(True)
        self.licences.hide()
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("&Licences…"))
        self.licences_button.setObjectName("show-licences")
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licences_button.clicked.connect(self.show_licences)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        fit_wrapped_text(self, 520)

    def show_licences(self) -> None:
        """Show the notices file shipped with the app (the LGPL notice of Qt first)."""
        from crm.licences import shipped_notices

        self.licences.setPlainText(shipped_notices())
        self.licences.show()
        self.licences_button.setEnabled(False)
        self.resize(max(self.width(), 760), 600)
