"""Statements: direct quotes by their marks, indirect speech by the parse, each with a speaker.

Works through the article in reading order so that a pronoun or a role ("he added", "the
diplomat told") resolves to the person most recently quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from graph.extract.according import according, passed_on, phrase_cue
from graph.extract.accusations import charge_clause
from graph.extract.affiliations import led_bodies
from graph.extract.asides import joined_report
from graph.extract.claim_nouns import claim_nouns, claimed
from graph.extract.complement import complement, trim
from graph.extract.continued import continued, continues_below, introduced_chains, named_below
from graph.extract.cue_speakers import audience_of, speakers_of
from graph.extract.datelines import dateline_end
from graph.extract.dates import DateMention
from graph.extract.drafts import QuoteDraft, dedupe, uncued, with_co_speakers
from graph.extract.furniture import without_furniture
from graph.extract.headings import (
    Section,
    find_sections,
    heading_speaker,
    in_topic,
    label_speaker,
)
from graph.extract.infinitives import (
    DIRECTIVE_VERBS,
    infinitive_cue,
    infinitive_report,
    relative_request,
)
from graph.extract.introduced import introduced
from graph.extract.inverted_speakers import TITLE_STOP, inverted_speakers
from graph.extract.lexicon import INDIRECT_VERBS, LABEL_VERBS
from graph.extract.made_clear import clear_clause, made_clear
from graph.extract.marks import QuoteMarks, labelling_verb_at, labels_joined, statement_like
from graph.extract.nlp import text_of
from graph.extract.object_subjects import title_taken_for_verb
from graph.extract.participles import before_next_report, object_clause
from graph.extract.passive_labels import unattributed_label
from graph.extract.report_tails import join_tails
from graph.extract.said_fragments import chanters, on_display, said_fragment, voices, voicing_cue
from graph.extract.said_on import date_statements
from graph.extract.second_reports import before_participle, first_report_end, second_report
from graph.extract.small_clauses import called_as, described_as
from graph.extract.speaker_history import record_statements
from graph.extract.speakers import SpeakerResolver
from graph.extract.syntax import OPINION_VERBS, answers_back, is_cue, subjects_of
from graph.extract.unsaid import asked_only, unsaid
from graph.model import DateValue

__all__ = ["QuoteDraft", "find_statements", "find_statements_plain"]

_CUES = r"(?:said|says|told|added|stated|stressed|explained|noted|wrote|asked|insisted|warned)"
_AFTER = re.compile(
    rf"[\s,.!?]*(?:{_CUES}\s+(?P<a>[^.,;\n\"“”]{{1,60}})|(?P<b>[^.,;\n\"“”]{{1,60}}?)\s+{_CUES}\b)"
)
_BEFORE = re.compile(rf"(?P<b>[^.;\n\"“”]{{1,60}}?)\s+{_CUES}\b[^.;\n\"“”]{{0,30}}[:,]\s*$")


def find_statements(
    doc: Any,
    text: str,
    marks: list[QuoteMarks],
    resolver: SpeakerResolver,
    dates: list[DateMention],
    published: date | None,
) -> list[QuoteDraft]:
    """Every direct and indirect statement in ``doc`` with its speaker, cue and date."""
    quoted = [(m.start, m.end) for m in marks]
    said = [m for m in marks if statement_like(text, m) or said_fragment(doc, m)]
    long_marks = labels_joined(text, said, marks)
    stated = [(m.start, m.end) for m in long_marks]
    cues = [
        t for t in doc if _reporting(t) and not _inside(t.idx, quoted) and not in_topic(text, t.idx)
    ]
    items: list[tuple[int, str, Any]] = [(m.start, "direct", m) for m in long_marks]
    items += [(t.idx, "cue", t) for t in cues]
    items += [(t.idx, "claim", t) for t in claim_nouns(doc, text) if not _inside(t.idx, quoted)]
    items.sort(key=lambda item: (item[0], item[1]))
    drafts: list[QuoteDraft] = []
    pending: list[QuoteMarks] = []  # unclosed, unattributed: a quotation that goes on below
    last: QuoteDraft | None = None
    sections = find_sections(text)
    for _, what, obj in items:
        if what == "direct":
            new = _direct(doc, text, obj, cues, quoted, resolver, last, sections)
            new = with_co_speakers(new, last, drafts)  # "X and Y said. “…”": both go on
            if not new and not obj.closed:
                pending.append(obj)
        elif what == "claim":
            new = claimed(text, obj, quoted, resolver)
        else:
            new = _indirect(doc, text, obj, quoted, resolver, stated)
        # not "a trip that his office said was ...": no one goes on there
        goes_on = what != "cue" or obj.dep_ != "relcl"
        last = record_statements(new, drafts, resolver, last, goes_on)
    drafts += continued(text, pending, drafts)
    drafts += introduced_chains(doc, text, pending, marks, drafts, resolver)
    named_below(text, marks, drafts)  # an open paragraph is the words of the one named below
    # A sentence that opens the story starts after its dateline ("OTTAWA — The plan ...").
    lead = dateline_end(text)
    for draft in drafts:
        if draft.start < lead < draft.end:
            draft.start = lead
    # Keys that name one actor (a description the registry knows, its entity) speak as one:
    # a date found for either dates both.
    first: dict[str, str] = {}
    for draft in drafts:
        draft.speaker = first.setdefault(resolver.table.id_of(draft.speaker), draft.speaker)
    drafts = join_tails(text, drafts)  # "responded that ..., and “you should know ...”"
    # The dateline's date is the filing day, not a day the words were said next to.
    dated = [m for m in dates if m.start >= lead]
    date_statements(drafts, doc, quoted, dated, published, resolver.named, _tied(resolver))
    return dedupe(drafts, resolver.table.is_named)


def _tied(resolver: SpeakerResolver) -> Callable[[str, str], bool]:
    """Whether the first actor key is a person who leads or speaks for the body the second is,
    by their title ("Union president X made the statement on Monday": the day of the union's
    words too)."""
    led: list[set[tuple[str, str]]] = []  # read on the first question: most stories ask none
    ids = resolver.table.id_of

    def tied(key: str, other: str) -> bool:
        if not led:
            led.append(led_bodies(resolver.table))
        return (ids(key), ids(other)) in led[0]

    return tied


def find_statements_plain(
    text: str, marks: list[QuoteMarks], table: Any, dates: list[DateMention]
) -> list[QuoteDraft]:
    """Without a parser: direct quotes whose cue and named speaker stand right next to them."""
    drafts: list[QuoteDraft] = []
    for mark in marks:
        if not statement_like(text, mark):
            continue
        close = (mark.close_at + 1) if mark.close_at is not None else mark.end
        key = None
        after = _AFTER.match(text, close)
        if after:
            group = "a" if after.group("a") else "b"
            key = _named_in(table, after.start(group), after.end(group))
        if key is None:
            window = text[max(0, mark.open_at - 100) : mark.open_at]
            before = _BEFORE.search(window)
            if before:
                offset = mark.open_at - len(window)
                key = _named_in(table, offset + before.start("b"), offset + before.end("b"))
        if key is not None:
            drafts.append(uncued(mark.start, mark.end, key, 0.6))
    return drafts


def _named_in(table: Any, start: int, end: int) -> str | None:
    inside = table.keys_in(start, end)
    return inside[-1][2] if inside else None


# -- direct quotes -----------------------------------------------------------------------------
def _direct(
    doc: Any,
    text: str,
    mark: QuoteMarks,
    cues: list[Any],
    quoted: list[tuple[int, int]],
    resolver: SpeakerResolver,
    last: QuoteDraft | None,
    sections: list[Section],
) -> list[QuoteDraft]:
    """A direct quotation's speakers: its own cue, else its heading, else the statement before."""
    cued = _cued(doc, mark, cues, quoted, resolver)
    if cued:
        return cued
    if _someone_else(doc, text, mark, cues) or unattributed_label(doc, text, mark):
        return []  # "Another added: “…”", "is being described as “…”": not the last speaker
    # No cue of its own under a heading that names a speaker: the heading's.
    section = next((s for s in sections if s.head_end < mark.start <= s.end), None)
    speaker = heading_speaker(resolver.table, section) if section is not None else None
    if speaker is not None:
        return [_uncued(mark, speaker, 0.7)]
    # Under a label naming its speaker ("Councillor Ann Baker: “…”").
    if (speaker := label_speaker(resolver.table, mark.open_at)) is not None:
        return [_uncued(mark, speaker, 0.7)]
    # Announced by a clause of its own ("The harbour master had one message: “…”"): its subject.
    announced = text[max(0, mark.open_at - 8) : mark.open_at].rstrip().endswith(":")
    if announced and (speaker := introduced(doc, text, mark, resolver)) is not None:
        return [_uncued(mark, speaker, 0.5)]
    # No cue of its own: a quote right after another statement continues it ("…," she said.
    # "…"), in the same paragraph, or in the next one when the last statement was direct or
    # ended the paragraph before ("X said he had many talks.\n\n“Many of them …”").
    if last is not None and 0 <= mark.start - last.end < 600:
        between = without_furniture(text[last.end : mark.start])
        breaks = between.count("\n")
        ends = last.kind == "direct" or not between.strip(" .\n\"“”'")
        if breaks == 0 or (ends and breaks <= 2):
            return [uncued(mark.start, mark.end, last.speaker, 0.6, going_on=last)]
    if continues_below(text, mark, quoted):
        return []  # its speaker is named where the quotation ends, below
    speaker = introduced(doc, text, mark, resolver)
    return [_uncued(mark, speaker, 0.5)] if speaker is not None else []


