"""Statements reported by a noun: "a claim from X that …", "X's allegation that …".

What X said, in a noun with its "that" clause, whoever rejects or reports it.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.complement import trim
from graph.extract.content_clauses import that_clause
from graph.extract.drafts import QuoteDraft
from graph.extract.speakers import SpeakerResolver
from graph.model import DateValue

__all__ = ["CLAIM_NOUNS", "claim_nouns", "claimant", "claimed"]

CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "assertion", "accusation", "insistence", "warning", "pledge", "promise"}
    # "X's remarks that …", "the ministry's statement that …": what X said, in a noun
    | {"remark", "comment", "statement", "suggestion", "contention", "assurance", "vow"}
    | {"explanation", "argument"}
)


_CLAIM_WORDS = re.compile(r"\b(?:" + "|".join(CLAIM_NOUNS) + r")s?\b", re.I)


def claim_nouns(doc: Any, text: str) -> list[Any]:
    """The claim nouns of the text, found by their spelling first (a scan of every token's
    lemma costs more than the rest of the quote finding)."""
    found = []
    for match in _CLAIM_WORDS.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.root.pos_ == "NOUN":
            found.append(span.root)
    return found


def claimed(
    text: str, noun: Any, quoted: list[tuple[int, int]], resolver: SpeakerResolver
) -> list[QuoteDraft]:
    """ "a claim from X that …", "X's allegation that …": what X said, whoever rejects it."""
    clause = that_clause(noun)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if clause is None and after is not None and after.lower_ == "that" and after.dep_ == "mark":
        clause = after.head  # "amid claims that ...": the "that" clause hung on the main verb
    owner = claimant(noun)
    if clause is None or owner is None or owner.lower_ in ("its", "their"):
        return []
    toks = [t for t in clause.subtree if t.i != clause.left_edge.i]
    start, end = trim(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))
    speaker = resolver.resolve(owner)
    if (
        speaker is None
        or len(text[start:end].split()) < 3
        or any(s <= start < e for s, e in quoted)
    ):
        return []
    return [
        QuoteDraft(start, end, "indirect", speaker, noun.lower_, noun.idx, DateValue(), None, 0.6)
    ]


def claimant(noun: Any) -> Any | None:
    """Who a claim noun is said by: "X's claim", "opposition claims" (a compound), "a claim
    from X", "X, whose claim ..."; else None."""
    owner = next((c for c in noun.children if c.dep_ in ("poss", "compound")), None)
    if owner is None:
        prep = next(
            (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None
        )
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return _antecedent(noun) if owner is not None and owner.lower_ == "whose" else owner


def _antecedent(noun: Any) -> Any | None:
    """The noun a relative clause opened by "whose" + ``noun`` is about ("Ana Ruiz, whose
    claim that ..."), else None."""
    head = noun
    for _ in range(4):
        if head.dep_ == "relcl":
            return head.head
        if head.head.i == head.i:
            return None
        head = head.head
    return None
