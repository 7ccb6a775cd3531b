"""The app in a real window: an X server (Xvfb) and Qt's xcb platform, not offscreen. A system
library Qt needs to open a window that is missing (scripts/apt-packages.txt lists them) makes
this fail in CI instead of on a delegate's laptop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm.db import open_database
from crm.services.contacts import ContactFilter, list_contacts
from tests.conftest import REPO

SCRIPT = REPO / "tests" / "xcb_quick_capture.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="X11 (xcb) is the Linux desktop's window system")


@pytest.fixture
def x_display() -> Iterator[str]:
    """A fresh Xvfb at 1366×768; its display name (":N")."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Xvfb is not installed (scripts/apt-packages.txt lists xvfb)")
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail(f"Xvfb did not start: {server.communicate()[1].decode()[-500:]}")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_quick_capture_by_keyboard_in_a_real_window(x_display: str, tmp_path: Path) -> None:
    db_path = tmp_path / "crm.db"
    open_database(str(db_path)).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": x_display}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, str(SCRIPT), str(db_path)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "on xcb" in done.stdout
    db = open_database(str(db_path))
    try:
        rows = db.read(list_contacts, ContactFilter(search="Lovelace-Xcb"))
    finally:
        db.close()
    assert [(r.first_name, r.last_name) for r in rows] == [("Ada", "Lovelace-Xcb")]
