"""Duplicate detection: scored pairs of contacts (and of companies) with the reasons why.

Exact evidence is a shared email address (case-insensitive) or a shared phone number (E.164);
fuzzy evidence compares names with accents and case folded, initials, nicknames and swapped
first/last names, supported (or contradicted) by the company and the email domain.

A scan never compares all pairs: records are grouped into blocks by normalised keys (email,
phone, a phonetic key of the last name with the first initial, the sorted full name, the
nickname group) and only records sharing a block are scored. Nothing here merges anything;
``crm.services.merge`` does, when a user asks.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

from rapidfuzz.distance import Indel
from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from crm.i18n import _
from crm.models import Company, Contact, ContactEmail, ContactPhone
from crm.services.phones import read_phone, regions_for
from crm.services.search import like_word
from crm.services.validation import email_key

# Pairs scoring below this are not listed by ``find_duplicates`` (a user can ask for less).
MIN_SCORE = 70
# ``similar_contacts`` (warn before creating) speaks up from this score.
WARN_SCORE = 75
# A block larger than this is compared by sorted neighbourhood (each record with its
# WINDOW nearest neighbours by name) instead of all pairs, which bounds the scan's cost.
MAX_BLOCK = 50
WINDOW = 12
# Candidates fetched by ``similar_contacts`` before scoring (keeps it cheap while typing).
MAX_CANDIDATES = 400

# Letters NFKD does not decompose into a base letter plus accents.
_SPECIAL = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d",
                          "þ": "th", "ı": "i"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LEGAL_SUFFIXES = _words("""
    inc incorporated ltd limited llc llp lp corp corporation co company plc sa nv bv bvba srl
    sprl gmbh ag kg se sas sarl spa ab as oy aps pty pte kk cv scrl sc asbl vzw ug cie
""")
# Multi-word suffixes, folded, checked before single words.
_LEGAL_PHRASES = ("gmbh co kg", "co kg", "s a", "n v", "b v", "s r l", "l l c", "et cie",
                  "a s", "s p a", "s a s", "s a r l", "b v b a", "s p r l", "pty ltd")
_LEGAL_PHRASE_WORDS = tuple(tuple(phrase.split()) for phrase in _LEGAL_PHRASES)
_LEGAL_LAST_WORDS = frozenset(words[-1] for words in _LEGAL_PHRASE_WORDS) | LEGAL_SUFFIXES

FREE_MAIL = _words("""
    gmail.com googlemail.com yahoo.com yahoo.fr yahoo.co.uk hotmail.com hotmail.fr hotmail.be
    outlook.com outlook.be outlook.fr live.com live.be live.fr msn.com icloud.com me.com mac.com
    aol.com gmx.com gmx.de gmx.net web.de proton.me protonmail.com skynet.be telenet.be
    scarlet.be proximus.be orange.fr free.fr wanadoo.fr laposte.net sfr.fr mail.com yandex.com
    zoho.com fastmail.com
