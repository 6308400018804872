"""The day of a court sitting that a statement was addressed to: "X told court" that day.

Court reporting says who spoke by whom they addressed: "the Crown attorney told court", "she
told the jury", "said in court". Those words were said in court; when the story dates exactly
one sitting ("After hearing submissions Tuesday, the judge reserved his decision", "at
Monday's sentencing hearing"), they were said that day. A day to come ("will be sentenced
Monday") or after publication is no sitting the words were said at. Other gatherings ("told
the committee" after "testified at the committee Tuesday") are ``said_on._audience_day``'s:
they point back to the one gathering named with its day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from graph.extract.dates import DatedStatement, DateMention
from graph.model import DateValue

__all__ = ["date_sessions"]

# Whom a court's speakers address ("told court", "told the jury", "said in court").
_SITTINGS = frozenset({"court", "jury", "judge", "justice", "courtroom", "trial"})
# Words of a sentence that tells of a court sitting and its day.
_SITTING_WORDS = _SITTINGS | frozenset(
    {"hearing", "submissions", "testimony", "sentencing", "arguments", "testified", "verdict"}
)
_ADDRESS = frozenset({"tell", "say", "testify", "argue", "submit", "add", "state"})


def date_sessions(
    drafts: Sequence[DatedStatement],
    doc: Any,
    dates: Sequence[DateMention],
    published: date | None,
) -> None:
    """Give undated statements addressed to a court the day of the one sitting the story
    dates (inferred)."""
    addressed = {id(d) for d in drafts if not d.date.known and _addressed(d, doc)}
    if not addressed:
        return
    days = _sitting_days(doc, dates, published)
    if len(days) != 1:
        return
    (day,) = days
    value = DateValue(day, "inferred", note="said at the sitting the story dates")
    speaking = None  # whose words at the sitting go on in quotations with no cue of their own
    for draft in sorted(drafts, key=lambda d: d.start):
        if id(draft) in addressed or (
            draft.cue_at < 0 and draft.speaker == speaking and not draft.date.known
        ):
            draft.date, speaking = value, draft.speaker
        elif draft.cue_at >= 0:
            speaking = None


def _addressed(draft: DatedStatement, doc: Any) -> bool:
    """Whether the statement's cue addresses a sitting: "told court", "said in court"."""
    if draft.cue_at < 0:
        return False
    span = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
    if span is None:
        return False
    cue = span.root
    if cue.lemma_.lower() not in _ADDRESS:
        return False
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and child.lemma_.lower() in _SITTINGS:
            return True  # "told court", "told the jury"
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "to", "before")
            and any(g.lemma_.lower() in _SITTINGS for g in child.children if g.dep_ == "pobj")
        ):
            return True  # "said in court", "testified before the committee"
    # "told court Findlay used ...": the parser glued the addressee to the clause's name
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return nxt is not None and nxt.lower_ in _SITTINGS and nxt.dep_ == "compound"


def _sitting_days(
    doc: Any, dates: Sequence[DateMention], published: date | None
) -> set[date]:
    """The days of sittings the story tells of (past or the publication day)."""
    days = set()
    for sent in doc.sents:
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        if not words & _SITTING_WORDS:
            continue
        for m in dates:
            if not sent.start_char <= m.start < sent.end_char or m.ahead or not m.value.known:
                continue
            if published is not None and m.value.value > published:
                continue
            days.add(m.value.value)
    return days
