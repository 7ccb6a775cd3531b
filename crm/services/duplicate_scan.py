"""The whole-database duplicate scan, in arrays: a million contacts within a minute.

``crm.services.duplicates`` says what a duplicate is, one pair at a time (``block_keys``,
``_candidate_pairs``, ``score_pair``). A scan of every contact asks the same questions of
millions of pairs, so this module answers them for all pairs at once with numpy:

- names, companies, emails and phones become integer codes (names repeat: a million contacts
  have a few thousand distinct first and last names), read by one query per table;
- the blocks of ``block_keys`` become integer keys; members of a block are paired by sorting
  (all pairs up to ``MAX_BLOCK`` members, the ``WINDOW`` nearest names beyond), star blocks pair
  each hub with every member, exactly as ``_candidate_pairs`` does;
- ``_first_similarity`` and ``_last_similarity`` become tables over the distinct folded names
  (rapidfuzz's ``cdist`` on both cores for the ratios), looked up per pair; shared emails,
  phones and work domains are compared column by column; ``score_pair``'s rules follow as
  array arithmetic.

The pairs that reach the score are kept as arrays; a ``DuplicatePair`` (with its reasons) is
built by ``score_pair`` itself when it is read, so the reasons shown are word for word those of
the pair-at-a-time code, and millions of pairs cost a few bytes each until someone looks.
tests/core/test_duplicates.py checks that the scan finds the same pairs with the same scores as
``_candidate_pairs`` + ``score_pair``.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist
from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from crm.models import Company, Contact, ContactEmail, ContactPhone
from crm.services.duplicates import (
    FREE_MAIL,
    MAX_BLOCK,
    NICKNAMES,
    WINDOW,
    DuplicatePair,
    Person,
    _first_similarity,
    _is_initials,
    company_key,
    fold,
    phonetic_key,
    score_pair,
)

# progress(done, total): the scan's steps; a callback that raises stops the scan there.
Progress = Callable[[int, int], None]
STEPS = 6
# Emails (phones) per contact compared column by column; a contact with more is compared in
# Python, pair by pair (rare: a few contacts have many addresses).
COLUMNS = 4
# Block kinds, in the top bits of a block's integer key.
_EMAIL, _PHONE, _NAME, _NICK, _SORTED, _HUB_NONE, _HUB_INITIAL = range(1, 8)
_SHIFT = 26  # bits per code in a key: up to 67 million distinct values of a kind


class _Codes:
    """Distinct strings numbered in first-seen order."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.values: list[str] = []

    def __call__(self, value: str) -> int:
        code = self.index.get(value)
        if code is None:
            code = self.index[value] = len(self.values)
            self.values.append(value)
        return code


def _unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (a sort beats hashing for integers)."""
    values = np.sort(values)
    if len(values) > 1:
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    return values


def _rows(conn: Any, stmt: Any) -> list[tuple[Any, ...]]:
    """The rows of a Core select as the driver returns them: a million rows skip SQLAlchemy's
    row objects (seconds)."""
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _sorted_ranks(values: list[str]) -> np.ndarray:
    """The rank of each value in string order (equal values share a rank)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = np.empty(len(values), dtype=np.int64)
    rank, previous = -1, None
    for position in order:
        if values[position] != previous:
            rank += 1
            previous = values[position]
        ranks[position] = rank
    return ranks


