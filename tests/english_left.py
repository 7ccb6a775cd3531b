"""English left in a French or Dutch text: what the window's pages and the PDF report are
checked with (tests/ui/test_no_english.py).

Two checks, both derived from the project's own files rather than from a hand-kept list:

- **English sources.** A text (or a line or piece of it) that is an English source text of the
  catalogues (Qt's .ts, crm's .pot; a text with placeholders as a pattern, a count's English
  forms "1 contact" / "%n contacts" from mission_crm_en.ts) whose translation differs, and
  that no translation of the language uses: an English string left behind.
- **Words of the language.** Once the data values (what the database holds: names, companies,
  notes ... as the user typed them), e-mail and web addresses, numbers and times are taken out,
  every word left must be a word of the language's translations, of its locale's month, day
  and country names, or a proper name of ``PROPER_NAMES``: a word the catalogues do not have
  is a string that never went through translation (an English label built in code).

Dates are checked apart: no ISO date (2022-06-10), no English month or weekday name that the
locale does not share ("Jun" is also Dutch; "June", "Friday" are not).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "resources" / "translations"
LOCALE_DIR = REPO / "crm" / "locale"
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}  # ui.i18n.LOCALES

# Names that are the same in every language and that no translation happens to contain: the
# keys and formats the app names, the trade agencies' acronyms. Each is a name, not a word.
PROPER_NAMES = frozenset({"ctrl", "shift", "alt", "esc", "pdf", "csv", "ics", "eml",
                          "xlsx", "vcard", "linkedin", "gdpr", "awex", "fit", "wbi"})

_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")
_MNEMONIC = re.compile(r"&(?=[^&\s])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|be|eu|net)\b\S*")
_IDENTIFIER = re.compile(r"\b\w+_\w+\b")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# A word cut short where a label elides its text: "(achterst…".
_CUT_WORD = re.compile(r"([^\W\d_]+)(?:…|\.\.\.)")
# The pieces a composed text is made of: lines, "a · b", "a — b", "a; b", list bullets.
_PIECES = re.compile(r"\s*(?:\n|·|—|;|•|\|)\s*")


def normalise(text: str) -> str:
    """What a reader sees of a source or a shown text: no mnemonic '&', one space between
    words, typographic ligatures ("ﬁ", from a PDF) as letters, non-breaking spaces as spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _MNEMONIC.sub("", text).replace("&&", "&")
    return " ".join(text.split())


def joined_lines(text: str) -> str:
    """A PDF's text with the words broken at a line's end joined again ("Belgium-\nUS",
    read as "Belgium- US"); soft hyphens stay word breaks, as in the translations."""
    return re.sub(r"([^\W\d_])- (?=[^\W\d_])", r"\1-", text)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass
class Catalogue:
    """The messages of one language: the English texts that must not be shown (their
    translation differs) and the vocabulary of the translations."""

    language: str
    english_texts: dict[str, str] = field(default_factory=dict)  # text -> where it comes from
    english_patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    translations: set[str] = field(default_factory=set)
    vocabulary: set[str] = field(default_factory=set)  # lower-case words of the language
    english_words: set[str] = field(default_factory=set)  # of the English sources
    # (where, English forms, translated forms) of each message, until finish() sorts them.
    _pending: list[tuple[str, list[str], list[str]]] = field(default_factory=list, repr=False)

    def add(self, where: str, english: list[str], translated: list[str]) -> None:
        self._pending.append((where, english, translated))

    def finish(self) -> None:
        """Sort the messages added: every translation is known before an English text is
        judged (one the language uses somewhere is not English left behind)."""
        for _where, _english, translated in self._pending:
            self.translations.update(normalise(t) for t in translated if t.strip())
        for text in self.translations:
            self.vocabulary.update(w.lower() for w in words(_prose(text)))
        for where, english, translated in self._pending:
            shown = {normalise(t) for t in translated}
            for form in english:
                text = normalise(form)
                self.english_words.update(w.lower() for w in words(_PLACEHOLDER.sub(" ", text)))
                if not text or text in shown or text in self.translations:
                    continue  # the same in both languages ("Contacts", "Dashboard")
                if _PLACEHOLDER.search(text):
                    pattern = _pattern(text)
                    if pattern is not None:
                        self.english_patterns.append((pattern, where))
                elif words(text):
                    self.english_texts.setdefault(text, where)
        self._pending.clear()


