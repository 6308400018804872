"""A bare agent noun and the body the story wrote in full with it.

"The electoral tribunal declared ... The tribunal said": the second is the first, an electoral
body, though a tribunal alone is a court; "Congo's constitutional court ... the court's
decision": that court, not the country's judiciary at large. The full phrase decides the bare
noun's role and name ("the electoral authority ... the authority said"), unless one of the two
is an opposition body, and when it is of no other country than one the bare noun is written
with: "the exiled government" never makes "the Thai government" nor "the government" an
opposition.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Found", "as_written_in_full"]

Found = tuple[Any, str, str, Any]
"""A generic agent phrase found in a document: (noun chunk, role code, phrase, country)."""


def as_written_in_full(found: list[Found]) -> list[Found]:
    """Each bare noun phrase ("the tribunal") given the role and phrase of the one full phrase
    with that noun ("the electoral tribunal"), where the two may be one body (see above); two
    different full phrases leave it alone."""
    full: dict[str, set[tuple[str, str, Any]]] = {}
    for chunk, role, phrase, country in found:
        if phrase != chunk.root.lower_:
            full.setdefault(chunk.root.lower_, set()).add((role, phrase, country))
    out = []
    for chunk, role, phrase, country in found:
        written = full.get(phrase, set()) if phrase == chunk.root.lower_ else set()
        if len({(r, p) for r, p, _ in written}) == 1:
            other_role, other_phrase, other_country = next(iter(written))
            kin = (other_role == "OPP") == (role == "OPP")  # never across the opposition line
            if kin and country in (None, other_country):
                role, phrase = other_role, other_phrase
        out.append((chunk, role, phrase, country))
    return out
