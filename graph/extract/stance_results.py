"""Results that name a winner, as the stance of the body that issued them.

"Final results issued by the electoral bureau indicated that X has won 50.3% of the vote",
"Data released by the election commission gives X an outright win": the body that issued the
results holds that X won. The results act for their issuer as an order does for whoever signed
it; without a named issuer no one holds the claim.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span, hypothetical, vocabulary_claim, win_claim
from graph.extract.elections import RESULT_NOUNS
from graph.extract.lexicon import ISSUING_VERBS
from graph.extract.negation import modal, negated
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_roles import basis_of, date_of
from graph.model import Claim, Quote, Span, Stance

__all__ = ["issued_results"]

# What results are called, and what they are said to do.
_TALLIES = RESULT_NOUNS | {"data", "datum", "figures", "returns", "tallies", "counts"}
_TELLING = frozenset({"show", "indicate", "confirm", "suggest"})
_GIVING = frozenset({"give", "hand", "award"})
_WINS = frozenset({"win", "victory", "majority"})
# Words of a public body's name that may issue results ("Afghan election commission").
_BODY_WORDS = frozenset(
    {
        "commission",
        "council",
        "board",
        "bureau",
        "tribunal",
        "court",
        "authority",
        "committee",
        "electoral",
        "election",
        "elections",
        "institute",
        "agency",
    }
)


def issued_results(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The issuer's support of "X won the election", told by results it issued; else None."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in _TELLING | _GIVING:
        return None
    if negated(token) or hypothetical(token) or modal(token):
        return None  # "did not show that X won", "could show that X won"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _TALLIES:
        return None
    issuer = _issuer(subject, table)
    if issuer is None:
        return None
    winner = _told_winner(token, table, text, resolver) if lemma in _TELLING else None
    winner = winner or (_given_winner(token, table) if lemma in _GIVING else None)
    if winner is None or winner == issuer:
        return None
    claim = vocabulary_claim("won-the-election", table.draft(winner).name)
    span = Span.of(text, *evidence_span(token, quote))
    source = table.id_of(issuer)
    stance = Stance(
        source, claim.id, "claim", "support", span, date_of(quote), basis_of(quote), 0.55
    )
    return claim, [stance]


def _issuer(results: Any, table: ActorTable) -> str | None:
    """The public body that issued ``results``: "results issued by X", "data released by X",
    "X's results", "the X results", "results from X" (no country, pollster or company: "Kenya's
    results" are no one's words)."""
    key = _named_issuer(results, table)
    if key is None:
        return None
    draft = table.draft(key)
    words = set(draft.name.lower().split())
    acronym = draft.name.isupper() and 2 <= len(draft.name) <= 6  # "the IEBC", "the CNE"
    public = draft.type == "GovernmentBody" or bool(_BODY_WORDS & words) or acronym
    return key if public else None


def _named_issuer(results: Any, table: ActorTable) -> str | None:
    for child in results.children:
        if child.dep_ in ("poss", "compound") or (child.dep_ == "prep" and child.lower_ == "from"):
            holder = (
                child
                if child.dep_ != "prep"
                else next((g for g in child.children if g.dep_ == "pobj"), None)
            )
            key = table.named_at(holder.idx, holder.idx + len(holder.text)) if holder else None
            if key is not None and table.draft(key).type != "Country":
                return key
        if child.dep_ == "acl" and child.lemma_.lower() in ISSUING_VERBS:
            for agent in (a for a in child.children if a.dep_ == "agent"):
                for by in (g for g in agent.children if g.dep_ == "pobj"):
                    key = table.named_at(by.idx, by.idx + len(by.text))
                    if key is not None:
                        return key
    return None


def _told_winner(verb: Any, table: ActorTable, text: str, resolver: SpeakerResolver) -> str | None:
    """The winner the results show: "indicated that X has won 50.3% of the vote"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        made = win_claim(clause, table, text, None, resolver)
        if made is not None:
            return _winner_key(clause, table)
    return None


def _winner_key(win: Any, table: ActorTable) -> str | None:
    subject = next((c for c in win.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for t in (subject, *(c for c in subject.children if c.dep_ in ("appos", "compound"))):
        key = table.named_at(t.idx, t.idx + len(t.text))
        if key is not None:
            return key
    return None


def _given_winner(verb: Any, table: ActorTable) -> str | None:
    """The person the results give a win: "gives X an outright win"."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _WINS for c in verb.children):
        return None
    for given in (c for c in verb.children if c.dep_ in ("dative", "iobj")):
        key = table.named_at(given.idx, given.idx + len(given.text))
        if key is not None and table.draft(key).type == "Person":
            return key
    return None
