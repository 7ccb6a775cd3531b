"""The bundle as a delegate gets it: `make dist`'s tarball, unpacked into a temporary folder
and run with a clean HOME, no virtual environment and no repository on its path.

The bundle is built once per test session (packaging/build.py, which `make dist` runs) and
reused while the sources it is made of are unchanged (a hash of them is kept next to it).
A plugin or data file missing from the bundle fails here, not on a laptop.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
from bundle_contents import bundle_is_current, project, required_files  # noqa: E402

pytestmark = [pytest.mark.bundle,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="the Linux tarball; Windows and macOS build in CI")]
FIXTURES = REPO / "tests" / "fixtures"
VERSION = project(REPO)["version"]
def tarball() -> Path:
    return REPO / "dist" / f"mission-crm-{VERSION}-linux-x86_64.tar.gz"


@pytest.fixture(scope="session")
def built_tarball() -> Path:
    """`make dist`'s tarball, built now unless the sources are those of the last build."""
    if not bundle_is_current(REPO):
        started = time.perf_counter()
        # What `make dist` runs, with this interpreter (its environment is already set up).
        done = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py")],
                              cwd=REPO, capture_output=True, text=True, timeout=1500)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
        print(f"\nbundle built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return tarball()


@pytest.fixture(scope="session")
def unpacked(built_tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball unpacked as a user would: its top folder."""
    target = tmp_path_factory.mktemp("download")
    with tarfile.open(built_tarball) as tar:
        tar.extractall(target, filter="tar")
    (top,) = target.iterdir()
    return top


@pytest.fixture(scope="session")
def program(unpacked: Path) -> Path:
    return unpacked / "mission-crm" / "mission-crm"


@pytest.fixture
def user(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A clean environment: a new HOME, the system PATH, no Python variables, no display."""
    home = tmp_path / "home"
    home.mkdir()
    yield {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}


def run(program: Path, env: dict[str, str], *args: str, cwd: Path | None = None,
        check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the bundled program from a folder outside the repository."""
    done = subprocess.run([str(program), *args], capture_output=True, text=True, env=env,
                          cwd=cwd or env["HOME"], timeout=180)
    assert "Traceback" not in done.stderr, done.stderr
    if check:
        assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def contacts(program: Path, env: dict[str, str], db: Path) -> list[dict]:
    return json.loads(run(program, env, "--db", str(db), "list", "contacts", "--json").stdout)


def test_the_bundle_holds_every_plugin_and_data_file(unpacked: Path) -> None:
    assert required_files(unpacked / "mission-crm", sys.platform) == []
    assert (unpacked / "mission-crm.desktop").is_file()
    assert os.access(unpacked / "install.sh", os.X_OK)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    missing = required_files(tmp_path, "linux")
    assert "**/plugins/platforms/libqxcb.so" in missing
    assert "**/crm/migrations/env.py" in missing


def test_version_is_the_projects(program: Path, user: dict[str, str]) -> None:
    assert run(program, user, "--version").stdout.strip() == f"Mission CRM {VERSION}"


def test_sample_mission_in_the_default_location_then_a_picture(
        program: Path, user: dict[str, str], tmp_path: Path) -> None:
    env = {**user, "MISSION_CRM_ALLOW_UNENCRYPTED": "1"}
    assert "Loaded 2 sessions" in run(program, env, "demo").stdout
    default = Path(user["HOME"]) / ".local" / "share" / "MissionCRM" / "mission-crm.db"
    assert default.is_file()
    assert len(contacts(program, env, default)) == 40
    png = tmp_path / "window.png"
    run(program, env, "--db", str(default), "--screenshot", str(png))
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 17) for y in range(0, 768, 13)}
    assert len(colours) > 20  # a window with pages, lists and text, not a blank picture


def test_self_check_loads_the_camera_backend_and_icu(program: Path, user: dict[str, str],
                                                      unpacked: Path) -> None:
    """No camera here: the camera's classes, with QtMultimedia's FFmpeg backend loaded from
    the bundle (its Qt Quick/QML stand-ins included), ICU's shrunk data through Qt (collation,
    case, a French time-zone name, windows-1252), Pillow, SQLCipher's FTS5, keyring."""
    done = run(program, {**user, "QT_DEBUG_PLUGINS": "1"}, "--self-check", check=False)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], done.stdout + done.stderr[-3000:]
    assert report["camera"]["backend_video_decoders"] > 0
    plugin = unpacked / "mission-crm" / "_internal" / "PySide6" / "Qt" / "plugins" / \
        "multimedia" / "libffmpegmediaplugin.so"
    assert f'"{plugin}" loaded library' in done.stderr, done.stderr[-3000:]  # Qt's words
    assert "Using Qt multimedia with FFmpeg" in done.stderr
    assert report["qt"]["collation"] == ["ana", "Émile", "Eve", "Ödön", "Zoë"]
    assert report["qt"]["time_zone_name"] == "heure normale d’Europe centrale"
    assert report["storage"]["keyring_backend_of_system"] == "keyring.backends.SecretService"


def test_import_export_and_report(program: Path, user: dict[str, str], tmp_path: Path) -> None:
    env = {**user, "MISSION_CRM_ALLOW_UNENCRYPTED": "1"}
    db = tmp_path / "crm.db"
    run(program, env, "--db", str(db), "demo")
    before = len(contacts(program, env, db))
    shown = run(program, env, "--db", str(db), "import", str(FIXTURES / "google_contacts.csv"))
    assert "created" in shown.stdout.lower() or "imported" in shown.stdout.lower(), shown.stdout
    run(program, env, "--db", str(db), "import", str(FIXTURES / "colleague_dutch.xlsx"))
    # LibreOffice's workbook: python-calamine's native module is in the bundle.
    shown = run(program, env, "--db", str(db), "import", str(FIXTURES / "libreoffice_leads.ods"))
    assert "2 created" in shown.stdout, shown.stdout
    after = contacts(program, env, db)
    assert len(after) > before + 2
    exported = {}
    for fmt in ("csv", "xlsx", "vcard", "ics"):
        target = tmp_path / f"out.{fmt}"
        run(program, env, "--db", str(db), "export", str(target), "--format", fmt)
        exported[fmt] = target.read_bytes()
    assert exported["csv"].decode("utf-8-sig").count("\n") > len(after)
    assert exported["xlsx"][:2] == b"PK"
    assert exported["vcard"].count(b"BEGIN:VCARD") == len(after)
    assert b"BEGIN:VCALENDAR" in exported["ics"]
    pdf = tmp_path / "report.pdf"
    run(program, env, "--db", str(db), "report", str(pdf))
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) >= 2


