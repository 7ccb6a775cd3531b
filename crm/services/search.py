"""Contact search: the one place that decides which contacts a query matches.

Every word of the query must match the start of a word in a name or job title, the company,
an email address, a phone number (any run of its digits), the notes (the contact's and its
encounters') or a tag, ignoring case and accents, so results narrow as the user types.

The work is behind a small dialect-neutral interface, ``ContactSearch``: ``search_for(dialect)``
gives the implementation of a database. SQLite uses the FTS5 index that migration
``0002_search`` creates and its triggers keep in step with every write (edit, import, merge,
trash, erasure). Other databases use portable ``LIKE`` clauses until they get their own index
(PostgreSQL: a tsvector implementation of ``ContactSearch`` slots in here).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from sqlalchemy import ColumnElement, and_, column, exists, func, or_, select, table, text
from sqlalchemy.orm import Session, aliased

from crm.models import Company, Contact, ContactEmail, ContactPhone

# The FTS5 table and the map from contact ids to its rowids (SQLite only, not ORM models:
# the schema is the migration's).
contact_fts = table("contact_fts", column("rowid"), column("contact_fts"))
contact_fts_key = table("contact_fts_key", column("docid"), column("contact_id"))
SEARCH_TABLE_PREFIX = "contact_fts"

# A word that looks like (part of) a phone number: digits and the usual separators.
_INVISIBLE = {"Cc", "Cf", "Cs", "Cn"}
_PHONE_WORD = re.compile(r"^[+(]?[\d()./-]*\d[\d()./-]*$")


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


# Aliased so the subquery never correlates with a Company the outer query joins.
_company = aliased(Company)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _word_match(col: ColumnElement[str], word: str) -> ColumnElement[bool]:
    lowered = func.lower(func.coalesce(col, ""))
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
        clauses = []
        for word in words:
            alternatives = [
                _word_match(Contact.first_name, word),
                _word_match(Contact.last_name, word),
                _word_match(Contact.job_title, word),
                exists(select(_company.id).where(_company.id == Contact.company_id,
                                                 _word_match(_company.name, word))),
                exists(select(ContactEmail.id).where(
                    ContactEmail.contact_id == Contact.id,
                    ContactEmail.address_key.like(f"{_escape_like(word)}%", escape="\\"))),
            ]
            digits = _digits(word)
            if len(digits) >= 3:
                alternatives.append(exists(select(ContactPhone.id).where(
                    ContactPhone.contact_id == Contact.id,
                    or_(*(ContactPhone.number.like(f"%{d}%") for d in _phone_terms(digits))))))
            clauses.append(or_(*alternatives))
        return and_(*clauses)


_FTS5 = Fts5Search()
_LIKE = LikeSearch()


def search_for(dialect: str) -> ContactSearch:
    """The search implementation for a database dialect (``session.get_bind().dialect.name``)."""
    return _FTS5 if dialect == "sqlite" else _LIKE


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
        session.execute(text("INSERT INTO contact_fts (contact_fts) VALUES ('optimize')"))


def is_search_table(name: str | None) -> bool:
    """True for the tables the search index keeps outside the ORM models (FTS5 and its map)."""
    return bool(name) and name.startswith(SEARCH_TABLE_PREFIX)  # type: ignore[union-attr]