""")

# Nickname groups: names in one group may be the same person's. A name may be in several.
# Compound first names are written without spaces ("jeanpierre"); their initials ("jp") too.
_NICKNAME_GROUPS = [
    "robert bob bobby rob robbie robin",
    "william bill billy will willy liam willem wim",
    "katherine kate katie kathy catherine kathryn cathy katrien kat kaat",
    "elizabeth liz beth betty eliza elisabeth els lies lisa lisbeth",
    "margaret maggie meg peggy marguerite margot griet grietje",
    "michael mike mick mickey michel michiel",
    "james jim jimmy jamie jacques",
    "john johnny jack",
    "johannes hans hannes johan jan",
    "richard rick ricky dick rich richie",
    "thomas tom tommy thom",
    "joseph joe joey jos jozef sjef jef",
    "edward ed eddie ted ned",
    "anthony tony antoine antonius toon",
    "alexander alex sander alexandre sasha",
    "alexandra alex sandra",
    "christopher chris kris christoph christophe",
    "christine chris christina kristien tine stien",
    "daniel dan danny",
    "david dave davy",
    "stephen steven steve stefan stephan stephane",
    "nicholas nick nico nicolas nicolaas klaas",
    "patrick pat paddy",
    "peter pete pieter piet",
    "frederic fred frederik frederick freddy frits",
    "benjamin ben benny",
    "jennifer jen jenny",
    "susan sue suzy susanne suzanne",
    "deborah deb debbie",
    "rebecca becky becca",
    "andrew andy drew andreas",
    "matthew matt matthias mathieu matthijs thijs",
    "jonathan jon jonny",
    "samuel sam sammy",
    "samantha sam sammy",
    "francois frans franz francis",
    "gerard gerardus geert gert gerrit",
    "hendrik henk henri henry harry hank",
    "cornelis kees cor",
    "philippe philip phil filip",
    "dominique dom dominic",
    "emmanuel manu emanuel",
    "isabelle isa isabel bella",
    "nathalie natalie nat natasha",
    "josephine josie fien",
    "jeanpierre jp",
    "jeanmarc jm",
    "jeanmichel jm",
    "jeanluc jl",
    "jeanlouis jl",
    "mariechristine mc",
    "annemarie am",
    "pieterjan pj",
]
NICKNAMES: dict[str, frozenset[int]] = {}
for _group, _names in enumerate(_NICKNAME_GROUPS):
    for _name in _names.split():
        NICKNAMES[_name] = NICKNAMES.get(_name, frozenset()) | {_group}

_SOUNDEX = str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556")


def fold(text: str | None) -> str:
    """``text`` without accents, case or punctuation: "Jean-Pierre  MÜLLER" -> "jean pierre
    muller" (the comparison form of names)."""
    if not text:
        return ""
    text = text.casefold().translate(_SPECIAL)
    if not text.isascii():  # (ASCII has nothing to decompose: a scan folds millions)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", text).strip()


@lru_cache(maxsize=50_000)
def phonetic_key(folded: str) -> str:
    """A Soundex-like key of a folded name (not truncated): "smith", "smyth" -> "s53"."""
    letters = folded.replace(" ", "")
    if not letters:
        return ""
    codes = letters.translate(_SOUNDEX)
    out = [letters[0]]
    last = codes[0]
    for code in codes[1:]:
        if code.isdigit() and code != last:
            out.append(code)
        if code not in "hw":  # Soundex: h and w do not separate equal codes
            last = code
    return "".join(out)


def company_key(name: str | None) -> str:
    """A company name with case, accents, punctuation and legal suffixes dropped:
    "Pfizer Inc.", "PFIZER", "Pfizer" -> "pfizer"."""
    words = fold(name).split()
    if words and words[0] == "the":
        words = words[1:]
    changed = True
    # (a name not ending in a suffix's last word has none to drop: most names, quickly)
    while changed and len(words) > 1 and words[-1] in _LEGAL_LAST_WORDS:
        changed = False
        for phrase in _LEGAL_PHRASE_WORDS:
            n = len(phrase)
            if len(words) > n and tuple(words[-n:]) == phrase:
                words = words[:-n]
                changed = True
                break
        if not changed and words[-1] in LEGAL_SUFFIXES:
            words = words[:-1]
            changed = True
    return " ".join(words)


def email_domain(key: str) -> str:
    return key.rpartition("@")[2]


class Person:
    """What the scorer knows about one contact (prepared once per scan)."""

    __slots__ = ("company", "company_name", "emails", "first", "first_f", "id", "last",
                 "last_f", "phones")

    def __init__(self, id: Any, first: str, last: str, first_f: str, last_f: str,
                 emails: frozenset[str] = frozenset(), phones: frozenset[str] = frozenset(),
                 company: str = "", company_name: str | None = None) -> None:
        self.id = id
        self.first, self.last = first, last  # as typed, for reasons shown to users
        self.first_f, self.last_f = first_f, last_f  # folded
        self.emails, self.phones = emails, phones
        self.company = company  # company_key of the company's name
        self.company_name = company_name

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}".strip()

    @property
    def domains(self) -> frozenset[str]:
        """The work email domains (free-mail providers left out)."""
        return _work_domains(self.emails) if self.emails else self.emails


@lru_cache(maxsize=50_000)
def _work_domains(emails: frozenset[str]) -> frozenset[str]:
    # Computed for scored pairs only, not for every contact a scan reads.
    return frozenset(d for d in map(email_domain, emails) if d not in FREE_MAIL)


