"""Quotations that run across paragraphs.

News types a long quotation one paragraph at a time: each paragraph opens the quotation again
(or, less strictly, only the last one closes it), and the speaker is named only where the
quotation ends ('“A dinner was held.\\n\\n“They talked for hours,” Arai said.'). A paragraph
left open whose quotation goes on in the next one takes the speaker named below.
"""

from __future__ import annotations

from itertools import pairwise

from graph.extract.drafts import QuoteDraft
from graph.extract.furniture import without_furniture
from graph.extract.marks import QuoteMarks
from graph.model import DateValue

__all__ = ["continued", "continues_below", "named_below"]


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
            gap = without_furniture(text[mark.end : draft.start])
            if draft.kind == "direct" and 1 <= gap.count("\n") <= 2 and len(gap.strip()) <= 1:
                out.append(
                    QuoteDraft(
                        mark.start,
                        mark.end,
                        "direct",
                        draft.speaker,
                        draft.cue,
                        -1,
                        DateValue(),
                        draft.audience,
                        draft.confidence * 0.9,
                    )
                )
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
        gap = without_furniture(text[draft.end : after.start])
        if not (1 <= gap.count("\n") <= 2 and len(gap.strip()) <= 1):
            continue
        if after.cue_at >= 0 or after.start in opened:  # its own cue, or named below it
            draft.speaker, draft.cue, draft.audience = after.speaker, after.cue, after.audience
