"""What a reader makes of one person in a file, before validation."""

from __future__ import annotations

from dataclasses import dataclass, field

# The contact fields a column (or a vCard property) can fill, in the order the import wizard
# lists them. ``email`` and ``phone`` may come from several columns; the rest from one.
FIELD_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "middle_name": "Middle name",
    "job_title": "Job title",
    "company": "Company",
    "company_kind": "Company sector",
    "company_country": "Company country",
    "company_city": "Company city",
    "company_website": "Company website",
    "email": "Email",
    "phone": "Phone",
    "linkedin": "LinkedIn",
    # The day a LinkedIn connection was made: an interaction dated that day.
    "connected_on": "Connected on (LinkedIn)",
    "country": "Country",
    "language": "Language",
    "tags": "Tags",
    "priority": "Priority",
    "owner": "Owner",
    "source": "Source",
    "lawful_basis": "Lawful basis",
    "lawful_basis_on": "Lawful basis date",
    "lawful_basis_note": "Lawful basis note",
    "notes": "Notes",
    "sessions": "Sessions met",
    "id": "Id",
}
# Fields that take several values (one per column, or several in one cell).
MULTI_FIELDS = frozenset({"email", "phone", "tags", "sessions", "notes"})
# Columns a file may carry that we know and deliberately do not import.
IGNORE = "ignore"
# A label column of Google's "E-mail 1 - Label" kind: gives the label of a numbered value.
EMAIL_LABEL = "email_label"
PHONE_LABEL = "phone_label"


@dataclass(frozen=True)
class ColumnMap:
    """Where one column goes: a field, the label its values get (``mobile`` ...), and for
    numbered Google-style columns the slot that pairs a value with its label column."""

    field: str
    label: str | None = None
    slot: str | None = None


@dataclass
class ContactRecord:
    """One person read from a file: raw text values, not validated yet."""

    row: int  # the file row (spreadsheet row number; the line of BEGIN:VCARD for vCards)
    values: dict[str, str] = field(default_factory=dict)
    emails: list[tuple[str, str | None]] = field(default_factory=list)
    phones: list[tuple[str, str | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sessions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Columns that map to nothing: header -> value, kept in the contact's notes.
    extra: dict[str, str] = field(default_factory=dict)
    # How sure the reader is of a value, 0 to 1, for readers that guess (a scanned card read
    # by OCR, a name split from a badge): field -> confidence. A field not listed is certain.
    confidence: dict[str, float] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (any(v.strip() for v in self.values.values()) or self.emails or self.phones
                    or self.tags or self.notes)
