"""When each statement was made: its own date, its occasion's, or unknown.

Never invents a day: a statement with nothing to anchor it stays ``unknown``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from graph.extract.after_events import date_after_events
from graph.extract.announcements import ANNOUNCEMENT_NOUNS, date_announced
from graph.extract.content_day import content_day, said_today
from graph.extract.cue_dates import asked_on, dates_the_cue, issued_document, speech_act
from graph.extract.dates import CARRIED, DateMention
from graph.extract.dates import DatedStatement as Dated
from graph.extract.gatherings import date_gathering
from graph.extract.held_gatherings import date_held
from graph.extract.lead_occasion import date_by_lead
from graph.extract.lexicon import RULING_NOUNS, SPEECH_VERBS
from graph.extract.negation import negated, to_come
from graph.extract.nlp import text_of
from graph.extract.occasion_members import cue_of, date_by_occasion
from graph.extract.parse_links import verb_above
from graph.extract.sessions import date_sessions
from graph.extract.syntax import subjects_of
from graph.model import DateValue

__all__ = ["date_statements", "dates_the_cue"]


def date_statements(
    drafts: Sequence[Dated],
    doc: Any,
    quoted: list[tuple[int, int]],
    dates: list[DateMention],
    published: date | None,
    resolve: Callable[[Any], str | None] = lambda token: None,
    tied: Callable[[str, str], bool] = lambda key, other: False,
) -> None:
    """Give each statement its ``date``; the certainty says which case applied.

    In order: a date bound to its own cue (stated or resolved); a present-tense report, the
    publication day (assumed); the same speaker's dated statement, before or after it, or dated
    speech act before it ("In an interview on Monday, X questioned ...": the same occasion);
    the day "X made the comments" (inferred: X's words and those of the body X is titled
    with, ``tied`` keys); the day of the event the story leads with
    (inferred); else unknown.
    """
    # "made it clear he will show up on Friday": a day to come is never the day of the words.
    every = dates  # "said after the vote" of Sunday's, a day the future tense put ahead
    dates = [m for m in dates if not m.ahead]
    known: dict[str, DateValue] = {}
    bounds: dict[int, DateValue] = {}
    acts = _dated_acts(doc, quoted, dates, resolve)
    inner = _inside_own(drafts)
    for draft in sorted(drafts, key=lambda d: d.start):
        # "In an interview on Monday, X questioned that" dates X's words that follow.
        while acts and acts[0][0] < draft.start:
            _, key, day = acts.pop(0)
            known[key] = day
        value = _own_date(draft, doc, quoted, dates, published)
        if not value.known and (day := content_day(draft.start, draft.end, dates, published, doc)):
            value = day  # "on Tuesday, 262 fires were still active, officials said"
        if value.earliest is not None and value.latest is not None and not value.known:
            bounds[id(draft)] = value
        if not value.known and draft.speaker in known:
            value = _carried(known[draft.speaker])
        if value.known and value.certainty != "assumed" and id(draft) not in inner:
            known[draft.speaker] = value
        draft.date = value
    _carried_back(drafts, inner)
    _remarks_made(drafts, _dated_acts(doc, quoted, dates, resolve, remarks=True), tied)
    date_announced(drafts, doc, dates)  # "Egypt said ... The announcement was made Tuesday"
    _same_words(drafts, text_of(doc), inner)
    date_by_occasion(drafts, doc, resolve)  # one of those who spoke, a spokesperson, "added"
    _named_below(drafts, doc)
    date_gathering(drafts, doc, dates)
    date_held(drafts, doc, dates, resolve)  # "X held a news conference Monday": X's words there
    date_sessions(drafts, doc, dates, published)  # "X told court": the sitting's day
    date_after_events(drafts, doc, every, published)  # "said after a loss": Monday's loss
    # Still undated: the statements report on the occasion the story leads with.
    date_by_lead(drafts, doc, dates, published, resolve)
    for draft in drafts:  # "I talked to him today": the story's day, for lack of better
        draft.date = said_today(text_of(doc)[draft.start : draft.end], draft.date, published)
    _quotation_goes_on(drafts, text_of(doc))
    # "said last week": a day the other cases gave outside the statement's own bounds is not it.
    for draft in drafts:
        own = bounds.get(id(draft))
        if own is not None and not own.earliest <= (draft.date.value or date.min) <= own.latest:
            draft.date = own


def _quotation_goes_on(drafts: Sequence[Dated], text: str) -> None:
    """'“Today I am ordering a review,” X said. “Everyone knows why.”': a quotation with no cue
    of its own that goes on from the speaker's quotation before it in the same paragraph is the
    same statement, on the same day, however that one was dated (its words' "today" too)."""
    for before, draft in pairwise(sorted(drafts, key=lambda d: d.start)):
        same = draft.speaker and draft.speaker == before.speaker and draft.cue_at < 0
        paragraph = "\n" not in text[before.end : draft.start]
        if same and paragraph and before.date.known and not draft.date.known:
            draft.date = _carried(before.date)


def _remarks_made(
    drafts: Sequence[Dated],
    made: list[tuple[int, str, DateValue]],
    tied: Callable[[str, str], bool],
) -> None:
    """ "X made the comments during a news conference Wednesday": the day of X's words reported
    around it that have no date of their own, and of the body X leads or speaks for by title
    ("The union has rejected ... Union president X made the statement on Monday"; ``tied``:
    the person's key first)."""
    for _, key, value in made:
        for draft in drafts:
            ours = draft.speaker == key or tied(key, draft.speaker)
            if ours and draft.date.certainty in _WEAK:
                draft.date = value


def _carried_back(drafts: Sequence[Dated], inner: set[int]) -> None:
    """A lead that says "X said" and dates it only further down: the same occasion."""
    later: dict[str, DateValue] = {}
    for draft in sorted(drafts, key=lambda d: d.start, reverse=True):
        if draft.date.known and draft.date.certainty != "assumed" and id(draft) not in inner:
            later[draft.speaker] = draft.date
        elif draft.speaker in later and not draft.date.known:
            draft.date = _carried(later[draft.speaker])


def _carried(value: DateValue) -> DateValue:
    """The day of the speaker's dated statement, for their undated words on that occasion:
    inferred, whatever dated the other ("said on Tuesday" is resolved, "he added" is not)."""
    if value.certainty not in ("stated", "resolved"):
        return value
    note = f"{CARRIED} statement of that day ({value.certainty})"
    return DateValue(value.value, "inferred", note=note)


_WEAK = frozenset({"assumed", "unknown", "inferred"})


def _dated_acts(
    doc: Any,
    quoted: list[tuple[int, int]],
    dates: list[DateMention],
    resolve: Callable[[Any], str | None],
    *,
    remarks: bool = False,
) -> list[tuple[int, str, DateValue]]:
    """(offset, speaker, day) of speech acts the text dates: a reporting verb with a date of its
    own ("questioned that assertion on Monday"), or with ``remarks`` a sentence saying when the
    comments were made ("Horgan made the comments Wednesday")."""
    out = []
    for sent in doc.sents:
        near = [
            m
            for m in dates
            if sent.start_char <= m.start < sent.end_char
            and m.value.known
            and not _inside(m.start, quoted)
        ]
        for tok in sent if near else ():
            if remarks:  # "made the comments on Monday", "he spoke on Monday at a rally"
                act = (
                    tok.lemma_.lower() == "make"
                    and any(
                        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ANNOUNCEMENT_NOUNS
                        for c in tok.children
                    )
                ) or (tok.lemma_.lower() == "speak" and tok.dep_ == "ROOT" and not negated(tok))
            else:
                # "X addressed the nation on Sunday evening. “…,” he said": speaking has a day,
                # so has what one does in a message ("In an audio message on Friday, X lauded").
                act = tok.tag_ != "VBG" and speech_act(tok)  # the cheap test first
            if not act or _inside(tok.idx, quoted) or to_come(tok):
                continue
            found = next((m for m in near if dates_the_cue(doc, m, tok)), None)
            day = (
                None
                if found is None
                else DateValue(
                    found.value.value, "inferred", note=f"the day of '{tok.text} ... {found.text}'"
                )
            )
            for subject in subjects_of(tok) if day is not None else ():
                key = resolve(subject)
                if key is not None:
                    out.append((tok.idx, key, day))
    return out


def _inside_own(drafts: Sequence[Dated]) -> set[int]:
    """Statements inside a longer one of the same speaker ("calling on people to march Aug. 17
    to demand ..."): the date of what they report is no day of the speaker's words elsewhere."""
    return {
        id(d)
        for d in drafts
        for o in drafts
        if o.speaker == d.speaker
        and o.start <= d.start
        and d.end <= o.end
        and (o.start, o.end) != (d.start, d.end)
    }


def _same_words(drafts: Sequence[Dated], text: str, inner: set[int] | None = None) -> None:
    """An undated statement that repeats a dated one's words is that utterance, reported again.

    "India on Tuesday described them as “absurd” and “motivated”" and, further down, "“The
    allegations are absurd and motivated,” the ministry said": one statement, one day. The
    speaker's other undated statements share that occasion (inferred).
    """
    dated = [
        (_words(text[d.start : d.end]), d.date)
        for d in drafts
        if d.date.known
        and (d.date.certainty in ("stated", "resolved") or (d.date.note or "").startswith(CARRIED))
        and id(d) not in (inner or ())
    ]
    # Three words at least: one word ("rushed") may come back in anyone's statement.
    dated = [(w, v) for w, v in dated if w.count(" ") >= 2]
    found: dict[str, DateValue] = {}
    for draft in sorted(drafts, key=lambda d: d.start):
        if draft.date.known:
            continue
        words = _words(text[draft.start : draft.end])
        value = next((v for w, v in dated if w and (w in words or words in w)), None)
        if value is not None and words:
            draft.date = found.setdefault(
                draft.speaker,
                DateValue(value.value, "inferred", note="the same words as a dated statement"),
            )
    for draft in drafts:
        if not draft.date.known and draft.speaker in found:
            draft.date = found[draft.speaker]


def _named_below(drafts: Sequence[Dated], doc: Any) -> None:
    """A present-tense lead by someone the story names only in the next sentence reports the
    words that sentence dates (inferred).

    "There is evidence the police broke the law, says a Supreme Court judge." and then "Justice
    Ann Roe said in a ruling released Wednesday that ...": the lead sums up that ruling; its
    "says" is not the day the story appeared.
    """
    verbal = [s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)][:2]
    cues = [(d, cue_of(d, doc)) for d in drafts]
    lead = [(d, c) for d, c in cues if c is not None and len(verbal) == 2 and c.sent == verbal[0]]
    for draft, cue in lead:
        unnamed = any(
            s.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
            for s in subjects_of(cue)
        )
        if draft.date.certainty != "assumed" or cue.tag_ != "VBZ" or not unnamed:
            continue
        below = next(
            (
                d.date
                for d, c in cues
                if c is not None
                and c.sent == verbal[1]
                and d.date.certainty in ("stated", "resolved")
                and any(t.pos_ == "PROPN" or t.lower_ in ("he", "she") for t in subjects_of(c))
            ),
            None,
        )
        if below is not None:
            note = "the present-tense lead of the dated words that name its speaker below"
            draft.date = DateValue(below.value, "inferred", note=note)


