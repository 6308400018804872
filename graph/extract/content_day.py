"""A statement whose words date the day it was published: made that day.

"Across the province on Tuesday, 262 fires were still active, officials said", in a story
published on Tuesday: the words report Tuesday's state, so they were said on Tuesday or after,
and the story printed them on Tuesday: they were said that day. A day in the words that is
the publication day, told as past or present (never a day to come: "will meet on Tuesday"
says nothing of when it was said), dates the statement; a day before it bounds it only. The
clause the day belongs to must be told in the past or present ("were still active on
Tuesday", "had spoken to them on Monday"), not as a plan ("urged them to turn out at Monday's
rally"). Words relative to the speaker ("today", "yesterday" inside a quotation) fix no day
by themselves: the speaker's today need not be the story's. Only when nothing else dates the
statement does a speaker's "today" ("I talked to him today") take the publication day, marked
``assumed`` as a present-tense report is (``said_today``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from graph.extract.dates import DateMention
from graph.extract.nlp import text_of
from graph.model import DateValue

__all__ = ["content_day", "said_today"]

_RELATIVE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this|last|next)\b", re.I)
_TOLD = frozenset({"VBD", "VBZ", "VBP"})  # a clause told in the past or present
_PERFECT = frozenset({"had", "has", "have", "was", "were", "is", "are", "been"})
_PLANNED = frozenset({"will", "would", "shall", "'ll", "to", "could", "might", "may", "should"})


def content_day(
    start: int,
    end: int,
    dates: list[DateMention],
    published: date | None,
    doc: Any | None = None,
) -> DateValue | None:
    """The publication day, when a date inside ``[start, end)`` (the statement's words) is it.

    >>> from graph.model import DateValue as D
    >>> tue = date(2021, 8, 10)
    >>> m = DateMention(10, 20, "on Tuesday", D(tue, "resolved"))
    >>> content_day(0, 50, [m], tue).iso, content_day(0, 50, [m], date(2021, 8, 11))
    ('2021-08-10', None)
    """
    if published is None:
        return None
    glossed = _glossed_today(start, end, dates, doc)
    if glossed is not None:
        return glossed
    for mention in dates:
        if not start <= mention.start < end or mention.ahead or _RELATIVE.search(mention.text):
            continue
        if doc is not None and not _told(doc, mention.start):
            continue
        if mention.value.known and mention.value.value == published:
            note = "its words tell of the publication day"
            return DateValue(published, "inferred", note=note)
    return None


# The speaker's "today" with the day the editor adds in brackets: "results today (Saturday)".
_GLOSSED = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening))\s*\(\s*(?:on\s+)?([A-Z][a-z]+day)\)"
)


def _glossed_today(
    start: int, end: int, dates: list[DateMention], doc: Any | None
) -> DateValue | None:
    """The weekday an editor writes in brackets after a quoted "today" ("The announcement of
    results today (Saturday) is a coup," X said): the day the words were said."""
    if doc is None:
        return None
    gloss = _GLOSSED.search(text_of(doc), start, end)
    if gloss is None:
        return None
    day = next((m for m in dates if m.start == gloss.start(1) and m.value.known), None)
    if day is None:
        return None
    return DateValue(day.value.value, "resolved", note="the day its words' 'today' is glossed")


def _told(doc: Any, offset: int) -> bool:
    """Whether the date at ``offset`` belongs to a clause told in the past or present."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            break
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    else:
        return False
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _PLANNED:
        return False
    return tok.tag_ in _TOLD or (tok.tag_ == "VBN" and bool(auxes & _PERFECT))


_TODAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.I)


def said_today(text: str, value: DateValue, published: date | None) -> DateValue:
    """The publication day, assumed, for still undated words that speak of "today"."""
    if value.known or published is None or not _TODAY.search(text):
        return value
    return DateValue(published, "assumed", note="its words say 'today'")
