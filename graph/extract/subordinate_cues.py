"""A reporting verb inside a clause of time, reason or concession, and such clauses near it.

"Hours after officials declared him the winner, X was sworn in": the cue's clause opens with a
subordinator ("after", "when", "because"), so what it reports ends with its own clause, and the
main clause, wherever the parser hung it, says what happened, never what was reported. Here
``complement`` reads the subordinator for each such check: the time words alone where a clause
after the cue is at stake (``before_main``), with reason and concession too (``ADVERBIAL``) for a
clause before it.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import INDIRECT_VERBS, SUBORDINATORS
from graph.extract.subordinators import opened_by

__all__ = ["ADVERBIAL", "before_main", "other_report"]

Token = Any  # spaCy Token

# Words that make a clause say when or why, never what is reported: "before the party marched".
ADVERBIAL = SUBORDINATORS | {"because", "although", "though", "unless", "whereas"}


def other_report(clause: Token, comp: Token) -> bool:
    """A time clause after the reported clause's verb whose own verb reports with a subject of
    its own ("..., after Hamas said it had accepted ...")."""
    return (
        clause.dep_ == "advcl"
        and clause.i > comp.i
        and clause.lemma_.lower() in INDIRECT_VERBS
        and opened_by(clause, SUBORDINATORS)
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def before_main(cue: Token, clause: Token) -> tuple[int, int] | None:
    """ "One day after the mayor said “nobody” asks him, councillors gave him an earful": a
    cue in a subordinate clause reports the words up to the comma; the clause after the comma,
    which the parser may hang on the cue, is the sentence's main clause."""
    if not opened_by(cue, SUBORDINATORS):
        return None
    comma = clause.left_edge
    if comma.text != "," or comma.i <= cue.i + 2:
        return None
    words = [t for t in cue.doc[cue.i + 1 : comma.i] if not t.is_space]
    return (words[0].idx, words[-1].idx + len(words[-1].text)) if len(words) >= 2 else None
