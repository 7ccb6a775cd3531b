"""Scanning a badge or a business card into a contact to check (Qt-free: the CLI's ``scan``
and quick capture's "Scan badge or card…" share it).

A picture is opened and shrunk (crm.scan.images); its codes are decoded (crm.scan.codes) and
the payload read by the ``qr`` source of the registry (vCard, MeCard, BIZCARD, a web address,
text). Without a code, the card's text is read by OCR (crm.scan.ocr) and its fields by the
``card-text`` source. Nothing is saved here: :class:`ScanResult` is what was read, with a
confidence per field, for a person to check; crm.services.capture saves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm.errors import UserError
from crm.i18n import _
from crm.io.records import ContactRecord

# Below this a field is shown as "check this".
LOW_CONFIDENCE = 0.8
# The source names --json prints, from the payload kinds of crm.sources.qr_payload.
_QR_SOURCES = {"vcard": "qr-vcard", "mecard": "qr-mecard", "bizcard": "qr-bizcard",
               "url": "qr-url", "text": "qr-text"}
# What a saved contact's "source" says it came from.
SOURCE_LABELS = {"qr-vcard": "badge scan (vCard)", "qr-mecard": "badge scan (MeCard)",
                 "qr-bizcard": "badge scan (BIZCARD)", "qr-url": "badge scan (web address)",
                 "qr-text": "badge scan (text)", "ocr": "business card scan"}


class NothingFound(UserError):
    """The picture holds no code and no text."""


@dataclass
class ScanResult:
    """What a picture gave: one person's fields, each with a confidence (0-1), to check."""

    source: str  # qr-vcard | qr-mecard | qr-bizcard | qr-url | qr-text | ocr
    record: ContactRecord
    picture: bytes = b""  # the picture as kept with the contact (a JPEG)
    media_type: str = "image/jpeg"
    messages: list[str] = field(default_factory=list)  # what a person should know

    @property
    def picture_kind(self) -> str:
        """ContactPicture.kind: a badge (its code was read) or a card (read by OCR)."""
        return "card" if self.source == "ocr" else "badge"

    def value(self, name: str) -> str:
        return self.record.values.get(name, "").strip()

    @property
    def first_name(self) -> str:
        return self.value("first_name")

    @property
    def last_name(self) -> str:
        return self.value("last_name")

    @property
    def company(self) -> str:
        return self.value("company")

    @property
    def job_title(self) -> str:
        return self.value("job_title")

    @property
    def linkedin(self) -> str:
        return self.value("linkedin")

    @property
    def website(self) -> str:
        """The person's (or their company's) website: a web address that is not LinkedIn."""
        for url, kind, _label in self.record.urls:
            if kind in (None, "website") and "linkedin." not in url.lower():
                return url.strip()
        return self.value("company_website")

    @property
    def emails(self) -> list[str]:
        return [address for address, _label in self.record.emails]

    @property
    def phones(self) -> list[str]:
        return [number for number, _label in self.record.phones]

    @property
    def note(self) -> str:
        return "\n".join(self.record.notes)

    def confidence_of(self, name: str) -> float:
        """How sure the reading of ``name`` is (a field read from a code: 1)."""
        if name == "emails":
            name = "email"
        elif name == "phones":
            name = "phone"
        return self.record.confidence.get(name, 1.0)

    @property
    def confidence(self) -> float:
        """The least sure of the fields read (1 when everything came from a code)."""
        present = [name for name in ("first_name", "last_name", "company", "job_title",
                                     "email", "phone") if self._has(name)]
        return min((self.confidence_of(name) for name in present), default=0.0)

    def _has(self, name: str) -> bool:
        if name == "email":
            return bool(self.record.emails)
        if name == "phone":
            return bool(self.record.phones)
        return bool(self.value(name))

    def low_confidence(self) -> list[str]:
        """The fields to check: read, but with a confidence under LOW_CONFIDENCE."""
        return [name for name in ("first_name", "last_name", "company", "job_title", "email",
                                  "phone", "linkedin", "company_website")
                if self._has(name) and self.confidence_of(name) < LOW_CONFIDENCE]

    def has_contact(self) -> bool:
        """Whether there is anyone to save (a name, an email or a phone)."""
        return bool(self.first_name or self.last_name or self.emails or self.phones)

    def as_json(self) -> dict[str, Any]:
        """What ``scan --json`` prints."""
        return {
            "first_name": self.first_name, "last_name": self.last_name,
            "company": self.company, "job_title": self.job_title,
            "emails": self.emails, "phones": self.phones,
            "url": self.linkedin or self.website or None,
            "linkedin": self.linkedin or None, "website": self.website or None,
            "note": self.note or None,
            "source": self.source,
            "confidence": round(self.confidence, 2),
            "field_confidence": {name: round(self.confidence_of(name), 2)
                                 for name in ("first_name", "last_name", "company",
                                              "job_title", "email", "phone")
                                 if self._has(name)},
            "messages": self.messages,
        }