def make_person(id: uuid.UUID | None, first: str | None, last: str | None,
                emails: Iterable[str] = (), phones: Iterable[str] = (),
                company_name: str | None = None) -> Person:
    """A Person from raw values: emails are matched by key, phones must be E.164."""
    return Person(id, (first or "").strip(), (last or "").strip(), fold(first), fold(last),
                  frozenset(email_key(e) for e in emails if e), frozenset(p for p in phones if p),
                  company_key(company_name), company_name)


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that may be one: ``a`` is the older (the suggested record to keep)."""

    kind: str  # "contact" | "company"
    a_id: uuid.UUID
    b_id: uuid.UUID
    a_name: str
    b_name: str
    score: int  # 0..100
    reasons: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Match:
    """An existing contact that looks like the one being entered."""

    contact_id: uuid.UUID
    name: str
    company: str | None
    score: int
    reasons: tuple[str, ...]

    @property
    def summary(self) -> str:
        """"Robert Smith (same email)", for a warning line."""
        return f"{self.name} ({', '.join(self.reasons)})" if self.reasons else self.name


# --- scoring -------------------------------------------------------------------------------

def _ratio(a: str, b: str) -> float:
    return Indel.normalized_similarity(a, b)


def _is_initials(folded: str) -> bool:
    if len(folded) != 1 and folded[1:2] != " ":
        return False
    return bool(folded) and all(len(t) == 1 for t in folded.split())


@lru_cache(maxsize=100_000)
def _first_similarity(a: str, b: str) -> tuple[float, str | None]:
    """How alike two folded first names are (0..1), and how ("nickname", "initial" ...)."""
    if a == b:
        return 1.0, None
    if not a or not b:
        return 0.7, "missing"
    a_compact, b_compact = a.replace(" ", ""), b.replace(" ", "")
    if a_compact == b_compact:
        return 1.0, None
    groups_a, groups_b = NICKNAMES.get(a_compact), NICKNAMES.get(b_compact)
    if groups_a and groups_b and groups_a & groups_b:
        return 0.92, "nickname"
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if any(len(t) == 1 for t in (*short, *long_)) and all(
            x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
            for x, y in zip(short, long_, strict=False)):
        return (0.85 if len(short) == len(long_) else 0.8), "initial"
    ratio = _ratio(a_compact, b_compact)
    if ratio >= 0.85:
        return ratio - 0.05, "similar"
    return 0.0, None


@lru_cache(maxsize=100_000)
def _last_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    a_compact, b_compact = a.replace(" ", ""), b.replace(" ", "")
    if a_compact == b_compact:
        return 1.0
    ratio = _ratio(a_compact, b_compact)
    return ratio - 0.05 if ratio >= 0.8 else 0.0


def _first_reason(how: str | None, a: Person, b: Person) -> str | None:
    if how == "missing":
        return _("first name missing on one")
    if how == "nickname":
        return _("nickname: {first} = {other}").format(first=a.first, other=b.first)
    if how == "initial":
        short, long_ = (a, b) if len(a.first_f) < len(b.first_f) else (b, a)
        return _("initial {initial} matches {name}").format(initial=short.first,
                                                                name=long_.first)
    if how == "similar":
        return _("similar first names")
    return None


def name_score(a: Person, b: Person) -> tuple[int, list[str]]:
    """How alike the two names are (0..100) and the reasons, trying swapped names too."""
    if a.first_f and a.last_f and a.first_f == b.last_f and a.last_f == b.first_f \
            and a.first_f != a.last_f:
        return 95, [_("first and last names swapped")]
    f, how = _first_similarity(a.first_f, b.first_f)
    if not f:
        return 0, []
    ln = _last_similarity(a.last_f, b.last_f)
    if not ln:
        return 0, []
    straight = f * ln
    if straight >= 0.999:
        return 100, [_("same name")]
    reasons = [r for r in (_first_reason(how, a, b),
                           _("similar last names") if ln < 1 else None) if r]
    return round(straight * 100), reasons


def score_pair(a: Person, b: Person) -> tuple[int, list[str]]:
    """The likelihood (0..100) that two contacts are one person, with the reasons."""
    score, reasons = name_score(a, b)
    same_email = not a.emails.isdisjoint(b.emails)
    same_phone = not a.phones.isdisjoint(b.phones)
    if not (score or same_email or same_phone):
        return 0, []
    shared_domains = a.domains & b.domains
    same_company = bool(a.company) and a.company == b.company
    other_company = bool(a.company and b.company) and not same_company
    if same_email:
        reasons.insert(0, _("same email"))
    if same_phone:
        reasons.insert(1 if same_email else 0, _("same phone"))
    if same_company:
        reasons.append(_("same company"))
    if shared_domains and not same_email:
        reasons.append(_("same email domain ({domain})").format(domain=min(shared_domains)))

    if same_email or same_phone:
        # A shared address with a different name is often an assistant or a shared inbox;
        # without a name on one side (still being typed) nothing contradicts it.
        floor = 90 if same_email else 85
        if not (a.first_f or a.last_f) or not (b.first_f or b.last_f):
            total = floor + 5
        else:
            total = floor + score // 10 if score >= 60 else floor - 15
    else:
        total = score
        if same_company:
            total += 8
        if shared_domains:
            total += 6
        if other_company:
            total -= 25
            reasons.append(_("different companies"))
        if a.domains and b.domains and not shared_domains:
            # Two work addresses at different organisations.
            total -= 15
            reasons.append(_("different email domains"))
        elif a.emails and b.emails and not (a.domains or b.domains):
            # Two different private addresses (gmail ...): weaker evidence. A private address
            # next to a work one says nothing: people have both.
            total -= 8
            reasons.append(_("different emails"))
    total = max(0, min(100, total))
    if total == 100 and not (same_email or same_phone):
        total = 99  # 100 only with exact evidence
    return total, reasons


@lru_cache(maxsize=50_000)
def _first_parts(first_f: str) -> tuple[str, str, tuple[str, ...], str, bool]:
    """What blocking needs of a folded first name (names repeat: computed once each)."""
    compact = first_f.replace(" ", "")
    groups = tuple(str(g) for g in sorted(NICKNAMES.get(compact, ())))
    return compact, phonetic_key(first_f), groups, first_f[:1], _is_initials(first_f)


@lru_cache(maxsize=50_000)
def _last_parts(last_f: str) -> tuple[str, str]:
    return last_f.replace(" ", ""), phonetic_key(last_f)


def block_keys(p: Person) -> tuple[list[str], list[tuple[str, bool]]]:
    """The blocks a contact belongs to, and the star blocks (key, is_hub) where only hubs are
    compared with every member: "J." with each J... of the same last name, and a contact
    without a first name with each of the same last name."""
    keys = ["e:" + e for e in p.emails] if p.emails else []
    if p.phones:
        keys += ["p:" + n for n in p.phones]
    first, first_sound, groups, initial, initials_only = _first_parts(p.first_f)
    last, last_sound = _last_parts(p.last_f)
    stars = []
    if last_sound:
        keys.append("n:" + last_sound + "|" + first_sound)
        for group in groups:
            keys.append("k:" + last_sound + "|" + group)
        stars.append(("i:" + last_sound + "|", not initial))
        if initial:
            stars.append(("i:" + last_sound + "|" + initial, initials_only))
    if first or last:
        keys.append("s:" + first + "|" + last if first <= last else "s:" + last + "|" + first)
    return keys, stars


def _candidate_pairs(people: Sequence[Person], keys: Iterable[tuple[int, Iterable[str]]],
                     stars: Iterable[tuple[int, Sequence[tuple[str, bool]]]] = ()
                     ) -> set[tuple[int, int]]:
    """Candidate pairs (i, j), i < j: members of one block, and in star blocks each hub with
    every member. ``keys`` and ``stars`` must come in increasing index order."""
    import pandas as pd  # here: the warn-as-you-type path never needs it

    flat_keys: list[str] = []
    flat_index: list[int] = []
    for index, person_keys in keys:
        flat_keys.extend(person_keys)
        flat_index.extend([index] * len(person_keys))
    # Most keys (an email, a phone) belong to one record only: let pandas drop those before
    # Python groups the rest (a plain dict of 400,000 keys costs seconds).
    shared = pd.Series(flat_keys, dtype=object).duplicated(keep=False).to_numpy().nonzero()[0]
    blocks: dict[str, list[int]] = defaultdict(list)
    for n in shared.tolist():
        blocks[flat_keys[n]].append(flat_index[n])
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        n = len(members)
        if n < 2:
            continue
        if n <= MAX_BLOCK:
            pairs.update(combinations(members, 2))  # members are in increasing order
            continue
        ordered = sorted(members, key=lambda k: (people[k].last_f, people[k].first_f))
        for i in range(n):
            mi = ordered[i]
            for mj in ordered[i + 1:i + 1 + WINDOW]:
                pairs.add((mi, mj) if mi < mj else (mj, mi))
    stars = list(stars)
    # Only blocks with a hub matter, and hubs (initials, missing first names) are rare.
    star_blocks: dict[str, tuple[list[int], list[int]]] = {
        key: ([], []) for _, person_stars in stars for key, hub in person_stars if hub}
    for index, person_stars in stars:
        for key, hub in person_stars:
            block = star_blocks.get(key)
            if block is not None:
                block[hub].append(index)
    for members, hubs in star_blocks.values():
        for h in hubs:
            for m in (*members, *hubs):
                if m != h:  # hub pairs are added twice; the set keeps one
                    pairs.add((m, h) if m < h else (h, m))
    return pairs


def _load_people(session: Session) -> list[Person]:
    # Core rows with ids as text: a scan reads every contact, and building ORM rows or UUID
    # objects for all of them would cost more than the scoring.
    conn = session.connection()
    cid = cast(Contact.id, String)
    companies = {key: (name, company_key(name)) for key, name in conn.execute(
        select(cast(Company.id, String), Company.name))}
    emails: dict[str, list[str]] = defaultdict(list)
    for key, address in conn.execute(select(cast(ContactEmail.contact_id, String),
                                            ContactEmail.address_key)).all():
        emails[key].append(address)
    phones: dict[str, list[str]] = defaultdict(list)
    # A number kept as written (not checked: "123456", an extension) is no evidence.
    for key, number in conn.execute(select(cast(ContactPhone.contact_id, String),
                                           ContactPhone.number)
                                    .where(ContactPhone.checked.is_(True))).all():
        phones[key].append(number)
    fold_cache: dict[str, str] = {}

    def folded(text: str) -> str:
        value = fold_cache.get(text)
        if value is None:
            value = fold_cache[text] = fold(text)
        return value

    people = []
    no_company = (None, "")
    stmt = (select(cid, Contact.first_name, Contact.last_name, cast(Contact.company_id, String))
            .where(Contact.deleted_at.is_(None)).order_by(Contact.created_at, Contact.id))
    empty: frozenset[str] = frozenset()
    for key, first, last, company_id in conn.execute(stmt).all():
        company_name, company = companies.get(company_id, no_company) if company_id \
            else no_company
        mails, numbers = emails.get(key), phones.get(key)
        people.append(Person(key, first, last, folded(first), folded(last),
                             frozenset(mails) if mails else empty,
                             frozenset(numbers) if numbers else empty, company, company_name))
    return people


def find_contact_duplicates(session: Session, *, min_score: int = MIN_SCORE,
                            progress: Callable[[int, int], None] | None = None
                            ) -> Sequence[DuplicatePair]:
    """Pairs of live contacts that may be one person, best first (score, then names).

    The scan runs in arrays (``crm.services.duplicate_scan``): pairs are held compactly and
    each ``DuplicatePair`` is built, by ``score_pair``, when it is read. ``progress(done,
    total)`` is called between the scan's steps; an exception it raises stops the scan."""
    from crm.services.duplicate_scan import scan_contacts  # numpy: not for warn-as-you-type

    return scan_contacts(session, min_score=min_score, progress=progress)


