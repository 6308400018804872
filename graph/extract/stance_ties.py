"""Ties and aid between actors: whom one cuts off, whom one helps or stands behind.

"Morocco severed relations with Iran", "Ukraine will cut diplomatic ties with Syria", "Bahrain
recalled its ambassador from Qatar", "withdrew its envoy to Chile", "is pulling its ambassador
from Peru", "ordered the recall of its envoys from Peru": breaking off relations (or the envoy who keeps them) opposes the other side.
"Germany pledged military aid to Ukraine", "sent weapons to X": help given supports whom it is
given to, and so do "threw its weight behind X" and "came (leapt, rushed) to X's defence";
"distanced itself from X" opposes X. (Not "campaigned/voted for X": DSE valid odd lines read so
lost an edge's precision, 0.92 -> 0.91.) The other side is an actor the article names (or each
of a coordination: "ties with Qatar and Egypt").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.parse_links import conjuncts

__all__ = ["tie_stances"]

_BREAK = frozenset({"cut", "sever", "suspend", "break", "downgrade", "freeze", "end"})
_TIES = frozenset({"tie", "relation", "link", "contact"})
_RECALL = frozenset({"recall", "withdraw", "pull"})
_RECALLS = frozenset({"recall", "withdrawal"})  # the act named as a noun
_RESCUE = frozenset({"defence", "defense", "aid", "rescue", "assistance", "support"})
_COME = frozenset({"come", "leap", "rush", "spring", "jump", "race"})  # "rushed to X's defence"
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary"})
_GIVE = frozenset(
    {"pledge", "send", "provide", "give", "deliver", "offer", "supply", "grant", "approve",
     "donate", "extend", "announce", "ship"}
)  # fmt: skip
_HELP = frozenset(
    {"aid", "assistance", "weapon", "arm", "loan", "funding", "help", "ammunition", "equipment",
     "relief", "grant", "donation"}
)  # fmt: skip


def tie_stances(verb: Any, table: ActorTable) -> list[tuple[str, str]]:
    """(actor key, polarity) for each actor ``verb`` breaks with or helps; empty if none.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Morocco severed relations with Iran."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> iran = table.add_agent(31, 35, "Iran", "Country")
    >>> tie_stances(doc[1], table) == [(iran, "oppose")]
    True
    """
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _BREAK and any(o.lemma_.lower() in _TIES for o in objects):
        return [(k, "oppose") for k in _other_side(verb, objects, "with", table)]
    if lemma in _RECALL and any(o.lemma_.lower() in _ENVOYS for o in objects):
        # "recalled its ambassador from Qatar", "withdrew its envoy to Chile"
        return [(k, "oppose") for k in _recalled_from(verb, objects, table)]
    for recall in (o for o in objects if o.lemma_.lower() in _RECALLS):
        # "ordered an immediate recall of its ambassadors from Ireland": the act as a noun
        envoys = [g for c in recall.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.lemma_.lower() in _ENVOYS]  # fmt: skip
        sides = _recalled_from(recall, envoys, table) if envoys else []
        if sides:
            return [(k, "oppose") for k in sides]
    if lemma in _GIVE and any(o.lemma_.lower() in _HELP for o in objects):
        return [(k, "support") for k in _other_side(verb, objects, "to", table)]
    if lemma in ("throw", "put") and any(o.lemma_.lower() == "weight" for o in objects):
        return [(k, "support") for k in _other_side(verb, objects, "behind", table)]
    if lemma == "distance":  # "distanced itself from X"
        return [(k, "oppose") for k in _other_side(verb, [], "from", table)]
    if lemma in _COME:  # "came to X's defence", "leapt to the aid of X"
        return [(k, "support") for k in _other_side(verb, [], "to", table, _RESCUE)]
    return []


def _recalled_from(head: Any, envoys: list[Any], table: ActorTable) -> list[str]:
    """Whom envoys are recalled from: "from X", else "to X" ("withdrew its envoy to Chile")."""
    return _other_side(head, envoys, "from", table) or _other_side(head, envoys, "to", table)


def _other_side(
    verb: Any,
    objects: list[Any],
    word: str,
    table: ActorTable,
    through: frozenset[str] | None = None,
) -> list[str]:
    """The actors named by the verb's (or its object's) ``word`` phrase: the phrase itself or
    its owner ("behind Nigeria's bid"); with ``through``, only via one of those nouns ("to
    Ukraine's defence", "to the aid of Ukraine")."""
    heads = [verb, *objects]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word]
    out: list[str] = []
    for prep in preps:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if through is not None and pobj.lemma_.lower() not in through:
                continue
            owners = [
                g
                for c in pobj.children
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for g in ([c] if c.dep_ == "poss" else c.children)
            ]
            named = owners if through is not None else [pobj, *owners]
            for token in (t for n in named for t in (n, *conjuncts(n))):
                key = table.key_at(token.idx, token.idx + len(token.text))
                if key is not None and table.is_named(key) and key not in out:
                    out.append(key)
    return out
