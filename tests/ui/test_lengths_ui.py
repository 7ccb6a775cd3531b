"""The contact editor shows an over-long value's message next to its field and saves nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from crm.services.contacts import create_contact, get_contact
from ui.dialogs.contact_editor import ContactEditor


def _shown(dialog, field: str) -> str:  # type: ignore[no-untyped-def]
    label: QLabel = dialog.errors[field]
    return label.text() if label.isVisibleTo(dialog) else ""


def test_an_over_long_first_name_is_shown_next_to_the_field(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    person = db.write(create_contact, first_name="Léa", last_name="Martin")
    editor = ContactEditor(db, None, person.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.first_name.setText("L" * 300)
    editor.accept()
    assert editor.isVisible()
    assert _shown(editor, "first_name") == "first name: 300 characters, at most 120 fit"
    assert db.read(get_contact, person.id).first_name == "Léa"


def test_an_over_long_company_is_shown_next_to_its_field(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    editor = ContactEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    editor.last_name.setText("Solo")
    editor.company.setText("C" * 300)
    editor.accept()
    assert editor.isVisible()
    assert _shown(editor, "company") == "company name: 300 characters, at most 255 fit"