class _Contacts:
    """Every live contact of the database as columns of codes (see the module docstring)."""

    def __init__(self, session: Session) -> None:
        import pandas as pd  # its hash tables number a million strings in C

        conn = session.connection()
        # Every row, filtered and ordered here: SQLite would walk ix_contact_deleted_at and
        # sort in a temporary tree, twice as long as reading the table through.
        rows = _rows(conn, select(cast(Contact.id, String), Contact.first_name,
                                  Contact.last_name, cast(Contact.company_id, String),
                                  Contact.created_at, Contact.deleted_at.is_(None)))
        table = np.array(rows, dtype=object).reshape(-1, 6)
        del rows
        table = table[table[:, 5].astype(bool)]
        created, ids = table[:, 4], table[:, 0]
        if all(isinstance(value, str) for value in created):  # SQLite: ISO text
            order = np.lexsort((ids.astype(str), created.astype(str)))
        else:  # datetimes (PostgreSQL)
            order = np.array(sorted(range(len(table)), key=lambda i: (created[i], ids[i])),
                             dtype=np.int64)
        table = self.rows = table[order, :4]
        self.count = len(table)
        position = pd.Index(table[:, 0])
        name_codes, raw_names = pd.factorize(np.concatenate((table[:, 1], table[:, 2])),
                                             use_na_sentinel=False)
        folded = _Codes()
        fold_code = np.array([folded(fold(value)) for value in raw_names], dtype=np.int64)
        self.empty_name = folded("")  # (self.folded is folded.values: it has it too)
        self.folded = folded.values
        folded_names = fold_code[name_codes] if len(name_codes) else np.empty(0, np.int64)
        self.first_f = folded_names[:self.count]  # folded codes
        self.last_f = folded_names[self.count:]

        company_codes, company_uniques = pd.factorize(table[:, 3])
        names_of = dict(_rows(conn, select(cast(Company.id, String), Company.name)))
        keys = _Codes()
        keys("")  # code 0: no company
        infos: list[tuple[str | None, str]] = []
        key_code = []
        for company_id in company_uniques:
            name = names_of.get(company_id) if company_id else None
            key = company_key(name) if company_id in names_of else ""
            infos.append((name, key))
            key_code.append(keys(key))
        self.company_info = infos
        # contacts without a company (or with an unknown one) have none: code -1, key 0
        self.company_of = company_codes
        key_codes = np.array([*key_code, 0], dtype=np.int64)
        self.company = key_codes[company_codes]

        email_rows = _rows(conn, select(cast(ContactEmail.contact_id, String),
                                        ContactEmail.address_key))
        self.email_owner, self.email_code, self.emails = self._members(email_rows, position)
        # A number kept as written (not checked: "123456", an extension) is no evidence.
        phone_rows = _rows(conn, select(cast(ContactPhone.contact_id, String),
                                        ContactPhone.number)
                           .where(ContactPhone.checked.is_(True)))
        self.phone_owner, self.phone_code, self.phones = self._members(phone_rows, position)
        # Work domains numbered in string order, so that the smallest code is the first name.
        # (email_domain, inline: a million calls cost seconds)
        domain_codes, domains = pd.factorize(
            np.array([e[e.rfind("@") + 1:] for e in self.emails], dtype=object))
        work = sorted(d for d in domains if d not in FREE_MAIL)
        domain_rank = {d: r for r, d in enumerate(work)}
        rank_of = np.array([domain_rank.get(d, -1) for d in domains], dtype=np.int64)
        self.email_domain = rank_of[domain_codes] if len(domain_codes) else domain_codes

    @staticmethod
    def _members(rows: Sequence[Any], position: Any) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(contact index, value code) of each row of a live contact, each pair once, sorted
        by contact; and the values by code."""
        import pandas as pd

        if not rows:
            return np.empty(0, np.int64), np.empty(0, np.int64), []
        table = np.array(rows, dtype=object).reshape(-1, 2)
        owners = position.get_indexer(table[:, 0])
        codes, uniques = pd.factorize(table[:, 1], use_na_sentinel=False)
        live = owners >= 0  # rows of a trashed contact
        pairs = _unique(owners[live].astype(np.int64) * (1 << 32) + codes[live])
        return pairs >> 32, pairs & 0xFFFFFFFF, list(uniques)

    def person(self, i: int) -> Person:
        """Contact ``i`` as ``score_pair`` knows it (what ``_load_people`` built)."""
        key, first, last, _company = self.rows[i]
        emails = self.email_code[np.searchsorted(self.email_owner, i):
                                 np.searchsorted(self.email_owner, i, side="right")]
        phones = self.phone_code[np.searchsorted(self.phone_owner, i):
                                 np.searchsorted(self.phone_owner, i, side="right")]
        company = int(self.company_of[i])
        company_name, key_of_company = self.company_info[company] if company >= 0 else (None, "")
        return Person(key, first, last, self.folded[self.first_f[i]],
                      self.folded[self.last_f[i]],
                      frozenset(self.emails[c] for c in emails.tolist()),
                      frozenset(self.phones[c] for c in phones.tolist()), key_of_company,
                      company_name)


def _columns(owner: np.ndarray, code: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Codes per contact in ``COLUMNS`` columns (-1: none), and who has more than that."""
    counts = np.bincount(owner, minlength=n)
    start = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = np.arange(len(owner)) - start[owner]
    columns = max(1, min(COLUMNS, int(counts.max(initial=0))))
    table = np.full((n, columns), -1, dtype=np.int32)
    keep = rank < columns
    table[owner[keep], rank[keep]] = code[keep]
    return table, counts > columns


