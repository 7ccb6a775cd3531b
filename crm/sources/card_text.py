"""The text of a business card (read by OCR, crm.scan.ocr), as a contact.

Emails and phone numbers are found by email-validator and phonenumbers' matcher, the website
by its shape; then the rest of the card is read from its layout: the company is the line
with a legal form (Inc., LLC, Ltd, SA, NV, BV, SRL, GmbH, AG ...) or the words of the email
domain, the job title the line with a title word (CEO, Director, Directrice, Zaakvoerder ...),
and the name the largest remaining line that looks like one (near the top, or written in the
email address). Each value gets a confidence: the OCR's own for its words, lowered for what
was judged from the layout alone.

As a file source it claims nothing (a text file is the CSV source's); ``read_text`` takes
plain text, one line of the card per line, the first lines taken as the largest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from crm.i18n import N_, _
from crm.io.names import split_full_name
from crm.io.records import ContactRecord
from crm.io.tables import decode_text, read_bytes
from crm.sources import ContactSource, register

DEFAULT_REGION = "BE"

# Legal forms that end (or begin) a company's name, in the mission's countries and the USA.
LEGAL_FORMS = ("inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "limited", "corp", "corp.",
               "corporation", "co.", "plc", "lp", "llp", "sa", "s.a.", "nv", "n.v.", "bv",
               "b.v.", "srl", "s.r.l.", "sprl", "bvba", "cvba", "vzw", "asbl", "sas", "sarl",
               "gmbh", "ag", "spa", "s.p.a.", "pte", "pty", "group")
# Words of job titles in English, French and Dutch (lower case, accents kept; matched as the
# start of a word, so "direct" finds Director, Directeur, Directrice, Directeur-générale).
TITLE_WORDS = (
    "ceo", "cfo", "coo", "cto", "cmo", "cso", "cio", "vp", "svp", "evp", "president",
    "vice", "chief", "founder", "co-founder", "cofounder", "owner", "partner", "chair",
    "director", "manager", "head of", "lead", "officer", "engineer", "scientist",
    "consultant", "advisor", "adviser", "analyst", "specialist", "associate", "assistant",
    "coordinator", "representative", "account", "sales", "business development", "counsel",
    "attorney", "researcher", "professor", "principal", "executive", "secretary",
    "directeur", "directrice", "direct", "responsable", "gérant", "gérante", "fondateur",
    "fondatrice", "président", "présidente", "administrateur", "administratrice",
    "chargé", "chargée", "ingénieur", "ingénieure", "chercheur", "chercheuse", "conseiller",
    "conseillère", "chef de", "délégué", "déléguée", "commercial", "commerciale",
    "zaakvoerder", "bestuurder", "verantwoordelijke", "directeur", "afgevaardigd",
    "oprichter", "medeoprichter", "voorzitter", "hoofd", "adviseur", "onderzoeker",
    "ingenieur", "beheerder", "projectleider", "manager", "accountmanager", "verkoop",
    "bedrijfsleider", "algemeen", "gedelegeerd",
)
# Words in front of a number that say what kind of number it is.
_PHONE_LABELS = {"m": "mobile", "mob": "mobile", "mobile": "mobile", "cell": "mobile",
                 "gsm": "mobile", "portable": "mobile", "mobiel": "mobile", "t": "work",
                 "tel": "work", "tél": "work", "phone": "work", "office": "work",
                 "direct": "work", "f": "fax", "fax": "fax", "d": "work"}
_EMAIL = re.compile(r"[\w.+%'-]+\s?@\s?[\w-]+(?:\s?\.\s?[\w-]+)+", re.UNICODE)
_WEBSITE = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
                      r"\.[a-z]{2,12}(?:/[^\s]*)?", re.I)
_LINKEDIN = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[^\s,;]+", re.I)
# A street or postal line: digits with a street word, or a postcode and a town.
_ADDRESS = re.compile(r"\b(?:rue|avenue|av\.|boulevard|bd|chaussée|straat|laan|plein|weg|"
                      r"street|st\.|road|rd\.|suite|floor|drive|dr\.|lane|place|square|"
                      r"park|box|bus)\b|\b\d{4,5}\b|\b[A-Z]{2}\s\d{5}\b", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?$", re.UNICODE)
# Words in front of an email address that say what it is.
_EMAIL_LABELS = {"e", "e-mail", "email", "mail", "courriel", "e.", "@"}
# An address whose dot was put back where the OCR read a space.
GUESSED_DOT = 0.6
# Confidence of what the layout says, on top of the OCR's confidence in the words.
LAYOUT_SURE, LAYOUT_LIKELY, LAYOUT_GUESS = 1.0, 0.8, 0.55
# A line with a title word is a job title, unless the card says something else with it.
LAYOUT_TITLE = 0.95


@dataclass(frozen=True)
class CardLine:
    """One line of text on the card as the OCR found it."""

    text: str
    height: float = 0.0  # of its letters, in pixels: the name is usually the largest
    top: float = 0.0
    left: float = 0.0
    confidence: float = 1.0  # the OCR's, 0 to 1


def fold(text: str) -> str:
    """Lower case without accents, for comparing words ("Frédéric" ~ "frederic")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_legal_form(text: str) -> bool:
    """Whether a line names a company by its legal form ("Biotech Solutions SA", "NV Acme")."""
    words = [w.strip(",()") for w in text.casefold().split()]
    return len(words) > 1 and any(w in LEGAL_FORMS for w in words)


