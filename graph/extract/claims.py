"""Claims: propositions with an identity, so the same claim joins across articles.

A claim is what a stance can be for or against when it is not an actor: "X won the election".
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.speakers import SpeakerResolver
from graph.model import Claim, Quote, Span
from graph.text import slugify

__all__ = ["HYPOTHETICAL", "claim_text", "evidence_span", "purpose", "win_claim"]

HYPOTHETICAL = frozenset({"if", "whether", "unless", "even", "though", "although"})


def win_claim(
    token: Any, table: ActorTable, text: str, quote: Quote, resolver: SpeakerResolver
) -> tuple[Claim, Span] | None:
    """'X won / defeated Y / received the most votes' -> the claim that X won."""
    lemma = token.lemma_.lower()
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in HYPOTHETICAL for c in token.children):
        return None
    if purpose(token):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    for child in subject.children if key is None else ():
        if child.dep_ in ("appos", "compound"):
            key = table.key_at(child.idx, child.idx + len(child.text))
            if key:
                break
    if key is None and subject.lower_ in ("he", "she"):
        speaker_key = next((k for k in table.drafts if table.id_of(k) == quote.speaker), None)
        key = resolver.pronoun(subject.lower_, subject.idx, speaker=speaker_key)
    if key is None or table.draft(key).type != "Person":
        return None
    objects = " ".join(
        t.lower_ for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree
    )
    if lemma == "be":
        pass
    elif (
        lemma in ("secure", "receive", "obtain")
        and "most votes" not in objects
        and "more votes" not in objects
        and "majority" not in objects
    ) or (
        lemma == "win"
        and objects
        and not any(
            w in objects
            for w in ("election", "vote", "votes", "majority", "race", "poll", "percent", "%")
        )
    ):
        return None
    name = table.draft(key).name
    claim_id = f"{slugify(name)}-won-the-election"
    start, end = evidence_span(token, quote)
    return Claim(claim_id, f"{name} won the election"), Span.of(text, start, end)


def purpose(token: Any) -> bool:
    """Inside "to demonstrate (that) X won": what would be shown, not what is asserted."""
    head = token
    for _ in range(3):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children):
            return head.lemma_.lower() in (
                "demonstrate",
                "prove",
                "show",
                "confirm",
                "verify",
                "see",
            )
    return False


def claim_text(claim_id: str, table: ActorTable) -> str:
    for key, draft in table.drafts.items():
        if claim_id == f"{slugify(table.id_of(key))}-won-the-election":
            return f"{draft.name} won the election"
    return claim_id.replace("-", " ")


def evidence_span(token: Any, quote: Quote | None) -> tuple[int, int]:
    """The evidence of a stance: the sentence that shows it (inside its marks, if quoted).

    A sentence is what a reader checks a stance against, and what the app highlights.
    """
    sent = token.sent
    toks = [t for t in sent if not t.is_space]
    while toks and (toks[0].is_punct or toks[0].text in ("“", '"')):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return token.idx, token.idx + len(token.text)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if quote is not None and quote.kind == "direct":
        # The speaker's own words only: not the narration around the quotation marks.
        start, end = max(start, quote.span.start), min(end, quote.span.end)
        if end <= start:
            return token.idx, token.idx + len(token.text)
    return start, end
