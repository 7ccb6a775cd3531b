"""Workbooks other than XLSX: LibreOffice Calc's (ODS) and Excel's older formats (XLS, the
97–2003 format, and XLSB), read as XLSX is: the first visible sheet whose header names a
field, past a title above the header (crm.io.spreadsheets, crm.io.xlsx.workbook_table)."""

from __future__ import annotations

from pathlib import Path

from crm.i18n import N_
from crm.io.tables import OLE2_MAGIC, ZIP_MAGIC, Table, is_ods
from crm.sources import ContactSource, register


class WorkbookSource(ContactSource):
    """A workbook python-calamine reads; subclasses say which by its first bytes."""

    kind = ""  # the format's name in messages ("ODS")

    def is_mine(self, head: bytes) -> bool:
        raise NotImplementedError

    def sniff(self, path: Path, head: bytes) -> float:
        if self.is_mine(head):
            return 1.0 if path.suffix.lower() in self.extensions else 0.9
        # Named so but something else: read as a workbook, the error then says it is not one.
        return 0.6 if path.suffix.lower() in self.extensions else 0.0

    def read(self, path: Path, data: bytes | None) -> Table:
        from crm.io.spreadsheets import read_workbook_table

        return read_workbook_table(path, data, self.kind)


class OdsSource(WorkbookSource):
    name = "ods"
    label = N_("LibreOffice Calc (ODS)")
    extensions = (".ods",)
    kind = "ODS"

    def is_mine(self, head: bytes) -> bool:
        return is_ods(head)


class XlsSource(WorkbookSource):
    name = "xls"
    label = N_("Excel 97–2003 (XLS)")
    extensions = (".xls", ".xlsb")
    kind = "XLS"

    def is_mine(self, head: bytes) -> bool:
        # The compound file an .xls is in (a Word .doc too: then "not a readable workbook").
        # An .xlsb is a ZIP: it is claimed by its name, ahead of XLSX's guess.
        return head.startswith(OLE2_MAGIC)

    def sniff(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() == ".xlsb" and head.startswith(ZIP_MAGIC):
            return 1.0
        return super().sniff(path, head)


SOURCES = (register(OdsSource()), register(XlsSource()))
