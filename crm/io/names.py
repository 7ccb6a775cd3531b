"""A person's name in parts, from a name written whole (a badge, a business card)."""

from __future__ import annotations

# Particles that begin a last name ("Jan van der Berg", "Marie de Smet").
_PARTICLES = {"van", "von", "de", "der", "den", "du", "da", "di", "le", "la", "ter", "ten",
              "vander", "vanden", "del", "dos", "st", "st."}


def split_full_name(full: str) -> tuple[str, str]:
    """("Ann", "Lee") from "Ann Lee"; a particle starts the last name ("Jan", "van Dijk"); a
    word in capitals among others is the last name ("LEE Ann")."""
    words = full.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return words[0], ""
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        last = " ".join(w for w in words if w in capitals)
        first = " ".join(w for w in words if w not in capitals)
        return first, last.title()
    for index, word in enumerate(words[1:], start=1):
        if word.lower() in _PARTICLES and index < len(words) - 1:
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words[:-1]), words[-1]
