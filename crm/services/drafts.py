"""Follow-up email drafts: templates with placeholders, in English, French and Dutch.

The defaults ship in ``resources/email_templates.json``; the user's edited copy lives next to
the preferences (``crm.config.config_dir()``) and wins language by language. A draft goes to
the default mail client as a ``mailto:`` URL or is saved as an ``.eml`` file (which mail
clients open as an unsent message); either way it is recorded as an email interaction.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import asdict, dataclass
from email import policy
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.clock import utcnow
from crm.config import config_dir
from crm.errors import UserError, ValidationError
from crm.i18n import _
from crm.models import Encounter, FollowUp, Interaction, MissionSession
from crm.resources import resource_path
from crm.services.common import get_row
from crm.services.contacts import get_contact
from crm.services.interactions import log_interaction

DEFAULTS_FILE = resource_path("email_templates.json")
USER_FILE_NAME = "email_templates.json"
PLACEHOLDERS = ("first_name", "session", "company", "your_name")
LANGUAGES = {"en": "English", "fr": "Français", "nl": "Nederlands"}
DEFAULT_LANGUAGE = "en"
# What a placeholder says when the contact has no such fact (no session met, no company).
FALLBACKS = {
    "en": {"session": "our meeting", "company": "your company"},
    "fr": {"session": "notre rencontre", "company": "votre entreprise"},
    "nl": {"session": "onze ontmoeting", "company": "uw bedrijf"},
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class EmailTemplate:
    subject: str
    body: str


@dataclass(frozen=True)
class Draft:
    """An email ready for the mail client."""

    contact_id: uuid.UUID
    followup_id: uuid.UUID | None
    to_name: str
    to: str | None
    language: str
    subject: str
    body: str


def user_templates_path() -> Path:
    """The user's edited templates (absent until they save an edit)."""
    return config_dir() / USER_FILE_NAME


def _parse(raw: object) -> dict[str, EmailTemplate]:
    templates: dict[str, EmailTemplate] = {}
    if not isinstance(raw, dict):
        return templates
    for language, value in raw.items():
        if (language in LANGUAGES and isinstance(value, dict)
                and isinstance(value.get("subject"), str) and isinstance(value.get("body"), str)):
            templates[language] = EmailTemplate(value["subject"], value["body"])
    return templates


def default_templates() -> dict[str, EmailTemplate]:
    """The templates shipped with the app, one per language."""
    return _parse(json.loads(DEFAULTS_FILE.read_text(encoding="utf-8")))


def load_templates() -> dict[str, EmailTemplate]:
    """The templates in use: the user's edited ones over the defaults. A damaged user file
    gives the defaults rather than no drafts at all."""
    templates = default_templates()
    try:
        edited = _parse(json.loads(user_templates_path().read_text(encoding="utf-8")))
    except (OSError, ValueError):
        edited = {}
    templates.update(edited)
    return templates


def check_template(language: str, template: EmailTemplate) -> None:
    """Refuse a template with a placeholder the drafts cannot fill."""
    for part, text in (("subject", template.subject), ("body", template.body)):
        for name in _PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS:
                known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                raise ValidationError(_("{part} ({language}): unknown placeholder {{{name}}}; "
                                        "use {known}")
                                      .format(part=part, language=language, name=name,
                                              known=known), field=f"{language}.{part}")
    if not template.subject.strip():
        raise ValidationError(_("subject ({language}): the subject is empty")
                              .format(language=language),
                              field=f"{language}.subject")


