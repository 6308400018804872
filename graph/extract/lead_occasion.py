"""The occasion a story leads with, and the undated statements that report on it.

"X on Friday rejected ..." opens a story about Friday: statements that carry no date of their
own were made on that occasion. A lead that is itself a report ("X on Sunday accused ...")
dates only its own speaker's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from graph.extract.complement import main_before_gap
from graph.extract.coref import SPOKESPEOPLE
from graph.extract.cue_dates import dates_the_cue
from graph.extract.dates import SAME_DAY_WORDS, DatedStatement, DateMention
from graph.extract.gazetteer import country_named
from graph.extract.lexicon import FOLLOWINGS
from graph.extract.parse_links import verb_above
from graph.extract.syntax import is_cue, subjects_of
from graph.model import DateValue

__all__ = ["date_by_lead", "lead_occasion"]


def date_by_lead(
    drafts: Sequence[DatedStatement],
    doc: Any,
    dates: list[DateMention],
    published: date | None,
    resolve: Callable[[Any], str | None],
) -> None:
    """Give still undated statements the day of the occasion the story leads with (inferred);
    a lead that reports what someone said that day ("X on Sunday accused ...") dates X's words."""
    occasion, lead = lead_occasion(doc, dates, published)
    if occasion is None:
        return
    lead_speaker = resolve(lead) if lead is not None else None
    voices = _voices(drafts, doc, lead_speaker) if lead is not None and _collective(lead) else set()
    for draft in drafts:
        if draft.date.known:
            continue
        # "“…,” Zarif had tweeted", "X had previously rebuffed calls, saying ...": words said
        # before the occasion the story reports (the participle's time is its verb's).
        cue = _cue_of(draft, doc)
        if cue is not None and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj"):
            cue = cue.head
        if cue is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children):
            continue
        if cue is not None and _over_time(cue):
            continue  # "Berlin and Paris have in recent weeks criticized ...": no one day
        if lead is None or draft.speaker in {lead_speaker, *voices}:
            draft.date = occasion


# A stretch of time a perfect tense spans: "have in recent weeks criticized", "has long been
# skeptical", "have for years argued".
_STRETCHES = frozenset({"weeks", "months", "years", "days", "decades", "long", "repeatedly"})


def _over_time(verb: Any) -> bool:
    """Whether a verb in the present perfect (or a participle hung on one) tells of a stretch
    of time, not of the day of the story's occasion."""
    head = verb.head if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" else verb
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)
    words = {t.lower_ for c in head.children if c.dep_ in ("prep", "advmod", "npadvmod")
             for t in c.subtree}  # fmt: skip
    return perfect and bool(words & _STRETCHES)


# "The US said Thursday ..." and then "National Security Council spokesperson John Kirby said
# ...": a spokesperson speaks for a body or a country, and a lead that reports a body's words
# tells of what its spokesperson said that day.


def _collective(lead: Any) -> bool:
    """Whether the lead's speaker is a country, a body or a people, not a person."""
    return lead.ent_type_ != "PERSON" and lead.lower_ not in ("he", "she", "i")


def _voices(drafts: Sequence[DatedStatement], doc: Any, body: str | None) -> set[str]:
    """Speakers the story introduces as a body's spokesperson ("National Security Council
    spokesperson John Kirby said"), or as the head of the body the lead reports (``body``, its
    actor id: "National Elections Board President Ana Lind said"); a person's
    spokesperson ("a Gonzalez spokesperson") speaks for that person, not for the body."""
    people = {t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e if t.tag_ == "NNP"}
    named = set(body.split("-")) if body else set()
    # "the camp of X": X's aides speak for it ("X's spokesman", "the director of X's campaign")
    principal = named - FOLLOWINGS - {"of"} if named & FOLLOWINGS else set()
    found = set()
    for draft in drafts:
        cue = _cue_of(draft, doc)
        for subject in subjects_of(cue) if cue is not None else ():
            voice = next((t for t in subject.subtree if t.lower_ in _TITLES), None)
            if voice is not None and principal and _aide_of(voice, principal):
                found.add(draft.speaker)
                continue
            owners = [t for c in voice.lefts for t in c.subtree] if voice is not None else []
            if voice is None or any(
                t.ent_type_ == "PERSON" or (t.tag_ == "NNP" and t.lower_ in people) for t in owners
            ):
                continue
            # the head of a body speaks for it only where the title names the lead's body
            words = {t.lower_ for t in owners if t.tag_ == "NNP"}
            bodily = any(country_named(t.text) is None for t in owners if t.tag_ == "NNP")
            if voice.lower_ in SPOKESPEOPLE or (bodily and words <= named):
                found.add(draft.speaker)
    return found


