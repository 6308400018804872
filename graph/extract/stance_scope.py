"""What the stance rules share while they read one article, and the stances they make.

``Scope`` carries the article's actor table, text, speaker resolver, the claims found so far
and where a stance goes; ``stance_of`` makes a stance dated and based on the statement that
holds its words; ``fate_stance`` the stance of whoever calls for a fate on whom it befalls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_conjuncts import listed_after
from graph.extract.stance_roles import basis_of, date_of, source_of
from graph.model import Claim, Quote, Span, Stance

__all__ = ["Scope", "fate_stance", "stance_of"]


@dataclass(frozen=True)
class Scope:
    """What every token's rules share: the article, its actors, and where stances go."""

    table: ActorTable
    text: str
    resolver: SpeakerResolver
    claims: dict[str, Claim]
    # (stance, restating=True, *, firm_rule=False): restating False skips one read already;
    # firm_rule marks a rule stance no learned reading overrules (``stance_combine.combine``)
    add: Callable[..., None]
    # Stances taken on a decision's maker by contesting or welcoming the decision: they extend
    # to what the maker decided (``decided_claims``).
    contests: list[Stance] = field(default_factory=list)


def stance_of(
    source: str,
    target: str,
    polarity: str,
    token: Any,
    quote: Quote | None,
    scope: Scope,
    confidence: float,
    kind: str = "actor",
) -> Stance:
    """A stance shown by ``token``'s sentence, dated and based on ``quote`` when quoted."""
    start, end = evidence_span(token, quote)
    span = Span.of(scope.text, start, end)
    return Stance(
        source,
        target,
        kind,
        polarity,
        span,
        date_of(quote),
        basis_of(quote),
        confidence,
    )


def fate_stance(
    token: Any,
    fate: tuple[str, str] | None,
    quote: Quote | None,
    scope: Scope,
    source: str | None = None,
) -> None:
    """The stance of who calls for a fate ``(actor key, polarity)`` on whom it befalls."""
    if fate is None:
        return
    if source is None:
        source = source_of(token, quote, scope.table, scope.resolver)
    target = scope.table.id_of(fate[0])
    if source is None or source == target:
        return
    scope.add(stance_of(source, target, fate[1], token, quote, scope, 0.55))
    # "the resignation of X, prosecutor Y, and judge Z": each one listed.
    for other in listed_after(scope.table, token.sent, target, token.idx):
        if other != source:
            scope.add(stance_of(source, other, fate[1], token, quote, scope, 0.55), False)
