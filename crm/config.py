"""Where things live on disk, and the user's preferences shared by the app and the CLI.

Preferences are a small JSON file in the platform's config folder; the environment variable
``MISSION_CRM_CONFIG_DIR`` moves it (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

APP_NAME = "MissionCRM"
APP_AUTHOR = "MissionCRM"
DB_ENV = "MISSION_CRM_DB"
CONFIG_DIR_ENV = "MISSION_CRM_CONFIG_DIR"
DATA_DIR_ENV = "MISSION_CRM_DATA_DIR"
DEFAULT_DB_NAME = "mission-crm.db"
# The app's language: "system" follows the computer's; else one the app is translated into.
LANGUAGES = ("system", "en", "fr", "nl")


def data_dir() -> Path:
    """The folder that holds the default database and its backups."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The folder that holds the preferences file."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_database_target() -> str:
    """``MISSION_CRM_DB`` if set, else the database file in the user data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / DEFAULT_DB_NAME)


@dataclass
class Preferences:
    """What a user sets once: their name (owner of what they create), phone region, ..."""

    owner_name: str = ""
    default_region: str = "BE"
    database: str = ""
    backups_to_keep: int = 10
    # Team mode: the server URL sync uses, never with a password (that is in the keyring).
    team_server: str = ""
    language: str = "system"  # one of LANGUAGES (Settings → Language, the first run)

    @classmethod
    def load(cls) -> Preferences:
        """Read the preferences file; a missing or damaged file gives the defaults."""
        import json  # here, not at the top: the app's first paint does not need it

        path = config_dir() / "preferences.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        try:
            return cls(**values)
        except TypeError:
            return cls()

    def save(self) -> None:
        """Write the preferences atomically (a temporary file, then a rename)."""
        import json

        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / "preferences.json.tmp"
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, folder / "preferences.json")
