"""Reading files: text decoding, and tables from CSV (pandas) or XLSX (openpyxl)."""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crm.errors import UserError
from crm.i18n import N_, _, ngettext

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
    # (row, reason) for the rows above the header: a title, not contacts (title_rows).
    titles: list[tuple[int, str]] = field(default_factory=list)


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


# The first bytes of a ZIP archive (XLSX, ODS ...) and of a compound file (XLS, Word's .doc,
# an Office file encrypted with a password).
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What a file that is not text is, from its first bytes (offset, signature, what it is), so
# the message can say it. Only kinds a person may pick by mistake in an "Import" dialog.
_BINARY_KINDS: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG", N_("a PNG picture")),
    (0, b"\xff\xd8\xff", N_("a JPEG picture")),
    (0, b"GIF8", N_("a GIF picture")),
    (4, b"ftyp", N_("a photo or video (HEIC, MP4 ...)")),
    (0, b"%PDF", N_("a PDF document")),
    (0, OLE2_MAGIC, N_("an old Excel (.xls) or Word file")),
    (0, b"SQLite format 3\x00", N_("a database, not an address book")),
    (0, b"\x1f\x8b", N_("a compressed (gzip) file")),
    (0, ZIP_MAGIC, N_("a ZIP archive")),
)


def is_ods(head: bytes) -> bool:
    """Whether a file's first bytes are an OpenDocument spreadsheet's: a ZIP whose first,
    uncompressed member says so (its "mimetype")."""
    return head.startswith(ZIP_MAGIC) and b"opendocument.spreadsheet" in head[:200]


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when its first bytes say it is a known non-text file (translated),
    else None. An OpenDocument spreadsheet (a ZIP) is named as such."""
    if is_ods(data):
        return _("a LibreOffice spreadsheet (.ods)")
    for offset, signature, kind in _BINARY_KINDS:
        if data[offset:offset + len(signature)] == signature:
            return _(kind)
    return None


def not_a_contact_file(path: Path, kind: str | None = None) -> UserError:
    """The one message for a file that is not one the import reads, naming it and, when
    known (binary_kind), what it is instead."""
    if kind is None:
        return UserError(_("{path} is not a CSV, vCard or XLSX file: it holds binary data, "
                           "not text").format(path=path))
    return UserError(_("{path} is not a CSV, vCard or XLSX file: it is {kind}")
                     .format(path=path, kind=kind))


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a file and the encoding found: UTF-8 (with or without BOM), UTF-16 with
    a BOM (or without one, as old macOS Address Book vCards), else Windows-1252 (what Excel
    writes in Belgian and French locales)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UserError(_("{path} is not a CSV, vCard or XLSX file: its UTF-16 text is "
                              "damaged").format(path=path)) from None
    kind = binary_kind(data)
    unmarked = _utf16_without_bom(data) if kind is None else None
    if unmarked is not None:
        try:
            text = data.decode(unmarked)
        except UnicodeDecodeError:
            pass
        else:
            _check_text(text, path)
            return text, unmarked
    if kind is not None or b"\x00" in data:
        # A row number would mislead: nothing of it is a row of contacts.
        raise not_a_contact_file(path, kind)
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, data = "utf-8-sig", data[3:]
    else:
        encoding = "utf-8"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if _UTF8_SEQUENCE.search(data):
            text, encoding = _line_by_line(data)
        else:
            encoding = _one_byte_encoding(data)
            text = data.decode(encoding)
    _check_text(text, path)
    return text, encoding


# A character of two to four bytes as UTF-8 writes it: Windows-1252 text all but never holds
# one ("Ã©" is one, "é" written as UTF-8 and read as Windows-1252).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def _windows_1252(data: bytes) -> str:
    """Text in the one-byte encoding it is in (_one_byte_encoding)."""
    return data.decode(_one_byte_encoding(data))


# A byte that is a common letter in Mac Roman (é, ü, à, â, ô, ï) and in Windows-1252 a sign
# that never stands between two letters (Ž, Ÿ, ˆ, ‰, ™, •), between two letters. Bytes that
# are letters in Windows-1252 too (š, Š, ž, œ: "Dušan", "cœur"), and its signs that do
# stand between letters (’ in "don’t", – in "Jean–Pierre", €), are not among them.
_MAC_ROMAN_LETTER = re.compile(rb"[A-Za-z][\x88\x89\x8e\x95\x99\x9f][A-Za-z]")
# Windows-1252's accented letters (and Latin-1's): where Mac Roman has signs and capitals.
_LATIN_LETTERS = re.compile(rb"[\xc0-\xff]")


def _one_byte_encoding(data: bytes) -> str:
    """``cp1252`` or ``mac_roman`` (what Excel for Mac saves a CSV in). Mac Roman when the
    text holds a byte Windows-1252 leaves undefined (Mac Roman's è, ê, ç, ù: read as Latin-1
    they became control characters, then dropped: "Mller" for "Müller"), or when it has no
    Windows-1252 accented letter but a Mac Roman one between letters ("RenŽ" for "René")."""
    if not _cp1252_ok(data):
        return "mac_roman"
    if _MAC_ROMAN_LETTER.search(data) and not _LATIN_LETTERS.search(data):
        return "mac_roman"
    return "cp1252"


def _line_by_line(data: bytes) -> tuple[str, str]:
    """Text that is neither all UTF-8 nor all Windows-1252: each line in the one it is
    written in (vCards put together from several programs, a CSV file appended to by
    another): read whole as Windows-1252, its UTF-8 names would come out as "SchrÃ¶der"."""
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(_windows_1252(line))
    return "\n".join(lines), "utf-8+cp1252"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-be`` or ``utf-16-le`` for UTF-16 text without a BOM (older macOS Address Book
    vCards): in its first 4 KB, every other byte is NUL, the others are not; else None."""
    head = data[:4096] if len(data) % 2 == 0 else None
    if not head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if even > half * 0.4 and odd == 0:
        return "utf-16-be"
    if odd > half * 0.4 and even == 0:
        return "utf-16-le"
    return None