def _words(content: str) -> str:
    """The words of a statement, lower-cased and joined by single spaces, marks left out."""
    return " ".join(re.findall(r"\w+", content.lower()))


def _asked_day(
    doc: Any,
    cue: Any,
    quoted: list[tuple[int, int]],
    dates: list[DateMention],
    published: date | None,
) -> DateValue | None:
    """ "called on the unions to enter mediation Monday" in Monday's story: the day of the call
    (the act asked for comes after it; a day before the story's is left to the act)."""
    sent = cue.sent
    asked = [
        m
        for m in dates
        if sent.start_char <= m.start < sent.end_char
        and m.value.known
        and m.value.value == published
        and not _inside(m.start, quoted)
        and asked_on(doc, m, cue.root)
    ]
    return asked[0].value if asked else None


def _own_date(
    draft: Dated,
    doc: Any,
    quoted: list[tuple[int, int]],
    dates: list[DateMention],
    published: date | None,
) -> DateValue:
    """The date written next to the statement's own cue, or the day of a present-tense report."""
    if draft.cue_at < 0:
        return DateValue()
    cue = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
    if cue is None:
        return DateValue()
    sent = cue.sent
    near = [
        m
        for m in dates
        if sent.start_char <= m.start < sent.end_char
        and not _inside(m.start, quoted)
        and not (draft.start <= m.start < draft.end)
        and m.value.known
        and dates_the_cue(doc, m, cue.root)
    ]
    if near:
        return min(near, key=lambda m: abs(m.start - draft.cue_at)).value
    asked = _asked_day(doc, cue, quoted, dates, published)
    if asked is not None:
        return asked
    # "said last week", "said earlier this month": no day, but the days it lies between.
    bounded = [
        m
        for m in dates
        if sent.start_char <= m.start < sent.end_char
        and m.value.earliest is not None
        and not _inside(m.start, quoted)
        and not (draft.start <= m.start < draft.end)
        and dates_the_cue(doc, m, cue.root)
    ]
    if bounded:
        return bounded[0].value
    occasion = _audience_day(doc, cue.root, quoted, dates) or _same_day(
        doc, cue.root, quoted, dates
    )
    if occasion is not None:
        return occasion
    if (
        published is not None
        and cue.root.tag_ in ("VBZ", "VBP")
        and cue.root.lemma_.lower() in SPEECH_VERBS
    ):
        return DateValue(published, "assumed", note="present-tense report")
    return DateValue()


