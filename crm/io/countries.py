"""Country names as files write them ("Belgium", "Belgique", "België", "USA") to ISO codes."""

from __future__ import annotations

from crm.io.headers import header_key

_NAMES = {
    "BE": ["belgium", "belgique", "belgie", "belgien", "belgica"],
    "US": ["united states", "united states of america", "usa", "u s a", "u s", "etats unis",
           "etats unis d amerique", "verenigde staten", "verenigde staten van amerika",
           "amerique", "america"],
    "FR": ["france", "frankrijk", "frankreich"],
    "NL": ["netherlands", "the netherlands", "pays bas", "nederland", "holland"],
    "DE": ["germany", "allemagne", "duitsland", "deutschland"],
    "LU": ["luxembourg", "luxemburg"],
    "GB": ["united kingdom", "uk", "great britain", "england", "scotland", "royaume uni",
           "verenigd koninkrijk", "groot brittannie"],
    "IE": ["ireland", "irlande", "ierland"],
    "CH": ["switzerland", "suisse", "zwitserland", "schweiz"],
    "ES": ["spain", "espagne", "spanje", "espana"],
    "IT": ["italy", "italie", "italia"],
    "PT": ["portugal"],
    "AT": ["austria", "autriche", "oostenrijk", "osterreich"],
    "DK": ["denmark", "danemark", "denemarken"],
    "SE": ["sweden", "suede", "zweden"],
    "NO": ["norway", "norvege", "noorwegen"],
    "FI": ["finland", "finlande"],
    "PL": ["poland", "pologne", "polen"],
    "CA": ["canada"],
    "MX": ["mexico", "mexique"],
    "BR": ["brazil", "bresil", "brazilie"],
    "JP": ["japan", "japon"],
    "CN": ["china", "chine"],
    "IN": ["india", "inde"],
    "KR": ["south korea", "korea", "coree du sud", "zuid korea"],
    "SG": ["singapore", "singapour"],
    "IL": ["israel"],
    "AU": ["australia", "australie"],
}
_LOOKUP = {name: code for code, names in _NAMES.items() for name in names}


def country_code(raw: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country code or a common name; None if unknown."""
    key = header_key(raw)
    if key in _LOOKUP:
        return _LOOKUP[key]
    return key.upper() if len(key) == 2 and key.isalpha() else None
