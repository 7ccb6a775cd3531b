"""vCard 2.1, 3.0 and 4.0 in (phones, Apple's ``item1.`` groups, Android's quoted-printable),
vCard 3.0 or 4.0 out, with vobject."""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crm.errors import UserError
from crm.i18n import _
from crm.io.headers import google_label
from crm.io.records import ContactRecord, RecordList
from crm.io.tables import decode_text, read_bytes

# Our fields that vCard has no property for travel as X-CRM-* properties (lossless round trip).
X_FIELDS = {
    "X-CRM-COUNTRY": "country",
    "X-CRM-LANGUAGE": "language",
    "X-CRM-PRIORITY": "priority",
    "X-CRM-OWNER": "owner",
    "X-CRM-SOURCE": "source",
    "X-CRM-LAWFUL-BASIS": "lawful_basis",
    "X-CRM-LAWFUL-BASIS-ON": "lawful_basis_on",
    "X-CRM-LAWFUL-BASIS-NOTE": "lawful_basis_note",
    "X-CRM-COMPANY-KIND": "company_kind",
    "X-CRM-COMPANY-COUNTRY": "company_country",
    "X-CRM-COMPANY-CITY": "company_city",
    "X-CRM-COMPANY-WEBSITE": "company_website",
}
PRODID = "-//Mission CRM//Contacts//EN"
# The export fields write_vcards reads (crm.services.exports.export_records).
VCARD_FIELDS = ("id", "first_name", "last_name", "full_name", "middle_name", "name_prefix",
                "name_suffix", "nickname", "birthday", "company", "job_title",
                "linkedin", "notes", "email_list", "phone_list", "address_list", "url_list",
                "tag_list", "session_list", *X_FIELDS.values())
_TYPE_LABELS = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "work": "work",
                "home": "home", "fax": "fax", "other": "other", "main": "work"}
_IGNORED_TYPES = {"pref", "voice", "internet", "x400", "msg", "text"}
# Properties that say nothing of the person: which program wrote the card and when, how it
# files or shows it, where it can be fetched again. Not imported, by design; every other
# property a field does not hold is kept in the contact's notes as "NAME: value".
BOOKKEEPING = frozenset({
    "BEGIN", "END", "VERSION", "PRODID", "REV", "UID", "KIND", "CLASS", "PROFILE", "NAME",
    "SOURCE", "MAILER", "SORT-STRING", "X-GENERATOR", "X-ABLABEL", "X-ABUID", "X-ABADR",
    "X-EVOLUTION-FILE-AS", "X-MS-OL-DESIGN", "X-MS-OL-DEFAULT-POSTAL-ADDRESS",
    "X-MOZILLA-HTML", "X-COUCHDB-APPLICATION-ANNOTATIONS",
    # vCard 4.0's synchronisation map (RFC 6350 §6.7.7): which device wrote a value.
    "CLIENTPIDMAP",
    # iOS 17 and macOS 14: how Siri addresses the person (encrypted, readable by Apple
    # alone), the photo's own bookkeeping, the name's phonetic data for Apple's servers.
    "X-ADDRESSING-GRAMMAR", "X-IMAGETYPE", "X-IMAGEHASH", "X-SHARED-PHOTO-DISPLAY-PREF",
    "X-ADDRESSBOOKSERVER-PHONEME-DATA",
})
# Apple writes "X-ABShowAs" (and KDE "X-ABShowAs-ABShowAs"): company or person first.
BOOKKEEPING_PREFIXES = ("X-ABSHOWAS",)
# A picture's media type from its first bytes; other data is not kept as a picture.
_PICTURE_TYPES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG", "image/png"),
                  (b"GIF8", "image/gif"))
# A bigger PHOTO is a damaged or hostile card (phones write a few tens of KB).
MAX_PHOTO_BYTES = 10 * 2**20
# Our pictures other than the person's photo (a scanned card or badge) travel as this.
X_PICTURE = "X-CRM-PICTURE"


# Line breaks as damaged files write them: CR CR LF (an iPhone card passed through a
# Windows tool), a lone CR (old Macs), LF; each is one line break. Only these: splitlines()
# would also break a value at a form feed or U+2028.
_LINE_BREAK = re.compile(r"\r*\n|\r")


