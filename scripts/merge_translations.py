"""Fill the untranslated entries of a translation file from another version of it.

    python scripts/merge_translations.py TARGET OTHER [OTHER ...]

Two branches that both ran `scripts/translations.sh update` (new strings of code, finished
translations) conflict on whole files. Resolve such a conflict with one side as TARGET, then
this: every entry TARGET leaves unfinished (Qt .ts: type="unfinished"; gettext .po: empty or
fuzzy) takes the finished translation of the same message from the first OTHER that has one.
Nothing finished in TARGET changes; messages only an OTHER has are not added (the next
`translations.sh update` brings the sources' messages).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _ts_key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _ts_finished(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and (
                    (translation.text or "").strip() or len(translation)):
                found[_ts_key(name, message)] = translation
    return found


def merge_ts(target: Path, others: list[Path]) -> int:
    tree = ET.parse(target)
    sources = [_ts_finished(other) for other in others]
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            done = next((s[_ts_key(name, message)] for s in sources
                         if _ts_key(name, message) in s), None)
            if done is None:
                continue
            message.remove(translation)
            message.append(done)
            filled += 1
    if filled:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body
                          + "\n", encoding="utf-8")
    return filled


def merge_po(target: Path, others: list[Path]) -> int:
    from babel.messages.pofile import read_po, write_po

    with target.open("rb") as handle:
        catalog = read_po(handle)
    sources = []
    for other in others:
        with other.open("rb") as handle:
            sources.append(read_po(handle))
    filled = 0
    for message in catalog:
        if not message.id or (message.string and all(message.string if isinstance(
                message.string, tuple) else [message.string]) and not message.fuzzy):
            continue
        for source in sources:
            theirs = source.get(message.id, message.context)
            if theirs is None or theirs.fuzzy:
                continue
            strings = theirs.string if isinstance(theirs.string, tuple) else (theirs.string,)
            if all(strings):
                message.string = theirs.string
                message.flags.discard("fuzzy")
                filled += 1
                break
    if filled:
        with target.open("wb") as handle:
            write_po(handle, catalog, width=0, omit_header=False, no_location=True,
                     ignore_obsolete=True)
    return filled


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    target, others = Path(argv[0]), [Path(a) for a in argv[1:]]
    merge = merge_ts if target.suffix == ".ts" else merge_po
    print(f"{target}: {merge(target, others)} entries filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
