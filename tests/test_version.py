"""One version: pyproject.toml's, which the package, `--version` and About all show."""

from __future__ import annotations

import tomllib

import crm
from tests.conftest import REPO, run_cli


def project_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def test_package_version_is_pyprojects() -> None:
    assert crm.__version__ == project_version()


def test_version_option_prints_it() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"Mission CRM {project_version()}"


def test_changelog_has_this_version() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {project_version()}" in changelog


def test_notices_name_qt_under_the_lgpl_and_every_package() -> None:
    from crm.licences import licences, notices_text

    text = notices_text()
    assert "GNU Lesser General Public License version 3" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # the licence's own text follows
    names = {entry.name.lower() for entry in licences()}
    assert {"pyside6", "sqlalchemy", "keyring", "sqlcipher3", "phonenumbers"} <= names
