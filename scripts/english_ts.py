"""Fill resources/translations/mission_crm_en.ts after pyside6-lupdate: English is the source
language, so each message's translation is its source text, except the numerus (%n) ones,
which get their singular and plural: "%n contact(s)" -> "%n contact" / "%n contacts".

Run by scripts/translations.sh update; edits the .ts text in place (lupdate's layout is kept,
so a diff shows only what changed)."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

EN_TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "mission_crm_en.ts"

# Plurals the (s)/(ies) rule gets wrong (a verb that agrees, words already in the plural).
OVERRIDES: dict[str, tuple[str, str]] = {
    "%n follow-ups due": ("%n follow-up due", "%n follow-ups due"),
    "%n follow-up(s) due: click one to open it.": ("%n follow-up due: click it to open it.",
                                                   "%n follow-ups due: click one to open it."),
    "All %n due follow-ups…": ("The %n due follow-up…", "All %n due follow-ups…"),
    "Revert the import of {file} ({when})? The %n contact(s) it created are removed and the "
    "{updated} it updated are restored.": (
        "Revert the import of {file} ({when})? The %n contact it created is removed and the "
        "{updated} it updated are restored.",
        "Revert the import of {file} ({when})? The %n contacts it created are removed and the "
        "{updated} it updated are restored."),
}
_OPTIONAL_ENDING = re.compile(r"(\w+)\((s|es|ies)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a numerus source text."""
    if source in OVERRIDES:
        return OVERRIDES[source]

    def singular(match: re.Match[str]) -> str:
        return match.group(1)

    def plural(match: re.Match[str]) -> str:
        word, ending = match.groups()
        return (word[:-1] if ending == "ies" and word.endswith("y") else word) + ending

    return _OPTIONAL_ENDING.sub(singular, source), _OPTIONAL_ENDING.sub(plural, source)


_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_UNFINISHED = re.compile(r"<translation type=\"unfinished\">.*?</translation>", re.S)


def fill(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        block = match.group(0)
        if not _UNFINISHED.search(block):
            return block
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        if match.group(1):
            indent = "            "
            forms = "".join(f"\n{indent}<numerusform>{html.escape(form, quote=False)}"
                            "</numerusform>" for form in english_forms(source))
            translation = f"<translation>{forms}\n        </translation>"
        else:
            translation = f"<translation>{html.escape(source, quote=False)}</translation>"
        return _UNFINISHED.sub(lambda _m: translation, block)

    return _MESSAGE.sub(one, text)


def main(path: Path = EN_TS) -> int:
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else EN_TS))
