"""A person's name in parts, from a name written whole (a display name, a badge, a card)."""

from __future__ import annotations

from typing import NamedTuple

from nameparser import HumanName
from nameparser.config import Constants

# nameparser's own tables (titles, suffixes, the particles that begin a family name), with
# what Belgian names and titles add: "Koen Vanden Bossche", "M. Jean Dupont", "Ir. Peeters".
# A copy: the library's module-wide tables stay as they are.
_CONSTANTS = Constants()
_CONSTANTS.prefixes.add("vanden", "ten", "vanhet")
_CONSTANTS.titles.add("m", "mlle", "me", "mevrouw", "meneer", "ir", "ing", "drs", "lic")


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
    name = HumanName(" ".join(words), constants=_CONSTANTS)
    first = " ".join(part for part in (name.first, name.middle) if part)
    if not (first or name.last):
        # Titles, a nickname or punctuation alone ("Dr.", '"Bo"'): kept whole as the name.
        return NameParts("", "", " ".join(words), "")
    return NameParts(name.title, first, name.last, name.suffix, name.nickname)


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
