"""Words said right after an event the story dates: "said after a 4-2 loss" on the loss's day.

Sports, courts and politics report words said at a gathering right after an event ("at his
press conference after a 4-2 loss", "told a news conference after the ruling") and words said
at a moment ("called for calm as he was sworn in"). When the story dates that event elsewhere
by the same noun or verb ("after Monday's loss", "the ruling on Tuesday", "was sworn in on
Sunday") and gives it one day, the words were said that day (inferred): a press conference
after a game is held that evening. A bare "after" dates nothing, a reaction may come later,
unless the event's day is the day the story is published ("said after the vote" of a vote held
that day: the words fall between the two). A day to come or after publication dates nothing;
two days for the noun date nothing either. The words naming an election are one event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from graph.extract.dates import CARRIED, DatedStatement, DateMention
from graph.extract.gatherings import GATHERINGS
from graph.extract.lexicon import ELECTION_NOUNS, SPEECH_VERBS
from graph.extract.subordinators import MOMENT, opened_by
from graph.model import DateValue

__all__ = ["date_after_events"]

_AFTER = frozenset({"after", "following"})


def date_after_events(
    drafts: Sequence[DatedStatement],
    doc: Any,
    dates: Sequence[DateMention],
    published: date | None,
) -> None:
    """Give undated statements whose cue says "after <event>" the one day the story gives
    that event's noun (inferred)."""
    after: tuple[str, DateValue] | None = None  # the speaker whose words go on after it
    past = [m for m in dates if not m.ahead]
    # a day the future tense put ahead ("will not recognise Sunday's vote") is past for words
    # said after it on the day of publication
    today = [m for m in dates if not m.ahead or m.value.value == published]
    for draft in sorted(drafts, key=lambda d: d.start):
        if after is not None and draft.speaker == after[0] and _weak(draft.date):
            draft.date = after[1]  # "“…,” the coach said." further on: the same press conference
            continue
        after = None
        if not _weak(draft.date) or draft.cue_at < 0:
            continue
        span = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
        event = _event_after(span.root) if span is not None else None
        if event is not None:
            days = _days_of(event.lemma_.lower(), doc, past, published)
            note = f"said after the '{event.text}' the story dates"
        elif span is not None and (event := _bare_after(span.root)) is not None:
            # "said after the vote" of a vote held the day the story is published: the words
            # fall between the two, on that day
            days = _days_of(event.lemma_.lower(), doc, today, published)
            days = days if published is not None and days == {published} else set()
            note = f"said after the '{event.text}' the story dates on its day of publication"
        else:
            continue
        if len(days) == 1:
            draft.date = DateValue(days.pop(), "inferred", note=note)
            after = (draft.speaker, draft.date)


def _weak(value: DateValue) -> bool:
    """Undated, or dated only by the same speaker's words elsewhere (an explicit "after the
    game" on the cue tells more than another statement's day)."""
    carried = value.certainty == "inferred" and (value.note or "").startswith(CARRIED)
    return not value.known or carried


def _event_after(cue: Any) -> Any | None:
    """The noun of "after <event>" told with the gathering the words were said at ("said during
    her press conference after a loss", "told a news conference after the ruling"); or the
    verb of a clause that tells the very moment ("called for calm as he was sworn in", "said
    while the count went on"). A reaction "after" an event may come days later ("denounced
    the results after the commission said he won": the next day), so "after" alone dates
    nothing."""
    gatherings = [
        g
        for p in cue.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in GATHERINGS
    ]
    for head in (cue, *gatherings) if gatherings else ():
        if (noun := _bare_after(head)) is not None:
            return noun
    # the moment clause hangs on the cue, or (misparsed) on the noun it calls for ("called for
    # a national healing process as he was sworn in"); never deeper inside what was said
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    objects += [g for p in cue.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    for head in (cue, *objects):
        for clause in head.children:
            if (
                clause.dep_ == "advcl"
                and clause.pos_ == "VERB"
                and opened_by(clause, MOMENT)
                and clause.lemma_.lower() not in SPEECH_VERBS
            ):
                return clause
    return None


def _bare_after(head: Any) -> Any | None:
    """The noun of an "after <event>" hung on ``head`` ("said after the vote", "a news
    conference after the ruling")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _AFTER:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return None


def _days_of(
    lemma: str, doc: Any, dates: Sequence[DateMention], published: date | None
) -> set[date]:
    """The days the story writes on a noun of ``lemma``: "Monday's loss", "the loss on Monday",
    "the Monday loss"."""
    # an election is one event whichever word names it: "after the vote" of "Sunday's elections"
    lemmas = ELECTION_NOUNS if lemma in ELECTION_NOUNS else {lemma}
    days = set()
    for m in dates:
        if not m.value.known or (published and m.value.value > published):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        # "Monday's loss", "the loss on Monday", "was sworn in for a second term on Sunday":
        # the event word a few steps up from the day
        tok = span.root
        for _ in range(4):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.lemma_.lower() in lemmas:
                days.add(m.value.value)
                break
    return days
