"""Mission CRM at scale: each figure against a baseline measured in the same run.

    python benchmarks/run.py [--size full|small|N] [--only search,open,startup,import,export,xlsx]

Prints one JSON object per line: {"name", "value", "unit", "baseline", "ratio"} (ratio =
value / baseline; lines with a null baseline are for information). The machine is shared and
noisy, so ours and the baseline are measured interleaved and only their ratio is a target:

- search_keystroke_p95: p95 over the keystrokes of typing names, companies, emails, phone
  digits and tags of contacts in the database (1, 2, 3 ... characters), of the first page of
  results as the app asks for it (``list_contacts``, 200 rows); baseline: the same page (same
  FTS5 MATCH, same live filter, order and limit) by one hand-written SQL query through
  sqlite3. Bound: ratio <= 2 and under 30 ms at 100,000 contacts.
- open_rows_seconds / open_peak_rss_mb: ``main.py --db DB --screenshot PNG`` on the big
  database against the same on an empty one. Bounds: ratio <= 1.5; growth < 100 MB.
- startup_seconds: from ``python main.py --db EMPTY`` to the first paint of its window
  (``benchmarks/first_paint.py`` ends the process there) against a bare PySide6 QMainWindow
  shown and ended the same way. Bound: ratio <= 1.5.
- import_seconds: ``import_file`` of an N-row contacts CSV that looks like a real address
  book (``generate.write_contacts_csv``: common names repeated, accents, unique phone numbers
  a third in national format, one or two emails, companies, notes, tags) - validation,
  normalisation, duplicate matching, indexing, one transaction - against the validated
  floor: pandas read_csv + email-validator for every address + phonenumbers (parse,
  is_valid, E.164) for every number + sqlite3 executemany into an equivalent schema + FTS5
  insert, one transaction. Bound: ratio <= 1.5. For information, import_plain_floor_seconds:
  the same import against that floor without the validation.
- export_seconds: ``export_file`` of every contact to CSV (default profile) against pandas
  to_csv of the same rows. For information, export_read_floor_seconds: plain sqlite3 reads of
  the tables the export shows, plus csv.writer of the contact rows, against the same baseline
  (what reading alone costs).
- xlsx_export_seconds: ``export_file`` of every contact to XLSX (default profile) against
  openpyxl's write-only workbook of the same cells (no styles). Bound: ratio <= 3.
  xlsx_export_growth: the XLSX writer on all rows against the same on half of them (linear:
  ratio <= 2.5). xlsx_read_seconds: reading that workbook for an import
  (``crm.io.xlsx.read_xlsx_table``) against openpyxl's read-only workbook reading every
  row's values. Bound: ratio <= 3; xlsx_read_growth: all rows against half (<= 2.5).
- bundle_startup_seconds: the PyInstaller bundle (``make dist``'s dist/mission-crm, built
  first if absent) from start to the first paint of its window, against ``python main.py``
  of the virtual environment, both on the empty database and both ended at that paint by
  ``MISSION_CRM_QUIT_AFTER_FIRST_PAINT`` (ui/app.py; no probe can be injected into a bundle).
  Bound: ratio <= 1.3. bundle_unpacked_mb / bundle_compressed_mb: the folder's files (bytes,
  symlinks not followed) and the Linux tarball, in MB of 10^6 bytes; bounds 250 and 100.
  qt_excluded_<Module>_mb: what each Qt module left out of the bundle would have added: the
  sizes of its files in the PySide6 install (binding, Qt library, plugins, QML, translations),
  summed (files the bundle holds anyway not counted), not a build with and without it: an
  upper estimate, as PyInstaller's hooks collect less (e.g. no QML without QtQml).
  qt_camera_backend_mb: what the camera (QtMultimedia with its FFmpeg backend and the Qt
  Quick/QML stand-ins it links, packaging/shrink.py) takes in the bundle.
  bundle_saved_<exclusion>_mb: what each exclusion the build makes saved, measured while
  building (build/bundle-savings.json: Babel's and ICU's locale data, the Qt Quick/QML
  stand-ins, Qt plugins and translations, strip ...); the log prints them as one table with
  the estimates of the modules PyInstaller leaves out (Qt modules, Pillow's AVIF ...).

- scan (``--only scan`` needs no generated database): 200 badges and 60 business cards from
  the tests' generator (``tests/scan_samples.py``: segno QR codes of random people, vCard and
  MeCard, rotated up to 20 degrees, blurred, JPEG quality 50, on a background; Pillow-drawn
  cards in four layouts and the machine's fonts, EN/FR/NL titles, slightly rotated), read by
  ``crm.scan.scan_picture`` with phones read in BE then US (the home region, the mission's).
  Rates, each with its bound: scan_badge_all_fields_rate (every field of the code right:
  >= 99 %), scan_card_email_phone_rate (email and phone exactly right: >= 95 %),
  scan_card_name_rate (first and last name: >= 90 %), scan_card_company_rate (>= 80 %).
  Times against their bounds and, for information, a floor measured interleaved: s/badge
  (<= 0.3 s) against one zxing-cpp call on the same picture; s/card (<= 2 s) against one
  Tesseract call (``image_to_string``) on it; for information, the same in processor time
  (scan_card_cpu_seconds: this process and its Tesseract runs, which a busy machine stretches
  less) and the Tesseract runs per card (scan_card_tesseract_runs). scan_to_saved_seconds:
  from the badge's bytes to the contact saved by the capture service (what quick capture runs
  once Enter is pressed; <= 3 s) against the same save of typed fields.

The generated database is kept in the work folder (``--workdir``) and reused by later runs.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import itertools
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

SIZES = {"full": 100_000, "small": 2_000, "million": 1_000_000}
PAGE = 200  # the table model's page (ui/models/paged.py)
BENCHMARKS = ("search", "open", "startup", "import", "export", "xlsx", "duplicates", "sync",
              "team", "scan", "bundle")
# The XLSX figures (a bound on the ratio and on linear growth) are measured up to this size.
XLSX_MAX_CONTACTS = 200_000
# Benchmarks whose work does not depend on the database's size: run once in a --size list.
SIZE_FREE = {"startup", "sync", "team", "scan", "bundle"}
# Benchmarks that make their own data: they need no generated database.
NO_DATABASE = {"sync", "team", "scan"}
# Benchmarks that need only the empty database (the import writes into a copy of it).
EMPTY_ONLY = {"startup", "import", "bundle"}
Record = dict[str, Any]


def record(name: str, value: float, unit: str, baseline: float | None) -> Record:
    ratio = round(value / baseline, 2) if baseline else None
    return {"name": name, "value": round(value, 4), "unit": unit,
            "baseline": None if baseline is None else round(baseline, 4), "ratio": ratio}


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- data --------------------------------------------------------------------------------

def prepared_databases(workdir: Path, contacts: int, seed: int,
                       generated: bool = True) -> tuple[Path, Path]:
    """The big database (generated once, then reused) and an empty one, both at head;
    ``generated`` False: the empty one only (the big one's path is returned unmade)."""
    from generate import generate

    from crm.db import open_database

    workdir.mkdir(parents=True, exist_ok=True)
    # v2: unique phone numbers, addresses, web addresses, Zipf names (generate.py, 7 Dec 2026);
    # a work folder's older database is not reused.
    big = workdir / f"crm-{contacts}-{seed}-v2.db"
    if generated and not big.exists():
        log(f"generating {contacts} contacts into {big} ...")
        started = time.perf_counter()
        partial = big.with_suffix(".partial.db")
        for leftover in workdir.glob(partial.name + "*"):
            leftover.unlink()
        generate(partial, contacts, seed)
        shutil.move(partial, big)
        log(f"generated in {time.perf_counter() - started:.0f} s")
    empty = workdir / "empty.db"
    for path in (big, empty) if generated else (empty,):
        open_database(str(path), daily_backup=False).close()  # at head, untimed
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
    return big, empty


def isolated_env(workdir: Path) -> dict[str, str]:
    """The app's environment for a benchmark run: offscreen, throw-away settings."""
    home = workdir / "home"
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "MISSION_CRM_CONFIG_DIR": str(home / "config"),
            "MISSION_CRM_DATA_DIR": str(home / "data"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


# Runs a script and reports its peak resident memory. Read from /proc (VmHWM, reset at exec):
# getrusage's ru_maxrss would count the memory of this process, which forked the child.
PEAK_MEMORY = """
import atexit, runpy, sys
def report():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                sys.stderr.write("\\nVmHWM " + line.split()[1] + "\\n")
atexit.register(report)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def run_python(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall time (s) of ``python ARGS...`` run in the repository, and what it wrote to stderr;
    raises when it fails."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=REPO, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return elapsed, done.stderr


def run_measured(script: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of ``python SCRIPT ARGS...``."""
    elapsed, stderr = run_python(["-c", PEAK_MEMORY, *script], env)
    peaks = [line.split()[1] for line in stderr.splitlines() if line.startswith("VmHWM ")]
    return elapsed, int(peaks[-1]) / 1024 if peaks else float("nan")


def interleaved(runs: int, *measures: Callable[[], Any]) -> list[list[Any]]:
    """Each measure ``runs`` times, taking turns (so noise hits them alike)."""
    results: list[list[Any]] = [[] for _ in measures]
    for _ in range(runs):
        for slot, measure in enumerate(measures):
            results[slot].append(measure())
    return results


# --- search ------------------------------------------------------------------------------

def keystrokes(path: Path, people: int, seed: int) -> list[str]:
    """What a user types to find people in the database, one string per keystroke."""
    rng = random.Random(seed)
    with sqlite3.connect(path) as conn:
        # Random rowids, not OFFSETs: SQLite computes every skipped row's subqueries, which at
        # a million contacts took longer than the benchmark itself.
        total = conn.execute("SELECT max(rowid) FROM contact").fetchone()[0]
        picks = [conn.execute(
            "SELECT c.first_name, c.last_name, m.name,"
            " (SELECT address FROM contact_email WHERE contact_id = c.id ORDER BY position),"
            " (SELECT number FROM contact_phone WHERE contact_id = c.id ORDER BY position),"
            " (SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            "   WHERE ct.contact_id = c.id)"
            " FROM contact c LEFT JOIN company m ON m.id = c.company_id"
            " WHERE c.rowid >= ? ORDER BY c.rowid LIMIT 1",
            (rng.randrange(total) + 1,)).fetchone() for _ in range(people)]
    conn.close()
    typed: list[str] = []
    for first, last, company, email, phone, tag in picks:
        choices = [last, f"{first} {last}", first]
        choices += [company] if company else []
        choices += [email.split("@")[0]] if email else []
        choices += [f"{phone[-7:-4]} {phone[-4:]}"] if phone else []  # "555 0142"
        choices += [tag] if tag else []
        target = rng.choice(choices)
        typed += [target[:n] for n in range(1, min(len(target), 10) + 1)
                  if target[:n].strip() and not target[:n].endswith(" ")]
    return typed


_RAW_PAGE = """
SELECT c.id, c.first_name, c.last_name, c.job_title, c.company_id, m.name, e.address, p.number,
       c.country, c.owner, c.updated_at
  FROM contact_fts f JOIN contact_fts_key k ON k.docid = f.rowid
  JOIN contact c ON c.id = k.contact_id
  LEFT JOIN company m ON m.id = c.company_id
  LEFT JOIN contact_email e ON e.contact_id = c.id AND e.position = 0
  LEFT JOIN contact_phone p ON p.contact_id = c.id AND p.position = 0
 WHERE f.contact_fts MATCH ? AND c.deleted_at IS NULL
 ORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT ?"""


def bench_search(big: Path, contacts: int, seed: int, people: int) -> Iterator[Record]:
    from crm.db import open_database
    from crm.services.contacts import ContactFilter, list_contacts
    from crm.services.search import fts_query

    db = open_database(str(big), daily_backup=False)
    raw = sqlite3.connect(big)
    typed = [q for q in keystrokes(big, people, seed) if fts_query(q)]
    ours: list[float] = []
    base: list[float] = []
    match_only: list[float] = []
    for query in typed[:5]:  # warm the caches alike
        db.read(list_contacts, ContactFilter(search=query), limit=PAGE)
        raw.execute(_RAW_PAGE, (fts_query(query), PAGE)).fetchall()
    for n, query in enumerate(typed):
        def mine(query: str = query) -> list:
            return db.read(list_contacts, ContactFilter(search=query), limit=PAGE)

        def theirs(query: str = query) -> list:
            return raw.execute(_RAW_PAGE, (fts_query(query), PAGE)).fetchall()

        def matches(query: str = query) -> list:
            return raw.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?",
                               (fts_query(query),)).fetchall()

        order = [(mine, ours), (theirs, base)]
        for fn, times in (order if n % 2 else order[::-1]):
            started = time.perf_counter()
            rows = fn()
            times.append(time.perf_counter() - started)
            if fn is mine:
                got = len(rows)
            else:
                expected = len(rows)
        if got != expected:
            raise RuntimeError(f"search {query!r}: {got} rows, raw SQL gives {expected}")
        started = time.perf_counter()
        matches()
        match_only.append(time.perf_counter() - started)
    raw.close()
    db.close()
    log(f"search: {len(typed)} keystrokes; median ours {statistics.median(ours) * 1000:.1f} ms,"
        f" raw {statistics.median(base) * 1000:.1f} ms")
    yield record("search_keystroke_p95", p95(ours) * 1000, "ms", p95(base) * 1000)
    yield record("search_keystroke_median", statistics.median(ours) * 1000, "ms",
                 statistics.median(base) * 1000)
    # Against the raw FTS5 MATCH alone (every matching rowid, no page, no order).
    yield record("search_vs_fts5_p95", p95(ours) * 1000, "ms", p95(match_only) * 1000)


