"""The day of a court or council sitting that a statement was addressed to: "X told court".

Court and city-hall reporting says who spoke by whom they addressed: "the Crown attorney told
court", "she told the jury", "said in court", "the councillor told council colleagues". Those
words were said at the sitting; when the story dates exactly one sitting of that kind ("After
hearing submissions Tuesday, the judge reserved his decision", "In a series of motions
Thursday, councillors urged ..."), they were said that day. A day to come ("will be sentenced
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

# Whom a sitting's speakers address ("told court", "told the jury", "told council"), and the
# words of a sentence that tells of such a sitting and its day, by kind of sitting.
_COURT = frozenset({"court", "jury", "judge", "justice", "courtroom", "trial"})
_COUNCIL = frozenset({"council", "councillor", "councilor", "councillors", "councilors"})
_SITTING_WORDS = {
    "court": _COURT
    | {"hearing", "submissions", "testimony", "sentencing", "arguments", "testified", "verdict"},
    "council": _COUNCIL | {"motion", "motions", "meeting", "vote", "voted", "debate", "bylaw"},
}
_SITTINGS = _COURT | _COUNCIL
_ADDRESS = frozenset({"tell", "say", "testify", "argue", "submit", "add", "state"})


def date_sessions(
    drafts: Sequence[DatedStatement],
    doc: Any,
    dates: Sequence[DateMention],
    published: date | None,
) -> None:
    """Give undated statements addressed to a court or a council the day of the one sitting of
    that kind the story dates (inferred)."""
    kinds = {id(d): k for d in drafts if not d.date.known and (k := _addressed(d, doc))}
    days = {k: _sitting_days(k, doc, dates, published) for k in set(kinds.values())}
    speaking = None  # whose words at the sitting go on in quotations with no cue of their own
    for draft in sorted(drafts, key=lambda d: d.start):
        kind = kinds.get(id(draft))
        if kind is not None and len(days[kind]) == 1:
            note = f"said at the {kind} sitting the story dates"
            value = DateValue(next(iter(days[kind])), "inferred", note=note)
            draft.date, speaking = value, (draft.speaker, value)
        elif speaking and draft.cue_at < 0 and draft.speaker == speaking[0] and not draft.date.known:
            draft.date = speaking[1]
        elif draft.cue_at >= 0:
            speaking = None


def _addressed(draft: DatedStatement, doc: Any) -> str | None:
    """The kind of sitting the statement's cue addresses ("told court", "said in court",
    "told council colleagues"), or None."""
    if draft.cue_at < 0:
        return None
    span = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() not in _ADDRESS:
        return None
    cue = span.root
    heard = [c for c in cue.children if c.dep_ in ("dobj", "dative")]  # "told court"
    heard += [  # "said in court", "testified before the jury"
        g
        for p in cue.children
        if p.dep_ == "prep" and p.lower_ in ("in", "to", "before")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    # "told court Findlay used ...": the parser glued the addressee to the clause's name
    nxt = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    heard += [nxt] if nxt is not None and nxt.dep_ == "compound" else []
    for noun in heard:
        # "told council colleagues": colleagues of the council
        words = {noun.lemma_.lower(), noun.lower_} | {
            c.lower_ for c in noun.children if c.dep_ == "compound"
        }
        if words & _COURT:
            return "court"
        if words & _COUNCIL:
            return "council"
    return None


def _sitting_days(
    kind: str, doc: Any, dates: Sequence[DateMention], published: date | None
) -> set[date]:
    """The days of sittings of ``kind`` the story tells of (past or the publication day)."""
    days = set()
    for sent in doc.sents:
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        if not words & _SITTING_WORDS[kind]:
            continue
        for m in dates:
            if not sent.start_char <= m.start < sent.end_char or m.ahead or not m.value.known:
                continue
            if published is not None and m.value.value > published:
                continue
            days.add(m.value.value)
    return days
