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
from graph.extract.stance_contests import DECIDING_VERBS
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
    found = []
    for contest in contests:
        decision = _last_decision(contest, stances, doc)
        for claim, sign in decision.items():
            polarity = "support" if contest.sign * sign > 0 else "oppose"
            taken = replace(contest, polarity=polarity, confidence=_CONFIDENCE)
            found.append(replace(taken, target=claim, target_kind="claim"))
            winner = winners.get(claim)
            if winner is not None and winner != contest.source:
                # "rejected the ruling that confirmed X as the winner": against X too
                found.append(replace(taken, target=winner))
    return found


def _last_decision(contest: Stance, stances: Sequence[Stance], doc: Any) -> dict[str, int]:
    """``claim id -> sign`` of the vocabulary claims the contested maker's last decision up to
    the contest decided (one side each, from its last ``_SENTENCES`` deciding stances), or
    nothing."""
    made = [
        s
        for s in stances
        if s.source == contest.target
        and s.span.start <= contest.span.end
        and _decides(doc, s.span.start, s.span.end)
    ]
    if not made:
        return {}
    # A ruling told over two sentences ("upheld X's victory. The judges also dismissed the
    # petition"): its last two decisions up to the contest.
    last = sorted({s.span.start for s in made})[-_SENTENCES:]
    # The decision's claims; a winner it upheld in those words stands for the maker's claim of
    # that win told elsewhere ("a ruling that confirmed X as the winner"; actor ids are slugs).
    wins = {
        (s.target.removesuffix("-" + _WIN), s.sign): s.target
        for s in stances
        if s.source == contest.target and s.target.endswith("-" + _WIN)
    }
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
    """Whether the words at ``[start, end)`` hold a verb of deciding."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.pos_ == "VERB" and t.lemma_.lower() in DECIDING_VERBS for t in span
    )
