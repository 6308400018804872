"""A bare agent noun and the body the story wrote in full with it.

"The electoral tribunal declared ... The tribunal said": the second is the first, an electoral
body, though a tribunal alone is a court. The full phrase decides its role and its name.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Found", "as_written_in_full"]

Found = tuple[Any, str, str, Any]
"""A generic agent phrase found in a document: (noun chunk, role code, phrase, country)."""


def as_written_in_full(found: list[Found]) -> list[Found]:
    """A bare noun stands for the one body written in full with that noun ("the electoral
    tribunal ... the tribunal said"): it takes that phrase and role, not the noun's own (a
    tribunal alone is a court). Two different full phrases leave it alone."""
    full: dict[str, set[tuple[str, str]]] = {}
    for chunk, role, phrase, _ in found:
        if phrase != chunk.root.lower_:
            full.setdefault(chunk.root.lower_, set()).add((role, phrase))
    out = []
    for chunk, role, phrase, country in found:
        if phrase == chunk.root.lower_ and len(full.get(phrase, ())) == 1:
            role, phrase = next(iter(full[phrase]))
        out.append((chunk, role, phrase, country))
    return out
