"""Where a contact's several emails, phones, addresses and web addresses go in the columns of
an export profile, and what a profile cannot hold (counted for the export's summary).

Three kinds of columns hold lists:

- numbered columns, ``email_2``, ``phone_1_label``, ``address_1_city``, ``url_3_kind``: the
  N-th value of a list (a profile may name them one by one);
- templates, the same with ``N`` (``email_N``, header ``E-mail {n} - Value``): a run of
  them is repeated as many times as the contact with the most values needs (Google's
  "E-mail 1 … n"), so nothing is left out;
- slots, Outlook's fixed columns by type (``work_phone``, ``work_phone_2``, ``mobile_phone``,
  ``home_fax`` …; ``work_address_street``, ``home_address_city`` …): each value goes to a
  free slot of its type, else to a free "other" one (its type is then not kept), else it
  is not exported. Both cases are counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import Any

from crm.i18n import ngettext
from crm.services.addressbook import ADDRESS_PARTS, Address, WebAddress, phone_with_extension

# A phone as the export reads it: (number, label, extension).
PhoneValue = tuple[str, "str | None", "str | None"]

_PARTS = {
    "email": ("", "_label"),
    "phone": ("", "_label"),
    "url": ("", "_label", "_kind"),
    "address": tuple(f"_{p}" for p in ("label", "formatted", *ADDRESS_PARTS)),
}
NUMBERED = re.compile(r"^(email|phone|url|address)_(\d+|N)(_[a-z_]+)?$")

# Outlook's phone columns, per type, in the order they are filled.
PHONE_SLOTS: dict[str, tuple[str, ...]] = {
    "work": ("work_phone", "work_phone_2"),
    "mobile": ("mobile_phone",),
    "home": ("home_phone", "home_phone_2"),
    "fax": ("business_fax", "home_fax", "other_fax"),
    "other": ("other_phone",),
}
# Where a phone goes when the columns of its type are taken (its type is then lost).
PHONE_OVERFLOW = ("other_phone", "car_phone", "radio_phone", "callback_phone")
PHONE_SLOT_FIELDS = frozenset({s for slots in PHONE_SLOTS.values() for s in slots}
                              | set(PHONE_OVERFLOW))
ADDRESS_SLOTS = ("work", "home", "other")
ADDRESS_SLOT_FIELDS = frozenset(f"{slot}_address_{part}" for slot in ADDRESS_SLOTS
                                for part in ADDRESS_PARTS)
# Fields whose values a profile without a column for them leaves out (counted).
SINGLE_VALUES = ("birthday", "nickname", "middle_name", "name_prefix", "name_suffix",
                 "linkedin")
# The fields of a profile that hold every value of a list in one cell.
WHOLE_LISTS = {"email": {"emails", "other_emails"}, "phone": {"phones", "other_phones"},
               "address": {"addresses"}, "url": {"websites"}}
LIST_FIELDS = {"email": "email_list", "phone": "phone_list", "address": "address_list",
               "url": "url_list"}


def is_template(field: str) -> bool:
    found = NUMBERED.match(field)
    return bool(found) and found.group(2) == "N"


def check_numbered(field: str) -> bool:
    """Whether ``field`` is a numbered field or template of a known kind and part."""
    found = NUMBERED.match(field)
    if not found:
        return False
    kind, _n, part = found.groups()
    return (part or "") in _PARTS[kind]


def list_kinds(fields: Sequence[str]) -> set[str]:
    """The lists (email, phone, address, url) the fields are made of."""
    kinds = set()
    for field in fields:
        found = NUMBERED.match(field)
        if found:
            kinds.add(found.group(1))
        elif field in PHONE_SLOT_FIELDS:
            kinds.add("phone")
        elif field in ADDRESS_SLOT_FIELDS:
            kinds.add("address")
        for kind, whole in WHOLE_LISTS.items():
            if field in whole:
                kinds.add(kind)
    return kinds


def expand(columns: Sequence[tuple[str, str]], widest: dict[str, int]
           ) -> tuple[tuple[str, str], ...]:
    """The columns with each run of templates of one kind repeated ``widest[kind]`` times
    (at least once, so the header is always there), numbered from 1."""
    out: list[tuple[str, str]] = []
    index = 0
    while index < len(columns):
        field, _header = columns[index]
        if not is_template(field):
            out.append(columns[index])
            index += 1
            continue
        kind = NUMBERED.match(field).group(1)  # type: ignore[union-attr]
        end = index
        while end < len(columns) and is_template(columns[end][0]) and \
                NUMBERED.match(columns[end][0]).group(1) == kind:  # type: ignore[union-attr]
            end += 1
        for n in range(1, max(1, widest.get(kind, 0)) + 1):
            out.extend((f.replace("_N", f"_{n}", 1), h.replace("{n}", str(n)))
                       for f, h in columns[index:end])
        index = end
    return tuple(out)


def _label_text(label: str | None) -> str | None:
    return (label or "").capitalize() or None


def numbered_column(field: str, lists: dict[str, list[Sequence[Any]]],
                    phone_text: Callable[[str], str]) -> list[Any]:
    """The column of one numbered field (``email_2``, ``address_1_city`` …)."""
    kind, n, part = NUMBERED.match(field).groups()  # type: ignore[union-attr]
    index, part = int(n) - 1, part or ""
    if index >= max(map(len, lists[kind]), default=0):
        # A column no contact has a value for (the one address_1 of a file without any).
        return [None] * len(lists[kind])
    # Only the contacts with a value looked at: most have no address or web address.
    items_of = lists[kind]
    column: list[Any] = [None] * len(items_of)
    with_values = compress(range(len(items_of)), items_of)
    rows = [row for row in with_values if index < len(items_of[row])]
    values = [items_of[row][index] for row in rows]
    if kind == "email":
        cells = [_label_text(v[1]) for v in values] if part else [v[0] for v in values]
    elif kind == "phone":
        cells = ([_label_text(v[1]) for v in values] if part else
                 [phone_with_extension(phone_text(v[0]), v[2]) for v in values])
    elif kind == "url":
        cells = [url_cell(v, part) for v in values]
    elif part[1:] in ADDRESS_PARTS:
        cells = list(map(attrgetter(part[1:]), values))
    else:
        cells = [address_cell(v, part[1:]) for v in values]
    for row, cell in zip(rows, cells, strict=True):
        column[row] = cell
    return column


def url_cell(url: WebAddress, part: str) -> str | None:
    if part == "_kind":
        return url.kind
    if part == "_label":
        # A profile without a label of its own is labelled so: read back as social.
        return _label_text(url.label) or ("Profile" if url.kind == "social" else None)
    return url.url


def address_cell(address: Address, part: str) -> str | None:
    if part == "formatted":
        return "\n".join(address.lines()) or None
    if part == "label":
        return _label_text(address.label)
    return getattr(address, part)


@dataclass
class Placed:
    """Where one contact's phones or addresses went among a profile's slots."""

    slots: dict[str, Any]
    retyped: int = 0
    dropped: int = 0


def place_phones(phones: Sequence[PhoneValue], present: frozenset[str]) -> Placed:
    """Each phone in the first free slot of its type among ``present``, else in a free
    overflow slot (retyped), else dropped."""
    placed = Placed({})
    for phone in phones:
        label = phone[1] if phone[1] in PHONE_SLOTS else "other"
        slot = next((s for s in PHONE_SLOTS[label] if s in present and s not in placed.slots),
                    None)
        if slot is None:
            slot = next((s for s in PHONE_OVERFLOW if s in present and s not in placed.slots),
                        None)
            if slot is None:
                placed.dropped += 1
                continue
            if label != "other":
                placed.retyped += 1
        placed.slots[slot] = phone
    return placed


def place_addresses(addresses: Sequence[Address], present: frozenset[str]) -> Placed:
    """Each address in the slot of its type (work, home, other) when the profile has it,
    else in a free one (retyped), else dropped."""
    placed = Placed({})
    for address in addresses:
        label = address.label if address.label in ADDRESS_SLOTS else "other"
        if label in present and label not in placed.slots:
            placed.slots[label] = address
            continue
        free = next((s for s in ("other", "work", "home")
                     if s in present and s not in placed.slots), None)
        if free is None:
            placed.dropped += 1
            continue
        placed.retyped += 1
        placed.slots[free] = address
    return placed


def slot_columns(fields: Sequence[str], lists: dict[str, list[Sequence[Any]]],
                 phone_text: Callable[[str], str], losses: Counter[str]) -> dict[str, list[Any]]:
    """The columns of the slot fields among ``fields``, counting what did not fit."""
    out: dict[str, list[Any]] = {}
    phone_slots = frozenset(f for f in fields if f in PHONE_SLOT_FIELDS)
    if phone_slots:
        columns: dict[str, list[Any]] = {f: [] for f in phone_slots}
        for phones in lists["phone"]:
            placed = place_phones(phones, phone_slots)
            losses["phone_dropped"] += placed.dropped
            losses["phone_retyped"] += placed.retyped
            for field in phone_slots:
                phone = placed.slots.get(field)
                columns[field].append(phone and phone_with_extension(phone_text(phone[0]),
                                                                     phone[2]))
        out.update(columns)
    address_fields = [f for f in fields if f in ADDRESS_SLOT_FIELDS]
    if address_fields:
        present = frozenset(f.split("_", 1)[0] for f in address_fields)
        columns = {f: [] for f in address_fields}
        for addresses in lists["address"]:
            placed = place_addresses(addresses, present)
            losses["address_dropped"] += placed.dropped
            losses["address_retyped"] += placed.retyped
            for field in address_fields:
                slot, _word, part = field.split("_", 2)
                address = placed.slots.get(slot)
                columns[field].append(address and getattr(address, part))
        out.update(columns)
    return out


def capacity(fields: Sequence[str], kind: str) -> int | None:
    """How many values of a list the profile's numbered columns hold (None: all of them:
    a template, or a column holding the whole list)."""
    if any(f in WHOLE_LISTS[kind] for f in fields):
        return None
    numbers = []
    for field in fields:
        found = NUMBERED.match(field)
        if found and found.group(1) == kind:
            if found.group(2) == "N":
                return None
            numbers.append(int(found.group(2)))
    if kind == "email" and "email" in fields:
        numbers.append(1)
    if kind == "phone" and "phone" in fields:
        numbers.append(1)
    return max(numbers, default=0)


def count_losses(fields: Sequence[str], lists: dict[str, list[Sequence[Any]]],
                 singles: dict[str, list[Any]], losses: Counter[str]) -> None:
    """Add to ``losses`` what the profile's fields leave out of the lists and of the
    single-valued address-book fields (``singles``: each one's column)."""
    has_slots = {"phone": any(f in PHONE_SLOT_FIELDS for f in fields),
                 "address": any(f in ADDRESS_SLOT_FIELDS for f in fields)}
    for kind, values in lists.items():
        if has_slots.get(kind):
            continue  # counted as they were placed
        held = capacity(fields, kind)
        if held is not None and max(map(len, values), default=0) > held:
            losses[f"{kind}_dropped"] += sum(max(0, len(v) - held) for v in values)
    for name, column in singles.items():
        if name not in fields:
            losses[f"{name}_dropped"] += sum(1 for value in column if value)


# What a profile could not hold, one whole sentence per kind so that each language words it
# (and its plural) as a sentence: "{count} extra emails not exported to {target}". Literal
# ngettext calls: pybabel extracts only those (a helper taking the texts as arguments hides
# them from the catalogue, and the lines stay English).
_DROPPED: dict[str, Callable[[int], str]] = {
    "email": lambda n: ngettext("{count} extra email not exported to {target}",
                                "{count} extra emails not exported to {target}", n),
    "phone": lambda n: ngettext("{count} extra phone not exported to {target}",
                                "{count} extra phones not exported to {target}", n),
    "address": lambda n: ngettext("{count} extra address not exported to {target}",
                                  "{count} extra addresses not exported to {target}", n),
    "url": lambda n: ngettext("{count} extra web address not exported to {target}",
                              "{count} extra web addresses not exported to {target}", n),
    "birthday": lambda n: ngettext("{count} birthday not exported to {target}",
                                   "{count} birthdays not exported to {target}", n),
    "nickname": lambda n: ngettext("{count} nickname not exported to {target}",
                                   "{count} nicknames not exported to {target}", n),
    "middle_name": lambda n: ngettext("{count} middle name not exported to {target}",
                                      "{count} middle names not exported to {target}", n),
    "name_prefix": lambda n: ngettext("{count} name prefix not exported to {target}",
                                      "{count} name prefixes not exported to {target}", n),
    "name_suffix": lambda n: ngettext("{count} name suffix not exported to {target}",
                                      "{count} name suffixes not exported to {target}", n),
    "linkedin": lambda n: ngettext("{count} LinkedIn profile not exported to {target}",
                                   "{count} LinkedIn profiles not exported to {target}", n),
}
_RETYPED: dict[str, Callable[[int], str]] = {
    "email": lambda n: ngettext(
        "{count} email written without its type (no free column of that type in {target})",
        "{count} emails written without their type (no free column of that type in "
        "{target})", n),
    "phone": lambda n: ngettext(
        "{count} phone written without its type (no free column of that type in {target})",
        "{count} phones written without their type (no free column of that type in "
        "{target})", n),
    "address": lambda n: ngettext(
        "{count} address written without its type (no free column of that type in {target})",
        "{count} addresses written without their type (no free column of that type in "
        "{target})", n),
    "url": lambda n: ngettext(
        "{count} web address written without its type (no free column of that type in "
        "{target})",
        "{count} web addresses written without their type (no free column of that type in "
        "{target})", n),
}
_LABELS: dict[str, Callable[[int], str]] = {
    "email": lambda n: ngettext("{count} email type (work, home …) not exported to {target}",
                                "{count} email types (work, home …) not exported to {target}",
                                n),
    "phone": lambda n: ngettext("{count} phone type (work, home …) not exported to {target}",
                                "{count} phone types (work, home …) not exported to {target}",
                                n),
    "url": lambda n: ngettext(
        "{count} web address type (work, home …) not exported to {target}",
        "{count} web address types (work, home …) not exported to {target}", n),
}


def loss_lines(losses: Counter[str], target: str) -> list[str]:
    """What the counts say, for people, in the current language: "3 extra emails not exported
    to Outlook"."""
    lines = []

    def say(message: Callable[[int], str], count: int) -> None:
        if count:
            lines.append(message(count).format(count=count, target=target))

    for kind in ("email", "phone", "address", "url"):
        say(_DROPPED[kind], losses.get(f"{kind}_dropped", 0))
        say(_RETYPED[kind], losses.get(f"{kind}_retyped", 0))
    for name in SINGLE_VALUES:
        say(_DROPPED[name], losses.get(f"{name}_dropped", 0))
    say(lambda n: ngettext("{count} birthday without a year not exported to {target}",
                           "{count} birthdays without a year not exported to {target}", n),
        losses.get("birthday_year", 0))
    for kind in ("email", "phone", "url"):
        say(_LABELS[kind], losses.get(f"{kind}_label", 0))
    say(lambda n: ngettext(
        "{count} country not exported to {target} (it has no country column besides the "
        "addresses)",
        "{count} countries not exported to {target} (it has no country column besides the "
        "addresses)", n), losses.get("country_dropped", 0))
    say(lambda n: ngettext("{count} picture not exported to {target}",
                           "{count} pictures not exported to {target}", n),
        losses.get("picture", 0))
    return lines