def split_cards(text: str, path: Path) -> tuple[list[tuple[int, str]], RecordList]:
    """Each ``BEGIN:VCARD`` ... ``END:VCARD`` block with the line it starts on, and an empty
    RecordList holding what could not be read: cards not read (``dropped``) and lines passed
    over (``notes``), each (line, reason). Damaged line endings, stray byte order marks and
    trailing spaces are read through; a card left open by the next BEGIN:VCARD is read up to
    it (and said); one left open at the end of the file (truncated) is reported, not read.
    A UserError naming the line when no card at all can be read."""
    cards: list[tuple[int, str]] = []
    unread = RecordList()
    start: int | None = None
    lines: list[str] = []
    stray: int | None = None  # the first line of text outside any card

    def close(number: int | None) -> None:
        # Trailing spaces are not part of a value, except where the next line continues it
        # (folding may cut a value right after a space).
        kept = [line if following[:1] in (" ", "\t") else line.rstrip(" \t")
                for line, following in zip(lines, [*lines[1:], ""], strict=True)]
        cards.append((start, "\r\n".join(kept) + "\r\n"))  # type: ignore[arg-type]
        if number is not None:
            unread.notes.append((start, _(  # type: ignore[arg-type]
                "vCard has no END:VCARD before line {number}; read up to there")
                .format(number=number)))

    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        line = line.replace("\ufeff", "")
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if start is not None:
                close(number)
            start, lines = number, ["BEGIN:VCARD"]
        elif upper == "END:VCARD":
            if start is None:
                unread.notes.append((number, _("END:VCARD without BEGIN:VCARD; ignored")))
                continue
            lines.append("END:VCARD")
            close(None)
            start, lines = None, []
        elif start is not None:
            lines.append(line if line.strip() else "")
        elif line.strip():
            stray = stray or number
            unread.notes.append((number, _("text outside a vCard (BEGIN:VCARD expected); "
                                           "ignored")))
    if start is not None:
        if not cards:
            raise UserError(_("{path} row {start}: vCard has no END:VCARD (truncated file?)")
                            .format(path=path, start=start), row=start)
        unread.dropped.append((start, _("vCard has no END:VCARD (truncated file?); "
                                        "not imported")))
    if not cards:
        if stray is not None:
            raise UserError(_("{path} row {number}: text outside a vCard (BEGIN:VCARD "
                              "expected)").format(path=path, number=stray), row=stray)
        raise UserError(_("{path}: no vCard in the file").format(path=path))
    return cards, unread


