"""Encryption at rest: SQLCipher connections, database keys and where they come from.

Every SQLite file is opened through ``sqlcipher3`` (one SQLite build for plain and encrypted
files alike). A key is either a random 256-bit *raw key* kept in the OS keyring
(``crm.secrets``) or a *passphrase* (``MISSION_CRM_PASSPHRASE`` for scripts, a prompt in the
app) that SQLCipher stretches with its own KDF (PBKDF2-HMAC-SHA512, 256,000 iterations).
A recovery key file holds the raw key as 64 hex digits; typed or pasted where a passphrase is
asked, 64 hex digits are read as that raw key. A ``Key`` never shows its value in a repr, a
message or a log.
"""

from __future__ import annotations

import os
import secrets as random_source
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import sqlcipher3.dbapi2 as sqlcipher

from crm import secrets
from crm.errors import NotADatabaseError
from crm.i18n import N_, _

PASSPHRASE_ENV = "MISSION_CRM_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MISSION_CRM_NEW_PASSPHRASE"
# Set to 1 by someone who knowingly wants new databases unencrypted where no key source exists
# (a throw-away test database, CI): no warning, no prompt. The test suite sets it.
ALLOW_UNENCRYPTED_ENV = "MISSION_CRM_ALLOW_UNENCRYPTED"
SQLITE_HEADER = b"SQLite format 3\x00"
WRONG_KEY = N_("wrong key or not a Mission CRM database")
_HEX = set("0123456789abcdefABCDEF")

FileKind = Literal["missing", "empty", "plain", "encrypted", "foreign"]
# Asked for a passphrase: (database path, why: "open" | "retry" | "new") -> text or None.
PassphrasePrompt = Callable[[Path, str], "str | None"]


@dataclass(frozen=True)
class Key:
    """A database key: a raw 256-bit key (hex) or a passphrase. Its value is never shown."""

    kind: Literal["raw", "passphrase"]
    value: str = field(repr=False)
    source: str = "unknown"  # keyring, environment, prompt: for messages only

    def pragma_value(self) -> str:
        """The right-hand side of ``PRAGMA key = ...`` (a quoted SQL literal)."""
        if self.kind == "raw":
            return f"\"x'{self.value}'\""
        return "'" + self.value.replace("'", "''") + "'"

    def __str__(self) -> str:
        return f"<{self.kind} key from {self.source}>"


def new_random_key(source: str = "keyring") -> Key:
    """A fresh random 256-bit raw key."""
    return Key("raw", random_source.token_hex(32), source)


def key_from_text(text: str, source: str) -> Key:
    """A key typed or given by the user: 64 hex digits (a recovery key) are a raw key,
    anything else is a passphrase."""
    stripped = text.strip()
    if stripped.lower().startswith("x'") and stripped.endswith("'"):
        stripped = stripped[2:-1]
    if len(stripped) == 64 and set(stripped) <= _HEX:
        return Key("raw", stripped.lower(), source)
    return Key("passphrase", text, source)


def keyring_entry(path: Path) -> str:
    """The name of a database's key in the keyring (one per database file)."""
    return f"database-key:{Path(path).resolve()}"


def stored_key(path: Path) -> Key | None:
    """The key the keyring holds for this database file, if any."""
    value = secrets.get_secret(keyring_entry(path))
    return Key("raw", value, "keyring") if value else None


def environment_key(variable: str = PASSPHRASE_ENV) -> Key | None:
    """The key given in the environment (``MISSION_CRM_PASSPHRASE``), if any."""
    value = os.environ.get(variable)
    return key_from_text(value, "environment") if value else None


def unencrypted_allowed() -> bool:
    """True when ``MISSION_CRM_ALLOW_UNENCRYPTED=1``: a new plain database needs no warning."""
    return os.environ.get(ALLOW_UNENCRYPTED_ENV) == "1"


