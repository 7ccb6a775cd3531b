"""The CSV export writes its cells itself where none needs quoting: what it writes must be what
the csv module writes, byte for byte, for any cells, in every profile's dialect (a file another
program reads back cell by cell)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from crm.io.safety import neutralise
from crm.services.exports import load_profile, write_csv

_TRICKY = st.sampled_from([",", ";", '"', "\r", "\n", "\r\n", " ", "\x00", "'", "=", "+", "é",
                           "\t", "a", ""])
_CELL = st.one_of(st.none(), st.text(), st.lists(_TRICKY, max_size=6).map("".join),
                  st.integers(), st.booleans())


def _as_csv_module_writes(profile, columns) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=profile.delimiter, lineterminator=profile.line_ending,
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow([h for _f, h in profile.columns])
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue().encode(profile.encoding)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=4).flatmap(
    lambda width: st.lists(st.lists(_CELL, min_size=width, max_size=width), max_size=8)),
    st.sampled_from([("default", ","), ("outlook", ","), ("default", ";"), ("default", "\t")]),
    st.booleans())
def test_written_as_the_csv_module_writes_it(rows, dialect, spreadsheet) -> None:
    name, delimiter = dialect
    width = len(rows[0]) if rows else 2
    # For a spreadsheet, a cell that would start a formula gets an apostrophe.
    profile = replace(load_profile(name), delimiter=delimiter, spreadsheet=spreadsheet,
                      columns=tuple((f"c{i}", f"h {i}") for i in range(width)))
    columns = [[row[i] for row in rows] for i in range(width)]
    handle = io.BytesIO()
    write_csv(handle, profile, columns)
    made = neutralise if spreadsheet else str
    texts = [[None if v is None else made(str(v)) for v in column] for column in columns]
    assert handle.getvalue() == _as_csv_module_writes(profile, texts)