def reference_contact_duplicates(session: Session, *, min_score: int = MIN_SCORE
                                 ) -> list[DuplicatePair]:
    """The same pairs as ``find_contact_duplicates``, one pair at a time in Python (the
    definition the array scan is checked against; minutes on a million contacts)."""
    people = _load_people(session)
    keys = [block_keys(p) for p in people]
    pairs = _candidate_pairs(people, ((i, k[0]) for i, k in enumerate(keys)),
                             ((i, k[1]) for i, k in enumerate(keys)))
    found = []
    for i, j in sorted(pairs):
        a, b = people[i], people[j]  # i < j: a is the older record
        score, reasons = score_pair(a, b)
        if score >= min_score:
            found.append(DuplicatePair("contact", uuid.UUID(a.id), uuid.UUID(b.id), a.name,
                                       b.name, score, tuple(reasons)))
    found.sort(key=lambda d: (-d.score, d.a_name.casefold(), d.b_name.casefold()))
    return found


def _website_key(url: str | None) -> str:
    host = re.sub(r"^[a-z]+://", "", (url or "").strip().lower()).split("/")[0]
    return host.removeprefix("www.")


def find_company_duplicates(session: Session, *, min_score: int = MIN_SCORE
                            ) -> list[DuplicatePair]:
    """Pairs of live companies that may be one organisation ("Pfizer", "PFIZER Inc.")."""
    rows = session.execute(select(Company.id, Company.name, Company.website)
                           .where(Company.deleted_at.is_(None))
                           .order_by(Company.created_at, Company.id)).all()
    keys = [company_key(name) for _, name, _ in rows]
    sites = [_website_key(site) for _, _, site in rows]

    def company_blocks(i: int) -> set[str]:
        out = {f"c:{keys[i]}"} if keys[i] else set()
        if keys[i]:
            out.add(f"w1:{keys[i].split()[0]}")
        if sites[i]:
            out.add(f"w:{sites[i]}")
        return out

    people = [Person(None, name, "", "", keys[i]) for i, (_, name, _) in enumerate(rows)]
    pairs = _candidate_pairs(people, ((i, company_blocks(i)) for i in range(len(rows))))
    found = []
    for i, j in pairs:
        reasons: list[str] = []
        same_site = bool(sites[i]) and sites[i] == sites[j]
        if keys[i] == keys[j] and keys[i]:
            plain = fold(rows[i][1]) == fold(rows[j][1])
            reasons.append(_("same name") if plain else _("same name without legal suffix"))
            score = 95
        else:
            ratio = _ratio(keys[i], keys[j])
            score = round(ratio * 100) - 5 if ratio >= 0.9 else 0
            if score:
                reasons.append(_("similar names"))
        if same_site:
            reasons.append(_("same website"))
            score = min(100, score + 5) if score else 80
        if score >= min_score:
            found.append(DuplicatePair("company", rows[i][0], rows[j][0], rows[i][1],
                                       rows[j][1], score, tuple(reasons)))
    found.sort(key=lambda d: (-d.score, d.a_name.casefold()))
    return found


