"""Imports: contacts from any registered source (crm.sources: CSV, XLSX, vCard, LinkedIn
...), in one transaction, undoable.

A person already in the database (same id, same email ignoring case, or same phone number in
E.164) is updated, never duplicated. Every row that could not be taken as it was is reported
with its file row, the field and the reason. The stages are modules of
crm.services.importing: read -> map -> validate -> match -> write (-> revert); this module
runs them in order and is what the CLI, the wizard and the tests call.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar

from sqlalchemy.orm import Session

from crm.errors import UserError
from crm.i18n import _, ngettext
from crm.io.records import ColumnMap, ContactRecord
from crm.models import MissionSession
from crm.services.addressbook import PART_NAMES
from crm.services.common import get_row
from crm.services.importing.mapping import MappedFile, map_reading, records_from_table
from crm.services.importing.match import plan_changes, resolve_sessions
from crm.services.importing.read import import_formats, read_input
from crm.services.importing.report import ImportReport, Problem
from crm.services.importing.revert import (
    RevertReport,
    import_count,
    last_import,
    revert_last_import,
)
from crm.services.importing.validate import Person, PhoneMemo, validate_record
from crm.services.importing.write import Progress, write_plan
from crm.services.phones import mission_country
from crm.services.search import refresh_index
from crm.services.sessions import find_session

# The names the rest of the code imports from here (the stages are an inner detail).
__all__ = ["ImportReport", "MappedFile", "Preview", "Problem", "RevertReport", "import_count",
           "import_file", "import_formats", "last_import", "preview_file", "read_source",
           "records_from_table", "revert_last_import"]

PREVIEW_ROWS = 20


@dataclass
class Preview:
    """The first rows of a file and its column mapping, for the import wizard."""

    format: str
    dialect: str
    headers: list[str]
    rows: list[list[str]]
    mapping: list[str | None]  # field per column (None: not imported, kept in notes)
    total_rows: int
    problems: list[Problem]
    description: str = ""  # what the file is, for people ("a Google Contacts export")
    editable_mapping: bool = True  # False: the source names its fields (vCards)
    # Per column, what of its field it gives when the field's name does not say it
    # ("Address: postal code" for a column of one part of an address), translated; else None.
    details: list[str | None] = field(default_factory=list)


def read_source(path: str | Path, fmt: str = "auto",
                mapping: Sequence[str | None] | None = None, *,
                data: bytes | None = None) -> MappedFile:
    """Read and understand a file: its source, its columns, its records (nothing validated).
    ``mapping`` (a field name or None per column) overrides the columns' automatic mapping;
    ``data``, when given, is the file's content (``path`` then only names it)."""
    source_path = Path(path).expanduser()
    source, reading = read_input(source_path, fmt, data)
    return map_reading(source_path, source, reading, mapping)


def preview_file(path: str | Path, fmt: str = "auto",
                 mapping: Sequence[str | None] | None = None,
                 limit: int = PREVIEW_ROWS) -> Preview:
    """The first rows of a file and how its columns map, without touching the database."""
    mapped = read_source(path, fmt, mapping)
    return Preview(format=mapped.format, dialect=mapped.dialect, headers=mapped.headers,
                   rows=[list(r) for r in mapped.rows[:limit]],
                   mapping=[m.field if m else None for m in mapped.mapping],
                   total_rows=len(mapped.records), problems=mapped.problems,
                   description=mapped.source.describe(mapped.dialect),
                   editable_mapping=mapped.source.editable_mapping,
                   details=[column_detail(m) for m in mapped.mapping])


def column_detail(target: ColumnMap | None) -> str | None:
    """What of its field a column gives, for people, when the field's name does not say it:
    one part of an address ("Address: city"); None for the others (an address in one
    column is the field "Address (one line)" itself)."""
    if target is None or target.field != "address" or target.label not in PART_NAMES or \
            (target.label == "street" and target.slot == "line"):
        return None
    return _("Address: {part}").format(part=_(PART_NAMES[target.label]))