def file_kind(path: Path) -> FileKind:
    """What is at ``path``: nothing, a zero-byte file, a plain SQLite file, an encrypted file,
    or something else.

    SQLCipher files start with a random salt, so "encrypted" means "could be": a file of whole
    512-byte pages without the SQLite header. Only a key proves it.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "empty"
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return "plain"
    if size >= 512 and size % 512 == 0:
        return "encrypted"
    return "foreign"


def connect(path: Path | str, key: Key | None = None, *, readonly: bool = False,
            **kwargs: Any) -> sqlcipher.Connection:
    """A DB-API connection to ``path`` with ``key`` applied first (before any page is read)."""
    target = Path(path)
    if readonly:
        conn = sqlcipher.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, **kwargs)
    else:
        conn = sqlcipher.connect(str(target), **kwargs)
    # SQLCipher logs a failed HMAC check (a wrong key) on stderr unless told not to.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
    return conn


def key_opens(path: Path, key: Key | None) -> bool:
    """True when ``key`` (None: no key) decrypts the file; reads it without changing it."""
    try:
        conn = connect(path, key, readonly=True)
    except sqlcipher.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def candidate_keys(path: Path, prompt: PassphrasePrompt | None = None) -> Iterator[Key]:
    """The keys to try for an encrypted file, in order: keyring, environment, then the prompt
    (asked again after each wrong answer until it returns None)."""
    for key in (stored_key(path), environment_key()):
        if key is not None:
            yield key
    if prompt is None:
        return
    reason = "open"
    while True:
        text = prompt(path, reason)
        if not text:
            return
        yield key_from_text(text, "prompt")
        reason = "retry"


def find_key(path: Path, prompt: PassphrasePrompt | None = None) -> Key:
    """The key that opens the encrypted file ``path``; NotADatabaseError when none does."""
    tried = 0
    for key in candidate_keys(path, prompt):
        tried += 1
        if key_opens(path, key):
            return key
    if tried:
        raise NotADatabaseError(_("{path}: {wrong_key}").format(path=path, wrong_key=_(WRONG_KEY)))
    raise NotADatabaseError(
        _("{path}: {wrong_key} (no key found: the keyring holds none for this file and "
          "{passphrase_env} is not set; set it to the passphrase or the recovery key)")
        .format(path=path, wrong_key=_(WRONG_KEY), passphrase_env=PASSPHRASE_ENV))


def export_copy(source: sqlcipher.Connection, target: Path, key: Key | None) -> None:
    """Write a consistent copy of ``source`` to the new file ``target``, encrypted with ``key``
    (None: plain), with SQLCipher's ``sqlcipher_export``."""
    literal = key.pragma_value() if key is not None else "''"
    quoted_path = str(target).replace("'", "''")
    source.execute(f"ATTACH DATABASE '{quoted_path}' AS crm_export KEY {literal}")
    try:
        # The copy is a new temporary file the caller checks and flushes before using it:
        # no journal and no per-statement fsync while it is written (20x faster).
        source.execute("PRAGMA crm_export.journal_mode = OFF")
        source.execute("PRAGMA crm_export.synchronous = OFF")
        source.execute("SELECT sqlcipher_export('crm_export')")
    finally:
        source.execute("DETACH DATABASE crm_export")


def prompt_needed(path: Path, *, keyring_usable: bool | None = None) -> str | None:
    """What the app must ask before opening ``path``: "open" for an encrypted file that neither
    the keyring nor the environment opens, "new" for a new file when neither the keyring nor
    the environment can give a key, else None."""
    kind = file_kind(path)
    if kind == "encrypted":
        known = [k for k in (stored_key(path), environment_key()) if k is not None]
        return None if any(key_opens(path, k) for k in known) else "open"
    if kind in ("missing", "empty"):
        usable = secrets.is_secure_keyring() if keyring_usable is None else keyring_usable
        quiet = usable or environment_key() is not None or unencrypted_allowed()
        return None if quiet else "new"
    return None
