"""vCard files: 2.1 (Android: quoted-printable, charsets), 3.0 (iPhone: ``item1.`` labels,
folded lines) and 4.0, one or many cards (crm.io.vcard)."""

from __future__ import annotations

from pathlib import Path

from crm.i18n import N_, _
from crm.io.records import ContactRecord
from crm.sources import ContactSource, register


class VcardSource(ContactSource):
    name = "vcard"
    label = N_("vCard")
    extensions = (".vcf", ".vcard")
    editable_mapping = False  # a vCard names its own fields

    def sniff(self, path: Path, head: bytes) -> float:
        text = head.lstrip(b"\xef\xbb\xbf").lstrip()
        if text[:11].upper() == b"BEGIN:VCARD":
            return 1.0
        return 0.6 if path.suffix.lower() in self.extensions else 0.0

    def read(self, path: Path, data: bytes | None) -> list[ContactRecord]:
        from crm.io.vcard import read_vcards

        return read_vcards(path, data)

    def describe(self, dialect: str) -> str:
        return _("vCards")


SOURCE = register(VcardSource())