def _prose(text: str) -> str:
    """A translation without what is not the language's words: placeholders, the program's
    identifiers ("ends_at: …"), addresses (postgresql://alice@db.example.org)."""
    text = _PLACEHOLDER.sub(" ", text)
    text = _URL.sub(" ", _EMAIL.sub(" ", text))
    text = re.sub(r"\S+://\S*", " ", text)
    return _IDENTIFIER.sub(" ", text)


def _pattern(text: str) -> re.Pattern[str] | None:
    """A source with placeholders as a pattern a whole shown text must match; None when its
    own words are too few to tell English from anything else ("{name} ({count})")."""
    literal = _PLACEHOLDER.sub(" ", text)
    if sum(len(w) for w in words(literal)) < 4:
        return None
    parts = _PLACEHOLDER.split(text)
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


def _ts_messages(language: str) -> list[tuple[str, str, bool, list[str]]]:
    root = ET.parse(TS_DIR / f"mission_crm_{language}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            out.append((name, message.findtext("source") or "", numerus, forms))
    return out


@cache
def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` ("fr" or "nl") against English."""
    result = Catalogue(language)
    english_forms = {(context, source): forms
                     for context, source, numerus, forms in _ts_messages("en") if numerus}
    for context, source, numerus, forms in _ts_messages(language):
        english = english_forms.get((context, source), [source]) if numerus else [source]
        if numerus:
            english = [*english, source]
        result.add(f"{context}: {source!r}", english, [f for f in forms if f])
    with (LOCALE_DIR / language / "LC_MESSAGES" / "mission_crm.po").open("rb") as handle:
        for message in read_po(handle, locale=language):
            if not message.id:
                continue
            ids = [message.id] if isinstance(message.id, str) else list(message.id)
            strings = ([message.string] if isinstance(message.string, str)
                       else list(message.string))
            result.add(f"crm: {ids[0]!r}", ids, [s for s in strings if s])
    result.vocabulary.update(date_words(language))
    result.vocabulary.update(country_words(language))
    result.finish()
    return result


@cache
def date_words(language: str) -> frozenset[str]:
    """The month and weekday names of the language's locale, as Qt writes dates (lower case,
    without the abbreviation's dot)."""
    from PySide6.QtCore import QLocale

    locale = QLocale(LOCALES[language])
    found: set[str] = set()
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat,
                 QLocale.FormatType.NarrowFormat):
        for month in range(1, 13):
            found.update(words(locale.monthName(month, kind).lower()))
            found.update(words(locale.standaloneMonthName(month, kind).lower()))
        for day in range(1, 8):
            found.update(words(locale.dayName(day, kind).lower()))
            found.update(words(locale.standaloneDayName(day, kind).lower()))
    return frozenset(found)


@cache
def country_words(language: str) -> frozenset[str]:
    """The words of the countries' names in the language's locale (CLDR's, through Babel),
    which the app shows for the stored codes ("États-Unis")."""
    from babel import Locale

    names = Locale.parse(LOCALES[language]).territories.values()
    return frozenset(w.lower() for name in names for w in words(name))


def english_date_words(language: str) -> frozenset[str]:
    """English month and weekday names (and their abbreviations) that ``language`` does not
    share: "june", "friday", "fri"; not "jun" in Dutch."""
    shared = date_words(language)
    return frozenset(w for w in date_words("en") if w not in shared and len(w) > 1)


@dataclass(frozen=True)
class Finding:
    where: str  # the widget, page or PDF page the text was seen on
    text: str  # what was shown
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why} — in {self.text[:160]!r}"


class DataValues:
    """The values of the database as the user typed them, which are shown as they are."""

    def __init__(self, values: Iterable[str]):
        cleaned = {normalise(v) for v in values if v and v.strip()}
        # Longest first: a session title goes before the word it contains.
        self.values = sorted(cleaned, key=len, reverse=True)
        self._pattern = (re.compile("|".join(re.escape(v) for v in self.values))
                         if self.values else None)
        self.words = {w.lower() for v in self.values for w in words(v)}

    def is_value(self, text: str) -> bool:
        """``text`` is a value or one cut short with an ellipsis (a chart's label)."""
        if text in self.values:
            return True
        if text.endswith(("…", "...")):
            stem = text.rstrip(".…").rstrip()
            return len(stem) >= 8 and any(v.startswith(stem) for v in self.values)
        return False

    def remove(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(" ", text)


def pieces(text: str) -> list[str]:
    """``text``, its lines and the parts of its lines, each normalised."""
    found = [normalise(text)]
    for line in text.splitlines():
        found.append(normalise(line))
        found.extend(normalise(part) for part in _PIECES.split(line))
    return [p for p in dict.fromkeys(found) if p]


def _strip_values(text: str, data: DataValues) -> str:
    """``text`` without the data values, addresses and elided data labels in it."""
    text = data.remove(text)
    text = _EMAIL.sub(" ", text)
    text = _URL.sub(" ", text)
    return text


def check_text(where: str, text: str, language: str, data: DataValues) -> list[Finding]:
    """Every English string left in ``text`` (shown in ``language``)."""
    cat = catalogue(language)
    findings: list[Finding] = []
    for piece in pieces(text):
        if data.is_value(piece):
            continue
        source = cat.english_texts.get(piece)
        if source is None:
            source = next((w for p, w in cat.english_patterns if p.fullmatch(piece)), None)
            if source is not None and _only_data_in_placeholders(piece, data):
                source = None
        if source is not None:
            findings.append(Finding(where, piece, f"the English source of {source}"))
    findings += check_dates(where, text, language)
    remainder = " ".join(_strip_values(piece, data) for piece in pieces(text)
                         if not data.is_value(piece))
    unknown = []
    cut = {m.group(1).lower() for m in _CUT_WORD.finditer(remainder)}
    for word in words(remainder):
        lower = word.lower()
        if lower in cat.vocabulary or lower in PROPER_NAMES or len(lower) == 1:
            continue
        if lower in cut and any(known.startswith(lower) for known in cat.vocabulary):
            continue  # the start of a word of the language, cut short by an ellipsis
        if lower in english_date_words(language):
            continue  # reported by check_dates
        unknown.append(word)
    if unknown:
        english = [w for w in unknown if w.lower() in cat.english_words]
        why = (f"words no {language} translation uses: {', '.join(dict.fromkeys(unknown))}"
               + (f" (English sources have {', '.join(dict.fromkeys(english))})"
                  if english else ""))
        findings.append(Finding(where, normalise(text)[:200], why))
    return findings


def _only_data_in_placeholders(piece: str, data: DataValues) -> bool:
    """A pattern like "{name}" matched only because data filled it: no English of its own."""
    return not words(_strip_values(piece, data))


def check_dates(where: str, text: str, language: str) -> list[Finding]:
    findings = []
    for iso in ISO_DATE.findall(text):
        findings.append(Finding(where, iso, "a raw ISO date"))
    english = english_date_words(language)
    for word in words(normalise(text)):
        if word.lower() in english:
            findings.append(Finding(where, word, "an English month or weekday name"))
    return findings


def check_texts(texts: Iterable[tuple[str, str]], language: str,
                data: DataValues) -> list[Finding]:
    """``check_text`` of every (where, text), each finding once."""
    findings: dict[tuple[str, str], Finding] = {}
    for where, text in texts:
        if not text or not text.strip():
            continue
        for finding in check_text(where, text, language, data):
            findings.setdefault((finding.text, finding.why), finding)
    return list(findings.values())
