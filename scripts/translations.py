"""The app's translations (see README, "Translations"), on every system (Linux, macOS, and
Windows, where a virtual environment has Scripts\\ instead of bin/ and no bash may be there):

    python scripts/translations.py update   # translators, after the sources changed
    python scripts/translations.py build    # scripts/setup.sh and `make dist`

- update: re-read the sources: ui/ + main.py into resources/translations/mission_crm_<lang>.ts
  (pyside6-lupdate), crm/ + export profiles into crm/locale/mission_crm.pot and each
  crm/locale/<lang>/LC_MESSAGES/mission_crm.po (pybabel extract + update/init).
- build: compile what changed: .ts -> .qm (pyside6-lrelease), .po -> .mo (pybabel compile).
  Quick when nothing changed. The .qm/.mo are not committed.

Run it with the project's virtual environment's Python: the Qt tools are reached through
PySide6's own launcher and Babel is called in this process, so no tool's path (bin/ or
Scripts\\, .exe or not) is spelled out anywhere. scripts/translations.sh runs this.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# English too: its numerus forms turn "%n contact(s)" into 1 contact/2 contacts.
QT_LANGUAGES = ("en", "fr", "nl")
CRM_LANGUAGES = ("fr", "nl")  # crm's English is the source text itself
TS_DIR = Path("resources") / "translations"
LOCALE = Path("crm") / "locale"
DOMAIN = "mission_crm"


def qt_tool(tool: str, *args: str) -> None:
    """pyside6-lupdate / pyside6-lrelease through PySide6's launcher (pyside_tool), which
    finds the Qt program inside the PySide6 package on each system."""
    launcher = (f"import sys; from PySide6.scripts.pyside_tool import {tool}; "
                f"sys.argv[0] = 'pyside6-{tool}'; {tool}()")
    subprocess.run([sys.executable, "-c", launcher, *args], cwd=REPO, check=True)


def pybabel(*args: str) -> None:
    """pybabel's command line, in this process (crm.i18n's extractor must be importable)."""
    from babel.messages.frontend import CommandLineInterface

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    CommandLineInterface().run(["pybabel", *args])


def update() -> None:
    os.chdir(REPO)
    sources = sorted(p.as_posix() for p in Path("ui").rglob("*.py"))
    for lang in QT_LANGUAGES:
        # -no-obsolete: a string gone from the code leaves the file (no vanished entries).
        # -locations none (and --no-location below): moving code changes no line of the
        # translators' files, so their work and code branches merge without conflicts.
        qt_tool("lupdate", "-no-obsolete", "-locations", "none", "-source-language", "en",
                "-target-language", lang, *sources, "main.py",
                "-ts", str(TS_DIR / f"{DOMAIN}_{lang}.ts"))
    # English: each translation is its source, numerus messages get singular and plural.
    subprocess.run([sys.executable, "scripts/english_ts.py", str(TS_DIR / f"{DOMAIN}_en.ts")],
                   cwd=REPO, check=True)
    pot = str(LOCALE / f"{DOMAIN}.pot")
    pybabel("-q", "extract", "-F", "babel.cfg", "-k", "N_", "-k", "ngettext:1,2",
            "--add-comments=Translators:", "--no-wrap", "--no-location", "--sort-output",
            "--project=Mission CRM", "--copyright-holder=Mission CRM", "-o", pot, ".")
    for lang in CRM_LANGUAGES:
        po = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        common = ["-D", DOMAIN, "-i", pot, "-d", str(LOCALE), "-l", lang, "--no-wrap"]
        if po.is_file():
            pybabel("-q", "update", *common, "--ignore-obsolete")
            continue
        pybabel("-q", "init", *common)
        if lang == "fr":
            # CLDR's third French form (1 000 000 d'événements) is not worth a translation:
            # the classic rule, as Qt's, singular for 0 and 1.
            text = po.read_text(encoding="utf-8")
            po.write_text(re.sub(r'^"Plural-Forms: .*$',
                                 r'"Plural-Forms: nplurals=2; plural=(n > 1);\\n"', text,
                                 flags=re.MULTILINE), encoding="utf-8")
            pybabel("-q", "update", *common, "--ignore-obsolete")


def stale(source: Path, target: Path) -> bool:
    """``target`` is missing or older than ``source``."""
    return not target.exists() or source.stat().st_mtime > target.stat().st_mtime


def build() -> None:
    os.chdir(REPO)
    for ts in sorted(TS_DIR.glob(f"{DOMAIN}_*.ts")):
        qm = ts.with_suffix(".qm")
        if stale(ts, qm):
            qt_tool("lrelease", "-silent", str(ts), "-qm", str(qm))
    for po in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        if stale(po, mo):
            # Without --use-fuzzy: a fuzzy (unchecked) entry stays English rather than wrong.
            pybabel("-q", "compile", "-D", DOMAIN, "-i", str(po), "-o", str(mo))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update or build the app's translations.")
    parser.add_argument("action", nargs="?", choices=("update", "build"), default="build")
    args = parser.parse_args(argv)
    update() if args.action == "update" else build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