# --- opening the app, start-up -----------------------------------------------------------

def screenshot_command(db: Path, png: Path) -> list[str]:
    return [str(REPO / "main.py"), "--db", str(db), "--screenshot", str(png)]


def bench_open(big: Path, empty: Path, workdir: Path, runs: int) -> Iterator[Record]:
    env = isolated_env(workdir)
    png = workdir / "open.png"
    run_measured(screenshot_command(empty, png), env)  # warm the file cache alike
    run_measured(screenshot_command(big, png), env)
    on_big, on_empty = interleaved(runs, lambda: run_measured(screenshot_command(big, png), env),
                                   lambda: run_measured(screenshot_command(empty, png), env))
    big_time = statistics.median(t for t, _m in on_big)
    empty_time = statistics.median(t for t, _m in on_empty)
    big_rss = max(m for _t, m in on_big)
    empty_rss = max(m for _t, m in on_empty)
    log(f"open: {big_time:.2f} s vs {empty_time:.2f} s empty; peak {big_rss:.0f} MB vs"
        f" {empty_rss:.0f} MB (growth {big_rss - empty_rss:.0f} MB)")
    yield record("open_rows_seconds", big_time, "s", empty_time)
    yield record("open_peak_rss_mb", big_rss, "MB", empty_rss)