def _shared(table: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether contacts a[k] and b[k] have a code in common."""
    if table.shape[1] == 1:  # (most contacts have one phone: half the memory traffic)
        left = table[a, 0]
        return (left >= 0) & (left == table[b, 0])
    left, right = table[a], table[b]
    found = np.zeros(len(a), dtype=bool)
    for x in range(table.shape[1]):
        column = left[:, x]
        valid = column >= 0
        if not valid.any():
            continue
        for y in range(table.shape[1]):
            found |= valid & (column == right[:, y])
    return found


# --- blocks ---------------------------------------------------------------------------------

def _key(kind: int, high: np.ndarray, low: np.ndarray | int = 0) -> np.ndarray:
    return (np.int64(kind) << (2 * _SHIFT)) | (high.astype(np.int64) << _SHIFT) | low


def _pairs_in_blocks(keys: np.ndarray, members: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Pair codes (i * 2**32 + j, i < j) of members sharing a key: every pair of a block of up
    to MAX_BLOCK members, else each member with its WINDOW next by ``order``."""
    out = [np.empty(0, dtype=np.int64)]
    sort = np.lexsort((members, keys))
    keys, members = keys[sort], members[sort]
    if not len(keys):
        return out[0]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    sizes = np.diff(np.concatenate((starts, [len(keys)])))
    for size in range(2, MAX_BLOCK + 1):
        first = starts[sizes == size]
        if not len(first):
            continue
        block = members[first[:, None] + np.arange(size)]  # members in increasing order
        i, j = np.triu_indices(size, 1)
        out.append(((block[:, i] << 32) | block[:, j]).ravel())
    big = sizes > MAX_BLOCK
    if big.any():
        block_of = np.repeat(np.arange(len(starts)), sizes)
        chosen = big[block_of]
        block_of, big_members = block_of[chosen], members[chosen]
        # Stable: equal names keep their order of creation, as Python's sorted() does.
        ranked = np.lexsort((big_members, order[big_members], block_of))
        block_of, big_members = block_of[ranked], big_members[ranked]
        for step in range(1, WINDOW + 1):
            same = block_of[step:] == block_of[:-step]
            a, b = big_members[:-step][same], big_members[step:][same]
            out.append((np.minimum(a, b) << 32) | np.maximum(a, b))
    return np.concatenate(out)


def _pairs_with_hubs(keys: np.ndarray, members: np.ndarray, hubs: np.ndarray) -> np.ndarray:
    """Pair codes of each hub with every other member of its star block."""
    with_hub = np.unique(keys[hubs])
    keep = np.isin(keys, with_hub)
    keys, members, hubs = keys[keep], members[keep], hubs[keep]
    if not hubs.any():
        return np.empty(0, dtype=np.int64)
    sort = np.argsort(keys, kind="stable")
    keys, members, hubs = keys[sort], members[sort], hubs[sort]
    starts = np.searchsorted(keys, keys[hubs])
    ends = np.searchsorted(keys, keys[hubs], side="right")
    counts = ends - starts
    hub = np.repeat(members[hubs], counts)
    offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    other = members[np.repeat(starts, counts) + offsets]
    apart = hub != other
    hub, other = hub[apart], other[apart]
    return (np.minimum(hub, other) << 32) | np.maximum(hub, other)


def _candidates(c: _Contacts) -> np.ndarray:
    """The candidate pair codes of ``_candidate_pairs`` over ``block_keys``, sorted, once each."""
    folded = c.folded
    sounds = _Codes()
    compacts = _Codes()
    compact = np.array([compacts(f.replace(" ", "")) for f in folded], dtype=np.int64)
    sound = np.array([sounds(phonetic_key(f)) for f in folded], dtype=np.int64)
    no_sound = sounds("")
    compact_rank = _sorted_ranks(compacts.values)[compact]
    initial_code = np.array([ord(f[0]) if f else 0 for f in folded], dtype=np.int64)
    initials_only = np.array([_is_initials(f) for f in folded], dtype=bool)
    everyone = np.arange(c.count, dtype=np.int64)
    first, last = c.first_f, c.last_f
    keys: list[np.ndarray] = [_key(_EMAIL, c.email_code), _key(_PHONE, c.phone_code)]
    members: list[np.ndarray] = [c.email_owner, c.phone_owner]
    named = sound[last] != no_sound
    keys.append(_key(_NAME, sound[last][named], sound[first][named]))
    members.append(everyone[named])
    group_owner, group = [], []
    for code, value in enumerate(folded):
        for g in sorted(NICKNAMES.get(value.replace(" ", ""), ())):
            group_owner.append(code)
            group.append(g)
    if group_owner:
        by_first = np.full(len(folded), -1, dtype=np.int64)
        owners = np.array(group_owner, dtype=np.int64)
        groups = np.array(group, dtype=np.int64)
        # a first name may be in several groups: one key per (contact, group)
        order = np.argsort(owners, kind="stable")
        owners, groups = owners[order], groups[order]
        starts = np.searchsorted(owners, np.arange(len(folded)))
        counts = np.searchsorted(owners, np.arange(len(folded)), side="right") - starts
        by_first[:] = starts
        who = everyone[named]
        n_groups = counts[first[who]]
        person = np.repeat(who, n_groups)
        offsets = np.arange(n_groups.sum()) - np.repeat(np.cumsum(n_groups) - n_groups,
                                                        n_groups)
        value = groups[np.repeat(by_first[first[who]], n_groups) + offsets]
        keys.append(_key(_NICK, sound[last][person], value))
        members.append(person)
    has_name = (first != c.empty_name) | (last != c.empty_name)
    low = np.minimum(compact_rank[first], compact_rank[last])
    high = np.maximum(compact_rank[first], compact_rank[last])
    keys.append(_key(_SORTED, high[has_name], low[has_name]))
    members.append(everyone[has_name])
    rank = _sorted_ranks(folded)
    order = rank[last] * (int(rank.max(initial=0)) + 1) + rank[first]
    pairs = [_pairs_in_blocks(np.concatenate(keys), np.concatenate(members), order)]
    # star blocks: "J." with each J... of the same last name; no first name with everyone
    who = everyone[named]
    has_initial = initial_code[first[who]] > 0
    star_keys = np.concatenate((_key(_HUB_NONE, sound[last[who]]),
                                _key(_HUB_INITIAL, sound[last[who]][has_initial],
                                     initial_code[first[who]][has_initial])))
    star_members = np.concatenate((who, who[has_initial]))
    star_hubs = np.concatenate((~has_initial, initials_only[first[who]][has_initial]))
    pairs.append(_pairs_with_hubs(star_keys, star_members, star_hubs))
    return _unique(np.concatenate(pairs))


# --- scores ---------------------------------------------------------------------------------

def _name_tables(c: _Contacts, first_codes: np.ndarray, last_codes: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """_first_similarity over the distinct first names (value, and whether it is "how" a
    nickname or an initial), _last_similarity over the distinct last names; and each first
    (last) name's row in its table."""
    folded = c.folded
    firsts = np.flatnonzero(np.bincount(first_codes, minlength=len(folded))).tolist()
    lasts = np.flatnonzero(np.bincount(last_codes, minlength=len(folded))).tolist()
    first_f = [folded[x] for x in firsts]
    last_f = [folded[x] for x in lasts]

    def ratios(values: list[str]) -> np.ndarray:
        compact = [v.replace(" ", "") for v in values]
        return cdist(compact, compact, scorer=Indel.normalized_similarity, dtype=np.float64,
                     workers=2)

    def same_compact(values: list[str]) -> np.ndarray:
        compacts = _Codes()
        compact = np.array([compacts(v.replace(" ", "")) for v in values], dtype=np.int64)
        return compact[:, None] == compact[None, :]

    ratio = ratios(first_f)
    first_table = np.where(ratio >= 0.85, ratio - 0.05, 0.0)
    for group in {g for v in first_f for g in NICKNAMES.get(v.replace(" ", ""), ())}:
        inside = np.array([group in NICKNAMES.get(v.replace(" ", ""), ()) for v in first_f])
        first_table[np.ix_(inside, inside)] = 0.92
    first_table[same_compact(first_f)] = 1.0
    empty = np.array([not v for v in first_f])
    first_table[empty, :] = 0.7
    first_table[:, empty] = 0.7
    np.fill_diagonal(first_table, 1.0)
    # Initials ("J", "j p") follow rules of their own: those rows and columns pair by pair.
    special = [k for k, v in enumerate(first_f) if any(len(t) == 1 for t in v.split())]
    for k in special:
        for m in range(len(first_f)):
            first_table[k, m] = _first_similarity(first_f[k], first_f[m])[0]
            first_table[m, k] = _first_similarity(first_f[m], first_f[k])[0]

    ratio = ratios(last_f)
    last_table = np.where(ratio >= 0.8, ratio - 0.05, 0.0)
    last_table[same_compact(last_f)] = 1.0
    empty = np.array([not v for v in last_f])
    last_table[empty, :] = 0.0
    last_table[:, empty] = 0.0
    np.fill_diagonal(last_table, 1.0)
    first_row = np.full(len(folded), -1, dtype=np.int64)
    first_row[firsts] = np.arange(len(firsts))
    last_row = np.full(len(folded), -1, dtype=np.int64)
    last_row[lasts] = np.arange(len(lasts))
    return first_table, last_table, first_row, last_row


def _scores(c: _Contacts, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """score_pair's score of each pair (a[k], b[k])."""
    n = c.count
    emails, many_emails = _columns(c.email_owner, c.email_code, n)
    phones, many_phones = _columns(c.phone_owner, c.phone_code, n)
    same_email = _shared(emails, a, b)
    exact = same_email | _shared(phones, a, b)
    del emails, phones
    fa, la, fb, lb = c.first_f[a], c.last_f[a], c.first_f[b], c.last_f[b]
    first_table, last_table, first_row, last_row = _name_tables(c, c.first_f, c.last_f)
    straight = first_table[first_row[fa], first_row[fb]] * last_table[last_row[la],
                                                                       last_row[lb]]
    name = np.where(straight >= 0.999, 100, np.rint(straight * 100)).astype(np.int32)
    del straight
    empty = c.empty_name
    name[(fa != empty) & (la != empty) & (fa == lb) & (la == fb) & (fa != la)] = 95  # swapped
    del fa, la, fb, lb
    total = np.zeros(len(a), dtype=np.int32)

    # A shared email or phone: the name says how likely, nothing else counts.
    has_name = (c.first_f != empty) | (c.last_f != empty)
    k = np.flatnonzero(exact)
    floor = np.where(same_email[k], 90, 85)
    named = name[k]
    total[k] = np.where(~(has_name[a[k]] & has_name[b[k]]), floor + 5,
                        np.where(named >= 60, floor + named // 10, floor - 15))

    # Otherwise the names (only pairs whose names match at all), with the company and the
    # email domains for or against.
    k = np.flatnonzero(~exact & (name > 0))
    ka, kb = a[k], b[k]
    domain_codes = c.email_domain[c.email_code] if len(c.email_code) else c.email_code
    is_work = domain_codes >= 0
    domains, many_domains = _columns(c.email_owner[is_work], domain_codes[is_work], n)
    has_email = np.bincount(c.email_owner, minlength=n) > 0
    has_domain = np.bincount(c.email_owner[is_work], minlength=n) > 0
    shared_domain = _shared(domains, ka, kb)
    ca, cb = c.company[ka], c.company[kb]
    same_company = (ca > 0) & (ca == cb)
    other_company = (ca > 0) & (cb > 0) & ~same_company
    both_work = has_domain[ka] & has_domain[kb]
    without = (name[k] + 8 * same_company + 6 * shared_domain - 25 * other_company
               - 15 * (both_work & ~shared_domain)
               - 8 * (has_email[ka] & has_email[kb] & ~(has_domain[ka] | has_domain[kb])))
    total[k] = np.minimum(np.clip(without, 0, 100), 99)  # 100 only with exact evidence
    total = np.clip(total, 0, 100)
    # Contacts with more addresses or numbers than the columns hold: pair by pair.
    odd = np.flatnonzero(many_emails[a] | many_emails[b] | many_phones[a] | many_phones[b]
                         | many_domains[a] | many_domains[b])
    for k in odd.tolist():
        total[k] = score_pair(c.person(int(a[k])), c.person(int(b[k])))[0]
    return total


# --- the result -----------------------------------------------------------------------------

class ContactPairs(Sequence[DuplicatePair]):
    """The pairs a scan found, best first, built (with their reasons) as they are read."""

    def __init__(self, contacts: _Contacts | None, a: np.ndarray, b: np.ndarray,
                 scores: np.ndarray) -> None:
        self._contacts = contacts
        self._a, self._b, self.scores = a, b, scores
        self._people: dict[int, Person] = {}
        self._then: Sequence[DuplicatePair] = ()

    def then(self, others: Sequence[DuplicatePair]) -> ContactPairs:
        """These pairs followed by ``others`` (the company pairs), still built when read."""
        chained = ContactPairs(self._contacts, self._a, self._b, self.scores)
        chained._people, chained._then = self._people, [*self._then, *others]
        return chained

    def __len__(self) -> int:
        return len(self._a) + len(self._then)

    def _person(self, i: int) -> Person:
        person = self._people.get(i)
        if person is None:
            assert self._contacts is not None
            person = self._people[i] = self._contacts.person(i)
        return person

    def _pair(self, k: int) -> DuplicatePair:
        if k >= len(self._a):
            return self._then[k - len(self._a)]
        a, b = self._person(int(self._a[k])), self._person(int(self._b[k]))
        score, reasons = score_pair(a, b)
        return DuplicatePair("contact", uuid.UUID(a.id), uuid.UUID(b.id), a.name, b.name,
                             score, tuple(reasons))

    @overload
    def __getitem__(self, index: int) -> DuplicatePair: ...

    @overload
    def __getitem__(self, index: slice) -> list[DuplicatePair]: ...

    def __getitem__(self, index: int | slice) -> DuplicatePair | list[DuplicatePair]:
        if isinstance(index, slice):
            return [self._pair(k) for k in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._pair(index)

    def __iter__(self) -> Iterator[DuplicatePair]:
        for k in range(len(self)):
            yield self._pair(k)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __add__(self, other: Sequence[DuplicatePair]) -> ContactPairs:
        return self.then(other)

    __hash__ = None  # type: ignore[assignment]


def scan_contacts(session: Session, *, min_score: int, progress: Progress | None = None
                  ) -> ContactPairs:
    """Every pair of live contacts scoring ``min_score`` or more, best first (score, then the
    older record's name, the other's name, then order of creation)."""
    report = progress or (lambda _done, _total: None)
    report(0, STEPS)
    # The cycle collector paused while millions of rows are read: passes over them all, again
    # and again, cost more than the reading (they hold no cycles).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        c = _Contacts(session)
    finally:
        if was_enabled:
            gc.enable()
    report(1, STEPS)
    if c.count < 2:
        empty = np.empty(0, dtype=np.int64)
        return ContactPairs(c, empty, empty, empty)
    codes = _candidates(c)
    report(3, STEPS)
    a, b = codes >> 32, codes & 0xFFFFFFFF
    del codes
    scores = _scores(c, a, b)
    report(5, STEPS)
    keep = scores >= min_score
    a, b, scores = a[keep], b[keep], scores[keep]
    names = [f"{first} {last}".strip().casefold()
             for first, last in zip(c.rows[:, 1].tolist(), c.rows[:, 2].tolist(), strict=True)]
    rank = _sorted_ranks(names)
    bits = max(1, int(rank.max(initial=0)).bit_length())
    if 7 + 2 * bits <= 63:  # one key: score, then the names (pairs come sorted by a, b)
        best = (100 - scores.astype(np.int64)) << (2 * bits)
        order = np.argsort(best | (rank[a] << bits) | rank[b], kind="stable")
    else:
        order = np.lexsort((b, a, rank[b], rank[a], -scores))
    report(STEPS, STEPS)
    return ContactPairs(c, a[order], b[order], scores[order])
