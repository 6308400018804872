"""The day of a gathering a statement was made at, for the other speakers heard at it.

"Tory said at a special meeting Monday ..." and further down "“...,” Councillor Ng said": the
councillor spoke at that meeting. A story that reports a dated meeting, hearing or news
conference reports what was said there until it dates a statement otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.extract.dates import DatedStatement, DateMention
from graph.extract.occasion_members import cue_of
from graph.model import DateValue

__all__ = ["GATHERINGS", "date_gathering", "had_said"]


# Gatherings where many speak; an interview, a speech or a release is one speaker's.
GATHERINGS = frozenset(
    {"meeting", "conference", "hearing", "briefing", "session", "summit", "forum", "debate"}
)


def date_gathering(
    drafts: Sequence[DatedStatement], doc: Any, dates: Sequence[DateMention] = ()
) -> None:
    """Give undated statements after a statement made at a dated gathering that day (inferred).

    A statement dated otherwise ends the gathering (one dated that day does not: "In a press
    conference this afternoon X said" and X's further words keep it open for the minister who
    speaks after); words a speaker "had" said before are not of it.
    """
    current: DateValue | None = None
    for draft in sorted(drafts, key=lambda d: d.start):
        cue = cue_of(draft, doc)
        if draft.date.known and draft.date.certainty != "assumed":
            named = _gathering(cue, draft) if cue is not None else None
            named = named or _gathering_before(draft, doc, dates)
            if named is None and current is not None and draft.date.value == current.value:
                continue  # the speaker's words of that day, carried over: the same gathering
            current = (
                None
                if named is None
                else DateValue(
                    draft.date.value, "inferred", note=f"said at the same '{named.text}'"
                )
            )
        elif current is not None and not draft.date.known and not had_said(cue):
            draft.date = current


def _gathering(cue: Any, draft: DatedStatement) -> Any:
    """The gathering noun in a phrase on the cue ("said at the start of a meeting Monday")."""
    for tok in cue.subtree:
        if draft.start <= tok.idx < draft.end or tok.lemma_.lower() not in GATHERINGS:
            continue
        head, steps = tok, 0
        while head.i != cue.i and head.dep_ in ("pobj", "prep") and steps < 5:
            head, steps = head.head, steps + 1
        if head.i == cue.i:
            return tok
    return None


def _gathering_before(draft: DatedStatement, doc: Any, dates: Sequence[DateMention]) -> Any:
    """The gathering the sentence before a dated statement tells of on that very day: "X used
    his sentencing hearing on Tuesday to deny any role. “…,” X said" (the words are the
    hearing's, and so are the next speakers' there)."""
    span = doc.char_span(draft.start, draft.end, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    before = doc[span.sent.start - 1].sent
    day = any(
        before.start_char <= m.start < before.end_char and m.value.value == draft.date.value
        for m in dates
    )
    if not day:
        return None
    return next((t for t in before if t.lemma_.lower() in GATHERINGS and not _topic(t)), None)


# "broke his silence over his meeting with X": a gathering talked about, not the one spoken at.
_TOPIC_PREPOSITIONS = frozenset({"over", "about", "regarding", "concerning"})


def _topic(gathering: Any) -> bool:
    # "regarding"/"concerning" may be parsed as a participle taking the gathering as its object
    role = gathering.dep_ == "pobj" or (gathering.dep_ == "dobj" and gathering.head.tag_ == "VBG")
    return role and gathering.head.lower_ in _TOPIC_PREPOSITIONS


def had_said(cue: Any) -> bool:
    """ "“…,” Zarif had tweeted": words said before the gathering."""
    return cue is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)