def run_until_painted(command: list[str], env: dict[str, str]) -> float:
    """Wall time (s) of ``benchmarks/first_paint.py COMMAND``: start to first paint."""
    return run_python([str(REPO / "benchmarks" / "first_paint.py"), *command], env)[0]


def bench_startup(empty: Path, workdir: Path, runs: int) -> Iterator[Record]:
    env = isolated_env(workdir)
    app_command = [str(REPO / "main.py"), "--db", str(empty)]
    for command in (app_command, ["--bare"]):  # warm the file cache alike
        run_until_painted(command, env)
    app, bare = interleaved(runs, lambda: run_until_painted(app_command, env),
                            lambda: run_until_painted(["--bare"], env))
    log(f"startup: window shown after {statistics.median(app) * 1000:.0f} ms vs bare"
        f" {statistics.median(bare) * 1000:.0f} ms")
    yield record("startup_seconds", statistics.median(app), "s", statistics.median(bare))


# --- import and export -------------------------------------------------------------------

FLOOR_SCHEMA = """
CREATE TABLE company (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE contact (id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, job_title TEXT,
    company_id TEXT REFERENCES company(id), country TEXT, notes TEXT, created_at TEXT,
    updated_at TEXT);
CREATE TABLE contact_email (id TEXT PRIMARY KEY, contact_id TEXT REFERENCES contact(id),
    address TEXT, address_key TEXT, label TEXT, position INTEGER);
CREATE TABLE contact_phone (id TEXT PRIMARY KEY, contact_id TEXT REFERENCES contact(id),
    number TEXT, label TEXT, position INTEGER);
CREATE TABLE tag (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE contact_tag (contact_id TEXT REFERENCES contact(id), tag_id TEXT REFERENCES tag(id),
    PRIMARY KEY (contact_id, tag_id));
CREATE VIRTUAL TABLE contact_fts USING fts5(name, company, email, phone, note, tag,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = column);
"""


def _values(cell: str) -> list[tuple[str, str | None]]:
    """The values of a cell holding several ("a@x.example; b@y.example (work)")."""
    values = []
    for part in cell.split("; ") if cell else ():
        value, _sep, label = part.partition(" (")
        values.append((value, label.rstrip(")") or None))
    return values


def import_floor(csv_path: Path, target: Path, *, validated: bool = False) -> None:
    """pandas read_csv + sqlite3 executemany into an equivalent schema + FTS5, one
    transaction; ``validated``: each email through email-validator and each phone through
    phonenumbers (parse, is_valid, E.164) too, as any correct import must."""
    import pandas as pd

    if validated:
        import phonenumbers
        from email_validator import EmailNotValidError, validate_email

    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(FLOOR_SCHEMA)
    now = time.strftime("%Y-%m-%d %H:%M:%S")
    companies: dict[str, str] = {}
    tags: dict[str, str] = {}
    contacts, emails, phones, links, docs = [], [], [], [], []
    for n, row in enumerate(frame.itertuples(index=False)):
        contact_id = uuid.uuid4().hex
        company_id = None
        if row.company:
            company_id = companies.setdefault(row.company, uuid.uuid4().hex)
        contacts.append((contact_id, row.first_name, row.last_name, row.job_title, company_id,
                         row.country, row.notes, now, now))
        addresses, numbers = [], []
        for position, (address, label) in enumerate(_values(row.email)):
            if validated:
                try:
                    address = validate_email(address, check_deliverability=False).normalized
                except EmailNotValidError:
                    continue
            addresses.append(address)
            emails.append((uuid.uuid4().hex, contact_id, address, address.lower(), label,
                           position))
        for position, (number, label) in enumerate(_values(row.phone)):
            if validated:
                try:
                    parsed = phonenumbers.parse(number, "BE")
                except phonenumbers.NumberParseException:
                    continue
                if not phonenumbers.is_valid_number(parsed):
                    continue
                number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            numbers.append(number.lstrip("+"))
            phones.append((uuid.uuid4().hex, contact_id, number, label, position))
        names = [name for name, _label in _values(row.tags)]
        links.extend((contact_id, tags.setdefault(name, uuid.uuid4().hex)) for name in names)
        docs.append((n + 1, f"{row.first_name} {row.last_name} {row.job_title}", row.company,
                     " ".join(addresses), " ".join(numbers), row.notes, " ".join(names)))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO company VALUES (?, ?)",
                     [(i, name) for name, i in companies.items()])
    conn.executemany("INSERT INTO tag VALUES (?, ?)", [(i, name) for name, i in tags.items()])
    conn.executemany("INSERT INTO contact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", contacts)
    conn.executemany("INSERT INTO contact_email VALUES (?, ?, ?, ?, ?, ?)", emails)
    conn.executemany("INSERT INTO contact_phone VALUES (?, ?, ?, ?, ?)", phones)
    conn.executemany("INSERT INTO contact_tag VALUES (?, ?)", links)
    conn.executemany("INSERT INTO contact_fts (rowid, name, company, email, phone, note, tag)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", docs)
    conn.execute("COMMIT")
    conn.close()


