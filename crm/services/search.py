"""Contact search: the one place that decides which contacts a query matches.

Every word of the query must match the start of a word in a name, the company, an email
address or a phone number (so results narrow as the user types). This version runs portable
SQL on any dialect; a full-text index can replace ``contact_search_clause`` without callers
noticing.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from crm.models import Company, Contact, ContactEmail, ContactPhone

# Aliased so the subquery never correlates with a Company the outer query joins.
_company = aliased(Company)


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _word_match(column: ColumnElement[str], word: str) -> ColumnElement[bool]:
    lowered = func.lower(func.coalesce(column, ""))
    escaped = _escape(word)
    return or_(lowered.like(f"{escaped}%", escape="\\"),
               lowered.like(f"% {escaped}%", escape="\\"))


def contact_search_clause(query: str) -> ColumnElement[bool] | None:
    """A WHERE clause over ``Contact`` for ``query``; None when the query is empty."""
    words = query.lower().split()
    if not words:
        return None
    clauses = []
    for word in words:
        digits = "".join(ch for ch in word if ch.isdigit())
        alternatives = [
            _word_match(Contact.first_name, word),
            _word_match(Contact.last_name, word),
            _word_match(Contact.job_title, word),
            exists(select(_company.id).where(_company.id == Contact.company_id,
                                             _word_match(_company.name, word))),
            exists(select(ContactEmail.id).where(ContactEmail.contact_id == Contact.id,
                                                 ContactEmail.address_key.like(
                                                     f"{_escape(word)}%", escape="\\"))),
        ]
        if len(digits) >= 3:
            alternatives.append(exists(select(ContactPhone.id).where(
                ContactPhone.contact_id == Contact.id,
                ContactPhone.number.like(f"%{digits}%"))))
        clauses.append(or_(*alternatives))
    return and_(*clauses)
