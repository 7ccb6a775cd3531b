"""The only module that talks to the OS keyring (Keychain, Credential Manager, Secret Service).

Secrets are stored by name under one service ("Mission CRM"): a database key, a team server
password ... A keyring that would keep them in plain text or not at all (keyring's ``fail`` and
``null`` backends, every ``keyrings.alt`` backend, a chain holding one of those) is *not secure*:
``get_secret`` then finds nothing and ``set_secret`` refuses, so a secret never silently lands in
a plain file. Secret values never appear in an exception message or a log.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from crm.errors import UserError
from crm.i18n import _

SERVICE = "Mission CRM"

# Backends that keep nothing, fail on everything, or store secrets in plain (or weakly
# protected, password-prompting) files. Matched by module so a renamed class still counts.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStoreError(UserError):
    """The keyring could not store or read a secret (the message never holds the secret)."""


def _backend() -> KeyringBackend:
    return keyring.get_keyring()


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends that really store secrets: a chainer's members, or the backend itself."""
    members = getattr(backend, "backends", None)
    if isinstance(members, list | tuple):
        return [leaf for member in members for leaf in _leaf_backends(member)]
    return [backend]


def _describe(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_problem() -> str | None:
    """Why the keyring is not usable for secrets, or None when it is secure."""
    try:
        backend = _backend()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        return _("the keyring could not be loaded ({error})").format(error=type(exc).__name__)
    leaves = _leaf_backends(backend)
    if not leaves:
        return _("no OS keyring is available")
    for leaf in leaves:
        module = type(leaf).__module__
        if module.startswith(_INSECURE_MODULES):
            if module.startswith("keyrings.alt"):
                return _("the only keyring available ({name}) is not a secure OS "
                         "keyring").format(name=_describe(leaf))
            return _("no OS keyring is available")
    return None


def is_secure_keyring() -> bool:
    """True when secrets can be kept in a secure OS keyring."""
    return keyring_problem() is None


def keyring_name() -> str:
    """The keyring backend in use, for messages and diagnostics."""
    try:
        return _describe(_backend())
    except Exception:
        return "unavailable"


def get_secret(name: str) -> str | None:
    """The secret stored under ``name``; None when absent or when the keyring is not secure."""
    if not is_secure_keyring():
        return None
    try:
        return _backend().get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(_("the keyring could not read secret {name!r} ({error_type})")
                               .format(name=name, error_type=type(exc).__name__)) from None


def set_secret(name: str, value: str) -> None:
    """Store ``value`` under ``name``; refuses (SecretStoreError) when the keyring is not secure."""
    problem = keyring_problem()
    if problem is not None:
        raise SecretStoreError(_("cannot store secret {name!r}: {problem}")
                               .format(name=name, problem=problem))
    try:
        _backend().set_password(SERVICE, name, value)
    except (keyring.errors.KeyringError, NotImplementedError) as exc:
        raise SecretStoreError(_("the keyring could not store secret {name!r} ({error_type})")
                               .format(name=name, error_type=type(exc).__name__)) from None
    if get_secret(name) != value:
        raise SecretStoreError(_("the keyring did not keep secret {name!r}").format(name=name))


def delete_secret(name: str) -> None:
    """Forget the secret stored under ``name`` (nothing happens if there is none)."""
    if not is_secure_keyring():
        return
    try:
        _backend().delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(_("the keyring could not delete secret {name!r} ({error_type})")
                               .format(name=name, error_type=type(exc).__name__)) from None
