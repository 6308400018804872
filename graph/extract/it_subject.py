"""A reporting "it": the body the clause it reports, or the sentence before, was about.

"Hamas, which controls Gaza, has dropped a key demand that Israel first commit to a ceasefire.
Instead, it said it would ..." — "it" is Hamas, the subject of the main clause before, not
Israel, the subject of a clause inside it that happens to be named later. "The ministry
summoned the Swiss envoy over remarks by the Italian president, it said": "it" is the
ministry, the subject of the clause it reports, written before it in the same sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["body_before", "body_reported"]

# Verbs of a body's statement about itself, in the third person of a press release.
_DECLARING = frozenset(
    {"confirm", "announce", "welcome", "reiterate", "regret", "acknowledge", "note"}
)
# Words a sentence may open with before its subject: "Instead, it said", "Later, it added".
_OPENERS = frozenset({"instead", "later", "meanwhile", "however", "separately", "also", "but"})


def body_before(table: ActorTable, pronoun: Any) -> str | None:
    """The body (not a person) that is the main subject of the sentence before, in the same
    paragraph, for an "it" that opens its own sentence; else None."""
    sent = pronoun.sent
    if pronoun.lower_ != "it" or not sent.start or "\n" in pronoun.doc[sent.start - 1].text:
        return None
    if any(not (t.is_punct or t.lower_ in _OPENERS) for t in pronoun.doc[sent.start : pronoun.i]):
        return None
    before = pronoun.doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    keys = [table.key_at(s.idx, s.idx + len(s.text)) for s in subjects]
    found = [k for k in keys if k is not None and table.draft(k).type != "Person"]
    return found[0] if len(found) == 1 else None


def body_reported(
    table: ActorTable, pronoun: Any, quoted: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The body (not a person) that is the subject of the clause an "it" reports, when that
    clause comes first ("X's ministry rejected the bid, it said"): the subject's own name, else
    its possessor's ("Germany's economy ministry" with no name of its own is Germany's). In a
    quotation a body names another as often as itself ("'The union has failed us,' it said"):
    there only a body declaring something of itself counts ("'Kraft confirms that it has made
    a proposal,' it said")."""
    cue = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or cue.pos_ != "VERB":
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < pronoun.i), None)
    if clause is None:
        return None
    if any(s <= clause.idx < e for s, e in quoted) and clause.lemma_.lower() not in _DECLARING:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if key is None and owner is not None:
        key = table.key_at(owner.idx, owner.idx + len(owner.text))
    return key if key is not None and table.draft(key).type != "Person" else None
