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

import re
import sqlite3
import unicodedata
import uuid
from typing import Any, Protocol

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import (
    ColumnElement,
    Engine,
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


# The statements that bring the index rows of the stale contacts up to date, set-based.
_REFRESH = [
    """DELETE FROM contact_fts WHERE rowid IN (SELECT k.docid FROM contact_fts_key k
        JOIN contact_fts_stale s ON s.contact_id = k.contact_id)""",
    """DELETE FROM contact_fts_key WHERE contact_id IN (SELECT s.contact_id
        FROM contact_fts_stale s WHERE NOT EXISTS (SELECT 1 FROM contact c
        WHERE c.id = s.contact_id))""",
    # WHERE true: SQLite's upsert after a SELECT needs it to parse.
    """INSERT INTO contact_fts_key (contact_id, live, sort_last, sort_first)
        SELECT s.contact_id, c.deleted_at IS NULL, lower(c.last_name), lower(c.first_name)
        FROM contact_fts_stale s JOIN contact c ON c.id = s.contact_id WHERE true
        ON CONFLICT (contact_id) DO UPDATE SET live = excluded.live,
        sort_last = excluded.sort_last, sort_first = excluded.sort_first""",
    f"""INSERT INTO contact_fts (rowid, name, company, email, phone, note, tag)
    SELECT k.docid,
       c.first_name || ' ' || coalesce(c.middle_name, '') || ' ' || c.last_name || ' '
          || coalesce(c.nickname, '') || ' ' || coalesce(c.job_title, ''),
       (SELECT m.name FROM company m WHERE m.id = c.company_id),
       coalesce((SELECT group_concat(e.address, ' ') FROM contact_email e
          WHERE e.contact_id = c.id), '') || ' ' || coalesce(c.linkedin, '') || ' '
          || coalesce((SELECT group_concat(u.url, ' ') FROM contact_url u
          WHERE u.contact_id = c.id), ''),
       (SELECT group_concat({_phone_suffixes("d.digits")}, ' ')
          FROM (SELECT {_phone_digits("p.number")} AS digits
          FROM contact_phone p WHERE p.contact_id = c.id LIMIT -1) d),
       coalesce(c.notes, '') || ' ' || coalesce((SELECT group_concat(n.note, ' ')
          FROM encounter n WHERE n.contact_id = c.id AND n.note IS NOT NULL), '') || ' '
          || coalesce((SELECT group_concat(coalesce(a.street, '') || ' '
          || coalesce(a.postal_code, '') || ' ' || coalesce(a.city, '') || ' '
          || coalesce(a.region, '') || ' ' || coalesce(a.country, ''), ' ')
          FROM contact_address a WHERE a.contact_id = c.id), ''),
       (SELECT group_concat(t.name, ' ')
          FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)
      FROM contact_fts_stale s JOIN contact c ON c.id = s.contact_id
      JOIN contact_fts_key k ON k.contact_id = c.id""",
    "DELETE FROM contact_fts_stale",
]


def refresh_index(dbapi_connection: Any) -> bool:
    """Rebuild the index rows of the contacts written since the last refresh (SQLite).

    Runs on a raw sqlite3 connection inside the writer's transaction; returns whether there was
    anything to do. A database without the index (an older schema) is left alone.
    """
    try:
        if dbapi_connection.execute("SELECT 1 FROM contact_fts_stale LIMIT 1").fetchone() is None:
            return False
    except (sqlite3.OperationalError, sqlcipher.OperationalError):
        return False
    for statement in _REFRESH:
        dbapi_connection.execute(statement)
    return True


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


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _phone_terms(digits: str) -> list[str]:
    """A typed number as stored (E.164, no trunk prefix): "0475" also tries "475"."""
    terms = [digits]
    if digits.startswith("0") and digits.lstrip("0"):
        terms.append(digits.lstrip("0"))
    return terms


def _phrase(text: str) -> str:
    # A quoted FTS5 string: the user's quotes, operators, stars and brackets stay literal.
    return '"' + text.replace('"', '""') + '"*'


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
            terms.append(_phrase(word))
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

    def live_page_by_name(self, session: Session, match: str, *, descending: bool,
                          offset: int, limit: int | None) -> list[uuid.UUID]:
        """The ids of one page of the live contacts matching ``match``, in name order."""
        matches = session.execute(text(
            "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH :q"),
            {"q": match}).scalar_one()
        if not matches:
            return []
        way = "DESC" if descending else "ASC"
        order = f"k.sort_last {way}, k.sort_first {way}, k.contact_id {way}"
        if matches <= _FEW_MATCHES:
            # Few matches: read them from the index and sort them.
            sql = ("SELECT k.contact_id FROM contact_fts f JOIN contact_fts_key k NOT INDEXED"
                   " ON k.docid = f.rowid WHERE f.contact_fts MATCH :q AND k.live")
        else:
            # Many: walk the contacts in name order (a covering index) until the page is
            # full, keeping those among the matches.
            sql = ("SELECT k.contact_id FROM contact_fts_key k INDEXED BY ix_contact_fts_key_sort"
                   " WHERE k.live = 1 AND k.docid IN"
                   " (SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q)")
        rows = session.execute(text(f"{sql} ORDER BY {order} LIMIT :limit OFFSET :offset"),
                               {"q": match, "limit": -1 if limit is None else limit,
                                "offset": offset})
        return [uuid.UUID(hex=contact_id) for (contact_id,) in rows]


# Below this many matches a search page is sorted from the matches; above it, read in name
# order from the covering index (measured at 100,000 contacts: benchmarks/run.py).
_FEW_MATCHES = 2000


def live_page_by_name(session: Session, query: str, *, descending: bool = False,
                      offset: int = 0, limit: int | None = None) -> list[uuid.UUID] | None:
    """The ids of one page of the live contacts matching ``query`` in name order, from the
    search index alone; None where that shortcut does not apply (an empty query, no index)."""
    match = fts_query(query)
    if match is None or session.get_bind().dialect.name != "sqlite":
        return None
    return _FTS5.live_page_by_name(session, match, descending=descending, offset=offset,
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
