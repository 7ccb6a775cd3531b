"""Workbooks other than XLSX: LibreOffice's (ODS) and Excel's older ones (XLS, 97–2003, and
XLSB), read with python-calamine (the Rust calamine reader pandas offers as an engine).
They become a table of text cells by the same rules as an XLSX workbook
(crm.io.xlsx.workbook_table)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from crm.errors import UserError
from crm.i18n import _
from crm.io.tables import OLE2_MAGIC, ZIP_MAGIC, Table, first_line
from crm.io.xlsx import workbook_table

# The stream an Office file encrypted with a password holds its workbook in (MS-OFFCRYPTO):
# the file is then a compound file, whatever its name (.xlsx too).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def is_encrypted(path: Path, data: bytes | None) -> bool:
    """Whether a workbook is encrypted with a password: Office's (a compound file holding an
    encrypted package) or LibreOffice's (its manifest gives the encryption)."""
    try:
        content = data if data is not None else path.read_bytes()
    except OSError:
        return False
    if content.startswith(OLE2_MAGIC):
        return _ENCRYPTED_PACKAGE in content
    if content.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                return b"encryption-data" in archive.read("META-INF/manifest.xml")
        except Exception:  # a damaged archive (zlib, zipfile, EOF ... errors): not known
            return False
    return False


def read_workbook_table(path: Path, data: bytes | None, kind: str) -> Table:
    """An ODS, XLS or XLSB workbook as a table of text cells (its first visible sheet whose
    header names a field: workbook_table); ``kind`` names the format in messages."""
    from python_calamine import (
        CalamineWorkbook,
        PasswordError,
        SheetTypeEnum,
        SheetVisibleEnum,
    )

    def unreadable(exc: BaseException) -> UserError:
        return UserError(_("{path}: not a readable {kind} workbook ({reason})")
                         .format(path=path, kind=kind, reason=first_line(exc)))

    protected = UserError(_("{path}: the workbook is protected by a password; open it, save "
                            "it without one, and import it again").format(path=path))
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data)) if data is not None \
            else CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise protected from None
    except FileNotFoundError:
        raise UserError(_("{path}: no such file").format(path=path)) from None
    except BaseException as exc:  # calamine's own errors for a damaged or foreign file
        if not _is_reader_failure(exc):
            raise
        raise (protected if is_encrypted(path, data) else unreadable(exc)) from None
    try:
        sheets = [(i, m.name) for i, m in enumerate(book.sheets_metadata)
                  if m.typ == SheetTypeEnum.WorkSheet]
        if not sheets:
            raise UserError(_("{path}: the workbook has no worksheet").format(path=path))
        visible = [(i, n) for i, n in sheets
                   if book.sheets_metadata[i].visible == SheetVisibleEnum.Visible] or sheets
        return workbook_table(path, ((name, book.get_sheet_by_index(i).iter_rows())
                                     for i, name in visible))
    except UserError:
        raise
    except BaseException as exc:
        if not _is_reader_failure(exc):
            raise
        raise unreadable(exc) from None
    finally:
        book.close()


def _is_reader_failure(exc: BaseException) -> bool:
    """Whether calamine failed on the file: its errors, or a panic of its Rust code on a
    damaged one (pyo3's PanicException is no Exception, so that it is not swallowed by
    accident), not an interrupt."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"