def _uncued(mark: QuoteMarks, speaker: str, confidence: float) -> QuoteDraft:
    """A direct quotation with no cue of its own, given to ``speaker``."""
    return uncued(mark.start, mark.end, speaker, confidence)


_OTHERS = frozenset({"another", "others", "other", "some", "many", "several"})


def _someone_else(doc: Any, text: str, mark: QuoteMarks, cues: list[Any]) -> bool:
    """The quotation's own cue has a subject that names someone new by an indefinite word
    ("Another added: “…”", "“…,” a second witness said"), or names its source ("According to
    ..., “…”"), or are written on a banner ("banners reading “…”"); not the last speaker."""
    if on_display(text, mark.open_at):
        return True
    close = (mark.close_at + 1) if mark.close_at is not None else mark.end
    first = doc.char_span(mark.start, mark.start + 1, alignment_mode="expand")
    start = first.sent.start_char if first is not None else mark.open_at
    near = [  # a cue after the close in the same paragraph, or before the open in its sentence
        t
        for t in cues
        if (close <= t.idx <= close + 40 and "\n" not in text[close : t.idx])
        or start <= t.idx < mark.open_at
    ]
    for cue in near:
        if cue.idx < mark.open_at and (cue.lemma_.lower() == "accord" or voicing_cue(cue)):
            return True  # "According to X, “…”", "chants of “…” by a crowd": X's, the crowd's
        for subject in subjects_of(cue):
            words = {subject.lower_} | {c.lower_ for c in subject.children if c.dep_ == "det"}
            if words & _OTHERS or (subject.lower_ == "one" and subject.dep_ == "nsubj"):
                return True
    return False


