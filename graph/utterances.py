"""One utterance, many reports: when do two articles quote the same words of the same speaker?

Outlets carrying one wire story change its quotations a little: other quotation marks, an
ellipsis for a cut, a trimmed clause, a changed word. Two statements are reports of one
utterance when they have the same speaker and their words, folded (case, accents, quotation
marks, dashes, ellipses and punctuation dropped) and aligned in order, share at least
``SAME_WORDS`` of the shorter one's words and at least ``KEPT_WORDS`` of the longer one's (a
trimmed clause, not one phrase out of a paragraph), and no small edit between them adds or
removes a negation ("we will accept" is not "we will not accept"; a cut clause that held a
"not" is still a cut). Short statements (under ``MIN_WORDS`` words) must have the same words
exactly: three common words shared say nothing. Pure functions, no I/O.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from graph.text import fold

__all__ = [
    "KEPT_WORDS",
    "MIN_WORDS",
    "SAME_WORDS",
    "UtteranceIndex",
    "needles",
    "same_words",
    "similarity",
    "utterance_key",
    "words",
]

SAME_WORDS = 0.9
"""Share of the shorter statement's words the longer one must hold, in the same order."""

KEPT_WORDS = 0.5
"""Share of the longer statement's words the shorter one must keep."""

MIN_WORDS = 5
"""Statements with fewer words match only when their words are the same."""

_SMALL_EDIT = 2
"""An edit of at most this many words on each side is a changed word, not a cut."""

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "none", "neither", "nor", "cannot", "nobody", "nowhere"}
)


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` in order: no marks, no ellipses, no case, no accents.

    >>> words("“We won’t sign… it,” — she said")
    ('we', "won't", 'sign', 'it', 'she', 'said')
    """
    return tuple(_WORD.findall(fold(text).replace("\u2026", " ")))


def similarity(a: str | tuple[str, ...], b: str | tuple[str, ...]) -> float:
    """How much of the shorter statement's words the longer one holds in order (0 to 1).

    >>> similarity("We will not sign this deal.", "“We will not sign this deal as it stands”")
    1.0
    >>> round(similarity("We will not sign the deal today", "We will now sign the deal today"), 2)
    0.86
    """
    wa = a if isinstance(a, tuple) else words(a)
    wb = b if isinstance(b, tuple) else words(b)
    if not wa or not wb:
        return 0.0
    return _matched(SequenceMatcher(None, wa, wb, autojunk=False)) / min(len(wa), len(wb))


def same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two statements' words make them one utterance (speaker aside)."""
    if min(len(a), len(b)) < MIN_WORDS:
        return a == b and bool(a)
    if len(set(a) & set(b)) < SAME_WORDS * min(len(set(a)), len(set(b))):
        return False  # cheap: not enough words in common whatever the order
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    shared = _matched(matcher)
    if shared < SAME_WORDS * min(len(a), len(b)) or shared < KEPT_WORDS * max(len(a), len(b)):
        return False
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        small = i2 - i1 <= _SMALL_EDIT and j2 - j1 <= _SMALL_EDIT
        if op != "equal" and small and (_negates(a[i1:i2]) or _negates(b[j1:j2])):
            return False
    return True


def _matched(matcher: SequenceMatcher) -> int:
    return sum(block.size for block in matcher.get_matching_blocks())


def _negates(found: Iterable[str]) -> bool:
    return any(w in _NEGATIONS or w.endswith("n't") for w in found)


def needles(text: str) -> tuple[str, ...]:
    """Word runs of ``text`` of which any report of its utterance holds one at least.

    Three words in a row, from every other word: two reports share their words in long runs (a
    changed word or a cut splits a run in two), and any run of four shared words holds one of
    these. An index of folded texts finds the earlier reports of a statement by them, and
    ``same_words`` decides. A short statement matches only its very words: its longest word
    stands for it.

    >>> needles("We will not sign this deal")
    ('we will not', 'not sign this', 'sign this deal')
    >>> needles("Never, sir")
    ('never',)
    """
    found = words(text)
    if len(found) < MIN_WORDS:
        return (max(found, key=len),) if found else ()
    starts = [*range(0, len(found) - 2, 2), len(found) - 3]
    return tuple(dict.fromkeys(" ".join(found[i : i + 3]) for i in starts))


def utterance_key(speaker: str, text: str) -> str:
    """A stable key for the utterance first reported as ``text`` by ``speaker``.

    >>> utterance_key("petra-holm", "“Yes,” she said") == utterance_key("petra-holm", "yes she SAID")
    True
    """
    digest = hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()[:12]
    return f"{speaker}-{digest}"


@dataclass
class UtteranceIndex:
    """The utterances known so far, by speaker; the first report of each names it."""

    _by_speaker: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)

    def add(self, speaker: str, text: str, key: str | None = None) -> str:
        """Record a report; its utterance's key (an earlier one's when the words match)."""
        found = self.find(speaker, text)
        if found is not None:
            return found
        key = key or utterance_key(speaker, text)
        self._by_speaker.setdefault(speaker, []).append((words(text), key))
        return key

    def find(self, speaker: str, text: str) -> str | None:
        """The key of a known utterance by ``speaker`` with the same words, if any (the most
        similar one when several match)."""
        mine = words(text)
        best: tuple[float, str] | None = None
        for theirs, key in self._by_speaker.get(speaker, ()):
            if same_words(mine, theirs):
                score = similarity(mine, theirs)
                if best is None or score > best[0]:
                    best = (score, key)
        return best[1] if best else None

    def extend(self, reports: Iterable[tuple[str, str, str]]) -> None:
        """Known reports as (speaker, text, utterance key), e.g. read back from the store."""
        for speaker, text, key in reports:
            entries = self._by_speaker.setdefault(speaker, [])
            entries.append((words(text), key))