def bench_import(empty: Path, workdir: Path, contacts: int, seed: int,
                 runs: int) -> Iterator[Record]:
    from generate import write_contacts_csv

    from crm.db import open_database
    from crm.services.imports import import_file

    # Named after the generator's version: an older, flattering file is never reused.
    csv_path = workdir / f"contacts-{contacts}-{seed + 1}-v2.csv"
    if not csv_path.exists():
        partial = csv_path.with_suffix(".partial")
        write_contacts_csv(partial, contacts, seed + 1)
        partial.replace(csv_path)
    scratch = workdir / "scratch"

    def fresh(name: str, template: Path | None) -> Path:
        scratch.mkdir(exist_ok=True)
        target = scratch / name
        for old in scratch.glob(name + "*"):
            # Opening a database makes its daily backup in NAME-backups/: a folder.
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        if template is not None:
            shutil.copy(template, target)
        return target

    def ours() -> float:
        target = fresh("import.db", empty)
        db = open_database(str(target))
        started = time.perf_counter()
        report = db.write(import_file, csv_path)
        elapsed = time.perf_counter() - started
        db.close()
        if report.created < contacts * 0.9:
            raise RuntimeError(f"import created {report.created} of {contacts} contacts")
        return elapsed

    def floor(validated: bool) -> Callable[[], float]:
        def run() -> float:
            target = fresh("floor.db", None)
            started = time.perf_counter()
            import_floor(csv_path, target, validated=validated)
            return time.perf_counter() - started
        return run

    mine, theirs, plain = interleaved(runs, ours, floor(True), floor(False))
    log(f"import: {statistics.median(mine):.2f} s vs validated floor"
        f" {statistics.median(theirs):.2f} s (plain floor {statistics.median(plain):.2f} s)")
    yield record("import_seconds", statistics.median(mine), "s", statistics.median(theirs))
    # For information: against the floor that validates nothing.
    yield record("import_plain_floor_seconds", statistics.median(mine), "s",
                 statistics.median(plain))


_EXPORT_FLOOR_CONTACTS = """
SELECT c.id, c.first_name, c.last_name, c.middle_name, c.name_prefix, c.name_suffix,
       c.nickname, c.birthday, c.job_title, m.name, m.kind, m.country, m.city,
       m.website, c.linkedin, c.country, c.language, c.priority, c.owner, c.source,
       c.lawful_basis, c.lawful_basis_on, c.lawful_basis_note, c.notes
  FROM contact c LEFT JOIN company m ON m.id = c.company_id AND m.deleted_at IS NULL
 WHERE c.deleted_at IS NULL ORDER BY lower(c.last_name), lower(c.first_name), c.id"""
_EXPORT_FLOOR_CHILDREN = (
    "SELECT contact_id, address, label, position FROM contact_email",
    "SELECT contact_id, number, extension, label, position FROM contact_phone",
    "SELECT contact_id, label, po_box, extended, street, city, region, postal_code, country,"
    " position FROM contact_address",
    "SELECT contact_id, url, kind, label, position FROM contact_url",
    "SELECT contact_id, tag_id FROM contact_tag",
    "SELECT contact_id, session_id, met_at FROM encounter WHERE deleted_at IS NULL")


def bench_export(big: Path, workdir: Path, runs: int) -> Iterator[Record]:
    import pandas as pd

    from crm.db import open_database
    from crm.services.exports import export_file

    db = open_database(str(big), daily_backup=False)
    ours_path = workdir / "export.csv"
    pandas_path = workdir / "export-pandas.csv"

    def ours() -> float:
        started = time.perf_counter()
        db.read(export_file, ours_path, profile="default", fmt="csv")
        return time.perf_counter() - started

    first = ours()
    # The same rows and columns, as pandas holds them, written by pandas.
    frame = pd.read_csv(ours_path, dtype=str, keep_default_na=False)

    def baseline() -> float:
        started = time.perf_counter()
        frame.to_csv(pandas_path, index=False)
        return time.perf_counter() - started

    reader = sqlite3.connect(f"file:{big}?mode=ro", uri=True)

    def read_floor() -> float:
        # Only reading what the export shows (contacts in list order with their companies,
        # and their emails, phones, tags and encounters) and writing the contact rows: what
        # any export from these tables costs before it groups or formats anything.
        started = time.perf_counter()
        rows = reader.execute(_EXPORT_FLOOR_CONTACTS).fetchall()
        for query in _EXPORT_FLOOR_CHILDREN:
            reader.execute(query).fetchall()
        with open(workdir / "export-floor.csv", "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
        return time.perf_counter() - started

    mine, theirs, floor = interleaved(runs, ours, baseline, read_floor)
    mine.append(first)
    reader.close()
    db.close()
    log(f"export: {len(frame)} rows, {statistics.median(mine):.2f} s vs reading the tables"
        f" alone {statistics.median(floor):.2f} s (pandas writing the rows it holds"
        f" {statistics.median(theirs):.2f} s)")
    # The floor (decided in issue #18): reading what the export shows and writing it.
    yield record("export_seconds", statistics.median(mine), "s", statistics.median(floor))
    # For information: against pandas writing rows it already holds in memory.
    yield record("export_pandas_seconds", statistics.median(mine), "s",
                 statistics.median(theirs))


# --- XLSX both ways -----------------------------------------------------------------------

def write_only_floor(rows: list[tuple[Any, ...]], target: Path) -> None:
    """openpyxl's write-only workbook of the cells, as they are: no styles, no checks."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    for row in rows:
        sheet.append(row)
    book.save(target)


def read_only_floor(source: Path) -> int:
    """openpyxl's read-only workbook: every row's values, as they are."""
    from openpyxl import load_workbook

    book = load_workbook(source, read_only=True, data_only=True)
    rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return len(rows)


def bench_xlsx(big: Path, workdir: Path, runs: int) -> Iterator[Record]:
    from crm.db import open_database
    from crm.io.xlsx import read_xlsx_table, write_xlsx
    from crm.services.exports import export_file, load_profile, profile_columns

    db = open_database(str(big), daily_backup=False)
    # The profile's columns as written: its templates (address_N_city ...) expanded.
    table = db.read(profile_columns, load_profile("default"))
    headers = [h for _f, h in table.profile.columns]
    ours_path, floor_path = workdir / "export.xlsx", workdir / "export-floor.xlsx"
    half_path = workdir / "export-half.xlsx"
    count, columns = table.rows, table.columns
    half = count // 2
    # The cells of the file: the header, then every value with empty text as an empty cell,
    # the rows in the order written.
    rows = list(zip(*columns, strict=True))
    cells = [tuple(headers), *(tuple(v if v != "" else None for v in rows[index])
                               for index in (table.order or range(count)))]

    def ours() -> float:
        started = time.perf_counter()
        db.read(export_file, ours_path, profile="default", fmt="xlsx")
        return time.perf_counter() - started

    def floor() -> float:
        started = time.perf_counter()
        write_only_floor(cells, floor_path)
        return time.perf_counter() - started

    def writer(rows: int, target: Path) -> Callable[[], float]:
        def write() -> float:
            part = [values[:rows] for values in columns]
            started = time.perf_counter()
            with open(target, "wb") as handle:
                write_xlsx(handle, "Contacts", headers, part)
            return time.perf_counter() - started
        return write

    xlsx_runs = min(runs, 3)  # a 100,000-row workbook takes many seconds each way
    mine, theirs, whole, halved = interleaved(xlsx_runs, ours, floor, writer(count, floor_path),
                                              writer(half, half_path))
    log(f"xlsx export: {count} rows, {statistics.median(mine):.2f} s vs write-only floor"
        f" {statistics.median(theirs):.2f} s; writer {statistics.median(whole):.2f} s for all,"
        f" {statistics.median(halved):.2f} s for half")
    yield record("xlsx_export_seconds", statistics.median(mine), "s", statistics.median(theirs))
    yield record("xlsx_export_growth", statistics.median(whole), "s", statistics.median(halved))

    def reader(source: Path) -> Callable[[], float]:
        def read() -> float:
            started = time.perf_counter()
            table = read_xlsx_table(source)
            if len(table.rows) < 2:
                raise RuntimeError(f"{source}: {len(table.rows)} rows read")
            return time.perf_counter() - started
        return read

    def read_floor() -> float:
        started = time.perf_counter()
        read_only_floor(ours_path)
        return time.perf_counter() - started

    mine, theirs, halved = interleaved(xlsx_runs, reader(ours_path), read_floor,
                                       reader(half_path))
    db.close()
    log(f"xlsx import read: {statistics.median(mine):.2f} s vs read-only floor"
        f" {statistics.median(theirs):.2f} s; half the rows {statistics.median(halved):.2f} s")
    yield record("xlsx_read_seconds", statistics.median(mine), "s", statistics.median(theirs))
    yield record("xlsx_read_growth", statistics.median(mine), "s", statistics.median(halved))


# --- the bundle ---------------------------------------------------------------------------

def bundle_folder(build: bool) -> Path | None:
    """dist/mission-crm, built by packaging/build.py (``make dist``) unless it is the bundle
    of the current sources; without ``build`` (the bundle was not asked for by name), None
    instead of a build of minutes."""
    from bundle_contents import bundle_is_current

    folder = REPO / "dist" / "mission-crm"
    if not bundle_is_current(REPO):
        if not build:
            log("bundle: skipped (dist/ has no bundle of these sources: make dist, or"
                " --only bundle builds it)")
            return None
        log("building the bundle (make dist) ...")
        subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")], cwd=REPO,
                       check=True, stdout=subprocess.DEVNULL)
    return folder


def files_size(paths: Iterator[Path] | list[Path]) -> int:
    """Bytes of the regular files among ``paths`` (a symlink counts for nothing)."""
    return sum(p.lstat().st_size for p in paths if p.is_file() and not p.is_symlink())


def run_until_quit(command: list[str], env: dict[str, str]) -> float:
    """Wall time (s) of COMMAND, which ends itself at its first paint."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env={**env, "MISSION_CRM_QUIT_AFTER_FIRST_PAINT":
                                                  "1"},
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr}")
    return time.perf_counter() - started


