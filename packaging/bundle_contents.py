"""What goes into the bundle and what is left out: read by the spec file, by the bundle test
and by the benchmark that measures what each exclusion saves (one list for all three)."""

from __future__ import annotations

import hashlib
import sys
import tomllib
from pathlib import Path

SOURCES = ("main.py", "crm", "ui")


def sources_import(module: str, repo: Path | None = None) -> bool:
    """Whether the app's own code imports ``module`` (e.g. the badge scanner's "zxingcpp",
    "PIL", "PySide6.QtMultimedia"): what is bundled follows the code, not a list kept by hand.
    """
    repo = repo or Path(__file__).resolve().parents[1]
    package, _, name = module.rpartition(".")
    needles = (f"import {module}", f"from {module} import")
    if package:
        needles += (f"from {package} import {name}",)
    files = [repo / "main.py", *(repo / "crm").rglob("*.py"), *(repo / "ui").rglob("*.py")]
    return any(n in f.read_text(encoding="utf-8") for f in files if f.is_file() for n in needles)


# Qt modules PySide6 ships that the app never imports (it uses QtCore, QtGui, QtWidgets and
# QtCharts; the badge scanner adds QtMultimedia and QtMultimediaWidgets). Leaving them out
# keeps their Python binding, Qt library, plugins, QML files and translations out of the
# bundle. QtOpenGL, QtOpenGLWidgets and QtSvg are only left out as Python bindings: their Qt
# libraries stay, as QtCharts and the SVG icon plugin load them. QtNetwork: see
# optional_excludes.
EXCLUDED_QT_MODULES = [f"PySide6.{name}" for name in (
    "QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtSvgWidgets",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "QtWebView", "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic",
    "Qt3DRender", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtCanvasPainter", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
    "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtDesigner", "QtUiTools", "QtHelp", "QtTest",
    "QtSql", "QtXml", "QtBluetooth", "QtNfc", "QtSensors", "QtSerialPort", "QtSerialBus",
    "QtPositioning", "QtLocation", "QtRemoteObjects", "QtScxml", "QtStateMachine",
    "QtTextToSpeech", "QtSpatialAudio", "QtHttpServer", "QtNetworkAuth", "QtConcurrent",
    "QtDBus", "QtAxContainer", "QtAsyncio")]

# Python packages present in a development environment that the app never needs, and
# phonenumbers' geocoder/carrier/time-zone tables (~40 MB; the app only parses, validates and
# formats numbers, which needs the region metadata alone).
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "IPython", "matplotlib", "pytest", "_pytest", "pytestqt",
    "hypothesis", "faker", "pygments", "time_machine", "pypdf", "keyrings.alt", "ruff",
    "PyInstaller",
    "phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata",
    "phonenumbers.geocoder", "phonenumbers.carrier", "phonenumbers.timezone",
    "pandas.tests", "numpy.tests", "numpy.f2py", "sqlalchemy.testing",
    # Databases the app never speaks to (it uses SQLCipher and PostgreSQL), and pytz, which
    # pandas and icalendar only use when it is there (tzdata and zoneinfo serve them).
    "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.mysql",
    "pytz",
    # Pillow's parts the scanner never calls: AVIF (libavif, 5 MB; badges and cards come as
    # JPEG, PNG, WebP, GIF, BMP or TIFF), colour management (only RGB<->LAB conversion uses
    # it) and Tk. Pillow imports each of them only when asked, or skips the format.
    "PIL._avif", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk",
    # An interactive prompt's line editing (pdb, code): the app has no such prompt.
    "readline",
    # rapidfuzz's AVX2 builds (5 MB): the app calls Indel.normalized_similarity on one pair
    # at a time, where AVX2 gains nothing (20,000 name pairs: 16 ms generic, 19 ms AVX2);
    # rapidfuzz then loads its generic build.
    "rapidfuzz.distance.metrics_cpp_avx2", "rapidfuzz.fuzz_cpp_avx2",
    # rapidfuzz's fuzz module in C++ (2.2 MB): the app scores with Indel (its distance
    # module); process.cdist only imports fuzz.ratio as its default scorer, which rapidfuzz
    # then takes from its Python build.
    "rapidfuzz.fuzz_cpp",
    # OpenSSL's hashes for hashlib, which falls back to its built-in MD5/SHA-1/SHA-2/SHA-3/
    # BLAKE2. (Python's ssl stays: psycopg imports it. Its OpenSSL is psycopg's, see the spec.)
    "_hashlib",
    # dnspython: email-validator's deliverability check (a DNS query per address), which the
    # app never asks for (check_deliverability=False: delegates type addresses offline).
    "dns",
    "numpy._core._multiarray_tests",
]


