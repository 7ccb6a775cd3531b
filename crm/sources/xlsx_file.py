"""Excel workbooks (XLSX): the first visible sheet whose header names a field, the header
being its first row that is not empty, or the first to name a field below a title."""

from __future__ import annotations

from pathlib import Path

from crm.i18n import N_
from crm.io.tables import ZIP_MAGIC, Table, is_ods, read_xlsx_table
from crm.sources import ContactSource, register


class XlsxSource(ContactSource):
    name = "xlsx"
    label = N_("Excel (XLSX)")
    extensions = (".xlsx", ".xlsm")

    def sniff(self, path: Path, head: bytes) -> float:
        # Any ZIP but an OpenDocument one (an ODS: crm.sources.workbook_files).
        if head.startswith(ZIP_MAGIC) and not is_ods(head):
            return 0.95
        # Named so but not a zip: read as a workbook, the error then says it is not one.
        return 0.6 if path.suffix.lower() in self.extensions else 0.0

    def read(self, path: Path, data: bytes | None) -> Table:
        return read_xlsx_table(path, data)


SOURCE = register(XlsxSource())
