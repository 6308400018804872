"""A body written with a country's adjective before it is that country's body.

"A Chinese Foreign Ministry spokesman", "the Iranian Defence Ministry": the model often tags the
adjective as a nationality and the body apart ("Foreign Ministry"), which alone names no one
in particular. The adjective and the body are one name, "Chinese Foreign Ministry", which the
agents then anchor to China like any body named with its country.

The possessive says the same: "Poland's foreign ministry", "Japan's defence ministry" are the
Polish foreign ministry and the Japanese defence ministry, actors of their own (not the country,
nor a bare "foreign ministry" nobody can place), which a later "the foreign ministry" means.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import country_named
from graph.extract.surfaces import demonym
from graph.model import Span
from graph.text import slugify

__all__ = ["country_bodies", "owned_ministries"]

# Last words of a state's bodies, which a country's adjective makes that country's.
_BODIES = frozenset(
    {"ministry", "department", "office", "army", "navy", "police", "embassy", "consulate",
     "parliament", "senate", "congress", "cabinet", "court", "commission", "council",
     "agency", "service", "guard", "forces", "military", "government", "presidency"}
)  # fmt: skip
_ADJECTIVE_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def country_bodies(table: ActorTable) -> None:
    """Join a country's adjective to the body named right after it (see above)."""
    for key, draft in list(table.drafts.items()):
        if draft.type not in ("Organization", "GovernmentBody") or draft.registry is not None:
            continue
        if draft.name.split()[-1].lower() not in _BODIES or len(draft.mentions) != 1:
            continue
        span = draft.mentions[0]
        match = _ADJECTIVE_BEFORE.search(table.text, max(0, span.start - 30), span.start)
        if match is None or match.end() != span.start or not demonym(match.group(1)):
            continue
        begin = match.start(1)
        if table.key_at(begin, span.start):
            continue
        wide = Span.of(table.text, begin, span.end)
        new_key = slugify(wide.text)
        if new_key in table.drafts:
            continue
        draft.mentions[0] = wide
        draft.name, draft.key = wide.text, new_key
        draft.aliases.add(wide.text)
        del table.drafts[key]
        table.drafts[new_key] = draft
        for group in (table.named, table.generic):
            if key in group:
                group.discard(key)
                group.add(new_key)
        table._spans = sorted(
            (begin, e, new_key) if (s, e, k) == (span.start, span.end, key) else (s, e, k)
            for s, e, k in table._spans
        )
        table._widest = max(table._widest, span.end - begin)


# A state's bodies a country owns by a possessive ("Poland's foreign ministry"); a government,
# parliament or court is a generic agent, anchored by ``agents`` with its role.
_OWNED = frozenset({"ministry", "embassy", "consulate", "army", "navy", "cabinet", "presidency"})


def owned_ministries(doc: Any, table: ActorTable) -> None:
    """Name each "<Country>'s <...> ministry" as the country's body (see above)."""
    for token in doc:
        if token.lower_ not in _OWNED or table.key_at(token.idx, token.idx + len(token.text)):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ == "case" and c.i != owner.i + 1 for c in owner.children):
            continue
        owned = table.key_at(owner.idx, owner.idx + len(owner.text))
        if owned is None or table.draft(owned).type != "Country":
            continue
        words = doc[owner.i + 2 : token.i + 1]
        if not words or any(
            not (t.is_alpha and t.dep_ in ("amod", "compound")) for t in words[:-1]
        ):
            continue  # only the words of its name between ("foreign", "defence")
        country = country_named(table.draft(owned).name)
        if country is None or not country.adjective:
            continue
        name = f"{country.adjective} {words.text.lower()}"
        table.add_agent(owner.idx, token.idx + len(token.text), name, "GovernmentBody")
