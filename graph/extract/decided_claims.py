"""What a decision decided, taken up by whoever contests or welcomes it.

"The court upheld Rui Lopes's victory. Ana Soto rejected the ruling; the government welcomed
the court's decision": contesting a decision opposes its maker (``stance_contests``) and also
what the maker decided in the story, here the claim that Lopes won; welcoming it supports both.
Only propositions of the claim vocabulary carry over, and only those the maker took one side
on: a maker both for and against a claim decided nothing one can take up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from graph.extract.claims import is_issue
from graph.model import Stance

__all__ = ["decided_claims"]

_CONFIDENCE = 0.5  # below the contest's own: the decision's content is read from elsewhere


def decided_claims(contests: Iterable[Stance], stances: Sequence[Stance]) -> list[Stance]:
    """For each stance on a decision's maker in ``contests``, the same stance (by the sign of
    the maker's own) on each vocabulary claim the maker took one side on in ``stances``."""
    decided: dict[str, dict[str, set[int]]] = {}
    for stance in stances:
        if stance.target_kind == "claim" and not is_issue(stance.target):
            decided.setdefault(stance.source, {}).setdefault(stance.target, set()).add(stance.sign)
    found = []
    for contest in contests:
        for claim, signs in decided.get(contest.target, {}).items():
            if len(signs) != 1:
                continue
            sign = contest.sign * next(iter(signs))
            found.append(
                replace(
                    contest,
                    target=claim,
                    target_kind="claim",
                    polarity="support" if sign > 0 else "oppose",
                    confidence=min(contest.confidence, _CONFIDENCE),
                )
            )
    return found
