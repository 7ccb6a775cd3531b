"""Where the app's files live: ``resources/`` (icons, export profiles, translations, the sample
mission) and ``crm/locale`` (the compiled gettext catalogues).

The one place that knows the layout. From the source tree and an editable install both sit
beside the ``crm`` package; a PyInstaller bundle unpacks them under ``sys._MEIPASS`` (the spec
adds ``resources`` and ``crm/locale`` as data folders of the same names).
"""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder holding ``resources/`` and ``crm/``: the bundle's, else the source tree's."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path:
    """A file or folder under ``resources/``, e.g. ``resource_path("icons", "app.svg")``."""
    return app_root().joinpath("resources", *parts)


def locale_dir() -> Path:
    """The gettext catalogues of crm's messages: ``<lang>/LC_MESSAGES/mission_crm.mo``."""
    return app_root() / "crm" / "locale"
