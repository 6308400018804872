"""Who spoke last: each statement found is added in reading order, and the speaker resolver
learns who spoke where, so that "he said" and an uncued quotation further on go to the one who
spoke last. A word told inside another speaker's report ("He told the paper that seeing Y call
the awards “corrupt” saddened him") is Y's, but Y is not the one who spoke last.
"""

from __future__ import annotations

from graph.extract.drafts import QuoteDraft
from graph.extract.speakers import SpeakerResolver

__all__ = ["record_statements"]


def record_statements(
    new: list[QuoteDraft],
    drafts: list[QuoteDraft],
    resolver: SpeakerResolver,
    last: QuoteDraft | None,
    goes_on: bool,
) -> QuoteDraft | None:
    """Add ``new`` to ``drafts`` and tell the resolver who spoke; the statement later
    quotations may continue (``last``), moved on to the new ones when ``goes_on``."""
    for draft in new:
        drafts.append(draft)
        if _told_within(draft, drafts):
            continue  # no speaker of the story's next "he said" or quotation
        resolver.said(
            draft.cue_at if draft.cue_at >= 0 else draft.start,
            draft.speaker,
            (draft.start, draft.end) if draft.kind == "indirect" else None,
        )
        if goes_on or last is None:
            last = draft
    return last


def _told_within(draft: QuoteDraft, drafts: list[QuoteDraft]) -> bool:
    """Whether ``draft``'s cue lies in another speaker's report ("He told the outlet that
    seeing Y call the awards “corrupt” saddened him"): Y's word is told by him, and Y is not
    the last one who spoke."""
    at = draft.cue_at
    return at >= 0 and any(
        d.kind == "indirect" and d.start <= at < d.end and d.speaker != draft.speaker
        for d in drafts
    )
