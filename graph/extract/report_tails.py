"""A report that goes on in quoted words: "responded that the rule was clear, and “you should
know it by now.”"

When an indirect report's clause is joined by "and" to a quotation that the same reporting verb
introduces, in the same sentence, the quotation is the rest of the same report: the speaker
said both in one act, and the annotation keeps one statement, the report running through the
quoted words (quotes never nest: a direct fragment inside indirect speech is not annotated
again). The quotation read on its own, as a direct quote of the same cue, is dropped.
"""

from __future__ import annotations

import re

from graph.extract.drafts import QuoteDraft

__all__ = ["join_tails"]

# Between the report and the quotation: "and", perhaps a comma before it (after the stop of an
# abbreviation: "at 7 p.m., and") and a subject or an adverb after it ("and he “naively”
# hoped", ", and “tell the world ...”"); no sentence stop.
_JOIN = re.compile(r"\.?[ ,]*\band\b(?:\s+[\w’']+){0,2}\s*[“\"‘']?")


def join_tails(text: str, drafts: list[QuoteDraft]) -> list[QuoteDraft]:
    """``drafts`` with each quotation that goes on an indirect report of its own cue merged
    into that report."""
    indirect = [d for d in drafts if d.kind == "indirect" and d.cue_at >= 0]
    dropped: set[int] = set()
    for i, draft in enumerate(drafts):
        if draft.kind != "direct" or draft.cue_at < 0:
            continue
        report = next(
            (
                d
                for d in indirect
                if d.cue_at == draft.cue_at
                and d.speaker == draft.speaker
                and d.end <= draft.start
                and _JOIN.fullmatch(text, d.end, draft.start)
            ),
            None,
        )
        if report is not None:
            report.end = max(report.end, draft.end)
            dropped.add(i)
    return [d for i, d in enumerate(drafts) if i not in dropped]
