"""Contact search: the one place that decides which contacts a query matches.

Every word of the query must match the start of a word in a name (middle name and nickname
too) or job title, the company, an email address, a web address, a phone number (any run of
its digits), the notes (the contact's and its encounters'), a postal address (street, postal
code, city, region, country) or a tag, ignoring case and accents, so results narrow as the
user types.

The work is behind a small dialect-neutral interface, ``ContactSearch``: ``search_for(dialect)``
gives the implementation of a database. SQLite uses the FTS5 index that migration
``0002_search`` creates: its triggers mark the contacts every write touches (edit, import,
merge, trash, erasure, whoever writes) and ``refresh_index`` rebuilds their index rows when
the write transaction commits (``install`` hooks it to an engine). PostgreSQL folds accents
and case with ``unaccent`` and matches word starts (``PostgresSearch``); other databases use
portable ``LIKE`` clauses.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from typing import Any, NamedTuple, Protocol

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import (
    ColumnElement,
    Engine,
    String,
    Uuid,
    and_,
    column,
    event,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session, aliased

from crm.models import (
    Company,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactUrl,
    Encounter,
    Tag,
    UTCDateTime,
    contact_tag,
)

# The FTS5 table and the map from contact ids to its rowids (SQLite only, not ORM models:
# the schema is the migration's).
contact_fts = table("contact_fts", column("rowid"), column("contact_fts"))
contact_fts_key = table("contact_fts_key", column("docid"), column("contact_id"))
SEARCH_TABLE_PREFIX = "contact_fts"  # the FTS5 table, its shadow tables, the key and stale maps

# E.164 numbers have at most 15 digits. Every suffix of three digits or more is indexed, so a
# prefix query finds any run of digits: "555 0142" finds "+16175550142".
_MAX_DIGITS = 15
_MIN_SUFFIX = 3


def _phone_digits(number: str) -> str:
    # E.164 has no separators; a number kept as written ("0351 / 22 33-44", not checked)
    # is indexed without them too, so its digits are found however they are typed.
    digits = f"ltrim({number}, '+')"
    for separator in (" ", "-", "(", ")", ".", "/"):
        digits = f"replace({digits}, '{separator}', '')"
    return digits


def _phone_suffixes(digits: str) -> str:
    # ``digits`` names a column holding _phone_digits(number): computed once, not once per
    # suffix (which cost a third of the index refresh of a large import). The select giving
    # that column ends in LIMIT -1 so that SQLite does not flatten it into the outer query,
    # which would put the whole expression back into every suffix.
    return " || ".join([digits] + [
        f"iif(length({digits}) >= {start + _MIN_SUFFIX - 1}, ' ' || substr({digits}, {start}), '')"
        for start in range(2, _MAX_DIGITS - _MIN_SUFFIX + 2)])


# The six texts of a contact's index row (name, company, email, phone, note, tag).
Document = tuple[str | None, str | None, str | None, str | None, str | None, str | None]
_PHONE_SEPARATORS = str.maketrans("", "", " -()./")
# The parts of a postal address the index holds, in _WRITE_STALE_ROWS's order.
INDEXED_ADDRESS_PARTS = ("street", "postal_code", "city", "region", "country")


class NewContact(NamedTuple):
    """What the index holds of a contact just inserted (values as stored; the encounters an
    import gives it carry no note). An import of many contacts gives these to refresh_index
    instead of having every contact read back from the tables."""

    first_name: str
    middle_name: str | None
    last_name: str
    nickname: str | None
    job_title: str | None
    linkedin: str | None
    notes: str | None
    company: str | None
    # Tuples: a million of these are held at once, and most are empty or hold one.
    emails: tuple[str, ...]
    urls: tuple[str, ...]
    phones: tuple[str, ...]
    address_parts: tuple[str | None, ...]  # INDEXED_ADDRESS_PARTS of each address
    tags: tuple[str, ...]


def phone_search_text(number: str) -> str:
    """The phone column's text for one number: what _phone_digits and _phone_suffixes make."""
    digits = number.lstrip("+").translate(_PHONE_SEPARATORS)
    return " ".join([digits] + [digits[start - 1:]
                                for start in range(2, _MAX_DIGITS - _MIN_SUFFIX + 2)
                                if len(digits) >= start + _MIN_SUFFIX - 1])


