"""The licences of what Mission CRM ships: Qt and PySide6 (LGPL v3) and every other package
the app runs on. The bundle build writes them into one file (``write_notices``); Help → About
shows that file, or, when running from the repository, the same text built from the installed
packages' metadata."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

APP_DISTRIBUTION = "mission-crm"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
LGPL_DISTRIBUTIONS = ("pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6")
# The texts PySide6's wheels do not carry: the LGPL v3 and the GPL v3 it supplements.
LICENCE_TEXTS_DIR = Path(__file__).resolve().parents[1] / "packaging" / "licenses"

QT_NOTICE = """\
Qt and PySide6 (Qt for Python)
==============================
Mission CRM uses the Qt toolkit and its Python binding PySide6, (c) The Qt Company Ltd and
other contributors, under the GNU Lesser General Public License version 3 (LGPL-3.0; its text
and that of the GNU GPL v3 it supplements follow at the end of this file).

Qt and PySide6 are linked dynamically: their libraries are separate files inside the
application's folder (_internal/PySide6), unmodified. You may replace them with your own
build of the same Qt/PySide6 version. Their source code is published by the Qt Project
(https://download.qt.io/official_releases/qt/ and https://code.qt.io/pyside/pyside-setup);
we will also send it to you on request.
"""


LGPL_SOURCE_NOTICE = """\
nameparser is under the GNU Lesser General Public License version 2.1 or later (its text
follows with the package's): it is shipped as its unmodified source files in the
application's folder (_internal/nameparser), which you may replace with your own version.
Its source is published at https://github.com/derek73/python-nameparser.
"""


@dataclass(frozen=True)
class Licence:
    """One bundled package: its name, version, declared licence and licence texts."""

    name: str
    version: str
    licence: str
    texts: tuple[str, ...]


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _declared_licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = (meta.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) < 80:
        return licence
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the text below"


def _licence_texts(dist: metadata.Distribution) -> tuple[str, ...]:
    texts = []
    for file in dist.files or ():
        name = file.name.upper()
        if ".dist-info" in str(file) and name.startswith(("LICEN", "COPYING", "NOTICE")):
            try:
                texts.append(file.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError):
                continue
    return tuple(dict.fromkeys(t for t in texts if t))


def bundled_distributions(requirements: list[str] | None = None) -> list[metadata.Distribution]:
    """The installed packages Mission CRM needs (its requirements, recursively, with the
    extras it asks for and the markers of this system), sorted by name."""
    from packaging.requirements import Requirement

    if requirements is None:
        requirements = metadata.requires(APP_DISTRIBUTION) or []
    found: dict[str, metadata.Distribution] = {}
    pending = [(Requirement(r), frozenset()) for r in requirements]
    while pending:
        requirement, extras = pending.pop()
        marker = requirement.marker
        if marker is not None and not any(
                marker.evaluate({"extra": extra}) for extra in (extras or {""})):
            continue
        key = _normalise(requirement.name)
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency of another system
        already = key in found
        found[key] = dist
        wanted = frozenset(requirement.extras)
        if already and not wanted:
            continue
        pending += [(Requirement(r), wanted) for r in dist.requires or ()]
    return sorted(found.values(), key=lambda d: _normalise(d.metadata["Name"]))


def licences(requirements: list[str] | None = None) -> list[Licence]:
    """Each bundled package with its licence."""
    return [Licence(dist.metadata["Name"], dist.version, _declared_licence(dist),
                    _licence_texts(dist)) for dist in bundled_distributions(requirements)]


def notices_text(requirements: list[str] | None = None) -> str:
    """The whole notices file: Qt's LGPL notice, every package and its licence, the texts."""
    entries = licences(requirements)
    lines = [QT_NOTICE, LGPL_SOURCE_NOTICE, "Packages in this application",
             "============================"]
    lines += [f"{e.name} {e.version}: {e.licence}" for e in entries]
    for entry in entries:
        if entry.texts:
            lines += ["", "-" * 78, f"{entry.name} {entry.version}", "-" * 78, *entry.texts]
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        path = LICENCE_TEXTS_DIR / name
        if path.exists():
            lines += ["", "-" * 78, name.removesuffix(".txt"), "-" * 78,
                      path.read_text(encoding="utf-8")]
    return "\n".join(lines) + "\n"


def write_notices(folder: Path, requirements: list[str] | None = None) -> Path:
    """Write the notices file into ``folder`` (at build time) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / NOTICES_FILE
    target.write_text(notices_text(requirements), encoding="utf-8")
    return target


def shipped_notices() -> str:
    """The notices the app shows: the bundled file, else (from the repository) built now."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        path = Path(bundle) / "licenses" / NOTICES_FILE
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            return f"{path}: missing from this installation"
    return notices_text()
