"""One stance per utterance: two readers' readings of the same words are one stance.

The rules and the learned reader may both read "X accused Y of breaking the law", with evidence
spans that differ by a closing mark; the stance index counts a stance once per utterance, and so
should the extraction.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import Stance

__all__ = ["once"]


def once(stances: Iterable[Stance]) -> list[Stance]:
    """The stances, each (source, polarity, target) kept once over the same evidence (the
    first read wins).

    >>> from graph.model import Span
    >>> text = "x" * 100
    >>> a = Stance("x", "y", "actor", "oppose", Span.of(text, 0, 40))
    >>> b = Stance("x", "y", "actor", "oppose", Span.of(text, 0, 42))
    >>> c = Stance("x", "y", "actor", "oppose", Span.of(text, 20, 40))
    >>> [s.span.end for s in once([a, b, c])]
    [40, 40]
    """
    kept: list[Stance] = []
    seen: dict[tuple[str, str, str], list[Stance]] = {}
    for stance in stances:
        same = seen.setdefault((stance.source, stance.polarity, stance.target), [])
        if any(_overlap(stance, other) for other in same):
            continue
        same.append(stance)
        kept.append(stance)
    return kept


def _overlap(a: Stance, b: Stance) -> bool:
    """The same words but for a closing mark or two (a longer span may hold a second utterance
    of the same stance, which a reader counts apart)."""
    return abs(a.span.start - b.span.start) <= _MARKS and abs(a.span.end - b.span.end) <= _MARKS


_MARKS = 3
