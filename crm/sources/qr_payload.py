"""What a conference badge's QR code holds, as a contact: a vCard (2.1, 3.0, 4.0: read by the
vCard source), a MeCard (``MECARD:N:Lee,Ann;TEL:+1...;EMAIL:ann@...;;``), a BIZCARD
(``BIZCARD:N:Ann;X:Lee;T:CEO;C:Acme;B:+1...;E:ann@...;;``), a web address (a LinkedIn profile
goes to the contact's LinkedIn field, any other to their website) or other text (the note).

The scan (crm.scan) hands the decoded payload to ``read_text``; ``payload_kind`` says which of
these it is. As a file source it claims only files that start with ``MECARD:`` or ``BIZCARD:``
(a vCard file is the vCard source's, any other text the CSV source's).
"""

from __future__ import annotations

import re
from pathlib import Path

from crm.errors import UserError
from crm.i18n import N_, _
from crm.io.names import split_full_name
from crm.io.records import ContactRecord
from crm.io.tables import decode_text, read_bytes
from crm.sources import ContactSource, register

# How sure a reader is of a name it had to split itself ("Ann Lee": which is the last name?),
# or guessed from a profile address (linkedin.com/in/ann-lee-4b1a2).
SPLIT_NAME_CONFIDENCE = 0.7
GUESSED_NAME_CONFIDENCE = 0.5
# A badge code holds one person; a payload with more numbers than this is not a sensible
# contact: the first ones are kept, the rest go to the note (nothing is lost).
MAX_PHONES = 10
MAX_EMAILS = 10

_URL = re.compile(r"^(?:https?://|www\.)\S+$|^(?:[a-z0-9-]+\.)*linkedin\.com/\S*$", re.I)
_LINKEDIN_PROFILE = re.compile(r"linkedin\.com/in/([^/?#]+)", re.I)
_MECARD_PHONES = {"TEL": None, "TEL-AV": "video"}
_BIZCARD_PHONES = {"B": "work", "M": "mobile", "F": "fax"}


def payload_kind(text: str) -> str:
    """What a payload is: vcard, mecard, bizcard, url, text, or empty."""
    stripped = text.lstrip("\ufeff").strip()
    head = stripped[:12].upper()
    if not stripped:
        return "empty"
    if head.startswith("BEGIN:VCARD"):
        return "vcard"
    if head.startswith("MECARD:"):
        return "mecard"
    if head.startswith("BIZCARD:"):
        return "bizcard"
    if _URL.match(stripped):
        return "url"
    return "text"


def _fields(body: str) -> list[tuple[str, str]]:
    """``KEY:value;KEY:value;;`` as (KEY, value) pairs, with MeCard's backslash escapes
    (``\\;``, ``\\:``, ``\\,``, ``\\\\``) undone."""
    pairs: list[tuple[str, str]] = []
    current: list[str] = []
    chars = iter(body)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ";":
            pairs.append(_pair("".join(current)))
            current = []
        else:
            current.append(char)
    pairs.append(_pair("".join(current)))
    return [(key, value) for key, value in pairs if key or value]


def _pair(item: str) -> tuple[str, str]:
    key, sep, value = item.partition(":")
    if not sep:
        return "", item.strip()
    return key.strip().upper(), value.strip()


def _raw_fields(body: str) -> list[tuple[str, str]]:
    """Like ``_fields``, but keeping the escapes, for N (whose comma is the separator)."""
    return [(k, v) for k, v in (_pair(p) for p in re.split(r"(?<!\\);", body)) if k or v]


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", r"\1", value)


class _Limits:
    """Adds emails and phones to a record up to the limits; what is over goes to the note."""

    def __init__(self, record: ContactRecord):
        self.record = record
        self.dropped_phones: list[str] = []
        self.dropped_emails: list[str] = []

    def phone(self, number: str, label: str | None) -> None:
        if not number:
            return
        if len(self.record.phones) < MAX_PHONES:
            self.record.phones.append((number, label))
        else:
            self.dropped_phones.append(number)

    def email(self, address: str, label: str | None = None) -> None:
        if not address:
            return
        if len(self.record.emails) < MAX_EMAILS:
            self.record.emails.append((address, label))
        else:
            self.dropped_emails.append(address)

    def finish(self) -> None:
        if self.dropped_phones:
            self.record.notes.append("More phone numbers from the code: "
                                     + ", ".join(self.dropped_phones))
        if self.dropped_emails:
            self.record.notes.append("More email addresses from the code: "
                                     + ", ".join(self.dropped_emails))


def limit_record(record: ContactRecord) -> ContactRecord:
    """The record with at most MAX_PHONES phones and MAX_EMAILS emails (the rest in the note)."""
    phones, emails = record.phones, record.emails
    record.phones, record.emails = [], []
    limits = _Limits(record)
    for number, label in phones:
        limits.phone(number, label)
    for address, label in emails:
        limits.email(address, label)
    limits.finish()
    return record


