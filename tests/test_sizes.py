"""No file under graph/ or pages_app/ longer than 500 lines, no function longer than 60.

Measured with ``ast`` (a function's lines run from its ``def`` or first decorator to its last
statement, docstring included). A long file or function is a sign that two ideas share a room.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_FILE = 500
MAX_FUNCTION = 60

# Data tables are not code: the stance and cue lexicon is one long table of words.
UNCHECKED = ("graph/extract/lexicon.py",)
# A known long function is listed with its present length, so it can only shrink.
KNOWN_LONG: dict[str, int] = {}


def sources() -> list[Path]:
    files = [*sorted((ROOT / "graph").rglob("*.py")), *sorted((ROOT / "pages_app").rglob("*.py"))]
    return [p for p in files if not p.relative_to(ROOT).as_posix().startswith(UNCHECKED)]


def long_functions(tree: ast.AST, limit: int) -> list[tuple[str, int]]:
    """(name, lines) of every function or method in ``tree`` longer than ``limit`` lines."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            lines = (node.end_lineno or node.lineno) - first + 1
            if lines > limit:
                found.append((node.name, lines))
    return found


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_file_and_functions_are_short(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    where = path.relative_to(ROOT).as_posix()
    assert len(text.splitlines()) <= MAX_FILE, f"{where} has more than {MAX_FILE} lines; split it"
    too_long = [
        f"{name} ({lines} lines)"
        for name, lines in long_functions(ast.parse(text), MAX_FUNCTION)
        if lines > KNOWN_LONG.get(f"{where}:{name}", MAX_FUNCTION)
    ]
    assert not too_long, f"{where}: split {', '.join(too_long)}"


def test_the_measure_counts_decorators_and_docstrings() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(58))
    source = f'@decorator\ndef f():\n    """Doc."""\n{body}\n'
    assert long_functions(ast.parse(source), 60) == [("f", 61)]
    assert long_functions(ast.parse(source), 61) == []
