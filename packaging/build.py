"""`make dist`: build the one-folder bundle with PyInstaller, then the package of this system.

    python packaging/build.py [--skip-pyinstaller]

- Linux: dist/mission-crm-VERSION-linux-x86_64.tar.gz (the app folder, mission-crm.desktop,
  the icon and install.sh, which adds the app to the user's menu); an AppImage as well when
  appimagetool is on PATH (it cannot be downloaded here).
- Windows: the folder, then Inno Setup's compiler (ISCC, on PATH or in its default folder) on
  packaging/windows/mission-crm.iss: dist/mission-crm-VERSION-windows-x86_64-setup.exe.
- macOS: dist/Mission CRM.app, then hdiutil: dist/mission-crm-VERSION-macos-ARCH.dmg.

Every system runs the same steps up to the folder (icons, notices, PyInstaller, the check
that the folder holds what the app needs); only the last step differs.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
sys.path.insert(0, str(PACKAGING))

from bundle_contents import (  # noqa: E402
    SAVINGS_REPORT,
    SOURCES_STAMP,
    Savings,
    project,
    sources_hash,
)

DIST = REPO / "dist"
BUILD = REPO / "build"
APP_DIR = DIST / "mission-crm"


def log(message: str) -> None:
    print(f"make dist: {message}", flush=True)


def render_icons() -> None:
    """resources/icons/app.svg as the PNG, ICO and ICNS icons the systems want (Qt renders
    the SVG, Pillow writes the icon containers)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(REPO / "resources" / "icons" / "app.svg"))
    BUILD.mkdir(exist_ok=True)
    png = BUILD / "mission-crm-512.png"
    if not icon.pixmap(QSize(512, 512)).save(str(png)):
        raise SystemExit("make dist: could not render resources/icons/app.svg")
    image = Image.open(png).convert("RGBA")
    image.resize((256, 256), Image.LANCZOS).save(BUILD / "mission-crm.png")
    image.save(PACKAGING / "mission-crm.ico",
               sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    image.save(PACKAGING / "mission-crm.icns")


def compile_translations() -> None:
    """The .qm and .mo catalogues (scripts/translations.py build, as scripts/setup.sh runs
    it), when a .ts or .po has none yet: the bundle must carry every translation."""
    ts = list((REPO / "resources" / "translations").glob("*.ts"))
    po = list((REPO / "crm" / "locale").glob("*/LC_MESSAGES/*.po"))
    if all(p.with_suffix(".qm").exists() for p in ts) and \
            all(p.with_suffix(".mo").exists() for p in po):
        return
    subprocess.run([sys.executable, str(REPO / "scripts" / "translations.py"), "build"],
                   cwd=REPO, check=True)


def run_pyinstaller() -> None:
    shutil.rmtree(APP_DIR, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(BUILD / "pyinstaller"),
                    str(PACKAGING / "mission-crm.spec")], cwd=REPO, check=True)


def strip_debug_symbols(folder: Path) -> None:
    """Linux: symbols off the bundle's libraries that carry them (libpython, sqlcipher3, the
    system's ...: ~50 MB). Left alone: libraries already stripped (Qt's, FFmpeg's: nothing
    to gain, and patchelf added load segments to some, which strip rewrites into ones the
    loader refuses: "libavformat.so.61: ELF load command address/offset not page-aligned",
    and the camera's backend no longer loads), those a wheel repaired for manylinux (its
    ``*.libs`` folder, or a run path into one: numpy's OpenBLAS broke the same way) and
    PyInstaller's launcher. Each stripped file is checked the way the loader checks it and
    put back as it was if it fails."""
    tool, readelf = shutil.which("strip"), shutil.which("readelf")
    if tool is None or readelf is None:
        log("no strip/readelf on PATH (binutils): the bundle keeps its symbols")
        return
    files = []
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file() or path.parent.name.endswith(".libs"):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        shown = subprocess.run([readelf, "-d", "-S", "-W", str(path)], capture_output=True,
                               text=True).stdout
        if ".libs" in shown or path.name in ("mission-crm", "mission-crm-cli"):
            continue  # a repaired wheel's, or PyInstaller's launcher (its archive is appended)
        if ".symtab" not in shown and ".debug" not in shown:
            continue  # already stripped
        files.append(str(path))
    before = {name: Path(name).read_bytes() for name in files}
    for start in range(0, len(files), 100):
        subprocess.run([tool, "--strip-unneeded", *files[start:start + 100]], check=True)
    broken = [name for name in files if not loadable_segments(readelf, Path(name))]
    for name in broken:
        Path(name).write_bytes(before[name])
        log(f"kept the symbols of {Path(name).name}: stripped, its segments were misaligned")
    # What it saved goes into the build's report of savings (the spec wrote the rest).
    savings = Savings.read(REPO / SAVINGS_REPORT)
    unstripped = BUILD / "unstripped.tmp"
    for name, data in before.items():
        unstripped.write_bytes(data)
        savings.replaced("debug symbols (strip --strip-unneeded)", unstripped, Path(name))
    unstripped.unlink(missing_ok=True)
    savings.write(REPO / SAVINGS_REPORT)
    log(f"stripped {len(files) - len(broken)} libraries")