def contact_document(c: NewContact) -> Document:
    """A new contact's index row, in Python: the words _WRITE_STALE_ROWS gives each column
    (the texts may differ in order and spaces, which the index does not keep)."""
    name = " ".join([c.first_name, c.middle_name or "", c.last_name, c.nickname or "",
                     c.job_title or ""])
    email = " ".join([*c.emails, c.linkedin or "", *c.urls])
    note = " ".join([c.notes or "", *(part or "" for part in c.address_parts)])
    return (search_words(name), search_words(c.company), search_words(email),
            " ".join(map(phone_search_text, c.phones)) if c.phones else None,
            search_words(note), search_words(" ".join(c.tags)) if c.tags else None)


# The index's rowids ("docids") follow the contacts' name order, so the first page of a search
# is the first rows of FTS5's own rowid-ordered walk of the matches: typing "a" among a million
# contacts reads a few hundred index entries instead of sorting 800,000 matches.
# docid = (name key << TIE_BITS) + slot. The name key is the first NAME_KEY_BYTES bytes of
# lower(last name) || NUL || lower(first name) in UTF-8 (NUL sorts below every character, so the
# key never decreases along the list's order: last name, first name, id, binary collation);
# contacts whose names share those bytes form a group, in which slots follow the same order
# (_place_in_group leaves gaps and renumbers a group when one is too small). 5 bytes + 23 bits
# fit a positive 63-bit rowid; a group holds up to 8 million contacts (the largest of the
# benchmark's million, every "Grego..." last name, has ~50,000: gaps of ~160 slots).
NAME_KEY_BYTES = 5
TIE_BITS = 23


def _name_head(sort_last: str, sort_first: str) -> str:
    """SQL: the name key's bytes in hex, padded (the group's first docid is it << TIE_BITS)."""
    width = 2 * NAME_KEY_BYTES
    return (f"substr(hex({sort_last}) || '00' || hex({sort_first}) || '{'0' * width}',"
            f" 1, {width})")


# What the contacts list shows of a contact, kept in its key row (and the live flag).
_LIST_COLUMNS = ("live, first_name, last_name, job_title, company_id, company, email, phone,"
                 " country, owner, updated_at")


def _list_rows(source: str, *, docid: str | None = None, order: str | None = None) -> str:
    """SQL: the key rows of the contacts ``c`` of ``source`` (contact_id, [docid,] sort_last,
    sort_first, then _LIST_COLUMNS) as the contacts list shows them."""
    return (f"SELECT {'' if docid is None else docid + ', '}c.id AS contact_id,"
            " lower(c.last_name) AS sort_last, lower(c.first_name) AS sort_first,"
            " c.deleted_at IS NULL AS live, c.first_name, c.last_name, c.job_title,"
            " c.company_id, m.name AS company, e.address AS email, p.number AS phone,"
            f" c.country, c.owner, c.updated_at FROM {source}"
            " LEFT JOIN company m ON m.id = c.company_id"
            " LEFT JOIN contact_email e ON e.contact_id = c.id AND e.position = 0"
            " LEFT JOIN contact_phone p ON p.contact_id = c.id AND p.position = 0"
            + ("" if order is None else f" ORDER BY {order}"))


