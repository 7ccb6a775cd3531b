"""LinkedIn's Connections.csv (Settings > Data privacy > Get a copy of your data).

Since 2020 the file starts with a "Notes:" preamble (a quoted paragraph about missing email
addresses, then a blank line) above the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On``; older exports start
with the header. Emails are mostly empty: LinkedIn only gives those a connection allowed.
URL is the person's profile (Contact.linkedin, not a company website), Position the job
title, and "Connected On" ("08 Jun 2022") becomes an interaction dated that day.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from crm.errors import UserError
from crm.i18n import N_, _
from crm.io.records import ColumnMap
from crm.io.tables import Table, decode_text, read_bytes, read_csv_table
from crm.sources import ContactSource, register

# header_key of LinkedIn's columns -> the field each fills.
COLUMNS = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "linkedin",
    "email address": "email",
    "company": "company",
    "position": "job_title",
    "connected on": "connected_on",
}
# What a header line must hold to be LinkedIn's (the older exports have no URL column).
_REQUIRED = {"first name", "last name", "connected on"}
# The preamble is a few lines; the header is never further down than this.
_HEADER_WITHIN = 20


def _header_keys(line: str) -> set[str]:
    from crm.io.headers import header_key

    cells = next(csv.reader([line]), [])
    return {header_key(cell) for cell in cells}


def find_header(lines: Sequence[str]) -> int | None:
    """The index of the line that is LinkedIn's header, among the first lines."""
    for index, line in enumerate(lines[:_HEADER_WITHIN]):
        if "," in line and _header_keys(line) >= _REQUIRED:
            return index
    return None


class LinkedInSource(ContactSource):
    name = "linkedin"
    label = N_("LinkedIn Connections")
    extensions = (".csv",)

    def sniff(self, path: Path, head: bytes) -> float:
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = head.decode("utf-16", errors="ignore")
        else:
            text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="ignore")
        lines = text.splitlines()
        # The head may end inside a line: only whole lines are judged.
        return 0.9 if find_header(lines[:-1] if len(head) >= 4096 else lines) is not None \
            else 0.0

    def read(self, path: Path, data: bytes | None) -> Table:
        text, _encoding = decode_text(read_bytes(path) if data is None else data, path)
        lines = text.splitlines(keepends=True)
        start = find_header(lines)
        if start is None:
            raise UserError(_("{path} row 1: not a LinkedIn Connections export (no header line "
                              "\"First Name,Last Name,URL,Email "
                              "Address,Company,Position,Connected On\" in its first lines)")
                            .format(path=path), row=1)
        try:
            table = read_csv_table(path, "".join(lines[start:]).encode("utf-8"))
        except UserError as exc:
            if exc.row is None:
                raise
            # Its rows count from the header: say the file's row.
            raise UserError(str(exc).replace(f" row {exc.row}:", f" row {exc.row + start}:"),
                            row=exc.row + start) from None
        table.header_row += start
        table.row_numbers = [n + start for n in table.row_numbers]
        table.dropped = [(n + start, reason) for n, reason in table.dropped]
        return table

    def describe(self, dialect: str) -> str:
        return _("a LinkedIn Connections export")

    def map_columns(self, headers: Sequence[str]) -> tuple[str, list[ColumnMap | None]]:
        from crm.io.headers import header_key, map_header

        # A column LinkedIn may add one day is still mapped by its name.
        return "linkedin", [ColumnMap(COLUMNS[key]) if (key := header_key(h)) in COLUMNS
                            else map_header(h) for h in headers]


SOURCE = register(LinkedInSource())