def qt_module_files(qt: Path, module: str, plugin_dirs: dict[str, list[str]]) -> list[Path]:
    """The files of one Qt module in the PySide6 install: its binding, its Qt library (and
    those named after it: QtWebEngineCore's process, QtQuick3D's helpers ...), its plugins,
    QML modules and translations."""
    short = module.removeprefix("Qt")
    package = qt.parent
    patterns = [f"{module}.*", f"Qt/lib/*Qt6{short}.*", f"Qt/lib/*Qt6{short}[A-Z]*",
                f"Qt/lib/Qt{short}.framework/**/*", f"Qt/qml/{module}/**/*",
                f"Qt/translations/{module.lower()}_*", f"Qt/libexec/*{short}*",
                f"Qt/resources/*{short.lower()}*"]
    patterns += [f"Qt/plugins/{folder}/**/*" for folder in plugin_dirs.get(short, [])
                 if folder != "DEPENDENCIES"]
    found: dict[Path, None] = {}
    for pattern in patterns:
        found.update(dict.fromkeys(package.glob(pattern)))
    return list(found)


def bench_bundle(empty: Path, workdir: Path, runs: int, build: bool) -> Iterator[Record]:
    sys.path.insert(0, str(REPO / "packaging"))
    import PySide6
    from bundle_contents import EXCLUDED_QT_MODULES, project

    folder = bundle_folder(build)
    if folder is None:
        return
    env = {k: v for k, v in isolated_env(workdir).items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    bundled = [str(folder / "mission-crm"), "--db", str(empty)]
    venv = [sys.executable, str(REPO / "main.py"), "--db", str(empty)]
    for command in (bundled, venv):  # warm the file cache alike
        run_until_quit(command, env)
    ours, theirs = interleaved(runs, lambda: run_until_quit(bundled, env),
                               lambda: run_until_quit(venv, env))
    log(f"bundle: window shown after {statistics.median(ours) * 1000:.0f} ms vs"
        f" {statistics.median(theirs) * 1000:.0f} ms in the virtual environment (medians of"
        f" {runs} interleaved runs; each run's ratio: "
        f"{', '.join(f'{a / b:.2f}' for a, b in zip(ours, theirs, strict=True))};"
        f" load {os.getloadavg()[0]:.1f})")
    yield record("bundle_startup_seconds", statistics.median(ours), "s",
                 statistics.median(theirs))

    unpacked = files_size(list(folder.rglob("*")))
    version = project(REPO)["version"]
    tarball = REPO / "dist" / f"mission-crm-{version}-linux-x86_64.tar.gz"
    log(f"bundle: {unpacked / 1e6:.1f} MB unpacked (bound 250), tarball"
        f" {tarball.stat().st_size / 1e6:.1f} MB (bound 100)" if tarball.exists() else "")
    yield record("bundle_unpacked_mb", unpacked / 1e6, "MB", None)
    if tarball.exists():
        yield record("bundle_compressed_mb", tarball.stat().st_size / 1e6, "MB", None)

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin_dirs: dict[str, list[str]] = {}
    for manifest in qt.parent.glob("PySide6_*.json"):
        plugin_dirs.update(json.loads(manifest.read_text(encoding="utf-8")))
    # A file the bundle holds anyway (QtOpenGL's library, which QtCharts links ...) saves
    # nothing: only the files of a module that are not in the bundle count.
    in_bundle = {p.name for p in folder.rglob("*")}

    def left_out(files: list[Path]) -> int:
        return files_size([p for p in files if p.name not in in_bundle])

    saved = {name.removeprefix("PySide6."): left_out(qt_module_files(
        qt, name.removeprefix("PySide6."), plugin_dirs)) for name in EXCLUDED_QT_MODULES}
    for module, size in sorted(saved.items(), key=lambda item: -item[1]):
        yield record(f"qt_excluded_{module}_mb", size / 1e6, "MB", None)
    log(f"bundle: the excluded Qt modules' files in PySide6 sum to"
        f" {sum(saved.values()) / 1e6:.0f} MB")
    camera = qt_module_files(qt, "QtMultimedia", plugin_dirs)
    camera += qt_module_files(qt, "QtMultimediaWidgets", plugin_dirs)
    # Its FFmpeg backend links FFmpeg and Qt Quick/QML (in the bundle as stand-ins).
    camera += [p for pattern in ("libav*", "libsw*", "libQt6FFmpeg*", "libQt6Quick.so*",
                                 "libQt6Qml.so*", "libQt6QmlModels.so*", "libQt6QmlMeta.so*",
                                 "libQt6QmlWorkerScript.so*")
               for p in (qt / "lib").glob(pattern)]
    camera_files = [p for p in dict.fromkeys(camera) if p.name in in_bundle]
    yield record("qt_camera_backend_mb", files_size(
        [folder / "_internal" / p.relative_to(qt.parent.parent) for p in camera_files]) / 1e6,
        "MB", None)
    yield from bundle_savings(folder, saved)


def python_module_files(module: str) -> list[Path]:
    """The installed files of a Python module left out of the bundle (a package's folder,
    a module's file or extension), with the wheel's private libraries that only it links."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return []
    if spec is None or spec.origin in (None, "built-in", "frozen"):
        return []
    origin = Path(spec.origin)
    files = list(origin.parent.rglob("*")) if origin.name == "__init__.py" else [origin]
    if origin.suffix == ".so":  # the libraries auditwheel put beside it (pillow.libs ...)
        shown = subprocess.run(["readelf", "-d", str(origin)], capture_output=True,
                               text=True).stdout
        site = origin.parents[len(module.split(".")) - 1]
        files += [lib for libs in site.glob("*.libs") for lib in libs.iterdir()
                  if f"[{lib.name}]" in shown]
    return files


def bundle_savings(folder: Path, qt_modules: dict[str, int]) -> Iterator[Record]:
    """What each exclusion saved, as a table: measured by the build for what it filtered,
    replaced or stripped (build/bundle-savings.json, written by the spec and build.py), and
    estimated from the installed files for the modules PyInstaller was told to leave out."""
    from bundle_contents import EXCLUDED_MODULES, SAVINGS_REPORT, Savings

    rows = [(reason, row["bytes"], row["gzip_bytes"], "measured by the build")
            for reason, row in Savings.read(REPO / SAVINGS_REPORT).rows.items()]
    in_bundle = {p.name for p in folder.rglob("*")}
    for module in EXCLUDED_MODULES:
        files = [p for p in python_module_files(module) if p.is_file()
                 and p.name not in in_bundle and "__pycache__" not in p.parts]
        if files:
            rows.append((f"Python module {module}", files_size(files), None,
                         "installed files (an upper estimate)"))
    rows += [(f"Qt module {module}", size, None, "files in PySide6 (an upper estimate)")
             for module, size in qt_modules.items() if size > 0]
    rows.sort(key=lambda row: -row[1])
    lines = ["| left out | MB | MB gzip'd | how known |", "|---|---|---|---|"]
    for reason, size, packed, how in rows:
        lines.append(f"| {reason} | {size / 1e6:.2f} | "
                     f"{'' if packed is None else f'{packed / 1e6:.2f}'} | {how} |")
        if how == "measured by the build":
            slug = "".join(c if c.isalnum() else "_" for c in reason.lower()).strip("_")
            yield record(f"bundle_saved_{slug[:60]}_mb", size / 1e6, "MB", None)
    log("bundle: what each exclusion saved\n\n" + "\n".join(lines) + "\n")


# --- duplicates, sync, a team ------------------------------------------------------------

def bench_duplicates(big: Path, runs: int) -> Iterator[Record]:
    """The contact duplicate scan (every pair found, scored and ordered, and the first page of
    them built with their reasons, as the Find duplicates window shows them first) against
    reading every contact with its emails and phones."""
    from bench_duplicates import baseline

    from crm.db import open_database
    from crm.services.duplicates import find_contact_duplicates

    db = open_database(str(big))
    found: list[int] = []

    def scan() -> float:
        started = time.perf_counter()
        pairs = db.read(find_contact_duplicates)
        pairs[:PAGE]
        elapsed = time.perf_counter() - started
        found.append(len(pairs))
        return elapsed

    def read_all() -> float:
        started = time.perf_counter()
        db.read(baseline)
        return time.perf_counter() - started

    mine, theirs = interleaved(max(1, min(runs, 3)), scan, read_all)
    db.close()
    log(f"duplicate scan: {statistics.median(mine):.2f} s ({found[-1]:,} pairs) vs reading"
        f" contacts, emails and phones {statistics.median(theirs):.2f} s")
    yield record("duplicates_scan_seconds", statistics.median(mine), "s",
                 statistics.median(theirs))
    yield record("duplicates_pairs", found[-1], "pairs", None)


@contextlib.contextmanager
def postgres_admin(workdir: Path) -> Iterator[str | None]:
    """A PostgreSQL login that may create databases: the tests' server when scripts/test.sh
    started one, else a throw-away cluster of our own; None without PostgreSQL."""
    if os.environ.get("MISSION_CRM_TEST_PG_URL"):
        yield os.environ["MISSION_CRM_TEST_PG_URL"]
        return
    from bench_team import Cluster

    folder = Path(tempfile.mkdtemp(prefix="mission-crm-bench-pg-", dir=workdir))
    os.chmod(folder, 0o755)
    try:
        cluster = Cluster(folder)
    except FileNotFoundError as exc:
        log(f"sync: skipped ({exc})")
        yield None
        return
    try:
        yield cluster.url.rsplit("/", 1)[0] + "/postgres"
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def bench_sync(workdir: Path, runs: int, rows: int = 10_000) -> Iterator[Record]:
    from bench_sync import measure

    with postgres_admin(workdir) as admin:
        if admin is None:
            return
        results = [measure(admin, rows) for _ in range(max(1, min(runs, 3)))]
    push, push_copy, pull, pull_copy = (statistics.median(r[n] for r in results)
                                        for n in range(4))
    log(f"sync of {rows} changes on PostgreSQL: push {push:.2f} s vs bulk copy"
        f" {push_copy:.2f} s; pull {pull:.2f} s vs {pull_copy:.2f} s")
    yield record("sync_push_seconds", push, "s", push_copy)
    yield record("sync_pull_seconds", pull, "s", pull_copy)


def bench_team(workdir: Path) -> Iterator[Record]:
    import bench_team

    if not os.environ.get("MISSION_CRM_TEST_PG_URL") and not (
            shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))):
        log("team: skipped (PostgreSQL is not installed)")
        return
    outcome = bench_team.run(argparse.Namespace(laptops=30, changes=2000, shared=200,
                                                timeout=3600.0))
    log(f"team: 30 laptops x 2,000 offline changes converged in {outcome['value']:.1f} s,"
        f" the server killed once after {outcome['server_killed_after_seconds']:.1f} s")
    yield record("team_converge_seconds", outcome["value"], "s", None)


# --- scan ------------------------------------------------------------------------------

SCAN_BADGES, SCAN_CARDS = 200, 60
SCAN_REGIONS = ("BE", "US")


def _scanned_fields(result) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"first_name": result.first_name, "last_name": result.last_name,
            "company": result.company, "job_title": result.job_title,
            "emails": result.emails, "phones": result.phones, "source": result.source}


def _cpu_seconds() -> float:
    """Processor time of this process (all its threads) and of its finished children."""
    import resource

    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                         resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _count_tesseract_runs() -> list[str]:
    """The Tesseract runs of the card OCR from now on (their configs), counted as they go."""
    from crm.scan import ocr

    runs: list[str] = []
    tesseract = ocr._tesseract

    def counted(image: str, languages: str, config: str) -> dict[str, list]:
        runs.append(config)
        return tesseract(image, languages, config)

    ocr._tesseract = counted  # type: ignore[assignment]
    return runs


def bench_scan(workdir: Path, seed: int) -> Iterator[Record]:
    import io

    import pytesseract
    import zxingcpp
    from PIL import Image

    from crm.db import open_database
    from crm.scan import scan_picture
    from crm.services.capture import CapturedPicture, capture_contact
    from tests import scan_samples

    rng = random.Random(seed)
    badges = [scan_samples.badge(rng) for _ in range(SCAN_BADGES)]
    right, ours, floor = 0, [], []
    for sample in badges:
        def read_ours(data: bytes = sample.data) -> Any:
            started = time.perf_counter()
            result = scan_picture(data, "badge.jpg", SCAN_REGIONS)
            return time.perf_counter() - started, result

        def read_floor(data: bytes = sample.data) -> float:
            started = time.perf_counter()
            zxingcpp.read_barcodes(Image.open(io.BytesIO(data)))
            return time.perf_counter() - started

        (mine, result), theirs = read_ours(), read_floor()
        ours.append(mine)
        floor.append(theirs)
        got = _scanned_fields(result)
        right += all(got[key] == value for key, value in sample.truth.items())
    log(f"scan: {right}/{len(badges)} badges with every field right, "
        f"{statistics.mean(ours):.3f} s/badge (zxing-cpp alone {statistics.mean(floor):.3f} s)")
    yield record("scan_badge_all_fields_rate", right / len(badges), "ratio", None)
    yield record("scan_badge_seconds", statistics.mean(ours), "s", statistics.mean(floor))

    cards = [scan_samples.card(rng) for _ in range(SCAN_CARDS)]
    hits = {"email_phone": 0, "name": 0, "company": 0}
    ours, floor, ours_cpu, floor_cpu = [], [], [], []
    runs = _count_tesseract_runs()
    for sample in cards:
        started, cpu = time.perf_counter(), _cpu_seconds()
        result = scan_picture(sample.data, "card.jpg", SCAN_REGIONS)
        ours.append(time.perf_counter() - started)
        ours_cpu.append(_cpu_seconds() - cpu)
        started, cpu = time.perf_counter(), _cpu_seconds()
        pytesseract.image_to_string(Image.open(io.BytesIO(sample.data)), lang="fra+eng+nld")
        floor.append(time.perf_counter() - started)
        floor_cpu.append(_cpu_seconds() - cpu)
        truth = sample.truth
        hits["email_phone"] += (result.emails, result.phones) == (truth["emails"],
                                                                  truth["phones"])
        hits["name"] += (result.first_name, result.last_name) == (truth["first_name"],
                                                                  truth["last_name"])
        hits["company"] += result.company == truth["company"]
    log(f"scan: cards {hits} of {len(cards)}, {statistics.mean(ours):.2f} s/card "
        f"(Tesseract alone {statistics.mean(floor):.2f} s), {len(runs) / len(cards):.2f} "
        f"Tesseract runs/card; CPU {statistics.mean(ours_cpu):.2f} s/card (Tesseract alone "
        f"{statistics.mean(floor_cpu):.2f} s)")
    for name, count in hits.items():
        yield record(f"scan_card_{name}_rate", count / len(cards), "ratio", None)
    yield record("scan_card_seconds", statistics.mean(ours), "s", statistics.mean(floor))
    # For information: what a card costs in processor time (this process and its Tesseract
    # runs), which a busy machine stretches less than the wall clock; and how many runs.
    yield record("scan_card_cpu_seconds", statistics.mean(ours_cpu), "s",
                 statistics.mean(floor_cpu))
    yield record("scan_card_tesseract_runs", len(runs) / len(cards), "runs", None)

    target = workdir / "scan.db"
    for leftover in workdir.glob("scan.db*"):
        leftover.unlink()
    db = open_database(str(target), create=True)  # made anew at each run
    try:
        def saved_from_picture(data: bytes) -> float:
            started = time.perf_counter()
            result = scan_picture(data, "badge.jpg", SCAN_REGIONS)
            db.write(capture_contact, first_name=result.first_name,
                     last_name=result.last_name, company=result.company,
                     job_title=result.job_title, email=result.emails[0],
                     phone=result.phones[0], region="BE",
                     picture=CapturedPicture(result.picture, result.media_type, "badge"))
            return time.perf_counter() - started

        def saved_typed(sample: Any) -> float:
            p = sample.person
            started = time.perf_counter()
            db.write(capture_contact, first_name=p.first_name, last_name=p.last_name,
                     company=p.company, job_title=p.job_title, email=p.email, phone=p.phone,
                     region="BE")
            return time.perf_counter() - started

        mine, theirs = [], []
        for sample in badges[:20]:
            mine.append(saved_from_picture(sample.data))
            theirs.append(saved_typed(sample))
    finally:
        db.close()
    log(f"scan: picture to saved contact {max(mine):.3f} s at worst, median "
        f"{statistics.median(mine):.3f} s (typed fields saved: {statistics.median(theirs):.3f} s)")
    yield record("scan_to_saved_seconds", max(mine), "s", statistics.median(theirs))


# --- bounds, the table, growth -------------------------------------------------------------

# What each figure must hold: (largest ratio to its floor, largest value), None where none.
BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "search_keystroke_p95": (2.0, 30.0),
    "search_vs_fts5_p95": (2.0, None),
    "open_rows_seconds": (1.5, None),
    "startup_seconds": (1.5, None),
    "import_seconds": (1.5, None),
    "export_seconds": (2.0, None),
    "xlsx_export_seconds": (3.0, None),
    "xlsx_export_growth": (2.5, None),
    "xlsx_read_seconds": (3.0, None),
    "xlsx_read_growth": (2.5, None),
    "duplicates_scan_seconds": (None, 60.0),
    "sync_push_seconds": (2.0, None),
    "sync_pull_seconds": (2.0, None),
    "scan_badge_seconds": (None, 0.3),
    "scan_card_seconds": (None, 2.0),
    "scan_to_saved_seconds": (None, 3.0),
    "bundle_startup_seconds": (1.3, None),
    "bundle_unpacked_mb": (None, 250.0),
    "bundle_compressed_mb": (None, 100.0),
}
# Rates that must reach a floor (the scan's fields read right).
LOWER_BOUNDS = {"scan_badge_all_fields_rate": 0.99, "scan_card_email_phone_rate": 0.95,
                "scan_card_name_rate": 0.90, "scan_card_company_rate": 0.80}
# Memory is bounded by its growth over the empty database, in MB.
GROWTH_BOUNDS = {"open_peak_rss_mb": 150.0}


def bound_text(name: str) -> str:
    if name in LOWER_BOUNDS:
        return f"\u2265 {LOWER_BOUNDS[name]:.0%}"
    if name in GROWTH_BOUNDS:
        return f"\u2264 +{GROWTH_BOUNDS[name]:.0f} MB"
    ratio, value = BOUNDS.get(name, (None, None))
    parts = ([f"\u2264 {ratio:g}\u00d7"] if ratio else []) + (
        [f"\u2264 {value:g}"] if value else [])
    return ", ".join(parts)


# Bounds that apply from a size on: below 100,000 contacts a raw FTS5 MATCH takes well under
# a millisecond, and the fixed cost of any query through SQLAlchemy is the whole ratio.
BOUNDS_FROM = {"search_vs_fts5_p95": 100_000}


def holds(line: Record) -> bool | None:
    """Whether a figure holds its bound; None for a figure given for information."""
    name = line["name"]
    if line.get("contacts", 0) < BOUNDS_FROM.get(name, 0):
        return None
    if name in LOWER_BOUNDS:
        return line["value"] >= LOWER_BOUNDS[name]
    if name in GROWTH_BOUNDS:
        return line["value"] - line["baseline"] <= GROWTH_BOUNDS[name]
    if name not in BOUNDS:
        return None
    ratio, value = BOUNDS[name]
    return ((ratio is None or (line["ratio"] is not None and line["ratio"] <= ratio))
            and (value is None or line["value"] <= value))


def table(lines: list[Record]) -> str:
    """The figures as the README shows them: figure, ours, floor, ratio, bound, holds."""
    rows = ["| figure | contacts | ours | floor | ratio | bound | holds |",
            "|---|---|---|---|---|---|---|"]
    for line in lines:
        verdict = holds(line)
        rows.append(f"| {line['name']} | {line['contacts']:,} | {line['value']:g} {line['unit']}"
                    f" | {'' if line['baseline'] is None else line['baseline']:}"
                    f" | {'' if line['ratio'] is None else line['ratio']}"
                    f" | {bound_text(line['name'])}"
                    f" | {'' if verdict is None else 'yes' if verdict else 'NO'} |")
    return "\n".join(rows)


def growth(lines: list[Record]) -> str:
    """How each figure grows from one size to the next (10k -> 100k -> 1M)."""
    sizes = sorted({line["contacts"] for line in lines})
    by_name: dict[str, dict[int, float]] = {}
    for line in lines:
        by_name.setdefault(line["name"], {})[line["contacts"]] = line["value"]
    header = " | ".join(f"{size:,}" for size in sizes)
    steps = " | ".join(f"{a:,} \u2192 {b:,}" for a, b in itertools.pairwise(sizes))
    rows = [f"| figure | {header} | {steps} |", "|---" * (2 * len(sizes)) + "|"]
    for name, values in by_name.items():
        if len(values) < 2:
            continue
        cells = " | ".join(f"{values[size]:g}" if size in values else "" for size in sizes)
        factors = " | ".join(
            f"\u00d7{values[b] / values[a]:.1f}" if a in values and b in values and values[a]
            else "" for a, b in itertools.pairwise(sizes))
        rows.append(f"| {name} | {cells} | {factors} |")
    return "\n".join(rows)


# --- main --------------------------------------------------------------------------------

def run_size(args: argparse.Namespace, contacts: int, names: list[str]) -> Iterator[Record]:
    """The figures of the benchmarks ``names`` on a database of ``contacts`` contacts."""
    small = contacts < 10_000
    # A million contacts: one run of each (the import alone and its floors take ~15 minutes;
    # at that length a run's noise is small next to the figure).
    runs = 1 if contacts >= 500_000 else args.runs or (1 if small else 3 if contacts > 200_000
                                                       else 5)
    if set(names) - NO_DATABASE:
        big, empty = prepared_databases(args.workdir, contacts, args.seed,
                                        generated=bool(set(names) - NO_DATABASE - EMPTY_ONLY))
    else:
        args.workdir.mkdir(parents=True, exist_ok=True)
    suites: dict[str, Callable[[], Iterator[Record]]] = {
        # At a million, the baseline (sorting every match) takes seconds a keystroke: fewer
        # people typed (25: ~180 keystrokes).
        "search": lambda: bench_search(big, contacts, args.seed,
                                       8 if small else 25 if contacts >= 500_000 else 60),
        "open": lambda: bench_open(big, empty, args.workdir, runs),
        # Short runs: many of them, so that the medians hold still on a busy machine.
        "startup": lambda: bench_startup(empty, args.workdir, runs if small else max(runs, 15)),
        "import": lambda: bench_import(empty, args.workdir, contacts, args.seed, runs),
        "export": lambda: bench_export(big, args.workdir, runs),
        "xlsx": lambda: bench_xlsx(big, args.workdir, runs),
        "duplicates": lambda: bench_duplicates(big, runs),
        "sync": lambda: bench_sync(args.workdir, runs),
        "team": lambda: bench_team(args.workdir),
        "scan": lambda: bench_scan(args.workdir, args.seed),
        "bundle": lambda: bench_bundle(empty, args.workdir, runs if small else max(runs, 15),
                                       build="bundle" in (args.only or "").split(",")),
    }
    for name in names:
        if name == "xlsx" and contacts > XLSX_MAX_CONTACTS:
            log(f"xlsx: skipped at {contacts:,} contacts (measured up to {XLSX_MAX_CONTACTS:,}:"
                " a sheet holds 1,048,576 rows, and the agencies' lists are thousands)")
            continue
        yield from suites[name]()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="full",
                        help="full (100,000 contacts), small (2,000: a smoke run), million, a"
                             " number, or several separated by commas (10000,100000,1000000:"
                             " each figure's growth is printed too)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, help="repetitions of each timed run")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(BENCHMARKS)}")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "mission-crm-bench")
    parser.add_argument("--table", type=Path, help="also write the Markdown table to this file")
    parser.add_argument("--strict", action="store_true",
                        help="exit with status 1 when a figure breaks its bound")
    args = parser.parse_args(argv)
    sizes = [SIZES.get(size) or int(size) for size in args.size.split(",")]
    wanted = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = set(wanted) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    lines: list[Record] = []
    for n, contacts in enumerate(sizes):
        # Work that does not depend on the database's size is measured once.
        names = [name for name in wanted if not (n and name in SIZE_FREE)]
        for line in run_size(args, contacts, names):
            line["contacts"] = contacts
            line["holds"] = holds(line)
            lines.append(line)
            print(json.dumps(line), flush=True)
    text = table(lines)
    if len(sizes) > 1:
        text += "\n\nGrowth:\n\n" + growth(lines)
    log("\n" + text)
    if args.table:
        args.table.write_text(text + "\n", encoding="utf-8")
    broken = [line["name"] for line in lines if line["holds"] is False]
    if broken:
        log(f"bounds not held: {', '.join(broken)}")
    return 1 if broken and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