def has_title_word(text: str) -> bool:
    """Whether a line holds a word of a job title (in English, French or Dutch)."""
    folded = fold(text)
    for word in TITLE_WORDS:
        if re.search(r"(?:^|[\s,/&(-])" + re.escape(fold(word)), folded):
            return True
    return False


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in text) or "@" in text:
        return False
    if has_legal_form(text) or has_title_word(text):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return all(_NAME_WORD.match(w) for w in words) and len(capitalised) >= 2


def _in_email(name: str, emails: Sequence[str]) -> bool:
    """Whether a name's words are written in an email's local part (ann.lee@, alee@)."""
    parts = [p for p in re.split(r"[\s'’-]+", fold(name)) if len(p) > 1]
    for address in emails:
        local = re.sub(r"[^a-z]", "", fold(address.split("@")[0]))
        if parts and sum(p.replace(".", "") in local for p in parts) >= min(2, len(parts)):
            return True
        if len(parts) >= 2 and local in (parts[0][0] + parts[-1], parts[0] + parts[-1][0]):
            return True
    return False


def _domain_words(emails: Sequence[str], website: str | None) -> set[str]:
    domains = [e.split("@")[-1] for e in emails]
    if website:
        domains.append(re.sub(r"^(?:https?://)?(?:www\.)?", "", website.lower()).split("/")[0])
    words: set[str] = set()
    for domain in domains:
        label = domain.lower().split(".")[0]
        if label in ("gmail", "outlook", "hotmail", "yahoo", "icloud", "live", "skynet",
                     "telenet", "proximus"):
            continue
        words.update(w for w in re.split(r"[-_]", label) if len(w) > 2)
        words.add(label.replace("-", ""))
    return words


def _matches_domain(text: str, words: set[str]) -> bool:
    folded = [re.sub(r"[^a-z0-9]", "", w) for w in fold(text).split()]
    joined = "".join(folded)
    return any(w in folded or w == joined or (len(w) > 4 and w in joined) for w in words)


def _mend_email(text: str) -> str:
    """What an OCR does to the domain of an address undone: a dot read as a space or a low
    comma ("acme ‚be", "acme fr"), a hyphen doubled ("novasys- -biologics")."""
    at = text.find("@")
    if at < 0:
        return text
    domain = text[at + 1:]
    domain = re.sub(r"\s*[‚,·•]\s*(?=[a-z])", ".", domain)
    domain = re.sub(r"-\s*-?\s*(?=[a-z0-9])", "-", domain)
    domain = re.sub(r"^([\w-]+)\s+([a-z]{2,6})\s*$", r"\1.\2", domain)
    return text[:at + 1] + domain


def line_values(text: str, regions: Sequence[str] = (DEFAULT_REGION,)
                ) -> tuple[list[str], list[str]]:
    """The valid emails and phone numbers (E.164) on one line of text."""
    emails = [address for address, _sure in _emails(text)]
    return emails, [number for number, _label in _phones(_EMAIL.sub(" ", _mend_email(text)),
                                                          regions)]


