"""CLI subcommands that need Qt (registered by main.py, because crm/ never imports Qt).

This module imports no Qt itself: the headless commands stay fast, and Qt is loaded only when
one of these commands runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from types import ModuleType

from crm.cli import CliContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="write the mission report (charts, sessions, leads) as a PDF")
    parser.add_argument("file", metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument("--mission", metavar="ID",
                        help="the mission to report on (default: the latest)")
    parser.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace, ctx: CliContext) -> int:
    from crm.services.report import report_data

    report = ctx.db.read(report_data, mission_id=args.mission)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")):
        # No window system (a server, CI): Qt draws the charts and the PDF offscreen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import ensure_application
    from ui.report import write_report

    ensure_application()
    path = write_report(report, args.file)
    print(f"Wrote the mission report ({len(report.sessions)} sessions, "
          f"{len(report.leads)} leads) to {path}")
    return 0


COMMANDS: list[ModuleType] = [sys.modules[__name__]]
