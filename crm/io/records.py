"""What a reader makes of one person in a file, before validation."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm.i18n import N_

# The contact fields a column (or a vCard property) can fill, in the order the import wizard
# lists them. ``email`` and ``phone`` may come from several columns; the rest from one.
# Labels are English (N_): shown through crm.i18n._.
FIELD_LABELS: dict[str, str] = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "full_name": N_("Full name"),
    "middle_name": N_("Middle name"),
    "name_prefix": N_("Name prefix (Dr., Prof. …)"),
    "name_suffix": N_("Name suffix (Jr., PhD …)"),
    "nickname": N_("Nickname"),
    "birthday": N_("Birthday"),
    "job_title": N_("Job title"),
    "company": N_("Company"),
    "company_kind": N_("Company sector"),
    "company_country": N_("Company country"),
    "company_city": N_("Company city"),
    "company_website": N_("Company website"),
    "email": N_("Email"),
    "phone": N_("Phone"),
    "address": N_("Address (one line)"),
    "url": N_("Website"),
    "linkedin": N_("LinkedIn"),
    # The day a LinkedIn connection was made: an interaction dated that day.
    "connected_on": N_("Connected on (LinkedIn)"),
    "country": N_("Country"),
    "language": N_("Language"),
    "tags": N_("Tags"),
    "priority": N_("Priority"),
    "owner": N_("Owner"),
    "source": N_("Source"),
    "lawful_basis": N_("Lawful basis"),
    "lawful_basis_on": N_("Lawful basis date"),
    "lawful_basis_note": N_("Lawful basis note"),
    "notes": N_("Notes"),
    "sessions": N_("Sessions met"),
    "id": N_("Id"),
}
# Fields that take several values (one per column, or several in one cell).
MULTI_FIELDS = frozenset({"email", "phone", "tags", "sessions", "notes", "address", "url"})
# Columns a file may carry that we know and deliberately do not import.
IGNORE = "ignore"
# A label column of Google's "E-mail 1 - Label" kind: gives the label of a numbered value.
EMAIL_LABEL = "email_label"
PHONE_LABEL = "phone_label"
# Likewise for web addresses ("Website 1 - Label", our "url_1_kind").
URL_LABEL = "url_label"
URL_KIND = "url_kind"
LABEL_FIELDS = frozenset({EMAIL_LABEL, PHONE_LABEL, URL_LABEL, URL_KIND})


@dataclass(frozen=True)
class ColumnMap:
    """Where one column goes: a field, the label its values get (``mobile`` ...), and for
    numbered Google-style columns the slot that pairs a value with its label column. For
    ``address`` columns, ``label`` is the part (street, city …) and ``slot`` the address."""

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
    # Postal addresses: their parts (crm.services.addressbook.Address's names) as written.
    addresses: list[dict[str, str]] = field(default_factory=list)
    # Web addresses: (url, kind website|social or None to guess, label).
    urls: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    # Columns that map to nothing: header -> value, kept in the contact's notes (for a
    # vCard: its properties that no field holds, by name).
    extra: dict[str, str] = field(default_factory=dict)
    # Pictures of the person the file holds (a vCard's PHOTO): (bytes, media type, kind
    # photo|card|badge), read but not yet checked.
    pictures: list[tuple[bytes, str, str]] = field(default_factory=list)
    # What the reader saw but could not take (a vCard's LOGO as binary data ...): (field,
    # reason), reported as the row's problems.
    passed_over: list[tuple[str, str]] = field(default_factory=list)
    # How sure the reader is of a value, 0 to 1, for readers that guess (a scanned card read
    # by OCR, a name split from a badge): field -> confidence. A field not listed is certain.
    confidence: dict[str, float] = field(default_factory=dict)
    # The full name is not a person's (an organisation's, a group's or a place's card: vCard
    # 4.0's KIND, Apple's X-ABShowAs:COMPANY): without first and last names it is kept whole
    # as the one name, never split into a made-up first name ("Pizzeria Da" "Marco").
    whole_name: bool = False

    def is_empty(self) -> bool:
        return not (any(v.strip() for v in self.values.values()) or self.emails or self.phones
                    or self.tags or self.notes or self.addresses or self.urls
                    or self.pictures or self.extra)


class RecordList(list[ContactRecord]):
    """The records a source read, with what it could not read, as (row, reason) pairs the
    import reports: ``dropped``, people not read at all (a truncated last vCard: counted as
    skipped), and ``notes``, parts passed over or read as best it could."""

    def __init__(self, records: list[ContactRecord] | None = None,
                 dropped: list[tuple[int, str]] | None = None,
                 notes: list[tuple[int, str]] | None = None):
        super().__init__(records or [])
        self.dropped: list[tuple[int, str]] = dropped or []
        self.notes: list[tuple[int, str]] = notes or []