def nothing_imported(path: Path, report: ImportReport) -> str:
    """Why a file gave no contact at all, in one line: how many rows were skipped and the
    reason of the first (and how many other reasons there were)."""
    first = min(report.problems, key=lambda p: p.row) if report.problems else None
    why = _(" (row {row}, {field}: {reason})").format(
        row=first.row, field=first.field, reason=first.reason) if first else ""
    others = len({p.reason for p in report.problems}) - 1
    more = ngettext("; {count} other reason in the report",
                    "; {count} other reasons in the report", others).format(count=others) \
        if others > 0 else ""
    line = _("{path}: nothing could be imported: every row was skipped ({count} row(s))"
             "{why}{more}").format(path=path, count=report.skipped, why=why, more=more)
    return line if len(line) <= 380 else line[:377] + "..."


def phone_context(session: Session) -> PhoneMemo:
    """What the import needs to read national numbers besides each row: the mission's
    country and the country of every company already known (a row naming only its
    company's name is read in that company's country)."""
    from sqlalchemy import select

    from crm.models import Company
    from crm.services.importing.match import company_key

    countries: dict[str, str] = {}
    for name, country in session.execute(select(Company.name, Company.country).where(
            Company.country.is_not(None), Company.deleted_at.is_(None))):
        countries.setdefault(company_key(name), country)
    return PhoneMemo(mission_country=mission_country(session), company_countries=countries)


P = ParamSpec("P")
R = TypeVar("R")