# How many rows that are not empty may stand above a file's header: a title, a report's
# name and the day it ran ...
TITLE_ROWS = 10


def header_index(rows: Sequence[Sequence[object]]) -> int:
    """Which of a file's first rows that are not empty is its header: the first that names
    a field (crm.io.headers); the first row when none does (the import then says that no
    column is recognised)."""
    from crm.io.headers import names_a_field

    for index, cells in enumerate(rows[:TITLE_ROWS]):
        if names_a_field([str(c).strip() for c in cells]):
            return index
    return 0


def title_rows(rows: Sequence[Sequence[object]], numbers: Sequence[int],
               header_row: int) -> list[tuple[int, str]]:
    """(row, reason) of the rows passed over above the header (Table.titles)."""
    return [(number, _("above the header (row {header_row}): read as the file's title, not "
                       "as a contact ({text})").format(
                header_row=header_row,
                text=" ".join(" ".join(str(c) for c in cells if str(c).strip()).split())[:60]))
            for cells, number in zip(rows, numbers, strict=True)]


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
        raise not_a_contact_file(path)


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
    hint = _DELIMITER_HINT.match(text)
    if hint:
        # Excel's "sep=;" line: the file says its delimiter (and the line is no row).
        delimiter, text = hint.group(1), text[hint.end():]
    else:
        delimiter = sniff_delimiter(text)
    text, skip, titles = _from_header(text, delimiter, first_line=2 if hint else 1)
    if skip and not hint:
        delimiter = sniff_delimiter(text)
    skip += 1 if hint else 0
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
                row = int(unclosed.group(1)) + 1 + skip
                raise UserError(_("{path} row {row}: a quoted cell starts here and is never "
                                  "closed (a missing \" mark); nothing was imported")
                                .format(path=path, row=row),
                                row=row) from None
            row = _line_of(str(exc))
            row = row + skip if row else row
            where = f" row {row}" if row else ""
            raise UserError(_("{path}{where}: not a readable CSV file ({first_line})")
                            .format(path=path, where=where, first_line=first_line(exc)),
                            row=row) from None
    bad_lines = sorted({n for w in caught for n in _lines_of(str(w.message))})
    if bad_lines:
        # Rows wider than the first line: some programs (Thunderbird among them) end every
        # row with a delimiter. Read again, keeping the rows whose extra cells are empty.
        values, numbers, bad_lines = _read_ragged(text, delimiter)
        numbers = [n + skip for n in numbers]
        bad_lines = [n + skip for n in bad_lines]
    else:
        values = frame.to_numpy(dtype=object).tolist()
        # Physical line of each record: blank lines are kept as empty records by pandas.
        # (A quoted cell spanning lines shifts this.)
        numbers = list(range(1 + skip, len(values) + 1 + skip))
    if not values:
        raise UserError(_("{path}: the file is empty").format(path=path))
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
    wider = ngettext("more cells than the header's {count} column; not imported",
                     "more cells than the header's {count} columns; not imported",
                     len(headers)).format(count=len(headers))
    dropped = [(n, wider) for n in bad_lines]
    return Table(headers, rows, row_numbers, dropped, encoding, delimiter,
                 header_row=numbers[header_row], titles=titles)


