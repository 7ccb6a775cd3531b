"""The app's language: Qt Linguist catalogues for ui/ (``resources/translations/
mission_crm_<lang>.qm``, with Qt's own ``qtbase_<lang>.qm``) and crm's gettext catalogues,
both switched together.

Strings in a QObject subclass go through ``self.tr``; anywhere else through
``translate("Context", text)`` (a literal context, so pyside6-lupdate files it under the same
context the runtime asks for). Plurals use Qt's numerus forms: ``self.tr("%n contact(s)", "",
n)``; the English catalogue turns them into "1 contact" / "2 contacts". What pyside6-lupdate
does not see: a call inside an f-string; the count of ``translate(...)`` (the message is not
made a plural: outside a method use ``SomeQObjectClass.tr("%n x(s)", "", n)``); a ``translate``
whose count is not a plain name (the message is dropped).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crm import i18n as crm_i18n
from crm.resources import resource_path

LANGUAGES = crm_i18n.LANGUAGES
CHOICES = ("system", *LANGUAGES)  # what Settings → Language offers
# Set by --language for one run, and by the tests (English whatever the machine's locale).
LANGUAGE_VARIABLE = "MISSION_CRM_LANGUAGE"
# Dates and numbers: the delegation is Belgian, so French and Dutch are Belgium's variants;
# English is en_GB: day first and 24-hour times like the delegation's own (en_US: 6/10/22 4 PM).
LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}
# Each language in its own name: whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the app's language (QCoreApplication.translate)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_dir() -> str:
    return str(resource_path("translations"))


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that the app speaks, else English."""
    locale = locale or QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve_language(choice: str | None) -> str:
    """"en", "fr" or "nl" for a choice of CHOICES ("system" or None: the system's)."""
    return choice if choice in LANGUAGES else system_language()


def chosen_language(saved: str | None = None) -> str:
    """The language of this run: --language, else the environment variable, else ``saved``
    (the Settings choice), else the system's."""
    return resolve_language(crm_i18n.requested_language() or os.environ.get(LANGUAGE_VARIABLE)
                            or saved)


def restart_command(argv: Sequence[str] | None = None,
                    executable: str | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started, without
    ``--language``: a restart is asked for to apply the language just chosen, which a
    --language of this run would hide again."""
    argv = list(sys.argv if argv is None else argv)
    kept: list[str] = []
    items = argv[1:]
    while items:
        item = items.pop(0)
        if item == "--language":
            if items:
                items.pop(0)
            continue
        if not item.startswith("--language="):
            kept.append(item)
    program = executable or sys.executable
    if getattr(sys, "frozen", False):
        return program, kept  # the bundle's executable is the app itself
    return program, [argv[0], *kept]


def install_translators(app: QCoreApplication, language: str,
                        folder: str | None = None) -> list[QTranslator]:
    """Load and install Qt's and our catalogues for ``language`` and switch crm's messages to
    it; returns the translators installed (a missing .qm is skipped: the text stays English).
    English has a catalogue too: it holds the singular and plural forms of "%n contact(s)"."""
    crm_i18n.set_language(language)
    installed = []
    sources = (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               ("mission_crm", folder or translations_dir()))
    for name, where in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", where):
            app.installTranslator(translator)
            installed.append(translator)
    if language in LOCALES:
        QLocale.setDefault(QLocale(LOCALES[language]))
    return installed
