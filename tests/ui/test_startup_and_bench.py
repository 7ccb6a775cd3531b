"""Start-up stays light, and the benchmark suite runs (a small smoke run, not timed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

# Loaded only when a feature needs them (import, export, calendars), never to show the window.
HEAVY = ("pandas", "openpyxl", "vobject", "icalendar", "psycopg")

PROBE = """
import sys
sys.path.insert(0, {repo!r})
import main
code = main.main(["--db", {db!r}, "--screenshot", {png!r}])
print(" ".join(sorted(m for m in {heavy!r} if m in sys.modules)))
sys.exit(code)
"""


def test_heavy_modules_load_only_when_used(tmp_path: Path) -> None:
    png = tmp_path / "window.png"
    script = PROBE.format(repo=str(REPO), db=str(tmp_path / "crm.db"), png=str(png),
                          heavy=HEAVY)
    # A fresh interpreter: the test process itself has imported everything already.
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 0
    assert done.stdout.split() == []


def test_benchmark_smoke_run(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--size", "300", "--runs", "1",
         "--workdir", str(tmp_path), "--table", str(tmp_path / "table.md"),
         # The sync and team runs need PostgreSQL and minutes: benchmarks only.
         "--only", "search,open,startup,import,export,xlsx,duplicates"],
        capture_output=True, text=True, cwd=REPO, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    names = {line["name"] for line in lines}
    assert {"search_keystroke_p95", "open_rows_seconds", "open_peak_rss_mb", "startup_seconds",
            "import_seconds", "export_seconds"} <= names
    for line in lines:
        assert set(line) == {"name", "value", "unit", "baseline", "ratio", "contacts", "holds"}
        assert line["value"] >= 0
    # The table the README shows: a row per figure, its bound and whether it holds.
    table = (tmp_path / "table.md").read_text(encoding="utf-8")
    assert "| import_seconds | 300 |" in table and "≤ 1.5×" in table