def _decode_quoted_printable(card: str) -> str:
    """vCard 2.1 writes non-ASCII text as ``ENCODING=QUOTED-PRINTABLE;CHARSET=...`` with
    ``=`` soft line breaks, which vobject does not read: decode those lines to plain text."""
    out: list[str] = []
    lines = card.split("\r\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        name, sep, value = line.partition(":")
        if sep and "QUOTED-PRINTABLE" in name.upper():
            while value.endswith("=") and i + 1 < len(lines):
                i += 1
                value = value[:-1] + lines[i].lstrip() if lines[i].startswith((" ", "\t")) \
                    else value[:-1] + lines[i]
            params = [p for p in name.split(";")[1:]]
            charset = "utf-8"
            kept = []
            for p in params:
                key = p.split("=", 1)[0].upper()
                if key == "CHARSET" and "=" in p:
                    charset = p.split("=", 1)[1]
                elif p.upper() not in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE"):
                    kept.append(p)
            raw = quopri.decodestring(value.encode("latin-1", "replace"))
            try:
                decoded = raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                decoded = raw.decode("cp1252", "replace")
            # Escape what vCard 3.0 would have escaped, so vobject reads it back as written.
            decoded = decoded.replace("\r\n", "\\n").replace("\n", "\\n")
            out.append(";".join([name.split(";")[0], *kept]) + ":" + decoded)
        else:
            out.append(line)
        i += 1
    return "\r\n".join(out)


def read_vcards(path: Path, data: bytes | None = None) -> RecordList:
    """Every card of a .vcf file (or of ``data``, its content) as a ContactRecord
    (row = the line of its BEGIN:VCARD), and the cards or lines that could not be read."""
    text, _encoding = decode_text(read_bytes(path) if data is None else data, path)
    cards, records = split_cards(text, path)
    first_error: UserError | None = None
    for row, card in cards:
        try:
            records.append(parse_card(card, row, path))
        except UserError as exc:
            # One damaged card does not cost the others.
            first_error = first_error or exc
            records.dropped.append((row, _("{reason}; not imported").format(
                reason=exc.message.split(": ", 1)[-1])))
    if not records and first_error is not None:
        raise first_error
    return records


def parse_card(card: str, row: int, path: Path) -> ContactRecord:
    """One vCard (any version) as a ContactRecord."""
    import io

    import vobject

    if "QUOTED-PRINTABLE" in card.upper():
        card = _decode_quoted_printable(card)
    # vobject unfolds the lines and splits name, group and parameters; the values are
    # decoded here (its own decoding drops text after an unescaped comma, which phones write).
    lines: list[Any] = []
    unread: list[tuple[int, str]] = []
    try:
        for text, number in vobject.base.getLogicalLines(io.StringIO(card)):
            if text.strip():
                line = _content_line(text, number, lines)
                if line is None:
                    unread.append((row + number - 1, text))
                elif not lines or line is not lines[-1]:
                    lines.append(line)
    except Exception as exc:
        raise UserError(_("{path} row {row}: unreadable vCard ({reason})")
                        .format(path=path, row=row, reason=str(exc).splitlines()[0]),
                        row=row) from None
    record = ContactRecord(row=row)
    for number, text in unread:
        # Kept whole in the notes: what it held is not lost, and the summary says where.
        record.notes.append(text)
        record.passed_over.append(("vcard", _(
            "line {number} is not a vCard property; kept in the notes as written")
            .format(number=number)))
    labels = {line.group: google_label(_text(line.value)) for line in lines
              if line.name.upper() == "X-ABLABEL" and line.group}
    printed: list[tuple[str, str | None]] = []
    for line in lines:
        if line.name.upper() == "LABEL":
            printed.append((_text(line.value), _label(line, labels)))
        else:
            _read_line(record, line, labels)
    if not record.addresses:
        # LABEL is an address as printed on an envelope: the card's address when it has no
        # ADR (otherwise the same address twice).
        record.addresses.extend({"street": text, **({"label": label} if label else {})}
                                for text, label in printed if text)
    # FN names the person when N does not; when it does, an FN that N does not give back is
    # kept in the notes (crm.services.importing.validate).
    full = record.values.pop("_fn", "")
    if full:
        record.values["full_name"] = full
    return record


# An empty parameter before the colon or another parameter, as Outlook writes an address:
# "ADR;HOME;PREF;:;;Street" (vobject's lexer rejects the line).
_EMPTY_PARAMETER = re.compile(r";+(?=;|$)")
# Between the addresses of one EMAIL.
_EMAIL_SEPARATORS = re.compile(r"\s*[;,]\s*")
# A line of base64 data and nothing else.
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+=*")


def _content_line(text: str, number: int, lines: list[Any]) -> Any | None:
    """One logical line as vobject's ContentLine, read through what other programs write
    wrongly; the previous line (``lines[-1]``) when ``text`` continues its base64 data; None
    when it cannot be read at all."""
    import vobject

    try:
        return vobject.base.textLineToContentLine(text, number)
    except vobject.base.ParseError:
        pass
    if lines and _BASE64_LINE.fullmatch(text) and _is_binary(lines[-1], str(lines[-1].value)):
        # vCard 2.1 data continued on lines that are not indented (a .NET library writes its
        # photos so): the data, not a property of their own.
        lines[-1].value = str(lines[-1].value) + text
        return lines[-1]
    name, colon, value = text.partition(":")
    if colon and '"' not in name and _EMPTY_PARAMETER.search(name):
        try:
            return vobject.base.textLineToContentLine(
                _EMPTY_PARAMETER.sub("", name) + ":" + value, number)
        except vobject.base.ParseError:
            pass
    return None


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _parts(raw: str, sep: str) -> list[str]:
    """A structured value (N, ORG, CATEGORIES) split on its unescaped separators."""
    return [_unescape(p).strip() for p in re.split(r"(?<!\\)" + re.escape(sep), raw)]


def _text(raw: object) -> str:
    # vobject's own decoding drops text after an unescaped comma, which phones write: the
    # raw value is decoded here instead.
    return _unescape(str(raw)).strip()


def _label(line, labels: dict[str | None, str | None]) -> str | None:  # type: ignore[no-untyped-def]
    if line.group and labels.get(line.group):
        return labels[line.group]
    types: list[str] = []
    for key, values in line.params.items():
        if key.upper() == "TYPE":
            types.extend(t.strip().strip('"').lower() for v in values for t in v.split(","))
    # vCard 2.1 writes types as bare parameters: TEL;CELL;PREF:...
    types.extend(t.lower() for t in line.singletonparams)
    # "TYPE=WORK,FAX" is a fax and "TYPE=WORK,CELL" a mobile: the kind of line first.
    for kind in ("fax", "cell", "mobile", "iphone"):
        if kind in types:
            return _TYPE_LABELS[kind]
    for t in types:
        if t in _TYPE_LABELS:
            return _TYPE_LABELS[t]
    rest = [t for t in types if t not in _IGNORED_TYPES]
    return rest[0] if rest else None


# Android's type number of an event that is the birthday (ContactsContract's Event.TYPE_BIRTHDAY;
# 1 is an anniversary, 2 another date: kept in the notes).
_ANDROID_BIRTHDAY = "3"
# What Android's other type numbers say (ContactsContract's Relation.TYPE_* and Event.TYPE_*;
# 0 is a label of the user's own, in the next column).
_ANDROID_TYPES = {
    "relation": {"1": "assistant", "2": "brother", "3": "child", "4": "domestic partner",
                 "5": "father", "6": "friend", "7": "manager", "8": "mother", "9": "parent",
                 "10": "partner", "11": "referred by", "12": "relative", "13": "sister",
                 "14": "spouse"},
    "contact_event": {"1": "anniversary", "2": "other"},
}
_ANDROID_KINDS = {"contact_event": "event"}


def _read_line(record: ContactRecord, line, labels) -> None:  # type: ignore[no-untyped-def]
    name = line.name.upper()
    raw = str(line.value)
    if name == "N":
        # Each part may be a list ("Richter,James" for two middle names): words apart.
        parts = [" ".join(p for p in _parts(part, ",") if p)
                 for part in re.split(r"(?<!\\);", raw)] + ["", "", "", ""]
        if record.values.get("last_name") or record.values.get("first_name"):
            # Another N (vCard 4.0 gives one per language or script, ALTID): the card's
            # first names the person, as for the fields that hold one value; this one is kept.
            _keep(record, name, "; ".join(p for p in parts[:5] if p))
            return
        record.values["last_name"], record.values["first_name"] = parts[0], parts[1]
        for key, part in zip(("middle_name", "name_prefix", "name_suffix"), parts[2:5],
                             strict=True):
            if part:
                record.values[key] = part
    elif name == "NICKNAME":
        _single(record, "nickname", name, _text(raw))
    elif name == "BDAY":
        _single(record, "birthday", name, _birthday(line, _text(raw)))
    elif name == "ADR":
        parts = [*_parts(raw, ";"), *[""] * 7][:7]
        address = {key: part for key, part in zip(_ADR_ORDER, parts, strict=True) if part}
        if address:
            label = _label(line, labels)
            record.addresses.append({**address, "label": label} if label else address)
    elif name == "FN":
        _single(record, "_fn", name, _text(raw))
    elif name == "ORG":
        company, *units = _parts(raw, ";")
        if record.values.get("company") not in (None, company):
            _keep(record, name, "; ".join(p for p in (company, *units) if p))
            return
        if company:
            record.values["company"] = company
        if any(units):
            _keep(record, "ORG (unit)", "; ".join(u for u in units if u))
    elif name == "TITLE":
        _single(record, "job_title", name, _text(raw))
    elif name == "EMAIL":
        # One address, or a few: "a@x.com;" (a stray separator), "a@x.com, b@y.com". Neither
        # character can stand unquoted in an address; a quoted one stays whole.
        text = _text(raw)
        addresses = [text] if '"' in text else _EMAIL_SEPARATORS.split(text)
        record.emails.extend((address, _label(line, labels)) for address in addresses
                             if address)
    elif name == "TEL":
        number = _text(raw)
        if number.lower().startswith("tel:"):
            # tel:+14185550100;ext=102 keeps its extension; other URI parameters go.
            number, *params = number[4:].split(";")
            number += "".join(f";{p}" for p in params if p.lower().startswith("ext="))
        if number:
            record.phones.append((number, _label(line, labels)))
    elif name == "NOTE":
        if _text(raw):
            record.notes.append(_text(raw))
    elif name == "CATEGORIES":
        record.tags.extend(p for p in _parts(raw, ",") if p)
    elif name in ("URL", "X-SOCIALPROFILE"):
        url = _text(raw)
        if name == "X-SOCIALPROFILE" and url.lower().startswith("x-apple:"):
            # iOS's profile it knows only by its handle ("x-apple:jdoe").
            url = url[len("x-apple:"):]
        if "linkedin." in url.lower():
            record.values["linkedin"] = url
        elif url:
            label = _label(line, labels)
            kind = "social" if name == "X-SOCIALPROFILE" else None
            record.urls.append((url, kind, None if label == "linkedin" else label))
    elif name == "UID":
        uid = _text(raw)
        record.values["id"] = uid[9:] if uid.lower().startswith("urn:uuid:") else uid
    elif name == "LANG":
        _single(record, "language", name, _text(raw))
    elif name in X_FIELDS:
        record.values[X_FIELDS[name]] = _text(raw)
    elif name == "PRODID" and PRODID in raw:
        record.values["_ours"] = "yes"
    elif name == "X-CRM-SESSION":
        record.sessions.append(_text(raw))
    elif name == "X-ANDROID-CUSTOM":
        # Android's own fields: "vnd.android.cursor.item/nickname;Ren;1;;;" (kind; value;
        # Android's type number; empty columns).
        kind, *values = _parts(raw, ";")
        kind = kind.rsplit("/", 1)[-1]
        value = next((v for v in values if v), "")
        if kind == "nickname":
            _single(record, "nickname", name, value)
        elif kind == "contact_event" and values[1:2] == [_ANDROID_BIRTHDAY] and value:
            # "contact_event;1985-04-12;3": Android's birthday when a card has no BDAY.
            _single(record, "birthday", name, values[0])
        elif kind in _ANDROID_TYPES and values and values[0]:
            # "relation;Mum;8": the value, its type number, or 0 and a label of its own.
            number, label = (values[1:2] or [""])[0], (values[2:3] or [""])[0]
            said = label if number == "0" else _ANDROID_TYPES[kind].get(number, number)
            key = ", ".join(filter(None, (_ANDROID_KINDS.get(kind, kind), said)))
            _keep(record, f"{name} ({key})", values[0])
        elif value:
            _keep(record, f"{name} ({kind})", "; ".join(v for v in values if v))
    elif name in ("PHOTO", X_PICTURE):
        _picture(record, line, raw)
    elif name in ("LOGO", "KEY", "SOUND", "X-MS-CARDPICTURE") and _is_binary(line, raw):
        # X-MS-CARDPICTURE: the picture on Outlook's electronic business card, often a logo.
        record.passed_over.append((name.lower(), _(
            "{property} held as binary data ({size} KB) is not imported")
            .format(property=name, size=max(1, len(raw) * 3 // 4 // 1024))))
    elif name == "KIND":
        # Bookkeeping for a person's card; a group's, an organisation's or a place's (vCard
        # 4.0) says the contact is not one person: kept, and its name is not split.
        if _text(raw).lower() not in ("", "individual"):
            _keep(record, name, _text(raw))
            record.whole_name = True
    elif name.startswith(BOOKKEEPING_PREFIXES):
        # Apple's (and KDE's) card of a business: shown by its company, not a person's name.
        record.whole_name = record.whole_name or _text(raw).upper() == "COMPANY"
    elif name not in BOOKKEEPING and not name.startswith("X-CRM-") and _text(raw):
        # Any other property (ROLE, GEO, X-AIM, ANNIVERSARY, X-ABRELATEDNAMES ...): kept.
        label = _label(line, labels)
        _keep(record, f"{name} ({label})" if label else name, _text(raw))


def _single(record: ContactRecord, key: str, name: str, value: str) -> None:
    """A field that holds one value: the card's first; another one is kept in the notes."""
    if not value:
        return
    if record.values.get(key) in (None, value):
        record.values[key] = value
    else:
        _keep(record, name, value)


def _keep(record: ContactRecord, name: str, value: str) -> None:
    """A value no field holds, kept in the notes under its property's name."""
    record.extra[name] = f"{record.extra[name]}; {value}" if name in record.extra else value


def _param(line, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The values of one parameter of a line, any case (TYPE=JPEG,PNG counts two)."""
    return [v.strip().strip('"') for k, values in line.params.items() if k.upper() == key
            for value in values for v in value.split(",")]


def _is_binary(line, raw: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a PHOTO, LOGO ... holds its data (base64) rather than a web address."""
    encodings = {e.lower() for e in _param(line, "ENCODING")}
    singles = {s.upper() for s in line.singletonparams}
    return bool(encodings & {"b", "base64"}) or "BASE64" in singles or \
        raw.lower().startswith("data:") or not re.match(r"^[a-z][a-z0-9+.-]*:", raw, re.I)


def _picture(record: ContactRecord, line, raw: str) -> None:  # type: ignore[no-untyped-def]
    """PHOTO as a picture kept with the contact: base64 in the value (2.1 ENCODING=BASE64,
    3.0 ENCODING=b, or no parameter at all as Thunderbird writes it) or a data: URI (4.0).
    A web address is kept in the notes: nothing is downloaded."""
    name = line.name.upper()
    kind = next((k.lower() for k in _param(line, "X-CRM-KIND")), "photo") \
        if name == X_PICTURE else "photo"
    text = raw.strip()
    if not _is_binary(line, text):
        _keep(record, name, text)
        return
    if text.lower().startswith("data:"):
        header, _sep, text = text.partition(",")
        if ";base64" not in header.lower():
            record.passed_over.append(("photo", _(
                "the photo is not in base64 ({header}); not imported")
                .format(header=header[:40])))
            return
    try:
        data = base64.b64decode(re.sub(r"\s+", "", text), validate=True)
    except (binascii.Error, ValueError):
        record.passed_over.append(("photo", _("the photo's data is damaged (not base64); "
                                              "not imported")))
        return
    media_type = next((media for magic, media in _PICTURE_TYPES if data.startswith(magic)),
                      None)
    if media_type is None or len(data) > MAX_PHOTO_BYTES:
        record.passed_over.append(("photo", _(
            "the photo is not a JPEG, PNG or GIF picture of at most {megabytes} MB; not "
            "imported").format(megabytes=MAX_PHOTO_BYTES // 2**20)))
        return
    record.pictures.append((data, media_type, kind))


# ADR's parts in vCard order: PO box; extended; street; locality; region; code; country.
_ADR_ORDER = ("po_box", "extended", "street", "city", "region", "postal_code", "country")


def _birthday(line, text: str) -> str:  # type: ignore[no-untyped-def]
    """BDAY as written, with Apple's year-less form (``X-APPLE-OMIT-YEAR=1604`` on
    ``1604-06-15``) read as ``--06-15``."""
    omitted = next((v for k, v in line.params.items() if k.upper() == "X-APPLE-OMIT-YEAR"),
                   None)
    if omitted and text.startswith(str(omitted[0])):
        digits = text[len(str(omitted[0])):].lstrip("-")
        return f"--{digits[:2]}-{digits[-2:]}" if len(digits) >= 4 else text
    return text


def _birthday_text(birthday: str, version: str) -> str:
    """A stored birthday as BDAY: ``1980-06-15`` / ``--06-15`` (3.0) or ``19800615`` /
    ``--0615`` (4.0)."""
    if version == "3.0":
        return birthday
    return "--" + birthday[2:].replace("-", "") if birthday.startswith("--") \
        else birthday.replace("-", "")


def _types(label: str | None, kind: str) -> list[str]:
    if not label:
        return []
    mapped = {"mobile": "cell"}.get(label, label) if kind == "tel" else label
    return [mapped]


def _add_picture(card, picture: bytes, media_type: str, kind: str,  # type: ignore[no-untyped-def]
                 version: str) -> None:
    """A picture as PHOTO (the person's photo) or X-CRM-PICTURE (a scanned card or badge,
    which other programs should not show as the person's face): base64 with its type in
    3.0, a data: URI in 4.0."""
    encoded = base64.b64encode(picture).decode("ascii")
    line = card.add("photo" if kind == "photo" else X_PICTURE.lower())
    if version == "4.0":
        line.value = f"data:{media_type};base64,{encoded}"
        line.encoded = True  # a URI: its ";" and "," are not text to escape
    else:
        line.encoding_param = "b"
        line.type_param = media_type.split("/")[-1].upper()
        line.value = picture  # vobject writes bytes in base64 (ENCODING=b)
    if kind != "photo":
        line.params["X-CRM-KIND"] = [kind]


def write_vcards(contacts: Iterable[dict], version: str = "3.0") -> str:
    """Contacts (dicts of VCARD_FIELDS from crm.services.exports.export_records) as one
    vCard text."""
    import vobject

    if version not in ("3.0", "4.0"):
        raise UserError(_("vCard version '{version}': use 3.0 or 4.0")
                        .format(version=version), field="version")
    chunks: list[str] = []
    for data in contacts:
        card = vobject.vCard()
        card.add("version").value = version
        card.add("prodid").value = PRODID
        card.add("uid").value = f"urn:uuid:{data['id']}" if version == "4.0" else str(data["id"])
        card.add("n").value = vobject.vcard.Name(
            family=data["last_name"] or "", given=data["first_name"] or "",
            additional=data.get("middle_name") or "", prefix=data.get("name_prefix") or "",
            suffix=data.get("name_suffix") or "")
        card.add("fn").value = data["full_name"] or data["company"] or ""
        if data.get("nickname"):
            card.add("nickname").value = data["nickname"]
        if data.get("birthday"):
            card.add("bday").value = _birthday_text(data["birthday"], version)
        if data.get("company"):
            card.add("org").value = [data["company"]]
            if not data["first_name"] and data["last_name"] == data["company"]:
                # The company's own entry: shown as a business (Apple, KDE), read back whole.
                card.add("x-abshowas").value = "COMPANY"
        if data.get("job_title"):
            card.add("title").value = data["job_title"]
        for address, label in data["email_list"]:
            line = card.add("email")
            line.value = address
            types = _types(label, "email")
            if version == "3.0":
                types = ["INTERNET", *types]
            if types:
                line.type_param = types if len(types) > 1 else types[0]
        for number, label, extension in data["phone_list"]:
            line = card.add("tel")
            types = _types(label, "tel")
            if version == "4.0":
                line.value = f"tel:{number}" + (f";ext={extension}" if extension else "")
                line.params["VALUE"] = ["uri"]
            else:
                line.value = f"{number} ext. {extension}" if extension else number
            if types:
                line.type_param = types[0]
        for address in data.get("address_list", ()):
            line = card.add("adr")
            line.value = vobject.vcard.Address(
                street=address.street or "", city=address.city or "",
                region=address.region or "", code=address.postal_code or "",
                country=address.country or "", box=address.po_box or "",
                extended=address.extended or "")
            if address.label:
                line.type_param = address.label
        for url in data.get("url_list", ()):
            line = card.add("x-socialprofile" if url.kind == "social" else "url")
            line.value = url.url
            if url.label:
                line.type_param = url.label
        if data.get("linkedin"):
            line = card.add("url")
            line.value = data["linkedin"]
            line.type_param = "linkedin"
        if data.get("notes"):
            card.add("note").value = data["notes"]
        if data.get("tag_list"):
            card.add("categories").value = list(data["tag_list"])
        for picture, media_type, kind in data.get("picture_list", ()):
            _add_picture(card, picture, media_type, kind, version)
        for prop, key in X_FIELDS.items():
            if data.get(key) not in (None, "", 0):
                card.add(prop.lower()).value = str(data[key])
        for title in data.get("session_list", []):
            card.add("x-crm-session").value = title
        chunks.append(card.serialize())
    return "".join(chunks)

