"""A legislature or cabinet written by its own capitalised name, with no country to anchor it.

"Congress", "the Senate", "Parliament", "the Cabinet": a capitalised institution is the story's
own body by name (``agents.bare_description`` says so), not a description like "the
government". ``agents.anchor_agents`` makes it its country's body where the article names a
country (or, where the act faces that country, nobody's); a story that names none ("Obama clashed with Congress again") still means one body,
and the word as written is its name. Not an institution on its own: a word inside a longer name
("Senate Judiciary Committee"), one qualified by a place or a name before it ("Texas Senate",
"the Kenyan Senate", the state's or country's), nor one qualifying a name after it ("Senate
Republicans": the group acts).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["lone_institutions"]

_NAMES = frozenset({"congress", "parliament", "senate", "cabinet"})
# Where the institution takes part in a clause, or qualifies a noun that does ("a Senate bill").
_ROLES = frozenset(
    ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "dative", "attr", "conj", "appos")
)


def lone_institutions(doc: Any, table: ActorTable) -> None:
    """Mark each capitalised legislature or cabinet no country anchored (see above)."""
    if any(d.type == "Country" for d in table.drafts.values()):
        return  # a country is written: the anchoring's answer stands, whatever it was
    for token in doc:
        word = token.text
        if word.lower() not in _NAMES or not word[:1].isupper() or not word[1:].islower():
            continue
        if token.ent_type_ not in ("", "ORG") or table.key_at(token.idx, token.idx + len(word)):
            continue
        if token.ent_type_ == "ORG" and _longer_entity(token):
            continue  # "Senate Judiciary Committee": part of a longer name
        before = doc[token.i - 1] if token.i > token.sent.start else None
        if before is not None and before.text[:1].isupper():
            continue  # "Texas Senate", "the Kenyan Parliament": a place's body
        after = doc[token.i + 1] if token.i + 1 < token.sent.end else None
        if after is not None and after.text[:1].isupper():
            continue  # "Senate Republicans", "Senate GOP leaders": the group acts
        if token.dep_ == "compound":
            head = token.head
            if head.i <= token.i or head.pos_ != "NOUN" or not head.text.islower():
                continue
        elif token.dep_ not in _ROLES:
            continue
        table.add_agent(token.idx, token.idx + len(word), word, "GovernmentBody")


def _longer_entity(token: Any) -> bool:
    """Whether the model's entity holding ``token`` has other words than it and "the"."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and any(t.i != token.i and t.lower_ != "the" for t in ent)
