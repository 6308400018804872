"""Whose "the statement" is: the maker of the last statement the story named, or the body a
document is named for ("The Ministry statement also said").

"In a joint statement signed by major parties, the opposition said ... “...,” the statement
said." A definite document noun speaks for whoever spoke or acted in the sentence that last
named a document of that kind, not for the body named most recently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from graph.extract.nlp import text_of

__all__ = ["body_named_by", "maker_of_named", "name_words"]


def maker_of_named(noun: Any, entries: Iterable[tuple[int, str]]) -> str | None:
    """The speaker or clause subject (``entries``: offset, key) of the sentence before ``noun``
    that last names a document of its kind ("statement", "letter", "report"), or None."""
    doc = noun.doc
    word = re.compile(rf"\b{re.escape(noun.lemma_.lower())}s?\b", re.I)
    named = [m.start() for m in word.finditer(text_of(doc), 0, noun.sent.start_char)]
    if not named:
        return None
    span = doc.char_span(named[-1], named[-1] + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span.sent
    inside = [(o, k) for o, k in entries if sent.start_char <= o < sent.end_char]
    return max(inside)[1] if inside else None


def body_named_by(
    token: Any, recent: Callable[[Callable[[str], bool]], str | None], table: Any
) -> str | None:
    """ "The Ministry statement also said": the body last speaking or named (``recent``, given
    a test on keys) whose name has the word before the document noun, not the body that acted
    in the sentence before."""
    for child in token.children:
        if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN"):
            word = child.lower_
            found = recent(lambda key, w=word: w in name_words(table, key))
            if found is not None:
                return found
    return None


def name_words(table: Any, key: str) -> set[str]:
    """The lower-case words of an actor's name and its other spellings."""
    draft = table.draft(key)
    return {w for name in (draft.name, *draft.aliases) for w in name.lower().split()}