def _aide_of(title: Any, principal: set[str]) -> bool:
    """Whether a title names a person's aide by the person's name ("Ruiz's spokesman", "the
    director of campaign of Mr. Ana Ruiz"): a person's name in its phrase, all of it in
    ``principal``'s words."""
    words = {t.lower_ for t in title.subtree if t.ent_type_ == "PERSON" and t.tag_ == "NNP"}
    return bool(words) and words <= principal


_HEADS = frozenset({"president", "chairman", "chairwoman", "chair", "head", "chief", "director"})
_TITLES = SPOKESPEOPLE | _HEADS


def _cue_of(draft: DatedStatement, doc: Any) -> Any:
    """The reporting verb of a statement, or None when it has none."""
    span = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
    return span.root if draft.cue_at >= 0 and span is not None else None


def lead_occasion(
    doc: Any, dates: list[DateMention], published: date | None = None
) -> tuple[DateValue | None, Any]:
    """The day of the event in the story's first sentence ("X on Friday rejected ..."), if given.

    Statements that carry no date of their own report on that occasion. A lead that is itself
    a report ("X on Sunday accused ...") dates only its own speaker's words: the subject is
    returned with the day (else None).
    """
    # The first sentence with a verb: a dateline ("NEW DELHI:") may stand as one of its own.
    verbal = (s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s))
    first = next(verbal, None)
    if first is None:
        return None, None
    found = _sentence_occasion(first, doc, dates, published)
    if found[0] is not None or any(first.start_char <= m.start < first.end_char for m in dates):
        return found
    if any(is_cue(t) for t in first):
        return found
    # "It had been a while since X earned a shutout, ..." and then "X made 36 saves in the 4-0
    # win on Tuesday": a recap's lead with neither a day nor a report sets the scene; the next
    # sentence, with the score, tells of the game (not any event: "A review is running late."
    # then "Y appeared before the committee Tuesday" is no occasion of everyone's words).
    second = next(verbal, None)
    if second is None or not _SCORE.search(second.text):
        return found
    value, lead = _sentence_occasion(second, doc, dates)
    return (value, None) if lead is None else found


_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b(?!-)")


def _sentence_occasion(
    first: Any, doc: Any, dates: list[DateMention], published: date | None = None
) -> tuple[DateValue | None, Any]:
    """The day of the event the sentence tells of, and the speaker when it is a report."""
    root = first.root
    if root.pos_ not in ("VERB", "AUX"):
        # "(Bloomberg) -- Shares sank ...": a credit the parser takes for the head.
        root = next((t for t in root.children if t.pos_ in ("VERB", "AUX")), root)
    root = main_before_gap(root) or root  # "X on Wednesday blocked Y, a move critics said ..."
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in root.children):
        # "The border will reopen on Friday": a day to come is no occasion; but "The strike
        # will go ahead tonight after talks collapsed" is news of the publication day.
        return _later_today(first, root, dates, published), None
    lead = _lead_speaker(root)
    if lead is False:
        return None, None
    mentions = [
        m
        for m in dates
        if first.start_char <= m.start < first.end_char and m.value.value is not None
    ]
    # "Shares sank after the firm delayed its results Friday": the event the lead's own
    # verb follows from dates the story (not "... as the vote due on Friday nears").
    # "Mail could begin moving again after the government moved Friday to ...": the cause may
    # hang on a verb the lead's own verb takes (its xcomp chain) as well as on the verb itself.
    causes = [
        c
        for verb in _xcomp_chain(root)
        for c in verb.children
        if lead is None
        and c.dep_ == "advcl"
        and c.tag_ == "VBD"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in _CAUSES for m in c.children)
    ]
    for verb in (root, *causes):
        for mention in mentions:
            if dates_the_cue(doc, mention, verb):
                value = DateValue(
                    mention.value.value,
                    "inferred",
                    note=f"the occasion of the story's lead, '{mention.text}'",
                )
                return value, lead
    # "The bill has passed its first vote": a lead in the present perfect with no day of its
    # own is the news of the day the story appeared; the reactions to it are of that day.
    perfect = root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in root.children
    )
    if perfect and lead is None and not mentions and published is not None:
        note = "the story's lead in the present perfect: news of the publication day"
        return DateValue(published, "inferred", note=note), None
    return None, None


