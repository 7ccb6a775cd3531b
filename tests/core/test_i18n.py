"""crm's messages in the chosen language (gettext), English by default and in the CLI; an
export profile's headers in the profile's language whatever the app's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from crm import i18n
from crm.errors import ValidationError
from crm.services.exports import load_profile
from crm.services.validation import normalize_email, require_text
from tests.conftest import run_cli


@pytest.fixture
def french_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A small French catalogue in place of crm/locale (the translators' one may be partial)."""
    catalog = Catalog(locale="fr", domain=i18n.DOMAIN)
    catalog.add("{field}: '{candidate}' is not a valid email address ({reason})",
                "{field} : « {candidate} » n’est pas une adresse e-mail valide ({reason})")
    catalog.add("{label} is required", "{label} : obligatoire")
    catalog.add("Session title", "Titre de la session")
    catalog.add("First name", "Prénom")
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as handle:
        write_mo(handle, catalog)
    monkeypatch.setattr(i18n, "locale_dir", lambda: tmp_path / "locale")
    i18n.catalogue.cache_clear()
    yield
    i18n.set_language("en")
    i18n.catalogue.cache_clear()


def test_messages_are_english_until_a_language_is_chosen(french_catalogue) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="is not a valid email address"):
        normalize_email("not-an-email")
    i18n.set_language("fr")
    with pytest.raises(ValidationError, match="n’est pas une adresse e-mail valide"):
        normalize_email("not-an-email")
    with pytest.raises(ValidationError) as caught:
        require_text("  ", "title", i18n.N_("Session title"))
    assert caught.value.message == "Titre de la session : obligatoire"


def test_a_message_without_translation_stays_english(french_catalogue) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("fr")
    assert i18n._("a message no catalogue knows") == "a message no catalogue knows"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("de")


def test_profile_headers_follow_the_profile_language(french_catalogue) -> None:  # type: ignore[no-untyped-def]
    assert dict(load_profile("awex").columns)["first_name"] == "Prénom"
    assert load_profile("awex").language == "fr"
    # The app's language does not change an English profile's headers, nor a French one's.
    i18n.set_language("fr")
    assert dict(load_profile("agency").columns)["first_name"] == "First name"
    assert load_profile("fit").language == "nl"


def test_the_cli_speaks_english(tmp_path: Path) -> None:
    result = run_cli("add", "contact", "--first", "Ann", "--last", "Lee", "--email", "nope",
                     db=tmp_path / "crm.db")
    assert result.returncode != 0
    assert "is not a valid email address" in result.stderr