def _cued(
    doc: Any,
    mark: QuoteMarks,
    cues: list[Any],
    quoted: list[tuple[int, int]],
    resolver: SpeakerResolver,
) -> list[QuoteDraft]:
    """The quotation with the reporting verb next to it: after the close, before the open,
    else later in the sentence beyond another quotation."""
    first = doc.char_span(mark.start, mark.start + 1, alignment_mode="expand")
    final = doc.char_span(mark.end - 1, mark.end, alignment_mode="expand")
    if first is None or final is None:
        return []
    s_start = first.sent.start_char
    s_end = _sentence_end(doc, final)
    close = (mark.close_at + 1) if mark.close_at is not None else mark.end
    opening = mark.open_at
    # Reporting verbs in the sentences around the quote, outside any quotation; a verb that only
    # labels ("dismissed it as", "attacking") words the quotation after it, never one before it.
    cues_after = [t for t in cues if close <= t.idx < s_end and not _labels_only(t)]
    after = [t for t in cues_after if _not_across_quote(t.idx, close, quoted)]
    labeller = labelling_verb_at(text_of(doc), opening)
    before = [
        t
        for t in cues
        if s_start <= t.idx < opening
        and _not_across_quote(opening, t.idx, quoted)
        and (t.idx == labeller or not _labels_only(t) or voices(t, opening))
    ]
    # Last resort: a cue beyond another quotation ('“…,” that X “…”, the diplomat told')
    beyond = [t for t in cues_after if t not in after]
    # 'chanting “Leave”', 'voiced “deep concern”': the verb the quotation is the object of.
    voicing = [t for t in before[-1:] if voicing_cue(t)]
    # 'denounced the vote as “a farce” after observers said ...': the labeller's words.
    labelling = [t for t in before[-1:] if t.idx == labeller and t not in voicing]
    nearest = sorted(reversed(before), key=lambda t: t.dep_ == "relcl")  # "his office said was"
    for cue in [*voicing, *labelling, *after, *nearest, *beyond]:
        cue = _outer_report(cue, cues)
        # Every speaker of a coordinated subject ('“…,” Okafor and Reyes said'), one draft each.
        speakers = speakers_of(cue, resolver, quoted) if cue.pos_ != "NOUN" or is_cue(cue) else []
        if cue in voicing and cue.pos_ == "NOUN":
            speakers = chanters(cue, resolver)
        if cue in voicing and not speakers and not statement_like(text_of(doc), mark):
            return []  # a fragment voiced by no one known is no one else's words
        if cue in after[:1]:
            found = inverted_speakers(text_of(doc), close, cue, resolver, bodies=not speakers)
            speakers = found or speakers
        if speakers:
            confidence = 0.9 if cue in after[:1] or cue in before[-1:] else 0.75
            return _direct_drafts(mark, cue, speakers, audience_of(cue, quoted), confidence)
    return []