def optional_excludes(repo: Path) -> list[str]:
    """Modules the libraries would pull in that stay out unless the app's own code uses them:
    Pillow (openpyxl's optional image support; the badge scanner needs it, with pytesseract
    and zxing-cpp) and QtNetwork's binding (only the camera's QtMultimedia imports it)."""
    excluded = []
    if not any(sources_import(m, repo) for m in ("PIL", "pytesseract", "zxingcpp")):
        excluded.append("PIL")
    if not any(sources_import(m, repo) for m in ("PySide6.QtMultimedia", "PySide6.QtNetwork")):
        excluded.append("PySide6.QtNetwork")
    return excluded

def project(repo: Path) -> dict:
    """The [project] table of pyproject.toml: the one place of the version."""
    return tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def licence_files(repo: Path) -> list[tuple[str, str]]:
    """Write the notices of every bundled package (build/licenses) and return the spec's
    ``datas`` entries that put them into the bundle's ``licenses`` folder."""
    import sys

    sys.path.insert(0, str(repo))
    from crm.licences import write_notices

    folder = repo / "build" / "licenses"
    notices = write_notices(folder, project(repo)["dependencies"])
    texts = repo / "packaging" / "licenses"
    return [(str(notices), "licenses"), *((str(p), "licenses") for p in texts.glob("*.txt"))]


# What the bundle must hold, as glob patterns under its folder: the platform's Qt plugins
# (window system, SVG icons, image formats, the camera's multimedia backend), the sqlcipher3
# native module, the app's data files and migrations, tzdata, phonenumbers' metadata,
# translations and the licence notices. A pattern matching nothing fails the build and the
# bundle test.
COMMON_FILES = [
    "**/plugins/iconengines/*qsvgicon*",
    "**/plugins/imageformats/*qsvg*",
    "**/plugins/imageformats/*qjpeg*",
    "**/translations/qtbase_fr.qm",
    "**/translations/qtbase_nl.qm",
    "**/sqlcipher3/_sqlite3*",
    "**/resources/sample/mission-usa-2022.json",
    "**/resources/email_templates.json",
    "**/resources/export_profiles/*.json",
    "**/resources/icons/app.svg",
    "**/crm/migrations/env.py",
    "**/crm/migrations/versions/0001_*.py",
    "**/tzdata/zoneinfo/Europe/Brussels",
    "**/licenses/THIRD-PARTY-NOTICES.txt",
    "**/licenses/LGPL-3.0.txt",
    # LGPL-2.1: its source files, which a user may replace (packaging/mission-crm.spec).
    "**/nameparser/parser.py",
]
PLATFORM_FILES = {
    "linux": ["**/plugins/platforms/libqxcb.so", "**/plugins/platforms/libqwayland*.so",
              "**/plugins/platforms/libqoffscreen.so", "**/plugins/wayland-shell-integration/*",
              "**/plugins/xcbglintegrations/*", "**/plugins/platformthemes/*"],
    "win32": ["**/plugins/platforms/qwindows.dll", "**/plugins/styles/*"],
    "darwin": ["**/plugins/platforms/libqcocoa.dylib", "**/plugins/styles/*"],
}
# Qt libraries of excluded modules that must not come back in as another's dependency.
ABSENT_PATTERNS = ["**/*Qt6WebEngine*", "**/*Qt6Quick3D*", "**/*Qt63D*", "**/*Qt6Designer*",
                   "**/qml/*", "**/*Qt6Pdf*"]


