"""One stance per utterance: two readers' readings of the same words are one stance.

The rules and the learned reader may both read "X accused Y of breaking the law", with evidence
spans that differ by a closing mark; the stance index counts a stance once per utterance, and so
should the extraction.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import Stance
from graph.text import SENTENCE_END

__all__ = ["once"]


def once(stances: Iterable[Stance]) -> list[Stance]:
    """The stances, each (source, polarity, target) kept once over the same evidence (the
    first read wins).

    >>> from graph.model import Span
    >>> text = "x" * 18 + ". " + "x" * 80
    >>> a = Stance("x", "y", "actor", "oppose", Span.of(text, 0, 40))
    >>> b = Stance("x", "y", "actor", "oppose", Span.of(text, 0, 42))
    >>> c = Stance("x", "y", "actor", "oppose", Span.of(text, 20, 40))
    >>> d = Stance("x", "y", "actor", "oppose", Span.of(text, 25, 40))
    >>> [(s.span.start, s.span.end) for s in once([a, b, c, d])]
    [(0, 40), (20, 40)]
    >>> text = "x" * 40 + "”.\\n\\nNext."
    >>> e = Stance("x", "y", "actor", "oppose", Span.of(text, 0, 40))
    >>> f = Stance("x", "y", "actor", "oppose", Span.of(text, 0, 44))
    >>> len(once([e, f]))
    1
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
    """The same words but for a closing mark or two, or the one clause read with or without the
    words that open its sentence ("The offer comes as X accused Y ..." and "as X accused Y
    ..."): one span inside the other, ending together. A longer span that ends elsewhere may
    hold a second utterance of the same stance, which a reader counts apart."""
    if abs(_end(a) - _end(b)) > _MARKS:
        return False
    inside = a.span.start <= b.span.start or b.span.start <= a.span.start
    return abs(a.span.start - b.span.start) <= _MARKS or (inside and _one_sentence(a, b))


def _end(stance: Stance) -> int:
    """Where the evidence's words end: a line break after them is none (the closing marks
    before it ``_MARKS`` allows for)."""
    return stance.span.start + len(stance.span.text.rstrip())


def _one_sentence(a: Stance, b: Stance) -> bool:
    """Whether the words between the two starts hold no sentence end."""
    first, second = (a, b) if a.span.start <= b.span.start else (b, a)
    gap = first.span.text[: second.span.start - first.span.start]
    return SENTENCE_END.search(gap) is None


_MARKS = 3