def _refresh_keys(dbapi_connection: Any) -> None:
    """Give every stale contact its key row: the same docid while its name is the same, else
    a slot of its name group between the contacts it sorts between."""
    pending = """pending AS (SELECT s.contact_id, c.deleted_at IS NULL AS live,
          lower(c.last_name) AS sort_last, lower(c.first_name) AS sort_first
          FROM contact_fts_stale s JOIN contact c ON c.id = s.contact_id)"""
    # A renamed contact leaves its place (its index row was deleted already).
    dbapi_connection.execute(f"""WITH {pending} DELETE FROM contact_fts_key WHERE contact_id IN
        (SELECT p.contact_id FROM pending p JOIN contact_fts_key k ON k.contact_id = p.contact_id
         WHERE k.sort_last != p.sort_last OR k.sort_first != p.sort_first)""")
    dbapi_connection.execute(f"""UPDATE contact_fts_key AS k SET ({_LIST_COLUMNS})
        = ({", ".join("l." + name for name in _LIST_COLUMNS.split(", "))})
        FROM ({_list_rows("contact_fts_stale s JOIN contact c ON c.id = s.contact_id")}) AS l
        WHERE l.contact_id = k.contact_id""")
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for contact_id, sort_last, sort_first, head in dbapi_connection.execute(
            "SELECT s.contact_id, lower(c.last_name), lower(c.first_name),"
            f" {_name_head('lower(c.last_name)', 'lower(c.first_name)')}"
            " FROM contact_fts_stale s JOIN contact c ON c.id = s.contact_id WHERE NOT EXISTS"
            " (SELECT 1 FROM contact_fts_key k WHERE k.contact_id = s.contact_id)"):
        groups.setdefault(head, []).append((sort_last, sort_first, contact_id))
    numbered: list[tuple[int | None, str]] = []
    unordered = False
    for head, arriving in groups.items():
        slots = _place_in_group(dbapi_connection, int(head, 16) << TIE_BITS, arriving)
        if slots is None:
            # A group too full for its newcomers: they get any free docid, and searches sort
            # their matches instead of trusting the docid order (see live_page_rows).
            unordered = True
            numbered += [(None, contact_id) for _, _, contact_id in arriving]
        else:
            numbered += slots
    if unordered:
        dbapi_connection.execute("INSERT INTO contact_fts_unordered (since)"
                                 " VALUES (datetime('now'))")
    # Written by one statement from a JSON list, in docid order (the table and its name index
    # grow at their ends): numbering in SQL (window functions, a subquery a row) took 4.5 s for
    # 100,000 imported contacts, executemany 1.6-2.4 s, this 0.6 s.
    numbered.sort(key=lambda row: -1 if row[0] is None else row[0])
    rows = _list_rows("json_each(?) j JOIN contact c ON c.id = j.value ->> 1",
                      docid="j.value ->> 0", order="j.key")
    dbapi_connection.execute(
        f"INSERT INTO contact_fts_key (docid, contact_id, sort_last, sort_first, {_LIST_COLUMNS})"
        f" {rows}", (json.dumps(numbered),))