def find_duplicates(session: Session, *, min_score: int = MIN_SCORE,
                    progress: Callable[[int, int], None] | None = None
                    ) -> Sequence[DuplicatePair]:
    """Contact pairs then company pairs that may be duplicates, each list best first (built
    as they are read: a million contacts can make millions of pairs). ``progress`` is the
    contact scan's (``find_contact_duplicates``): raising in it stops the scan."""
    contacts = find_contact_duplicates(session, min_score=min_score, progress=progress)
    return contacts + find_company_duplicates(session, min_score=min_score)  # type: ignore[operator]


# --- warn before creating ------------------------------------------------------------------

def _sqlite_lower(text: str) -> str:
    # SQLite's lower() folds ASCII letters only; PostgreSQL's folds all: query both forms.
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _name_variants(text: str) -> set[str]:
    clean = " ".join(text.split())
    return {v for v in (_sqlite_lower(clean), clean.lower(), fold(clean)) if v}


def similar_contacts(session: Session, first_name: str | None, last_name: str | None,
                     emails: Iterable[str] = (), phones: Iterable[str] = (),
                     company: str | None = None, *, region: str = "BE",
                     exclude_id: uuid.UUID | None = None, min_score: int = WARN_SCORE,
                     limit: int = 5) -> list[Match]:
    """Existing live contacts that look like the one being entered, best first.

    Cheap enough to call as the user types: candidates come from indexed lookups (email key,
    phone number, lower-cased names, the company's people) before anything is scored."""
    email_keys = {email_key(e) for e in emails if e and e.strip()}
    # Read where the mission is too, as the contact will be saved (crm.services.phones).
    chain = regions_for(session, home_region=region) if any(p and p.strip() for p in phones) \
        else ()
    numbers = {phone.number for phone in (read_phone(p, chain) for p in phones
                                          if p and p.strip()) if phone.checked}
    probe = make_person(None, first_name, last_name, email_keys, numbers, company)
    if not (probe.first_f or probe.last_f or email_keys or numbers):
        return []
    # One small indexed query per kind of evidence: an OR of them all would make SQLite scan
    # every contact.
    queries = []
    if email_keys:
        queries.append(select(ContactEmail.contact_id)
                       .where(ContactEmail.address_key.in_(email_keys)))
    if numbers:
        queries.append(select(ContactPhone.contact_id).where(ContactPhone.number.in_(numbers)))
    lasts = _name_variants(last_name or "")
    ids: set[uuid.UUID] = set()
    # With half a name typed, a name alone cannot reach WARN_SCORE: look names up once both
    # parts are there (an email or phone match is found without them).
    if lasts and probe.first_f:
        # A common last name has hundreds of bearers: keep those whose first name could match
        # (same initial, a nickname's initial, an initial only, none), checked in Python on
        # folded names.
        initials = {probe.first_f[:1]} | {
            name[:1] for group in NICKNAMES.get(probe.first_f.replace(" ", ""), ())
            for name in _NICKNAME_GROUPS[group].split()}
        for cid, first in session.execute(
                select(Contact.id, Contact.first_name)
                .where(func.lower(Contact.last_name).in_(lasts)).limit(20 * MAX_CANDIDATES)):
            folded = fold(first)
            if not folded or folded[:1] in initials:
                ids.add(cid)
        # swapped: what was typed as the last name stored as a first name
        queries.append(select(Contact.id).where(func.lower(Contact.first_name).in_(lasts)))
    if probe.company:
        companies = list(session.scalars(select(Company.id).where(
            like_word(func.lower(Company.name), probe.company.split()[0], prefix=True),
            Company.deleted_at.is_(None)).limit(20)))
        if companies:
            queries.append(select(Contact.id).where(Contact.company_id.in_(companies)))
    for query in queries:
        ids.update(session.scalars(query.limit(MAX_CANDIDATES)))
    ids.discard(exclude_id)  # type: ignore[arg-type]
    if not ids:
        return []
    matches = []
    for person in _people_by_id(session, list(ids)):
        score, reasons = score_pair(probe, person)
        if score >= min_score:
            assert person.id is not None
            matches.append(Match(person.id, person.name, person.company_name, score,
                                 tuple(r for r in reasons if r not in
                                       (_("different email domains"), _("different emails"),
                                        _("different companies")))))
    matches.sort(key=lambda m: (-m.score, m.name.casefold()))
    return matches[:limit]


def _people_by_id(session: Session, ids: Sequence[uuid.UUID]) -> list[Person]:
    emails: dict[uuid.UUID, list[str]] = defaultdict(list)
    for cid, key in session.execute(select(ContactEmail.contact_id, ContactEmail.address_key)
                                    .where(ContactEmail.contact_id.in_(ids))):
        emails[cid].append(key)
    phones: dict[uuid.UUID, list[str]] = defaultdict(list)
    for cid, number in session.execute(select(ContactPhone.contact_id, ContactPhone.number)
                                       .where(ContactPhone.contact_id.in_(ids),
                                              ContactPhone.checked.is_(True))):
        phones[cid].append(number)
    # Trashed contacts are skipped here, not in SQL: a deleted_at condition would tempt
    # SQLite into scanning every live contact instead of looking the ids up.
    stmt = (select(Contact.id, Contact.first_name, Contact.last_name, Company.name,
                   Contact.deleted_at)
            .outerjoin(Company, Company.id == Contact.company_id).where(Contact.id.in_(ids)))
    return [make_person(cid, first, last, emails.get(cid, ()), phones.get(cid, ()), company)
            for cid, first, last, company, deleted_at in session.execute(stmt)
            if deleted_at is None]
