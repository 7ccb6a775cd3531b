"""A person's name in parts, from a name written whole (a display name, a badge, a card)."""

from __future__ import annotations

import re
from typing import NamedTuple

from nameparser import HumanName
from nameparser.config import Constants

# nameparser's own tables (titles, suffixes, the particles that begin a family name), with
# what Belgian names and titles add: "Koen Vanden Bossche", "M. Jean Dupont", "Ir. Peeters".
# A copy: the library's module-wide tables stay as they are.
_CONSTANTS = Constants()
_CONSTANTS.prefixes.add("vanden", "ten", "vanhet")
_CONSTANTS.titles.add("m", "mlle", "me", "mevrouw", "meneer", "ir", "ing", "drs", "lic")


# Words nameparser reads as something else than a given or family name.
_SPECIAL_WORDS = frozenset().union(
    _CONSTANTS.titles, _CONSTANTS.first_name_titles, _CONSTANTS.suffix_acronyms,
    _CONSTANTS.suffix_not_acronyms, _CONSTANTS.suffix_acronyms_ambiguous, _CONSTANTS.prefixes,
    _CONSTANTS.conjunctions, _CONSTANTS.bound_first_names, _CONSTANTS.non_first_name_prefixes)
_ROMAN_NUMERAL = re.compile(r"^[ivxlcdm]+$", re.IGNORECASE)


class NameParts(NamedTuple):
    """A name's title ("Dr."), given names, family name and suffix ("PhD"), each as written."""

    prefix: str
    first: str
    last: str
    suffix: str
    nickname: str = ""  # written in quotes or brackets: 'Robert "Bob" Smith'


def name_parts(full: str) -> NameParts:
    """The parts of a name written whole, read by nameparser: "Dr. Marie-Claire van der Berg
    PhD", "Peeters, Jan", "Jan Van Damme" (a particle begins the family name). Middle names
    stay with the given names, as the person wrote them ("Marie Claire"); a word in capitals
    among others is the family name ("DUPONT Jean", as badges and French lists print it).
    Each part keeps its case."""
    words = full.split()
    if not words:
        return NameParts("", "", "", "")
    # (An initial, "A." or "M.", is no word in capitals.)
    capitals = [w for w in words if w.isupper() and sum(ch.isalpha() for ch in w) > 1]
    if capitals and len(capitals) < len(words):
        last = " ".join(w for w in words if w in capitals)
        first = " ".join(w for w in words if w not in capitals)
        return NameParts("", first, last, "")
    if _plain(words):
        # "Marie Claire Dupont": what nameparser makes of it, 50 times faster (a file of
        # display names only is read in seconds, not minutes).
        return NameParts("", " ".join(words[:-1]), words[-1], "")
    name = HumanName(" ".join(words), constants=_CONSTANTS)
    first = " ".join(part for part in (name.first, name.middle) if part)
    if not (first or name.last):
        # Titles, a nickname or punctuation alone ("Dr.", '"Bo"'): kept whole as the name.
        return NameParts("", "", " ".join(words), "")
    return NameParts(name.title, first, name.last, name.suffix, name.nickname)


def _plain(words: list[str]) -> bool:
    """Two to four capitalised words of letters (and hyphens) none of which nameparser reads
    as a title, suffix, particle or conjunction: the last is the family name."""
    return 2 <= len(words) <= 4 and all(
        word[:1].isupper() and word[1:].replace("-", "").islower()
        and word.replace("-", "").isalpha() and word.lower() not in _SPECIAL_WORDS
        and not _ROMAN_NUMERAL.match(word) for word in words)


def split_full_name(full: str) -> tuple[str, str]:
    """(first, last) of a name on a badge or a card ("Ann", "Lee" from "Ann Lee"; "Jan",
    "van Dijk"; "Ann", "Lee" from "LEE Ann"): a title and a nickname stay with the given
    names and a suffix with the family name, as printed; one word is the given name."""
    parts = name_parts(full)
    nickname = f'"{parts.nickname}"' if parts.nickname else ""
    first = " ".join(p for p in (parts.prefix, parts.first, nickname) if p)
    last = " ".join(p for p in (parts.last, parts.suffix) if p)
    if last.isupper() and not full.isupper():
        last = last.title()  # "LEE Ann": printed in capitals to say which name it is
    return (last, "") if not first and " " not in last else (first, last)
