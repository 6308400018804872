"""A statement found in an article before it becomes a record, and how overlapping ones resolve."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from graph.model import DateValue

__all__ = ["QuoteDraft", "dedupe", "uncued", "with_co_speakers"]


@dataclass
class QuoteDraft:
    start: int
    end: int
    kind: str
    speaker: str
    cue: str | None
    cue_at: int
    date: DateValue
    audience: str | None
    confidence: float


def uncued(
    start: int,
    end: int,
    speaker: str,
    confidence: float,
    going_on: QuoteDraft | None = None,
) -> QuoteDraft:
    """A direct quotation with no cue of its own, given to ``speaker``; with the cue and the
    audience of the statement it goes on from (``going_on``), if any."""
    cue = going_on.cue if going_on is not None else None
    audience = going_on.audience if going_on is not None else None
    return QuoteDraft(start, end, "direct", speaker, cue, -1, DateValue(), audience, confidence)


def with_co_speakers(
    new: list[QuoteDraft], last: QuoteDraft | None, drafts: list[QuoteDraft]
) -> list[QuoteDraft]:
    """A quotation that only continues the last statement, which several made together ("“…,”
    X and Y said in a joint statement. “…”"), is each one's, as the statement was."""
    if len(new) != 1 or last is None or new[0].cue_at >= 0 or new[0].speaker != last.speaker:
        return new
    if new[0].cue != last.cue or last.cue is None:
        return new  # a heading's or a label's quotation, not a continuation
    span = (last.start, last.end)
    co = [d.speaker for d in drafts if (d.start, d.end) == span and d.speaker != last.speaker]
    return new + [replace(new[0], speaker=speaker) for speaker in dict.fromkeys(co)]


def dedupe(
    drafts: list[QuoteDraft], named: Callable[[str], bool] = lambda key: False
) -> list[QuoteDraft]:
    """One statement per speaker and span; a direct quote wins over indirect speech inside it,
    and a report wins over the unnamed source that passes it on ("He urged them to ..., a
    source said"); a named speaker's report of what another acknowledged is the named
    speaker's statement ("Ruiz noted that the mayor admitted that ..."). ``named`` tells
    whether a speaker key has a name of its own."""
    drafts = [d for d in drafts if not any(_demanded(other, d) for other in drafts)]
    drafts = [d for d in drafts if named(d.speaker) or not any(_passes_on(d, o) for o in drafts)]
    out: list[QuoteDraft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, d.kind != "direct", -d.confidence)):
        clash = False
        for other in out:
            overlap = min(draft.end, other.end) - max(draft.start, other.start)
            if overlap <= 0:
                continue
            same_speaker = other.speaker == draft.speaker
            if (draft.start, draft.end) == (other.start, other.end) and not same_speaker:
                continue  # two speakers of the same words ("the council and the court said")
            if _embedded(draft, other) and not same_speaker:
                continue  # 'X said ..., which Y described as “…”': Y's words inside X's report
            shorter = min(draft.end - draft.start, other.end - other.start)
            if overlap >= 0.5 * shorter:
                clash = True
                break
        if not clash:
            out.append(draft)
    return sorted(out, key=lambda d: (d.start, d.speaker))


def _passes_on(outer: QuoteDraft, inner: QuoteDraft) -> bool:
    """``outer`` reports mostly what ``inner``, someone else's report with its cue inside
    ``outer``, says: the words are ``inner``'s speaker's."""
    return (
        outer.kind == inner.kind == "indirect"
        and outer.speaker != inner.speaker
        and not _PRESENT.search(inner.cue or "")
        and outer.start <= inner.cue_at < outer.end
        and outer.start <= inner.start
        and inner.end <= outer.end
        and 2 * (inner.end - inner.start) > outer.end - outer.start
    )


# "China urges Japan to ..., Lu stressed": a report in the present tense inside another's is
# the outer speaker's own statement, made for the body named ("He urged them to ..., a source
# said" tells of an act, which the one who urged did).
_PRESENT = re.compile(r"(?<!s)s$")


# Verbs that ask for something to be done: the clause they report is what is asked for.
_DEMANDS = re.compile(r"(?:urg|demand|recommend|propos|request)(?:e|es|ed|ing|s)?$")


def _demanded(outer: QuoteDraft, inner: QuoteDraft) -> bool:
    """``inner``'s cue lies in what ``outer`` asks for: "urged that the council advise the
    premier to stop" reports the residents' demand, not anything the council said, quoted or
    not."""
    return (
        outer.kind == "indirect"
        and outer.speaker != inner.speaker
        and bool(_DEMANDS.match(outer.cue or ""))
        and outer.start <= inner.cue_at < outer.end
    )


# A belief inside someone's report ('maintained that the US believes “…” that X won') is part
# of what the reporter said, not a statement of its own.
_BELIEFS = re.compile(r"(?:believ|think|thought|feel|felt|hop|expect)\w*$")


def _embedded(draft: QuoteDraft, other: QuoteDraft) -> bool:
    """A direct quotation with its own cue, lying in the last part of a longer indirect report.

    The cue stands before the quotation ('which Y described as “…”'); a fragment whose only
    cue comes after it ('said police “are investigating” and asked ...') is part of the report.
    """
    return (
        draft.kind == "direct"
        and not _BELIEFS.match(draft.cue or "")
        and other.start < draft.cue_at < draft.start
        and other.kind == "indirect"
        and other.start <= draft.start
        and draft.end <= other.end
        and 2 * (draft.end - draft.start) < other.end - other.start
    )