def test_encrypt_with_a_passphrase_then_read_with_it(
        program: Path, user: dict[str, str], tmp_path: Path) -> None:
    db = tmp_path / "crm.db"
    run(program, {**user, "MISSION_CRM_ALLOW_UNENCRYPTED": "1"}, "--db", str(db), "demo")
    secret = "correct horse battery staple"
    # No keyring in a clean session without D-Bus: the bundled keyring says so, and the
    # passphrase from the environment is used.
    done = run(program, {**user, "MISSION_CRM_NEW_PASSPHRASE": secret}, "--db", str(db),
               "encrypt")
    assert "is encrypted" in done.stdout
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert len(contacts(program, {**user, "MISSION_CRM_PASSPHRASE": secret}, db)) == 40
    wrong = run(program, {**user, "MISSION_CRM_PASSPHRASE": "not it at all"}, "--db", str(db),
                "list", "contacts", check=False)
    assert wrong.returncode == 2 and "wrong key" in wrong.stderr


def test_team_server_driver_is_bundled(program: Path, user: dict[str, str],
                                        tmp_path: Path) -> None:
    """psycopg and its libpq load: a server that is not there is one clear line."""
    env = {**user, "MISSION_CRM_ALLOW_UNENCRYPTED": "1"}
    db = tmp_path / "crm.db"
    run(program, env, "--db", str(db), "demo")
    done = run(program, env, "--db", str(db), "sync", "--server",
               "postgresql://nobody@127.0.0.1:9/none", check=False)
    assert done.returncode in (1, 2), done.stdout
    assert "pq wrapper" not in done.stderr and "libpq" not in done.stderr, done.stderr
    assert "127.0.0.1" in done.stderr or "connect" in done.stderr.lower(), done.stderr


def test_scan_of_a_badge(program: Path, user: dict[str, str], tmp_path: Path) -> None:
    commands = run(program, user, "--help").stdout
    if " scan " not in commands and "scan," not in commands and "{scan" not in commands:
        pytest.skip("this version has no `scan` command yet")
    import segno

    badge = tmp_path / "badge.png"
    segno.make("BEGIN:VCARD\nVERSION:3.0\nN:Martin;Léa\nFN:Léa Martin\n"
               "EMAIL:lea.martin@example.org\nEND:VCARD\n").save(badge, scale=8)
    env = {**user, "MISSION_CRM_ALLOW_UNENCRYPTED": "1"}
    db = tmp_path / "crm.db"
    run(program, env, "--db", str(db), "demo")
    (read,) = json.loads(run(program, env, "--db", str(db), "scan", "--json", str(badge)).stdout)
    assert (read["first_name"], read["last_name"]) == ("Léa", "Martin")
    assert read["emails"] == ["lea.martin@example.org"]
    run(program, env, "--db", str(db), "scan", "--save", str(badge))
    assert any(c.get("last_name") == "Martin" for c in contacts(program, env, db))


def test_install_script_puts_the_app_in_the_menu(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([str(unpacked / "install.sh")], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    entry = home / ".local" / "share" / "applications" / "mission-crm.desktop"
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert fields["Name"] == "Mission CRM"
    program = Path(fields["Exec"].strip('"'))
    assert program.is_file() and os.access(program, os.X_OK)
    assert program.is_relative_to(home)
    assert (home / ".local/share/icons/hicolor/scalable/apps" / f"{fields['Icon']}.svg").is_file()
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                             env={**env, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert version.stdout.strip() == f"Mission CRM {VERSION}"
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                 text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    removed = subprocess.run([str(unpacked / "install.sh"), "--uninstall"], env=env,
                             capture_output=True, text=True, timeout=60)
    assert removed.returncode == 0 and not entry.exists() and not program.exists()
