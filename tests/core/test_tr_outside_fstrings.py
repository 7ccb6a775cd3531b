"""pyside6-lupdate does not read a ``tr()`` call written inside an f-string: such a text never
reaches the .ts files and stays English on a French or Dutch screen (it happened to the
contact pane's "(no name)" and "⚠ not checked"). Fails on any such call in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
TRANSLATING = {"tr", "translate"}


def _translating_calls_in_fstrings(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                name = getattr(inner.func, "attr", None) or getattr(inner.func, "id", None)
                if name in TRANSLATING:
                    lines.append(inner.lineno)
    return lines


def test_no_tr_call_hides_inside_an_fstring() -> None:
    found = [f"{path.relative_to(UI.parent)}:{line}"
             for path in sorted(UI.rglob("*.py"))
             for line in _translating_calls_in_fstrings(ast.parse(path.read_text("utf-8")))]
    assert not found, "tr() inside an f-string (lupdate cannot see it): " + ", ".join(found)


def test_the_check_sees_one() -> None:
    sample = "label = f\"<b>{self.tr('Name')}</b>\"\nother = self.tr('fine')\n"
    assert _translating_calls_in_fstrings(ast.parse(sample)) == [1]
