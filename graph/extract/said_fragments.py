"""Short quotations a reporting verb reports: 'the opposition, which he said “cries fraud”'.

A few words in quotation marks inside a sentence are usually scare quotes or a title (``marks``
keeps them out of the statements); written right after "said" or "says", with nothing between,
they are the words said, however few.
"""

from __future__ import annotations

from typing import Any

from graph.extract.marks import QuoteMarks

__all__ = ["said_fragment"]

_SAYING = frozenset({"say", "tell", "write", "add", "tweet", "post"})


def said_fragment(doc: Any, mark: QuoteMarks) -> bool:
    """Whether the quotation's opening mark follows a saying verb directly ("said “...”").

    A verb that labels ("called it “absurd”") has its own reading; "say" in the infinitive or
    a participle modifying a noun ("the so-called “reforms”") is no report here.
    """
    opening = doc.char_span(mark.open_at, mark.open_at + 1, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return False
    verb = doc[opening.start - 1]
    closing = doc.char_span(mark.end, mark.end + 1, alignment_mode="expand")
    # 'said “at no time” did she consent': the quotation opens a longer reported clause.
    after = doc[closing.end] if closing is not None and closing.end < len(doc) else None
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _SAYING
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.idx + len(verb.text) + 1 >= mark.open_at
        and not (after is not None and after.pos_ in ("VERB", "AUX"))
    )