def required_files(folder: Path, system: str) -> list[str]:
    """What ``folder`` (a built bundle) lacks, or holds and must not: [] when it is whole."""
    repo = Path(__file__).resolve().parents[1]
    system = "linux" if system.startswith("linux") else system
    patterns = COMMON_FILES + PLATFORM_FILES.get(system, [])
    # Each translation of the app's strings (resources/translations/*.ts, compiled to .qm
    # by scripts/setup.sh) must be in the bundle as .qm.
    patterns += [f"**/resources/translations/{ts.stem}.qm"
                 for ts in sorted((repo / "resources" / "translations").glob("*.ts"))]
    patterns += [f"**/crm/locale/{po.parent.parent.name}/LC_MESSAGES/{po.stem}.mo"
                 for po in sorted((repo / "crm" / "locale").glob("*/LC_MESSAGES/*.po"))]
    if sources_import("PySide6.QtMultimedia", repo):  # the badge scanner's camera
        patterns += ["**/plugins/multimedia/*ffmpegmediaplugin*"]
    problems = [p for p in patterns if next(folder.glob(p), None) is None]
    problems += [f"{p} (excluded, yet present)" for p in ABSENT_PATTERNS
                 if next(folder.glob(p), None) is not None]
    return problems


# Qt libraries and plugins the hooks collect that only serve excluded modules: the PDF image
# format plugin (QtPdf), the virtual keyboard (a QML input method) and the platforms of
# embedded boards (EGLFS, framebuffer, VNC). Matched against the file names of the bundle's
# binaries, on every system. (The Qt Quick and QML *libraries* stay: the camera's FFmpeg
# backend links them. Their Python modules are excluded.)
# binaries, on every system. The GTK theme plugin goes too: it needs GTK 3, which a bundle
# cannot carry; Qt then uses the desktop portal's dialogs, or its own.
EXCLUDED_QT_BINARIES = ("Qt6Pdf", "Qt6VirtualKeyboard", "qpdf.", "qtvirtualkeyboardplugin",
                        "Qt6EglFS", "Qt6EglFs", "qeglfs", "qlinuxfb", "qvnc", "qvkkhrdisplay",
                        "qminimalegl", "qgtk3",
                        # Image formats no file of the app is in (it reads SVG, PNG, JPEG,
                        # GIF and ICO), and the touch/evdev input of those embedded platforms.
                        "qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qevdev", "qtuiotouch")
# Qt's own translations kept: the app's languages (English is Qt's source language).
QT_TRANSLATION_LANGUAGES = ("fr", "nl")
# Locales whose data Babel and ICU keep: the root (every other locale's fallback) and the
# app's languages. The app asks Babel only for its global table (a country's time zones,
# crm/services/mission_time.py); its 800 locale files are 34 MB.
DATA_LANGUAGES = ("en", *QT_TRANSLATION_LANGUAGES)
# Qt plugins the app never loads: TLS backends and network-reachability monitors
# (QtNetwork is in only because QtMultimedia links it; the app makes no Qt network request).
EXCLUDED_QT_PLUGIN_FOLDERS = ("tls", "networkinformation")
# Linux: libraries replaced by a stand-in defining only what the bundle imports from them
# (packaging/shrink.py): Qt Quick and QML, which the camera's FFmpeg backend links for
# grabbing Qt Quick windows, which this widgets app has none of.
STUBBED_QT_LIBRARIES = ("libQt6Quick.so.6", "libQt6Qml.so.6")


