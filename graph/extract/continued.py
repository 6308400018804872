"""Quotations that run across paragraphs.

News types a long quotation one paragraph at a time: each paragraph opens the quotation again
(or, less strictly, only the last one closes it), and the speaker is named only where the
quotation ends ('“A dinner was held.\\n\\n“They talked for hours,” Arai said.'). A paragraph
left open whose quotation goes on in the next one takes the speaker named below.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Any

from graph.extract.drafts import QuoteDraft, uncued
from graph.extract.furniture import without_furniture
from graph.extract.introduced import introduced
from graph.extract.marks import QuoteMarks

if TYPE_CHECKING:
    from graph.extract.speakers import SpeakerResolver

_CHAIN_CONFIDENCE = 0.5  # as a one-paragraph quotation the sentence before introduces

__all__ = ["continued", "continues_below", "introduced_chains", "named_below"]


def continues_below(text: str, mark: QuoteMarks, quoted: list[tuple[int, int]]) -> bool:
    """Whether the open quotation ``mark`` goes on in the next paragraph: a quotation starts
    at that paragraph's first words (after its opening mark, if it has one)."""
    if mark.closed:
        return False
    at = mark.end
    while at < len(text) and text[at].isspace():
        at += 1
    if not 1 <= text[mark.end : at].count("\n") <= 2:
        return False
    return any(at <= start <= at + 2 for start, _ in quoted)


def continued(text: str, pending: list[QuoteMarks], drafts: list[QuoteDraft]) -> list[QuoteDraft]:
    """A paragraph left open whose quotation the next paragraph goes on with takes that
    quotation's speaker."""
    out: list[QuoteDraft] = []
    for mark in sorted(pending, key=lambda m: m.start, reverse=True):
        for draft in [*out, *drafts]:
            if draft.kind == "direct" and _next_paragraph(text, mark.end, draft.start):
                confidence = draft.confidence * 0.9
                out.append(uncued(mark.start, mark.end, draft.speaker, confidence, draft))
                break
    return out


def named_below(text: str, marks: list[QuoteMarks], drafts: list[QuoteDraft]) -> None:
    """An open paragraph given to the speaker before it for lack of a cue ('X alleged fraud.
    \n\n“We have rested our case.\n\n“A ruling will come,” Dean said.') is the words of the
    speaker named where the quotation ends below, paragraph by paragraph from the last."""
    opened = {m.start for m in marks if not m.closed}
    direct = sorted((d for d in drafts if d.kind == "direct"), key=lambda d: d.start)
    for draft, after in reversed(list(pairwise(direct))):
        if draft.start not in opened or draft.cue_at >= 0 or after.speaker == draft.speaker:
            continue
        if not _next_paragraph(text, draft.end, after.start):
            continue
        if after.cue_at >= 0 or after.start in opened:  # its own cue, or named below it
            draft.speaker, draft.cue, draft.audience = after.speaker, after.cue, after.audience


def introduced_chains(
    doc: Any,
    text: str,
    pending: list[QuoteMarks],
    marks: list[QuoteMarks],
    drafts: list[QuoteDraft],
    resolver: SpeakerResolver,
) -> list[QuoteDraft]:
    """A quotation across paragraphs that names no speaker where it ends ('..., the report
    stated.\n\n“Breaches occurred.\n\n“This is an indictment.”'): each of its paragraphs
    is the words of whoever the sentence before its first paragraph introduces, as a quotation
    of one paragraph there would be (``introduced``), or of the statement that sentence ends
    with (the report's)."""
    covered = {d.start for d in drafts}
    ordered = sorted(marks, key=lambda m: m.start)
    out: list[QuoteDraft] = []
    for mark in sorted(pending, key=lambda m: m.start):
        if mark.start in covered:
            continue
        speaker = introduced(doc, text, mark, resolver) or _ending_before(text, mark, drafts)
        if speaker is None:
            continue
        chain = [mark]
        for later in ordered:
            if later.start <= chain[-1].start:
                continue
            if not _next_paragraph(text, chain[-1].end, later.start):
                break
            if later.start in covered:
                chain = []  # a paragraph below already has its speaker: not this one's
                break
            chain.append(later)
            if later.closed:
                break
        if not chain[-1].closed:
            continue  # "“The storm destroyed 300 homes." then narration: no quotation goes on
        for m in chain:
            out.append(uncued(m.start, m.end, speaker, _CHAIN_CONFIDENCE))
            covered.add(m.start)
    return out


def _ending_before(text: str, mark: QuoteMarks, drafts: list[QuoteDraft]) -> str | None:
    """The speaker of the statement whose sentence ends the paragraph right before ``mark``
    ('..., the report stated.' over the quotation), else None."""
    before = [d for d in drafts if d.end <= mark.open_at]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    tail = text[last.end : mark.open_at]
    cue = tail.strip()
    if not 1 <= tail.count("\n") <= 2 or "\n" in cue or cue.count(".") != 1:
        return None
    return last.speaker if cue.endswith(".") and len(cue.split()) <= 8 else None


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Whether ``start`` opens the paragraph right after the one ending at ``end`` (one or two
    line breaks and nothing else between, page furniture aside)."""
    gap = without_furniture(text[end:start])
    return 1 <= gap.count("\n") <= 2 and len(gap.strip()) <= 1
