"""What every editor shares: labelled fields with their validation message underneath,
Enter to save, and a save that either writes everything or shows what to fix."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.db import Database
from crm.errors import UserError, ValidationError
from crm.services.companies import list_companies
from crm.services.mission_time import in_zone
from crm.services.mission_time import zone as zone_info
from crm.services.sessions import SessionChoice
from ui.format import date_pattern, datetime_pattern, local_date
from ui.i18n import translate
from ui.operations import error_text, notify_changed

COMPLETION_LIMIT = 12


def fit_wrapped_text(dialog: QWidget, width: int) -> None:
    """``dialog`` ``width`` wide and tall enough for its wrapped labels at that width (a
    French or Dutch paragraph wraps to more lines than the English one)."""
    layout = dialog.layout()
    dialog.resize(width, max(dialog.height(), layout.totalHeightForWidth(width)
                             if layout is not None and layout.hasHeightForWidth()
                             else dialog.sizeHint().height()))


def error_colour() -> str:
    """A red readable on the current background, light or dark."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "#ff8a80" if window.lightness() < 128 else "#b3261e"


def field_key(field: str | None) -> str:
    """The editor field a UserError.field names ("email 2" is the email field)."""
    return (field or "").split(" ")[0].strip()


class FormDialog(QDialog):
    """A dialog of labelled fields. Subclasses build fields with ``add_field`` and implement
    ``save()``, which raises UserError for a bad value; ``changes`` are the kinds notified."""

    changes: tuple[str, ...] = ()

    def __init__(self, db: Database, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.saved_id: object = None

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName("field-error")
        label.setStyleSheet(f"color: {error_colour()};")
        label.hide()
        return label

    def add_field(self, name: str, label: str, widget: QWidget, *aliases: str,
                  form: QFormLayout | None = None) -> QWidget:
        """A labelled field (in ``form``, else the dialog's); a UserError whose field is
        ``name`` (or an alias) shows under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = self._error_label()
        column.addWidget(error)
        widget.setObjectName(name)
        target = form or self.form
        target.addRow(label, box)
        name_by_label(target.labelForField(box), widget)
        for key in (name, *aliases):
            self.fields[key] = widget
            self.errors[key] = error
        return widget

    def clear_errors(self) -> None:
        for label in {id(x): x for x in self.errors.values()}.values():
            label.hide()
        self.general_error.hide()

    def show_user_error(self, error: UserError) -> None:
        """Show the message next to the field it names (else under the form); focus the field."""
        key = field_key(error.field)
        label = self.errors.get(key)
        if label is None:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        label.setText(error.message)
        label.show()
        self.reveal(self.fields[key])
        self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self, widget: QWidget) -> None:
        """Make sure ``widget`` is shown (a folded section opens) before focusing it."""

    def save(self) -> None:
        raise NotImplementedError

    def try_save(self) -> bool:
        """Save; on a UserError show it and keep the dialog as it is. True when saved."""
        self.clear_errors()
        try:
            self.save()
        except UserError as exc:
            self.show_user_error(exc)
            return False
        if self.changes:
            notify_changed(*self.changes)
        return True

    def accept(self) -> None:
        if self.try_save():
            super().accept()


def plain_label(text: str) -> str:
    """A label's text as a screen reader says it: no mnemonic "&", no trailing colon."""
    return re.sub(r"&(.)", r"\1", text).strip().rstrip(":").strip()


def name_by_label(label: QWidget | None, widget: QWidget) -> None:
    """Make ``label`` the buddy of ``widget`` (its Alt+letter focuses the field) and give the
    field the label's text as accessible name: the field sits in a box with its error line,
    where Qt's accessibility would not find the label by itself. A compound field (a line
    edit and a spin box) is named by its first focusable part."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        parts = [w for w in widget.findChildren(QWidget)
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        if not parts:
            return
        widget = parts[0]
    if isinstance(label, QLabel):
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(plain_label(label.text()))


def text(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def notes_edit(value: str | None = None, height: int = 70) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (a note never needs a tab character)."""
    edit = QPlainTextEdit(value or "")
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def date_edit(value: date | None) -> QDateEdit:
    """A date with a calendar pop-up."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    day = value or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def edit_date(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def datetime_edit(value: datetime | None) -> QDateTimeEdit:
    """A local date and time (stored as UTC)."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(datetime_pattern())
    local = (value or datetime.now(UTC)).astimezone()
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                               QTime(local.hour, local.minute)))
    return edit


