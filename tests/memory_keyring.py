"""A keyring backend the tests control: secure in the eyes of crm.secrets, kept in memory.

With ``MISSION_CRM_TEST_KEYRING_FILE`` set it also persists to that JSON file, so a CLI run in a
subprocess (``PYTHON_KEYRING_BACKEND=tests.memory_keyring.MemoryKeyring``) sees the same secrets.
Tests only: a real keyring never writes secrets to a plain file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "MISSION_CRM_TEST_KEYRING_FILE"
BACKEND_NAME = "tests.memory_keyring.MemoryKeyring"


class MemoryKeyring(KeyringBackend):
    priority = 20  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[str, str] = {}

    def _file(self) -> Path | None:
        name = os.environ.get(FILE_ENV)
        return Path(name) if name else None

    def _load(self) -> None:
        path = self._file()
        if path is not None and path.exists():
            self.store = json.loads(path.read_text())

    def _save(self) -> None:
        path = self._file()
        if path is not None:
            path.write_text(json.dumps(self.store))

    def get_password(self, service: str, username: str) -> str | None:
        self._load()
        return self.store.get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._load()
        self.store[f"{service}\0{username}"] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        self._load()
        if self.store.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save()