def _from_code(text: str | None, data: bytes, origin: str,
               messages: list[str]) -> tuple[str, ContactRecord]:
    from crm.sources import get_source
    from crm.sources.qr_payload import payload_kind

    if text is None:
        raise UserError(_("{origin}: the code holds binary data ({size} bytes), not a "
                          "contact").format(origin=origin, size=len(data)))
    from crm.io.names import split_full_name
    from crm.sources.qr_payload import SPLIT_NAME_CONFIDENCE

    kind = payload_kind(text)
    records = get_source("qr").read_text(text, Path(origin))
    if len(records) > 1:
        messages.append(_("the code holds {count} contacts; read the first").format(
            count=len(records)))
    record = records[0]
    full = record.values.pop("full_name", "").strip()
    if full and not (record.values.get("first_name") or record.values.get("last_name")):
        # A vCard with FN only: split as a person would, and say so.
        first, last = split_full_name(full)
        record.values.update(first_name=first, last_name=last)
        record.confidence.update(first_name=SPLIT_NAME_CONFIDENCE,
                                 last_name=SPLIT_NAME_CONFIDENCE)
    return _QR_SOURCES.get(kind, "qr-text"), record


def scan_picture(data: bytes, origin: str | Path = "picture",
                 region: str | Sequence[str] = "BE", *, ocr: bool = True) -> ScanResult:
    """Read the badge or card in a picture (its bytes). A picture that cannot be read, or
    holds no code and no text, is a UserError naming ``origin``; a code that holds no
    contact (binary data) too. ``region``: where phone numbers without + are read."""
    from crm.scan.codes import find_codes, quick_find_codes
    from crm.scan.images import open_picture, picture_to_keep

    origin = str(origin)
    image = open_picture(data, origin)
    regions = [region] if isinstance(region, str) else list(region)
    codes = quick_find_codes(image)
    card_lines = None
    if not codes and not ocr:
        codes = find_codes(image, retries_only=True)
    elif not codes:
        # No code at first sight: a business card, usually, or a badge that needs the slower
        # retries. Tesseract starts reading the card on the other core meanwhile; when a
        # retry finds a code its reading is not waited for.
        from concurrent.futures import ThreadPoolExecutor

        from crm.scan.ocr import read_lines

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="card-ocr")
        card_lines = pool.submit(read_lines, image.copy(), regions)
        pool.shutdown(wait=False)
        codes = find_codes(image, retries_only=True)
    messages: list[str] = []
    if codes:
        # A badge may carry a second code (a ticket number): the first that is a contact wins.
        readable = [c for c in codes if c.text]
        code = next((c for c in readable if _holds_contact(c.text)),
                    readable[0] if readable else codes[0])
        source, record = _from_code(code.text, code.data, origin, messages)
        if len(codes) > 1:
            messages.append(_("the picture has {count} codes; read the one with a contact")
                            .format(count=len(codes)))
    elif card_lines is not None:
        from crm.sources.card_text import read_card

        lines = card_lines.result()
        if not lines:
            raise NothingFound(_("{origin}: no QR code and no text found in the picture")
                               .format(origin=origin))
        source, record = "ocr", read_card(lines, origin, regions)
    else:
        raise NothingFound(_("{origin}: no QR code found in the picture").format(origin=origin))
    if len(record.phones) and any("More phone numbers" in n for n in record.notes):
        messages.append(_("the code holds more than {count} phone numbers: the first ones "
                          "are kept, the others are in the note").format(count=len(record.phones)))
    if source == "qr-text" and len(record.notes[0]) > 200:
        messages.append(_("the code holds {count} characters of text and no contact details: "
                          "kept as the note").format(count=len(record.notes[0])))
    picture, media_type = picture_to_keep(image)
    return ScanResult(source=source, record=record, picture=picture, media_type=media_type,
                      messages=messages)


def _holds_contact(text: str | None) -> bool:
    from crm.sources.qr_payload import payload_kind

    return bool(text) and payload_kind(text) in ("vcard", "mecard", "bizcard", "url")


def scan_file(path: Path, region: str | Sequence[str] = "BE") -> ScanResult:
    """:func:`scan_picture` of a picture file."""
    from crm.scan.images import read_picture_file

    return scan_picture(read_picture_file(path), path, region)
