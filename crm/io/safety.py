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


# The temporary files of writes under way, "PID PATH" a line, in the app's data folder: a write
# killed half-way (power cut, kill -9) leaves a hidden ``.NAME.*.tmp`` next to its target,
# full of contacts in plain text; the next start, or the next write, removes it. Only the
# files listed here are removed: the app cannot know folders it never wrote to.
PENDING_WRITES = "pending-writes.txt"


def _pending_file() -> Path:
    from crm import config

    return config.data_dir() / PENDING_WRITES


def _pending() -> list[tuple[int, Path]]:
    try:
        lines = _pending_file().read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    entries = []
    for line in lines:
        pid, _sep, name = line.partition(" ")
        if pid.isdigit() and name:
            entries.append((int(pid), Path(name)))
    return entries


def _save_pending(entries: list[tuple[int, Path]]) -> None:
    record = _pending_file()
    try:
        if not entries:
            record.unlink(missing_ok=True)
            return
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text("".join(f"{pid} {name}\n" for pid, name in entries), encoding="utf-8")
    except OSError:
        pass  # a safety net only: the write itself is not affected


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def remove_interrupted_writes() -> list[Path]:
    """Remove the temporary files of writes whose process is gone (killed mid-export); the
    ones of writes still running stay. Returns the files removed."""
    entries = _pending()
    if not entries:
        return []
    removed, kept = [], []
    for pid, name in entries:
        if _running(pid):
            kept.append((pid, name))
            continue
        try:
            name.unlink()
            removed.append(name)
        except FileNotFoundError:
            pass
        except OSError:
            kept.append((pid, name))  # not removable now (a disk gone): tried again next time
    _save_pending(kept)
    return removed


def _note_pending(tmp: Path, *, done: bool) -> None:
    entries = [e for e in _pending() if e[1] != tmp]
    _save_pending(entries if done else [*entries, (os.getpid(), tmp)])


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Write a file through a temporary file in the same folder, then rename it into place:
    a failure leaves no partial file and never damages an existing file of that name. The
    temporary file is listed in the data folder while it exists (``remove_interrupted_writes``
    removes it if this process is killed first)."""
    remove_interrupted_writes()
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
    tmp = Path(tmp_name).resolve()
    _note_pending(tmp, done=False)
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
    finally:
        _note_pending(tmp, done=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
