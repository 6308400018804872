"""Results challenged at law: who files a challenge to the outcome disputes it.

"Fonseka promised a legal challenge to the outcome", "the movement will lodge a lawsuit with
the court over the results", "the party filed a petition against the election results", "the
party's challenge to the results": the one who brings it (the noun's owner, or the subject of
the verb that brings it) opposes "the official results of the election in <country> are
valid". An action dropped, denied or only possible ("withdrew its petition", "did not file",
"may mount a challenge") is none; an action against an actor is ``stance_actions``'.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import vocabulary_stance
from graph.extract.elections import election_country, is_election
from graph.extract.lexicon import CHALLENGE_NOUNS, DENIAL_VERBS, DOUBTFUL_MODALS
from graph.extract.negation import modal
from graph.extract.owners import owner_of
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_roles import negated, source_of
from graph.model import Claim, Quote, Stance

__all__ = ["challenged_result"]

_BRINGING = frozenset(
    {"file", "lodge", "launch", "mount", "bring", "submit", "promise", "announce", "pursue",
     "plan", "lead", "vow", "threaten", "begin", "start", "prepare", "present"}
)  # fmt: skip
_AGAINST = frozenset({"to", "over", "against", "on"})


def challenged_result(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The bringer's opposition to the official results when ``token``, a legal action, is
    brought against the outcome of the vote.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["Ana Ruiz filed a petition against the results."])
    >>> _against_results(doc[4], doc[2])
    True
    """
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CHALLENGE_NOUNS:
        return None
    verb = token.head if token.dep_ == "dobj" else None
    owner = owner_of(token, table) or _brought_by(token, table)
    if verb is not None and verb.lemma_.lower() not in _BRINGING and owner is not None:
        return _ruled_on(token, verb, owner, quote, table, text, resolver)
    if verb is not None and (verb.lemma_.lower() not in _BRINGING or _doubted(verb)):
        return None
    if not _against_results(token, verb):
        return None
    if owner is not None:
        source: str | None = table.id_of(owner)
    elif verb is not None:
        source = source_of(verb, quote, table, resolver)
    else:
        return None
    country = election_country(token.doc, text)
    if source is None or country is None:
        return None
    word = verb if verb is not None else token.head
    return vocabulary_stance(source, "results-are-valid", country, "oppose", word, quote, text)


def _brought_by(action: Any, table: ActorTable) -> str | None:
    """ "a challenge to the results brought by X": the parser hangs "brought by X" on the
    results; what is brought is the challenge, and X its bringer."""
    for prep in (c for c in action.children if c.dep_ == "prep" and c.lower_ in _AGAINST):
        for acl in (a for g in prep.children for a in g.children if a.dep_ == "acl"):
            if acl.lemma_.lower() not in _BRINGING:
                continue
            for by in (g for a in acl.children if a.dep_ == "agent" for g in a.children):
                key = table.named_at(by.idx, by.idx + len(by.text))
                if key is not None:
                    return key
    return None


def _ruled_on(
    action: Any,
    verb: Any,
    bringer: str,
    quote: Quote | None,
    table: ActorTable,
    text: str,
    resolver: SpeakerResolver,
) -> tuple[Claim, list[Stance]] | None:
    """ "The court rejected a challenge to the results brought by X": X disputes the results
    (the action is X's, whatever is done with it), and who rejects or dismisses it upholds
    them."""
    country = election_country(action.doc, text)
    if country is None or not _against_results(action, None):
        return None
    claim, stances = vocabulary_stance(
        table.id_of(bringer), "results-are-valid", country, "oppose", action, quote, text
    )
    doubted = modal(verb, DOUBTFUL_MODALS | {"would"})
    if verb.lemma_.lower() in DENIAL_VERBS and not negated(verb) and not doubted:
        judge = source_of(verb, quote, table, resolver)
        if judge is not None and judge != table.id_of(bringer):
            upheld = vocabulary_stance(
                judge, "results-are-valid", country, "support", verb, quote, text
            )
            stances += upheld[1]
    return claim, stances


def _against_results(action: Any, verb: Any | None) -> bool:
    """Whether the action's "to", "over" or "against" (on it or on the verb bringing it) names
    the election or its results."""
    holders = [action] if verb is None else [action, verb]
    return any(
        is_election(g)
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in _AGAINST
        for g in c.children
        if g.dep_ == "pobj"
    )


def _doubted(verb: Any) -> bool:
    return negated(verb) or modal(verb)
