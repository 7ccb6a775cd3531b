"""Validation and normalisation of what users type: names, emails, phones, countries."""

from __future__ import annotations

import re
from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm.errors import ValidationError
from crm.i18n import N_, _, translated

LAWFUL_BASES = (
    "consent",
    "contract",
    "legal obligation",
    "vital interests",
    "public task",
    "legitimate interest",
)
# What a reader sees for each stored value (the values stay English: files and the team
# server compare them).
LAWFUL_BASIS_LABELS = {
    "consent": N_("consent"),
    "contract": N_("contract"),
    "legal obligation": N_("legal obligation"),
    "vital interests": N_("vital interests"),
    "public task": N_("public task"),
    "legitimate interest": N_("legitimate interest"),
}


def lawful_basis_label(value: str | None, language: str | None = None) -> str:
    """A stored lawful basis as a reader of ``language`` (default: the current one) reads
    it; an unknown value as it is."""
    if not value:
        return ""
    label = LAWFUL_BASIS_LABELS.get(value)
    if label is None:
        return value
    return translated(label, language) if language else _(label)


_COUNTRY = re.compile(r"^[A-Z]{2}$")
_E164 = re.compile(r"^\+[1-9]\d{5,14}$")


def clean_text(value: str | None) -> str | None:
    """Strip a free-text value; empty becomes None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def require_text(value: str | None, field: str, label: str) -> str:
    """A required text field, stripped; a missing one is a ValidationError naming the field
    (``label``: English, marked with N_ by the caller, shown translated)."""
    cleaned = clean_text(value)
    if not cleaned:
        raise ValidationError(_("{label} is required").format(label=_(label)), field=field)
    return cleaned


def normalize_email(raw: str, field: str = "email") -> str:
    """A syntactically valid email address (no DNS lookup), with its domain lower-cased."""
    candidate = raw.strip()
    try:
        return validate_email(candidate, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(_("{field}: '{candidate}' is not a valid email address ({reason})")
                              .format(field=field, candidate=candidate, reason=exc),
                              field=field) from None


def email_key(address: str) -> str:
    """The matching key of an address: "same email" ignores case."""
    return address.strip().lower()


def normalize_phone(raw: str, region: str = "BE", field: str = "phone") -> str:
    """The number in E.164 (``+3225551234``); numbers without ``+`` are read in ``region``."""
    candidate = raw.strip()
    try:
        parsed = phonenumbers.parse(candidate, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        if region:
            message = _("{field}: '{candidate}' is not a valid phone number for region "
                        "{region}; add the country code (+1 ...)")
        else:
            message = _("{field}: '{candidate}' is not a valid phone number")
        raise ValidationError(message.format(field=field, candidate=candidate, region=region),
                              field=field)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_key(raw: str, region: str = "BE") -> str | None:
    """The E.164 form of ``raw`` if it parses, else None (for matching, never raises)."""
    try:
        return normalize_phone(raw, region)
    except ValidationError:
        return None


def format_phone(e164: str | None) -> str:
    """An E.164 number shown in international format (``+32 2 555 12 34``)."""
    if not e164:
        return ""
    if not _E164.match(e164):
        # A number kept as written (not checked): shown, and exported, exactly so.
        return e164
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_country(raw: str | None, field: str = "country") -> str | None:
    """An ISO 3166-1 alpha-2 code (``BE``, ``US``), upper-cased; empty is None."""
    value = clean_text(raw)
    if value is None:
        return None
    value = value.upper()
    if not _COUNTRY.match(value):
        raise ValidationError(_("{field}: '{raw}' is not a two-letter country code (BE, US ...)")
                              .format(field=field, raw=raw),
                              field=field)
    return value


def normalize_lawful_basis(raw: str | None, field: str = "lawful_basis") -> str | None:
    """One of the GDPR article 6 bases; empty is None."""
    value = clean_text(raw)
    if value is None:
        return None
    value = value.lower().replace("_", " ")
    if value not in LAWFUL_BASES:
        raise ValidationError(
            _("{field}: '{raw}' is not a lawful basis (one of: {values})")
            .format(field=field, raw=raw, values=', '.join(LAWFUL_BASES)),
            field=field)
    return value


def normalize_priority(value: int | str | None, field: str = "priority") -> int:
    """0 (normal), 1 (high) or 2 (top)."""
    if value in (None, ""):
        return 0
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = -1
    if number not in (0, 1, 2):
        raise ValidationError(_("{field}: '{value}' must be 0 (normal), 1 (high) or 2 (top)")
                              .format(field=field, value=value),
                              field=field)
    return number


def parse_date(raw: str, field: str) -> date:
    """A calendar date typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(raw.strip())
    except (ValueError, AttributeError):
        raise ValidationError(_("{field}: '{raw}' is not a date (YYYY-MM-DD)")
                              .format(field=field, raw=raw),
                              field=field) from None