_CAUSES = frozenset({"after", "when", "as"})


def _later_today(
    first: Any, root: Any, dates: list[DateMention], published: date | None
) -> DateValue | None:
    """The publication day for a lead on what happens later that day ("will go ahead at
    midnight tonight", "will vote today"): the story's undated statements are of the day it
    appeared. The day must be the lead verb's own, and no other day named in the lead."""
    if published is None:
        return None
    inside = [m for m in dates if first.start_char <= m.start < first.end_char]
    if any(m.value.value not in (None, published) for m in inside):
        return None  # "will vote next Thursday, the day after today's debate"
    for m in inside:
        verb = _verb_of(first.doc, m.start) if m.text.lower() in SAME_DAY_WORDS else None
        if verb is not None and verb.i == root.i:
            note = f"the story's lead tells of later on the publication day, '{m.text}'"
            return DateValue(published, "inferred", note=note)
    return None


def _verb_of(doc: Any, offset: int) -> Any:
    """The verb the time word at ``offset`` tells the time of (its nearest verb above), or None
    when the word is no adverbial ("Today's teenagers")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    token = span.root if span is not None else None
    if token is None or token.dep_ not in ("npadvmod", "advmod", "pobj"):
        return None
    return verb_above(token)


def _xcomp_chain(root: Any) -> list[Any]:
    """The verb and the open complements it takes, down the chain ("could begin moving")."""
    chain = [root]
    for _ in range(3):
        nxt = next((c for c in chain[-1].children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _lead_speaker(root: Any) -> Any:
    """The subject of a lead that reports words, None for a lead that tells of an act (or whose
    speaker the story names only further down), False for a report with no subject."""
    if not is_cue(root) or root.lemma_.lower() in _DOINGS:
        return None
    lead = next(iter(subjects_of(root)), None)
    if lead is None:
        return False
    # "A senior official said Monday ...": someone the story names only further down; the day
    # is the occasion of everyone's words that follow.
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lead.children):
        return None
    # "U.S. senators on Tuesday criticised the chief executive", "Lawmakers grilled X": people
    # known by what they are, acting on someone face to face (not "Ministers said that ..."),
    # whose members and the one they faced the story then quotes; the day is the occasion of all.
    faced = any(c.dep_ == "dobj" for c in root.children)
    if faced and lead.tag_ == "NNS" and lead.ent_type_ == "" and not _owned(lead):
        return None
    return lead


def _owned(noun: Any) -> bool:
    """A possessor or an "of" names whose people these are ("the company's lawyers")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


# Reporting verbs that as a lead's verb tell of an act, not words: "Norway on Tuesday recalled
# its envoy", "the ministry announced the closure", "the premier declared a state of emergency":
# its day is the story's occasion.
_DOINGS = frozenset(
    {"recall", "announce", "declare", "confirm", "post", "read", "continue", "point", "express", "report"}
    | {"charge", "answer", "reply", "respond", "demand", "agree", "promise", "threaten"}
)  # fmt: skip
