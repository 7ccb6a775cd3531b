"""Email drafts: templates in three languages, the user's edits, mailto: and .eml output,
and the interaction each draft leaves in the contact's history."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from crm.errors import ValidationError
from crm.services.contacts import create_contact
from crm.services.drafts import (
    LANGUAGES,
    EmailTemplate,
    build_draft,
    default_templates,
    fill,
    load_templates,
    mailto_url,
    record_draft,
    reset_templates,
    save_templates,
    user_templates_path,
    write_eml,
)
from crm.services.encounters import record_encounter
from crm.services.followups import create_followup
from crm.services.interactions import list_interactions
from crm.services.missions import create_mission
from crm.services.sessions import create_session


@pytest.fixture
def met(db):  # type: ignore[no-untyped-def]
    """Léa, of Acme Bio, met at a round table; she reads French."""
    mission = db.write(create_mission, name="USA 2022")
    round_table = db.write(create_session, mission_id=mission.id, title="Round table & lunch")
    contact = db.write(create_contact, first_name="Léa", last_name="Martin",
                       emails=["lea@acme.example.com"], company="Acme Bio", language="fr-BE")
    db.write(record_encounter, contact_id=contact.id, session_id=round_table.id)
    return contact


def test_defaults_exist_in_english_french_and_dutch_with_every_placeholder() -> None:
    templates = default_templates()
    assert set(templates) == set(LANGUAGES) == {"en", "fr", "nl"}
    for template in templates.values():
        for placeholder in ("{first_name}", "{session}", "{company}", "{your_name}"):
            assert placeholder in template.subject + template.body


def test_draft_fills_placeholders_in_the_contacts_language(db, met) -> None:
    draft = db.read(build_draft, contact_id=met.id, your_name="Jan Peeters")
    assert draft.language == "fr"
    assert draft.to == "lea@acme.example.com"
    assert "Round table & lunch" in draft.subject
    assert draft.body.startswith("Bonjour Léa,")
    assert "Acme Bio" in draft.body and draft.body.rstrip().endswith("Jan Peeters")
    assert "{" not in draft.subject + draft.body

    dutch = db.read(build_draft, contact_id=met.id, language="nl", your_name="Jan")
    assert dutch.body.startswith("Beste Léa,")


def test_unknown_language_falls_back_to_english_and_missing_facts_read_naturally(db) -> None:
    contact = db.write(create_contact, first_name="Kenji", last_name="Sato", language="ja")
    draft = db.read(build_draft, contact_id=contact.id)
    assert draft.language == "en"
    assert draft.to is None
    assert "our meeting" in draft.subject
    assert "your company" in draft.body


def test_user_edits_are_kept_in_the_config_folder_and_win(db, met) -> None:
    save_templates({"fr": EmailTemplate("Re: {session}", "Chère {first_name}, {} {1}")})
    assert user_templates_path().exists()
    templates = load_templates()
    assert templates["fr"].subject == "Re: {session}"
    assert templates["en"] == default_templates()["en"]  # untouched languages keep the default
    draft = db.read(build_draft, contact_id=met.id)
    assert draft.subject == "Re: Round table & lunch"
    assert draft.body.strip() == "Chère Léa, {} {1}"  # braces that are not placeholders stay
    reset_templates()
    assert load_templates() == default_templates()


def test_a_damaged_user_file_gives_the_defaults() -> None:
    path = user_templates_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_templates() == default_templates()


@pytest.mark.parametrize(("template", "message"), [
    (EmailTemplate("Hello {firstname}", "body"), "subject (en): unknown placeholder {firstname}"),
    (EmailTemplate("Hello", "Hi {name}"), "body (en): unknown placeholder {name}"),
    (EmailTemplate("  ", "Hi"), "subject (en): the subject is empty"),
])
def test_bad_templates_are_refused_naming_the_field(template, message) -> None:
    with pytest.raises(ValidationError) as caught:
        save_templates({"en": template})
    assert str(caught.value).startswith(message)
    assert not user_templates_path().exists()


def test_fill_leaves_unknown_braces() -> None:
    assert fill("{first_name} {x} {}", {"first_name": "Ava"}) == "Ava {x} {}"


def test_mailto_url_is_properly_encoded(db, met) -> None:
    draft = db.read(build_draft, contact_id=met.id, your_name="Jan")
    url = mailto_url(draft)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "lea@acme.example.com"
    assert " " not in url and "\n" not in url and "&lunch" not in url
    query = parse_qs(parts.query)
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]


def test_eml_file_is_an_unsent_message_mail_clients_open(db, met, tmp_path) -> None:
    draft = db.read(build_draft, contact_id=met.id, your_name="Jan")
    path = write_eml(draft, tmp_path / "draft.eml", sender="jan@delegation.example.be")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "lea@acme.example.com"
    assert message["To"].addresses[0].display_name == "Léa Martin"
    assert message["Subject"] == draft.subject
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n") == draft.body


def test_recording_a_draft_adds_an_email_interaction(db, met) -> None:
    followup = db.write(create_followup, contact_id=met.id, title="Send the deck",
                        due_on=date(2026, 6, 20))
    draft = db.read(build_draft, followup_id=followup.id)
    assert draft.contact_id == met.id and draft.followup_id == followup.id
    db.write(record_draft, draft, owner="Jan")
    history = db.read(list_interactions, met.id)
    assert [(i.channel, i.followup_id) for i in history] == [("email", followup.id)]
    assert draft.subject in history[0].summary