def _emails(text: str) -> list[tuple[str, float]]:
    """The valid addresses in a line, each with how sure the reading is (1: as written)."""
    from email_validator import EmailNotValidError, validate_email

    found: list[tuple[str, float]] = []
    mended = _mend_email(text)
    sure_of_domain = 1.0 if mended == text else GUESSED_DOT
    text = mended
    for match in _EMAIL.finditer(text):
        candidate = re.sub(r"\s", "", match.group(0)).strip(".,;:'-")
        sure = sure_of_domain
        # "ruben jacobs@x.com" alone on its line: the OCR took the dot for a space.
        before = text[:match.start()].split()
        if (len(before) == 1 and text[match.start() - 1] == " "
                and before[0].casefold().strip(":") not in _EMAIL_LABELS
                and re.fullmatch(r"[^\W_][\w.+-]*", before[0])):
            candidate, sure = f"{before[0]}.{candidate}", GUESSED_DOT
        try:
            address = validate_email(candidate, check_deliverability=False).normalized
        except EmailNotValidError:
            continue
        # Printed addresses are lower case; an OCR reads a capital for o, s, v, w, x, z ...
        address = address.lower()
        if all(address != known for known, _sure in found):
            found.append((address, sure))
    return found


def _ocr_digits(text: str) -> str:
    """Letters an OCR reads for digits inside a number ("+33 i 55 55", "O2 555") put back."""
    if sum(c.isdigit() for c in text) < 6:
        return text
    text = re.sub(r"(?<=[\d\s+(-])[ilI|](?=[\s)\d-])", "1", text)
    return re.sub(r"(?<=[\d\s+(])[oO](?=\d)|(?<=\d)[oO](?=[\d\s)-])", "0", text)


def _phones(line_text: str, regions: Sequence[str]) -> list[tuple[str, str | None]]:
    import phonenumbers

    line_text = _ocr_digits(line_text)
    found: list[tuple[str, str | None]] = []
    for region in regions:
        for match in phonenumbers.PhoneNumberMatcher(line_text, region):
            number = phonenumbers.format_number(match.number,
                                                phonenumbers.PhoneNumberFormat.E164)
            if match.number.extension:
                number += f" ext. {match.number.extension}"
            before = re.findall(r"[^\W\d_]+", line_text[:match.start].casefold())
            label = _PHONE_LABELS.get(before[-1]) if before else None
            if all(number != n for n, _label in found):
                found.append((number, label))
    return found