def save_templates(templates: dict[str, EmailTemplate]) -> Path:
    """Check and store the user's edited templates (atomically: a temporary file, a rename)."""
    for language, template in templates.items():
        if language not in LANGUAGES:
            raise ValidationError(_("language: '{language}' is not one of {values}")
                                  .format(language=language, values=", ".join(LANGUAGES)),
                                  field="language")
        check_template(language, template)
    path = user_templates_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({k: asdict(v) for k, v in templates.items()}, indent=2,
                              ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return path


def reset_templates() -> None:
    """Forget the user's edits: the shipped templates apply again."""
    user_templates_path().unlink(missing_ok=True)


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each known ``{placeholder}`` replaced; other braces stay as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def template_language(language: str | None, templates: dict[str, EmailTemplate]) -> str:
    """The template language for a contact's language tag ("fr-BE" -> "fr"), else English."""
    primary = (language or "").split("-")[0].split("_")[0].strip().lower()
    return primary if primary in templates else DEFAULT_LANGUAGE


def _last_session_title(session: Session, contact_id: uuid.UUID) -> str | None:
    stmt = (select(MissionSession.title).join(Encounter, Encounter.session_id == MissionSession.id)
            .where(Encounter.contact_id == contact_id, Encounter.deleted_at.is_(None),
                   MissionSession.deleted_at.is_(None))
            .order_by(MissionSession.starts_at.desc().nulls_last(), Encounter.met_at.desc())
            .limit(1))
    return session.scalar(stmt)


def build_draft(session: Session, *, contact_id: uuid.UUID | str | None = None,
                followup_id: uuid.UUID | str | None = None, language: str | None = None,
                your_name: str | None = None,
                templates: dict[str, EmailTemplate] | None = None) -> Draft:
    """A draft to a contact (or to a follow-up's contact) in ``language``, else the contact's
    language when a template exists for it, else English."""
    followup = get_row(session, FollowUp, followup_id) if followup_id is not None else None
    if followup is not None:
        contact_id = followup.contact_id
    if contact_id is None:
        raise UserError(_("a draft needs a contact or a follow-up"))
    contact = get_contact(session, contact_id)
    templates = templates or load_templates()
    lang = template_language(language or contact.language, templates)
    fallback = FALLBACKS.get(lang, FALLBACKS[DEFAULT_LANGUAGE])
    values = {
        "first_name": contact.first_name or contact.full_name,
        "session": _last_session_title(session, contact.id) or fallback["session"],
        "company": contact.company.name if contact.company else fallback["company"],
        "your_name": (your_name or "").strip(),
    }
    template = templates[lang]
    return Draft(contact_id=contact.id, followup_id=followup.id if followup else None,
                 to_name=contact.full_name, to=contact.email, language=lang,
                 subject=fill(template.subject, values).strip(),
                 body=fill(template.body, values).rstrip() + "\n")


def mailto_url(draft: Draft) -> str:
    """A ``mailto:`` URL (RFC 6068) that opens the draft in the default mail client."""
    to = quote(draft.to or "", safe="@")
    # RFC 6068: line breaks in a body are CRLF, percent-encoded like every other reserved byte.
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"


def eml_bytes(draft: Draft, *, sender: str | None = None) -> bytes:
    """The draft as an RFC 5322 message marked unsent (mail clients open it for editing)."""
    message = EmailMessage()
    if draft.to:
        message["To"] = Address(display_name=draft.to_name, addr_spec=draft.to)
    if sender:
        message["From"] = sender
    message["Subject"] = draft.subject
    message["Date"] = format_datetime(utcnow())
    message["X-Unsent"] = "1"  # Outlook and Thunderbird open such a file as a draft to send
    message.set_content(draft.body)
    out = BytesIO()
    BytesGenerator(out, policy=policy.SMTP).flatten(message)
    return out.getvalue()


def write_eml(draft: Draft, path: Path | str, *, sender: str | None = None) -> Path:
    """Save the draft as an ``.eml`` file."""
    target = Path(path)
    try:
        target.write_bytes(eml_bytes(draft, sender=sender))
    except OSError as exc:
        raise UserError(_("{target}: cannot write the email ({strerror})")
                        .format(target=target, strerror=exc.strerror)) from None
    return target


def record_draft(session: Session, draft: Draft, *, owner: str | None = None) -> Interaction:
    """Record the drafted email in the contact's history."""
    return log_interaction(session, contact_id=draft.contact_id, channel="email",
                           summary=f"Email drafted: {draft.subject}", owner=owner,
                           followup_id=draft.followup_id)
