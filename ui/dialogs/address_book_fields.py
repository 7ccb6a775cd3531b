"""The contact editor's fields for what address books hold: phones with their type and
extension, a birthday that may have no year, postal addresses and web addresses (several of
each, added and removed in place)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm.services.addressbook import Address, WebAddress, birthday_parts
from crm.services.phones import Phone, phone_text

# The earliest day the birthday field shows; it stands for "no birthday".
_NO_BIRTHDAY = QDate(1900, 1, 1)


def _typed_box(choices: Sequence[tuple[str | None, str]], value: str | None) -> QComboBox:
    """A type picker (mobile, work …); a type a file brought that is not a choice is kept."""
    box = QComboBox()
    for data, text in choices:
        box.addItem(text, data)
    index = box.findData(value) if value is not None else 0
    if index < 0:
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def _remove_button(row: QWidget, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(lambda: _remove(row))
    return button


def _remove(row: QWidget) -> None:
    row.setProperty("removed", True)
    row.hide()
    row.deleteLater()


class RowList(QWidget):
    """Rows of one kind (phones, addresses …) and a button to add one more."""

    changed = Signal()

    def __init__(self, add_text: str, make_row: Callable[[object], QWidget],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._make_row = make_row
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._rows)
        self.add_button = QPushButton(add_text)
        # Enter in the editor saves; it must not add a row.
        self.add_button.setAutoDefault(False)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(lambda: self.add_row(None).setFocus())
        layout.addWidget(self.add_button)

    def add_row(self, value: object) -> QWidget:
        row = self._make_row(value)
        self._rows.addWidget(row)
        self.changed.emit()
        return row

    def rows(self) -> list[QWidget]:
        """The rows shown (a removed row is hidden at once, deleted later)."""
        return [w for i in range(self._rows.count())
                if (w := self._rows.itemAt(i).widget()) is not None
                and not w.property("removed")]

    def clear(self) -> None:
        for row in self.rows():
            _remove(row)


class PhoneRow(QWidget):
    """One phone: its type, the number and an extension. A stored phone whose number and
    extension are not edited is given back as it was (an unchecked one stays as written)."""

    def __init__(self, value: Phone | None, choices):  # type: ignore[no-untyped-def]
        super().__init__()
        self.stored = value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = _typed_box(choices, value.label if value else None)
        self.number = QLineEdit(phone_text(value.number, value.checked) if value else "")
        self.number.setPlaceholderText("+1 617 555 0100")
        if value is not None and not value.checked:
            self.number.setToolTip(self.tr("Not checked: kept as written"))
        self.extension = QLineEdit(value.extension or "" if value else "")
        self.extension.setPlaceholderText(self.tr("ext."))
        self.extension.setMaximumWidth(60)
        self.extension.setMaxLength(20)
        # Three fields share the row's one label: each says what it is to a screen reader.
        self.kind.setAccessibleName(self.tr("Phone type"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.extension.setAccessibleName(self.tr("Extension"))
        self._shown = (self.number.text(), self.extension.text())
        layout.addWidget(self.kind)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.extension)
        layout.addWidget(_remove_button(self, self.tr("Remove this phone")))
        self.setFocusProxy(self.number)

    def value(self) -> Phone | tuple[str, str | None, str | None]:
        label = self.kind.currentData()
        if self.stored is not None and (self.number.text(), self.extension.text()) == self._shown:
            return self.stored.with_label(label)
        return (self.number.text().strip(), label, self.extension.text().strip() or None)


class PhoneList(RowList):
    """A contact's phones, each with its type and extension."""

    def __init__(self, phones: Sequence[Phone] = ()):
        choices = [(None, self.tr("phone")), ("mobile", self.tr("mobile")),
                   ("work", self.tr("work")), ("home", self.tr("home")), ("fax", self.tr("fax")),
                   ("other", self.tr("other"))]
        super().__init__(self.tr("Add phone"),
                         lambda value: PhoneRow(value, choices))  # type: ignore[arg-type]
        for phone in phones or [None]:  # type: ignore[list-item]
            self.add_row(phone)

    def first_number(self) -> QLineEdit | None:
        rows = self.rows()
        return rows[0].number if rows else None  # type: ignore[attr-defined]

    def values(self) -> list[Phone | tuple[str, str | None, str | None]]:
        """The phones typed (rows without a number left out)."""
        out = []
        for row in self.rows():
            value = row.value()  # type: ignore[attr-defined]
            if isinstance(value, Phone) or value[0]:
                out.append(value)
        return out

    def set_numbers(self, *numbers: str) -> None:
        """Show these numbers, one per row, without type or extension."""
        self.clear()
        for number in numbers:
            row = self.add_row(None)
            row.number.setText(number)  # type: ignore[attr-defined]


