"""The day of a gathering a statement was made at, for the other speakers heard at it.

"Tory said at a special meeting Monday ..." and further down "“...,” Councillor Ng said": the
councillor spoke at that meeting. A story that reports a dated meeting, hearing or news
conference reports what was said there until it dates a statement otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from graph.extract.dates import DatedStatement, DateMention
from graph.extract.syntax import subjects_of
from graph.model import DateValue

__all__ = ["date_gathering", "date_held"]


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
        cue = _cue(draft, doc)
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
        elif current is not None and not draft.date.known and not _before(cue):
            draft.date = current


def _cue(draft: DatedStatement, doc: Any) -> Any:
    if draft.cue_at < 0:
        return None
    span = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
    return span.root if span is not None else None


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
    return gathering.dep_ == "pobj" and gathering.head.lower_ in _TOPIC_PREPOSITIONS


def _before(cue: Any) -> bool:
    """ "“…,” Zarif had tweeted": words said before the gathering."""
    return cue is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children)


# Verbs by which someone holds a gathering to speak at: "held a news conference", "gave a
# briefing", "addressed a rally".
_HOLDING = frozenset({"hold", "give", "convene", "call", "address", "host"})


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
    for sent in doc.sents:
        day = next(
            (m for m in dates if sent.start_char <= m.start < sent.end_char and m.value.known),
            None,
        )
        for verb in (t for t in sent if t.lemma_.lower() in _HOLDING) if day else ():
            noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if noun is None or noun.lemma_.lower() not in GATHERINGS:
                continue
            note = f"said at the '{noun.text}' held that day"
            # "Trump campaign attorney and former Mayor X held": each subject conjunct
            for subject in subjects_of(verb, climb=False):
                if (key := resolve(subject)) is not None:
                    held[key] = (sent.end_char, DateValue(day.value.value, "inferred", note=note))
    for draft in sorted(drafts, key=lambda d: d.start):
        # Another speaker quoted after the gathering: the story has moved on from it.
        for key in [k for k, (end, _) in held.items() if k != draft.speaker and end <= draft.start]:
            del held[key]
        at = held.get(draft.speaker)
        if at is None or draft.start < at[0]:
            continue
        if draft.date.known and draft.date.certainty != "assumed":
            del held[draft.speaker]  # dated otherwise: that gathering is over for them
        elif not _before(_cue(draft, doc)):
            draft.date = at[1]
