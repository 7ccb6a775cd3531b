"""Files that are safe to open: no cell a spreadsheet runs as a formula, no half-written file.

The CSV-injection rule (OWASP): a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is written with a leading apostrophe, so Excel and LibreOffice show it as text
instead of evaluating it. Our importer removes that apostrophe again (crm.io.tables.unprotect).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from crm.errors import UserError
from crm.i18n import _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` made inert for a spreadsheet: an apostrophe before a formula start."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a file through a temporary file in the same folder, then rename it into place:
    a failure leaves no partial file and never damages an existing file of that name."""
    folder = path.parent
    if not folder.is_dir():
        raise UserError(_("{path}: the folder {folder} does not exist")
                        .format(path=path, folder=folder))
    if path.is_dir():
        raise UserError(_("{path}: is a folder").format(path=path))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(_("{path}: cannot write in {folder} ({reason})")
                        .format(path=path, folder=folder, reason=exc.strerror or exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions a user gave the file they are replacing.
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(_("{path}: cannot write ({reason})")
                            .format(path=path, reason=exc.strerror or exc)) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
