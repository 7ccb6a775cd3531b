"""crm's user-facing messages in the user's language, without Qt: GNU gettext catalogues
(``crm/locale/<lang>/LC_MESSAGES/mission_crm.po``, extracted and compiled with Babel).

A message is translated where it is made: ``raise ValidationError(_("{field} is required")
.format(field=label))``. English is the identity: until ``set_language`` is called (the app
does it at start with the language of its QTranslator; the CLI only with ``--language``) every
message is the English text of the source. A name defined at import time (a table of labels)
is marked with ``N_`` and translated with ``_`` where it is shown.

Translators: placeholders are ``{name}`` (str.format); keep them as they are.
"""

from __future__ import annotations

import gettext
from functools import cache

from crm.resources import locale_dir

DOMAIN = "mission_crm"
LANGUAGES = ("en", "fr", "nl")  # English first: the source language, always complete

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"
# --language of this run (main.py): wins over the saved choice and the system's.
_requested: str | None = None


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; the identity for English or a missing one."""
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)


def set_language(language: str) -> None:
    """Translate crm's messages into ``language`` (one of LANGUAGES) from now on."""
    global _current, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)}")
    _current, _language = catalogue(language), language


def current_language() -> str:
    return _language


def request_language(language: str | None) -> None:
    """The language asked for on the command line for this run (None: none asked); crm's
    messages switch to it now, the app's Qt texts when they are installed (ui/i18n.py)."""
    global _requested
    _requested = language
    if language is not None:
        set_language(language)


def requested_language() -> str | None:
    return _requested


def _(message: str) -> str:
    """``message`` in the current language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n`` (the language's own plural rule)."""
    return _current.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it with ``_`` where it is shown."""
    return message


def translated(message: str, language: str) -> str:
    """``message`` in ``language`` whatever the current one (an export profile's headers)."""
    return catalogue(language).gettext(message)


def extract_export_profile(fileobj, keywords, comment_tags, options):  # type: ignore[no-untyped-def]
    """Babel extractor (babel.cfg) for an export profile: its description and its column
    headers, each with the line it is on, as (lineno, funcname, message, comments)."""
    import json

    text = fileobj.read().decode("utf-8")
    profile = json.loads(text)
    lines = text.splitlines()

    def line_of(value: str) -> int:
        quoted = json.dumps(value)
        return next((n for n, line in enumerate(lines, 1) if quoted in line), 0)

    if profile.get("description"):
        yield line_of(profile["description"]), None, profile["description"], [
            "The description of an export profile, shown in the export dialog."]
    language = profile.get("language", "en")
    for column in profile.get("columns", []):
        if "header" in column:
            yield line_of(column["header"]), None, column["header"], [
                f"A column header of the '{language}' export file (field {column['field']})."]
