"""What a decision decided, taken up by whoever contests or welcomes it.

"The court upheld Rui Lopes's victory. Ana Soto rejected the ruling; the government welcomed
the court's decision": contesting a decision opposes its maker (``stance_contests``) and also
what the maker decided in the story, here the claim that Lopes won, and Lopes himself; welcoming
it supports them all.
Only propositions of the claim vocabulary carry over, and only those the maker took one side
on: a maker both for and against a claim decided nothing one can take up.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from graph.extract.claims import is_issue
from graph.model import Stance

__all__ = ["decided_claims"]

_CONFIDENCE = 0.5  # below a contest's own (0.6): what was decided is read from elsewhere


def decided_claims(
    contests: Iterable[Stance], stances: Sequence[Stance], actors: Collection[str]
) -> list[Stance]:
    """For each stance on a decision's maker in ``contests``, the same stance (by the sign of
    the maker's own) on each vocabulary claim the maker took one side on in ``stances``, and
    on the winner (one of ``actors``, ids) of a win it upheld or annulled."""
    decided: dict[str, dict[str, set[int]]] = {}
    for stance in stances:
        if stance.target_kind == "claim" and not is_issue(stance.target):
            decided.setdefault(stance.source, {}).setdefault(stance.target, set()).add(stance.sign)
    found = []
    for contest in contests:
        for claim, signs in decided.get(contest.target, {}).items():
            if len(signs) != 1:
                continue
            polarity = "support" if contest.sign * next(iter(signs)) > 0 else "oppose"
            taken = replace(contest, polarity=polarity, confidence=_CONFIDENCE)
            found.append(replace(taken, target=claim, target_kind="claim"))
            winner = claim.removesuffix(_WON)
            if claim.endswith(_WON) and winner in actors and winner != contest.source:
                # "rejected the ruling that confirmed X as the winner": against X too
                found.append(replace(taken, target=winner))
    return found


_WON = "-won-the-election"