# Views a speaker reports of others: "He said the union felt the “process was unfair”".
_VIEWS = frozenset({"feel", "think", "believe"})


def _outer_report(cue: Any, cues: list[Any]) -> Any:
    """The reporting verb whose clause holds a view ``cue`` reports ("He said the union felt
    “…”": he says it), else ``cue`` itself."""
    while cue.lemma_.lower() in _VIEWS and cue.dep_ == "ccomp" and cue.head in cues:
        cue = cue.head
    return cue


# Opinions, a court's ruling and a finding ("ruled that ...", "found that ...", "determined
# that ...", syntax.is_cue)
# report as speech does; so does an outlet's "quoted X as saying" holding the words itself.
_REPORTING = OPINION_VERBS | {"rule", "find", "determine", "quote", "cite"}
_REPORTS = INDIRECT_VERBS | _REPORTING | DIRECTIVE_VERBS  # verbs whose complement is a report


def _direct_drafts(
    mark: QuoteMarks, cue: Any, speakers: list[str], audience: str | None, confidence: float
) -> list[QuoteDraft]:
    """The quotation as each speaker's words, told by ``cue``."""
    return [
        QuoteDraft(
            mark.start,
            mark.end,
            "direct",
            speaker,
            cue.text.lower(),
            cue.idx,
            DateValue(),
            audience,
            confidence,
        )
        for speaker in speakers
    ]


def _sentence_end(doc: Any, span: Any) -> int:
    """Where the sentence holding ``span`` ends; the parser may end one at a title's stop
    ("“…,” Coun. Shelley Carroll said"), which ends no sentence, or at a quoted question
    before its report ("“Why now?” Ruiz said.")."""
    sent, text = span.sent, text_of(doc)
    while sent.end < len(doc) and (
        TITLE_STOP.search(text, max(0, sent.end_char - 10), sent.end_char)
        or (_ASKED.search(text, max(0, sent.end_char - 3), sent.end_char) and _tail(doc, sent))
    ):
        sent = doc[sent.end].sent
    return sent.end_char


# A quotation that ends with its question or exclamation mark: '… in February?"'.
_ASKED = re.compile(r"[?!][\"”’']$")


def _tail(doc: Any, sent: Any) -> bool:
    """The sentence after ``sent`` is only a report clause, with nothing reported of its own:
    a short one ("Ruiz said.", "said Mr. Ruiz."), or one going on in lower case ('“…!”
    protesters chanted, calling the president by his nickname')."""
    after = doc[sent.end].sent
    root = after.root
    return (
        (len(after) <= 8 or after[0].text[:1].islower())
        and is_cue(root)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in root.children)
    )


