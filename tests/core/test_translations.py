"""The translators' files: every message of a complete language is translated, none is left
over from old code, placeholders survive, and the files hold every string of the sources.

Languages are checked in full once listed in COMPLETE_LANGUAGES (a translator adds theirs when
done); the others only have to be well-formed and cover the same messages as English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
LOCALE = REPO / "crm" / "locale"
QT_LANGUAGES = ("en", "fr", "nl")
CRM_LANGUAGES = ("fr", "nl")  # crm's English is its source text: no catalogue
# Checked in full: no unfinished, vanished or empty message. Add "fr" / "nl" when done.
COMPLETE_LANGUAGES: tuple[str, ...] = ("en", "fr", "nl")
# Numerus forms per language (Qt's plural rules): one and other for all three.
NUMERUS_FORMS = {"en": 2, "fr": 2, "nl": 2}

_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    state: str | None  # "unfinished", "vanished", "obsolete" or None (finished)
    forms: list[str]


def ts_messages(language: str) -> list[Message]:
    root = ET.parse(TS_DIR / f"mission_crm_{language}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""])
            out.append(Message(name, message.findtext("source") or "", numerus,
                               translation.get("type"), forms))
    return out


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    """How many keyboard mnemonics (&File) a text has; "&&" is a literal ampersand."""
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("language", QT_LANGUAGES)
def test_every_language_has_the_messages_of_english(language: str) -> None:
    english = {(m.context, m.source) for m in ts_messages("en")}
    assert {(m.context, m.source) for m in ts_messages(language)} == english


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_a_complete_language_has_every_qt_message_translated(language: str) -> None:
    problems = []
    for m in ts_messages(language):
        where = f"{m.context}: {m.source!r}"
        if m.state is not None:
            problems.append(f"{where} is {m.state}")
            continue
        if any(not form.strip() for form in m.forms):
            problems.append(f"{where} has an empty translation")
            continue
        if m.numerus and len(m.forms) != NUMERUS_FORMS[language]:
            problems.append(f"{where} has {len(m.forms)} plural forms, not "
                            f"{NUMERUS_FORMS[language]}")
        for form in m.forms:
            # %n may be left out of a singular ("un contact"); every other placeholder stays.
            wanted = [p for p in placeholders(m.source) if not (m.numerus and p == "%n")]
            got = [p for p in placeholders(form) if not (m.numerus and p == "%n")]
            if got != wanted:
                problems.append(f"{where}: placeholders {got} in {form!r}, expected {wanted}")
            if mnemonics(m.source) != mnemonics(form):
                problems.append(f"{where}: {form!r} must keep one & mnemonic like the source")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", CRM_LANGUAGES)
def test_every_crm_catalogue_has_the_messages_of_the_template(language: str) -> None:
    with (LOCALE / "mission_crm.pot").open("rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    with (LOCALE / language / "LC_MESSAGES" / "mission_crm.po").open("rb") as handle:
        catalogue = read_po(handle)
    assert {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id} == template
    assert not catalogue.obsolete, f"vanished messages: {list(catalogue.obsolete)}"


def crm_problems(language: str) -> list[str]:
    with (LOCALE / language / "LC_MESSAGES" / "mission_crm.po").open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    problems = []
    for m in catalogue:
        if not m.id:
            continue
        sources = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        if m.fuzzy:
            problems.append(f"{sources[0]!r} is fuzzy (unchecked)")
        if any(not s.strip() for s in strings):
            problems.append(f"{sources[0]!r} has an empty translation")
            continue
        for string in strings:
            if placeholders(string) != placeholders(sources[-1]):
                problems.append(f"{language}: {sources[0]!r}: placeholders of {string!r} differ")
    return problems


def test_a_complete_language_has_every_crm_message_translated() -> None:
    problems = [p for language in COMPLETE_LANGUAGES if language in CRM_LANGUAGES
                for p in crm_problems(language)]
    assert not problems, "\n".join(problems)


def test_the_translation_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    """pyside6-lupdate over ui/ finds nothing the committed files lack: after changing a
    string, run `make translations` (the new one then waits for its translators)."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent
                                                    / "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "main.py", "-ts", str(fresh)], cwd=REPO, check=True,
                   capture_output=True, timeout=120)
    root = ET.parse(fresh).getroot()
    found = {(c.findtext("name"), m.findtext("source"))
             for c in root.iter("context") for m in c.iter("message")}
    committed = {(m.context, m.source) for m in ts_messages("en")}
    assert found - committed == set(), "run `make translations`"
    assert committed - found == set(), "run `make translations`"


def test_the_crm_template_holds_every_message_of_the_sources(tmp_path: Path) -> None:
    """pybabel extract over crm/ and the export profiles finds what the committed .pot holds."""
    from babel.messages.frontend import CommandLineInterface

    fresh = tmp_path / "fresh.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(REPO / "babel.cfg"),
                                "-k", "N_", "-k", "ngettext:1,2", "-o", str(fresh), str(REPO)])

    def ids(path: Path) -> set[str]:
        with path.open("rb") as handle:
            return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}

    assert ids(fresh) == ids(LOCALE / "mission_crm.pot"), "run `make translations`"


def test_english_shows_singular_and_plural() -> None:
    counts = {m.source: m.forms for m in ts_messages("en") if m.numerus}
    assert counts["%n contact(s)"] == ["%n contact", "%n contacts"]
    assert counts["%n company(ies)"] == ["%n company", "%n companies"]
    assert not [f for forms in counts.values() for f in forms if "(s)" in f or "(ies)" in f]
