"""The contact editor's address-book fields (the "More" section, phones with type and
extension) and how the detail pane shows them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDate

from crm.services.addressbook import Address
from crm.services.contacts import create_contact, get_contact
from ui.dialogs.contact_editor import ContactEditor

SHOTS = os.environ.get("MISSION_CRM_SHOTS")


def everything(db):  # type: ignore[no-untyped-def]
    """A contact with every field an address book holds."""
    return db.write(
        create_contact, first_name="Jean", last_name="Dupont", middle_name="Marie",
        name_prefix="Dr.", name_suffix="PhD", nickname="Jeannot", birthday="--06-15",
        job_title="CSO", company="Acme Bio", emails=[("jean@acme.example", "work")],
        phones=[("+1 418 555 0100", "work", "102"), ("+32 475 55 12 34", "mobile")],
        addresses=[Address("work", street="100 Market St\nFloor 3", city="Philadelphia",
                           region="PA", postal_code="19104", country="USA"),
                   Address("home", street="Rue Haute 1", city="Bruxelles",
                           postal_code="1000", country="Belgique")],
        urls=[("https://acme.example.com", "website", "work"),
              ("https://github.com/jdupont", "social", "github")])


def test_more_section_is_folded_for_a_new_contact_and_saves_every_field(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    editor = ContactEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.more.isVisible()
    editor.more_button.click()
    assert editor.more.isVisible()
    editor.last_name.setText("Solo")
    editor.nickname.setText("Han")
    editor.name_prefix.setText("Capt.")
    editor.birthday.day.setDate(QDate(1977, 5, 25))
    editor.birthday.no_year.setChecked(True)
    editor.addresses.add_button.click()
    row = editor.addresses.rows()[0]
    row.street.setPlainText("Docking bay 94")
    row.parts["city"].setText("Mos Eisley")
    editor.urls.add_button.click()
    editor.urls.rows()[0].url.setText("www.falcon.example.com")
    phone = editor.phones.rows()[0]
    phone.number.setText("+1 617 555 0142")
    phone.extension.setText("7")
    phone.kind.setCurrentIndex(phone.kind.findData("work"))
    editor.accept()
    assert editor.result() == ContactEditor.DialogCode.Accepted
    saved = db.read(get_contact, editor.saved_id)
    assert (saved.nickname, saved.name_prefix, saved.birthday) == ("Han", "Capt.", "--05-25")
    assert [(a.label, a.street, a.city) for a in saved.addresses] == [
        ("work", "Docking bay 94", "Mos Eisley")]
    assert [(u.url, u.kind) for u in saved.urls] == [("https://www.falcon.example.com",
                                                      "website")]
    assert [(p.number, p.label, p.extension) for p in saved.phones] == [
        ("+16175550142", "work", "7")]


def test_editing_a_full_contact_changes_nothing_it_was_not_asked_to(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    contact = everything(db)
    before = db.read(get_contact, contact.id)
    editor = ContactEditor(db, None, contact.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.more.isVisible()  # the contact has address-book fields: shown
    assert editor.birthday.no_year.isChecked()
    if SHOTS:
        editor.grab().save(str(Path(SHOTS) / "contact-editor-full.png"))
    editor.accept()
    after = db.read(get_contact, contact.id)
    assert [(a.street, a.city, a.country) for a in after.addresses] == [
        (a.street, a.city, a.country) for a in before.addresses]
    assert [(p.number, p.label, p.extension) for p in after.phones] == [
        ("+14185550100", "work", "102"), ("+32475551234", "mobile", None)]
    assert [(u.url, u.kind, u.label) for u in after.urls] == [
        ("https://acme.example.com", "website", "work"),
        ("https://github.com/jdupont", "social", "github")]
    assert (after.birthday, after.version) == ("--06-15", before.version)


def test_bad_birthday_or_web_address_is_said_next_to_it(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    contact = everything(db)
    editor = ContactEditor(db, None, contact.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.urls.rows()[0].url.setText("ftp://files.example.com")
    editor.more_button.setChecked(False)
    editor.accept()
    assert editor.isVisible()
    assert editor.more.isVisible()  # unfolded to show the message
    assert "not a web address" in editor.errors["url"].text()
    assert db.read(get_contact, contact.id).urls[0].url == "https://acme.example.com"


def test_removing_an_address_and_a_phone(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    contact = everything(db)
    editor = ContactEditor(db, None, contact.id)
    qtbot.addWidget(editor)
    editor.show()
    remove = next(b for b in editor.addresses.rows()[1].findChildren(type(editor.more_button))
                  if b.text() == "✕")
    remove.click()
    editor.phones.rows()[1].number.clear()
    editor.accept()
    after = db.read(get_contact, contact.id)
    assert [a.city for a in after.addresses] == ["Philadelphia"]
    assert [p.number for p in after.phones] == ["+14185550100"]


def test_detail_pane_shows_the_address_book(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    contact = everything(window.db)
    page = window.page("contacts")
    window.show_contact(contact.id)
    qtbot.waitUntil(lambda: "Dupont" in page.detail.toPlainText())
    text = page.detail.toPlainText()
    assert "Dr. Jean Marie Dupont PhD" in text
    assert "“Jeannot”" in text
    assert "Birthday: 15 June" in text
    assert "+1 418-555-0100 ext. 102 (work)" in text
    assert "100 Market St\nFloor 3\n19104 Philadelphia\nPA\nUSA" in text
    html = page.detail.toHtml()
    assert "href=\"https://github.com/jdupont\"" in html
    assert "href=\"https://acme.example.com\"" in html
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "detail-full.png"))