_LINE_END = re.compile(r"\r\n|\r|\n")
_DELIMITER_HINT = re.compile(r"^sep=([,;\t|])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)


def _from_header(text: str, delimiter: str,
                 first_line: int = 1) -> tuple[str, int, list[tuple[int, str]]]:
    """A CSV text from its header on when a title stands above it: that text, how many
    lines came before it, and those lines (Table.titles). The header is the first of the
    first lines that are not empty to name a field, as in header_index, split by the delimiter
    found or, as a title may have misled that guess, by another. The text as it is when its
    first line that is not empty is the header (nearly every file). ``first_line``: the
    file's line number of the text's first line."""
    from crm.io.headers import names_a_field

    # (line number, where it starts, line) of the first lines with text
    lines: list[tuple[int, int, str]] = []
    position, number = 0, first_line
    while len(lines) < TITLE_ROWS and position < len(text):
        found = _LINE_END.search(text, position)
        end = found.start() if found else len(text)
        if text[position:end].strip():
            lines.append((number, position, text[position:end]))
        position, number = (found.end() if found else len(text)), number + 1
    for index, (line_number, start, line) in enumerate(lines):
        for candidate in dict.fromkeys((delimiter, *_DELIMITERS)):
            cells = next(csv.reader([line], delimiter=candidate), [])
            if names_a_field([c.strip() for c in cells]):
                if index == 0:
                    return text, 0, []
                return text[start:], line_number - first_line, title_rows(
                    [[t] for _n, _s, t in lines[:index]], [n for n, _s, _t in lines[:index]],
                    line_number)
    return text, 0, []


def _read_ragged(text: str, delimiter: str) -> tuple[list[list[str]], list[int], list[int]]:
    """The records of a CSV text whose rows are not all as wide as its first: each record
    padded or cut to that width when the cells past it are empty, with its physical line;
    and the lines of the rows that really have more cells (they are not read)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    values: list[list[str]] = []
    numbers: list[int] = []
    bad: list[int] = []
    width: int | None = None
    start = 1
    for cells in reader:
        if width is None:
            width = len(cells)
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            bad.append(start)
        else:
            values.append([*cells[:width], *[""] * (width - len(cells))])
            numbers.append(start)
        start = reader.line_num + 1
    return values, numbers, bad


def unwrapped(cells: list[str], width: int, delimiter: str) -> list[str]:
    """A row some exports (LinkedIn's Connections.csv among them) wrap whole in one pair of
    quotes, ``"Ann,Lee,https://...,Acme"``: read as one cell, it is split into its fields
    again when it holds most of the header's columns; any other row is left as it is."""
    cell = cells[0]
    if width < 3 or delimiter not in cell:
        return cells
    # Read as a file of its own: a wrapped row may hold a quoted line break, and a cell with a
    # bare one (a damaged file) is no wrapped row (csv.reader of a list refused it: a crash).
    try:
        rows = list(csv.reader(io.StringIO(cell, newline=""), delimiter=delimiter))
    except csv.Error:
        return cells
    fields = rows[0] if len(rows) == 1 else []
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


def first_line(exc: BaseException) -> str:
    """An exception's message in one line (its type's name when it has none), for a
    UserError naming what a library refused."""
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def read_xlsx_table(path: Path, data: bytes | None = None) -> Table:
    """An XLSX workbook as a table of text cells (crm.io.xlsx.read_xlsx_table)."""
    from crm.io.xlsx import read_xlsx_table as read_streamed

    return read_streamed(path, data)
