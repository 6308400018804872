"""The pair features as the stance model's row numbers, each sentence's words looked up once.

``StanceModel`` reads a pair as the set of its known features (binary TF-IDF), so a pair costs
only the row numbers of ``pair_features``. Most of those are a sentence's words, the same for
every pair in it: ``SentenceRows`` looks each word's features up once per sentence, and a pair
takes slices of them (the words outside both mentions, the lemmas between them) and builds only
the strings that depend on the pair (the words next to each mention, the parse path). The rows
are exactly the known ones of ``pair_features`` (``tests/test_speed_equivalence.py``); a pair
this reading does not cover (mentions overlapping, out of the sentence, or a word written like a
mark) is read through ``pair_features`` itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

from graph.extract.stance_features import (
    _E1,
    _E2,
    _MARKS,
    Sentence,
    TokenRange,
    _path,
    pair_features,
)

__all__ = ["SentenceRows"]


class SentenceRows:
    """The row numbers of one sentence's pair features, per token, for all its pairs.

    ``lookup`` maps a feature string to its row, or -1 when the model does not know it.
    """

    def __init__(self, view: Sentence, lookup: Callable[[str, int], int]) -> None:
        self.view = view
        self.get = lookup
        words = view.words
        self.plain = not any(w in _MARKS for w in words)  # else read by ``pair_features``
        # Unigrams of the words outside the mentions (-1: unknown or whitespace).
        self.unigrams = [-1 if w is None else lookup(f"w:{w}", -1) for w in words]
        self.spaced = [i for i, w in enumerate(words) if w is not None]  # non-space tokens
        self.polarity = {lookup(f, -1) for f in view.polarity}

    def rows(self, e1: TokenRange, e2: TokenRange) -> set[int]:
        """The rows of the known features of the pair (doc token ranges), -1 among them."""
        view = self.view
        a = (e1[0] - view.start, e1[1] - view.start)
        b = (e2[0] - view.start, e2[1] - view.start)
        n = len(view.words)
        if not (
            self.plain
            and 0 <= a[0] < a[1] <= n
            and 0 <= b[0] < b[1] <= n
            and (a[1] <= b[0] or b[1] <= a[0])
        ):
            get = self.get
            return {get(f, -1) for f in pair_features(view, e1, e2)}
        order = "12" if a[0] <= b[0] else "21"
        (left, first), (right, second) = (
            ((a, _E1), (b, _E2)) if order == "12" else ((b, _E2), (a, _E1))
        )
        uni = self.unigrams
        found = set(uni[: left[0]])
        found.update(uni[left[1] : right[0]])
        found.update(uni[right[1] :])
        found.update(self.polarity)
        self._marks(found, left, right, first, second)
        self._between(found, order, left, right)
        get = self.get
        found.update(get(f, -1) for f in _path(view, a, b))
        return found

    def _marks(
        self, found: set[int], left: TokenRange, right: TokenRange, first: str, second: str
    ) -> None:
        """The marks' unigrams, and the word pairs and triples at a mark (``_surface``)."""
        words, spaced, get = self.view.words, self.spaced, self.get
        p = bisect_left(spaced, left[0])
        q0, q1 = bisect_left(spaced, left[1]), bisect_left(spaced, right[0])
        r = bisect_left(spaced, right[1])
        inner = spaced[q0:q1]
        if len(inner) > 4:  # only two words next to each mark can make a pair or a triple
            inner = inner[:2] + inner[-2:]
        items = [
            *(words[i] for i in spaced[max(0, p - 2) : p]),
            first,
            *(words[i] for i in inner),
            second,
            *(words[i] for i in spaced[r : r + 2]),
        ]
        found.add(get(f"w:{first}", -1))
        found.add(get(f"w:{second}", -1))
        found.update(
            get(f"w2:{x}_{y}", -1) for x, y in pairwise(items) if x in _MARKS or y in _MARKS
        )
        found.update(
            get(f"w3:{x}_{y}_{z}", -1)
            for x, y, z in zip(items, items[1:], items[2:], strict=False)
            if x in _MARKS or z in _MARKS
        )

    def _between(self, found: set[int], order: str, left: TokenRange, right: TokenRange) -> None:
        """The lemmas between the mentions, their pairs and polarities (``_between``)."""
        view, spaced, get = self.view, self.spaced, self.get
        middle = spaced[bisect_left(spaced, left[1]) : bisect_left(spaced, right[0])]
        words, polar = view.words, view.polar
        lemmas = ["<num>" if words[i] == "<num>" else view.lemmas[i] for i in middle]
        found.add(get(f"ord:{order}", -1))
        found.add(get(f"blen:{order}:{min(len(lemmas), 8) // 2}", -1))
        found.update(get(f"b{order}:{w}", -1) for w in lemmas)
        found.update(get(f"b{order}2:{a}_{b}", -1) for a, b in pairwise(lemmas))
        found.update(get(f"bpol{order}:{polar[i]}", -1) for i in middle if polar[i])
