"""crm.secrets: a secure keyring is used; fail, null and plain-text keyrings are refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from crm import secrets
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def use_backend() -> Iterator:
    previous = keyring.get_keyring()

    def install(backend):  # type: ignore[no-untyped-def]
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def test_a_secure_keyring_stores_reads_and_forgets(use_backend) -> None:
    use_backend(MemoryKeyring())
    assert secrets.is_secure_keyring()
    secrets.set_secret("server-password", "s3cret")
    assert secrets.get_secret("server-password") == "s3cret"
    secrets.delete_secret("server-password")
    assert secrets.get_secret("server-password") is None
    secrets.delete_secret("server-password")  # deleting twice is fine


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_no_keyring_is_not_secure_and_stores_nothing(use_backend, backend) -> None:
    use_backend(backend)
    assert not secrets.is_secure_keyring()
    assert "no OS keyring" in secrets.keyring_problem()
    with pytest.raises(secrets.SecretStoreError) as info:
        secrets.set_secret("database-key:/x.db", "TOPSECRETVALUE")
    assert "TOPSECRETVALUE" not in str(info.value)
    assert secrets.get_secret("database-key:/x.db") is None


def test_plain_text_keyring_is_refused_and_writes_no_file(use_backend, tmp_path: Path) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    use_backend(plaintext)
    assert not secrets.is_secure_keyring()
    assert "not a secure OS keyring" in secrets.keyring_problem()
    with pytest.raises(secrets.SecretStoreError, match="not a secure OS keyring"):
        secrets.set_secret("database-key:/x.db", "TOPSECRETVALUE")
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_a_chain_holding_a_plain_text_keyring_is_not_secure(use_backend, monkeypatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), PlaintextKeyring()])
    use_backend(chainer.ChainerBackend())
    assert not secrets.is_secure_keyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert secrets.is_secure_keyring()


def test_keyring_errors_never_echo_the_secret(use_backend, monkeypatch) -> None:
    backend = use_backend(MemoryKeyring())

    def locked(*_args: object) -> None:
        raise keyring.errors.KeyringLocked("TOPSECRETVALUE is locked")

    monkeypatch.setattr(backend, "set_password", locked)
    with pytest.raises(secrets.SecretStoreError) as info:
        secrets.set_secret("database-key:/x.db", "TOPSECRETVALUE")
    assert "TOPSECRETVALUE" not in str(info.value)
    assert "KeyringLocked" in str(info.value)