def _read_url(record: ContactRecord, url: str) -> None:
    if "linkedin.com" in url.lower():
        record.values["linkedin"] = url if "://" in url else f"https://{url}"
        profile = _LINKEDIN_PROFILE.search(url)
        named = record.values.get("first_name") or record.values.get("last_name")
        if profile and not named:
            # "ann-lee-4b1a2b3" -> Ann Lee: the slug LinkedIn makes of the name, with a
            # number at the end when the name was taken.
            words = [w for w in re.split(r"[-_]+", profile.group(1)) if w]
            words = [w for w in words if not any(c.isdigit() for c in w)]
            if len(words) >= 2:
                first, last = split_full_name(" ".join(w.capitalize() for w in words))
                record.values.update(first_name=first, last_name=last)
                record.confidence.update(first_name=GUESSED_NAME_CONFIDENCE,
                                         last_name=GUESSED_NAME_CONFIDENCE)
    else:
        record.urls.append((url if "://" in url else f"https://{url}", "website", None))


def read_mecard(text: str) -> ContactRecord:
    """A MeCard (DoCoMo's format, what segno and many badge printers write)."""
    record = ContactRecord(row=1)
    limits = _Limits(record)
    body = text.strip().lstrip("\ufeff")[len("MECARD:"):]
    for key, raw in _raw_fields(body):
        value = _unescape(raw).strip()
        if key == "N":
            # "Last,First" (escaped commas belong to the name); "Ann Lee" without a comma.
            parts = [_unescape(p).strip() for p in re.split(r"(?<!\\),", raw)]
            if len(parts) >= 2:
                record.values["last_name"], record.values["first_name"] = parts[0], parts[1]
            elif parts[0]:
                first, last = split_full_name(parts[0])
                record.values.update(first_name=first, last_name=last)
                record.confidence.update(first_name=SPLIT_NAME_CONFIDENCE,
                                         last_name=SPLIT_NAME_CONFIDENCE)
        elif key in _MECARD_PHONES:
            limits.phone(value, _MECARD_PHONES[key])
        elif key == "EMAIL":
            limits.email(value)
        elif key == "NOTE" and value:
            record.notes.append(value)
        elif key == "URL" and value:
            _read_url(record, value)
        elif key == "ORG" and value:
            record.values["company"] = value
        elif key == "TITLE" and value:
            record.values["job_title"] = value
    limits.finish()
    return record


def read_bizcard(text: str) -> ContactRecord:
    """A BIZCARD (N first name, X last name, T title, C company, B/M/F phones, E email)."""
    record = ContactRecord(row=1)
    limits = _Limits(record)
    body = text.strip().lstrip("\ufeff")[len("BIZCARD:"):]
    names = {"N": "first_name", "X": "last_name", "T": "job_title", "C": "company"}
    for key, value in _fields(body):
        if key in names and value:
            record.values[names[key]] = value
        elif key in _BIZCARD_PHONES:
            limits.phone(value, _BIZCARD_PHONES[key])
        elif key == "E":
            limits.email(value)
    limits.finish()
    return record


def read_payload(text: str, origin: Path) -> list[ContactRecord]:
    """The contact a payload holds (one record; a vCard payload may hold several cards)."""
    kind = payload_kind(text)
    stripped = text.lstrip("\ufeff").strip()
    if kind == "empty":
        raise UserError(_("{origin}: the code holds no text").format(origin=origin))
    if kind == "vcard":
        from crm.io.vcard import read_vcards

        return [limit_record(r) for r in read_vcards(origin, stripped.encode("utf-8"))]
    if kind == "mecard":
        return [read_mecard(stripped)]
    if kind == "bizcard":
        return [read_bizcard(stripped)]
    record = ContactRecord(row=1)
    if kind == "url":
        _read_url(record, stripped)
    else:
        record.notes.append(stripped)
    return [record]


class QrPayloadSource(ContactSource):
    name = "qr"
    label = N_("QR code payload (vCard, MeCard, BIZCARD, web address)")
    extensions = ()
    editable_mapping = False

    def sniff(self, path: Path, head: bytes) -> float:
        start = head.lstrip(b"\xef\xbb\xbf").lstrip()[:8].upper()
        return 0.95 if start.startswith((b"MECARD:", b"BIZCARD:")) else 0.0

    def read(self, path: Path, data: bytes | None) -> list[ContactRecord]:
        text, _encoding = decode_text(read_bytes(path) if data is None else data, path)
        return read_payload(text, path)

    def read_text(self, text: str, origin: Path) -> list[ContactRecord]:
        return read_payload(text, origin)

    def describe(self, dialect: str) -> str:
        return _("a QR code payload")


SOURCE = register(QrPayloadSource())
