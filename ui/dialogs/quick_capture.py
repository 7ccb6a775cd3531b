"""Quick capture: log a person in seconds, standing, with the keyboard alone.

Enter saves and closes; Ctrl+Enter ("Save & next") saves and clears the person's fields,
keeping the session for the next person met there. The session is preselected: the one
running now by the clock, else the last one used.

"Scan badge or card…" (or a picture pasted with Ctrl+V, or dropped on the dialog, or the
camera) fills the fields from a badge's QR code or a business card (ui.dialogs.scan_badge);
the delegate checks them, the ones read with low confidence marked, and saves with Enter.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crm.clock import local_today
from crm.config import Preferences
from crm.db import Database
from crm.models import Contact
from crm.scan import SOURCE_LABELS, ScanResult
from crm.services.capture import CAPTURE_SOURCE, CapturedPicture, capture_contact
from crm.services.contacts import display_name
from crm.services.sessions import current_session, list_session_choices
from crm.services.tags import split_tags
from ui.app import settings
from ui.dialogs.contact_form import ContactFormDialog
from ui.dialogs.form import CompanyCompleter, add_session_items, select_data
from ui.dialogs.scan_badge import (
    CameraScanDialog,
    camera_unavailable_reason,
    choose_picture,
    image_bytes,
    scan_in_background,
)

LAST_SESSION_KEY = "capture/last_session"
DEFAULT_FOLLOWUP_DAYS = 3
# A field read with low confidence: yellow, dark text (readable in the dark theme too).
LOW_CONFIDENCE_STYLE = "QLineEdit { background-color: #fff3b0; color: #202020; }"
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp")


def last_used_session() -> uuid.UUID | None:
    value = settings().value(LAST_SESSION_KEY, "")
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


class QuickCaptureDialog(ContactFormDialog):
    changes = ("contacts", "companies", "sessions", "followups", "tags")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent, self.tr("Quick capture"))
        self.preferences = Preferences.load()
        self.saved_names: list[str] = []
        self.scan: ScanResult | None = None
        self._build_scan_row()
        self.first_name = self.add_field("first_name", self.tr("&First name:"), QLineEdit(),
                                         "name")
        self.last_name = self.add_field("last_name", self.tr("&Last name:"), QLineEdit())
        self.hooks_go_after_current_row()
        self.company = self.add_field("company", self.tr("&Company:"), QLineEdit())
        CompanyCompleter(db, self.company)
        self.job_title = self.add_field("job_title", self.tr("&Job title:"), QLineEdit())
        self.email = self.add_field("email", self.tr("&Email:"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("&Phone:"), QLineEdit())
        self.show_phone_region(self.phone, company=self.company)
        self.session = self.add_field("session", self.tr("&Met at:"), QComboBox())
        self.note = self.add_field("note", self.tr("N&ote:"), QLineEdit())
        self.note.setPlaceholderText(self.tr("e.g. wants CAR-T capacity in EU"))
        self.tags = self.add_field("tags", self.tr("&Tags:"), QLineEdit())
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        followup = QWidget()
        row = QHBoxLayout(followup)
        row.setContentsMargins(0, 0, 0, 0)
        self.followup_title = QLineEdit()
        self.followup_title.setObjectName("followup_title")
        self.followup_title.setPlaceholderText(self.tr("optional, e.g. send the deck"))
        self.followup_days = QSpinBox()
        self.followup_days.setObjectName("followup_days")
        self.followup_days.setAccessibleName(self.tr("Follow-up due in (days)"))
        self.followup_days.setRange(0, 365)
        self.followup_days.setValue(DEFAULT_FOLLOWUP_DAYS)
        self.followup_days.setPrefix(self.tr("due in "))
        self.followup_days.setSuffix(self.tr(" days"))
        row.addWidget(self.followup_title, 1)
        row.addWidget(self.followup_days)
        self.add_field("followup_title", self.tr("Follo&w-up:"), followup, "followup_due")
        self.fields["followup_title"] = self.followup_title
        self.fields["followup_due"] = self.followup_days

        self.scan_extras = QLabel()
        self.scan_extras.setObjectName("scan_extras")
        self.scan_extras.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_extras.setWordWrap(True)
        self.scan_extras.hide()
        self.form.addRow(self.scan_extras)
        self.keep_picture = QCheckBox(self.tr("&Keep the picture of the card"))
        self.keep_picture.setObjectName("keep_picture")
        self.keep_picture.setToolTip(self.tr("Store the scanned picture with the contact "
                                             "(erased with them)"))
        self.keep_picture.hide()
        self.form.addRow(self.keep_picture)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.saved_label)
        self.next_button = QPushButton(self.tr("Save && &next"))
        self.next_button.setToolTip(self.tr("Save, then log the next person met at the same "
                                            "session (Ctrl+Enter)"))
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.save_and_next)

        for key, edit in (("first_name", self.first_name), ("last_name", self.last_name),
                          ("email", self.email), ("phone", self.phone),
                          ("company", self.company)):
            self.watch_identity(key, edit)
        self._fill_sessions()
        self.setMinimumWidth(520)
        self.setAcceptDrops(True)
        for edit in self.findChildren(QLineEdit):
            edit.installEventFilter(self)
            edit.textEdited.connect(lambda _text, e=edit: self._unmark(e))
        self.run_hooks()
        self.first_name.setFocus()

    # --- scanning ----------------------------------------------------------------------

    def _build_scan_row(self) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.scan_button = QPushButton(self.tr("&Scan badge or card…"))
        self.scan_button.setObjectName("scan_button")
        self.scan_button.setToolTip(self.tr("Read a badge's QR code or a business card from a "
                                            "picture; or paste one (Ctrl+V) or drop it here"))
        self.scan_button.setAutoDefault(False)
        self.scan_button.clicked.connect(self.scan_file)
        self.camera_button = QPushButton(self.tr("Ca&mera"))
        self.camera_button.setObjectName("camera_button")
        self.camera_button.setAutoDefault(False)
        reason = camera_unavailable_reason()
        if reason:
            self.camera_button.setEnabled(False)
            self.camera_button.setText(self.tr("No camera"))
            self.camera_button.setToolTip(reason)
        else:
            self.camera_button.setToolTip(self.tr("Read a badge's QR code with the camera"))
        self.camera_button.clicked.connect(self.scan_camera)
        self.scan_status = QLabel()
        self.scan_status.setObjectName("scan_status")
        self.scan_status.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_status.setWordWrap(True)
        line.addWidget(self.scan_button)
        line.addWidget(self.camera_button)
        line.addWidget(self.scan_status, 1)
        self.form.addRow(row)

    def scan_file(self) -> None:
        """Pick a picture file and read it."""
        path = choose_picture(self)
        if path is not None:
            self.scan_picture_file(path)

    def scan_picture_file(self, path: Path) -> None:
        from crm.errors import UserError
        from crm.scan.images import read_picture_file

        try:
            data = read_picture_file(path)
        except UserError as exc:
            self._scan_failed(exc)
            return
        self.scan_bytes(data, path.name)

    def scan_bytes(self, data: bytes, origin: str) -> None:
        """Read a picture in the background; the form is filled when it is read."""
        self.scan_status.setText(self.tr("Reading {name}…").format(name=origin))
        self.scan_button.setEnabled(False)
        self._scan_operation = scan_in_background(
            self, data, origin, self._scan_regions(), self.apply_scan, self._scan_failed)

    def _scan_regions(self) -> list[str]:
        """Where a card's numbers without + are read: the mission's country, then home."""
        from crm.services.phones import regions_for

        home = self.preferences.default_region
        return [r.code for r in self.db.read(regions_for, home_region=home)] or [home]

    def scan_camera(self) -> None:
        # The camera may have been unplugged since the dialog opened: say so here, at once.
        reason = camera_unavailable_reason()
        if reason:
            self.camera_button.setEnabled(False)
            self.camera_button.setText(self.tr("No camera"))
            self.camera_button.setToolTip(reason)
            self.scan_status.setText(reason)
            return
        camera = CameraScanDialog(self, self.preferences.default_region)
        if camera.exec() and camera.result_scan is not None:
            self.apply_scan(camera.result_scan)

    def _scan_failed(self, error: Exception) -> None:
        from ui.operations import error_text

        self.scan_button.setEnabled(True)
        self.scan_status.setText(error_text(error))

    def apply_scan(self, result: ScanResult) -> None:
        """Put what the scan read into the fields, marking those to check; saves nothing."""
        self.scan_button.setEnabled(True)
        self.scan = result
        values = {self.first_name: result.first_name, self.last_name: result.last_name,
                  self.company: result.company, self.job_title: result.job_title,
                  self.email: next(iter(result.emails), ""),
                  self.phone: next(iter(result.phones), "")}
        keys = {self.first_name: "first_name", self.last_name: "last_name",
                self.company: "company", self.job_title: "job_title", self.email: "email",
                self.phone: "phone"}
        low = set(result.low_confidence())
        for edit, value in values.items():
            edit.setText(value)
            if value and keys[edit] in low:
                self._mark(edit)
            else:
                self._unmark(edit)
        if result.note:
            # The code's note, or the card's other lines (an address ...), as the CLI saves it.
            text = result.note.replace("\n", " / ")
            self.note.setText(self.tr("From the card: {text}").format(text=text)
                              if result.source == "ocr" else text)
        self.scan_extras.setText(self._extras_text(result))
        self.scan_extras.setVisible(bool(self.scan_extras.text()))
        self.keep_picture.setText(self.tr("&Keep the picture of the card")
                                  if result.picture_kind == "card"
                                  else self.tr("&Keep the picture of the badge"))
        self.keep_picture.setVisible(bool(result.picture))
        how = {"ocr": self.tr("a business card (OCR)")}.get(
            result.source, self.tr("a QR code ({kind})").format(
                kind=result.source.removeprefix("qr-")))
        status = self.tr("Read from {how}.").format(how=how)
        if low:
            status += " " + self.tr("Check the fields marked in yellow.")
        if not result.has_contact():
            status = self.tr("The picture holds no contact details; nothing was filled in.")
        self.scan_status.setText(" ".join([status, *result.messages]))
        self.first_name.setFocus()
        self.first_name.selectAll()

    def _extras_text(self, result: ScanResult) -> str:
        parts = []
        if len(result.emails) > 1:
            parts.append(self.tr("more emails: {list}").format(list=", ".join(result.emails[1:])))
        if len(result.phones) > 1:
            parts.append(self.tr("more phones: {list}").format(list=", ".join(result.phones[1:])))
        if result.linkedin:
            parts.append(self.tr("LinkedIn: {url}").format(url=result.linkedin))
        if result.website:
            parts.append(self.tr("website: {url}").format(url=result.website))
        return self.tr("Also saved from the scan: {parts}").format(parts="; ".join(parts)) \
            if parts else ""

    def _mark(self, edit: QLineEdit) -> None:
        edit.setStyleSheet(LOW_CONFIDENCE_STYLE)
        edit.setToolTip(self.tr("check this: read with low confidence"))
        edit.setProperty("lowConfidence", True)

    def _unmark(self, edit: QLineEdit) -> None:
        if edit.property("lowConfidence"):
            edit.setStyleSheet("")
            edit.setToolTip("")
            edit.setProperty("lowConfidence", False)

    def _clear_scan(self) -> None:
        self.scan = None
        self.scan_extras.clear()
        self.scan_extras.hide()
        self.keep_picture.setChecked(False)
        self.keep_picture.hide()
        self.scan_status.clear()
        for edit in self.findChildren(QLineEdit):
            self._unmark(edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+V of a picture (not of text) in any field is a scan.
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Paste):
            mime = QApplication.clipboard().mimeData()
            if mime is not None and mime.hasImage() and not mime.hasText():
                if event.type() == QEvent.Type.KeyPress:
                    self.scan_bytes(image_bytes(QApplication.clipboard().image()),
                                    self.tr("the pasted picture"))
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_picture(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        picture = self._dropped_picture(event.mimeData())
        if isinstance(picture, Path):
            self.scan_picture_file(picture)
        elif picture is not None:
            self.scan_bytes(picture, self.tr("the dropped picture"))
        event.acceptProposedAction()

    def _dropped_picture(self, mime) -> Path | bytes | None:  # type: ignore[no-untyped-def]
        if mime is None:
            return None
        if mime.hasImage():
            return image_bytes(mime.imageData())
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PICTURE_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    def _fill_sessions(self) -> None:
        box: QComboBox = self.session  # type: ignore[assignment]
        box.addItem(self.tr("(not at a session)"), None)
        rows = self.db.read(list_session_choices)
        add_session_items(box, rows)
        running = self.db.read(current_session)
        preferred = running.id if running is not None else last_used_session()
        if preferred is None or not select_data(box, preferred):
            box.setCurrentIndex(0)

    def session_id(self) -> uuid.UUID | None:
        return self.session.currentData()  # type: ignore[attr-defined]

    def save(self) -> None:
        due = local_today() + timedelta(days=self.followup_days.value())

        def write(keep_unchecked: bool) -> Contact:
            return self.db.write(
                capture_contact, first_name=self.first_name.text(),
                last_name=self.last_name.text(), company=self.company.text(),
                job_title=self.job_title.text(), email=self.email.text(),
                phone=self.phone.text(), session_id=self.session_id(), note=self.note.text(),
                tags=split_tags(self.tags.text()), followup_title=self.followup_title.text(),
                followup_due=due, owner=self.preferences.owner_name or None,
                region=self.preferences.default_region, keep_unchecked=keep_unchecked,
                **self._scan_fields())

        contact = self.keeping_unchecked(write)
        self.saved_id = contact.id
        self.saved_names.append(display_name(contact.first_name, contact.last_name,
                                             contact.email, contact.phone))
        session_id = self.session_id()
        settings().setValue(LAST_SESSION_KEY, str(session_id) if session_id else "")

    def _scan_fields(self) -> dict[str, object]:
        """What the scan read beyond the form's fields: saved with the person."""
        scan = self.scan
        if scan is None:
            return {"source": CAPTURE_SOURCE}
        picture = CapturedPicture(scan.picture, scan.media_type, scan.picture_kind) \
            if self.keep_picture.isChecked() and scan.picture else None
        return {"more_emails": scan.emails[1:], "more_phones": scan.phones[1:],
                "linkedin": scan.linkedin or None, "website": scan.website or None,
                "picture": picture, "source": SOURCE_LABELS[scan.source]}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter anywhere in the dialog is "Save & next" (plain Enter is Save).
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save_and_next()
            return
        super().keyPressEvent(event)

    def save_and_next(self) -> None:
        """Save, then clear the person's fields for the next one (the session stays)."""
        if not self.try_save():
            return
        for edit in (self.first_name, self.last_name, self.company, self.job_title, self.email,
                     self.phone, self.note, self.followup_title):
            edit.clear()
        self.followup_days.setValue(DEFAULT_FOLLOWUP_DAYS)
        self._clear_scan()
        self.saved_label.setText(self.tr("Saved {name}. Next person:").format(
            name=self.saved_names[-1]))
        self.first_name.setFocus()