def _place_in_group(dbapi_connection: Any, base: int, arriving: list[tuple[str, str, str]]
                    ) -> list[tuple[int, str]] | None:
    """Docids for contacts (sort_last, sort_first, id) arriving in the name group that starts at
    ``base``, each between the members it sorts between, spread out so that later arrivals find
    room; the group is renumbered when a gap is too small. None when the group is full."""
    size = 1 << TIE_BITS
    members = dbapi_connection.execute(
        "SELECT sort_last, sort_first, contact_id, docid FROM contact_fts_key"
        " WHERE docid BETWEEN ? AND ? ORDER BY docid", (base, base + size - 1)).fetchall()
    if len(members) + len(arriving) > size:
        return None
    arriving.sort()
    placed: list[tuple[int, str]] = []
    run: list[tuple[str, str, str]] = []  # the arrivals between two members
    low = base - 1
    position = 0
    for upper in [*members, None]:
        high = base + size if upper is None else upper[3]
        while position < len(arriving) and (upper is None or arriving[position] < upper[:3]):
            run.append(arriving[position])
            position += 1
        if run:
            if high - low - 1 < len(run):
                return _renumber_group(dbapi_connection, base, members, arriving)
            placed += [(low + (high - low) * (n + 1) // (len(run) + 1), row[2])
                       for n, row in enumerate(run)]
            run = []
        low = high
    return placed


def _renumber_group(dbapi_connection: Any, base: int, members: list[Any],
                    arriving: list[tuple[str, str, str]]) -> list[tuple[int, str]]:
    """Spread a name group's members and arrivals evenly over its slots, in name order; the
    members' index rows move with them. The arrivals' docids are returned."""
    everyone = sorted([(row[0], row[1], row[2], row[3]) for row in members]
                      + [(*row, None) for row in arriving])
    size = 1 << TIE_BITS
    slots = [base + n * size // len(everyone) for n in range(len(everyone))]
    moves = [(docid, slot) for (*_, docid), slot in zip(everyone, slots, strict=True)
             if docid is not None and docid != slot]
    # Through negative docids first, so that no move lands on a row still to move.
    for step in ([(old, -1 - old) for old, _ in moves],
                 [(-1 - old, new) for old, new in moves]):
        swapped = [(new, old) for old, new in step]
        dbapi_connection.executemany("UPDATE contact_fts SET rowid = ? WHERE rowid = ?", swapped)
        dbapi_connection.executemany("UPDATE contact_fts_key SET docid = ? WHERE docid = ?",
                                     swapped)
    return [(slot, row[2]) for row, slot in zip(everyone, slots, strict=True) if row[3] is None]


# The statements that bring the index rows of the stale contacts up to date, set-based.
_DROP_STALE_ROWS = [
    """DELETE FROM contact_fts WHERE rowid IN (SELECT k.docid FROM contact_fts_key k
        JOIN contact_fts_stale s ON s.contact_id = k.contact_id)""",
    """DELETE FROM contact_fts_key WHERE contact_id IN (SELECT s.contact_id
        FROM contact_fts_stale s WHERE NOT EXISTS (SELECT 1 FROM contact c
        WHERE c.id = s.contact_id))""",
]
_WRITE_STALE_ROWS = [
    f"""INSERT INTO contact_fts (rowid, name, company, email, phone, note, tag)
    SELECT k.docid,
       crm_search_words(c.first_name || ' ' || coalesce(c.middle_name, '') || ' '
          || c.last_name || ' ' || coalesce(c.nickname, '') || ' ' || coalesce(c.job_title, '')),
       crm_search_words((SELECT m.name FROM company m WHERE m.id = c.company_id)),
       crm_search_words(coalesce((SELECT group_concat(e.address, ' ') FROM contact_email e
          WHERE e.contact_id = c.id), '') || ' ' || coalesce(c.linkedin, '') || ' '
          || coalesce((SELECT group_concat(u.url, ' ') FROM contact_url u
          WHERE u.contact_id = c.id), '')),
       (SELECT group_concat({_phone_suffixes("d.digits")}, ' ')
          FROM (SELECT {_phone_digits("p.number")} AS digits
          FROM contact_phone p WHERE p.contact_id = c.id LIMIT -1) d),
       crm_search_words(coalesce(c.notes, '') || ' ' || coalesce((SELECT group_concat(n.note, ' ')
          FROM encounter n WHERE n.contact_id = c.id AND n.note IS NOT NULL), '') || ' '
          || coalesce((SELECT group_concat(coalesce(a.street, '') || ' '
          || coalesce(a.postal_code, '') || ' ' || coalesce(a.city, '') || ' '
          || coalesce(a.region, '') || ' ' || coalesce(a.country, ''), ' ')
          FROM contact_address a WHERE a.contact_id = c.id), '')),
       crm_search_words((SELECT group_concat(t.name, ' ')
          FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id))
      FROM ({{stale_in_docid_order}}) k JOIN contact c ON c.id = k.contact_id""",
    "DELETE FROM contact_fts_stale",
]


def refresh_index(dbapi_connection: Any, new: dict[str, NewContact] | None = None) -> bool:
    """Rebuild the index rows of the contacts written since the last refresh (SQLite).

    Runs on a raw sqlite3 connection inside the writer's transaction; returns whether there was
    anything to do. A database without the index (an older schema) is left alone.
    ``new`` (contact id as stored -> NewContact) describes contacts the caller has just
    inserted and not changed since: their rows are made from it, the others' from the tables.
    """
    try:
        if dbapi_connection.execute("SELECT 1 FROM contact_fts_stale LIMIT 1").fetchone() is None:
            return False
    except (sqlite3.OperationalError, sqlcipher.OperationalError):
        return False
    dbapi_connection.create_function("crm_search_words", 1, search_words, deterministic=True)
    for statement in _DROP_STALE_ROWS:
        dbapi_connection.execute(statement)
    _refresh_keys(dbapi_connection)
    # In docid order: FTS5 writes its pending terms out whenever a rowid comes lower than the
    # last one (a 100,000-contact rebuild took 63 s in stale order). The ids are put in order,
    # not the documents (sorting those spilled them to a temporary file: +20 s at 100,000);
    # LIMIT -1 keeps the subquery whole. Many stale contacts: the key table is read in its
    # (docid) order; a few: they are looked up and sorted (not a walk of every key).
    many = dbapi_connection.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM contact_fts_stale LIMIT {_MANY_STALE})"
        ).fetchone()[0] >= _MANY_STALE
    order = ("SELECT k.docid, k.contact_id FROM contact_fts_key k JOIN contact_fts_stale s"
             " ON s.contact_id = k.contact_id ORDER BY k.docid LIMIT -1" if many else
             "SELECT k.docid, k.contact_id FROM contact_fts_stale s CROSS JOIN contact_fts_key k"
             " ON k.contact_id = s.contact_id ORDER BY k.docid LIMIT -1")
    if new:
        _write_new(dbapi_connection, order, new)
    for statement in _WRITE_STALE_ROWS:
        dbapi_connection.execute(statement.replace("{stale_in_docid_order}", order))
    return True