def loadable_segments(readelf: str, path: Path) -> bool:
    """What the dynamic loader checks of each load segment: its file offset and address
    agree modulo its alignment."""
    shown = subprocess.run([readelf, "-l", "-W", str(path)], capture_output=True,
                           text=True).stdout
    for line in shown.splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, address, align = int(fields[1], 16), int(fields[2], 16), int(fields[-1], 16)
            if align > 1 and offset % align != address % align:
                return False
    return True


def check_folder(folder: Path) -> None:
    """Fail the build, not a delegate's laptop, when the folder lacks what the app needs."""
    from bundle_contents import required_files

    missing = required_files(folder, sys.platform)
    if missing:
        raise SystemExit("make dist: the bundle lacks " + ", ".join(missing))


def linux_package(version: str) -> Path:
    name = f"mission-crm-{version}-linux-{platform.machine()}"
    staging = BUILD / name
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(APP_DIR, staging / "mission-crm", symlinks=True)
    shutil.copy(PACKAGING / "linux" / "mission-crm.desktop", staging)
    shutil.copy(PACKAGING / "linux" / "install.sh", staging)
    shutil.copy(REPO / "resources" / "icons" / "app.svg", staging / "mission-crm.svg")
    shutil.copy(BUILD / "mission-crm.png", staging / "mission-crm.png")
    (staging / "install.sh").chmod(0o755)
    archive = DIST / f"{name}.tar.gz"
    partial = archive.with_suffix(".partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(staging, arcname=name)
    partial.replace(archive)
    log(f"wrote {archive.relative_to(REPO)} ({archive.stat().st_size / 1e6:.0f} MB)")
    appimage(staging, version)
    return archive


def appimage(staging: Path, version: str) -> None:
    """An AppImage too, where appimagetool is installed (it is not in Debian; its releases
    are downloads, which this build does not make)."""
    tool = shutil.which("appimagetool")
    if tool is None:
        log("no appimagetool on PATH: tarball only")
        return
    appdir = BUILD / "MissionCRM.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(staging / "mission-crm", appdir / "usr" / "lib" / "mission-crm", symlinks=True)
    desktop = (PACKAGING / "linux" / "mission-crm.desktop").read_text(encoding="utf-8")
    (appdir / "mission-crm.desktop").write_text(
        desktop.replace("Exec=mission-crm", "Exec=AppRun"), encoding="utf-8")
    shutil.copy(BUILD / "mission-crm.png", appdir / "mission-crm.png")
    apprun = appdir / "AppRun"
    apprun.write_text('#!/bin/sh\nexec "$(dirname "$(readlink -f "$0")")/usr/lib/mission-crm/'
                      'mission-crm" "$@"\n', encoding="utf-8")
    apprun.chmod(0o755)
    target = DIST / f"mission-crm-{version}-{platform.machine()}.AppImage"
    subprocess.run([tool, str(appdir), str(target)], check=True,
                   env={**os.environ, "ARCH": platform.machine()})
    log(f"wrote {target.relative_to(REPO)}")


def windows_package(version: str) -> Path:
    candidates = [shutil.which("iscc"), shutil.which("ISCC"),
                  r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe",
                  r"C:\Program Files\Inno Setup 6\ISCC.exe"]
    iscc = next((c for c in candidates if c and Path(c).exists()), None)
    if iscc is None:
        raise SystemExit("make dist: Inno Setup 6 (ISCC.exe) is needed for the installer")
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DSourceDir={APP_DIR}",
                    f"/DOutputDir={DIST}", str(PACKAGING / "windows" / "mission-crm.iss")],
                   check=True)
    installer = DIST / f"mission-crm-{version}-windows-x86_64-setup.exe"
    log(f"wrote {installer.relative_to(REPO)}")
    return installer


def macos_package(version: str) -> Path:
    app = DIST / "Mission CRM.app"
    # Ad-hoc signed: runs on the building Mac; a Developer ID signature and notarisation
    # replace it where the release job holds those credentials.
    subprocess.run(["codesign", "--force", "--deep", "--sign",
                    os.environ.get("MACOS_SIGNING_IDENTITY", "-"), str(app)], check=True)
    staging = BUILD / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    dmg = DIST / f"mission-crm-{version}-macos-{platform.machine()}.dmg"
    dmg.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", f"Mission CRM {version}", "-srcfolder",
                    str(staging), "-ov", "-format", "UDZO", str(dmg)], check=True)
    log(f"wrote {dmg.relative_to(REPO)}")
    return dmg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-pyinstaller", action="store_true",
                        help="package the folder already in dist/ (after a build)")
    args = parser.parse_args(argv)
    version = project(REPO)["version"]
    sources = sources_hash(REPO)
    render_icons()
    compile_translations()
    if not args.skip_pyinstaller:
        run_pyinstaller()
    if sys.platform.startswith("linux") and not args.skip_pyinstaller:
        strip_debug_symbols(APP_DIR)
    check_folder(APP_DIR)
    if sys.platform.startswith("linux"):
        linux_package(version)
    elif sys.platform == "win32":
        windows_package(version)
    elif sys.platform == "darwin":
        macos_package(version)
    else:
        raise SystemExit(f"make dist: no package for {sys.platform}")
    # The tests and benchmarks reuse this build while the sources are these.
    (REPO / SOURCES_STAMP).write_text(sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