def exclusion_of(destination: str) -> str | None:
    """Why a collected file (its destination path in the bundle) is left out, or None when
    it stays in. The reason names the exclusion in the build's report of what each saved."""
    path = destination.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    for part in EXCLUDED_QT_BINARIES:
        if part in name:
            return f"Qt binaries *{part.strip('.')}*"
    if "PySide6" in path and any(f"/plugins/{folder}/" in path
                                 for folder in EXCLUDED_QT_PLUGIN_FOLDERS):
        return "Qt plugins " + path.split("/plugins/", 1)[1].split("/", 1)[0]
    if "/translations/" in path and name.endswith(".qm") and "PySide6" in path \
            and name.rsplit(".", 1)[0].rsplit("_", 1)[-1] not in QT_TRANSLATION_LANGUAGES:
        return "Qt translations (not fr/nl)"
    if path.startswith("babel/locale-data/") and name.endswith(".dat") \
            and name.removesuffix(".dat") not in ("root", *DATA_LANGUAGES):
        return "Babel locale data (not root, en, fr, nl)"
    return None


def keep_in_bundle(destination: str) -> bool:
    """Whether a collected file (its destination path in the bundle) stays in."""
    return exclusion_of(destination) is None


class Savings:
    """What each exclusion took out of the bundle, measured while building it: bytes and
    gzip'd bytes (zlib level 9, as the tarball) of each file left out, or the difference
    for a file replaced by a smaller one. Written to build/bundle-savings.json."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, int]] = {}

    @staticmethod
    def _sizes(path: Path) -> tuple[int, int]:
        import zlib

        if path.is_symlink() or not path.is_file():
            return 0, 0
        data = path.read_bytes()
        return len(data), len(zlib.compress(data, 9))

    def _add(self, reason: str, files: int, size: int, packed: int) -> None:
        row = self.rows.setdefault(reason, {"files": 0, "bytes": 0, "gzip_bytes": 0})
        row["files"] += files
        row["bytes"] += size
        row["gzip_bytes"] += packed

    def removed(self, reason: str, source: str | Path) -> None:
        self._add(reason, 1, *self._sizes(Path(source)))

    def replaced(self, reason: str, old: Path, new: Path) -> None:
        (size, packed), (new_size, new_packed) = self._sizes(old), self._sizes(new)
        self._add(reason, 1, size - new_size, packed - new_packed)

    def write(self, path: Path) -> None:
        import json

        path.parent.mkdir(parents=True, exist_ok=True)
        rows = dict(sorted(self.rows.items(), key=lambda item: -item[1]["bytes"]))
        path.write_text(json.dumps(rows, indent=1), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Savings:
        import json

        savings = cls()
        if path.exists():
            savings.rows = json.loads(path.read_text(encoding="utf-8"))
        return savings


SAVINGS_REPORT = Path("build") / "bundle-savings.json"


# What the bundle is made of: a change to any of these makes a new bundle.
BUNDLE_SOURCES = ("main.py", "pyproject.toml", "crm", "ui", "resources", "packaging")
SOURCES_STAMP = Path("build") / "bundle-sources.sha256"


def sources_hash(repo: Path) -> str:
    """A hash of the files the bundle is built from (and of this Python)."""
    digest = hashlib.sha256(sys.version.encode())
    for top in BUNDLE_SOURCES:
        root = repo / top
        files = [root] if root.is_file() else sorted(
            p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and p.suffix not in (".pyc", ".ico", ".icns"))
        for path in files:
            digest.update(str(path.relative_to(repo)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def bundle_is_current(repo: Path) -> bool:
    """Whether dist/ holds the bundle of the current sources (built by packaging/build.py)."""
    stamp = repo / SOURCES_STAMP
    tarball = repo / "dist" / f"mission-crm-{project(repo)['version']}-linux-x86_64.tar.gz"
    folder = repo / "dist" / "mission-crm"
    built = tarball.exists() if sys.platform.startswith("linux") else folder.exists()
    return built and stamp.exists() and stamp.read_text() == sources_hash(repo)
