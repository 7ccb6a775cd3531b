"""Reading files: text decoding, and tables from CSV (pandas) or XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from crm.errors import UserError
from crm.i18n import _

# No real contact file has a line this long; a bigger one is a damaged or hostile file, and
# refusing it early keeps memory bounded.
MAX_LINE = 1_000_000
MAX_FILE = 512 * 1024 * 1024
_DELIMITERS = ",;\t|"
# A cell that a spreadsheet would take for a formula, written by our exporters with a
# leading apostrophe (see crm.io.safety): the apostrophe is removed on the way back in.
_PROTECTED = re.compile(r"^'(?=[=+\-@\t\r])")


@dataclass
class Table:
    """A file's header and data rows (all cells as text), with each row's file row number."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    # (row, reason) for rows the reader itself had to drop (too many cells ...).
    dropped: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    header_row: int = 1  # the file row of the header


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing, unreadable, empty or huge file is a UserError."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise UserError(_("{path}: the file is larger than {megabytes} MB")
                            .format(path=path, megabytes=MAX_FILE // 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_("{path}: is a folder, not a file").format(path=path)) from None
    except OSError as exc:
        raise UserError(_("{path}: cannot read ({reason})")
                        .format(path=path, reason=exc.strerror or exc)) from None
    return check_bytes(data, path)


def check_bytes(data: bytes, path: Path) -> bytes:
    """The content of a file, refused when there is nothing in it."""
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise UserError(_("{path}: the file is empty").format(path=path))
    return data


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a file and the encoding found: UTF-8 (with or without BOM), UTF-16 with
    a BOM, else Windows-1252 (what Excel writes in Belgian and French locales)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UserError(_("{path}: not a text file (bad UTF-16)")
                            .format(path=path), row=1) from None
    if b"\x00" in data:
        row = data[: data.index(b"\x00")].count(b"\n") + 1
        raise UserError(_("{path} row {row}: not a text file (binary data)")
                        .format(path=path, row=row), row=row)
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, data = "utf-8-sig", data[3:]
    else:
        encoding = "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        encoding = "cp1252"
        # cp1252 leaves five bytes undefined; Latin-1 reads them rather than failing.
        text = data.decode("cp1252", errors="strict") if _cp1252_ok(data) else \
            data.decode("latin-1")
    _check_text(text, path)
    return text, encoding


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _check_text(text: str, path: Path) -> None:
    """Refuse binary data decoded as text, and absurdly long lines, naming the row."""
    start, row = 0, 1
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        if end - start > MAX_LINE:
            raise UserError(_("{path} row {row}: line longer than {max_line:,} characters; this "
                              "is not a contact file")
                            .format(path=path, row=row, max_line=MAX_LINE), row=row)
        start, row = end + 1, row + 1
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    if controls > max(8, len(sample) // 100):
        raise UserError(_("{path}: not a text file (binary data)").format(path=path), row=1)


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        pass
    counts = {d: lines[0].count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_table(path: Path, data: bytes | None = None) -> Table:
    """A CSV file as a table, with its encoding and delimiter detected."""
    import pandas as pd

    data = read_bytes(path) if data is None else data
    text, encoding = decode_text(data, path)
    delimiter = sniff_delimiter(text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, header=None,
                                keep_default_na=False, na_filter=False, engine="c",
                                skip_blank_lines=False, on_bad_lines="warn",
                                quoting=csv.QUOTE_MINIMAL)
        except pd.errors.EmptyDataError:
            raise UserError(_("{path}: the file is empty").format(path=path)) from None
        except (pd.errors.ParserError, ValueError) as exc:
            unclosed = re.search(r"EOF inside string starting at row (\d+)", str(exc))
            if unclosed:
                # pandas counts rows from 0: its row N is the file's line N + 1.
                row = int(unclosed.group(1)) + 1
                raise UserError(_("{path} row {row}: a quoted cell starts here and is never "
                                  "closed (a missing \" mark); nothing was imported")
                                .format(path=path, row=row),
                                row=row) from None
            row = _line_of(str(exc))
            where = f" row {row}" if row else ""
            raise UserError(_("{path}{where}: not a readable CSV file ({first_line})")
                            .format(path=path, where=where, first_line=_first_line(exc)),
                            row=row) from None
    bad_lines = sorted({n for w in caught for n in _lines_of(str(w.message))})
    values = frame.to_numpy(dtype=object).tolist()
    if not values:
        raise UserError(_("{path}: the file is empty").format(path=path))
    # Physical line of each record: blank lines are kept as empty records by pandas, lines it
    # dropped are not, so count around them. (A quoted cell spanning lines shifts this.)
    numbers: list[int] = []
    line, bad = 1, set(bad_lines)
    for _value in values:
        while line in bad:
            line += 1
        numbers.append(line)
        line += 1
    header_row = 0
    while header_row < len(values) and not any(str(c).strip() for c in values[header_row]):
        header_row += 1
    if header_row == len(values):
        raise UserError(_("{path}: the file is empty").format(path=path))
    headers = [unprotect(str(c)).strip() for c in values[header_row]]
    rows, row_numbers = [], []
    for cells, number in zip(values[header_row + 1:], numbers[header_row + 1:], strict=True):
        if cells and cells[0] and not any(cells[1:]):
            cells = unwrapped(cells, len(headers), delimiter)
        if any(cells):
            # A row without an apostrophe has no protected cell (most rows): kept as it is.
            rows.append([unprotect(c) for c in cells] if "'" in "".join(cells) else cells)
            row_numbers.append(number)
    dropped = [(n, f"more cells than the header's {len(headers)} columns") for n in bad_lines]
    return Table(headers, rows, row_numbers, dropped, encoding, delimiter,
                 header_row=numbers[header_row])


def unwrapped(cells: list[str], width: int, delimiter: str) -> list[str]:
    """A row some exports (LinkedIn's Connections.csv among them) wrap whole in one pair of
    quotes, ``"Ann,Lee,https://...,Acme"``: read as one cell, it is split into its fields
    again when it holds most of the header's columns; any other row is left as it is."""
    cell = cells[0]
    if width < 3 or delimiter not in cell:
        return cells
    fields = next(csv.reader([cell], delimiter=delimiter), [])
    if not width // 2 < len(fields) <= width:
        return cells
    return [*fields, *[""] * (len(cells) - len(fields))]


def unprotect(cell: str) -> str:
    """A cell without the apostrophe our exports put before ``= + - @``."""
    return _PROTECTED.sub("", cell) if cell[:1] == "'" else cell


def _line_of(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def _lines_of(message: str) -> list[int]:
    return [int(n) for n in re.findall(r"[Ll]ine (\d+)", message)]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def read_xlsx_table(path: Path, data: bytes | None = None) -> Table:
    """The first worksheet of an XLSX workbook as a table of text cells (crm.io.xlsx)."""
    from crm.io.xlsx import read_xlsx_table as read_streamed

    return read_streamed(path, data)
