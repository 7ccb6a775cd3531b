"""What address books hold besides names, emails and phones: postal addresses, web addresses
and birthdays, as values the contacts service, the import and the exports share (validated
here, once)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from urllib.parse import urlsplit

from crm.errors import ValidationError
from crm.i18n import N_, _
from crm.services.limits import column_limit
from crm.services.validation import clean_text

# The parts of a postal address, in vCard ADR order after the label.
ADDRESS_PARTS = ("po_box", "extended", "street", "city", "region", "postal_code", "country")
# Column sizes of contact_address (crm.models.ContactAddress, read through
# crm.services.limits); street is Text.
ADDRESS_LENGTHS = {name: limit for name in ("label", *ADDRESS_PARTS)
                   if (limit := column_limit("contact_address", name)) is not None}
ADDRESS_LABELS = ("work", "home", "other")
PART_NAMES = {"label": N_("label"), "po_box": N_("PO box"), "extended": N_("extended address"),
              "street": N_("street"), "city": N_("city"), "region": N_("region"),
              "postal_code": N_("postal code"), "country": N_("country")}
PHONE_LABELS = ("mobile", "work", "home", "fax", "other")
URL_KINDS = ("website", "social")
# Networks whose addresses are profiles of a person (vCard X-SOCIALPROFILE), not websites.
SOCIAL_HOSTS = {
    "twitter.com": "twitter", "x.com": "twitter", "facebook.com": "facebook",
    "instagram.com": "instagram", "github.com": "github", "mastodon.social": "mastodon",
    "youtube.com": "youtube", "xing.com": "xing", "researchgate.net": "researchgate",
    "bsky.app": "bluesky", "threads.net": "threads", "tiktok.com": "tiktok",
    "orcid.org": "orcid", "scholar.google.com": "scholar", "t.me": "telegram",
}
SOCIAL_LABELS = frozenset({*SOCIAL_HOSTS.values(), "profile", "social", "linkedin"})
# A profile written as its handle ("@jdoe", "jdoe") in a column of its network, and the
# address of that profile.
PROFILE_ADDRESSES = {"twitter": "https://x.com/", "instagram": "https://www.instagram.com/",
                     "github": "https://github.com/", "facebook": "https://www.facebook.com/",
                     "telegram": "https://t.me/", "tiktok": "https://www.tiktok.com/@"}
_HANDLE = re.compile(r"^@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$")
_LABEL_LENGTH = column_limit("contact_url", "label") or 40
_URL_LENGTH = 2000
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")


@dataclass(frozen=True)
class Address:
    """A postal address, each part as written (``country`` too: "USA", "Belgique")."""

    label: str | None = None
    po_box: str | None = None
    extended: str | None = None
    street: str | None = None
    city: str | None = None
    region: str | None = None
    postal_code: str | None = None
    country: str | None = None

    def is_empty(self) -> bool:
        return not any(getattr(self, part) for part in ADDRESS_PARTS)

    def lines(self) -> list[str]:
        """The address as it is written on an envelope (street, "postal code city",
        region, country), without empty lines."""
        town = " ".join(filter(None, (self.postal_code, self.city)))
        box = f"PO Box {self.po_box}" if self.po_box else None
        street = (self.street or "").splitlines()
        return [line for line in (*street, self.extended, box, town, self.region,
                                  self.country) if line]

    def one_line(self) -> str:
        return ", ".join(self.lines())

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


@dataclass(frozen=True)
class WebAddress:
    """A web address of a person: a website, or a profile on a social network."""

    url: str
    kind: str = "website"
    label: str | None = None


def address_from(value: Address | Mapping[str, object], field: str = "address") -> Address | None:
    """An address with its parts cleaned (None for one without any part); a part longer
    than its column is a ValidationError naming ``field``."""
    raw = value.as_dict() if isinstance(value, Address) else dict(value)
    unknown = set(raw) - {f.name for f in fields(Address)}
    if unknown:
        raise ValidationError(_("{field}: unknown part {part}").format(
            field=field, part=sorted(unknown)[0]), field=field)
    parts: dict[str, str | None] = {}
    for name in ("label", *ADDRESS_PARTS):
        text = raw.get(name)
        cleaned = clean_text(str(text)) if text is not None else None
        if name != "street" and cleaned is not None:
            cleaned = " ".join(cleaned.split())
        limit = ADDRESS_LENGTHS.get(name)
        if cleaned and limit and len(cleaned) > limit:
            raise ValidationError(_("{field}: the {part} is longer than {limit} characters")
                                  .format(field=field, part=_(PART_NAMES[name]), limit=limit),
                                  field=field)
        parts[name] = cleaned
    if parts["label"]:
        parts["label"] = parts["label"].lower()
    address = Address(**parts)
    return None if address.is_empty() else address


def normalize_url(raw: str, field: str = "url") -> str:
    """A web address: http(s) with a host ("www.acme.com" gets ``https://``)."""
    text = "".join((raw or "").split())
    if not text:
        raise ValidationError(_("{field}: empty web address").format(field=field),
                              field=field)
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or "." not in host.strip(".") or \
            len(text) > _URL_LENGTH:
        raise ValidationError(_("{field}: '{value}' is not a web address (https://…)")
                              .format(field=field, value=raw.strip()[:80]), field=field)
    return text


def profile_address(value: str, network: str | None) -> str:
    """A value labelled with a network as a web address: a handle becomes its profile's
    address ("@jdoe" labelled twitter: https://x.com/jdoe); anything else is left as it is."""
    base = PROFILE_ADDRESSES.get((network or "").lower())
    if base is None or not _HANDLE.match(value):
        return value
    return base + value.removeprefix("@")


def url_kind(url: str, label: str | None = None) -> str:
    """``social`` for a profile on a known network (or labelled so), else ``website``:
    what a file without a kind of its own (Google, Outlook) leaves to guess."""
    if label and label.lower() in SOCIAL_LABELS:
        return "social"
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.").removeprefix("m.")
    return "social" if host in SOCIAL_HOSTS else "website"


def web_address(url: str, kind: str | None = None, label: str | None = None,
                field: str = "url") -> WebAddress:
    """A validated web address; without ``kind`` it is guessed from the address. A handle
    labelled with its network is that profile's address."""
    clean = normalize_url(profile_address(url.strip(), label), field)
    label = clean_text(label)
    if label is not None:
        label = label.lower()
        if len(label) > _LABEL_LENGTH:
            raise ValidationError(_("{field}: the label is longer than {limit} characters")
                                  .format(field=field, limit=_LABEL_LENGTH), field=field)
    kind = (kind or url_kind(clean, label)).lower()
    if kind not in URL_KINDS:
        raise ValidationError(_("{field}: kind must be website or social").format(
            field=field), field=field)
    return WebAddress(clean, kind, label)


def normalize_birthday(value: str | date | None, field: str = "birthday") -> str | None:
    """A birthday as stored: ``YYYY-MM-DD``, or ``--MM-DD`` when the year is not known
    (vCard 4's form; ``--0615`` and ``YYYYMMDD`` are read too). It must be a real day."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = value.strip()
    if not text:
        return None
    no_year = _NO_YEAR.match(text)
    full = _FULL.match(text)
    try:
        if no_year:
            month, day = int(no_year.group(1)), int(no_year.group(2))
            date(2000, month, day)  # a leap year: 29 February is a birthday
            return f"--{month:02d}-{day:02d}"
        if full:
            return date(int(full.group(1)), int(full.group(2)), int(full.group(3))).isoformat()
    except ValueError:
        pass
    raise ValidationError(_("{field}: '{value}' is not a date (YYYY-MM-DD, or --MM-DD "
                            "without the year)").format(field=field, value=text[:20]),
                          field=field)


def birthday_parts(birthday: str | None) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a stored birthday."""
    if not birthday:
        return None
    if birthday.startswith("--"):
        return None, int(birthday[2:4]), int(birthday[5:7])
    return int(birthday[:4]), int(birthday[5:7]), int(birthday[8:10])


def phone_extension(raw: str, region: str | None = None) -> str | None:
    """The extension written with a number ("ext. 102", "x102", ";ext=102"), if any."""
    import phonenumbers

    text = re.sub(r"\s*[;,]?\s*ext\s*=\s*", ";ext=", raw.strip(), flags=re.IGNORECASE)
    try:
        parsed = phonenumbers.parse(text.removeprefix("tel:"), region or None)
    except phonenumbers.NumberParseException:
        return None
    return parsed.extension or None


def phone_with_extension(number: str, extension: str | None) -> str:
    """A number as files write it with its extension: ``+1 418-555-0100 ext. 102``."""
    return f"{number} ext. {extension}" if extension else number