# Gatherings a speaker addresses, and writings a speaker issues: "told the committee" after
# "testified at the Commons committee Tuesday" is that sitting; "said in the release" after
# "sent out a news release on Tuesday" is that release.
_OCCASIONS = frozenset(
    {"committee", "conference", "hearing", "briefing", "inquiry", "meeting", "summit"}
    | {"rally", "session", "interview", "forum", "panel", "crowd", "audience"}
    | {"release", "statement", "letter", "speech", "ruling"}
)


def _occasion(noun: Any) -> str:
    """The occasion a noun names, one word for the names of one kind ("decision": "ruling")."""
    lemma = noun.lemma_.lower()
    return "ruling" if lemma in RULING_NOUNS else lemma  # "in the ruling": "Tuesday's decision"


def _audience_day(
    doc: Any, cue: Any, quoted: list[tuple[int, int]], dates: list[DateMention]
) -> DateValue | None:
    """The day of the gathering the cue's words were addressed to, named earlier with a date.

    "Drouin told the committee" after "Morrison ... while testifying at the Commons Public
    Safety Committee Tuesday": the same sitting (inferred). Only a definite gathering ("the
    committee") points back; "told a news conference" may be any.
    """
    heard = [
        _occasion(c)
        for c in (*cue.children, *(g for p in cue.children if p.dep_ == "prep" for g in p.children))
        if c.dep_ in ("dobj", "dative", "pobj")
        and _occasion(c) in _OCCASIONS
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
    ] + _writing_speaks(cue)
    if not heard:
        return None
    for mention in reversed(dates):
        if mention.start >= cue.idx or not mention.value.known or _inside(mention.start, quoted):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        verb = verb_above(span.root) if span is not None else None
        if verb is None or verb.sent.end_char > cue.sent.start_char:
            continue
        named = next(
            (
                t
                for t in verb.subtree
                if _occasion(t) in heard and getattr(verb_above(t), "i", -1) == verb.i
            ),
            None,
        )
        if named is None and (issued := issued_document(verb)) is not None:
            named = issued if _occasion(issued) in heard else None  # "a statement by X released"
        if named is not None:
            return DateValue(
                mention.value.value,
                "inferred",
                note=f"the same occasion as '{named.text} ... {mention.text}'",
            )
    return None