class AddressRow(QWidget):
    """One postal address, its parts placed as on an envelope."""

    def __init__(self, value: Address | None, choices):  # type: ignore[no-untyped-def]
        super().__init__()
        address = value or Address()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        self.kind = _typed_box(choices, address.label)
        self.street = QPlainTextEdit(address.street or "")
        self.street.setPlaceholderText(self.tr("Street and number"))
        self.street.setTabChangesFocus(True)
        # Room for two lines (a street and a building) without a scroll bar.
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 3 + 10)
        self.street.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parts: dict[str, QLineEdit] = {}
        for name, hint in (("extended", self.tr("Suite, building")),
                           ("po_box", self.tr("PO box")),
                           ("postal_code", self.tr("Postal code")), ("city", self.tr("City")),
                           ("region", self.tr("State, province")),
                           ("country", self.tr("Country"))):
            edit = QLineEdit(getattr(address, name) or "")
            edit.setPlaceholderText(hint)
            self.parts[name] = edit
        self.parts["postal_code"].setMaximumWidth(110)
        self.parts["po_box"].setMaximumWidth(110)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.kind, 0, 0, top)
        grid.addWidget(self.street, 0, 1, 1, 2)
        grid.addWidget(_remove_button(self, self.tr("Remove this address")), 0, 3, top)
        grid.addWidget(self.parts["extended"], 1, 1)
        grid.addWidget(self.parts["po_box"], 1, 2)
        grid.addWidget(self.parts["city"], 2, 1)
        grid.addWidget(self.parts["postal_code"], 2, 2)
        grid.addWidget(self.parts["region"], 3, 1)
        grid.addWidget(self.parts["country"], 3, 2)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.street)

    def value(self) -> Address:
        parts = {name: edit.text() for name, edit in self.parts.items()}
        return Address(label=self.kind.currentData(), street=self.street.toPlainText(),
                       **parts)


class AddressList(RowList):
    def __init__(self, addresses: Sequence[Address] = ()):
        choices = [("work", self.tr("work")), ("home", self.tr("home")),
                   ("other", self.tr("other")), (None, self.tr("address"))]
        super().__init__(self.tr("Add address"),
                         lambda value: AddressRow(value, choices))  # type: ignore[arg-type]
        for address in addresses:
            self.add_row(address)

    def values(self) -> list[Address]:
        return [row.value() for row in self.rows()]  # type: ignore[attr-defined]


class UrlRow(QWidget):
    """One web address: a website or a social profile, with a label."""

    def __init__(self, value: WebAddress | None, choices):  # type: ignore[no-untyped-def]
        super().__init__()
        url = value or WebAddress("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = _typed_box(choices, url.kind)
        self.url = QLineEdit(url.url)
        self.url.setPlaceholderText("https://…")
        self.label = QLineEdit(url.label or "")
        self.label.setPlaceholderText(self.tr("label"))
        self.label.setMaximumWidth(80)
        self.label.setMaxLength(40)
        layout.addWidget(self.kind)
        layout.addWidget(self.url, 1)
        layout.addWidget(self.label)
        layout.addWidget(_remove_button(self, self.tr("Remove this web address")))
        self.setFocusProxy(self.url)

    def value(self) -> tuple[str, str | None, str | None]:
        return (self.url.text().strip(), self.kind.currentData(),
                self.label.text().strip() or None)


class UrlList(RowList):
    def __init__(self, urls: Sequence[WebAddress] = ()):
        choices = [("website", self.tr("website")), ("social", self.tr("profile"))]
        super().__init__(self.tr("Add web address"),
                         lambda value: UrlRow(value, choices))  # type: ignore[arg-type]
        for url in urls:
            self.add_row(url)

    def values(self) -> list[tuple[str, str | None, str | None]]:
        return [v for row in self.rows() if (v := row.value())[0]]  # type: ignore[attr-defined]


class BirthdayEdit(QWidget):
    """A birthday with a calendar, empty by default, with or without its year."""

    def __init__(self, birthday: str | None = None):
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(_NO_BIRTHDAY)
        self.day.setSpecialValueText(self.tr("not known"))
        self.day.setMinimumSize(QSize(150, 0))
        self.no_year = QCheckBox(self.tr("year not known"))
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("No birthday"))
        self.clear_button.clicked.connect(lambda: self.day.setDate(_NO_BIRTHDAY))
        layout.addWidget(self.day)
        layout.addWidget(self.no_year)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.no_year.toggled.connect(self._show_year)
        # An empty field opens its calendar on a plausible year, not 1900.
        self.day.calendarWidget().setCurrentPage(1980, 1)
        self.set_birthday(birthday)
        self.setFocusProxy(self.day)

    def _show_year(self, hidden: bool) -> None:
        self.day.setDisplayFormat("d MMMM" if hidden else "yyyy-MM-dd")

    def set_birthday(self, birthday: str | None) -> None:
        parts = birthday_parts(birthday)
        if parts is None:
            self.day.setDate(_NO_BIRTHDAY)
            self.no_year.setChecked(False)
            self._show_year(False)
            return
        year, month, day = parts
        # 2000 is a leap year: 29 February without a year fits.
        self.day.setDate(QDate(year or 2000, month, day))
        self.no_year.setChecked(year is None)
        self._show_year(year is None)

    def birthday(self) -> str | None:
        """``YYYY-MM-DD``, ``--MM-DD`` without the year, or None."""
        chosen = self.day.date()
        if chosen == _NO_BIRTHDAY:
            return None
        if self.no_year.isChecked():
            return f"--{chosen.month():02d}-{chosen.day():02d}"
        return date(chosen.year(), chosen.month(), chosen.day()).isoformat()
