"""Who speaks on another's dated occasion: one of a group that spoke, a body's own spokesperson,
one who adds to the statement just made.

"Federal ministers said Friday ..." and below "“...,” Defence Minister Ann Cole told a news
conference": the minister is one of the ministers, and speaks on their day. "The Civic Front on
Tuesday condemned the result ..." and next "“...,” Civic Front spokesperson Ana Soto said in a
statement": the body's own spokesperson gives its words of that day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import Any

from graph.extract.dates import DatedStatement
from graph.extract.syntax import subjects_of
from graph.model import DateValue

__all__ = ["cue_of", "date_by_occasion"]


def cue_of(draft: DatedStatement, doc: Any) -> Any:
    """The reporting verb of a statement, or None when it has none."""
    span = doc.char_span(draft.cue_at, draft.cue_at + 1, alignment_mode="expand")
    return span.root if draft.cue_at >= 0 and span is not None else None


def date_by_occasion(
    drafts: Sequence[DatedStatement], doc: Any, resolve: Callable[[Any], str | None]
) -> None:
    """Undated words said on another's dated occasion: by one of a group that spoke, by the
    body's spokesperson after its words, or "added" right after a dated statement."""
    date_members(drafts, doc)
    date_spokespeople(drafts, doc, resolve)  # "B spokesperson X said" after B's dated words
    date_additions(drafts, doc)  # "... on Wednesday. The ministry added that ..."


def date_members(drafts: Sequence[DatedStatement], doc: Any) -> None:
    """One of a group that spoke on a dated occasion speaks on it too (inferred).

    "Federal ministers said Friday ..." and below "“...,” Defence Minister Ann Cole told a news
    conference": the minister is one of the ministers; her other undated words share the day;
    so is "one of the ministers".
    """
    groups = []
    for draft in drafts:
        known = draft.date.known and draft.date.certainty != "assumed"
        cue = cue_of(draft, doc) if known else None
        for subject in subjects_of(cue) if cue is not None else ():
            if subject.tag_ == "NNS" and subject.pos_ == "NOUN":
                groups.append((subject.i, subject.lemma_.lower(), subject.text, draft.date))
    found: dict[str, DateValue] = {}
    for draft in sorted(drafts, key=lambda d: d.start) if groups else ():
        cue = cue_of(draft, doc) if not draft.date.known else None
        for subject in subjects_of(cue) if cue is not None else ():
            titles = {c.lemma_.lower() for c in subject.children if c.dep_ == "compound"}
            # "one of the two officials told ...": one of the officials who spoke that day.
            one = {
                g.lemma_.lower()
                for p in subject.children
                if subject.lower_ == "one" and p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            }
            group = next((g for g in groups if g[0] < subject.i and g[1] in titles | one), None)
            if group is not None and (subject.tag_ == "NNP" or one):
                note = f"one of the '{group[2]}' who spoke that day"
                found.setdefault(draft.speaker, DateValue(group[3].value, "inferred", note=note))
        if not draft.date.known and draft.speaker in found:
            draft.date = found[draft.speaker]


def date_spokespeople(
    drafts: Sequence[DatedStatement], doc: Any, resolve: Callable[[Any], str | None]
) -> None:
    """Undated words of a person whose title names the body that spoke, dated, just before
    ("Civic Front spokesperson Ana Soto said"): that day (inferred)."""
    for before, draft in _after_dated(drafts):
        if before.speaker == draft.speaker:
            continue
        cue = cue_of(draft, doc)
        for subject in subjects_of(cue) if cue is not None else ():
            titles = [t for t in subject.lefts if t.dep_ in ("compound", "poss")]
            titles += [t for title in titles for t in title.subtree if t.i != title.i]
            if any(resolve(t) == before.speaker for t in titles):
                note = "the spokesperson of the body that spoke that day, next"
                draft.date = DateValue(before.date.value, "inferred", note=note)
                break


# How far before an added statement the one it adds to may end, in characters.
_ADDED_REACH = 600


def date_additions(drafts: Sequence[DatedStatement], doc: Any) -> None:
    """Undated words someone "added" right after a dated statement: said on that occasion
    ("Riyadh said on Wednesday ... The foreign ministry added that ..."; inferred)."""
    for before, draft in _after_dated(drafts):
        cue = cue_of(draft, doc)
        if cue is None or cue.lemma_.lower() != "add" or draft.start - before.end > _ADDED_REACH:
            continue
        draft.date = DateValue(before.date.value, "inferred", note="added to the statement before")


def _after_dated(
    drafts: Sequence[DatedStatement],
) -> Iterator[tuple[DatedStatement, DatedStatement]]:
    """(before, statement) in text order: an undated statement right after one dated as stated
    or inferred (not assumed). Each pair is judged when the walk reaches it, so a statement
    dated on the way dates the next one."""
    for before, draft in pairwise(sorted(drafts, key=lambda d: d.start)):
        if not draft.date.known and before.date.known and before.date.certainty != "assumed":
            yield before, draft
