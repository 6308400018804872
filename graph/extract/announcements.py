"""A sentence that dates the announcement just reported dates its words.

"Egypt said the talks had failed, but added it would still monitor the dam. The announcement
was made by the water ministry on Tuesday": a definite announcement noun ("the announcement",
"the comments", "these remarks") as the subject of a verb of making or coming, with a day of
its own, refers back to the statements reported before it in its paragraph: they were made on
that day, whoever the sentence says made them. Only statements the text leaves undated (or
dated by the publication day alone) take it, and only those of the same paragraph, before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.extract.cue_dates import verb_day
from graph.extract.dates import DatedStatement as Dated
from graph.extract.dates import DateMention
from graph.extract.lexicon import DEFINITE_DETERMINERS
from graph.extract.negation import to_come
from graph.model import DateValue

__all__ = ["ANNOUNCEMENT_NOUNS", "date_announced"]

ANNOUNCEMENT_NOUNS = frozenset({"announcement", "comment", "remark", "statement", "remarks"})
# "was made", "were issued", "came", "was delivered": the announcement's own act.
_MADE = frozenset({"make", "issue", "come", "deliver", "release"})


def date_announced(drafts: Sequence[Dated], doc: Any, dates: list[DateMention]) -> None:
    """Give the undated statements before a dated "the announcement was made ..." sentence in
    its paragraph the announcement's day (inferred)."""
    text = doc.text
    for verb in (t for t in doc if t.lemma_.lower() in _MADE and t.pos_ in ("VERB", "AUX")):
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if to_come(verb):
            continue  # "the statement will be issued on Friday": not yet made
        if noun is None or noun.lemma_.lower() not in ANNOUNCEMENT_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
            continue  # "a statement was issued on Monday": another one, not these words
        sent = verb.sent
        day = verb_day(doc, verb, dates)
        if day is None:
            continue
        paragraph = text.rfind("\n", 0, sent.start_char) + 1
        value = DateValue(
            day.value.value, "inferred", note=f"the day of '{noun.text} ... {day.text}'"
        )
        for draft in drafts:
            before = paragraph <= draft.start and draft.end <= sent.start_char
            if before and draft.date.certainty in ("unknown", "assumed"):
                draft.date = value
