"""docs/architecture.md names every module of the package, so the page keeps up with the code."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_module_is_named_in_the_architecture_page() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    modules = sorted(
        p for p in (ROOT / "graph").rglob("*.py") if p.stem != "__init__" and "models" not in p.parts
    )
    assert modules
    missing = [
        str(p.relative_to(ROOT)) for p in modules if not re.search(rf"\b{re.escape(p.stem)}\b", page)
    ]
    assert missing == [], f"modules the architecture page does not name: {missing}"