def edit_datetime(edit: QDateTimeEdit) -> datetime:
    """The entered local time as an aware UTC datetime."""
    qdt = edit.dateTime()
    d, t = qdt.date(), qdt.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
    return local.astimezone(UTC)


def optional_date_line(value: date | None) -> QLineEdit:
    """A date that may stay empty, typed as YYYY-MM-DD."""
    edit = QLineEdit(value.isoformat() if value else "")
    edit.setPlaceholderText(translate("FormDialog", "YYYY-MM-DD"))
    edit.setMaximumWidth(140)
    return edit


def parse_optional_date(edit: QLineEdit, field: str) -> date | None:
    raw = edit.text().strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValidationError(translate("FormDialog", "'{value}' is not a date (YYYY-MM-DD)")
                              .format(value=raw), field=field) from None


def optional_datetime_line(value: datetime | None, zone: str | None = None) -> QLineEdit:
    """A date and time that may stay empty, typed as YYYY-MM-DD HH:MM in ``zone`` (the
    mission's IANA zone; the machine's without one)."""
    shown = in_zone(value, zone).strftime("%Y-%m-%d %H:%M") if value else ""
    edit = QLineEdit(shown)
    edit.setPlaceholderText(translate("FormDialog", "YYYY-MM-DD HH:MM"))
    edit.setMaximumWidth(180)
    return edit


def parse_optional_datetime(edit: QLineEdit, field: str,
                            zone: str | None = None) -> datetime | None:
    raw = edit.text().strip()
    if not raw:
        return None
    try:
        local = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            translate("FormDialog", "'{value}' is not a date and time (YYYY-MM-DD HH:MM)")
            .format(value=raw), field=field) from None
    if local.tzinfo is None:
        place = zone_info(zone)
        local = local.replace(tzinfo=place) if place is not None else local.astimezone()
    return local.astimezone(UTC)


class CompanyCompleter(QCompleter):
    """Completes company names from the database as the user types (a few at a time)."""

    def __init__(self, db: Database, edit: QLineEdit):
        super().__init__(edit)
        self.db = db
        self.names = QStringListModel(self)
        self.setModel(self.names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)
        self._edit = edit
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._lookup)
        edit.textEdited.connect(lambda _text: self._timer.start())

    def _lookup(self) -> None:
        typed = self._edit.text().strip()
        if not typed:
            return
        rows = self.db.read(list_companies, search=typed, limit=COMPLETION_LIMIT)
        self.names.setStringList([row.name for row in rows])
        if rows and self._edit.hasFocus():
            self.complete()


def short_date_of(value: datetime | None) -> str:
    """The local date of a UTC timestamp, the locale's short form (compact, for combo boxes)."""
    return local_date(value)


def select_data(box: QComboBox, value: object) -> bool:
    """Select the item whose data equals ``value`` (findData cannot compare Python objects)."""
    for index in range(box.count()):
        if box.itemData(index) == value:
            box.setCurrentIndex(index)
            return True
    return False


def add_session_items(box: QComboBox, choices: Iterable[SessionChoice]) -> None:
    """Sessions as "Title (date)" items of a picker, the mission as tooltip."""
    for row in choices:
        when = short_date_of(row.starts_at)
        box.addItem(f"{row.title} ({when})" if when else row.title, row.id)
        box.setItemData(box.count() - 1, row.mission, Qt.ItemDataRole.ToolTipRole)
