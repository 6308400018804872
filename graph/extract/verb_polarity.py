"""Whether a verb supports, opposes, or says someone won: the polarity the rule stances read.

"backed X", "called for X" support; "rejected X", "lashed out at X", "summoned the envoy",
"ruled out X" oppose; "views X as a threat" is the judgement its complement gives; "won",
"was the winner" tell a win. A thing kept from someone ("denied them a choice") opposes
nothing, and a grudging act denied ("did not concede") supports what it yields to.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import NAMING_VERBS, OPPOSE_VERBS, SUPPORT_VERBS
from graph.extract.negation import implied_not, negated
from graph.extract.stance_judgements import judgement
from graph.extract.stance_nouns import WIN_NOUNS
from graph.extract.stance_phrases import (
    GRUDGED,
    HOSTILE_ACTS,
    HOSTILE_TO_ACTORS,
    YIELDING,
    against,
    summoned,
    withheld,
)

__all__ = ["JUDGE_VERBS", "verb_polarity"]

JUDGE_VERBS = NAMING_VERBS | {"view", "see", "consider", "regard", "deem"}
"""Verbs whose complement judges their object ("views X as a threat")."""
_WIN_VERBS = frozenset({"win", "defeat", "beat", "secure", "receive", "obtain"})


def verb_polarity(token: Any, lemma: str) -> tuple[bool, bool, bool]:
    """Whether a verb supports, opposes, or says someone won ("views X as a threat": oppose)."""
    grudged = (lemma in GRUDGED or lemma in YIELDING) and (negated(token) or implied_not(token))
    support = (
        lemma in SUPPORT_VERBS
        or grudged
        or (
            lemma in ("call", "appeal", "press", "push", "vote", "campaign", "lobby")
            and any(  # "called for X", "called Tuesday for X": the day is the call's
                c.dep_ == "prep"
                and c.lower_ == "for"
                and all(
                    t.ent_type_ in ("DATE", "TIME") or t.lower_ == "on"
                    for t in token.doc[token.i + 1 : c.i]
                )
                for c in token.children
            )
        )
    )
    oppose = (lemma in OPPOSE_VERBS or lemma in HOSTILE_ACTS) and not withheld(token, lemma)
    oppose = oppose or lemma in HOSTILE_TO_ACTORS or against(token, lemma)
    oppose = oppose or summoned(token, lemma)
    # "ruled out irregularities", "ruled out a coalition with X": rejected; "might not rule
    # out talks" is no stance either way
    oppose = oppose or (
        lemma == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
        and not negated(token)
    )
    judged = judgement(token) if lemma in JUDGE_VERBS else None
    if judged is not None:
        support, oppose = judged == "support", judged == "oppose"
    win = lemma in _WIN_VERBS or (
        lemma == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() in WIN_NOUNS for c in token.children)
    )
    return support, oppose, win