def _write_new(dbapi_connection: Any, order: str, new: dict[str, NewContact]) -> None:
    """The index rows of the stale contacts ``new`` describes, in docid order; those contacts
    are no longer stale."""
    stale = dbapi_connection.execute(order).fetchall()
    given = [(docid, contact_id) for docid, contact_id in stale if contact_id in new]
    # Made one at a time as they are written: a million imported contacts' texts at once
    # would be a gigabyte.
    dbapi_connection.executemany(
        "INSERT INTO contact_fts (rowid, name, company, email, phone, note, tag)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((docid, *contact_document(new[contact_id])) for docid, contact_id in given))
    if len(given) == len(stale):
        dbapi_connection.execute("DELETE FROM contact_fts_stale")
    else:
        dbapi_connection.executemany("DELETE FROM contact_fts_stale WHERE contact_id = ?",
                                     [(contact_id,) for _docid, contact_id in given])


# From this many stale contacts on, the index is rebuilt in a walk of the whole key table.
_MANY_STALE = 5000


def install(engine: Engine) -> None:
    """Refresh the search index of a SQLite engine whenever one of its writers commits."""

    @event.listens_for(engine, "commit")
    def _before_commit(conn: Any) -> None:
        if conn.get_execution_options().get("sqlite_write"):
            refresh_index(conn.connection.dbapi_connection)


# A word that looks like (part of) a phone number: digits and the usual separators.
_INVISIBLE = {"Cc", "Cf", "Cs", "Cn"}
_PHONE_WORD = re.compile(r"^[+(]?[\d()./-]*\d[\d()./-]*$")
# A run of letters and digits (what a tokenizer keeps of a word).
_TOKEN = re.compile(r"[^\W_]+")


class ContactSearch(Protocol):
    """How one kind of database finds the contacts a user's query matches."""

    def contact_clause(self, query: str) -> ColumnElement[bool] | None:
        """A WHERE clause over ``Contact`` for ``query``; None when the query is empty."""
        ...


def query_words(query: str) -> list[str]:
    """The words of a user's query that can match something (each has a letter or digit)."""
    # Control, format, surrogate and unassigned characters separate words (and a NUL would end
    # the FTS5 query early).
    visible = "".join(" " if unicodedata.category(ch) in _INVISIBLE else ch for ch in query)
    words = unicodedata.normalize("NFC", visible).split()
    return [w for w in words if any(ch.isalnum() for ch in w)]


# Where letters meet digits: "jsmith1987" is indexed and searched as "jsmith 1987".
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_DIGIT = re.compile(r"\d")


def search_words(text: str | None) -> str | None:
    """Text as the index holds it (SQL: ``crm_search_words``): words and numbers written
    together are two words, so "1987" finds "jsmith1987@..." and, above all, an address book's
    unique "name+number" email addresses do not each add a word to the index: with them, 100,000
    contacts held 887,000 words, and "gregor" was 4,914 words to merge (138 ms)."""
    if text is None:
        return None
    # Most names, titles and notes hold no digit: the search for one is 5 times cheaper.
    return _LETTER_DIGIT.sub(" ", text) if _DIGIT.search(text) else text


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _phone_terms(digits: str) -> list[str]:
    """A typed number as stored (E.164, no trunk prefix): "0475" also tries "475"."""
    terms = [digits]
    if digits.startswith("0") and digits.lstrip("0"):
        terms.append(digits.lstrip("0"))
    return terms


def _token_character(ch: str) -> bool:
    # What FTS5's unicode61 tokenizer keeps in a token (its default categories: L* N* Co);
    # every other character separates tokens.
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


def _tokens(text: str) -> list[str]:
    """``text`` cut where the index's tokenizer cuts it ("jean-pierre" -> jean, pierre)."""
    return "".join(ch if _token_character(ch) else " " for ch in text).split()


def _phrase(text: str) -> str:
    """A word as FTS5 matches it: each of its tokens, the last one's start (the index keeps no
    word positions, migration 0016: one token a phrase). The user's quotes, operators, stars
    and brackets separate tokens; each token is quoted, so that "or" or "not" is a word."""
    tokens = _tokens(text) or [text]
    quoted = ['"' + token.replace('"', '""') + '"' for token in tokens]
    quoted[-1] += "*"
    return quoted[0] if len(quoted) == 1 else "(" + " AND ".join(quoted) + ")"


def fts_query(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query: every word a prefix phrase, all ANDed.

    Never raises and never yields an FTS5 syntax error, whatever the user typed; None when
    nothing in the query can match.
    """
    words = query_words(query)
    if not words:
        return None
    if len(words) > 1 and all(_PHONE_WORD.match(w) for w in words):
        # "0475 12 34 56" is one number typed with spaces.
        words = ["".join(words)]
    terms = []
    for word in words:
        if _PHONE_WORD.match(word):
            alternatives = [_phrase(d) for d in _phone_terms(_digits(word))]
            terms.append(alternatives[0] if len(alternatives) == 1
                         else "(" + " OR ".join(alternatives) + ")")
        else:
            terms.append(_phrase(search_words(word) or word))
    return " AND ".join(terms)


class Fts5Search:
    """SQLite: a MATCH on the ``contact_fts`` index (see migration ``0002_search``)."""

    def contact_clause(self, query: str) -> ColumnElement[bool] | None:
        match = fts_query(query)
        if match is None:
            return None
        ids = (select(contact_fts_key.c.contact_id)
               .join(contact_fts, contact_fts.c.rowid == contact_fts_key.c.docid)
               .where(contact_fts.c.contact_fts.op("MATCH")(match)))
        return Contact.id.in_(ids)

    def count_live(self, session: Session, match: str) -> int:
        """How many live contacts match the FTS5 expression ``match``."""
        return session.execute(text(
            "SELECT count(*) FROM contact_fts f JOIN contact_fts_key k NOT INDEXED"
            " ON k.docid = f.rowid WHERE f.contact_fts MATCH :q AND k.live"),
            {"q": match}).scalar_one()

    def live_page_rows(self, session: Session, match: str, *, descending: bool,
                       offset: int, limit: int | None) -> list[Any]:
        """One page of the live contacts matching ``match`` in name order, as the contacts list
        shows them (``_PAGE_COLUMNS``), read from the index alone."""
        way = "DESC" if descending else "ASC"
        if limit is not None and not session.execute(text(
                "SELECT EXISTS (SELECT 1 FROM contact_fts_unordered)")).scalar_one():
            # FTS5 walks the matches in docid order, which is name order: the page is the
            # rows of that walk from ``offset``, however many contacts match.
            order = f"f.rowid {way}"
        else:  # a whole list, or docids out of order (see _refresh_keys): sort every match
            order = f"k.sort_last {way}, k.sort_first {way}, k.contact_id {way}"
        page = text(
            f"SELECT {', '.join('k.' + c.name for c in _PAGE_COLUMNS)} FROM contact_fts f"
            " JOIN contact_fts_key k ON k.docid = f.rowid WHERE f.contact_fts MATCH :q"
            f" AND k.live ORDER BY {order} LIMIT :limit OFFSET :offset").columns(*_PAGE_COLUMNS)
        return list(session.execute(page, {"q": match, "limit": -1 if limit is None else limit,
                                           "offset": offset}))


# What a page of search results gives, typed as the contact's own columns.
_PAGE_COLUMNS = (column("contact_id", Uuid), column("first_name", String),
                 column("last_name", String), column("job_title", String),
                 column("company_id", Uuid), column("company", String),
                 column("email", String), column("phone", String), column("country", String),
                 column("owner", String), column("updated_at", UTCDateTime()))


def live_page_rows(session: Session, query: str, *, descending: bool = False,
                   offset: int = 0, limit: int | None = None) -> list[Any] | None:
    """One page of the live contacts matching ``query`` in name order (id, first and last
    name, job title, company id and name, first email and phone, country, owner, last change),
    from the search index alone; None where that shortcut does not apply (an empty query, no
    index)."""
    match = fts_query(query)
    if match is None or session.get_bind().dialect.name != "sqlite":
        return None
    return _FTS5.live_page_rows(session, match, descending=descending, offset=offset,
                                limit=limit)


def count_live_matches(session: Session, query: str) -> int | None:
    """How many live contacts match ``query``, from the search index alone; None where that
    shortcut does not apply."""
    match = fts_query(query)
    if match is None or session.get_bind().dialect.name != "sqlite":
        return None
    return _FTS5.count_live(session, match)


# Aliased so the subquery never correlates with a Company the outer query joins.
_company = aliased(Company)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Longer than any column a LIKE searches (names, titles: at most 255 characters), so a longer
# word matches nothing; SQLite refuses patterns over 50,000 bytes ("LIKE or GLOB pattern too
# complex"), and a user may paste a whole file into a search box.
MAX_LIKE_WORD = 1000


def like_word(expr: ColumnElement[str], word: str, *, prefix: bool = False
              ) -> ColumnElement[bool]:
    """``column`` contains ``word`` (or starts with it, ``prefix``), taken literally: its
    ``%``, ``_`` and ``\\`` are escaped; a word too long to be in the column matches nothing."""
    if len(word) > MAX_LIKE_WORD:
        return false()
    escaped = _escape_like(word)
    return expr.like(f"{escaped}%" if prefix else f"%{escaped}%", escape="\\")


def _word_match(col: ColumnElement[str], word: str) -> ColumnElement[bool]:
    lowered = func.lower(func.coalesce(col, ""))
    if len(word) > MAX_LIKE_WORD:
        return false()
    escaped = _escape_like(word)
    return or_(lowered.like(f"{escaped}%", escape="\\"),
               lowered.like(f"% {escaped}%", escape="\\"))


class LikeSearch:
    """Any database: portable LIKE clauses over names, company, emails and phones.

    Slower than an index and blind to accents; the fallback until a dialect has its own."""

    def contact_clause(self, query: str) -> ColumnElement[bool] | None:
        words = [w.lower() for w in query_words(query)]
        if not words:
            return None
        clauses: list[ColumnElement[bool]] = []
        for word in words:
            if len(word) > MAX_LIKE_WORD:
                clauses.append(false())  # in no field (and too long a LIKE pattern)
                continue
            alternatives = [
                _word_match(Contact.first_name, word),
                _word_match(Contact.last_name, word),
                _word_match(Contact.job_title, word),
                exists(select(_company.id).where(_company.id == Contact.company_id,
                                                 _word_match(_company.name, word))),
                exists(select(ContactEmail.id).where(
                    ContactEmail.contact_id == Contact.id,
                    like_word(ContactEmail.address_key, word, prefix=True))),
            ]
            digits = _digits(word)
            if len(digits) >= 3:
                alternatives.append(exists(select(ContactPhone.id).where(
                    ContactPhone.contact_id == Contact.id,
                    or_(*(_number_digits().like(f"%{d}%") for d in _phone_terms(digits))))))
            clauses.append(or_(*alternatives))
        return and_(*clauses)


def _number_digits() -> ColumnElement[str]:
    """A phone's number without the separators a number kept as written may hold (as the
    FTS index has it: ``_phone_suffixes``); E.164 numbers are unchanged."""
    value: ColumnElement[str] = ContactPhone.number
    for separator in (" ", "-", "(", ")", ".", "/"):
        value = func.replace(value, separator, "")
    return value


def _fold(value: ColumnElement[str]) -> ColumnElement[str]:
    # Lower case without accents (migration 0003_postgresql_search).
    return func.mission_crm_fold(value)


def _agg(col: ColumnElement[str], *where: ColumnElement[bool]) -> ColumnElement[str]:
    return select(func.string_agg(col, " ")).where(*where).scalar_subquery()


class PostgresSearch:
    """PostgreSQL: every word must start a word of the contact's folded text (accents and case
    ignored, ``mission_crm_fold``), or, typed as a number, be a run of a phone's digits.

    The text is what FTS5 indexes on SQLite: names and job title, company, emails, notes and
    encounter notes, tags."""

    def contact_clause(self, query: str) -> ColumnElement[bool] | None:
        words = query_words(query)
        if not words:
            return None
        if len(words) > 1 and all(_PHONE_WORD.match(w) for w in words):
            words = ["".join(words)]  # "0475 12 34 56" is one number typed with spaces
        document = _fold(func.concat_ws(
            " ", Contact.first_name, Contact.middle_name, Contact.last_name, Contact.nickname,
            Contact.job_title, Contact.notes, Contact.linkedin,
            select(_company.name).where(_company.id == Contact.company_id).scalar_subquery(),
            _agg(ContactEmail.address, ContactEmail.contact_id == Contact.id),
            _agg(ContactUrl.url, ContactUrl.contact_id == Contact.id),
            _agg(func.concat_ws(" ", ContactAddress.street, ContactAddress.postal_code,
                                ContactAddress.city, ContactAddress.region,
                                ContactAddress.country),
                 ContactAddress.contact_id == Contact.id),
            _agg(Encounter.note, Encounter.contact_id == Contact.id),
            _agg(Tag.name, contact_tag.c.contact_id == Contact.id,
                 contact_tag.c.tag_id == Tag.id)))
        clauses: list[ColumnElement[bool]] = []
        for word in words:
            if len(word) > MAX_LIKE_WORD:
                # A pasted page is no word of a contact's (and too complex a pattern).
                clauses.append(false())
                continue
            # As FTS5 tokenizes: the word's letter-and-digit runs, in a row, separated by
            # anything else, the first at the start of a word (the user's syntax is literal).
            tokens = _TOKEN.findall(word)
            parts: list[ColumnElement[str] | str] = [r"(^|[^[:alnum:]])"]
            for n, token in enumerate(tokens):
                if n:
                    parts.append(r"[^[:alnum:]]+")
                parts.append(func.regexp_replace(_fold(literal(token)),
                                                 r"([^[:alnum:][:space:]])", r"\\\1", "g"))
            alternatives = ([document.op("~", is_comparison=True)(func.concat(*parts))]
                            if tokens else [])
            digits = _digits(word)
            if _PHONE_WORD.match(word) and len(digits) >= 3:
                alternatives.append(exists(select(ContactPhone.id).where(
                    ContactPhone.contact_id == Contact.id,
                    or_(*(_number_digits().contains(d) for d in _phone_terms(digits))))))
            clauses.append(or_(*alternatives))
        return and_(*clauses)


_FTS5 = Fts5Search()
_POSTGRES = PostgresSearch()
_LIKE = LikeSearch()


def search_for(dialect: str) -> ContactSearch:
    """The search implementation for a database dialect (``session.get_bind().dialect.name``)."""
    return {"sqlite": _FTS5, "postgresql": _POSTGRES}.get(dialect, _LIKE)


def contact_search_clause(query: str, dialect: str = "sqlite") -> ColumnElement[bool] | None:
    """A WHERE clause over ``Contact`` for ``query`` on ``dialect``; None when empty."""
    return search_for(dialect).contact_clause(query)


def purge_deleted(session: Session) -> None:
    """Rewrite the search index so no token of a deleted (erased) contact remains in it.

    FTS5 records a deletion as a marker in a new index segment and keeps the old tokens in older
    segments until they are merged; 'optimize' merges every segment into one, dropping them.
    Erasure calls this after deleting the rows. The pages SQLite frees keep their old bytes
    unless ``PRAGMA secure_delete`` is on (or the file is vacuumed): that is the caller's part.
    """
    if session.get_bind().dialect.name == "sqlite":
        refresh_index(session.connection().connection.dbapi_connection)
        session.execute(text("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"))


def is_search_table(name: str | None) -> bool:
    """True for the tables the search index keeps outside the ORM models (FTS5 and its map)."""
    return bool(name) and name.startswith(SEARCH_TABLE_PREFIX)  # type: ignore[union-attr]
