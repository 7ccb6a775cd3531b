"""Excel workbooks (XLSX): the first worksheet, its first non-empty row as the header."""

from __future__ import annotations

from pathlib import Path

from crm.i18n import N_
from crm.io.tables import Table, read_xlsx_table
from crm.sources import ContactSource, register

ZIP_MAGIC = b"PK\x03\x04"


class XlsxSource(ContactSource):
    name = "xlsx"
    label = N_("Excel (XLSX)")
    extensions = (".xlsx", ".xlsm")

    def sniff(self, path: Path, head: bytes) -> float:
        if head.startswith(ZIP_MAGIC):
            return 1.0
        # Named so but not a zip: read as a workbook, the error then says it is not one.
        return 0.6 if path.suffix.lower() in self.extensions else 0.0

    def read(self, path: Path, data: bytes | None) -> Table:
        return read_xlsx_table(path, data)


SOURCE = register(XlsxSource())