# Writings that speak for themselves: "says the statement", "an excerpt from the letter reads".
_WRITINGS = frozenset({"release", "statement", "letter", "communique", "communiqué", "report"})


def _writing_speaks(cue: Any) -> list[str]:
    """The definite writing that is the cue's subject ("the statement says") or that its
    subject is taken from ("an excerpt from the statement reads"): its words are the day it
    was issued, when the text dates that."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    subjects += [
        g
        for s in subjects
        for p in s.children
        if p.dep_ == "prep" and p.lower_ in ("from", "of")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return [
        s.lemma_.lower()
        for s in subjects
        if s.lemma_.lower() in _WRITINGS
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "its") for d in s.children)
    ]


def _same_day(
    doc: Any, cue: Any, quoted: list[tuple[int, int]], dates: list[DateMention]
) -> DateValue | None:
    """ "Two hours later, X announced", "Later that day, X said": the day of the sentence before.

    Only hours or minutes, or "that/the same day", keep the day; "two days later" does not.
    """
    later = any(
        (c.lower_ == "later" and any(g.lemma_.lower() in ("hour", "minute") for g in c.children))
        or (
            c.dep_ == "npadvmod"
            and c.lemma_.lower() == "day"
            and any(g.lower_ in ("that", "same") for g in c.children)
        )
        for c in cue.children
    )
    if not later or cue.sent.start == 0:
        return None
    before = doc[cue.sent.start - 1].sent
    found = [
        m
        for m in dates
        if before.start_char <= m.start < before.end_char
        and m.value.known
        and not _inside(m.start, quoted)
    ]
    if not found:
        return None
    mention = found[-1]
    return DateValue(mention.value.value, "inferred", note=f"the same day as '{mention.text}'")


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)