def read_card(lines: Sequence[CardLine], origin: Path | str = "card",
              region: str | Sequence[str] = DEFAULT_REGION) -> ContactRecord:
    """The contact on a business card from its lines of text; phones without ``+`` are read
    in ``region`` (or each of several regions in turn)."""
    regions = [region] if isinstance(region, str) else list(region) or [DEFAULT_REGION]
    record = ContactRecord(row=1)
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return record
    used: set[int] = set()
    for index, line in enumerate(lines):
        emails = _emails(line.text)
        for address, sure in emails:
            if all(address != a for a, _label in record.emails):
                record.emails.append((address, None))
                record.confidence.setdefault("email", line.confidence * sure)
        phones = _phones(_EMAIL.sub(" ", _mend_email(line.text)), regions)
        for number, label in phones:
            if all(number != n for n, _label in record.phones):
                record.phones.append((number, label))
                record.confidence.setdefault("phone", line.confidence)
        linkedin = _LINKEDIN.search(line.text)
        if linkedin and "linkedin" not in record.values:
            url = linkedin.group(0)
            record.values["linkedin"] = url if "://" in url else f"https://{url}"
            record.confidence["linkedin"] = line.confidence
        elif not emails and "company_website" not in record.values:
            # "www.helixgene -therapeutics.com": the OCR cut the address at its hyphen.
            text = re.sub(r"(?i)(?<=[a-z0-9])\s*-\s*(?=[a-z0-9])", "-", line.text) \
                if re.match(r"(?i)\s*(?:https?://|www\.)", line.text) else line.text
            site = next((m.group(0) for m in _WEBSITE.finditer(text)
                         if m.group(0).lower().startswith(("www.", "http"))
                         or text.strip().lower() == m.group(0).lower()), None)
            if site:
                record.values["company_website"] = site if "://" in site else f"https://{site}"
                record.confidence["company_website"] = line.confidence
        if emails or phones or linkedin or (record.values.get("company_website") and
                                            not emails and _WEBSITE.search(line.text)):
            used.add(index)
    _agree_with_website(record)
    address_lines = {i for i, line in enumerate(lines)
                     if i not in used and any(c.isdigit() for c in line.text)
                     and _ADDRESS.search(line.text)}
    used |= address_lines
    free = [i for i in range(len(lines)) if i not in used]
    email_list = [a for a, _label in record.emails]
    domain = _domain_words(email_list, record.values.get("company_website"))

    company = next((i for i in free if has_legal_form(lines[i].text)), None)
    company_layout = LAYOUT_SURE
    if company is None and domain:
        company = next((i for i in free if _matches_domain(lines[i].text, domain)
                        and not has_title_word(lines[i].text)
                        and not _in_email(lines[i].text, email_list)), None)
        company_layout = LAYOUT_LIKELY
    title = next((i for i in free if i != company and has_title_word(lines[i].text)), None)
    candidates = [i for i in free if i not in (company, title)
                  and _looks_like_name(lines[i].text)]
    name = None
    name_layout = LAYOUT_GUESS
    written = [i for i in candidates if _in_email(lines[i].text, email_list)]
    if written:
        name, name_layout = written[0], LAYOUT_SURE
    elif candidates:
        tallest = max(lines[i].height for i in free)
        name = max(candidates, key=lambda i: (lines[i].height, -lines[i].top))
        name_layout = LAYOUT_LIKELY if lines[name].height >= 0.9 * tallest else LAYOUT_GUESS
    if name is not None:
        first, last = split_full_name(lines[name].text.strip())
        record.values.update(first_name=first, last_name=last)
        sure = lines[name].confidence * name_layout
        record.confidence.update(first_name=sure, last_name=sure)
    if company is not None:
        record.values["company"] = lines[company].text.strip()
        record.confidence["company"] = lines[company].confidence * company_layout
    if title is not None:
        text = lines[title].text.strip()
        # "Directrice commerciale | Biotech SA" on one line: the part before the company.
        record.values["job_title"] = re.split(r"\s[|•·]\s", text)[0]
        record.confidence["job_title"] = lines[title].confidence * LAYOUT_TITLE
    rest = [lines[i].text.strip() for i in range(len(lines))
            if i not in (name, company, title) and i not in used - address_lines]
    if rest:
        record.notes.append("\n".join(rest))
        record.confidence["notes"] = LAYOUT_GUESS
    return record


def _agree_with_website(record: ContactRecord) -> None:
    """An email whose domain is the website's cut short ("acme.n" beside www.acme.nl) was
    cut by the OCR: it takes the website's domain, marked to check."""
    site = record.values.get("company_website", "")
    domain = re.sub(r"^(?:https?://)?(?:www\.)?", "", site.lower()).split("/")[0]
    if not domain:
        return
    for index, (address, label) in enumerate(record.emails):
        local, _at, own = address.rpartition("@")
        if own != domain and domain.startswith(own) and "." in own:
            record.emails[index] = (f"{local}@{domain}", label)
            record.confidence["email"] = min(record.confidence.get("email", 1.0), GUESSED_DOT)


def lines_of_text(text: str) -> list[CardLine]:
    """Plain text as card lines, the earlier ones taken as the larger (a name comes first)."""
    rows = [row for row in text.splitlines() if row.strip()]
    return [CardLine(row, height=float(len(rows) - n), top=float(n)) for n, row in
            enumerate(rows)]


class CardTextSource(ContactSource):
    name = "card-text"
    label = N_("Business card text")
    extensions = ()
    editable_mapping = False

    def sniff(self, path: Path, head: bytes) -> float:
        return 0.0

    def read(self, path: Path, data: bytes | None) -> list[ContactRecord]:
        text, _encoding = decode_text(read_bytes(path) if data is None else data, path)
        return self.read_text(text, path)

    def read_text(self, text: str, origin: Path,
                  region: str | Sequence[str] = DEFAULT_REGION) -> list[ContactRecord]:
        return [read_card(lines_of_text(text), origin, region)]

    def describe(self, dialect: str) -> str:
        return _("the text of a business card")


SOURCE = register(CardTextSource())
