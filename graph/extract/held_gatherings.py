"""The words of someone who held a dated gathering: said there, on its day.

"Hours earlier, X held a news conference in Washington laying out ..." and then X's undated
words: said at that conference. The day must be the holding verb's own ("held a conference to
announce the vote will be on April 20" gives none), and the gathering ends for X once X is dated
otherwise or another speaker is quoted (the story has moved on).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from graph.extract.cue_dates import verb_day
from graph.extract.dates import DatedStatement, DateMention
from graph.extract.gatherings import GATHERINGS, had_said
from graph.extract.negation import negated
from graph.extract.occasion_members import cue_of
from graph.extract.syntax import subjects_of
from graph.model import DateValue

__all__ = ["date_held"]


# Verbs by which someone holds a gathering to speak at: "held a news conference", "gave a
# briefing" ("addressed a news conference" is a speaking verb: ``said_on``'s dated acts).
_HOLDING = frozenset({"hold", "give", "convene", "host"})


def date_held(
    drafts: Sequence[DatedStatement],
    doc: Any,
    dates: Sequence[DateMention],
    resolve: Callable[[Any], str | None],
) -> None:
    """ "Hours earlier, X held a news conference in Washington ..." and then X's undated words:
    said there, on the day the sentence gives the gathering (inferred); until X is dated
    otherwise or another speaker is quoted. Words X "had" said before are not of it."""
    held: dict[str, tuple[int, DateValue]] = {}
    for verb in (t for t in doc if t.lemma_.lower() in _HOLDING):
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if noun is None or noun.lemma_.lower() not in GATHERINGS or negated(verb):
            continue
        # The day the holding verb itself is given ("Hours earlier, X held ..."), not one of a
        # clause it takes ("held a conference to announce the vote will be on April 20").
        day = verb_day(doc, verb, dates)
        if day is None:
            continue
        note = f"said at the '{noun.text}' held that day"
        # "Trump campaign attorney and former Mayor X held": each subject conjunct
        for subject in subjects_of(verb, climb=False):
            if (key := resolve(subject)) is not None:
                held[key] = (verb.sent.end_char, DateValue(day.value.value, "inferred", note=note))
    for draft in sorted(drafts, key=lambda d: d.start):
        # Another speaker quoted after the gathering: the story has moved on from it.
        for key in [k for k, (end, _) in held.items() if k != draft.speaker and end <= draft.start]:
            del held[key]
        at = held.get(draft.speaker)
        if at is None or draft.start < at[0]:
            continue
        if draft.date.known and draft.date.certainty != "assumed":
            del held[draft.speaker]  # dated otherwise: that gathering is over for them
        elif not had_said(cue_of(draft, doc)):
            draft.date = at[1]