def _not_across_quote(a: int, b: int, quoted: list[tuple[int, int]]) -> bool:
    """No long quotation lies between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return not any(lo <= s and e <= hi and e - s > 40 for s, e in quoted)


# -- indirect speech ---------------------------------------------------------------------------
def _indirect(
    doc: Any,
    text: str,
    cue: Any,
    quoted: list[tuple[int, int]],
    resolver: SpeakerResolver,
    stated: list[tuple[int, int]],
) -> list[QuoteDraft]:
    """Reported speech: the cue's complement and its subject. ``stated`` are the quotations
    that are statements of their own."""
    if phrase_cue(cue):  # "according to X, ...", "in his view, ..."
        return according(text, cue, quoted, resolver)
    clear = made_clear(cue)  # "made it clear that ..."
    described = described_as(cue)  # "described the strike as unjustified"
    reporting = cue.lemma_.lower() in _REPORTS or answers_back(cue) or clear or described
    if not reporting or unsaid(cue) or title_taken_for_verb(cue):
        return []  # ("X, lead spokesperson, said": a title read as a clause reports nothing)
    second = second_report(cue)  # "said ..., and promised residents would see ..."
    content = (
        (second.start, second.end)
        if second is not None
        else clear_clause(cue)
        if clear
        else charge_clause(cue)  # before a clause the parser found inside the charge
        or complement(cue)
        or infinitive_report(cue)
        or relative_request(cue)
        or called_as(cue)
        or described
        or object_clause(cue)
    )
    if content is None:
        return []
    start, end = content[0], before_next_report(cue, *content)  # "promising X and arguing Y"
    end = first_report_end(cue, start, end)  # "said X, and promised Y would ...": two
    end = before_participle(cue, start, end)  # "said they would sue, rejecting the result"
    start, end = trim(text, start, end)
    if end - start < 8 or len(text[start:end].split()) < 3 or asked_only(cue, text, start, end):
        return []
    # when, not what ("as saying on Feb. 9"); X's words read in Y ("According to X, ..., Y said")
    if _circumstance_only(doc, start, end) or passed_on(cue):
        return []

    # A complement that is mostly a direct quotation is that quotation, not indirect speech;
    # a fragment too short to stand alone ('said it was "long overdue"') stays in the report.
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in stated)
    if covered > 0.5 * (end - start) and not _clause_before(doc, start, end, stated):
        return []
    if _inside(start, quoted) and _inside(end - 1, quoted):
        return []
    audience = audience_of(cue, quoted)
    spans = [(start, end)]
    if (joined := joined_report(cue)) is not None:  # "..., she said, and an arbiter could help"
        spans.append(trim(text, *joined))
    return [
        QuoteDraft(s, e, "indirect", speaker, cue.text.lower(), cue.idx, DateValue(), audience, 0.7)
        for speaker in speakers_of(cue if second is None else second.first, resolver, quoted)
        for s, e in spans
    ]


def _circumstance_only(doc: Any, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` are one prepositional phrase and nothing else ("on Feb.
    9", "in Kyiv on Monday"): the circumstance of a report whose words stand elsewhere."""
    span = doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    if not words or words[0].pos_ != "ADP":
        return False
    heads = [t for t in words if not any(t.head.i == w.i for w in words if w.i != t.i)]
    return all(h.pos_ == "ADP" and h.dep_ == "prep" for h in heads)


def _clause_before(doc: Any, start: int, end: int, stated: list[tuple[int, int]]) -> bool:
    """Whether the report ``[start, end)`` says a clause of its own before the quotation in it
    ('said it was rejecting the outcome due to “glaring irregularities ...”'): the quoted words
    are a fragment of the report, left inside it (not 'said that “we will not accept this”')."""
    opened = min((s for s, e in stated if start <= s < end), default=None)
    if opened is None:
        return False
    words = doc.char_span(start, opened, alignment_mode="contract")
    return words is not None and len(words) >= 3 and any(t.pos_ in ("VERB", "AUX") for t in words)


def _reporting(token: Any) -> bool:
    """Whether ``token`` may report words: a cue, a labelling verb, "made it clear", a
    directive's infinitive, a verb of voicing, a second report after "and"."""
    return (
        is_cue(token)
        or _labels(token)
        or made_clear(token)
        or infinitive_cue(token)
        or voicing_cue(token)
        or second_report(token) is not None
    )


def _labels(token: Any) -> bool:
    """ "dismissed the claims as “baseless”": a cue for quoted words, never for a clause."""
    return token.pos_ == "VERB" and token.lemma_.lower() in LABEL_VERBS


def _labels_only(token: Any) -> bool:
    return _labels(token) and not is_cue(token)


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)
