"""CSV files: any of ``, ; tab |``, UTF-8 (with or without BOM), UTF-16 or Windows-1252, in
the dialects of Google Contacts and Outlook exports or with headers in English, French and
Dutch (crm.io.headers). The fallback for any text file no other source claims."""

from __future__ import annotations

from pathlib import Path

from crm.i18n import N_, _
from crm.io.tables import Table, read_csv_table
from crm.sources import ContactSource, register

_DIALECTS = {"google": N_("a Google Contacts export"), "outlook": N_("an Outlook export")}


class CsvSource(ContactSource):
    name = "csv"
    label = N_("CSV")
    extensions = (".csv", ".txt", ".tsv")

    def sniff(self, path: Path, head: bytes) -> float:
        # Whatever it is, a text file can be tried as a table: the lowest score above none.
        return 0.1

    def read(self, path: Path, data: bytes | None) -> Table:
        return read_csv_table(path, data)

    def describe(self, dialect: str) -> str:
        return _(_DIALECTS.get(dialect, self.label))


SOURCE = register(CsvSource())