def _without_cycle_collection(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run with Python's cycle collector paused: an import makes millions of small
    objects that live until it ends, and collecting them over and over again (each pass
    slower than the last) costs a quarter of a large import."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return run


@_without_cycle_collection
def import_file(session: Session, path: str | Path, *, fmt: str = "auto",
                session_title: str | None = None, dry_run: bool = False,
                owner: str | None = None, region: str = "BE", progress: Progress | None = None,
                mapping: Sequence[str | None] | None = None,
                data: bytes | None = None, session_id: uuid.UUID | None = None) -> ImportReport:
    """Import contacts from a file of any registered source in the caller's transaction.

    Existing contacts (same id, email or phone) are updated; ``session_title`` (or
    ``session_id``) records everyone imported as met at that session; ``dry_run`` reports
    and writes nothing.
    ``mapping`` (field or None per column) overrides the automatic column mapping; ``data``
    is the file's content when the caller already has it. Bad files raise UserError naming
    the file and row; a bad row is reported and skipped.
    """
    mapped = read_source(path, fmt, mapping, data=data)
    with _page_cache(session, len(mapped.records)):
        return _import(session, mapped, session_title=session_title, dry_run=dry_run,
                       owner=owner, region=region, progress=progress, session_id=session_id)


def _import(session: Session, mapped: MappedFile, *, session_title: str | None,
            dry_run: bool, owner: str | None, region: str, progress: Progress | None,
            session_id: uuid.UUID | None) -> ImportReport:
    report = ImportReport(path=mapped.path, format=mapped.format, dialect=mapped.dialect,
                          dry_run=dry_run, problems=list(mapped.problems),
                          unmapped=mapped.unmapped)
    met_at = get_row(session, MissionSession, session_id) if session_id else \
        find_session(session, session_title) if session_title else None
    total = len(mapped.records)
    people = _validate_all(session, mapped, report, region, owner, progress)
    report.skipped += len(mapped.problems) if mapped.skipped is None else mapped.skipped
    had_records = bool(mapped.records)
    # The file's cells and records are not needed past validation: a large file's memory
    # goes before the writing needs its own (the peak of a million-row import).
    mapped.rows, mapped.records = [], []
    if not people and not had_records:
        raise UserError(_("{path}: no contacts in the file").format(path=mapped.path))
    if not people:
        raise UserError(nothing_imported(mapped.path, report))
    plan = plan_changes(session, people, report.problems)
    report.created = len(plan.new)
    report.nameless = sum(1 for p in plan.new if not p.first_name and not p.last_name)
    report.unchecked_phones = sum(1 for p in plan.firsts for ph in p.phones if not ph.checked)
    report.updated = len(people) - len(plan.new)
    sessions = resolve_sessions(session, plan.firsts, report.problems)
    report.problems.sort(key=lambda p: p.row)
    if dry_run:
        return report
    indexed = write_plan(session, report, mapped, plan, sessions, met_at, owner, region,
                         progress, total)
    # The people are written: their memory goes before the index is made (what it needs of
    # them is in ``indexed``).
    del people, plan
    if session.get_bind().dialect.name == "sqlite":
        # The new contacts' search rows now, while the page cache is large (the commit would
        # do it after the cache is back to its usual size); the commit then has none left.
        # Those of new contacts were made as they were inserted: not read back.
        refresh_index(session.connection().connection.dbapi_connection, indexed)
    return report


# SQLite's page cache for an import: about what its rows write (~4 KiB each, indexes and
# search rows included), within 1 GiB. With the default 2 MiB, a large import's one
# transaction spills its dirty pages to the WAL over and over and reads them back from it,
# each read searching a WAL index that grows with the import: at a million rows that made
# the import grow faster than its rows.
_CACHE_KIB_PER_ROW = 4
_MAX_CACHE_KIB = 1 << 20


@contextmanager
def _page_cache(session: Session, rows: int) -> Iterator[None]:
    """SQLite's page cache enlarged for an import of ``rows`` rows, as it was afterwards."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    conn = session.connection()
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    wanted = min(_MAX_CACHE_KIB, rows * _CACHE_KIB_PER_ROW)
    # A negative size is in KiB, a positive one in pages (of 4 KiB here); a cache already
    # as large stays as it is.
    if (-before if before < 0 else before * 4) >= wanted:
        yield
        return
    conn.exec_driver_sql(f"PRAGMA cache_size=-{wanted}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={before}")


def _validate_all(session: Session, mapped: MappedFile, report: ImportReport, region: str,
                  owner: str | None, progress: Progress | None) -> list[Person]:
    """The records that can become contacts (the others are counted as skipped)."""
    total = len(mapped.records)
    people: list[Person] = []
    label = None if mapped.own_export else f"import of {mapped.path.name}"
    phone_memo = phone_context(session)
    workers = _validators(total)
    if workers > 1:
        for done, (chunk, problems) in _validated_in_pool(
                workers, (mapped.records, region, owner, label, phone_memo)):
            report.problems.extend(problems)
            report.skipped += chunk.count(None)
            people.extend(person for person in chunk if person is not None)
            if progress is not None:
                progress(done, total * 2)
        return people
    for done, record in enumerate(mapped.records, start=1):
        person = validate_record(record, region=region, owner=owner, source=label,
                                 problems=report.problems, phone_memo=phone_memo)
        if person is None:
            report.skipped += 1
        else:
            people.append(person)
        if progress is not None and (done % 1000 == 0 or done == total):
            progress(done, total * 2)
    return people


# A file this large is validated by a process per core (phone numbers cost most of it): the
# workers only read the records and hand back people and problems; the writing stays in the
# caller's one transaction.
PARALLEL_ROWS = 20_000
_CHUNK_ROWS = 2_000
# What the validating processes read: set just before they are forked, so they inherit the
# records instead of receiving each one pickled.
_work: tuple[Sequence[ContactRecord], str, str | None, str | None, PhoneMemo] | None = None


def _validators(rows: int) -> int:
    """How many processes validate ``rows`` records: one per core for a large file where
    processes are forked (Linux); 1 (this process) otherwise. Elsewhere starting a process
    means starting the app anew, which costs more than it saves and needs the bundle's help."""
    if rows < PARALLEL_ROWS or multiprocessing.get_start_method(allow_none=True) not in (
            None, "fork") or "fork" not in multiprocessing.get_all_start_methods() \
            or not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return 1
    return min(4, len(os.sched_getaffinity(0)))


def _validate_chunk(bounds: tuple[int, int]) -> tuple[list[Person | None], list[Problem]]:
    """The people of records ``bounds`` (start, stop) of ``_work``, in a validating process."""
    assert _work is not None
    records, region, owner, label, memo = _work
    problems: list[Problem] = []
    people = [validate_record(record, region=region, owner=owner, source=label,
                              problems=problems, phone_memo=memo)
              for record in records[bounds[0]:bounds[1]]]
    return people, problems


def _validated_in_pool(workers: int, work: tuple[Sequence[ContactRecord], str, str | None,
                                                 str | None, PhoneMemo]
                       ) -> Iterator[tuple[int, tuple[list[Person | None], list[Problem]]]]:
    """(records done, (people or None, problems)) chunk by chunk, in file order."""
    global _work
    records = work[0]
    bounds = [(start, min(start + _CHUNK_ROWS, len(records)))
              for start in range(0, len(records), _CHUNK_ROWS)]
    _work = work
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for (_start, stop), result in zip(bounds, pool.imap(_validate_chunk, bounds),
                                              strict=True):
                yield stop, result
    finally:
        _work = None
