"""What a decision decided, taken up by whoever contests or welcomes it.

"The court upheld Rui Lopes's victory. Ana Soto rejected the ruling; the government welcomed
the court's decision": contesting a decision opposes its maker (``stance_contests``) and also
what the maker decided, here the claim that Lopes won, and Lopes himself; welcoming it supports
them all. What the maker decided is read from its last decision told up to the contest (a
deciding verb in the words of the maker's stance: "upheld", "confirmed", "annulled"; a ruling
told over two sentences is read whole), never from what it only said nor from decisions told
further back. Only
propositions of the claim vocabulary carry over, and only one side of each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from graph.extract.claims import claim_id, is_issue
from graph.extract.stance_contests import decides
from graph.model import Stance

__all__ = ["decided_claims"]

_CONFIDENCE = 0.5  # below a contest's own (0.6): what was decided is read from elsewhere
_WIN = "won-the-election"
_SENTENCES = 2  # the decisions told last before a contest that it may take up


def decided_claims(
    contests: Iterable[Stance], stances: Sequence[Stance], names: dict[str, str], doc: Any
) -> list[Stance]:
    """For each stance on a decision's maker in ``contests``, the same stance (by the sign of
    the maker's own) on each vocabulary claim the maker's last decision up to it took one side
    on, and on the winner (``names``: actor id -> name) of a win it upheld or annulled."""
    winners = {claim_id(name, _WIN): actor for actor, name in names.items()}
    makers = {c.target for c in contests}
    deciding: dict[str, list[Stance]] = {}
    wins: dict[str, dict[tuple[str, int], str]] = {}
    for stance in (s for s in stances if s.source in makers):
        if _decides(doc, stance.span.start, stance.span.end):
            deciding.setdefault(stance.source, []).append(stance)
        if stance.target in winners:  # a win the maker upheld or annulled, told anywhere
            wins.setdefault(stance.source, {})[(winners[stance.target], stance.sign)] = (
                stance.target
            )
    found = []
    for contest in contests:
        made = [s for s in deciding.get(contest.target, []) if s.span.start <= contest.span.end]
        for claim, sign in _last_decision(made, wins.get(contest.target, {})).items():
            polarity = "support" if contest.sign * sign > 0 else "oppose"
            taken = replace(contest, polarity=polarity, confidence=_CONFIDENCE)
            found.append(replace(taken, target=claim, target_kind="claim"))
            winner = winners.get(claim)
            if winner is not None and winner != contest.source:
                # "rejected the ruling that confirmed X as the winner": against X too
                found.append(replace(taken, target=winner))
    return found


def _last_decision(made: list[Stance], wins: dict[tuple[str, int], str]) -> dict[str, int]:
    """``claim id -> sign`` of the vocabulary claims the maker's deciding stances ``made`` (up
    to the contest) decided in their last ``_SENTENCES`` spans, one side each; a winner upheld
    in those words stands for the maker's claim of that win told elsewhere (``wins``: (winner
    id, sign) -> claim id): "a ruling that confirmed X as the winner"."""
    if not made:
        return {}
    # A ruling told over two sentences ("upheld X's victory. The judges also dismissed the
    # petition"): its last two decisions up to the contest.
    last = sorted({s.span.start for s in made})[-_SENTENCES:]
    signs: dict[str, set[int]] = {}
    for stance in (s for s in made if s.span.start in last):
        claim = (
            stance.target
            if stance.target_kind == "claim"
            else wins.get((stance.target, stance.sign))
        )
        if claim is not None and not is_issue(claim):
            signs.setdefault(claim, set()).add(stance.sign)
    return {claim: next(iter(s)) for claim, s in signs.items() if len(s) == 1}


def _decides(doc: Any, start: int, end: int) -> bool:
    """Whether the words at ``[start, end)`` hold a verb of deciding (``stance_contests``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and decides(t) for t in span)
